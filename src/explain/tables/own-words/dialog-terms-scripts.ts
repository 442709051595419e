/**
 * Windows' own failure texts in the languages of other scripts, read as a term and a predicate of one concept (issue
 * 60, round 31). Each version of Windows, each translation and each user words the same failure differently ("您的凭据
 * 不工作" on Windows 7, "你的凭据不起作用" on Windows 10, "您的凭据无法工作" on a cloud provider's page; "Ваши учетные
 * данные не сработали", "учетные данные не работают"; "자격 증명은 작동할 수 없습니다", "자격 증명이 작동하지
 * 않았습니다"): a row for each wording never ends. What they share is a term (the noun: the credentials, the licence
 * store, the connection, the user name, the connections' count) and a predicate (did not work, creation failed, was
 * ended, unknown, limit reached). So each row below holds one language's terms and predicates of one concept of
 * described-symptoms.ts, as data with the pages they come from, and two readers read any clause that joins a term and
 * a predicate of the same concept, whatever its exact wording:
 *
 * 1. As every language's `said` (described-languages.ts LANGUAGES_SAID): in a paste about Remote Desktop, any clause
 *    that names the term and says its predicate, never where a negation, a success or the row's `unless` words cancel
 *    it (described-reading.ts findSaid).
 * 2. `dialogClause`: a paste that names nothing of Remote Desktop is read only where one of its clauses is the
 *    dialog's statement whole, the term and the predicate with nothing beside them but the language's fillers (its
 *    possessives, particles and copulas: `FILLERS`) and the row's own (`alone.fillers`), and its whole sentence holds
 *    none of the row's `unless` words: "Ваши учетные данные не
 *    сработали", "「许可存储创建被拒绝」", "자격 증명은 작동할 수 없습니다". A clause that holds anything more is a
 *    user's sentence about something else ("为什么当我从另一台服务器添加分片时，我的凭据不起作用？": a database's
 *    shards; "与此 SQL Server 关联的凭据不起作用": SQL Server's), a question is no failure seen, and a row whose words
 *    other programs print too reads its bare clause only beside the words its Windows text carries (`alone.within`:
 *    "Ошибка входа в систему" before the Win32 logon texts, "网络错误" before the connection ended).
 *
 * Clauses are cut at punctuation, at quotation marks (a dialog quoted in a user's sentence is its own clause) and at
 * "or" (a Win32 text joins two failures: "неизвестное имя пользователя или неверный пароль").
 *
 * Linear: the paste's first `MAX_TEXT` characters cut once into clauses, each clause of bounded length tested against
 * each row's two compiled patterns (wordsPattern: fixed words, bounded endings) and its fillers taken out by one
 * alternation of fixed words.
 */
import { ASKS, sentenceAround } from '../sentences/asked-wording.js';
import { type DescriptionLanguage, type LanguageSaid, said, wordsPattern } from './symptom-concept.js';

/** One language's terms and predicates of one concept, with its pages, its example and its near miss. */
export interface TermsRow {
  /** The concept of described-symptoms.ts (or described-terms-latin.ts LICENSE_STORE_CONCEPT) the clause states. */
  readonly concept: string;
  readonly language: DescriptionLanguage;
  /** The concept's nouns in the language, `|` between two (wordsPattern). */
  readonly terms: string;
  /** What the texts say of them: the failure, `|` between two. */
  readonly predicates: string;
  /** Words that make the clause another thing (a condition, a saved credential, another product). */
  readonly unless?: string;
  /**
   * Read alone (no Remote Desktop word in the paste) as the whole of a clause: `false` never; `within`, words its
   * sentence must also hold (the Windows text's own label); `fillers`, words the dialog's clause holds beside its term.
   */
  readonly alone?: false | { readonly within?: string; readonly fillers?: string };
  readonly source: string;
  /** The page's wording in a user's sentence about Remote Desktop, read as the concept. */
  readonly example: string;
  /** The same words that must not be read so: another product's, negated, or a question. */
  readonly nearMiss: string;
}

/** Microsoft's localized Azure docs (a public copy of azure-docs.<locale>), one article. */
const azureDocs = (repo: string, article: string, quoted: string) =>
  `Microsoft's article in the language, https://github.com/${repo}/blob/HEAD/articles/${article}.md: ${quoted}`;
const AAD_SIGN_IN = 'active-directory/devices/howto-vm-sign-in-azure-ad-windows';
const SPECIFIC_ERRORS = 'virtual-machines/troubleshooting/troubleshoot-specific-rdp-errors';
const GENERAL_ERROR = 'virtual-machines/troubleshooting/troubleshoot-rdp-general-error';

/** Tencent Cloud's page on the Windows instance's "credentials did not work" dialog, in a language. */
const TENCENT = (repo: string, quoted: string) =>
  `Tencent Cloud's page on logging in to a Windows instance when the credentials did not work (https://github.com/tencentyun/${repo}, 云服务器/故障处理, Windows 实例登录相关问题): ${quoted}`;

/** The Chinese Remote Desktop Web Connection page's own error strings (MsRdpClient's OnDisconnected texts). */
const RDWEB_ZH =
  "The Chinese Remote Desktop Web Connection page's error strings for MsRdpClient's disconnect reasons (a public copy in the code index, L_NetworkErr_ErrorMessage, L_ConnectionBroken_ErrorMessage)";

/** A Russian launcher of RDP clients that shows the Win32 logon texts for the clients' exit codes. */
const RU_LOGON_TEXTS =
  'A Russian RDP thin-client launcher mapping FreeRDP and 2X client exit codes to the Windows logon texts it shows ("Ошибка входа в систему: неизвестное имя пользователя или неверный пароль.", "… пользователь уже подключен к серверу или достигнут предел количества соединений."), public in the code index; Microsoft\'s Russian KB on Win32 error 1396 words the label the same ("Ошибка входа в систему: неверное имя учетной записи целевой.")';

export const TERMS_ROWS: readonly TermsRow[] = [
  // "Your credentials did not work" (the client's dialog, CredSSP's logon refused), every Windows version's words.
  {
    concept: 'wrong-password',
    language: 'zh',
    terms: '凭据|凭证',
    predicates: '不工作|不起作用|无法工作|无法运作|无效',
    unless: '保存的|已保存|credential guard|如果|若要|分片|应用凭据|sql',
    source: `${TENCENT('qcloud-documents', '"您的凭据无法工作，之前用于连接到 … 的凭据无法工作", "仍提示凭据不工作"')}; ${azureDocs('renhuailin/azure-docs.zh-cn', AAD_SIGN_IN, '"您的凭据不起作用"')}; Azure China's specific RDP errors ("Windows 安全性错误：凭据无效", https://github.com/kwkou/815)`,
    example: '远程桌面连接云服务器时报错：您的凭据无法工作，请输入新凭据',
    nearMiss: "因应用凭据不工作而无法保存配置 (Azure AD provisioning: an application's credentials)",
  },
  {
    concept: 'wrong-password',
    language: 'zh-TW',
    terms: '認證|憑據',
    predicates: '無法運作|沒有作用',
    unless: '儲存的|已儲存|credential guard|如果|應用程式|不會到期',
    source: azureDocs('changeworld/azure-docs.zh-tw', AAD_SIGN_IN, '"您的認證無法運作"'),
    example: '遠端桌面連線時出現：您的認證無法運作',
    nearMiss: "為什麼我的不會到期的認證無法運作？ (a query service's FAQ: a question about another product)",
  },
  {
    concept: 'wrong-password',
    language: 'ja',
    terms: '資格情報|認証情報',
    predicates: '機能しませんでした|機能しません|機能しない|機能していません|正しくありません',
    unless: '保存された|credential guard|場合|なければ|しないと',
    source: `${azureDocs('changeworld/azure-docs.ja-jp', AAD_SIGN_IN, '"お使いの資格情報は機能しませんでした", "資格情報が正しくありません。"')}; ${TENCENT('intlcloud-documents', 'its Japanese copy, "お使いの資格情報は機能しませんでした"')}`,
    example: 'リモート デスクトップ接続で「お使いの資格情報は機能しませんでした」と表示され接続されない',
    nearMiss: "Key Vault に保存しない場合、資格情報は機能しません (another service's condition)",
  },
  {
    concept: 'wrong-password',
    language: 'ko',
    terms: '자격 증명|자격증명',
    predicates: '작동하지 않|작동할 수 없|작동되지 않|올바르지 않',
    unless: '저장된|credential guard|그러지 않으면|경우|않으면',
    source: `${azureDocs('zoonoo/azure-docs.ko-kr', SPECIFIC_ERRORS, '"Windows 보안 오류: 자격 증명이 작동하지 않았습니다"')}; ${TENCENT('intlcloud-documents', 'its Korean copy, "자격 증명은 작동할 수 없습니다"')}; Microsoft's Korean Android client page ("자격 증명이 작동하지 않아 원격 PC에 연결할 수 없습니다", https://github.com/MicrosoftDocs/azure-docs.ko-kr)`,
    example: '원격 데스크톱 연결 시 자격 증명이 작동하지 않아 원격 PC에 연결할 수 없습니다',
    nearMiss: "그러지 않으면 Data Factory의 자격 증명이 작동하지 않습니다 (another service's condition)",
  },
  {
    concept: 'wrong-password',
    language: 'ru',
    terms: 'учетные данные|учётные данные',
    predicates: 'не сработали|не работают|не подошли|недействительны',
    unless: 'сохранен*|credential guard|если|сегмент*|hdinsight',
    source: `${azureDocs('bergano65/azure-docs.ru-ru', SPECIFIC_ERRORS, '"Ошибка безопасности Windows: учетные данные не работают."')}; a Russian administrator's script against the RDP error "Ваши учетные данные не сработали" (AKUMEN Consulting's Credential Guard script, public in the code index)`,
    example: 'При подключении к удаленному рабочему столу: Ваши учетные данные не сработали',
    nearMiss: 'Почему мои учетные данные не работают при добавлении сегмента с другого сервера? (a database FAQ)',
  },
  // The user name or the password said wrong (ERROR_LOGON_FAILURE's text, "The user name or password is incorrect"):
  // every login page prints the same, so only in a paste about Remote Desktop.
  {
    concept: 'wrong-password',
    language: 'zh',
    terms: '密码|口令',
    predicates: '不正确|不对|无效',
    unless: '邮箱|邮件|wifi|wi-fi|如果|银行|微信',
    alone: false,
    source:
      'Windows\' ERROR_LOGON_FAILURE (1326) in Simplified Chinese as programs that show the Win32 texts quote it ("登录失败: 未知的用户名或错误密码", public Win32 error-text tables in the code index) and Windows 10\'s "用户名或密码不正确"; round 31 (lead): the password and its predicate a few words apart ("密码总是不正确")',
    example: '远程桌面登录时密码总是不正确',
    nearMiss: '邮箱登录时密码总是不正确 (a mail account)',
  },
  {
    concept: 'wrong-password',
    language: 'ja',
    terms: 'ユーザー名|パスワード',
    predicates: '正しくありません|間違っています|間違っている',
    unless: 'メール|wi-fi|場合',
    alone: false,
    source:
      "Microsoft's Japanese Azure Virtual Desktop client troubleshooting (https://learn.microsoft.com/ja-jp/azure/virtual-desktop/troubleshoot-client-windows: the user name or password incorrect), as Windows words ERROR_LOGON_FAILURE in Japanese",
    example: 'リモート デスクトップ接続でユーザー名またはパスワードが正しくありませんと出る',
    nearMiss: 'メールアプリ: ユーザー名またはパスワードが正しくありません (a mail app)',
  },
  {
    concept: 'wrong-password',
    language: 'ko',
    terms: '사용자 이름|암호|비밀번호',
    predicates: '정확하지 않|올바르지 않|잘못되었',
    unless: '메일|wi-fi|경우',
    alone: false,
    source:
      'Microsoft\'s Korean Azure Virtual Desktop client troubleshooting (https://learn.microsoft.com/ko-kr/azure/virtual-desktop/troubleshoot-client-windows: "사용자 이름 또는 암호가 정확하지 않음", "자격 증명이 올바르지 않다는 오류 메시지")',
    example: '원격 데스크톱 로그인 시 사용자 이름 또는 암호가 정확하지 않음 오류',
    nearMiss: '메일 앱: 사용자 이름 또는 암호가 올바르지 않습니다 (a mail app)',
  },
  // The Win32 logon texts of Windows XP and 2003 (ERROR_LOGON_FAILURE 1326 and its neighbours) in Russian, behind
  // their label "Ошибка входа в систему:" ("Logon failure:"); a web site's own login error does not carry the label.
  {
    concept: 'wrong-password',
    language: 'ru',
    terms: 'имя пользователя|имени пользователя|пароль',
    predicates: 'неизвестное|неизвестное имя|неверный|неверное|неправильный|неправильное',
    unless: 'если|сайт*',
    alone: { within: 'ошибка входа в систему' },
    source: RU_LOGON_TEXTS,
    example: 'Удаленный рабочий стол: ошибка входа в систему, неверный пароль',
    nearMiss: "Неизвестное имя пользователя или неверный пароль (a web service's login answer: no label)",
  },
  {
    concept: 'too-many-sessions',
    language: 'ru',
    terms: 'соединений|подключений|сеансов',
    predicates: 'достигнут предел|достигнут лимит|достигнуто максимальное|превышено максимальное|превышен лимит',
    unless: 'если',
    alone: { within: 'ошибка входа в систему', fillers: 'количества|числа' },
    source: RU_LOGON_TEXTS,
    example: 'Удаленный рабочий стол: достигнут предел количества подключений к серверу',
    nearMiss: "Достигнут предел количества модераторов (a chat bot's limit: no connections)",
  },
  {
    concept: 'another-user',
    language: 'ru',
    terms: 'пользователь',
    predicates: 'уже подключен|уже вошел|уже вошёл',
    unless: 'если|успешно',
    alone: { within: 'ошибка входа в систему', fillers: 'к серверу|к компьютеру' },
    source: RU_LOGON_TEXTS,
    example: 'Удаленный рабочий стол: пользователь уже подключен к серверу',
    nearMiss: 'Пользователь уже подключен к чату (a chat)',
  },
  // No license server: the client's disconnect reason 257 ("Сервер лицензирования недоступен") and the dialog's
  // "отсутствуют доступные серверы лицензирования", the server's name in any number and case, the predicate before
  // or after it. Round 31 (lead).
  {
    concept: 'license-server',
    language: 'ru',
    terms: 'сервер лицензирования|серверы лицензирования|серверов лицензирования|сервера лицензирования',
    predicates: 'недоступен|недоступны|отсутствуют|отсутствует|нет доступных|не найден|не найдены',
    unless: 'если|успешно',
    alone: false,
    source: `Microsoft's win32 page "ExtendedDisconnectReasonCode enumeration" in Russian (https://github.com/MicrosoftDocs/win32-pr.ru-ru/blob/HEAD/desktop-src/TermServ/extendeddisconnectreasoncode.md, 257: "Сервер лицензирования недоступен."); ${azureDocs('bergano65/azure-docs.ru-ru', SPECIFIC_ERRORS, '"отсутствуют доступные серверы лицензирования удаленных рабочих столов"')}`,
    example: 'RDP: удаленный сеанс отключен, нет доступных серверов лицензирования',
    nearMiss: 'Сервер лицензирования 1С недоступен (1C:Enterprise, another product)',
  },
  // The client's licence store: "The remote session was disconnected because the license store creation failed with
  // access denied" (MSLicensing not writable; licensing-client-cache).
  {
    concept: 'license-store',
    language: 'zh',
    terms: '许可证存储|许可存储',
    predicates: '创建失败|创建被拒绝|无法创建|被拒绝',
    unless: '读写',
    source:
      'A Chinese administrator\'s blog on the dialog "远程会话已断开连接，因为访问被拒绝导致许可证存储的创建失败。请使用提升的权限运行远程桌面客户端。" (deleting HKLM\\Software\\Microsoft\\MSLicensing, public in the code index); an RDP client\'s source comment on extended reason 267, "「许可存储创建被拒绝」的提权问题" (Gdterm\'s FreeRDP embedding, public in the code index)',
    example: '远程桌面连接断开，提示许可存储创建被拒绝，需要提升权限',
    nearMiss: "许可证存储读写失败：拒绝访问 (a program's own licence file)",
  },
  {
    concept: 'license-store',
    language: 'ru',
    terms: 'хранилища лицензий|хранилище лицензий',
    predicates: 'отказано в доступе|не удалось создать',
    alone: false,
    source:
      'Microsoft\'s Russian ExtendedDisconnectReasonCode page (https://github.com/MicrosoftDocs/win32-pr.ru-ru/blob/HEAD/desktop-src/TermServ/extendeddisconnectreasoncode.md, exDiscReasonLicenseCreatingLicStoreAccDenied: "При создании раздела реестра для хранилища лицензий была получена ошибка «отказано в доступе»")',
    example: 'Удаленный рабочий стол отключается: при создании хранилища лицензий отказано в доступе',
    nearMiss: "Хранилище лицензий 1С: отказано в доступе к папке (another product's licences)",
  },
  // "The connection was ended because of a network error": its clause alone is any program's, so read alone only
  // beside the network error its text names.
  {
    concept: 'disconnects',
    language: 'zh',
    terms: '连接|会话',
    predicates: '被结束|被中断|被打断|被终止',
    unless: '可能|如果|若|数据库',
    alone: { within: '网络错误' },
    source: RDWEB_ZH,
    example: '远程桌面用着用着就提示由于网络错误，连接被结束',
    nearMiss: "由于网络错误，充值失败 (a web shop's payment)",
  },
  // The connection timed out (WSAETIMEDOUT, nothing answered in time): the glibc catalogs' ETIMEDOUT text in each
  // language (socket-errors-localized.ts) and the Chinese client's own "远程连接已超时"; an idle or session time limit
  // named in the clause is that limit's (session-time-limit), not the connection's.
  {
    concept: 'timed-out',
    language: 'zh',
    terms: '远程连接|连接|远程桌面',
    predicates: '已超时|超时了|连接超时|超时',
    unless: '空闲|闲置|会话时间|时间限制|如果',
    alone: false,
    source: `${RDWEB_ZH}: L_ConnectionTimeout_ErrorMessage "远程连接已超时。请重新连接到远程计算机。"; the GNU C Library's zh_CN catalog, ETIMEDOUT "连接超时" (glibc po/zh_CN.po)`,
    example: '远程桌面连接服务器时一直提示连接超时',
    nearMiss: '远程桌面: 空闲会话超时后自动注销 (an idle time limit)',
  },
  {
    concept: 'timed-out',
    language: 'ja',
    terms: '接続',
    predicates: 'タイムアウトしました|タイムアウトになりました|タイムアウトします|タイムアウト',
    unless: 'アイドル|時間制限|場合',
    alone: false,
    source:
      'the GNU C Library\'s Japanese catalog, ETIMEDOUT "接続がタイムアウトしました" (glibc po/ja.po, socket-errors-localized.ts)',
    example: 'リモート デスクトップで接続しようとすると接続がタイムアウトしました',
    nearMiss: 'リモート デスクトップ: アイドル セッションの時間制限で接続がタイムアウトします (an idle time limit)',
  },
  {
    concept: 'timed-out',
    language: 'ko',
    terms: '연결',
    predicates: '시간 초과|시간이 초과',
    unless: '유휴|세션 시간 제한|경우',
    alone: false,
    source:
      'the GNU C Library\'s Korean catalog, ETIMEDOUT "연결 시간 초과" (glibc po/ko.po, socket-errors-localized.ts)',
    example: '원격 데스크톱 연결 시간이 초과되었습니다',
    nearMiss: '원격 데스크톱: 유휴 세션 시간 제한으로 연결 시간 초과 (an idle time limit)',
  },
  {
    concept: 'timed-out',
    language: 'ru',
    terms: 'соединения|подключения',
    predicates: 'время ожидания|истекло|тайм-аут|таймаут',
    unless: 'простоя|бездейств*|если',
    alone: false,
    source:
      'the GNU C Library\'s Russian catalog, ETIMEDOUT "Время ожидания соединения истекло" (glibc po/ru.po, socket-errors-localized.ts)',
    example: 'Удаленный рабочий стол: время ожидания подключения истекло',
    nearMiss: 'Удаленный рабочий стол: сеанс закрыт, время простоя подключения истекло (an idle time limit)',
  },
  {
    concept: 'timed-out',
    language: 'uk',
    terms: "з'єднання|з’єднання|підключення",
    predicates: 'перевищено інтервал очікування|час очікування|вичерпано',
    unless: 'простою|простій|бездіяльн*|якщо',
    alone: false,
    source:
      'the GNU C Library\'s Ukrainian catalog, ETIMEDOUT "Перевищено інтервал очікування з\'єднання" (glibc po/uk.po, socket-errors-localized.ts)',
    example: "Віддалений робочий стіл: перевищено інтервал очікування з'єднання",
    nearMiss: "Віддалений робочий стіл: час очікування з'єднання після простою сеансу (an idle time limit)",
  },
  // The server's identity not verified (its certificate not trusted or not matching): the client's prompt "无法验证此远程
  // 计算机的身份" as Chinese pages quote it, and the certificate said to have a problem.
  {
    concept: 'certificate',
    language: 'zh',
    terms: '证书|远程计算机的身份|此远程计算机的身份',
    predicates: '无法验证|不受信任|证书问题|证书错误|名称不匹配',
    unless: '如果|ssl 证书|https|网站|浏览器',
    alone: false,
    source:
      'Tencent Cloud CVM documentation "Mac remote login to a Windows instance: common problems" in Chinese (https://github.com/tencentyun/intlcloud-documents, mac-certificate.ts: the certificate could not be verified), and the client\'s prompt "无法验证此远程计算机的身份。是否仍要连接?" as Chinese users quote it',
    example: '远程桌面连接时提示无法验证此远程计算机的身份，证书不受信任',
    nearMiss: "浏览器提示网站的证书不受信任 (a web site's certificate)",
  },
  // Another user connected to the session (extended reason 5): the Chinese client's words.
  {
    concept: 'another-user',
    language: 'zh',
    terms: '另一个用户|另一用户|其他用户',
    predicates: '连接到了会话|连接到会话|已连接到会话',
    unless: '如果|可以|允许',
    alone: { fillers: '由于|因为' },
    source: `${RDWEB_ZH}: L_DisconnectByOtherConnection_ErrorMessage "由于另一个用户连接到了会话，远程会话被中断。"`,
    example: '远程桌面用着用着断开了，提示另一个用户连接到了会话',
    nearMiss: '共享文档: 另一个用户连接到了会话，可以一起编辑 (a shared editor, no failure)',
  },
  // "Remote access to the server is not enabled", the first reason of the dialog "Remote Desktop can't connect to
  // the remote computer for one of these reasons".
  {
    concept: 'remote-access-off',
    language: 'ko',
    terms: '원격 액세스|원격 데스크톱',
    predicates: '사용할 수 없음|사용하지 않도록 설정',
    unless: '로컬 컴퓨터|vpn|directaccess|명령|powershell',
    alone: { fillers: '서버에 대한' },
    source: azureDocs(
      'zoonoo/azure-docs.ko-kr',
      GENERAL_ERROR,
      '"다음 이유 중 하나로 인해 원격 데스크톱에서 원격 컴퓨터에 연결할 수 없습니다. 1. 서버에 대한 원격 액세스를 사용할 수 없음"',
    ),
    example: '원격 데스크톱 연결 오류: 서버에 대한 원격 액세스를 사용할 수 없음',
    nearMiss: '로컬 컴퓨터에서 원격 액세스를 사용할 수 없으므로 명령이 실패 합니다 (PowerShell remoting)',
  },
  // The right to sign in through Remote Desktop Services said missing or removed (the user right's Japanese name).
  {
    concept: 'no-logon-right',
    language: 'ja',
    // The right itself (権限) in a paste about Remote Desktop: the page speaks of "this right" once it has named it.
    terms: 'ログオンを許可|ログインを許可|ログオン権限|ログイン権限|権限',
    predicates: '権限がない|権限がありません|削除され|付与されていない|付与されていません|持っていない',
    unless: '管理者|フォルダ|ファイル|共有|アクセス権',
    alone: false,
    source:
      'Microsoft\'s Japanese name of the user right SeRemoteInteractiveLogonRight, "リモート デスクトップ サービスを使ったログオンを許可" (windows-itpro-docs.ja-jp, allow-log-on-through-remote-desktop-services.md, https://github.com/MicrosoftDocs/windows-itpro-docs), and its Remote Desktop Users group that holds it by default',
    example: 'リモートデスクトップ: このユーザーにはリモート デスクトップ サービスを使ったログオンを許可する権限がない',
    nearMiss: "リモートデスクトップ: このユーザーには管理者権限がない (an administrator's right, not the logon right)",
  },
];

/**
 * The other reasons the Chinese client names for a session ended (RDWEB_ZH: "由于协议错误，这个会话将被中断", "由于达到了
 * 空闲超时限度，远程会话被结束", "由于另一个用户连接到了会话", "被一个管理工具结束", "由于远程计算机内存不足", "由于数据加密的
 * 错误"), and the client's licence store (许可存储, the licence's words there already): in the sentence of a
 * disconnection, the disconnection is that reason's, not the network's (described-languages.ts UNLESS_IN_SENTENCE).
 */
export const DISCONNECT_REASONS_H62A = '协议错误|空闲|超时限度|另一个用户|管理工具|内存不足|加密的错误|许可存储';

/** The rows as every language's `said` (described-languages.ts LANGUAGES_SAID). */
export const TERMS_SCRIPTS_SAID: readonly LanguageSaid[] = TERMS_ROWS.map((r) =>
  said(
    r.concept,
    r.language,
    { subject: r.terms, failed: r.predicates, ...(r.unless ? { unless: r.unless } : {}) },
    r.source,
    r.example,
    r.nearMiss,
  ),
);

/**
 * Each language's fillers: the words a dialog's clause holds beside its term and predicate (possessives, particles,
 * copulas, polite endings), as Wiktionary glosses them: Chinese 你的/您的 "your", 的 (possessive), 已/已经 "already",
 * 了, 被 (passive), 将 "will"; Japanese お使いの "your", は/が/を/の/に/で (particles), ました/でした/ません (polite
 * endings); Korean 은/는/이/가/을/를/의/에 (particles), 습니다/었습니다 (endings), 음 (a noun-ending, "사용할 수
 * 없음"); Russian ваши/ваш "your", были/был "were"; the same in zh-TW.
 */
const FILLERS: Readonly<Partial<Record<DescriptionLanguage, string>>> = {
  zh: '你的|您的|已经|的|已|了|被|将|会|都|仍',
  'zh-TW': '你的|您的|已經|的|已|了|被|將|會|都|仍',
  ja: 'お使いの|あなたの|ました|でした|ません|です|ます|の|は|が|を|も|に|で|た',
  ko: '었습니다|았습니다|였습니다|습니다|니다|은|는|이|가|을|를|의|에|음|요|다',
  ru: 'ваши|ваш|ваша|ваше|были|был|была|было|все|уже',
};

/** What is left of a clause that is no word: spaces, punctuation, signs, digits. */
const NO_WORD = /[\s\p{P}\p{S}\p{N}]/gu;

/**
 * What cuts a paste into clauses for the bare reading: punctuation, quotation marks, brackets, "or", and a space
 * between two Chinese characters: Chinese writes no space inside a sentence, so one there is where a line or a phrase
 * ended ("你的凭据不起作用 登录没有成功": the dialog's two lines pasted on one; line breaks are spaces by now). Not
 * beside kana or Hangul: Japanese puts spaces around its katakana words ("リモート デスクトップ"), Korean between words.
 */
const CLAUSE_CUTS =
  /[.;:!?,。；：！？，、\n"“”„«»「」『』()（）【】<>`]|\s(?:или|або|or)\s|或者|または|\s또는\s|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;
/** The marks that open a quote: a clause right after one is a text quoted. */
const QUOTED_BEFORE = '"“«「『';

/** A paste is read from its start up to here. */
const MAX_TEXT = 4000;
/** A clause longer than this is not one dialog's statement. */
const MAX_CLAUSE = 160;

/** A row compiled for the bare reading. */
interface Compiled {
  readonly row: TermsRow;
  readonly terms: RegExp;
  readonly predicates: RegExp;
  readonly unless?: RegExp;
  readonly within?: RegExp;
  readonly fillers: RegExp;
}

/** @cache the rows compiled: a pure function of the constant table above, built on first use. */
let compiled: readonly Compiled[] | undefined;

function compile(): readonly Compiled[] {
  compiled ??= TERMS_ROWS.filter((r) => r.alone !== false).map((row): Compiled => {
    const alone = row.alone || {};
    const words = [alone.fillers, FILLERS[row.language]].filter(Boolean).join('|');
    return {
      row,
      terms: wordsPattern(row.terms),
      predicates: wordsPattern(row.predicates),
      ...(row.unless ? { unless: wordsPattern(row.unless) } : {}),
      ...(alone.within ? { within: wordsPattern(alone.within) } : {}),
      fillers: new RegExp(words.replace(/[.*+?^${}()[\]\\]/g, '\\$&'), 'gu'),
    };
  });
  return compiled;
}

/** A clause read alone as a row's term and predicate. */
export interface DialogClause {
  readonly concept: string;
  readonly language: DescriptionLanguage;
  readonly at: number;
  readonly word: string;
  readonly source: string;
}

/**
 * The first clause of `text` (lower case) that is a row's dialog statement whole: its term and its predicate, nothing
 * beside them but fillers; not in a question, not beside the row's `unless` words, and beside its `within` words where
 * the row has them. Undefined: none.
 */
export function dialogClause(text: string): DialogClause | undefined {
  const t = text.slice(0, MAX_TEXT);
  let from = 0;
  for (const cut of [...t.matchAll(CLAUSE_CUTS), undefined]) {
    const to = cut ? (cut.index ?? 0) : t.length;
    const found = to - from <= MAX_CLAUSE ? bareIn(t, from, to) : undefined;
    if (found) return found;
    from = cut ? to + cut[0].length : to;
  }
  return undefined;
}

/** The row whose term and predicate make up the clause `text[from, to)` whole. */
function bareIn(text: string, from: number, to: number): DialogClause | undefined {
  const clause = text.slice(from, to);
  for (const c of compile()) {
    const term = c.terms.exec(clause);
    const predicate = term ? c.predicates.exec(clause) : null;
    if (!term || !predicate) continue;
    const [a, b] = term.index < predicate.index ? [term, predicate] : [predicate, term];
    if (a.index + a[0].length > b.index) continue;
    const rest = `${clause.slice(0, a.index)} ${clause.slice(a.index + a[0].length, b.index)} ${clause.slice(b.index + b[0].length)}`;
    if (rest.replace(c.fillers, '').replace(NO_WORD, '') !== '') continue;
    // Alone, the clause has no Remote Desktop word to vouch for it: its whole sentence is weighed; a clause in quotation
    // marks is the dialog quoted ("如果提示“你的凭据不起作用”": a help page's heading names the dialog), its `unless`
    // words weighed in it alone.
    const { sentence } = sentenceAround(text, from, to);
    const unless = QUOTED_BEFORE.includes(text[from - 1] ?? '') ? clause : sentence;
    if (ASKS.test(sentence) || c.unless?.test(unless) || (c.within && !c.within.test(sentence))) continue;
    return {
      concept: c.row.concept,
      language: c.row.language,
      at: from + a.index,
      word: clause.slice(a.index, b.index + b[0].length),
      source: c.row.source,
    };
  }
  return undefined;
}
