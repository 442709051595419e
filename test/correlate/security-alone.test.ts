/**
 * A Security log alone tells its Remote Desktop story (issue 66, causes.md "Any subset of logs"): a type-10 logon, a
 * type-7 reconnection from a remote address, a failed network-level authentication (4625 type 3) from a client that
 * signs in over RDP in that log or whose failures end in a lockout, a connection that passed NLA and never logged on,
 * each one attempt with its client's workstation. Fictional hosts and documentation addresses (samples/README.md);
 * the real log (marvioncriddle) is counted against its reference dump's raw records.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { corpusPath, HAVE_CORPUS, LAB_SECURITY_LOG, NO_CORPUS_REASON, referenceRecords } from '../helpers/corpus.js';
import { analyzeTestEvents } from '../helpers/pipeline.js';
import { secondsAfter as at, serverEvents, type TestEvent } from '../helpers/xml-events.js';

const HOST = 'SRV66';
const { security } = serverEvents(HOST);
const CLIENT = '203.0.113.66';
const WS = 'LAPTOP66';
const T = '2024-05-06T09:00:00Z';

const logon = (time: string, type: number, user: string, extra: Record<string, string> = {}): TestEvent =>
  security(4624, time, {
    TargetUserName: user,
    TargetDomainName: HOST,
    LogonType: String(type),
    IpAddress: CLIENT,
    IpPort: '0',
    WorkstationName: type === 3 ? WS : HOST,
    LogonProcessName: type === 3 ? 'NtLmSsp ' : 'User32 ',
    ...extra,
  });
const failure = (time: string, user: string, ws = WS, address = CLIENT): TestEvent =>
  security(4625, time, {
    TargetUserName: user,
    TargetDomainName: HOST,
    LogonType: '3',
    IpAddress: address,
    IpPort: '0',
    WorkstationName: ws,
    Status: '0xc000006d',
    SubStatus: '0xc000006a',
    LogonProcessName: 'NtLmSsp ',
  });
/** One connection as Security logs it with NLA: CredSSP's two network logons, then the session's logon of `type`. */
const connection = (time: string, user: string, type: 10 | 7 | undefined): TestEvent[] => [
  logon(time, 3, user),
  logon(at(time, 0.2), 3, user),
  ...(type ? [logon(at(time, 1.5), type, user)] : []),
];
const lockout = (time: string, user: string, caller: string): TestEvent =>
  security(4740, time, { TargetUserName: user, TargetDomainName: caller, SubjectUserName: `${HOST}$` });

function summary(events: TestEvent[]) {
  return analyzeTestEvents(events).attempts.map((a) => ({
    outcome: a.outcome,
    user: a.user,
    client: a.client.name,
    records: (a.records ?? []).map((r) => r.eventId),
  }));
}

describe('the Security log alone: its RDP traces are attempts', () => {
  it('a sign-in, its reconnection, failed NLA sign-ins before it and a connection that never logged on: one each', () => {
    const events = [
      failure(T, 'ana'),
      failure(at(T, 3), 'ana'),
      ...connection(at(T, 30), 'ana', 10),
      ...connection(at(T, 600), 'ana', 7),
      ...connection(at(T, 640), 'ana', 7),
      ...connection(at(T, 900), 'ben', undefined),
      // The log goes on: the last connection's end is in it.
      security(4634, at(T, 1800), { TargetUserName: 'ana', TargetDomainName: HOST, LogonType: '3' }),
    ];
    const got = summary(events);
    expect(got.map((a) => a.outcome)).toEqual(['failed', 'failed', 'succeeded', 'succeeded', 'succeeded', 'failed']);
    expect(got.every((a) => a.client === WS)).toBe(true);
    expect(got[2].records).toEqual([4624, 4624, 4624]);
    expect(got[5].user).toBe(`${HOST}\\ben`);
  });

  it('failures that end in a lockout are attempts, though their client never signed in', () => {
    const events = [0, 2, 4].map((s) => failure(at(T, s), 'cara')).concat(lockout(at(T, 5), 'cara', WS));
    expect(summary(events).map((a) => a.outcome)).toEqual(['failed', 'failed', 'failed']);
  });

  it('near miss: network failures of a client that never signs in over RDP and locks nothing out are no attempts', () => {
    // A file share's wrong password, or a lockout called from another computer.
    const events = [0, 2, 4].map((s) => failure(at(T, s), 'cara')).concat(lockout(at(T, 5), 'cara', 'OTHER-PC'));
    expect(summary(events)).toEqual([]);
  });

  it('near miss: a single network logon of an RDP client (a file share) is no attempt; a local unlock (type 7 from the loopback) neither', () => {
    const events = [
      ...connection(T, 'ana', 10),
      logon(at(T, 300), 3, 'ana'),
      logon(at(T, 900), 7, 'ana', { IpAddress: '127.0.0.1' }),
    ];
    expect(summary(events).map((a) => a.outcome)).toEqual(['succeeded']);
  });
});

const MC = LAB_SECURITY_LOG;

describe.skipIf(!HAVE_CORPUS)(`the real Security-only log (${HAVE_CORPUS ? MC : NO_CORPUS_REASON})`, () => {
  it('has 9 successes (4 type 10, 5 type 7) and 24 failures, each on its raw records', async () => {
    const dump = referenceRecords(MC, 'Security.evtx');
    const remote = (r: (typeof dump)[number]) =>
      r.data.IpAddress && !['-', '127.0.0.1', '::1'].includes(r.data.IpAddress);
    const proofs = dump.filter((r) => r.eventId === 4624 && ['10', '7'].includes(r.data.LogonType) && remote(r));
    const nlaFailures = dump.filter((r) => r.eventId === 4625 && r.data.LogonType === '3' && remote(r));
    expect(proofs.length).toBe(9);
    expect(nlaFailures.length).toBe(23);

    const timeline = await buildTimeline([corpusPath(`${MC}/Security.evtx`)]);
    const { attempts } = analyzeEvents(timeline.events);
    const succeeded = attempts.filter((a) => a.outcome === 'succeeded');
    const failed = attempts.filter((a) => a.outcome === 'failed');
    expect(succeeded.length).toBe(9);
    expect(failed.length).toBe(24);
    const proofIds = succeeded.map((a) => a.records?.find((r) => r.logon)?.recordId).sort();
    expect(proofIds).toEqual(proofs.map((r) => r.recordId).sort());
    // 23 refused NLA sign-ins, one attempt each; the 24th passed NLA (4624 type 3 #1699, #1701) and never logged on.
    const failedRecords = failed.map((a) => (a.records ?? []).map((r) => `${r.eventId} #${r.recordId}`));
    expect(failedRecords.filter((r) => r.length === 1 && r[0].startsWith('4625')).length).toBe(23);
    expect(failedRecords).toContainEqual(['4624 #1699', '4624 #1701']);
    expect(attempts.every((a) => a.client.name === 'DESKTOP-OUPA0T1')).toBe(true);
  });
});
