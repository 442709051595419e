/**
 * `account-lockout` (issue 66): its home as data (patterns/findings/account-lockout.ts), its sample through the CLI (a
 * stale saved credential, unlocked), its near miss quiet, guessing told apart, a domain controller's lockout without
 * the failures, what reading keeps, and the real lab log whose lockout it was made to investigate (counted against the
 * reference dump's raw records).
 */
import { describe, expect, it } from 'vitest';
import { accountLockout } from '../../patterns/findings/account-lockout.js';
import { ATTACK_FINDINGS } from '../../patterns/index.js';
import { neededForAnalysis } from '../../src/diagnose/analysis-reads.js';
import type { AccountLockout, Finding } from '../../src/model/attempt.js';
import { corpusPath, HAVE_CORPUS, LAB_SECURITY_LOG, NO_CORPUS_REASON, referenceRecords } from '../helpers/corpus.js';
import { analyzeFinding, expectSampleFiles, noneOnRealLogs } from '../helpers/findings.js';
import { analyzeTestEvents } from '../helpers/pipeline.js';
import { secondsAfter as at, serverEvents, type TestEvent } from '../helpers/xml-events.js';

type Found = Finding & { lockout: AccountLockout; evidence: { eventId: number; recordId: number }[] };
interface Report {
  findings: Found[];
}
const FOLDER = 'samples/findings/account-lockout';

describe('account-lockout: its home as data', () => {
  it('is a finding with public references, false positives, a sample and a near miss', () => {
    expect(ATTACK_FINDINGS).toContain(accountLockout);
    expect(accountLockout.references.every((r) => r.startsWith('https://'))).toBe(true);
    expect(accountLockout.falsePositives.length).toBeGreaterThan(1);
    expectSampleFiles(accountLockout);
  });

  it('reading keeps the lockout and the unlock (they belong to no connection)', () => {
    const keep = neededForAnalysis();
    const e = (eventId: number) =>
      ({ eventId, channel: 'Security', provider: { name: 'Microsoft-Windows-Security-Auditing' }, data: {} }) as never;
    expect(keep(e(4740))).toBe(true);
    expect(keep(e(4767))).toBe(true);
  });
});

describe('account-lockout: the sample and its near miss', () => {
  it('a stale saved credential: the account, the source, its failures, the unlock, what to do', async () => {
    const { found } = await analyzeFinding<Report>(accountLockout.id, `${FOLDER}/sample.xml`);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f.computer).toBe('RDSH66');
    expect(f.lockout).toMatchObject({
      account: 'ana',
      callerComputer: 'LAPTOP-ANA',
      sources: [{ address: '192.0.2.45', workstation: 'LAPTOP-ANA', failures: 6 }],
      failures: 6,
      kind: 'stale-credential',
      unlock: { by: 'admin' },
    });
    expect(f.explanation).toMatch(/saved credential/);
    expect(f.remediation[0]).toMatch(/Credential Manager/);
    expect(f.evidence.map((e) => e.eventId).slice(0, 2)).toEqual([4740, 4767]);
  });

  it('near miss: failures below the threshold lock nothing out', async () => {
    const { found } = await analyzeFinding<Report>(accountLockout.id, `${FOLDER}/near-miss.xml`);
    expect(found).toEqual([]);
  });
});

const HOST = 'SRV66';
const { security } = serverEvents(HOST);
const T = '2024-05-06T09:00:00Z';
const failure = (time: string, user: string, address: string): TestEvent =>
  security(4625, time, {
    TargetUserName: user,
    TargetDomainName: HOST,
    LogonType: '3',
    IpAddress: address,
    WorkstationName: '-',
    Status: '0xc000006d',
    SubStatus: '0xc000006a',
  });
const lockout = (time: string, user: string, caller: string): TestEvent =>
  security(4740, time, { TargetUserName: user, TargetDomainName: caller, SubjectUserName: `${HOST}$` });
const lockoutsOf = (events: TestEvent[]) =>
  analyzeTestEvents(events).findings.filter((f) => f.id === accountLockout.id) as unknown as Found[];

describe('account-lockout: what the failures look like', () => {
  it('guessing: one source failing several accounts in moments; no unlock said as unknown past the log’s end', () => {
    const events = ['root', 'admin', 'ana', 'ana', 'ana', 'ana', 'ana'].map((u, i) =>
      failure(at(T, i), u, '198.51.100.7'),
    );
    events.push(lockout(at(T, 7), 'ana', '-'));
    const [f] = lockoutsOf(events);
    expect(f.lockout.kind).toBe('guessing');
    expect(f.lockout.failures).toBe(5);
    expect(f.lockout.unlock).toBeUndefined();
    expect(f.explanation).toMatch(/no unlock \(4767\) of it up to .*where this computer's Security log ends/);
    expect(f.remediation[0]).toMatch(/Block the source/);
  });

  it("a domain controller's lockout without the failures names the caller computer as the place to look", () => {
    const [f] = lockoutsOf([lockout(T, 'ana', 'WS-042')]);
    expect(f.lockout).toMatchObject({ account: 'ana', callerComputer: 'WS-042', failures: 0, kind: 'unknown-source' });
    expect(f.explanation).toMatch(/made at WS-042/);
  });
});

const MC = LAB_SECURITY_LOG;

describe.skipIf(!HAVE_CORPUS)(`account-lockout on the real lab log (${HAVE_CORPUS ? MC : NO_CORPUS_REASON})`, () => {
  it("Sarah's lockout: its source, the 10 failures before it (raw records), guessing across 3 accounts, the unlock", async () => {
    const dump = referenceRecords(MC, 'Security.evtx');
    const raw4740 = dump.filter((r) => r.eventId === 4740);
    expect(raw4740.map((r) => r.recordId)).toEqual([2182]);
    const lockedAt = Date.parse(`${raw4740[0].timestamp.replace(' ', 'T')}Z`);
    const before = dump.filter(
      (r) =>
        r.eventId === 4625 &&
        r.data.TargetUserName === 'Sarah' &&
        Date.parse(`${r.timestamp.replace(' ', 'T')}Z`) <= lockedAt + 2000,
    );
    const { found } = await analyzeFinding<Report>(accountLockout.id, corpusPath(MC));
    expect(found).toHaveLength(1);
    expect(found[0].lockout).toMatchObject({
      account: 'Sarah',
      callerComputer: 'DESKTOP-OUPA0T1',
      sources: [{ address: '98.122.240.33', workstation: 'DESKTOP-OUPA0T1', failures: before.length }],
      failures: before.length,
      kind: 'guessing',
      unlock: { time: '2026-07-01T03:19:35.5906956Z', by: 'df1admin' },
    });
    expect(before.length).toBe(10);
  });
});

noneOnRealLogs(
  accountLockout.id,
  'a healthy baseline locks out no account',
  ['puffyCid__artemis/forensics/tests/test_data/windows/eventlogs'],
  (file) => analyzeFinding<Report>(accountLockout.id, file),
);
