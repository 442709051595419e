/**
 * Users' own words for an account's state and a lockout in languages written in other scripts (issue 60, round 24):
 * Ukrainian, Bulgarian, Greek, Hebrew, Arabic, Persian, Hindi, Tamil and Thai, and more Russian, Japanese and Korean.
 * Each word is the catalog's text of the same failure in that language: Remmina's translation of FreeRDP's
 * ERRCONNECT_ACCOUNT_DISABLED, _ACCOUNT_EXPIRED, _PASSWORD_EXPIRED and _ACCOUNT_LOCKED_OUT messages (FreeRDP/Remmina
 * po/<language>.po, read by client-catalogs.ts), the words a translator chose for "the account is disabled", "the
 * password expired" or "the account is locked", which a user of that language writes in a sentence of their own.
 * Words are whole phrases with their subject ("the account" and its state), so a negation put between them ("the
 * account is not locked") leaves them unread, and each row names a near miss: the same words about another thing (a
 * mail or game account), which the reader leaves unread because nothing in it names Remote Desktop.
 *
 * Added to the concepts of described-access.ts and described-symptoms.ts by described-languages.ts, so their causes
 * and their reading (only in a paste about Remote Desktop) are those concepts'. `SCRIPT_CONTEXT_WORDS`: Remote
 * Desktop's name in these languages, as the pages named beside each show it, so that a description in them that does
 * not write "RDP" is still about Remote Desktop.
 */
import type { LanguageWords } from './described-languages.js';
import { type DescriptionLanguage, type LanguageSaid, said } from './symptom-concept.js';

/** Remmina's catalog of a language (FreeRDP/Remmina po/<file>.po), its RDP plugin's connection errors. */
const remmina = (file: string, quoted: string) =>
  `Remmina's catalog FreeRDP/Remmina po/${file}.po (the RDP plugin's connection errors, client-catalogs-data.ts): ${quoted}`;

/** A row as written below: the concept's id, the language, its words (`|` between two), the near miss, the source. */
type Row = readonly [concept: string, language: DescriptionLanguage, said: string, nearMiss: string, source: string];
const row = (...r: Row): Row => r;

/**
 * The catalogs' "The server … refused the connection" (Remmina's server-refused), one text a language, with a near
 * miss (another server refusing).
 */
const REFUSED: readonly (readonly [DescriptionLanguage, string, string])[] = [
  ['uk', "відхилив з'єднання", 'Поштовий сервер відхилив з’єднання (a mail server)'],
  ['bg', 'отказа връзката', 'Пощенският сървър отказа връзката (a mail server)'],
  ['el', 'αρνήθηκε τη σύνδεση', 'Ο διακομιστής αλληλογραφίας αρνήθηκε τη σύνδεση (a mail server)'],
  ['he', 'דחה את החיבור', 'שרת הדואר דחה את החיבור (a mail server)'],
  ['fa', 'اتصال را رد کرد', 'سرور SSH اتصال را رد کرد (an SSH server)'],
  ['hi', 'कनेक्शन अस्वीकार कर दिया', 'मेल सर्वर ने कनेक्शन अस्वीकार कर दिया (a mail server)'],
  ['ta', 'இணைப்பை மறுத்துவிட்டது', 'அஞ்சல் சேவையகம் இணைப்பை மறுத்துவிட்டது (a mail server)'],
  ['th', 'ปฏิเสธการเชื่อมต่อ', 'เซิร์ฟเวอร์อีเมลปฏิเสธการเชื่อมต่อ (a mail server)'],
  ['ru', 'отклонил соединение', 'Почтовый сервер отклонил соединение (a mail server)'],
];

const ROWS: readonly Row[] = [
  // "Connection refused", the English concept's words (described-symptoms.ts firewall-port), as each catalog words
  // Remmina's "The server … refused the connection".
  ...REFUSED.map(
    ([language, said, nearMiss]): Row => [
      'firewall-port',
      language,
      said,
      nearMiss,
      remmina(language, `"… refused the connection" (${said})`),
    ],
  ),
  row(
    'account-state',
    'uk',
    'обліковий запис вимкнено|обліковий запис вимкнуто|вичерпано термін дії облікового запису|вичерпано термін дії пароля',
    'Поштова скринька: обліковий запис вимкнено (a mailbox, no Remote Desktop word)',
    remmina(
      'uk',
      '"Обліковий запис вимкнено", "Вичерпано термін дії облікового запису", "Вичерпано термін дії пароля"',
    ),
  ),
  row(
    'account-locked',
    'uk',
    'обліковий запис заблоковано',
    'Гра: обліковий запис заблоковано (a game account)',
    remmina('uk', '"Обліковий запис заблоковано" (account locked out)'),
  ),
  row(
    'account-state',
    'bg',
    'профилът е деактивиран|сметката е изтекла|паролата е с изтекъл срок',
    'Пощата: паролата е с изтекъл срок (a mail account)',
    remmina('bg', '"Профилът е деактивиран", "Сметката е изтекла", "Паролата е с изтекъл срок"'),
  ),
  row(
    'account-locked',
    'bg',
    'сметката е заключена',
    'Банката: сметката е заключена (a bank account)',
    remmina('bg', '"Сметката е заключена" (account locked out)'),
  ),
  row(
    'account-state',
    'el',
    'ο λογαριασμός απενεργοποιήθηκε|ο λογαριασμός έληξε|ο κωδικός πρόσβασης έληξε',
    'Ο κωδικός πρόσβασης έληξε στην τράπεζα (a bank site)',
    remmina('el', '"Ο λογαριασμός απενεργοποιήθηκε", "Ο λογαριασμός έληξε", "Ο κωδικός πρόσβασης έληξε"'),
  ),
  row(
    'account-locked',
    'el',
    'ο λογαριασμός είναι κλειδωμένος',
    'Στο email ο λογαριασμός είναι κλειδωμένος (a mail account)',
    remmina('el', '"Ο λογαριασμός είναι κλειδωμένος" (account locked out)'),
  ),
  row(
    'account-state',
    'he',
    'החשבון מושבת|תוקף החשבון פג|תוקף הסיסמה פג|תוקף הססמה פג',
    'בבנק: תוקף הסיסמה פג (a bank site)',
    remmina('he', '"החשבון מושבת", "תוקף החשבון פג", "תוקף הסיסמה פג" / "תוקף הססמה פג"'),
  ),
  row(
    'account-locked',
    'he',
    'החשבון נעול',
    'החשבון נעול באפליקציה (an app account)',
    remmina('he', '"החשבון נעול" (account locked out)'),
  ),
  // Arabic: the catalog gives one text for the account's errors, "the account's validity has ended" (expired).
  row(
    'account-state',
    'ar',
    'انتهت مدة صلاحية الحساب',
    'البريد: انتهت مدة صلاحية الحساب (a mail account)',
    remmina('ar', '"انتهت مدة صلاحية الحساب" (the account expired)'),
  ),
  row(
    'account-state',
    'fa',
    'حساب غیر فعال شده|حساب منقضی شده',
    'ایمیل: حساب منقضی شده است (a mail account)',
    remmina('fa', '"حساب غیر فعال شده است", "حساب منقضی شده است"'),
  ),
  row(
    'account-locked',
    'fa',
    'حساب قفل شده',
    'حساب بانکی قفل شده (a bank account)',
    remmina('fa', '"حساب قفل شده است" (account locked out)'),
  ),
  row(
    'account-state',
    'hi',
    'खाता अक्षम किया गया|खाता समाप्त हो गया|पासवर्ड समाप्त हो गया',
    'ईमेल का पासवर्ड समाप्त हो गया (a mail account)',
    remmina('hi', '"खाता अक्षम किया गया", "खाता समाप्त हो गया", "पासवर्ड समाप्त हो गया"'),
  ),
  row(
    'account-locked',
    'hi',
    'खाता लॉक हो गया',
    'ईमेल खाता लॉक हो गया (a mail account)',
    remmina('hi', '"खाता लॉक हो गया" (account locked out)'),
  ),
  row(
    'account-state',
    'ta',
    'கணக்கு முடக்கப்பட்டது|கணக்கு காலாவதியானது|கடவுச்சொல் காலாவதியானது',
    'மின்னஞ்சல் கடவுச்சொல் காலாவதியானது (a mail account)',
    remmina('ta', '"கணக்கு முடக்கப்பட்டது", "கணக்கு காலாவதியானது", "கடவுச்சொல் காலாவதியானது"'),
  ),
  row(
    'account-locked',
    'ta',
    'கணக்கு பூட்டப்பட்டுள்ளது',
    'வங்கி கணக்கு பூட்டப்பட்டுள்ளது (a bank account)',
    remmina('ta', '"கணக்கு பூட்டப்பட்டுள்ளது" (account locked out)'),
  ),
  // Thai has no spaces between words: read anywhere, as Chinese and Japanese are (described-reading.ts).
  row(
    'account-state',
    'th',
    'บัญชีถูกปิดการใช้งาน|บัญชีหมดอายุ|รหัสผ่านหมดอายุ',
    'รหัสผ่านอีเมลหมดอายุ (a mail password)',
    remmina('th', '"บัญชีถูกปิดการใช้งาน", "บัญชีหมดอายุ", "รหัสผ่านหมดอายุ"'),
  ),
  row(
    'account-locked',
    'th',
    'บัญชีถูกล็อค',
    'บัญชีเกมถูกล็อค (a game account: "เกม" between the words)',
    remmina('th', '"บัญชีถูกล็อค" (account locked out)'),
  ),
  row(
    'account-state',
    'ru',
    'истёк срок учётной записи|истек срок учетной записи|истёк пароль|истек пароль',
    'Почта: истёк пароль (a mail account)',
    remmina('ru', '"Истёк срок учётной записи", "Истёк пароль"'),
  ),
  row(
    'account-state',
    'ja',
    'アカウントが無効|アカウントが期限切れ|パスワードが期限切れ',
    'メールのパスワードが期限切れです (a mail account)',
    remmina('ja', '"アカウントが無効です", "アカウントが期限切れです", "パスワードが期限切れです"'),
  ),
  row(
    'account-state',
    'ko',
    '계정이 비활성화|계정이 만료|비밀번호가 만료',
    '메일 비밀번호가 만료되었습니다 (a mail account)',
    remmina('ko', '"계정이 비활성화 되었습니다", "계정이 만료되었습니다", "비밀번호가 만료되었습니다"'),
  ),
];

export const SCRIPT_LANGUAGE_WORDS: readonly LanguageWords[] = ROWS.map(
  ([concept, language, words, nearMiss, source]) => ({
    concept,
    language,
    words,
    source,
    nearMiss,
  }),
);

/**
 * Remote Desktop's name in languages whose users write it in their own script, each as a public page shows it:
 * Ukrainian "віддалений робочий стіл" (pzik.ru/uk, "Як настроїти віддалений робочий стіл Windows",
 * https://pzik.ru/uk/kak-nastroit-udalennyi-rabochii-stol-windows-podklyuchenie-k/), Persian "دسکتاپ راه دور"
 * (whatsappss.ru/fa on NLA for RDP, https://whatsappss.ru/fa/multimedia/proverka-na-urovne-seti-ne-podderzhivaetsya-proizoshla-oshibka.html),
 * Tamil "ரிமோட் டெஸ்க்டாப்" (whatsappss.ru/ta on the RDP client,
 * https://whatsappss.ru/ta/office-programs/rdp-klient-dlya-windows-ustanovka-i-nastroika-nastraivaem-rdp-remote-desktop-protocol.html),
 * Thai "เดสก์ท็อประยะไกล" (the Thai wiki's "Remote Desktop Services", https://hmong.in.th/wiki/Terminal_Services),
 * Hebrew "שולחן עבודה מרוחק" (Hebrew Wikipedia, https://he.wikipedia.org/wiki/שולחן_עבודה_מרוחק) and Arabic
 * "سطح المكتب البعيد" (Windows' Arabic policy texts, "خدمات سطح المكتب البعيد":
 * https://admx.help/?Category=Windows_7_2008R2&Language=ar-sa&Policy=Microsoft.Policies.TerminalServer%3A%3ATS_RemoteControl_1).
 * Round 26, the three languages whose account and lockout rows above could not be read in a user's sentence for want
 * of the name: Greek "απομακρυσμένη/απομακρυσμένης επιφάνεια(ς) εργασίας" (Remmina's po/el.po, "RDP - Πρωτόκολλο
 * απομακρυσμένης επιφάνειας εργασίας"), Bulgarian "отдалечен работен плот" (the Bulgarian wiki's "Услуги за отдалечен
 * работен плот", https://ewikibg.top/wiki/Remote_Desktop_Services) and Hindi "रिमोट डेस्कटॉप" (Remmina's po/hi.po,
 * "RDP - रिमोट डेस्कटॉप प्रोटोकॉल", "रिमोट डेस्कटॉप गेटवे सर्वर").
 */
/**
 * "Remote logon", "remote connection" in Chinese, Japanese and Korean (round 30): the words cloud providers' Windows
 * pages and their users use for a Remote Desktop connection to a Windows instance ("远程登录 Windows 实例",
 * "无法远程连接", "원격 로그인", "リモート接続"), read as the paste being about Remote Desktop unless it names Linux, SSH
 * or VNC (`REMOTE_LOGON_OTHER`: the same words for an SSH or VNC logon). Tencent Cloud's Windows instance pages
 * (https://github.com/tencentyun/qcloud-documents/blob/master/product/计算与网络/云服务器/故障处理/实例相关/Windows 实例远程登录连接被拒绝.md:
 * "Windows 实例远程登录连接被拒绝"; …/云服务器无法登录/外网被隔离导致无法远程连接.md: "导致无法远程连接"), their Korean
 * copies (https://github.com/tencentyun/intlcloud-documents/blob/master/yehe_doc/计算/云服务器/故障处理/实例相关故障/Windows 实例登录相关问题/Windows 实例：重置密码失败或无效_intl_ko.md:
 * "원격 로그인"), Microsoft's Japanese "リモート接続" (the System Properties' "このコンピューターへのリモート接続を許可する").
 */
export const REMOTE_LOGON_CJK =
  /远程连接|远程登录|远程登陆|遠端連線|遠端登入|遠程連線|远程连不上|リモート接続|リモートログイン|원격 ?접속|원격 ?로그인|원격 ?연결/;
/** The same words for another remote logon: Linux, SSH, VNC and their clients. */
export const REMOTE_LOGON_OTHER = /linux|ssh|vnc|putty|xshell|finalshell|ubuntu|centos/i;

export const SCRIPT_CONTEXT_WORDS =
  /віддален\S* робоч\S* ст[іо]л|دسکتاپ راه دور|ரிமோட் டெஸ்க்டாப்|เดสก์ท็อประยะไกล|שולחן עבודה מרוחק|سطح المكتب البعيد|απομακρυσμέν[ηςο]{1,2} επιφάνει[αςν]{1,2} εργασίας|отдалечен\S{0,3} работен плот|रिमोट डेस्कटॉप/;

/**
 * What a clause says failed, in these languages (round 26, one row a language since round 27): the clause names the
 * account or its password and says it expired, was disabled or was locked; the server's certificate and says it
 * expired; Remote Desktop and says it is off, in any order and any inflection the fixed phrases above do not write
 * ("パスワードの有効期限が切れています", "срок действия пароля истек", "계정이 잠겨서", "帳戶已停用"). Read by
 * described-reading.ts as every language's `said` is (described-languages.ts `LANGUAGES_SAID`): after the concepts' own
 * words, only in a paste about Remote Desktop, never where a negation or a success cancels the failure, the note naming
 * the language and its page.
 *
 * The words: each language's words for "account", "password" and "certificate" and for expired, disabled and locked, as
 * Remmina's catalog of the language writes them (po/<language>.po, the RDP plugin's account errors quoted in the rows
 * above, and its "The certificate changed!": "Сертификат изменён!", "Сертифікат змінено!", "Το πιστοποιητικό άλλαξε!",
 * "تغيّرت الشهادة!", "گواهی نامه تغییر کرده است!", "प्रमाणपत्र बदल गया!", "証明書が変更されました。", "证书已更改！",
 * "인증서가 변경되었습니다!", "ใบรับรองมีการเปลี่ยนแปลง!") and Microsoft's pages where they give them (zh-tw "此帳戶目前已停用",
 * ERROR_ACCOUNT_DISABLED's text; ru-ru "Срок действия пароля истек"). How each script's words are found
 * (symptom-concept.ts wordsPattern): whole words where words are spaced; anywhere in Chinese, Japanese and Thai; from a
 * word's start in Korean; `*` before a Hebrew or Arabic word for the article and prepositions written onto it.
 *
 * `unless`: a state to come ("即将过期", "истекает"), a policy or a threshold that sets a rule and tells no account's
 * state ("管理员已禁用账户的密码过期策略", the lockout threshold), another kind of certificate (a VPN's), and the
 * negations of the scripts that write them as a word of their own (Hebrew, Arabic, Persian, Hindi, Greek: "החשבון לא
 * נעול"); the reader's own negations cover Chinese, Japanese, Korean, Thai and the Cyrillic "не".
 */
const STATE_SOURCE = (language: string, quoted: string, more = '') =>
  `${remmina(language, quoted)}${more ? `; ${more}` : ''}`;
const ZH_TW_DISABLED =
  'Microsoft\'s zh-tw "System Error Codes (1300-1699)": ERROR_ACCOUNT_DISABLED "此帳戶目前已停用" (https://docs.microsoft.com/zh-tw/windows/win32/debug/system-error-codes--1300-1699-)';
const RU_PASSWORD_EXPIRED =
  'Learn\'s ru-ru "Interactive logon: Prompt user to change password before expiration", quoted under the title "Срок действия пароля истек" (https://zapchasti-v-samara.ru/srok-dejstviya-parolya-istek.html)';
const JA_SIGN_IN =
  'a Japanese guide to Windows 11\'s sign-in message "パスワードの有効期限が切れています" (clickthis.blog/ja)';

/** The words of each language: subject (account, password), expired or disabled, locked, and its `unless`. */
type StateWords = readonly [
  language: DescriptionLanguage,
  account: string,
  password: string,
  stateFailed: string,
  lockedFailed: string,
  unless: string,
];
const STATE_WORDS: readonly StateWords[] = [
  [
    'zh',
    '账户|帐户|账号|帐号',
    '密码',
    '已过期|过期了|已禁用|被禁用|已停用|被停用',
    '被锁|已锁定',
    '即将|将要|策略|阈值',
  ],
  ['zh-TW', '帳戶|帳號', '密碼', '已過期|過期了|已停用|已禁用|被停用|被禁用', '被鎖|已鎖定', '即將|將要|原則|閾值'],
  [
    'ja',
    'アカウント',
    'パスワード',
    '期限切れ|有効期限が切れ|無効になって|無効です',
    'ロックアウト|ロックされ',
    'まもなく|間もなく|ポリシー|しきい値',
  ],
  ['ko', '계정', '비밀번호|암호', '만료되|비활성화', '잠겼|잠겨|잠금 상태', '곧 만료|정책|임계값'],
  [
    'ru',
    'учетная запись|учетной записи|учётная запись|учётной записи',
    'пароль|пароля',
    'истек|истекла|истекло|истёк|отключена|отключен',
    'заблокирован*',
    'скоро|политик*|порог*',
  ],
  [
    'uk',
    'обліковий запис|облікового запису',
    'пароль|пароля',
    'вичерпано|закінчився|вимкнено|вимкнуто',
    'заблоковано',
    'незабаром|політик*|поріг|порог*',
  ],
  ['bg', 'профил*|сметка*', 'парола*', 'изтекъл|изтекла|деактивиран*', 'заключен*', 'скоро|политик*'],
  ['el', 'λογαριασμ*', 'κωδικός πρόσβασης', 'έληξε|απενεργοποιήθηκε', 'κλειδωμέν*', 'σύντομα|πολιτικ*|δεν'],
  [
    'he',
    '*חשבון',
    '*סיסמה|*ססמה',
    'מושבת|פג תוקף|תוקף הסיסמה פג|תוקף הססמה פג|תוקף החשבון פג',
    'נעול',
    'בקרוב|*מדיניות|לא|אינו|אינה',
  ],
  ['ar', '*حساب', '*كلمة المرور', '*انتهت مدة صلاحية|*انتهت صلاحية', 'مقفل', '*سياسة|لم|ليس|لا'],
  ['fa', 'حساب', 'رمز عبور', 'منقضی شده|غیر فعال شده', 'قفل شده', 'سیاست|نه'],
  ['hi', 'खाता', 'पासवर्ड', 'समाप्त हो गया|अक्षम किया गया', 'लॉक हो गया', 'नीति|नहीं'],
  ['th', 'บัญชี', 'รหัสผ่าน', 'หมดอายุ|ปิดการใช้งาน', 'ถูกล็อค|ถูกล็อก', 'นโยบาย'],
];

/** Each language's page for its words: the catalog's texts, and a Microsoft page where one gives the same words. */
const STATE_PAGES: Readonly<Partial<Record<DescriptionLanguage, string>>> = {
  zh: STATE_SOURCE('zh_CN', '"账户已禁用", "账户已过期", "密码已过期", "账户已锁定"'),
  'zh-TW': ZH_TW_DISABLED,
  ja: STATE_SOURCE(
    'ja',
    '"アカウントが無効です", "パスワードが期限切れです", "アカウントがロックアウトされています"',
    JA_SIGN_IN,
  ),
  ko: STATE_SOURCE('ko', '"계정이 비활성화 되었습니다", "비밀번호가 만료되었습니다", "계정이 잠겼습니다"'),
  ru: STATE_SOURCE(
    'ru',
    '"Истёк срок учётной записи", "Истёк пароль", "Учётная запись заблокирована"',
    RU_PASSWORD_EXPIRED,
  ),
  uk: STATE_SOURCE('uk', '"Обліковий запис вимкнено", "Вичерпано термін дії пароля", "Обліковий запис заблоковано"'),
  bg: STATE_SOURCE(
    'bg',
    '"Профилът е деактивиран", "Сметката е изтекла", "Паролата е с изтекъл срок", "Сметката е заключена"',
  ),
  el: STATE_SOURCE(
    'el',
    '"Ο λογαριασμός απενεργοποιήθηκε", "Ο κωδικός πρόσβασης έληξε", "Ο λογαριασμός είναι κλειδωμένος"',
  ),
  he: STATE_SOURCE('he', '"החשבון מושבת", "תוקף הסיסמה פג", "החשבון נעול"'),
  ar: STATE_SOURCE('ar', '"انتهت مدة صلاحية الحساب"'),
  fa: STATE_SOURCE('fa', '"حساب غیر فعال شده است", "حساب منقضی شده است", "حساب قفل شده است"'),
  hi: STATE_SOURCE('hi', '"खाता अक्षम किया गया", "पासवर्ड समाप्त हो गया", "खाता लॉक हो गया"'),
  th: STATE_SOURCE('th', '"บัญชีถูกปิดการใช้งาน", "รหัสผ่านหมดอายุ", "บัญชีถูกล็อค"'),
};

/** Per language: [account-state example, its near miss, account-locked example, its near miss]. */
const STATE_EXAMPLES: Readonly<Record<string, readonly [string, string, string, string]>> = {
  zh: [
    '远程桌面连接失败，提示账号已被禁用',
    '远程桌面: 密码即将过期',
    '远程桌面登录时账户被锁了',
    '远程桌面: 帐户没有被锁定',
  ],
  'zh-TW': ['遠端桌面: 帳戶已停用', '遠端桌面: 密碼即將過期', '遠端桌面: 帳戶被鎖了', '遠端桌面: 帳戶沒有被鎖'],
  ja: [
    'リモート デスクトップ: パスワードの有効期限が切れています',
    'リモート デスクトップ: パスワードの有効期限がまもなく切れます',
    'リモート デスクトップ: アカウントがロックされて接続できません',
    'リモート デスクトップ: アカウントはロックされていません',
  ],
  ko: [
    '원격 데스크톱: 계정 암호가 만료되어 로그인할 수 없습니다',
    '원격 데스크톱: 암호가 곧 만료되어 변경해야 합니다',
    '원격 데스크톱: 계정이 잠겨서 접속이 안 됩니다',
    '원격 데스크톱: 계정이 잠겨 있지 않습니다',
  ],
  ru: [
    'Удаленный рабочий стол: срок действия пароля истек',
    'Удаленный рабочий стол: срок действия пароля истекает через 5 дней',
    'Удаленный рабочий стол: учетная запись заблокирована администратором',
    'Удаленный рабочий стол: учетная запись не заблокирована',
  ],
  uk: [
    'Віддалений робочий стіл: термін дії пароля закінчився',
    'Віддалений робочий стіл: термін дії пароля закінчиться незабаром',
    'Віддалений робочий стіл: мій обліковий запис заблоковано адміністратором',
    'Віддалений робочий стіл: обліковий запис не заблоковано',
  ],
  bg: [
    'Отдалечен работен плот: паролата ми е изтекла',
    'Отдалечен работен плот: паролата не е изтекла',
    'Отдалечен работен плот: профилът ми е заключен',
    'Отдалечен работен плот: профилът не е заключен',
  ],
  el: [
    'Απομακρυσμένη επιφάνεια εργασίας: ο κωδικός πρόσβασης μου έληξε',
    'Απομακρυσμένη επιφάνεια εργασίας: ο κωδικός πρόσβασης δεν έληξε',
    'Απομακρυσμένη επιφάνεια εργασίας: ο λογαριασμός μου είναι κλειδωμένος',
    'Απομακρυσμένη επιφάνεια εργασίας: ο λογαριασμός δεν είναι κλειδωμένος',
  ],
  he: [
    'שולחן עבודה מרוחק: החשבון שלי מושבת',
    'שולחן עבודה מרוחק: החשבון לא מושבת',
    'שולחן עבודה מרוחק: החשבון שלי נעול',
    'שולחן עבודה מרוחק: החשבון לא נעול',
  ],
  ar: [
    'سطح المكتب البعيد: انتهت صلاحية كلمة المرور',
    'سطح المكتب البعيد: لم تنته صلاحية كلمة المرور',
    'سطح المكتب البعيد: الحساب مقفل',
    'سطح المكتب البعيد: الحساب ليس مقفل',
  ],
  fa: [
    'دسکتاپ راه دور: حساب کاربری من غیر فعال شده است',
    'دسکتاپ راه دور: حساب کاربری من غیر فعال نه',
    'دسکتاپ راه دور: حساب من قفل شده است',
    'دسکتاپ راه دور: حساب نه قفل شده',
  ],
  hi: [
    'रिमोट डेस्कटॉप: मेरा पासवर्ड समाप्त हो गया है',
    'रिमोट डेस्कटॉप: पासवर्ड समाप्त नहीं हुआ',
    'रिमोट डेस्कटॉप: मेरा खाता लॉक हो गया है',
    'रिमोट डेस्कटॉप: खाता लॉक नहीं हुआ',
  ],
  th: [
    'เดสก์ท็อประยะไกล: รหัสผ่านของฉันหมดอายุแล้ว',
    'เดสก์ท็อประยะไกล: รหัสผ่านไม่หมดอายุ',
    'เดสก์ท็อประยะไกล: บัญชีของฉันถูกล็อคแล้ว',
    'เดสก์ท็อประยะไกล: บัญชีไม่ถูกล็อค',
  ],
};

/** Per language: the certificate's word, its expired words, an example and its near miss. */
const CERTIFICATE_WORDS: readonly (readonly [DescriptionLanguage, string, string, string, string])[] = [
  [
    'ru',
    'сертификат*',
    'истек|истекла|истекло|истёк',
    'Удаленный рабочий стол: срок действия сертификата истек',
    'Удаленный рабочий стол: срок действия сертификата истекает через неделю',
  ],
  [
    'uk',
    'сертифікат*',
    'закінчився|закінчилася|вичерпано',
    'Віддалений робочий стіл: термін дії сертифіката закінчився',
    'Віддалений робочий стіл: термін дії сертифіката не закінчився',
  ],
  [
    'bg',
    'сертификат*',
    'изтекъл|изтекла',
    'Отдалечен работен плот: сертификатът е изтекъл',
    'Отдалечен работен плот: сертификатът не е изтекъл',
  ],
  [
    'el',
    'πιστοποιητικ*',
    'έληξε',
    'Απομακρυσμένη επιφάνεια εργασίας: το πιστοποιητικό του διακομιστή έληξε',
    'Απομακρυσμένη επιφάνεια εργασίας: το πιστοποιητικό δεν έληξε',
  ],
  [
    'ar',
    '*شهادة',
    '*انتهت صلاحية',
    'سطح المكتب البعيد: انتهت صلاحية الشهادة',
    'سطح المكتب البعيد: لم تنته صلاحية الشهادة',
  ],
  ['fa', 'گواهی', 'منقضی شده', 'دسکتاپ راه دور: گواهی سرور منقضی شده است', 'دسکتاپ راه دور: گواهی نه منقضی شده'],
  [
    'hi',
    'प्रमाणपत्र',
    'समाप्त हो गया',
    'रिमोट डेस्कटॉप: सर्वर का प्रमाणपत्र समाप्त हो गया',
    'रिमोट डेस्कटॉप: प्रमाणपत्र समाप्त नहीं हुआ',
  ],
  [
    'ja',
    '証明書',
    '期限切れ|有効期限が切れ',
    'リモート デスクトップ接続: サーバーの証明書は期限切れです',
    'リモート デスクトップ接続: 証明書の有効期限はまもなく切れます',
  ],
  ['zh', '证书', '已过期|过期了', '远程桌面: 服务器证书已过期', '远程桌面: 证书即将过期'],
  ['zh-TW', '憑證', '已過期|過期了', '遠端桌面: 憑證已過期', '遠端桌面: 憑證即將過期'],
  [
    'ko',
    '인증서',
    '만료되',
    '원격 데스크톱: 서버 인증서가 만료되었습니다',
    '원격 데스크톱: 인증서가 곧 만료되어 갱신 예정',
  ],
  ['th', 'ใบรับรอง', 'หมดอายุ', 'เดสก์ท็อประยะไกล: ใบรับรองของเซิร์ฟเวอร์หมดอายุ', 'เดสก์ท็อประยะไกล: ใบรับรองไม่หมดอายุ'],
];

/** The certificate's words in a language's catalog ("The certificate changed!"). */
const certificatePage = (language: DescriptionLanguage, word: string) =>
  `${remmina(language === 'zh' ? 'zh_CN' : language === 'zh-TW' ? 'zh_TW' : language, `"The certificate changed!" in the language (${word.replace(/\*/g, '')}…), and its expired words as the account rows above write them`)}`;

/** Tencent Cloud's article on the dialog "远程桌面由于以下原因之一无法连接到远程计算机" and its causes. */
const TENCENT_REMOTE_ACCESS =
  'Tencent Cloud\'s article on the dialog "远程桌面由于以下原因之一无法连接到远程计算机：1）未启用对服务器的远程访问 2）远程计算机已关闭 …" and its listed cause "远程桌面服务未启动" (https://github.com/tencentyun/qcloud-documents/blob/master/product/计算与网络/云服务器/故障处理/实例相关/远程桌面无法连接到远程计算机.md), with 禁用 (disabled) as Remmina\'s zh_CN catalog writes it';

export const SCRIPT_LANGUAGE_SAID: readonly LanguageSaid[] = [
  ...STATE_WORDS.flatMap(([language, account, password, stateFailed, lockedFailed, unless]): LanguageSaid[] => {
    const [state, stateMiss, locked, lockedMiss] = STATE_EXAMPLES[language] ?? ['', '', '', ''];
    const source = STATE_PAGES[language] ?? '';
    return [
      said(
        'account-state',
        language,
        { subject: `${account}|${password}`, failed: stateFailed, unless },
        source,
        state,
        stateMiss,
      ),
      said('account-locked', language, { subject: account, failed: lockedFailed, unless }, source, locked, lockedMiss),
    ];
  }),
  ...CERTIFICATE_WORDS.map(([language, subject, failed, example, nearMiss]) => {
    const unless = STATE_WORDS.find((w) => w[0] === language)?.[5] ?? '';
    return said(
      'certificate',
      language,
      { subject, failed, unless: `${unless}|vpn` },
      certificatePage(language, subject),
      example,
      nearMiss,
    );
  }),
  // Remote Desktop (or remote access, the remote computer, its service) said not enabled, off or not started: a clause
  // that names the account, a user or the firewall is about them; "如果", "是否", "确保", "如何" make it a step to take.
  said(
    'remote-access-off',
    'zh',
    {
      subject: '远程桌面|远程访问|远程连接|远程计算机|远程服务',
      failed: '未启用|未启动|已关闭|被关闭|已禁用|被禁用',
      unless: '账户|账号|帐户|帐号|密码|用户|防火墙|如果|若要|是否|确保|如何|怎么',
    },
    TENCENT_REMOTE_ACCESS,
    '远程桌面连接不上，提示未启用对服务器的远程访问',
    '如果未启用远程桌面，请先启用',
  ),
];
