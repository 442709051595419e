/**
 * Logon refusals, account state and session limits in more languages (issue 60, round 15): the wordings localized.ts
 * did not yet read, in the same shape (`LocalizedWording`, spread into its LOCALIZED_SENTENCES), each naming the
 * English sentence of sentences.ts it is the translation of, so its meaning, code and causes are that sentence's.
 *
 * Three kinds of source, never a translation of ours:
 * - Microsoft's localized "System Error Codes (6000-8199)" pages (win32-pr.<locale>, machine translations): Windows'
 *   message texts of ERROR_CTX_LICENSE_NOT_AVAILABLE (7054, the session-limit dialog) and ERROR_CTX_SESSION_IN_USE
 *   (7062, the single-session message), in Portuguese (Brazil) and Russian, and 7062 in German, French, Italian and
 *   Spanish. Windows' own words may differ from a machine translation, and the answer says so; the words read are the
 *   page's, each sentence's distinctive part.
 * - Microsoft support KB 280828's Czech and Slovak pages (Microsoft's translations of the article): the single-session
 *   message, the only Remote Desktop text found quoted in those languages.
 * - Public pages quoting the dialog as Windows showed it to their writers (`publicQuote`), where no Microsoft page in
 *   that language quotes it: Japanese blogs, Tencent Cloud's Chinese troubleshooting articles (their sources in the
 *   public repository tencentyun/qcloud-documents), a GitHub project's README. `also` names other pages, written
 *   independently, that quote the same words; an empty `also` means the reading rests on that one page, and the
 *   answer says so.
 *
 * Only type imports from localized.ts (it spreads this table into its own: no load-time cycle).
 */
import type { LocalizedWording, Page } from './localized-wording.js';

/** Microsoft's localized "System Error Codes (6000-8199)" page (a machine translation). */
const systemErrors6000 = (locale: 'pt-br' | 'ru-ru' | 'de-de' | 'fr-fr' | 'it-it' | 'es-es'): Page => ({
  url: `https://docs.microsoft.com/${locale}/windows/win32/debug/system-error-codes--6000-8199-`,
  file: `win32-pr.${locale} desktop-src/Debug/system-error-codes--6000-8199-.md`,
  machineTranslated: true,
});

/**
 * Microsoft's localized "System Error Codes (1700-3999)" page (a machine translation): ERROR_ACCOUNT_LOCKED_OUT's (1909)
 * text. Spanish read in its public copy isabella232/win32-pr.es-es, as the 6000-8199 page is.
 */
const systemErrors1700 = (locale: 'de-de' | 'fr-fr' | 'es-es' | 'it-it' | 'pt-br' | 'ru-ru'): Page => ({
  url: `https://docs.microsoft.com/${locale}/windows/win32/debug/system-error-codes--1700-3999-`,
  file: `win32-pr.${locale} desktop-src/Debug/system-error-codes--1700-3999-.md`,
  machineTranslated: true,
});

/** Microsoft support KB 280828 ("How a Remote Desktop connection affects Windows XP Professional") in a language. */
const kb280828 = (locale: 'cs-cz' | 'sk-sk', name: string): Page => ({
  url: `https://support.microsoft.com/${locale}/help/280828/how-a-remote-desktop-connection-affects-windows-xp-professional`,
  file: `Microsoft support KB 280828, its ${name} page (support.microsoft.com, no public source file)`,
});

/** A public page quoting the dialog (not Microsoft's); `also`: other pages quoting the same words. */
const quotedBy = (url: string, what: string, also: readonly string[] = []): Page => ({
  url,
  file: `not a Microsoft page: ${what}`,
  publicQuote: { also },
});

/** A Tencent Cloud troubleshooting article for Windows instances (its Markdown source in tencentyun/qcloud-documents). */
const tencent = (article: string, what: string, also: readonly string[] = []): Page =>
  quotedBy(
    encodeURI(
      `https://github.com/tencentyun/qcloud-documents/blob/master/product/计算与网络/云服务器/故障处理/实例相关/${article}.md`,
    ),
    `Tencent Cloud's Chinese troubleshooting article "${article}", ${what}`,
    also,
  );
const TENCENT_DENIED = 'Windows 实例远程登录连接被拒绝';
const TENCENT_RIGHT = 'Windows 实例无远程桌面服务进行登录的权限';

const wording = (
  sentence: string,
  language: LocalizedWording['language'],
  quoted: string,
  words: LocalizedWording['words'],
  source: Page,
): LocalizedWording => ({ sentence, language, quoted, words, basis: 'wording', source });

export const LOGON_WORDINGS: readonly LocalizedWording[] = [
  // The session-limit dialog (ERROR_CTX_LICENSE_NOT_AVAILABLE, 7054): the two sentences' distinctive parts.
  wording(
    'connections-in-use',
    'pt',
    'O número de conexões a este computador é limitado e todas as conexões estão em uso no momento. Tente se conectar mais tarde ou contate o administrador do sistema.',
    ['número de conexões a este computador é limitado', 'todas as conexões estão em uso'],
    systemErrors6000('pt-br'),
  ),
  wording(
    'connections-in-use',
    'ru',
    'Число подключений к этому компьютеру ограничено, и все подключения сейчас используются. Попробуйте подключиться позже или обратитесь к системному администратору.',
    ['число подключений к этому компьютеру ограничено', 'все подключения сейчас используются'],
    systemErrors6000('ru-ru'),
  ),
  // The single-session message (ERROR_CTX_SESSION_IN_USE, 7062), the user's name left out (%s\%s on the page): both
  // of its sentences, since the first alone ("… is connected to this computer") could be said of a device.
  wording(
    'user-currently-logged-on',
    'pt',
    'O usuário %s\\%s está conectado atualmente a este computador. Somente o usuário atual ou um administrador pode fazer logon neste computador.',
    ['está conectado atualmente a este computador', 'somente o usuário atual ou um administrador'],
    systemErrors6000('pt-br'),
  ),
  wording(
    'user-currently-logged-on',
    'ru',
    'Пользователь %s\\%s в данный момент вошел в систему на этом компьютере. Только текущий пользователь или администратор может войти на этот компьютер.',
    ['в данный момент вошел в систему на этом компьютере', 'только текущий пользователь или администратор'],
    systemErrors6000('ru-ru'),
  ),

  wording(
    'user-currently-logged-on',
    'de',
    'Der Benutzer "%s\\%s" ist zurzeit an diesem Computer angemeldet. Nur der aktuelle Benutzer oder ein Administrator kann sich an diesem Computer anmelden.',
    ['ist zurzeit an diesem Computer angemeldet', 'nur der aktuelle Benutzer oder ein Administrator'],
    systemErrors6000('de-de'),
  ),
  wording(
    'user-currently-logged-on',
    'fr',
    'L’utilisateur %s\\%s est actuellement connecté à cet ordinateur. Seul l’utilisateur actuel ou un administrateur peut se connecter à cet ordinateur.',
    ['est actuellement connecté à cet ordinateur', "seul l'utilisateur actuel ou un administrateur"],
    systemErrors6000('fr-fr'),
  ),
  wording(
    'user-currently-logged-on',
    'it',
    "L'utente %s\\%s è attualmente connesso al computer. Solo l'utente corrente o un amministratore può accedere a questo computer.",
    ['è attualmente connesso al computer', "solo l'utente corrente o un amministratore"],
    systemErrors6000('it-it'),
  ),
  // Spanish: win32-pr.es-es, read in its public copy isabella232/win32-pr.es-es.
  wording(
    'user-currently-logged-on',
    'es',
    'El usuario %s\\%s ha iniciado sesión actualmente en este equipo. Solo el usuario actual o un administrador pueden iniciar sesión en este equipo.',
    ['ha iniciado sesión actualmente en este equipo', 'solo el usuario actual o un administrador'],
    systemErrors6000('es-es'),
  ),
  // The single-session message as KB 280828's Czech and Slovak pages quote it (Microsoft's translations of the
  // article; the user's name in angle brackets on the page). Its first sentence only: the page quotes it before both
  // endings (the non-administrator's "only the current user or an administrator…" and the administrator's "if you
  // continue…"), as the English sentence reads either.
  wording(
    'user-currently-logged-on',
    'cs',
    'Uživatel <doména nebo název počítače>\\<uživatelské_jméno> je aktuálně přihlášený k tomuto počítači. K tomuto počítači se může přihlásit pouze aktuální uživatel nebo správce.',
    ['je aktuálně přihlášený k tomuto počítači'],
    kb280828('cs-cz', 'Czech'),
  ),
  wording(
    'user-currently-logged-on',
    'sk',
    'Používateľ <doména alebo názov počítača> \\ <meno používateľa> je momentálne prihlásený k tomuto počítaču. Len aktuálny používateľ alebo správca sa môžu prihlásiť k tomuto počítaču.',
    ['je momentálne prihlásený k tomuto počítaču'],
    kb280828('sk-sk', 'Slovak'),
  ),

  // The account locked out (ERROR_ACCOUNT_LOCKED_OUT's message, "The referenced account is currently locked out …").
  wording(
    'account-locked',
    'ja',
    '参照されたアカウントは現在ロックアウトされているため、ログオンできない可能性があります。',
    // "…ロックアウトされています" (the sentence cut before its reason, as pages title it) is read too.
    ['参照されたアカウントは現在ロックアウトされて'],
    quotedBy('https://penginedu.com/?p=10653', 'a Japanese blog quoting the sign-in error of a locked-out account', [
      'https://lifestyle.assist-all.co.jp/account-lockout-cause-and-immediate-unlock-guide',
      'https://jp.tipsandtricks.tech/windows%E3%81%AE%E5%8F%82%E7%85%A7%E3%81%95%E3%82%8C%E3%81%9F%E3%82%A2%E3%82%AB%E3%82%A6%E3%83%B3%E3%83%88%E3%81%AF%E7%8F%BE%E5%9C%A8%E3%83%AD%E3%83%83%E3%82%AF%E3%82%A2%E3%82%A6%E3%83%88%E3%81%95%E3%82%8C%E3%81%A6%E3%81%84%E3%81%BE%E3%81%99%E3%82%A8%E3%83%A9%E3%83%BC%E3%82%92%E4%BF%AE%E6%AD%A3%E3%81%99%E3%82%8B%E6%96%B9%E6%B3%95',
    ]),
  ),
  wording(
    'account-locked',
    'zh',
    '引用的账户当前已锁定，且可能无法登录。',
    ['引用的账户当前已锁定'],
    quotedBy(
      'https://github.com/ufo-maker/Sentinel-Ccufo',
      'a GitHub project README quoting the prompt Windows showed for an account locked by failed RDP sign-ins',
    ),
  ),

  // ERROR_ACCOUNT_LOCKED_OUT's text (1909) as "System Error Codes (1700-3999)" words it in each language (machine
  // translations: Windows' own sentence may differ, the answer says so). The words are the sentence's subject and
  // state, not its garbled end ("… may not be logged on to" translated word by word). French and Spanish: Azure Data
  // Box's fr-fr and es-es "Troubleshoot share connection failure" pages quote the same words for the SMB error.
  wording(
    'account-locked',
    'de',
    'Das Konto, auf das verwiesen wird, ist derzeit gesperrt und möglicherweise nicht angemeldet.',
    ['Konto, auf das verwiesen wird, ist derzeit gesperrt'],
    systemErrors1700('de-de'),
  ),
  wording(
    'account-locked',
    'fr',
    'Le compte référencé est actuellement verrouillé et n’est peut-être pas connecté à.',
    ['compte référencé est actuellement verrouillé'],
    systemErrors1700('fr-fr'),
  ),
  wording(
    'account-locked',
    'es',
    'La cuenta a la que se hace referencia está bloqueada actualmente y es posible que no haya iniciado sesión en.',
    ['cuenta a la que se hace referencia está bloqueada actualmente'],
    systemErrors1700('es-es'),
  ),
  wording(
    'account-locked',
    'it',
    "L'account a cui si fa riferimento è attualmente bloccato e potrebbe non essere connesso a .",
    ['account a cui si fa riferimento è attualmente bloccato'],
    systemErrors1700('it-it'),
  ),
  wording(
    'account-locked',
    'pt',
    'A conta referenciada está bloqueada no momento e pode não estar conectada ao.',
    ['conta referenciada está bloqueada no momento'],
    systemErrors1700('pt-br'),
  ),
  wording(
    'account-locked',
    'ru',
    'Учетная запись, на которую дана ссылка, заблокирована и не может быть зарегистрирована в.',
    ['учетная запись, на которую дана ссылка, заблокирована'],
    systemErrors1700('ru-ru'),
  ),

  // "Another user connected to the remote computer, so your connection was lost."
  wording(
    'another-user-connected',
    'ja',
    'リモート デスクトップ サービス セッションが終了しました。別のユーザーがリモート コンピューターに接続したため、接続が失われました。接続を再試行するか、ネットワーク管理者またはテクニカル サポート グループに問い合わせてください。',
    ['別のユーザーがリモート コンピューターに接続したため', '接続が失われました'],
    quotedBy(
      'https://oss.onl/blog/2017/10/01/multi-rdp.html',
      'a Japanese blog quoting the dialog a second sign-in with the same account leaves',
      ['https://www.haruru29.net/blog/how-to-connect-two-rdp-session/'],
    ),
  ),

  // The account may not sign in through Remote Desktop.
  wording(
    'not-authorized-remote-login',
    'ja',
    'このユーザー アカウントはリモート ログインを許可されていないため、接続は拒否されました。',
    ['ユーザー アカウントはリモート ログインを許可されていない'],
    quotedBy(
      'https://so-zou.jp/software/tool/network/remote-desktop',
      'a Japanese notes page quoting the refusal an account not in the allowed users gets',
    ),
  ),
  wording(
    'not-authorized-remote-login',
    'zh',
    '连接被拒绝，因为没有授权此用户帐户进行远程登录。',
    ['没有授权此用户帐户进行远程登录'],
    tencent(TENCENT_DENIED, 'quoting the dialog'),
  ),
  wording(
    'remote-sign-in-right',
    'zh',
    '要远程登录，你需要具有通过远程桌面服务进行登录的权限。默认情况下，远程桌面用户组的成员有这项权限。如果你所属的组没有这项权限，或者远程桌面用户组中已经删除了这项权限，那么需要手动为你授予这一权限。',
    ['需要具有通过远程桌面服务进行登录的权限'],
    tencent(TENCENT_RIGHT, 'quoting the dialog (its sister article quotes it with 您 for 你)', [
      encodeURI(
        `https://github.com/tencentyun/qcloud-documents/blob/master/product/计算与网络/云服务器/故障处理/实例相关/${TENCENT_DENIED}.md`,
      ),
    ]),
  ),

  // Round 30: the same refusal as Windows 7 and Server 2008 R2 word it, with "终端服务" (Terminal Services), the
  // user right's name before Remote Desktop Services took it ("允许通过终端服务登录"), quoted by JD Cloud's Chinese
  // troubleshooting article for Windows instances.
  wording(
    'remote-sign-in-right',
    'zh',
    '要登录到这台远程计算机，您必须被授予允许通过终端服务登录的权限。',
    ['允许通过终端服务登录的权限'],
    quotedBy(
      encodeURI(
        'https://github.com/zjkwlw/cn/blob/HEAD/documentation/Elastic-Compute/Virtual-Machine/Windows-Troubleshooting/Fault-Class/Windows远程登录提示没有登录的权限.md',
      ),
      "JD Cloud's Chinese troubleshooting article (a public copy of jdcloudcom/cn) quoting the Windows 7-era dialog",
    ),
  ),

  // The client found nothing to connect to, its three reasons listed.
  wording(
    'cannot-connect-reasons',
    'zh',
    '远程桌面由于以下原因之一无法连接到远程计算机：1）未启用对服务器的远程访问 2）远程计算机已关闭 3）在网络上远程计算机不可用 确保打开远程计算机、连接到网络并且启用远程访问。',
    ['由于以下原因之一无法连接到远程计算机'],
    tencent('远程桌面无法连接到远程计算机', 'quoting the dialog'),
  ),

  // The older Mac client's identity prompt ("Remote Desktop Connection cannot verify the identity of the computer
  // that you want to connect to", mac-certificate.ts) as the Chinese Mac client shows it.
  wording(
    'mac-identity-not-verified',
    'zh',
    '远程桌面连接无法验证您希望连接的计算机的身份',
    ['无法验证您希望连接的计算机的身份'],
    tencent('Mac 远程登录 Windows 实例异常', "quoting the Mac client's prompt"),
  ),

  // "Your credentials did not work" as the dialog words it (the zh-cn Azure page's "凭据无效" is its heading's).
  wording(
    'credentials-did-not-work',
    'zh',
    '你的凭据无法工作，之前用于连接到 XXX.XXX.XXX.XXX 的凭据无法工作。请输入新凭据。',
    ['凭据无法工作'],
    tencent('Windows 实例：你的凭据不工作', 'quoting the dialog'),
  ),
  // The dialog's heading in German, as Microsoft's in-product help article on Cloud PC sign-in errors quotes it in its
  // title (OfficeDocs-AlchemyInsights, de-DE, a machine translation; read in a public copy of the repository).
  wording(
    'credentials-did-not-work',
    'de',
    '"Ihre Anmeldeinformationen haben nicht funktioniert" oder "Anmeldeversuch fehlgeschlagen" beim Zugriff auf einen Cloud-PC',
    ['Ihre Anmeldeinformationen haben nicht funktioniert'],
    {
      url: 'https://github.com/MarcelRaschke/OfficeDocs-AlchemyInsights-pr.de-DE/blob/5827129bcea45d2e0f15ab7a5bfc80892621f073/AlchemyInsights/credentials-errors-accessing-cloud-pc.md',
      file: 'OfficeDocs-AlchemyInsights-pr.de-DE AlchemyInsights/credentials-errors-accessing-cloud-pc.md (Microsoft 365 in-product help; public copy MarcelRaschke/OfficeDocs-AlchemyInsights-pr.de-DE)',
      machineTranslated: true,
    },
  ),
  // The same dialog's heading as Windows (zh-CN) shows it, "你的凭据不工作", which users quote alone: a blog, and the
  // Tencent Cloud article above as its title.
  wording(
    'credentials-did-not-work',
    'zh',
    '使用远程桌面连接时提示你的凭据不工作',
    ['你的凭据不工作'],
    quotedBy('https://xoyozo.net/Blog/Index/iPhone?page=1', "a Chinese blog quoting the dialog's heading", [
      encodeURI(
        'https://github.com/tencentyun/qcloud-documents/blob/master/product/计算与网络/云服务器/故障处理/实例相关/Windows 实例：你的凭据不工作.md',
      ),
    ]),
  ),
];
