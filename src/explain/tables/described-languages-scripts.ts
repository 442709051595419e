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
import type { DescriptionLanguage } from './symptom-concept.js';

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
export const SCRIPT_CONTEXT_WORDS =
  /віддален\S* робоч\S* ст[іо]л|دسکتاپ راه دور|ரிமோட் டெஸ்க்டாப்|เดสก์ท็อประยะไกล|שולחן עבודה מרוחק|سطح المكتب البعيد|απομακρυσμέν[ηςο]{1,2} επιφάνει[αςν]{1,2} εργασίας|отдалечен\S{0,3} работен плот|रिमोट डेस्कटॉप/;

/**
 * An account's state and its lockout read from a clause's structure in these languages (round 26): the clause names
 * the account or its password and says it expired, was disabled or was locked, in any order and any inflection the
 * fixed phrases above do not write ("パスワードの有効期限が切れています", "срок действия пароля истек", "계정이 잠겨서",
 * "帳戶已停用"). The subject words are each language's words for "account" and "password" as the catalogs write them
 * (Remmina's po/<language>.po, the RDP plugin's account errors, quoted in the rows above) and Microsoft's pages
 * (zh-tw "此帳戶目前已停用", ERROR_ACCOUNT_DISABLED's text in "System Error Codes (1300-1699)"; ru-ru "Срок действия
 * пароля истек", the title Learn's "Interactive logon: Prompt user to change password before expiration" page is
 * quoted under at zapchasti-v-samara.ru/srok-dejstviya-parolya-istek.html); the failure words are the same catalogs'
 * words for expired, disabled and locked, with the Japanese "有効期限が切れ" of the sign-in message a Japanese guide
 * quotes ("パスワードの有効期限が切れています", clickthis.blog/ja on Windows 11's sign-in screen). A state to come
 * ("即将过期", "истекает") is not one reached: `unless` and the words' own ends keep it out, with the negations of the
 * scripts that write them as a word of their own (Hebrew, Arabic, Hindi, Greek: "החשבון לא נעול"), which the reader's
 * negations of Chinese, Japanese, Korean and Thai do not cover; and a clause about a policy or a threshold ("管理员已禁用
 *账户的密码过期策略", the account lockout threshold) sets a rule, it tells no account's state. Read, as every `said`, after
 * the concepts' own words, only in a paste about Remote Desktop, never where a negation cancels the failure.
 * Fixed alternatives, no repetition: linear.
 */
const ACCOUNT =
  '账户|帐户|账号|帐号|帳戶|帳號|アカウント|계정|учетная запись|учетной записи|учётная запись|учётной записи|обліковий запис|облікового запису|λογαριασμ|חשבון|حساب|खाता|บัญชี';
const PASSWORD =
  '密码|密碼|パスワード|비밀번호|암호|пароль|пароля|κωδικός πρόσβασης|סיסמה|ססמה|كلمة المرور|رمز عبور|पासवर्ड|รหัสผ่าน';
export const SCRIPT_SAID: Readonly<
  Record<string, { readonly subject: RegExp; readonly failed: RegExp; readonly unless: RegExp }>
> = {
  'account-state': {
    subject: new RegExp(`${ACCOUNT}|${PASSWORD}`),
    failed:
      /已过期|过期了|已禁用|被禁用|已停用|被停用|已過期|過期了|期限切れ|有効期限が切れ|無効になって|無効です|만료되|비활성화|истек(?![а-яё])|истекла|истекло|истёк|отключена|отключен(?![а-яё])|вичерпано|закінчився|вимкнено|вимкнуто|изтекъл|изтекла|деактивиран|έληξε|απενεργοποιήθηκε|פג תוקף|תוקף \S{1,20} פג|מושבת|انتهت مدة صلاحية|منقضی شده|غیر فعال شده|समाप्त हो गया|अक्षम किया गया|หมดอายุ|ปิดการใช้งาน/,
    unless:
      /即将|即將|将要|將要|まもなく|間もなく|곧 만료|скоро|незабаром|σύντομα|בקרוב|策略|原則|ポリシー|정책|политик|політик|πολιτικ|מדיניות|سياسة|سیاست|नीति|นโยบาย|阈值|閾值|しきい値|임계값|порог|поріг|(?:^|\s)(?:לא|אינו|אינה|لم|ليس|لا|नहीं|δεν)(?:\s|$)/,
  },
  // The server's certificate said expired: each catalog's word for "certificate" (Remmina's "The certificate changed!
  // Details:", po/<language>.po: "Сертификат изменён!", "Сертифікат змінено!", "Сертификата е променен!", "Το
  // πιστοποιητικό άλλαξε!", "تغيّرت الشهادة!", "گواهی نامه تغییر کرده است!", "प्रमाणपत्र बदल गया!", "証明書が変更されました。",
  // "证书已更改！", "인증서가 변경되었습니다!", "ใบรับรองมีการเปลี่ยนแปลง!"; zh-tw's 憑證 as described-symptoms.ts
  // writes it) and the expired words of the account rows above. Read beside the English structure
  // (described-symptoms.ts CERTIFICATE_SAID), its `unless` (a smart card's or a VPN's certificate) kept.
  certificate: {
    subject: /сертификат|сертифікат|πιστοποιητικ|شهادة|الشهادة|گواهی|प्रमाणपत्र|証明書|证书|憑證|인증서|ใบรับรอง/,
    failed:
      /истек(?![а-яё])|истекла|истекло|истёк|закінчився|закінчилася|вичерпано|изтекъл|изтекла|έληξε|انتهت صلاحية|منقضی شده|समाप्त हो गया|期限切れ|有効期限が切れ|已过期|过期了|已過期|過期了|만료되|หมดอายุ/,
    unless:
      /即将|即將|将要|將要|まもなく|間もなく|곧 만료|скоро|незабаром|σύντομα|(?:^|\s)(?:لم|ليس|لا|नहीं|δεν)(?:\s|$)/,
  },
  // Remote Desktop (or remote access, the remote computer, its service) said not enabled, turned off or not started,
  // in simplified Chinese: the words of the dialog "远程桌面由于以下原因之一无法连接到远程计算机：1）未启用对服务器的远程访问
  // 2）远程计算机已关闭 …" and of the causes Tencent Cloud's article lists beside it ("远程桌面服务未启动",
  // https://github.com/tencentyun/qcloud-documents/blob/master/product/计算与网络/云服务器/故障处理/实例相关/远程桌面无法连接到远程计算机.md),
  // with 禁用 (disabled) as Remmina's zh_CN catalog writes it ("账户已禁用"). A clause that names the account, a user
  // or the firewall is about them; "如果", "是否", "确保", "如何" (if, whether, make sure, how) make it a step to take.
  'remote-access-off': {
    subject: /远程桌面|远程访问|远程连接|远程计算机|远程服务/,
    failed: /未启用|未启动|已关闭|被关闭|已禁用|被禁用/,
    unless: /账户|账号|帐户|帐号|密码|用户|防火墙|如果|若要|是否|确保|如何|怎么/,
  },
  'account-locked': {
    subject: new RegExp(ACCOUNT),
    failed:
      /被锁|已锁定|被鎖|已鎖定|ロックアウト|ロックされ|잠겼|잠겨|잠금 상태|заблокирован|заблоковано|κλειδωμέν|נעול|قفل شده|مقفل|लॉक हो गया|ถูกล็อค|ถูกล็อก/,
    unless:
      /即将|即將|まもなく|곧|скоро|незабаром|策略|原則|ポリシー|정책|политик|політик|πολιτικ|מדיניות|سياسة|سیاست|नीति|นโยบาย|阈值|閾值|しきい値|임계값|порог|поріг|(?:^|\s)(?:לא|אינו|אינה|لم|ليس|لا|नहीं|δεν)(?:\s|$)/,
  },
};
