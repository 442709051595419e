/**
 * Issue 60 (round 30, h61a): pastes in Chinese and Japanese that a reader took for a Remote Desktop failure they are
 * not. Each rule with a page's own words, a near miss and a true twin:
 * - a copy cut at one end of a Japanese dialog keeps the dialog's own words (kanji, katakana), not only its grammar
 *   (nearest-text.ts: "…は無効になっています" is no copy of "あなたのアカウントは無効になっています");
 * - a number no table holds in Chinese or Japanese prose that names nothing of Remote Desktop is counted as prose by
 *   its characters (other-subsystem-answer.ts: a cloud console's "重置实例密码失败(…)");
 * - .NET's "Win32Exception (0x…)" line is a program's own call (other-subsystems.ts, program-socket-call);
 * - net.exe's output, under `net use \\server\share` or "System error N has occurred.", is the share's, whatever
 *   dialog shares its message's words (other-subsystems.ts, file-share and net-command);
 * - a user who says the password is correct is not told it is wrong (described-reading.ts `CREDENTIALS_VOUCHED`).
 */
import { describe, expect, it } from 'vitest';
import { answerOrRefused, causeIds } from '../helpers/explain.js';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { UNEXPLAINED } from '../../patterns/index.js';

describe("a Japanese copy cut at one end keeps the dialog's own words, not only its grammar", () => {
  it('near miss: "RDP は無効になっています" (Remote Desktop switched off) is no account disabled', () => {
    // The Japanese "General Remote Desktop connection troubleshooting" (windowsserverdocs.ja-jp): the value 1 of
    // fDenyTSConnections means RDP is switched off; the account-disabled dialog ends with the same grammar.
    expect(causeIds(answerOrRefused('この値が 1 の場合、RDP は無効になっています。'))).not.toContain(
      authAccountState.id,
    );
  });
  it('true twin: the account-disabled dialog in Japanese is still read', () => {
    // https://ja.athowto.com/how-enable-disable-user-accounts-windows-10 (the dialog as Windows shows it)
    expect(causeIds('あなたのアカウントは無効になっています')).toContain(authAccountState.id);
  });
});

describe('a number no table holds, in Chinese prose naming nothing of Remote Desktop, ranks no cause', () => {
  it("near miss: a cloud console's password reset that failed, its request id in parentheses", () => {
    // Tencent Cloud "重置云服务器密码失败或无效" (qcloud-documents): the console's message, with the id it prints
    expect(causeIds('控制台提示：由于系统繁忙，您的实例重置实例密码失败(5a1b2c3d)，请稍后重试。')).toEqual([]);
  });
  it('true twin: the same number beside "远程桌面" stays what the user asks about', () => {
    expect(causeIds('远程桌面连接时提示错误代码 0x5a1b2c3d')).toContain(UNEXPLAINED);
  });
});

describe('.NET\'s "Win32Exception (0x…)" line is the program\'s own call', () => {
  it("near miss: a Steam accelerator's reverse proxy whose TLS call failed (SEC_E_UNSUPPORTED_FUNCTION)", () => {
    // https://github.com/BeyondDimension/SteamTools/issues/1834 (its log: the inner exception of its SslStream)
    expect(causeIds('---> System.ComponentModel.Win32Exception (0x80090302): 要求的函数不受支持')).toEqual([]);
  });
  it('true twin: the CredSSP dialog in Chinese keeps its cause', () => {
    expect(causeIds('出现身份验证错误。要求的函数不受支持')).toContain(credsspNla.id);
  });
});

describe("net.exe's output is the share's, whatever dialog shares its message's words", () => {
  const locked = 'The referenced account is currently locked out and may not be logged on to.';
  it('near miss: `net use` on a share path, then System error 1909 and its message', () => {
    // Microsoft Learn "Troubleshoot share access in Azure Data Box" (a share locked after five wrong passwords)
    expect(
      causeIds(
        `C:\\Users\\admin>net use \\\\10.1.1.5\\share_BlockBlob /u:10.1.1.5\\share\nSystem error 1909 has occurred.\n\n${locked}`,
      ),
    ).toEqual([]);
  });
  it('near miss: the "System error N has occurred." line alone over the message', () => {
    expect(causeIds(`System error 1909 has occurred.\n\n${locked}`)).toEqual([]);
  });
  it('true twin: the message alone is still read as the locked-out account', () => {
    expect(causeIds(locked)).toContain(authAccountState.id);
  });
});

describe('a user who vouches for the credentials: the "wrong password" they quote is no cause read', () => {
  // https://github.com/stascorp/rdpwrap/issues/1308 and https://github.com/next-terminal/next-terminal/issues/142
  it("near miss: English, the user is sure it's correct", () => {
    expect(
      causeIds(answerOrRefused("Remote Desktop keeps saying the password is incorrect, which I'm sure it's correct.")),
    ).not.toContain(authBadCredentials.id);
  });
  it('near miss: Chinese, "密码也是对的"', () => {
    expect(causeIds(answerOrRefused('远程桌面提示密码错误，mstsc 能正常登录，密码也是对的。'))).not.toContain(
      authBadCredentials.id,
    );
  });
  it('true twin: the wrong password told alone is read', () => {
    expect(causeIds('远程桌面提示密码错误。')).toContain(authBadCredentials.id);
    expect(causeIds('Remote Desktop keeps saying the password is incorrect.')).toContain(authBadCredentials.id);
  });
});
