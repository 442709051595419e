/**
 * Windows' texts in languages of other scripts where the tables before did not read them (issue 60, round 24), in the
 * shape of localized.ts (`LocalizedWording`, spread into its LOCALIZED_SENTENCES), each naming the English sentence
 * it is the translation of, so its meaning, code and causes are that sentence's. Written through one builder over
 * rows (the sentence, the language, the text as its page quotes it, the stable words it is read by, the page).
 *
 * - Russian: "The requested session access is denied." (ERROR_CTX_WINSTATION_ACCESS_DENIED, 7045) as Microsoft's
 *   Russian Win32 error page words it (a machine translation: Windows' own text may differ, and is then not read).
 * - Persian: "The remote computer requires Network Level Authentication, which your computer does not support", as
 *   a Persian page on Windows XP's missing NLA quotes it.
 * - Japanese: the sign-in prompt of a one-session Windows, "Another user is signed in. If you continue, they'll be
 *   disconnected", by its first sentence.
 * - Chinese (simplified): the Terminal Services era's "The terminal server has exceeded the maximum number of allowed
 *   connections" as a Chinese administrator's article quotes it.
 * - Japanese: the account locked out, disabled or expired, as Japanese articles on Windows' sign-in quote them.
 *
 * A near miss each row keeps out: another program's words that share a part ("另一个用户已登录" of a web application's
 * concurrent login is not the Japanese prompt; a Windows XP file share's "the number of connections to this computer
 * has reached its maximum" is not Remote Desktop's limit) are not the row's words.
 *
 * Imports only localized-wording.ts (localized.ts spreads this table into its own: no load-time cycle).
 */
import { type LocalizedWording, type Page, wordingIn } from './localized-wording.js';

/** A public page quoting the text (not Microsoft's), with the other pages that quote the same words. */
const quotedBy = (url: string, what: string, also: readonly string[] = []): Page => ({
  url,
  file: `not a Microsoft page: ${what}`,
  publicQuote: { also },
});

/** One row (localized-wording.ts wordingIn, by the row's language); `phrase`: read only about Remote Desktop or alone. */
const row = (
  sentence: string,
  language: LocalizedWording['language'],
  ...[quoted, words, source, phrase]: [string, LocalizedWording['words'], Page, boolean?]
): LocalizedWording => {
  const quotedWording = wordingIn(language)(sentence, quoted, words, source);
  return phrase === true ? { ...quotedWording, phrase } : quotedWording;
};

export const OTHER_SCRIPT_WORDINGS: readonly LocalizedWording[] = [
  row(
    'requested-session-access-denied',
    'ru',
    'Отказано в доступе к запрошенному сеансу.',
    ['Отказано в доступе к запрошенному сеансу'],
    {
      url: 'https://learn.microsoft.com/ru-ru/windows/win32/debug/system-error-codes--7000-8999-',
      file: 'MicrosoftDocs/win32-pr.ru-ru desktop-src/Debug/system-error-codes--7000-8999-.md (ERROR_CTX_WINSTATION_ACCESS_DENIED, 7045; MT)',
      machineTranslated: true,
    },
  ),
  row(
    'nla-required',
    'fa',
    'رایانه راه دور به تأیید اعتبار در سطح شبکه نیاز دارد، که این کامپیوتر حمایت نکنید',
    ['تأیید اعتبار در سطح شبکه نیاز دارد'],
    quotedBy(
      'https://whatsappss.ru/fa/multimedia/proverka-na-urovne-seti-ne-podderzhivaetsya-proizoshla-oshibka.html',
      'a Persian article on connecting from Windows XP to a server that requires NLA, quoting the error',
    ),
  ),
  row(
    'another-user-signed-in',
    'ja',
    '別のユーザーがサインインしています。続行すると、そのユーザーは切断されます。サインインしますか?',
    ['別のユーザーがサインインしています'],
    quotedBy(
      'https://pcpal.online/thread-240127.htm',
      'a Japanese article on raising the number of Remote Desktop connections of Windows 11/10, quoting the prompt',
    ),
  ),
  row(
    'ts-max-allowed-connections',
    'zh',
    '终端服务器超出了最大容许连接数',
    ['终端服务器超出了最大容许连接数'],
    quotedBy(
      'https://cidu.net/Article/jiaocheng/fwq/200612/7278.html',
      "a Chinese administrator's article on Windows 2000 Server's terminal services connection limit, quoting the warning",
    ),
  ),
  // Japanese: the account's state as Windows words it (its sign-in screen and Remote Desktop's dialog alike). The
  // lockout worded the other way ("参照されている…ロックアウトされており"; localized-logon.ts reads "参照された…"), by
  // the part both hold. "Your account has been disabled" and "the user account has expired" are words other
  // services say of their own accounts too (Zoom's "アカウントが無効になりました"): phrases, read only about Remote
  // Desktop or alone.
  row(
    'account-locked',
    'ja',
    '参照されているアカウントは現在ロックアウトされており、ログオンできない可能性があります',
    ['アカウントは現在ロックアウトされて'],
    quotedBy(
      'https://ja.solutionscanines-blog.com/715-fix-the-referenced-account-is-currently-locked-out',
      'a Japanese article on the Windows lockout error, quoting it',
    ),
  ),
  row(
    'account-disabled',
    'ja',
    'あなたのアカウントは無効になっています',
    ['アカウントは無効になっています'],
    quotedBy(
      'https://ja.athowto.com/how-enable-disable-user-accounts-windows-10',
      'a Japanese article on disabling a Windows 10 user account, quoting the message a disabled account gets',
    ),
    true,
  ),
  row(
    'account-expired',
    'ja',
    'ユーザーアカウントの有効期限が切れています',
    ['アカウントの有効期限が切れ'],
    quotedBy(
      'https://howto.clickthis.blog/windows-11%e3%81%a7%e6%9c%9f%e9%99%90%e5%88%87%e3%82%8c%e3%81%ae%e3%83%a6%e3%83%bc%e3%82%b6%e3%83%bc%e3%82%a2%e3%82%ab%e3%82%a6%e3%83%b3%e3%83%88%e3%82%92%e5%86%8d%e3%82%a2%e3%82%af%e3%83%86%e3%82%a3',
      'a Japanese article on the Windows 11/10 "user account has expired" error, quoting it',
    ),
    true,
  ),
];
