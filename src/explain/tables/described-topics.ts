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
 * not "提示" alone (a page's "Tip" callout). Each alternative a fixed word or a word's start: no repetition, linear. Words that begin or end with a
 * letter outside ASCII stand outside the `\b` group (JavaScript's `\b` knows ASCII letters only).
 */
export const FAILURE_STATED =
  /\b(?:fehler\w*|fehlgeschlagen|schlägt fehl|nicht|kein\w*|verweigert|abgelehnt|erreur\w*|impossible|ne (?:peut|peux|pas)|refus\w*|errore|erro|error|falla\w*|falh\w*|fallo|rechaz\w*|denegad\w*|recusad\w*|negad\w*|rifiutat\w*|non riesc\w*|fout|mislukt|geweigerd|niet|błąd|nie|odmow\w*|geen|non(?![-\u2010])|nem|inte|hata\w*|başarısız|reddedildi|chyba|selhal\w*|nelze|nepodařilo)\b|não|échec|échoué|falló|ошибк|не удает|не удалось|отказ|错误|錯誤|失败|失敗|无法|無法|不能|拒绝|拒絕|不受支持|时提示|時提示|エラー|できません|できない|拒否|切断|サポートされていません|오류|실패|할 수 없|거부/;
