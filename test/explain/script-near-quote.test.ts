/**
 * Issue 60, round 28 (h60s): a row of the Chinese, Japanese, Korean and Thai tables quoted inexactly
 * (src/explain/tables/approximate/script-near-quote.ts): by its characters in order, above each script's floor, negated as the row
 * is; and the dialog's code labels in those languages before a decimal code (src/explain/tables/languages/script-code-labels.ts).
 * The pastes are users' pages as they print them (each with its address), beside near misses: another program's words
 * of one clause, a title every "authentication error" dialog opens with, a dialog's words negated, the remote
 * computer changed for a printer, an HTTP status after the same label.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { englishCodeLabels } from '../../src/explain/tables/languages/script-code-labels.js';
import { nearestScriptQuote, scriptQuoteRows } from '../../src/explain/tables/approximate/script-near-quote.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';

/** The answer's note that says the paste was read as a near quote. */
const nearQuoteNote = (paste: string) => explainCode(paste).notes.find((n) => /as a near quote/.test(n)) ?? '';

describe('a row written without spaces, quoted inexactly, is read as that row', () => {
  it("one telling clause inside the quotes of the user's own sentence (www.oo7.cn/2349904.html)", () => {
    const paste =
      '若频繁遇到"远程桌面连接无法建立会话,该计算机的远程桌面服务要求的函数不受支持"(0x000003FF)错误提示,这通常意味着客户端与服务器的安全协议存在兼容性问题';
    expect(sentenceIds(paste)).toEqual(['function-not-supported']);
    expect(causeIds(paste)[0]).toBe(credsspNla.id);
    expect(nearQuoteNote(paste)).toMatch(/出现身份验证错误。要求的函数不受支持/);
  });

  it('the clause alone between 「」, its title left out (true twin of the title near miss below)', () => {
    expect(causeIds('「要求的函数不受支持」')[0]).toBe(credsspNla.id);
  });

  it("Windows Server 2008 R2's wording of the licence dialog, two words its users' pages print instead of the row's", () => {
    // "授权服务器" for "许可证服务器" and "被中断" for "已断开连接" (the wording of the Chinese Windows of that time).
    const paste = '由于没有远程桌面授权服务器可以提供许可证，远程会话被中断。请跟服务器管理员联系。';
    expect(sentenceIds(paste)).toEqual(['no-license-servers']);
    expect(causeIds(paste)[0]).toBe(licensingGraceExpired.id);
  });

  it('reads by the generic rule: a row quoted whole with one character changed', () => {
    const rows = scriptQuoteRows();
    const read = nearestScriptQuote('此计算机无法连接到远端计算机。', rows, []);
    expect(read?.item.sentence).toBe('cannot-connect-generic');
    expect(read?.cut).toBe(false);
  });
});

describe('near misses: not read as the row they are close to', () => {
  it("another program's words of one clause, below the cut floor (Guacamole's ja login text alone)", () => {
    expect(sentenceIds('ログインに失敗しました。')).toEqual([]);
  });

  it("a web application's concurrent-login notice sharing the sign-in prompt's first clause", () => {
    expect(sentenceIds('其他用户已登录此账号，请重新登录')).toEqual([]);
  });

  it('the "authentication error" title, then another dialog\'s words (SEC_E_INVALID_TOKEN, ygkb.jp/10282)', () => {
    const paste = '認証エラーが発生しました。この関数に提供されたトークンは無効です。';
    expect(sentenceIds(paste)).not.toContain('lsa-cannot-be-contacted');
    expect(sentenceIds(paste)).not.toContain('function-not-supported');
  });

  it('a dialog negated: "can connect" is not "cannot connect", in Chinese and Japanese', () => {
    for (const paste of [
      '此计算机可以连接到远程计算机。',
      'このコンピューターはリモート コンピューターに接続できます。',
    ])
      expect(sentenceIds(paste), paste).not.toContain('cannot-connect-generic');
  });

  it('the remote computer changed for a printer: another thing, though the rest is the dialog', () => {
    expect(sentenceIds('此计算机无法连接到打印机。')).toEqual([]);
  });
});

describe("the dialog's code labels in Chinese, Japanese, Korean and Thai", () => {
  it('are written as the English labels before a number, the separator kept, a copula read as a blank', () => {
    expect(englishCodeLabels('错误代码：2055')).toBe(' Error code：2055');
    expect(englishCodeLabels('エラー コードは 516 です')).toBe(' Error code 516 です');
    expect(englishCodeLabels('오류 코드: 0x516, 확장 오류 코드: 0x0')).toBe(
      ' Error code: 0x516,  Extended error code: 0x0',
    );
    expect(englishCodeLabels('错误代码说明')).toBe('错误代码说明');
  });

  it('make a decimal after them the dialog\'s code, not a year (the brief: "错误代码2055")', () => {
    for (const paste of ['错误代码2055', '远程桌面连接失败，错误代码 2055，怎么办', '오류 코드: 2055', '錯誤碼: 2055'])
      expect(causeIds(paste)[0], paste).toBe(authBadCredentials.id);
    expect(causeIds('リモートデスクトップで接続できません。エラーコードは 516 です')[0]).toBe(networkUnreachable.id);
  });

  it('near miss: an HTTP status after the same label stays an HTTP status', () => {
    const e = answerOrRefused('页面显示 HTTP 错误代码 404');
    expect(e?.likelyCauses ?? []).toEqual([]);
  });
});
