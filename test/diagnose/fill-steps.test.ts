import { describe, expect, it } from 'vitest';
import { commonKnown, fillSteps } from '../../src/diagnose/fill-steps.js';
import { MARKED, UNMARKED, withoutMarks } from '../../src/model/value-marks.js';
import { rdpdiag } from '../helpers/cli.js';

const SPN = 'Check the SPNs: `setspn -L <server>` should list TERMSRV/<server> and TERMSRV/<server fqdn>.';
const ADD = 'Add them: `Add-LocalGroupMember -Group "Remote Desktop Users" -Member DOMAIN\\user`.';
const FORMAT = 'Check the user name format: DOMAIN\\user or user@domain.example.';
const PING = 'Test it: `Test-NetConnection <server> -Port 3389`.';

// On a real folder of the shared corpus: fill-steps-corpus.test.ts (slow tier, with the corpus).
describe('remediation filled for the attempt at hand', () => {
  it('fills the server, its FQDN, the account and the domain the logs name', () => {
    const known = { user: 'CORP\\alice', computer: 'RDSH01', computerNames: ['RDSH01.corp.example.test'] };
    const [spn, add, format] = fillSteps([SPN, ADD, FORMAT], known, UNMARKED);
    expect(spn).toBe(
      'Check the SPNs: `setspn -L RDSH01` should list TERMSRV/RDSH01 and TERMSRV/RDSH01.corp.example.test.',
    );
    expect(add).toContain('-Member CORP\\alice`');
    // Generic advice outside a command is no placeholder.
    expect(format).toBe(FORMAT);
    expect(fillSteps(['`nltest /dsgetdc:<domain>` for `Get-ADUser <user>`'], known, UNMARKED)[0]).toBe(
      '`nltest /dsgetdc:CORP` for `Get-ADUser alice`',
    );
  });

  it('keeps a placeholder the logs do not name and says so', () => {
    const [spn] = fillSteps([SPN], { computer: 'RDSH01' }, UNMARKED);
    expect(spn).toContain('TERMSRV/RDSH01 and TERMSRV/<server fqdn>');
    expect(spn).toMatch(/Fill in <server fqdn> \(the server's FQDN, not named in the logs given\)/);
    const [add] = fillSteps([ADD], { user: 'dave', computer: 'RDSH01' }, UNMARKED);
    expect(add).toMatch(/-Member DOMAIN\\user`.*Fill in DOMAIN\\user/);
  });

  it("a local account's domain is the server's DNS suffix, and a port other than 3389 is the listener's", () => {
    const known = { user: 'RDSH01\\kiosk', computer: 'rdsh01.corp.example.test', port: 3390 };
    expect(fillSteps(['`nltest /dsgetdc:<domain>`'], known, UNMARKED)[0]).toBe('`nltest /dsgetdc:corp.example.test`');
    expect(fillSteps([PING], known, UNMARKED)[0]).toBe('Test it: `Test-NetConnection rdsh01 -Port 3390`.');
  });

  it('a group whose attempts name several accounts lists them where the account goes', () => {
    const known = commonKnown([
      { user: 'CORP\\bob', computer: 'RDSH01' },
      { user: 'corp\\BOB', computer: 'RDSH01' },
      { user: 'CORP\\carol', computer: 'RDSH01' },
    ]);
    const [add] = fillSteps([ADD], known, UNMARKED);
    expect(add).toContain('one of the accounts: CORP\\bob, CORP\\carol');
    expect(add).toContain('-Member DOMAIN\\user');
  });

  it('marks each value for the redactor', () => {
    const [spn] = fillSteps([SPN], { computer: 'RDSH01.corp.example.test' }, MARKED);
    expect(spn).toContain('\uE000RDSH01\uE001');
    expect(withoutMarks(spn)).toContain('TERMSRV/RDSH01.corp.example.test');
  });

  it("every report's steps name the sample's account and server", async () => {
    const r = await rdpdiag(['analyze', 'samples/patterns/auth-logon-right', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    const attempt = report.attempts.find((a: { user?: string; causes: unknown[] }) => a.user && a.causes.length);
    const steps: string[] = attempt.causes[0].remediation;
    const account = attempt.user.includes('\\') ? attempt.user : undefined;
    if (account) expect(steps.join('\n')).toContain(`-Member ${account}`);
    expect(steps.join('\n')).not.toMatch(/-Member DOMAIN\\user/);
  });
});
