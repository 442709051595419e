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
 * - Round 27 (h60o), the dialogs a paste shows alone in Chinese, Japanese, Korean and Russian where no row held their wording:
 *   "An internal error has occurred" in Chinese and Korean, "Remote Desktop can't connect to the remote computer for
 *   one of these reasons" as the ja-jp, ko-kr, ru-ru, zh-tw and Azure China's zh-cn article "Troubleshoot an RDP general error in Azure VM" words it
 *   (the Japanese with "が … 次のいずれかの理由のために", where the row before reads "は … 接続できません"), each from
 *   the public mirror of Microsoft's localized article (github.com/<owner>/azure-docs.<locale>, the page's own
 *   translation type said); and the sign-in prompt "Another user is signed in" in Chinese, as an RDP Wrapper user
 *   pasted it from Windows 11 24H2.
 *
 * - Round 28 (h60u), cells of the dialog matrix (scripts/localized-matrix.mjs) no row held: "The number of connections
 *   to this computer is limited and all connections are in use right now" in Chinese as an RDP Wrapper user pasted it;
 *   "Your credentials did not work" in the Korean of Windows 10 and later ("작동하지 않았습니다", the row before reads
 *   the older "작동하지 않습니다") and "The sign-in method you're trying to use isn't allowed", both as the ko-kr
 *   "Sign in to a Windows virtual machine in Azure by using Azure AD" quotes them (its human translation); "Network
 *   Level Authentication is required" in Korean as a cloud provider's Korean help quotes it; the Windows App's "We
 *   couldn't connect to the remote PC because the PC can't be found" (0x104) in Japanese as a Japanese article quotes it;
 *   Greek, the five dialogs of "Troubleshooting specific RDP error messages" (2016) as the el-GR copy of Azure's
 *   localization test repository words them (a machine translation: Windows' own Greek may differ, and is then not
 *   read; each by the part the page's list and its heading share).
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

/**
 * An article of Azure's "Troubleshoot virtual machines" in a language, as its public mirror holds it
 * (github.com/<owner>/azure-docs.<locale>, the file named; `MT`: the page says it is a machine translation).
 */
const azureVmMirror = (repo: string, article: string, translation: 'HT' | 'MT'): Page => {
  const locale = repo.slice(repo.lastIndexOf('.') + 1);
  return {
    url: `https://docs.microsoft.com/${locale}/azure/virtual-machines/troubleshooting/${article}`,
    file: `${repo} articles/virtual-machines/troubleshooting/${article}.md (${translation}; https://github.com/${repo})`,
    ...(translation === 'MT' ? { machineTranslated: true as const } : {}),
  };
};

/** An Azure article in a language as its public mirror holds it (github.com/<owner>/azure-docs.<locale>, `path`). */
const azureMirror = (repo: string, path: string, translation: 'HT' | 'MT'): Page => {
  const locale = repo.slice(repo.lastIndexOf('.') + 1);
  return {
    url: `https://docs.microsoft.com/${locale}/azure/${path}`,
    file: `${repo} articles/${path}.md (${translation}; https://github.com/${repo})`,
    ...(translation === 'MT' ? { machineTranslated: true as const } : {}),
  };
};

/**
 * The el-GR "Troubleshooting specific RDP error messages" of 2016 in Azure's public localization test repository: not a
 * published Microsoft page (no Greek one quotes these dialogs), a machine translation.
 */
const greekSpecific: Page = {
  url: 'https://github.com/OpenLocalizationTestOrg/azure-docs-pr15_el-GR/blob/master/articles/virtual-machines/virtual-machines-windows-troubleshoot-specific-rdp-errors.md',
  file: 'not a Microsoft page: the el-GR copy of Azure\'s "Troubleshooting specific RDP error messages" (2016) in a public localization test repository, machine-translated',
  machineTranslated: true,
  publicQuote: { also: [] },
};

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
  // Round 27 (h60o): "An internal error has occurred" (a phrase many programs show: read only about Remote Desktop or
  // alone) as the zh-cn and ko-kr "An internal error occurs when you try to connect to an Azure VM through Remote
  // Desktop" list it among the symptoms, after "RDP internal error" (the two lines quoted together).
  row(
    'internal-error',
    'zh',
    'RDP 内部错误；发生了内部错误',
    ['发生了内部错误'],
    azureVmMirror('renhuailin/azure-docs.zh-cn', 'troubleshoot-rdp-internal-error', 'MT'),
    true,
  ),
  row(
    'internal-error',
    'ko',
    'RDP 내부 오류; 내부 오류가 발생했습니다.',
    ['내부 오류가 발생했습니다'],
    azureVmMirror('zoonoo/azure-docs.ko-kr', 'troubleshoot-rdp-internal-error', 'MT'),
    true,
  ),
  // "Remote Desktop can't connect to the remote computer for one of these reasons" (0x204's dialog) in the ja-jp and
  // ko-kr (and ru-ru) "Troubleshoot an RDP general error in Azure VM": the reason's clause and the "can't connect".
  row(
    'cannot-connect-reasons',
    'ja',
    'リモート デスクトップが次のいずれかの理由のためにリモート コンピューターに接続できません。',
    ['次のいずれかの理由', 'リモート コンピューターに接続できません'],
    azureVmMirror('changeworld/azure-docs.ja-jp', 'troubleshoot-rdp-general-error', 'HT'),
  ),
  row(
    'cannot-connect-reasons',
    'ko',
    '다음 이유 중 하나로 인해 원격 데스크톱에서 원격 컴퓨터에 연결할 수 없습니다.',
    ['다음 이유 중 하나로 인해', '원격 컴퓨터에 연결할 수 없습니다'],
    azureVmMirror('zoonoo/azure-docs.ko-kr', 'troubleshoot-rdp-general-error', 'MT'),
  ),
  row(
    'cannot-connect-reasons',
    'ru',
    'Удаленному рабочему столу не удается подключиться к удаленному компьютеру по одной из следующих причин.',
    ['подключиться к удаленному компьютеру по одной из следующих причин'],
    azureVmMirror('bergano65/azure-docs.ru-ru', 'troubleshoot-rdp-general-error', 'MT'),
  ),
  // The same dialog in Chinese as Azure China's zh-cn article (human translation) and the zh-tw article word it: its
  // "one of these reasons" and its "can't connect", both required.
  row(
    'cannot-connect-reasons',
    'zh',
    '由于以下原因之一，远程桌面无法连接到远程计算机：',
    ['由于以下原因之一', '远程桌面无法连接到远程计算机'],
    {
      url: 'https://docs.azure.cn/zh-cn/virtual-machines/troubleshooting/troubleshoot-rdp-general-error',
      file: 'qixwang/mc-docs.zh-cn articles/virtual-machines/troubleshooting/troubleshoot-rdp-general-error.md (HT; https://github.com/qixwang/mc-docs.zh-cn)',
    },
  ),
  row(
    'cannot-connect-reasons',
    'zh-TW',
    '因為下列其中一個原因，遠端桌面無法連線到遠端電腦：',
    ['因為下列其中一個原因', '遠端桌面無法連線到遠端電腦'],
    azureVmMirror('changeworld/azure-docs.zh-tw', 'troubleshoot-rdp-general-error', 'MT'),
  ),
  // The sign-in prompt of a one-session Windows in Chinese, as a user pasted it (its "是否任要登录" a typing slip for
  // 仍): its first sentence and its "disconnected", both required, and read by them only (`exact`: "其他用户已登录" alone
  // is a web application's words of its own concurrent login, which most of the prompt's words would otherwise read).
  {
    ...row(
      'another-user-signed-in',
      'zh',
      '其他用户已登录。如果继续， 则会将他们断开连接。是否任要登录',
      ['其他用户已登录', '断开连接'],
      quotedBy(
        'https://github.com/stascorp/rdpwrap/issues/3886',
        "an RDP Wrapper user's report on Windows 11 24H2, quoting the prompt in Chinese",
      ),
    ),
    exact: true,
  },
  // Round 28 (h60u): the dialog matrix's empty cells, each from a page that quotes the dialog in that language.
  // Chinese: the connection limit of a one-session Windows (session-limit), its first sentence and its "all connections
  // in use", both required: a file share's "已达到最大连接数" and a connection pool's words are not it.
  row(
    'connections-in-use',
    'zh',
    '与此计算机的连接数量是有限的，现在已经使用所有连接。请尝试稍后连接或与系统管理员联系。',
    ['与此计算机的连接数量是有限的', '已经使用所有连接'],
    quotedBy(
      'https://github.com/stascorp/rdpwrap/issues/2434',
      "an RDP Wrapper user's report on Windows 10, quoting the dialog in Chinese",
    ),
  ),
  // Korean: "Your credentials did not work" as Windows 10 and later word it (past tense), and "The sign-in method
  // you're trying to use isn't allowed", as the ko-kr Azure AD sign-in article quotes the two dialogs. Read as the
  // row before reads the present tense (not a phrase: the dialog comes with its "Windows 보안" title and its host line).
  row(
    'credentials-did-not-work',
    'ko',
    '자격 증명이 작동하지 않았습니다.',
    ['자격 증명이 작동하지 않았습니다'],
    azureMirror('drex33/azure-docs.ko-kr', 'active-directory/devices/howto-vm-sign-in-azure-ad-windows', 'HT'),
  ),
  row(
    'sign-in-method-not-allowed',
    'ko',
    '사용하려는 로그인 방법은 허용되지 않습니다. 다른 로그인 방법을 시도하거나 시스템 관리자에게 문의하세요.',
    ['사용하려는 로그인 방법은 허용되지 않습니다'],
    azureMirror('drex33/azure-docs.ko-kr', 'active-directory/devices/howto-vm-sign-in-azure-ad-windows', 'HT'),
  ),
  // Korean: "Network Level Authentication is required", as a cloud provider's Korean help quotes the notice of a
  // Windows instance whose CredSSP provider is missing; the settings' check box ("네트워크 수준 인증이 필요" without the
  // sentence's ending) and another system's "network-level authentication is required separately" ("필요하며") are not
  // it. A phrase: read only about Remote Desktop or alone.
  row(
    'nla-required',
    'ko',
    '네트워크 수준 인증이 필요합니다',
    ['네트워크 수준 인증이 필요합니다'],
    quotedBy(
      'https://github.com/tencentyun/intlcloud-documents/blob/master/yehe_doc/%E8%AE%A1%E7%AE%97/%E4%BA%91%E6%9C%8D%E5%8A%A1%E5%99%A8/%E6%95%85%E9%9A%9C%E5%A4%84%E7%90%86/%E5%AE%9E%E4%BE%8B%E7%9B%B8%E5%85%B3%E6%95%85%E9%9A%9C/Windows%20%E5%AE%9E%E4%BE%8B%E7%99%BB%E5%BD%95%E7%9B%B8%E5%85%B3%E9%97%AE%E9%A2%98/Windows%20%E5%AE%9E%E4%BE%8B%EF%BC%9A%E9%9C%80%E8%A6%81%E7%BD%91%E7%BB%9C%E7%BA%A7%E5%88%AB%E8%BA%AB%E4%BB%BD%E9%AA%8C%E8%AF%81_intl_ko.md',
      "Tencent Cloud's Korean help on a Windows instance that shows the notice (the CredSSP provider missing)",
    ),
    true,
  ),
  // Japanese: the Windows App's "We couldn't connect to the remote PC because the PC can't be found" (0x104) as a
  // Japanese article on error 0x104 quotes it (the article's rendering: Windows' own may differ, one page only); "the
  // PC can't be found" and "couldn't connect to the remote PC", both required.
  row(
    'windows-app-pc-not-found',
    'ja',
    'PC が見つからないため、リモート PC に接続できませんでした。',
    ['PC が見つからない', 'リモート PC に接続できませんでした'],
    quotedBy(
      'https://www.remoteaccesspcdesktop.com/?p=62906',
      'a Japanese article on Remote Desktop error 0x104, quoting the message',
    ),
  ),
  // Greek: the five dialogs of the el-GR "Troubleshooting specific RDP error messages" (machine-translated; its list
  // and its headings word some differently: each row is read by the part both hold).
  row(
    'no-license-servers',
    'el',
    'Η απομακρυσμένη περίοδος λειτουργίας διακόπηκε επειδή υπάρχουν δεν απομακρυσμένης επιφάνειας εργασίας διαθέσιμοι διακομιστές άδειας χρήσης για την παροχή μια άδεια χρήσης.',
    ['απομακρυσμένη περίοδος λειτουργίας διακόπηκε', 'διακομιστές άδειας χρήσης'],
    greekSpecific,
  ),
  row(
    'cannot-find-computer',
    'el',
    'Σύνδεση απομακρυσμένης επιφάνειας εργασίας δεν μπορείτε να βρείτε τον υπολογιστή "όνομα".',
    ['απομακρυσμένης επιφάνειας εργασίας δεν μπορείτε να βρείτε τον υπολογιστή'],
    greekSpecific,
  ),
  row(
    'lsa-cannot-be-contacted',
    'el',
    'Παρουσιάστηκε ένα σφάλμα ελέγχου ταυτότητας. Δεν είναι δυνατή η επικοινωνία με την τοπική αρχή ασφαλείας.',
    ['δεν είναι δυνατή η επικοινωνία με την τοπική αρχή ασφαλείας'],
    greekSpecific,
  ),
  row(
    'credentials-did-not-work',
    'el',
    'Σφάλμα ασφαλείας των Windows: τα διαπιστευτήρια δεν είχαν αποτέλεσμα.',
    ['σφάλμα ασφαλείας των windows: τα διαπιστευτήρια δεν'],
    greekSpecific,
  ),
  row(
    'cannot-connect-generic',
    'el',
    'Αυτός ο υπολογιστής δεν μπορεί να συνδεθεί στον απομακρυσμένο υπολογιστή.',
    ['υπολογιστής δεν μπορεί να συνδεθεί στον απομακρυσμένο υπολογιστή'],
    greekSpecific,
  ),
];
