import { describe, expect, it } from 'vitest';
import { correlate } from '../../src/correlate/index.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { type TestEvent, wevtutilStream } from '../helpers/xml-events.js';

const HOST = 'RDSH07.corp.example.test';
const FIRST = '{F4201111-0000-4000-8000-000000000001}';
const SECOND = '{F4202222-0000-4000-8000-000000000002}';
const RCM = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager';
const LSM = 'Microsoft-Windows-TerminalServices-LocalSessionManager';
const at = (s: number) => `2024-03-05T10:00:${String(s).padStart(2, '0')}.000Z`;
let record = 0;
const ev = (source: string, id: number, s: number, activity: string, userData: Record<string, string>): TestEvent => ({
  id,
  time: at(s),
  record: ++record,
  computer: HOST,
  channel: `${source}/Operational`,
  provider: source,
  activity,
  userData,
});
const user = { User: 'CORP\\jdoe', SessionID: '3', Address: '192.0.2.44' };
const rcm1149 = { Param1: 'jdoe', Param2: 'CORP', Param3: '192.0.2.44' };

describe('two connections of one user from one address without RdpCoreTS', () => {
  // A reconnect 32 s after the first logon, each connection with its own RCM ActivityID. Times are whole
  // seconds (as NXLog and Splunk classic give them), so the session's LSM 40 (reason 5: replaced by the
  // new connection, logged in the new connection's activity) sorts before the new connection's RCM 261.
  const events: TestEvent[] = [
    ev(RCM, 261, 2, FIRST, { listenerName: 'RDP-Tcp' }),
    ev(RCM, 1149, 5, FIRST, rcm1149),
    ev(LSM, 41, 8, FIRST, { User: 'CORP\\jdoe', SessionID: '3' }),
    ev(LSM, 21, 10, FIRST, user),
    ev(LSM, 22, 10, FIRST, user),
    ev(LSM, 40, 34, SECOND, { Session: '3', Reason: '5' }),
    ev(RCM, 261, 34, SECOND, { listenerName: 'RDP-Tcp' }),
    ev(RCM, 1149, 34, SECOND, rcm1149),
    ev(LSM, 24, 35, SECOND, user),
    ev(LSM, 25, 36, SECOND, user),
  ];

  it('gives two attempts, each with its own ActivityID, both succeeded', () => {
    const attempts = correlate(eventsFromXml(wevtutilStream(events)));
    expect(attempts.map((a) => [a.activityIds, a.outcome, a.events.map((e) => e.eventId)])).toEqual([
      [[FIRST], 'succeeded', [261, 1149, 41, 21, 22, 40]],
      [[SECOND], 'succeeded', [261, 1149, 24, 25]],
    ]);
  });

  it('keeps one attempt when the session event carries the connection’s own ActivityID', () => {
    const same = events.map((e) => ({ ...e, activity: FIRST })).filter((e) => e.id !== 261 || e.time === at(2));
    const attempts = correlate(eventsFromXml(wevtutilStream(same)));
    expect(attempts).toHaveLength(1);
  });

  it.skipIf(!HAVE_CORPUS)('splits the OTRF NXLog reconnect (derived XML) into two attempts', async () => {
    const file = corpusPath(
      'siem/otrf-nxlog/derived/empire_persistence_registry_run_keys_standard_user_2020-09-04.rdp.parse.xml',
    );
    const timeline = await buildTimeline([file]);
    const attempts = correlate(timeline.events);
    expect(attempts.map((a) => [a.start, a.outcome, a.activityIds.length, a.client.address])).toEqual([
      ['2020-09-04T07:08:02.0000000Z', 'succeeded', 1, '1.2.3.4'],
      ['2020-09-04T07:08:34.0000000Z', 'succeeded', 1, '1.2.3.4'],
    ]);
  });
  if (!HAVE_CORPUS) it.skip(NO_CORPUS_REASON, () => {});
});
