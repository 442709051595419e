/**
 * Chinese, Japanese, Korean and Russian dialogs of round 20 (issue 60; pastes written for these tests around the
 * quoted texts of the pages the table names, never from a held-out list): each read as its English sentence, in its
 * language, with the English text's causes, inside a user's sentence written without spaces; a near miss in that
 * language (another product's words, a negated text) not read as it; names and codes inside CJK text found.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { CJK_RU_WORDINGS } from '../../src/explain/tables/languages/localized-cjk-ru.js';
import { expectLocalizedSentence, type LocalizedCase, sentenceIds } from '../helpers/explain.js';

const CASES: readonly LocalizedCase[] = [
  {
    language: 'Chinese (simplified)',
    paste: '用远程桌面连接公司电脑时弹出你的凭据不起作用，密码明明是对的',
    sentence: 'credentials-did-not-work',
    english: 'Windows Security: Your credentials did not work',
    nearMiss: '为什么从另一台服务器添加分片时，我的凭据不起作用？',
  },
  {
    language: 'Korean',
    paste:
      '원격 데스크톱으로 서버에 접속하면 이 컴퓨터에 대한 연결 수가 제한되어 있으며 현재 모든 연결이 사용 중입니다라고 나옵니다',
    sentence: 'connections-in-use',
    english: 'The number of connections to this computer is limited and all connections are in use right now.',
    nearMiss: '이 컴퓨터에 대한 연결 수가 제한되어 있지 않습니다',
  },
  {
    language: 'Japanese',
    paste:
      'リモートデスクトップで接続したらログオン試行またはパスワード変更試行が多すぎるため、ユーザーアカウントはロックされていますと出た',
    sentence: 'account-locked',
    english: 'The referenced account is currently locked out and may not be logged on to.',
    nearMiss: 'ログオン試行の回数を確認しました。アカウントはロック解除されています。',
  },
  {
    language: 'Japanese',
    paste:
      'ログオンの試行とパスワード変更の施行が繰り返されたため、セキュリティを保護するためユーザアカウントがロックされました',
    sentence: 'account-locked',
    english: 'The referenced account is currently locked out and may not be logged on to.',
    nearMiss: 'ログオンの試行に成功しました',
  },
  {
    language: 'Chinese (traditional)',
    paste: '此使用者無法登入，因為此帳戶目前已停用。',
    sentence: 'account-disabled',
    english: 'Your account has been disabled',
    nearMiss: '此帳戶目前已啟用。',
  },
  {
    language: 'Russian',
    paste: 'При подключении к удаленному рабочему столу: Попытка входа не удалась',
    sentence: 'logon-attempt-failed',
    english: 'The logon attempt failed',
    nearMiss: 'В 1С попытка входа не удалась, пароль неверный',
  },
];

describe('round 20: Chinese (both scripts), Japanese, Korean and Russian dialogs', () => {
  it.each(CASES)('$language: $sentence', (c) => {
    expectLocalizedSentence(c, /^https:\/\//);
  });

  it('reads the words another program says of its own sign-in only in a paste about Remote Desktop', () => {
    // The Chinese words of an Azure SQL sharding tool's and a sync tool's pages, and the dialog's heading alone.
    expect(sentenceIds('同步工具提示全局管理员凭据不起作用')).not.toContain('credentials-did-not-work');
    expect(sentenceIds('为什么当我从另一台服务器添加分片时，我的凭据不起作用？')).not.toContain(
      'credentials-did-not-work',
    );
    expect(sentenceIds('你的凭据不起作用')).toContain('credentials-did-not-work');
  });

  it("reads a cloud provider's own translation of a dialog as the dialog, one page only (AWS's Korean LSA wording)", () => {
    expect(sentenceIds('인증 오류가 발생했습니다. 현지 보안 기관에 연락할 수 없습니다.')).toEqual([
      'lsa-cannot-be-contacted',
    ]);
  });

  it('finds a code name or a code inside Chinese, Japanese or Korean text with no space around it', () => {
    expect(explainCode('リモートデスクトップで接続するとSEC_E_WRONG_PRINCIPALと出ます').other?.name).toBe(
      'SEC_E_WRONG_PRINCIPAL',
    );
    expect(explainCode('远程桌面连接时出现SEC_E_LOGON_DENIED错误').other?.name).toBe('SEC_E_LOGON_DENIED');
    expect(explainCode('원격 데스크톱 연결이 끊기고 오류 코드0x904가 나옵니다').primary?.hex).toBe('0x904');
  });

  it('rests each row on a page it names, a public page said as such', () => {
    for (const w of CJK_RU_WORDINGS) {
      expect(w.source.url, w.quoted).toMatch(/^https:\/\//);
      if (!w.source.url.includes('docs.microsoft.com')) expect(w.source.publicQuote, w.quoted).toBeDefined();
    }
  });
});
