/**
 * Round 34 (issue 60): "the remote PC" as the Windows App's dialogs say it in Chinese, Japanese and Korean makes a paste
 * Remote Desktop's, as English "remote PC" does (other-subsystems.ts REMOTE_DESKTOP_WORDS); beside another
 * remote-control product's name it does not (GENERIC_REMOTE_WORDS). And the Windows App's "couldn't connect" dialog
 * keeps its Error code in the app's table (0x207 there is the app's, not the client control's 519).
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { answerOrRefused, causeIds, mainReading } from '../helpers/explain.js';

describe('the remote PC, in the languages of the Windows App', () => {
  it("the locked-out dialog's words in Chinese, with the remote PC named", () => {
    const paste = '无法连接到远程 PC：用户帐户已被锁定，请稍后再试。';
    expect(causeIds(paste)[0]).toBe(authAccountState.id);
  });
  it('near miss: the same words negated, or with no remote PC named', () => {
    expect(causeIds(answerOrRefused('无法连接到远程 PC：用户帐户没有被锁定'))).not.toContain(authAccountState.id);
    expect(causeIds(answerOrRefused('用户帐户已被锁定，请稍后再试。'))).toEqual([]);
  });
  it('near miss: another remote-control product named (ToDesk, Sunlogin) is not Remote Desktop', () => {
    expect(causeIds(answerOrRefused('ToDesk 连接失败，请稍后再试'))).toEqual([]);
    expect(causeIds(answerOrRefused('向日葵 连接失败，请稍后再试'))).toEqual([]);
  });
});

describe("the Windows App's \"couldn't connect\" dialog keeps its code in the app's table", () => {
  it("0x207 under the security-error dialog is the app's 0x207", () => {
    const paste = "We couldn't connect to the remote PC because of a security error. Error code: 0x207";
    expect(mainReading(paste)?.table).toBe('clientApp');
  });
  it("true twin: 0x204 under it is read where the app has no row of its own (the Windows client's table)", () => {
    const paste = "We couldn't connect to the remote PC. Make sure the PC is turned on. Error code: 0x204";
    expect(mainReading(paste)?.table).toBe('mstsc');
  });
});

describe("the Windows App's security-error dialog, ranked as Microsoft's Azure Virtual Desktop page reads it (round 36)", () => {
  const DIALOG = "We couldn't connect to the remote PC because of a security error.";
  it('alone: the right to sign in through Remote Desktop Services first, the security exchange after it', () => {
    expect(causeIds(`${DIALOG} If this keeps happening, ask your admin or tech support for help.`).slice(0, 2)).toEqual(
      [authLogonRight.id, securityLayerMismatch.id],
    );
  });
  it("near miss: with an Error code under it the code decides (the app's 0x207: NLA's sign-in)", () => {
    const ids = causeIds(`${DIALOG} Error code: 0x207`);
    expect(ids[0]).toBe(authBadCredentials.id);
    expect(ids).not.toContain(authLogonRight.id);
  });
});
