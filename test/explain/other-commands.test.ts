/**
 * Issue 60: a sign-in error of another command is no Remote Desktop failure. `net use` with 1326 in older Windows'
 * words, `runas`, PsExec, PowerShell remoting and ssh print the same system errors (1326, 5, 1311) a Remote Desktop
 * sign-in can: the answer names the command's subsystem and ranks no Remote Desktop cause. Wordings written for these
 * tests, each rule with a near miss.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { causeIds } from '../helpers/explain.js';

/** The paste is named as the subsystem's (its words in the summary) and no Remote Desktop cause is ranked. */
function expectOtherSubsystem(paste: string, named: RegExp) {
  const answer = explainCode(paste);
  expect(answer.summary, paste).toMatch(named);
  expect(answer.summary, paste).toMatch(/not a Remote Desktop connection failure/);
  expect(causeIds(answer), paste).toEqual([]);
  expect(answer.logsToCheck, paste).toEqual([]);
  return answer;
}

describe("net use with 1326 in older Windows' words", () => {
  const paste =
    'C:\\Users\\ops>net use q: \\\\nas02\\scans\nSystem error 1326 has occurred.\n\nLogon failure: unknown user name or bad password.';
  it("is a file share's logon failure, the code decoded", () => {
    const answer = expectOtherSubsystem(paste, /file share/);
    expect(answer.summary).toMatch(/user name or password/i);
  });
  it("near miss: the same words as a 4625's Failure Reason stay the bad-credentials reading", () => {
    const event =
      'An account failed to log on.\nFailure Reason:\t\tUnknown user name or bad password.\nLogon Type:\t10';
    expect(causeIds(explainCode(event))).toContain(authBadCredentials.id);
  });
  it("a domain controller out of reach (1311) beside net use is the share's too", () => {
    expectOtherSubsystem(
      'net use \\\\dc07\\sysvol\nSystem error 1311 has occurred.\n\nThere are currently no logon servers available to service the logon request.',
      /file share/,
    );
  });
});

describe('runas, PsExec, PowerShell remoting and ssh', () => {
  it("runas's own error line with 1326", () => {
    expectOtherSubsystem(
      'C:\\>runas /user:LAB\\svc-backup "mmc.exe"\nRUNAS ERROR: Unable to run - mmc.exe\n1326: The user name or password is incorrect.',
      /runas/,
    );
  });
  it('runas with 1311', () => {
    expectOtherSubsystem(
      'RUNAS ERROR: Unable to run - notepad.exe\n1311: There are currently no logon servers available to service the logon request.',
      /runas/,
    );
  });
  it('PsExec refused by the other computer', () => {
    expectOtherSubsystem(
      "PsExec v2.43 - Execute processes remotely\nCouldn't access app03:\nThe user name or password is incorrect.",
      /PsExec/,
    );
  });
  it('Enter-PSSession denied', () => {
    expectOtherSubsystem(
      'PS C:\\> Enter-PSSession -ComputerName app03\nEnter-PSSession : Connecting to remote server app03 failed with the following error message : Access is denied.',
      /PowerShell remoting/,
    );
  });
  it('ssh refused', () => {
    expectOtherSubsystem('$ ssh deploy@app03\ndeploy@app03: Permission denied (publickey,password).', /SSH/);
  });
  it('near miss: the same 1326 text beside a Remote Desktop dialog is the Remote Desktop sign-in', () => {
    const paste =
      'Remote Desktop Connection: runas works locally but mstsc to app03 says: The user name or password is incorrect.';
    expect(causeIds(explainCode(paste))).toContain(authBadCredentials.id);
  });
  it('near miss: PsExec or WinRM named in passing leave the dialog its code', () => {
    for (const paste of [
      'psexec to the box works fine, but connecting to it says Error code: 0x204',
      'WinRM answers on that host, yet the client shows Error code: 0x204',
    ]) {
      const answer = explainCode(paste);
      expect(answer.primary?.hex, paste).toBe('0x204');
      expect(answer.summary, paste).not.toMatch(/not a Remote Desktop connection failure/);
    }
  });
  it('near miss: "runas" as a word in a sentence names no command', () => {
    const answer = explainCode(
      'I tried it as an admin (no runas needed) and got: The user name or password is incorrect.',
    );
    expect(answer.summary).not.toMatch(/runas/);
  });
});
