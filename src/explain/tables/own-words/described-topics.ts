/**
 * Words that name a part of Remote Desktop rather than a failure of it (issue 60, round 25): Network Level
 * Authentication, CredSSP, client access licences. A description read only from such words is read only where the
 * paste also states that something failed, in any language the reader knows (`FAILURE_STATED`): a page that defines
 * NLA ("Die Authentifizierung auf Netzwerkebene ist eine neue Authentifizierungsmethode, …") or says what needs no
 * CAL ("リモート デスクトップは … 2 つの同時リモート接続をサポートします") states no failure and names no cause.
 *
 * The topic words are the concepts' own (described-symptoms.ts `credssp-or-nla` and `cal`, every language); the
 * failure words are each language's words for an error, a failure, "cannot" and a refusal as Microsoft's localized
 * Remote Desktop pages print them: the CredSSP dialog's title ("An authentication error has occurred": "Es ist ein
 * Authentifizierungsfehler aufgetreten", "Une erreur d'authentification s'est produite", "Se produjo un error de
 * autenticación", "認証エラーが発生しました", "出现身份验证错误", "인증 오류가 발생했습니다", "Произошла ошибка проверки
 * подлинности", "Kimlik doğrulama hatası oluştu") and the troubleshooting page's "cannot connect" and "connection
 * refused" (learn.microsoft.com/<locale>/troubleshoot/windows-server/remote/troubleshoot-rdp-connection and
 * …/credssp-encryption-oracle-remediation in de-de, fr-fr, es-es, pt-br, it-it, nl-nl, pl-pl, ru-ru, zh-cn, zh-tw,
 * ja-jp, ko-kr, tr-tr, cs-cz).
 *
 * Round 26: the license server is such a part too (described-symptoms.ts `license-server`, its words in every
 * language): pages that say what a session host needs ("… アクティブ化されたリモート デスクトップ ライセンス サーバーが必要です",
 * learn.microsoft.com/ja-jp/windows-server/remote/remote-desktop-services/rds-license-session-hosts) or what the mode
 * must match (forsenergy.com/ja-jp/ts_admin, the Windows Server 2008 R2 help) state no failure. And a Group Policy
 * setting's explanation (`POLICY_EXPLANATION`) says what a setting does ("… before it is automatically disconnected"),
 * not that anything failed.
 */

/** Per concept id: the words that name the part, not its failure (a found word starting with one is a topic word). */
export const TOPIC_WORDS: Readonly<Record<string, readonly string[]>> = {
  'credssp-or-nla': [
    'credssp',
    'encryption oracle',
    'network level authentication',
    'nla',
    'authentifizierung auf netzwerkebene',
    'authentification au niveau du réseau',
    'autenticación a nivel de red',
    'проверка подлинности на уровне сети',
    '网络级别身份验证',
    '網路層級驗證',
    'ネットワーク レベル認証',
    'verificatie op netwerkniveau',
    'authenticatie op netwerkniveau',
    '네트워크 수준 인증',
  ],
  'license-server': [
    'license server',
    'licensing server',
    'rd licensing',
    'rds licensing',
    'remote desktop licensing',
    'rd license server',
    'lizenzserver',
    'serveur de licences',
    'servidor de licencias',
    'servidor de licenças',
    'servidor de licenciamento',
    'server licenze',
    'сервер лицензирования',
    'сервер лицензий',
    '授权服务器',
    '许可证服务器',
    '授權伺服器',
    'ライセンス サーバー',
    'ライセンスサーバー',
    '라이선스 서버',
  ],
  // Round 28 (r28-h60v): a self-signed certificate is how most Remote Desktop servers run (the listener's own
  // certificate, Microsoft Learn "Remote Desktop listener certificate configurations"): named beside no failure ("connect
  // to a Windows RDP server with a self signed certificate. It works") it is a state, not a certificate refused.
  'certificate-trust': ['self-signed certificate', 'self signed certificate', 'certificate is self-signed'],
  // The gateway's policies by the names its refusal prints (TS_RAP, TS_CAP): a page describing them is no refusal.
  'gateway-policy': ['ts_rap', 'ts_cap'],
  cal: [
    'cal',
    'client access licen',
    'clientzugriffslizenz',
    "licence d'accès client",
    "licences d'accès client",
    'licencia de acceso de cliente',
    'licencias de acceso de cliente',
    'licença de acesso para cliente',
    'licenças de acesso para cliente',
    'лицензии клиентского доступа',
    'лицензия клиентского доступа',
    '客户端访问许可证',
    '用戶端存取授權',
    'クライアント アクセス ライセンス',
    'rds cal',
    'rdp cal',
    'ts cal',
  ],
};

/**
 * A failure stated in any language the reader knows: English (described-symptoms.ts `FAILURE_SAID` is tried beside
 * it), then German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian, Chinese, Japanese, Korean, Turkish
 * and Czech; the plain negations of the languages that have one as their German "nicht", Polish "nie" and Dutch "niet"
 * are (Dutch "geen", Italian "non", Hungarian "nem", Swedish "inte": "Uw computer ondersteunt … geen", "La funzione
 * richiesta non è supportata", "nem működnek", "kan inte", as Microsoft's localized pages of described-said-latin.ts
 * print them); Chinese "时提示" ("when connecting it says …", how Chinese users report a dialog: "远程桌面…连接时提示拒绝连接"),
 * not "提示" alone (a page's "Tip" callout); round 31: none available or not found, as the licensing dialogs say it
 * ("没有可用的…授权服务器", "沒有可用的…", "利用できません", "見つかりません", "…서버가 없으므로": the Chinese Remote Desktop
 * Web Connection strings' "由于没有终端服务器许可证服务器可以提供许可证" and the localized "no license servers"
 * dialogs of localized.ts). Each alternative a fixed word or a word's start: no repetition, linear. Words that begin or end with a
 * letter outside ASCII stand outside the `\b` group (JavaScript's `\b` knows ASCII letters only).
 */
export const FAILURE_STATED =
  /\b(?:fehler\w*|fehlgeschlagen|schlägt fehl|nicht|kein\w*|verweigert|abgelehnt|erreur\w*|impossible|ne (?:peut|peux|pas)|refus\w*|errore|erro|error|falla\w*|falh\w*|fallo|rechaz\w*|denegad\w*|recusad\w*|negad\w*|rifiutat\w*|non riesc\w*|fout|mislukt|geweigerd|niet|błąd|nie|odmow\w*|geen|non(?![-\u2010])|nem|inte|hata\w*|başarısız|reddedildi|chyba|selhal\w*|nelze|nepodařilo)\b|não|échec|échoué|falló|ошибк|не удает|не удалось|отказ|错误|錯誤|失败|失敗|无法|無法|不能|拒绝|拒絕|不受支持|时提示|時提示|没有可用|没有任何|无可用|不可用|找不到|沒有可用|エラー|できません|できない|拒否|切断|サポートされていません|利用できません|見つかりません|오류|실패|할 수 없|거부|없으므로/;

/**
 * The opening of a Group Policy setting's explanation, as the policy editor and the pages that quote it print it: a
 * text that says what a setting does ("This policy setting allows you to specify the maximum amount of time that a
 * Remote Desktop Services session can be active before it is automatically disconnected"), read as a description
 * only where it is the paste's start. English "This policy setting determines …" and Russian "Этот параметр политики
 * определяет …" (Learn's "Allow log on through Remote Desktop Services" and "Interactive logon: Prompt user to change
 * password before expiration" in en-us and ru-ru, quoted side by side at windowsar.ru/windows-10-pozvolyaet-vhodit-v-
 * sistemu-cherez-udalennyy-rabochiy-stol and zapchasti-v-samara.ru/srok-dejstviya-parolya-istek.html); Korean "이
 * 정책 설정으로 …" and "이 정책 설정을 …" (uitranslation.com/?lang=ko&term=61dd1b2e8593, the session time limit's
 * explanation); Japanese "このポリシーでは …" (uitranslation.com/images/?lang=ja&term=6eb2c0e104d3, the logon hours'
 * explanation) and "このポリシー設定は …" / "このポリシー設定を …" (admx.help's ja-jp text of "Terminate session when
 * time limits are reached", https://admx.help/?Category=Windows_10_2016&Policy=Microsoft.Policies.TerminalServer::TS_Session_End_On_Limit_2&Language=ja-jp,
 * and the disconnected-session limit's text VMware's Japanese Horizon guide quotes, "このポリシー設定を使用すると、
 * 切断されたリモート デスクトップ サービス セッションに制限時間を設定できます"); traditional Chinese "這個原則設定 …"
 * (admx.help's zh-tw text of the remote control rules, https://admx.help/?Category=Windows_7_2008R2&Language=zh-tw&Policy=Microsoft.Policies.TerminalServer%3A%3ATS_RemoteControl_2). A user's sentence that names a policy later ("RDP disconnects since I enabled this policy setting")
 * does not start so and stays read. Anchored at the start, fixed words: linear.
 */
export const POLICY_EXPLANATION =
  /^\s?(?:this policy setting\b|этот параметр политики|이 정책 설정[으을]|このポリシーでは|このポリシー設定|這個原則設定)/;

/**
 * A quiz or interview question: it asks how "you" would find or fix a failure it imagines ("You have just provisioned a
 * brand new server … Both are currently failing with a timeout. How do you go about figuring out what is wrong",
 * https://github.com/chassing/linux-sysadmin-interview-questions/issues/52), in a paste with no first person telling a
 * failure of their own. Its failure words are the question's, not a failure seen (round 28, r28-h60v). A user who asks
 * the same of their own failure ("How do I fix it? My RDP times out") keeps their words.
 */
export const QUIZ_QUESTION =
  /\bhow (?:would|do|should|could) you (?:go about|troubleshoot|figure out|find out|diagnose|debug|fix|approach|investigate)\b|\bwhat (?:would|should) you (?:do|check|look at)\b|\binterview questions?\b/;
/** The first person of a report: a user telling their own failure. */
export const FIRST_PERSON = /\b(?:i|i'm|i've|my|me|we|we're|our|us|mine)\b/;
