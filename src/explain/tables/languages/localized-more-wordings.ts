/**
 * More of the dialogs users meet most, in the words their pastes hold (issue 60, round 23), in the shape of localized.ts
 * (`LocalizedWording`, spread into its LOCALIZED_SENTENCES), each naming the English sentence of sentences.ts it is the
 * translation of, so its meaning, code and causes are that sentence's.
 *
 * Three families, each a builder over one page's rows:
 * - Windows' own words where the Microsoft page in that language translates the dialog otherwise: a row is recognized
 *   by the words two pages agree on (the Russian "Число разрешенных подключений … уже используются" and the win32
 *   page's "Число подключений … сейчас используются" share "подключений к этому компьютеру ограничено"), never a
 *   whole sentence of one translation;
 * - a vendor's or cloud's page that words the dialog in its own translation: Splashtop's Japanese table of the RDP
 *   error codes it shows (its code is 0x10000 + the server's error info, MS-RDPBCGR's ERRINFO_*, each row the
 *   Japanese of that code's description), AWS re:Post's Korean page on the Local Security Authority dialog;
 * - Microsoft's pages that word a dialog otherwise than the rows read yet (the Local Security Authority dialog in
 *   simplified Chinese as learn.microsoft.com's zh-cn page opens it, "发生身份验证错误。", the authentication dialog's
 *   title that sentences.ts `holdsAuthenticationTitle` reads).
 *
 * Near misses, kept out by the words each row needs: another product's "session" or "logon" text (Splashtop's own
 * 0x00000AC0 rows name no error info), a policy's description of idle limits ("閒置工作階段限制"), the user's own
 * sign-out (0x0001000C, "ユーザーがサーバー上のセッションをログオフ": no row).
 *
 * Only type imports from localized-wording.ts (localized.ts spreads this table into its own: no load-time cycle).
 */
import { row } from './localized-learn-pages.js';
import { type LocalizedWording, type Page, wordingIn } from './localized-wording.js';

/** A public page quoting the dialog (not Microsoft's); `also`: other pages quoting the same words. */
const quotedOn = (url: string, what: string, also: readonly string[] = []): Page => ({
  url,
  file: `not a Microsoft page: ${what}`,
  publicQuote: { also },
});

/** A page of Microsoft's documentation in `locale` (its path below the locale), named by its source file. */
const learn = (locale: string, path: string, file: string): Page => ({
  url: `https://learn.microsoft.com/${locale}/${path}`,
  file,
  machineTranslated: true,
});

const SPLASHTOP_JA = quotedOn(
  'https://support-splashtopbusiness.splashtop.com/hc/ja/articles/6590519748251',
  "Splashtop Business's Japanese support article \"RDPエラーの詳細\": its table of the RDP error codes its app shows, 0x0001xxxx being 0x10000 + the server's error info (MS-RDPBCGR ERRINFO_*), each row that code's description in Japanese",
);

/** One row of Splashtop's Japanese table: the English sentence of that error info, the row's text, its words. */
const splashtopRow = (sentence: string, code: string, text: string, words: LocalizedWording['words']) =>
  wordingIn('ja')(sentence, `${code} | ${text}`, words, SPLASHTOP_JA);

export const MORE_WORDINGS: readonly LocalizedWording[] = [
  splashtopRow('idle-time-limit', '0x00010003', 'サーバー上のアイドルセッション制限タイマーが経過しました。', [
    'アイドルセッション制限タイマーが経過',
  ]),
  splashtopRow('logon-time-limit', '0x00010004', 'サーバー上のアクティブセッション制限タイマーが経過しました。', [
    'アクティブセッション制限タイマーが経過',
  ]),
  splashtopRow(
    'another-user-connected',
    '0x00010005',
    '別のユーザーがサーバーに接続したため、現在の接続を強制的に切断しました。',
    ['別のユーザーがサーバーに接続したため', '切断'],
  ),
  splashtopRow(
    'not-authorized-remote-login',
    '0x00010009',
    'ユーザーは、アクセス権限が不十分なため、サーバーに接続できません。',
    ['アクセス権限が不十分なため', 'サーバーに接続できません'],
  ),
  // The Russian dialog as Windows words it ("Удаленный компьютер требует проверки подлинности на уровне сети, которую
  // данный компьютер не поддерживает") and as the ru-ru Azure page translates it ("требуется проверка подлинности на
  // уровне сети"): the words both hold. The domain controller's dialog says the same words and is another sentence.
  {
    ...row(
      'ru',
      'nla-required',
      'Удаленный компьютер требует проверки подлинности на уровне сети, которую данный компьютер не поддерживает.',
      ['подлинности на уровне сети', 'требует'],
      quotedOn(
        'https://gamevid.ru/en/repair/udalennyi-kompyuter-trebuet-proverki-podlinnosti-na-urovne-seti-otklyuchit/',
        'a Russian how-to on the Windows XP client and Network Level Authentication, its address the dialog\'s words ("udalennyi kompyuter trebuet proverki podlinnosti na urovne seti")',
        [
          'https://docs.microsoft.com/ru-ru/azure/virtual-machines/troubleshooting/troubleshoot-authentication-error-rdp-vm',
        ],
      ),
    ),
    not: ['контроллер'],
  },
  // "The number of connections to this computer is limited and all connections are in use right now" as Windows words
  // it in Russian ("Число разрешенных подключений … все подключения уже используются") and as the win32 page does
  // ("Число подключений … все подключения сейчас используются", ERROR_CTX_LICENSE_NOT_AVAILABLE, 7054).
  row(
    'ru',
    'connections-in-use',
    'Число подключений к этому компьютеру ограничено, и все подключения сейчас используются. Попробуйте подключиться позже или обратитесь к системному администратору.',
    ['подключений к этому компьютеру ограничено', 'используются'],
    learn(
      'ru-ru',
      'windows/win32/debug/system-error-codes--6000-8199-',
      'win32-pr.ru-ru desktop-src/Debug/system-error-codes--6000-8199-.md (ERROR_CTX_LICENSE_NOT_AVAILABLE, 7054)',
    ),
  ),
  // AWS re:Post's Korean page words the Local Security Authority dialog in its own translation ("현지 보안 기관").
  row(
    'ko',
    'lsa-cannot-be-contacted',
    '인증 오류가 발생했습니다. 현지 보안 기관에 연락할 수 없습니다.',
    ['보안 기관에 연락할 수 없습니다'],
    quotedOn(
      'https://repost.aws/ko/knowledge-center/ec2-windows-rdp-authentication-errors',
      "AWS re:Post's Korean knowledge-center article on RDP authentication errors, quoting the dialog in its translation",
    ),
  ),
  // The zh-cn VM page opens the dialog with the title "发生身份验证错误。" (the zh-cn CredSSP page: "出现身份验证错误。").
  row(
    'zh',
    'lsa-cannot-be-contacted',
    '发生身份验证错误。 无法联系本地安全机构。',
    ['无法联系本地安全机构'],
    learn(
      'zh-cn',
      'troubleshoot/azure/virtual-machines/windows/cannot-connect-rdp-azure-vm',
      'MicrosoftDocs/SupportArticles-docs support/azure/virtual-machines/windows/cannot-connect-rdp-azure-vm.md (the English original of the zh-cn page)',
    ),
  ),
  row(
    'ja',
    'cannot-connect-reasons',
    'リモートデスクトップはリモートコンピューターに接続できません',
    ['リモートデスクトップはリモートコンピューターに接続できません'],
    quotedOn(
      'https://4thsight.xyz/15538',
      'a Japanese how-to on Remote Desktop connections that fail, quoting the dialog when Remote Desktop is off or the network is in the way',
    ),
  ),
  // Round 25 (pastes19 spent): dialogs the localized tables held in other languages only.
  // "The system administrator has restricted the type of logon (network or interactive) that you may use" as the
  // pl-pl page of "User can't authenticate or must authenticate twice" quotes it (de, fr, es, it, pt, ja, zh: localized.ts).
  row(
    'pl',
    'restricted-logon-type',
    'Podłączanie pulpitu zdalnego: administrator systemu ograniczył typ logowania (sieć lub interakcyjny), którego można użyć. Aby uzyskać pomoc, skontaktuj się z administratorem systemu lub pomocą techniczną.',
    ['administrator systemu ograniczył typ logowania'],
    learn(
      'pl-pl',
      'troubleshoot/windows-server/remote/cannot-authenticate-must-authenticate-twice',
      'MicrosoftDocs/SupportArticles-docs support/windows-server/remote/cannot-authenticate-must-authenticate-twice.md (the English original of the pl-pl page)',
    ),
  ),
  // "You must change your password before logging on the first time" as Microsoft's Japanese support article KB
  // 2858371 quotes the dialog (an expired or must-change password that NLA cannot change).
  row(
    'ja',
    'password-expired',
    '初めてログオンする前にパスワードを変更する必要があります。詳細については、システム管理者またはテクニカル サポートにお問い合わせください。',
    ['ログオンする前にパスワードを変更する必要があります'],
    {
      url: 'https://support.microsoft.com/ja-jp/help/2858371',
      file: 'Microsoft support ja-jp KB 2858371 (the Japanese support article, quoting the dialog)',
    },
  ),
  // "The remote computer disconnected the session because of an error in the licensing protocol" in Dutch, as
  // mRemoteNG shows the Remote Desktop control's own text of reason 2056 (ru, de: localized.ts, public quotes too).
  row(
    'nl',
    'licensing-protocol-error',
    'De externe computer heeft de sessie beëindigd vanwege een fout in het licentieprotocol.',
    ['sessie beëindigd', 'fout in het licentieprotocol'],
    quotedOn(
      'https://github.com/mRemoteNG/mRemoteNG/issues/1888',
      'an mRemoteNG issue quoting the Dutch text of disconnect reason 2056 as the Remote Desktop control gave it',
    ),
  ),
  // "Another user is signed in. If you continue, they'll be disconnected" in Portuguese (ru: localized.ts). Read by its
  // own words only (`exact`): its first sentence alone says "another user is connected" of anything (a Wi-Fi network).
  {
    ...row(
      'pt',
      'another-user-signed-in',
      'Outro usuário está conectado. Se você continuar, o usuário será desconectado. Você quer se conectar mesmo assim?',
      ['outro usuário está conectado', 'será desconectado'],
      quotedOn(
        'https://www.helpwire.app/blog/pt/allow-multiple-remote-desktop-connections-windows-10/',
        "HelpWire's Portuguese guide to several Remote Desktop sessions on Windows 10, quoting the sign-in prompt",
      ),
    ),
    exact: true,
  },
];
