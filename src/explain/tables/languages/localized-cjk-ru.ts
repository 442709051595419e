/**
 * The dialogs users meet most, in Chinese, Japanese, Korean and Russian where the tables before did not read them
 * (issue 60, round 20): "Your credentials did not work" in simplified Chinese, "The number of connections to this
 * computer is limited" in Korean, the lockout dialog in Japanese and "The logon attempt failed" in Russian. A cloud
 * provider's own translation of a dialog (AWS's Korean "현지 보안 기관에 연락할 수 없습니다" for the LSA dialog) is
 * not Windows' wording and is left out. Same shape as localized.ts (`LocalizedWording`,
 * spread into its LOCALIZED_SENTENCES), each naming the English sentence of sentences.ts, so its meaning, code and
 * causes are that sentence's.
 *
 * Each row quotes one page: a Microsoft page where one in the language quotes the dialog (azure-docs.zh-cn), else a
 * public page that shows the dialog as Windows showed it to its writer (`publicQuote`, the answer says so). Words any
 * program may say of its own sign-in ("the credentials don't work", "the logon attempt failed": an Azure SQL or a sync
 * tool says them too) are a `phrase`: read only in a paste about Remote Desktop or holding nothing else.
 *
 * The folded comparison (localized.ts foldText) needs no space around the words: a dialog's text is found inside a
 * user's Chinese, Japanese or Korean sentence written without one.
 *
 * Imports only localized-wording.ts (localized.ts spreads this table into its own: no load-time cycle).
 */
import { type LocalizedWording, type Page, wordingIn } from './localized-wording.js';

/** A public page quoting the dialog (not Microsoft's). */
const quotedBy = (url: string, what: string): Page => ({
  url,
  file: `not a Microsoft page: ${what}`,
  publicQuote: { also: [] },
});

/** A quoted wording (localized-wording.ts wordingIn), marked a `phrase` where any program may say its words. */
const row = (
  sentence: string,
  language: LocalizedWording['language'],
  quoted: string,
  words: LocalizedWording['words'],
  source: Page,
  phrase = false,
): LocalizedWording => {
  const w = wordingIn(language)(sentence, quoted, words, source);
  return phrase ? { ...w, phrase: true } : w;
};

const AAD_SIGN_IN_ZH: Page = {
  url: 'https://docs.microsoft.com/zh-cn/azure/active-directory/devices/howto-vm-sign-in-azure-ad-windows',
  file: 'azure-docs.zh-cn articles/active-directory/devices/howto-vm-sign-in-azure-ad-windows.md ("Unauthorized client": the Remote Desktop Connection error it quotes)',
};

export const CJK_RU_WORDINGS: readonly LocalizedWording[] = [
  // "您的凭据不起作用", the error message the page says a Remote Desktop connection to the VM shows (quoted with the
  // page's words before it); users write "你的" too, so the words are the part after the pronoun. Azure SQL's and sync
  // tools' pages say "凭据不起作用" of their own: a phrase.
  row(
    'credentials-did-not-work',
    'zh',
    '如果在启动与 VM 的远程桌面连接时看到以下错误消息：您的凭据不起作用',
    ['凭据不起作用'],
    AAD_SIGN_IN_ZH,
    true,
  ),
  row(
    'connections-in-use',
    'ko',
    '이 컴퓨터에 대한 연결 수가 제한되어 있으며 현재 모든 연결이 사용 중입니다',
    ['연결 수가 제한되어 있으며', '모든 연결이 사용 중입니다'],
    quotedBy(
      'https://www.it-server-room.com/?p=3895',
      'IT Server Room, a Korean article on limiting concurrent RDP sessions by Group Policy quoting the message',
    ),
  ),
  row(
    'account-locked',
    'ja',
    'ログオン試行またはパスワード変更試行が多すぎるため、ユーザーアカウントはロックされています',
    ['ログオン試行', 'アカウントはロックされています'],
    quotedBy(
      'https://www.alibabacloud.com/help/ja/ecs/user-guide/for-safety-consideration-have-lock-the-user-account-the-reason-is-that-login-attempt-or-password-change-try-too-much',
      "Alibaba Cloud's Japanese help on the Remote Desktop error when connecting to a Windows instance",
    ),
  ),
  row(
    'account-locked',
    'ja',
    'ログオンの試行とパスワード変更の施行が繰り返されたため、セキュリティを保護するためユーザアカウントがロックされました',
    ['ログオンの試行', 'アカウントがロックされました'],
    quotedBy(
      'https://programming.awaisora.com/9cdddb9a-21c5-40fe-bbde-d36288bdc4ef',
      'a Japanese article on the Windows 10 Remote Desktop Connection lockout message',
    ),
  ),
  row(
    'logon-attempt-failed',
    'ru',
    'Попытка входа не удалась',
    ['Попытка входа не удалась'],
    quotedBy(
      'https://kripta.biz/posts/6269E0B2-C832-4B66-9DA9-C61C50634A73',
      'a Russian article on RDP sign-in with a Microsoft account giving the message with its English text',
    ),
    true,
  ),
];
