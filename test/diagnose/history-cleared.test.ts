/**
 * A history clause's condition ends where Windows says it ended (`EvidenceClause.clearedBy`): TermService's failures
 * to make its self-signed certificate (1057/1058) explain a later failed connection only until it made a new one
 * (1056). Fictional host and addresses (samples/README.md).
 */
import { describe, expect, it } from 'vitest';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { analyzeTestEvents } from '../helpers/pipeline.js';
import { CORE, eventMaker, RCM, type TestEvent } from '../helpers/xml-events.js';

const event = eventMaker('RDSH07.corp.example.test');
const termService = (id: number, time: string, qualifiers: number, data: string[]): TestEvent =>
  event(RCM, id, time, { channel: 'System', qualifiers, unnamed: data });

/** A connection refused before TLS completed, with nothing else on record about why. */
function refusedConnection(time: string, activity: string): TestEvent[] {
  const later = (s: number) => new Date(Date.parse(time) + s * 1000).toISOString();
  return [
    event(RCM, 261, time, { activity, userData: { listenerName: 'RDP-Tcp' } }),
    event(CORE, 131, later(0.001), { activity, eventData: { ConnType: 'TCP', ClientIP: '192.0.2.70:50321' } }),
    event(CORE, 102, later(0.05), { activity }),
    event(CORE, 103, later(0.06), { activity, eventData: { ReasonCode: '0' } }),
  ];
}

describe('a history clause cleared by a later event (clearedBy)', () => {
  const failed = termService(1058, '2025-03-04T02:14:07Z', 49152, ['Access is denied.']);
  const causeOf = (events: TestEvent[]) => analyzeTestEvents(events).attempts[0]?.causes[0]?.id;

  it('a failure to renew the certificate explains the failed connection that follows it', () => {
    expect(
      causeOf([failed, ...refusedConnection('2025-03-04T09:12:40Z', '{F4207001-0000-4000-8000-000000000001}')]),
    ).toBe(tlsCertificate.id);
  });

  it('not once a new self-signed certificate was made since (1056)', () => {
    const made = termService(1056, '2025-03-04T08:33:05Z', 16384, ['RDSH07.corp.example.test']);
    expect(
      causeOf([failed, made, ...refusedConnection('2025-03-04T09:12:40Z', '{F4207002-0000-4000-8000-000000000002}')]),
    ).not.toBe(tlsCertificate.id);
    // A failure after the new certificate counts again.
    const again = termService(1058, '2025-03-04T09:00:00Z', 49152, ['Access is denied.']);
    expect(
      causeOf([
        failed,
        made,
        again,
        ...refusedConnection('2025-03-04T09:12:40Z', '{F4207003-0000-4000-8000-000000000003}'),
      ]),
    ).toBe(tlsCertificate.id);
  });
});
