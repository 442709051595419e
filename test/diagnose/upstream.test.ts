/**
 * Failures whose cause sits on another computer point to that computer's host finding (issue 65 item 5,
 * src/diagnose/upstream.ts): the license server's condition for the servers it serves, a domain controller's lockout
 * for its account's refusals. Peers' own conditions (another session host's certificate, its logons disabled) and a
 * server that is its own license server point nowhere; removing the other computer's log removes the pointer and
 * nothing else; a lockout unlocked before the refusal points nowhere.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { ATTACK_FINDINGS, FINDINGS, PATTERNS } from '../../patterns/index.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { ROOT } from '../helpers/cli.js';
import { analyzeJson } from '../helpers/findings.js';

const FOLDER = join(ROOT, 'samples/10-causes-on-other-computers');

interface Upstream {
  finding: string;
  computer: string;
}
interface Report {
  attempts: {
    id: string;
    user?: string;
    outcome: string;
    causes: { id: string; upstream?: Upstream[]; remediation: string[]; explanation: string }[];
  }[];
  incidents: { id: string; cause: string; users: string[]; upstream?: Upstream[]; remediation: string[] }[];
  findings: { id: string; computer: string }[];
}

const report = (...args: string[]) => analyzeJson<Report>('-q', ...args).then((r) => r.json);
const topOf = (r: Report, user: string) => r.attempts.find((a) => a.user === user)!.causes[0]!;
const pointers = (r: Report) => [
  ...r.attempts.flatMap((a) => a.causes.flatMap((c) => c.upstream ?? [])),
  ...r.incidents.flatMap((i) => i.upstream ?? []),
];

const scratch: string[] = [];
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

/** The sample folder copied without `leave` and with `extra` files added. */
function variant(leave: readonly string[], extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-upstream-'));
  scratch.push(dir);
  for (const f of readdirSync(FOLDER))
    if (f.endsWith('.xml') && !leave.includes(f)) copyFileSync(join(FOLDER, f), join(dir, f));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('causes on another computer', () => {
  it('declares upstreamFor only with cause ids', () => {
    const declared = [...FINDINGS, ...ATTACK_FINDINGS].flatMap((f) => f.upstreamFor ?? []);
    expect(declared.length).toBeGreaterThan(0);
    for (const id of declared) expect(PATTERNS.map((p) => p.id)).toContain(id);
  });

  it("points a licence refusal to the run's only license server, a lockout refusal to the DC that locked the account", async () => {
    const r = await report(FOLDER);
    const erin = topOf(r, 'CORP\\erin');
    expect(erin.id).toBe(licensingCalUnavailable.id);
    expect(erin.upstream).toEqual([{ finding: 'license-server-not-activated', computer: 'LS21.corp.example.test' }]);
    expect(erin.remediation[0]).toMatch(
      /^First, host finding license-server-not-activated on LS21\.corp\.example\.test: Activate/,
    );
    expect(erin.explanation).toContain('[license-server-not-activated]');
    const frank = topOf(r, 'CORP\\frank');
    expect(frank.id).toBe(authAccountState.id);
    expect(frank.upstream).toEqual([{ finding: 'account-lockout', computer: 'DC21.corp.example.test' }]);
    // gina is refused as locked out too, but no log given holds her lockout.
    expect(topOf(r, 'CORP\\gina').upstream).toBeUndefined();
    const byCause = new Map(r.incidents.map((i) => [i.cause, i]));
    expect(byCause.get(licensingCalUnavailable.id)?.upstream?.[0]?.computer).toBe('LS21.corp.example.test');
    expect(byCause.get(authAccountState.id)?.upstream).toEqual([
      { finding: 'account-lockout', computer: 'DC21.corp.example.test' },
    ]);
    expect(byCause.get(authAccountState.id)?.remediation[0]).toMatch(/^First, host finding account-lockout on DC21/);
  });

  it("a log not given is no pointer: without LS21's or DC21's log, only that pointer goes, verdicts stay", async () => {
    const whole = await report(FOLDER);
    const noLs = await report(variant(['LS21-System.xml']));
    expect(topOf(noLs, 'CORP\\erin').upstream).toBeUndefined();
    expect(topOf(noLs, 'CORP\\frank').upstream).toEqual(topOf(whole, 'CORP\\frank').upstream);
    const noDc = await report(variant(['DC21-Security.xml']));
    expect(topOf(noDc, 'CORP\\frank').upstream).toBeUndefined();
    expect(topOf(noDc, 'CORP\\erin').upstream).toEqual(topOf(whole, 'CORP\\erin').upstream);
    for (const r of [noLs, noDc])
      expect(r.attempts.map((a) => [a.user, a.outcome, a.causes[0]?.id])).toEqual(
        whole.attempts.map((a) => [a.user, a.outcome, a.causes[0]?.id]),
      );
  });

  it('a lockout unlocked before the refusal points nowhere', async () => {
    const unlock = `<?xml version="1.0" encoding="utf-8"?><Events><Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/><EventID>4767</EventID><Version>0</Version><Level>0</Level><Task>13824</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='2024-05-22T10:35:00.0000000Z'/><EventRecordID>881210</EventRecordID><Correlation/><Execution ProcessID='652' ThreadID='2210'/><Channel>Security</Channel><Computer>DC21.corp.example.test</Computer><Security/></System><EventData><Data Name='TargetUserName'>frank</Data><Data Name='TargetDomainName'>CORP</Data><Data Name='TargetSid'>S-1-5-21-1111111111-2222222222-3333333333-1122</Data><Data Name='SubjectUserSid'>S-1-5-21-1111111111-2222222222-3333333333-500</Data><Data Name='SubjectUserName'>admin</Data><Data Name='SubjectDomainName'>CORP</Data><Data Name='SubjectLogonId'>0x3e7</Data></EventData></Event></Events>`;
    const r = await report(variant([], { 'DC21-unlock.xml': unlock }));
    expect(r.findings.some((f) => f.id === 'account-lockout')).toBe(true);
    expect(topOf(r, 'CORP\\frank').upstream).toBeUndefined();
  });

  it.each([
    ['samples/patterns/tls-certificate', "another session host's own certificate"],
    ['samples/patterns/session-limit', "another session host's logons disabled"],
    ['samples/patterns/licensing-server-unavailable', 'a session host that is its own license server'],
    ['samples/licensing-client-cache', 'one computer'],
  ])('near miss %s (%s): no pointer', async (folder) => {
    expect(pointers(await report(join(ROOT, folder)))).toEqual([]);
  });
});
