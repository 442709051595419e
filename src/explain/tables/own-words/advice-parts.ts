/**
 * A message's own advice names what its program suspects (issue 60, round 33, r33-h65a): a client's, gateway's or
 * bastion's message states a failure and then tells the user what to check ("RDP Authentication failed! Please check
 * the RDP username and password", "Überprüfen Sie die Einstellung „Aushandlung des Sicherheitsprotokolls“",
 * "请检查客户端和服务器是否支持通用 TLS 版本", "RDPユーザー名とパスワードを確認後、再試行してください"). A support engineer reads
 * the part named after "check / verify / make sure" as the program's suspect: the host, its address, port, network or
 * firewall → the computer not reached; the user name, password, credentials or domain → the credentials; the
 * certificate; the licence or its server; the security layer, NLA or TLS → the negotiation; the permissions or the
 * Remote Desktop Users group → the logon right. Read by src/explain/reading-advice.ts, one structure for every language.
 *
 * The words come from the advice-bearing messages of the catalogs we hold (the build set of round 33): aRDP's (bVNC)
 * error_rdp_authentication_failed and error_rdp_unable_to_connect in each of its languages, Remmina's TLS and
 * security-negotiation messages and Guacamole's client errors in each of theirs (tables/languages/
 * client-catalogs-data.ts, nwm-bvnc-catalogs-data.ts, their catalogs named there), Windows' own dialogs in our tables
 * ("Make sure the remote computer is turned on and connected to the network", "Verify the computer name and domain",
 * Russian "Убедитесь, что вы вошли в сеть", Chinese "确保登录到网络后"), and, for the parts, the words Microsoft's localized
 * dialogs use for the same parts (the credentials, the certificate, the licence server, Network Level Authentication,
 * the Remote Desktop Users group) as the rows of tables/languages/ and tables/own-words/ quote them.
 */
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import type { CauseId } from '../../../../patterns/index.js';
import { licensingCalUnavailable } from '../../../../patterns/licensing-cal-unavailable.js';
import { licensingServerUnavailable } from '../../../../patterns/licensing-server-unavailable.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../../../patterns/tls-protocol-mismatch.js';
import type { DescriptionLanguage } from './symptom-concept.js';

/** The catalogs of the build set, as their rows name them. */
const BVNC = (key: string) =>
  `aRDP's (bVNC) strings.xml, ${key} in the language (https://github.com/iiordanov/remote-desktop-clients, tables/languages/nwm-bvnc-catalogs-data.ts)`;
const REMMINA = (msg: string) =>
  `Remmina's po/<language>.po, ${msg} (https://gitlab.com/Remmina/Remmina, tables/languages/client-catalogs-data.ts)`;
const GUACAMOLE = (key: string) =>
  `Guacamole's translations/<language>.json, ${key} (https://github.com/apache/guacamole-client, tables/languages/client-catalogs-data.ts)`;

/**
 * One language's words for the advice (`check`: the part follows the words, "Please check the password", "请检查网络";
 * `checkAfter`: the part comes before them, "パスワードを確認してください", "şifresini kontrol edin", German's
 * infinitive "Bitte Host und Port prüfen"), for the failure the message states before it (`failed`), and the words
 * right before the advice's that make it no advice (`notBefore`): a negation that takes it back ("no need to check",
 * "nicht prüfen"), a failure to do it ("it can't verify the certificate revocation list", "无法确认") or an infinitive
 * ("trying to verify", "to ensure"), which report what the program did, not what it asks. `|` between two words, `*`
 * as wordsPattern reads it.
 */
export interface AdviceLanguage {
  readonly language: DescriptionLanguage;
  readonly check: string;
  readonly checkAfter?: string;
  readonly failed: string;
  readonly notBefore: string;
  /** Words right after the advice's that make it a report of a check done ("检查过", "检查了": checked). */
  readonly notAfter?: string;
  readonly source: string;
}

export const ADVICE_LANGUAGES: readonly AdviceLanguage[] = [
  {
    language: 'en',
    check: 'check|please check|double-check|double check|verify|re-verify|please verify|make sure|ensure|confirm that',
    failed:
      "failed|failure|fails|could not|couldn't|cannot|can't|unable to|not possible|error|refused|denied|timed out|timeout|unreachable|not reachable|lost",
    notBefore:
      "no need to|don't|do not|not|never|without|needn't|can't|cannot|couldn't|could not|unable to|failed to|fails to|trying to|in order to|already|did|i|we|i've|we've",
    source: `${BVNC('error_rdp_authentication_failed ("Please check the RDP username and password"), error_rdp_unable_to_connect ("Please ensure RDP Server setting is correct")')}; Windows' dialog "… Make sure the remote computer is turned on and connected to the network" (tables/sentences/)`,
  },
  {
    language: 'de',
    check:
      'überprüfen sie|prüfen sie|ueberpruefen sie|pruefen sie|stellen sie sicher|vergewissern sie sich|kontrollieren sie',
    checkAfter: 'überprüfen|prüfen|ueberpruefen|pruefen|kontrollieren',
    failed:
      'fehlgeschlagen|nicht möglich|kann nicht|konnte nicht|nicht verbinden|nicht hergestellt|fehler|verweigert|gescheitert|nicht erreichbar',
    notBefore: 'nicht|kein|keine|müssen nicht|zu',
    source: `${BVNC('error_rdp_authentication_failed ("Bitte überprüfen Sie RDP-Benutzername und Passwort"), error_rdp_unable_to_connect ("Bitte stellen Sie sicher, dass …")')}; ${REMMINA('"Überprüfen Sie die Einstellung „Aushandlung des Sicherheitsprotokolls“"')}; ${GUACAMOLE('CLIENT.ERROR_CLIENT_20A ("prüfen Sie Ihre Verbindungseinstellungen")')}; the infinitive as an instruction ("Bitte … prüfen"): https://en.wiktionary.org/wiki/pr%C3%BCfen`,
  },
  {
    language: 'fr',
    check: 'vérifiez|veuillez vérifier|vérifier|assurez-vous|assurez vous|contrôlez',
    failed: "impossible|échec|échoué|erreur|ne peut pas|n'a pas pu|refusé*|a échoué",
    notBefore: "pas|ne|sans|inutile de|impossible de|n'a pas pu|afin de|pour",
    source: `${BVNC('error_rdp_authentication_failed ("Veuillez vérifier le nom d\'utilisateur et le mot de passe RDP")')}; ${REMMINA('"Vérifiez la « Négociation du protocole de sécurité »", "Veuillez vérifier que client et serveur prennent en charge une version commune de TLS"')}`,
  },
  {
    language: 'es',
    check: 'compruebe|comprueba|verifique|verifica|asegúrese|asegúrate|revise|revisa',
    failed: 'no se pudo|no se puede|no puede|no es posible|error|falló|fallida|fallo|denegad*|rechazad*',
    notBefore: 'no|sin|ni|no se pudo|no se puede|no puede|pudo|puede|para',
    source: `${BVNC('error_rdp_authentication_failed ("Verifique el nombre de usuario y la contraseña de RDP"), error_rdp_unable_to_connect ("Asegúrese de que …")')}; ${REMMINA('"Compruebe “Negociación del protocolo de seguridad”"')}`,
  },
  {
    language: 'it',
    check: 'verificare|verifica|verifichi|controllare|controlla|controlli|assicurarsi|assicurati|si assicuri',
    failed: 'impossibile|non riuscit*|fallit*|errore|non è possibile|non può|negat*|rifiutat*',
    notBefore: 'non|senza|impossibile|può|per',
    source: `${BVNC('error_rdp_authentication_failed ("Verificare nome utente e password RDP"), error_rdp_unable_to_connect ("Assicurarsi che …")')}; ${REMMINA('"Controllare «Negoziazione del protocollo di sicurezza»", "Verificare che il client e il server supportino una versione TLS comune"')}`,
  },
  {
    language: 'pt',
    check: 'verifique|verificar|favor verificar|certifique-se|confira|confirme',
    failed: 'não foi possível|não é possível|não pode|falhou|falha|erro|negad*|recusad*',
    notBefore: 'não|sem|nem|não foi possível|possível|pode|para',
    source: `${BVNC('error_rdp_authentication_failed ("Favor verificar o nome de usuário e a senha do RDP", pt-PT "verifique o nome de utilizador e a palavra-passe"), error_rdp_unable_to_connect ("Certifique-se de que …")')}; ${REMMINA('"Verifique se o cliente e o servidor oferecem suporte a uma versão TLS comum"')}`,
  },
  {
    language: 'nl',
    check: 'controleer|controleren|zorg ervoor|zorg dat|verifieer',
    failed: 'kan geen|kan niet|mislukt|fout|niet mogelijk|geweigerd',
    notBefore: 'niet|geen|zonder|te',
    source: `${BVNC('error_rdp_authentication_failed ("Controleer de RDP-gebruikersnaam en het wachtwoord"), error_rdp_unable_to_connect ("Controleer of de RDP-serverinstelling correct is")')}; ${REMMINA('"Controleer of de client en de server een gemeenschappelijke TLS-versie ondersteunen"')}`,
  },
  {
    language: 'pl',
    check: 'sprawdź|sprawdz|upewnij się|proszę sprawdzić',
    failed: 'nie można|nie powiodło|nie udało|błąd|odmow*|odrzuc*',
    notBefore: 'nie|bez|można|udało się',
    source: `${BVNC('error_rdp_authentication_failed ("Sprawdź nazwę użytkownika i hasło RDP"), error_rdp_unable_to_connect ("Upewnij się, że …")')}; ${REMMINA('"Sprawdź, czy klient i serwer obsługują wspólną wersję TLS"')}`,
  },
  {
    language: 'ru',
    check: 'проверьте|убедитесь|проверить',
    failed: 'не удалось|не удается|не удаётся|невозможно|ошибк*|сбой|отказ*|отклон*',
    notBefore: 'не|без|не удалось|удалось|удается|удаётся|невозможно',
    source: `${BVNC('error_rdp_authentication_failed ("Пожалуйста, проверьте имя пользователя и пароль RDP")')}; ${REMMINA('"Проверьте, что клиент и сервер поддерживают текущую версию TLS"')}; Windows' dialog "… Убедитесь, что вы вошли в сеть" (tables/languages/)`,
  },
  {
    language: 'zh',
    check: '检查|檢查|确认|確認|确保|確保|核实|核實',
    failed: '失败|失敗|无法|無法|错误|錯誤|出错|出錯|拒绝|拒絕|超时|超時|不能',
    notBefore: '不用|无需|無需|不必|不要|无法|無法|不能|未能|未|已|已经|已經|都',
    notAfter: '过|過|了|完',
    source: `${BVNC('error_rdp_authentication_failed (zh-TW "請先確認RDP用戶名和密碼"), error_rdp_unable_to_connect ("请确认RDP服务器设置正确")')}; ${REMMINA('"请检查客户端和服务器是否支持通用 TLS 版本", "检查“安全协议协商”"')}; Windows' dialog "确保登录到网络后" (tables/languages/)`,
  },
  {
    language: 'ja',
    check: '',
    checkAfter: '確認してください|確認して下さい|確認後|確認の上|確かめてください',
    failed: '失敗|できません|できない|エラー|拒否',
    notBefore: 'ない|不要',
    source: `${BVNC('error_rdp_authentication_failed ("RDPユーザー名とパスワードを確認後、再試行してください")')}; ${REMMINA('"クライアントとサーバーがサポートしている TLS のバージョンを確認してください", "「セキュリティプロトコルのネゴシエーション」を確認してください"')}`,
  },
  {
    language: 'ko',
    check: '',
    checkAfter: '확인하십시오|확인하세요|확인 후|확인해 주십시오|확인해 주세요|확인하여',
    failed: '실패|수 없|오류|거부',
    notBefore: '않|필요 없',
    source: `${BVNC('error_rdp_authentication_failed ("RDP 사용자 이름과 Password를 확인 후 다시 시도하십시오"), error_rdp_unable_to_connect ("… 확인하십시오")')}; ${REMMINA('"클라이언트와 서버가 일반 TLS 버전을 지원하는지 확인하세요"')}`,
  },
  {
    language: 'tr',
    check: '',
    checkAfter: 'kontrol edin|kontrol edip|kontrol ediniz|kontrol et|emin olun|emin olunuz',
    failed: 'başarısız|*amadı|*emedi|*ılamadı|*ilemedi|hata*|reddedildi',
    notBefore: 'gerek yok|değil',
    source: `${BVNC('error_rdp_authentication_failed ("Lütfen RDP kullanıcı adını ve şifresini kontrol edip tekrar deneyin"), error_rdp_unable_to_connect ("… olduğundan emin olun")')}; ${REMMINA('"İstemci ve sunucunun ortak bir TLS sürümünü desteklediğini kontrol edin"')}`,
  },
  {
    language: 'cs',
    check: 'zkontrolujte|ujistěte se|prosím zkontrolujte',
    failed: 'nelze|nezdařil*|selhal*|chyb*|nedaří|odmítnut*',
    notBefore: 'ne|bez|nelze|nepodařilo se',
    source: `${BVNC('error_rdp_authentication_failed ("Zkontrolujte prosím RDP uživatelské jméno a heslo")')}; ${REMMINA('"Zkontrolujte, zda klient a server podporují společnou verzi TLS"')}`,
  },
  {
    language: 'sv',
    check: 'kontrollera|vänligen kontrollera|se till att',
    failed: 'misslyckades|kan inte|kunde inte|går inte|fel|nekad*',
    notBefore: 'inte|utan|att',
    source: `${BVNC('error_rdp_authentication_failed ("Vänligen kontrollera RDP-användarnamn och lösenord"), error_rdp_unable_to_connect ("Vänligen kontrollera att RDP-serverinställningen är korrekt")')}; ${REMMINA('"Kontrollera „Förhandling om säkerhetsprotokoll“"')}`,
  },

  {
    language: 'uk',
    check: 'перевірте|переконайтеся',
    failed: 'не вдалося|помилка|помилк*|неможливо|відмов*',
    notBefore: 'не|без|не вдалося',
    source: `${BVNC('error_rdp_authentication_failed ("Перевірте ім’я користувача та пароль RDP"), error_rdp_unable_to_connect ("Переконайтеся, що налаштування RDP-сервера правильні")')}; ${REMMINA('"Перевірте чи сервер підтримує поточну версію TLS"')}`,
  },
  {
    language: 'hu',
    check: 'ellenőrizze|győződjön meg',
    failed: 'sikertelen|nem lehetséges|nem sikerült|nem lehet|hiba*',
    notBefore: 'nem|ne|nélkül',
    source: `${BVNC('error_rdp_authentication_failed ("Kérjük, ellenőrizze az RDP felhasználónevet és jelszót")')}; ${REMMINA('"A(z) RDP-kiszolgálóhoz kapcsolódás nem lehetséges. Ellenőrizze a …"')}`,
  },
  {
    language: 'da',
    check: 'kontrollér|kontroller|sørg for',
    failed: 'mislykkedes|kunne ikke|fejl|ikke muligt',
    notBefore: 'ikke|uden',
    source: BVNC(
      'error_rdp_authentication_failed ("Kontrollér RDP-brugernavn og adgangskode"), error_rdp_unable_to_connect ("Sørg for at RDP-serverindstillingen er korrekt, at serveren er tændt")',
    ),
  },
  {
    language: 'fi',
    check: 'tarkista|varmista',
    failed: 'epäonnistui|ei voida|ei voi|ei onnistu|virhe*',
    notBefore: 'ei|älä|ilman',
    source: BVNC(
      'error_rdp_authentication_failed ("Tarkista RDP-käyttäjänimi ja salasana"), error_rdp_unable_to_connect ("Varmista, että RDP-palvelimen asetus on oikea, palvelin on päällä")',
    ),
  },
  {
    language: 'el',
    check: 'ελέγξτε|βεβαιωθείτε',
    failed: 'απέτυχε|αδυναμία|σφάλμα',
    notBefore: 'μην|δεν|χωρίς',
    source: BVNC(
      'error_rdp_authentication_failed ("Παρακαλώ ελέγξτε το όνομα χρήστη και τον κωδικό πρόσβασης RDP"), error_rdp_unable_to_connect ("Παρακαλώ βεβαιωθείτε ότι η ρύθμιση Διακομιστή RDP είναι σωστή")',
    ),
  },
  {
    language: 'bg',
    check: 'проверете|уверете се',
    failed: 'неуспешн*|не може|грешка|неуспех',
    notBefore: 'не|без',
    source: `${BVNC('error_rdp_authentication_failed ("Моля, проверете потребителското име и паролата за RDP"), error_rdp_unable_to_connect ("Моля, уверете се, че настройката на RDP сървъра е правилна, сървърът е включен")')}; ${REMMINA('"Проверете дали клиентът и сървърът поддържат обща версия на TLS"')}`,
  },
];

/** The groups of parts: a message naming parts of three groups, or three parts of two, names a general list. */
export type AdviceGroup = 'credentials' | 'network' | 'certificate' | 'licensing' | 'negotiation' | 'logon-right';

/** A part the advice names: the program's suspect. */
export interface AdvicePart {
  readonly id: string;
  readonly group: AdviceGroup;
  /** What the part is, as the answer says it. */
  readonly says: string;
  readonly causes: readonly CauseId[];
  /** Its words by language (English always, and read in every language: "TLS", "NLA", "IP"), `|` between two. */
  readonly words: Readonly<Partial<Record<DescriptionLanguage, string>>> & { readonly en: string };
  readonly source: string;
}

/** The words Microsoft's localized "Your credentials did not work" dialogs and the build catalogs use for the parts. */
const PARTS_SOURCE =
  "the build catalogs' advice (aRDP's user name and password, Remmina's TLS version and security protocol negotiation, Windows' \"turned on and connected to the network\") and Microsoft's localized dialogs in tables/languages/ for the same parts";

export const ADVICE_PARTS: readonly AdvicePart[] = [
  {
    id: 'credentials',
    group: 'credentials',
    says: 'the user name or password typed',
    causes: [authBadCredentials.id],
    words: {
      en: 'user name|username|user|password|passwords|credentials|login name|logon name',
      de: 'benutzername*|benutzer|passwort|kennwort|anmeldedaten|anmeldeinformationen|zugangsdaten|*-benutzername',
      fr: "nom d'utilisateur|utilisateur|mot de passe|identifiants|informations d'identification",
      es: 'nombre de usuario|usuario|contraseña|credenciales',
      it: 'nome utente|utente|credenziali',
      pt: 'nome de usuário|nome de utilizador|usuário|utilizador|senha|palavra-passe|credenciais',
      nl: 'gebruikersnaam|*-gebruikersnaam|gebruiker|wachtwoord|referenties|aanmeldgegevens',
      pl: 'nazwę użytkownika|nazwa użytkownika|użytkownika|hasło|hasła|poświadczenia',
      ru: 'имя пользователя|имени пользователя|пароль|пароля|учетные данные|учётные данные',
      zh: '用户名|用戶名|使用者名稱|密码|密碼|凭据|憑據',
      ja: 'ユーザー名|パスワード|資格情報',
      ko: '사용자 이름|암호|비밀번호|자격 증명',
      tr: 'kullanıcı ad*|şifre*|parola*|kimlik bilgi*',
      cs: 'uživatelské jméno|uživatelsk* jméno|heslo|hesla|přihlašovací údaje',
      sv: 'användarnamn|*-användarnamn|lösenord|inloggningsuppgifter|autentiseringsuppgifter',
      uk: "ім’я користувача|ім'я користувача|пароль|пароля|облікові дані",
      hu: 'felhasználónév*|felhasználónev*|jelszó*|jelszav*|hitelesítő adat*',
      da: 'brugernavn|*-brugernavn|adgangskode',
      fi: 'käyttäjänimi|*-käyttäjänimi|salasana*',
      el: 'όνομα χρήστη|κωδικό πρόσβασης|κωδικός πρόσβασης',
      bg: 'потребителското име|потребителско име|паролата|парола',
    },
    source: PARTS_SOURCE,
  },
  {
    id: 'domain',
    group: 'credentials',
    says: "the Windows account's domain typed with the user name",
    causes: [authBadCredentials.id],
    words: {
      en: 'domain',
      de: 'domäne|domaene',
      fr: 'domaine',
      es: 'dominio',
      it: 'dominio',
      pt: 'domínio',
      nl: 'domein',
      pl: 'domenę|domena',
      ru: 'домен',
      ja: 'ドメイン',
      ko: '도메인',
      tr: 'etki alanı',
      cs: 'doménu|doména',
      sv: 'domän',
    },
    source: `${PARTS_SOURCE}: the domain of "Enter your credentials … domain\\user" in Windows' sign-in dialogs`,
  },
  {
    id: 'network',
    group: 'network',
    says: 'the host, its address or port, the network or a firewall on the way',
    causes: [networkUnreachable.id],
    words: {
      en: 'host|hostname|host name|address|ip address|ip|port|network|network connection|internet|internet connection|firewall|computer name|server name|dns|turned on|powered on|online|reachable|remote access is enabled|rdp is enabled',
      de: 'host|hostname|hostnamen|adresse|ip-adresse|port|netzwerk|netzwerkverbindung|firewall|computername|servername|eingeschaltet|erreichbar',
      fr: "hôte|nom d'hôte|adresse|adresse ip|port|réseau|connexion réseau|pare-feu|nom de l'ordinateur|allumé|joignable",
      es: 'nombre de host|dirección|dirección ip|puerto|red|conexión de red|cortafuegos|nombre del equipo|encendido',
      it: 'nome host|indirizzo|porta|rete|connessione di rete|nome del computer|acceso|raggiungibile',
      pt: 'endereço|porta|rede|conexão de rede|ligação de rede|nome do computador|ligado',
      nl: 'hostnaam|adres|poort|netwerk|netwerkverbinding|computernaam|bereikbaar',
      pl: 'adres|adresu|sieć|sieci|połączenie sieciowe|zaporę|zapora|nazwę komputera|włączony',
      ru: 'хост|адрес|порт|сеть|сети|сетевое подключение|брандмауэр|имя компьютера|включен',
      zh: '主机|主機|地址|端口|网络|網路|網絡|防火墙|防火牆|计算机名|已上电',
      ja: 'ホスト|アドレス|ポート|ネットワーク|ファイアウォール|コンピューター名|電源',
      ko: '호스트|주소|포트|네트워크|방화벽|컴퓨터 이름|전원',
      tr: 'ana bilgisayar|sunucu adı|adres*|bağlantı noktası|ağ|ağ bağlantı*|güvenlik duvarı|açık olduğun*',
      cs: 'hostitel*|adres*|síť|sítě|síťové připojení|brána firewall|název počítače|zapnut*',
      sv: 'värd|värdnamn|adress|nätverk|nätverket|brandvägg|brandväggen|datornamn|påslagen',
      uk: 'адреса|адресу|порт|мережа|мережу|мережі|брандмауер',
      hu: 'cím*|port*|hálózat*|tűzfal*',
      da: 'adresse|port|netværk*|firewall',
      fi: 'osoite*|portti*|verkko*|palomuuri*',
      el: 'διεύθυνση|θύρα|δίκτυο',
      bg: 'адрес*|порт*|мрежа*|защитна стена',
    },
    source: `${PARTS_SOURCE}; Windows' dialog "Make sure the remote computer is turned on and connected to the network, and that remote access is enabled" and aRDP's "the server is turned on, RDP is enabled, and … on the same network" in their languages`,
  },
  {
    id: 'certificate',
    group: 'certificate',
    says: "the server's certificate",
    causes: [tlsCertificate.id],
    words: {
      en: 'certificate|certificates|cert',
      de: 'zertifikat*',
      fr: 'certificat*',
      es: 'certificado*',
      it: 'certificat*',
      pt: 'certificado*',
      nl: 'certificaat|certificaten',
      pl: 'certyfikat*',
      ru: 'сертификат*',
      zh: '证书|證書|憑證',
      ja: '証明書',
      ko: '인증서',
      tr: 'sertifika*',
      cs: 'certifikát*',
      sv: 'certifikat*',
      uk: 'сертифікат*',
      hu: 'tanúsítvány*',
      da: 'certifikat*',
      fi: 'varmenne*',
      el: 'πιστοποιητικ*',
      bg: 'сертификат*',
    },
    source: `${PARTS_SOURCE}: the certificate dialogs' word in each language ("The certificate is not from a trusted certifying authority" and its translations)`,
  },
  {
    id: 'license-server',
    group: 'licensing',
    says: 'the Remote Desktop license server',
    causes: [licensingServerUnavailable.id],
    words: {
      en: 'license server|licensing server|licence server|licensing mode',
      de: 'lizenzserver*',
      fr: 'serveur de licences|serveur de licence',
      es: 'servidor de licencias',
      it: 'server licenze|server di licenze',
      pt: 'servidor de licenças|servidor de licenciamento',
      nl: 'licentieserver*',
      pl: 'serwer licencji|serwera licencji',
      ru: 'сервер лицензирования|сервера лицензирования',
      zh: '许可证服务器|授权服务器|授權伺服器',
      ja: 'ライセンス サーバー|ライセンスサーバー',
      ko: '라이선스 서버',
      tr: 'lisans sunucu*',
      cs: 'licenční server',
      sv: 'licensserver*',
    },
    source: `${PARTS_SOURCE}: the license server's name in the localized "no Remote Desktop license servers available" dialogs (tables/languages/, described-because.ts)`,
  },
  {
    id: 'cal',
    group: 'licensing',
    says: 'the client access licences (CALs)',
    causes: [licensingCalUnavailable.id, licensingServerUnavailable.id],
    words: {
      en: 'license|licence|licenses|licences|licensing|cal|cals|client access license*|client access licence*',
      de: 'lizenz|lizenzen|lizenzierung',
      fr: 'licence|licences',
      es: 'licencia|licencias',
      it: 'licenza|licenze',
      pt: 'licença|licenças',
      nl: 'licentie|licenties',
      pl: 'licencj*',
      ru: 'лицензи*',
      zh: '许可证|授權',
      ja: 'ライセンス',
      ko: '라이선스|라이센스',
      tr: 'lisans*',
      cs: 'licenc*',
      sv: 'licens|licenser',
    },
    source: `${PARTS_SOURCE}: the licence's word in the localized licensing dialogs`,
  },
  {
    id: 'tls',
    group: 'negotiation',
    says: 'the TLS version the client and the server share',
    causes: [tlsProtocolMismatch.id],
    words: { en: 'tls|tls version|ssl' },
    source: REMMINA(
      '"Failed to connect to RDP server via TLS. Check that client and server support a common TLS version." in its languages',
    ),
  },
  {
    id: 'nla',
    group: 'negotiation',
    says: 'Network Level Authentication (CredSSP)',
    causes: [credsspNla.id],
    words: {
      en: 'nla|network level authentication|credssp',
      de: 'authentifizierung auf netzwerkebene',
      fr: 'authentification au niveau du réseau',
      es: 'autenticación a nivel de red|autenticación de nivel de red',
      it: 'autenticazione a livello di rete',
      pt: 'autenticação no nível da rede|autenticação ao nível da rede',
      nl: 'verificatie op netwerkniveau',
      pl: 'uwierzytelnianie na poziomie sieci|uwierzytelniania na poziomie sieci',
      ru: 'проверка подлинности на уровне сети|проверки подлинности на уровне сети',
      zh: '网络级别身份验证|網路層級驗證',
      ja: 'ネットワーク レベル認証',
      ko: '네트워크 수준 인증',
      tr: 'ağ düzeyinde kimlik doğrulama',
      cs: 'ověřování na úrovni sítě',
      sv: 'autentisering på nätverksnivå',
    },
    source: `${PARTS_SOURCE}: the localized "The remote computer requires Network Level Authentication" dialogs (tables/languages/localized-nla.ts)`,
  },
  {
    id: 'security-layer',
    group: 'negotiation',
    says: 'the security layer or security protocol the client and the server negotiate',
    causes: [securityLayerMismatch.id],
    words: {
      en: 'security layer|security protocol|security protocol negotiation|security negotiation|encryption level',
      de: 'sicherheitsebene|sicherheitsprotokoll*|aushandlung des sicherheitsprotokolls',
      fr: 'couche de sécurité|protocole de sécurité|négociation du protocole de sécurité',
      es: 'capa de seguridad|protocolo de seguridad|negociación del protocolo de seguridad',
      it: 'livello di sicurezza|protocollo di sicurezza|negoziazione del protocollo di sicurezza',
      pt: 'camada de segurança|protocolo de segurança|negociação de protocolo de segurança',
      nl: 'beveiligingslaag|beveiligingsprotocol|onderhandeling beveiligingsprotocol',
      pl: 'warstwa zabezpieczeń|protokół bezpieczeństwa|protokołu bezpieczeństwa',
      ru: 'уровень безопасности|протокол безопасности|протокола безопасности',
      zh: '安全层|安全層|安全协议|安全協定',
      ja: 'セキュリティ層|セキュリティプロトコル|セキュリティ プロトコル',
      ko: '보안 계층|보안 프로토콜',
      tr: 'güvenlik katmanı|güvenlik protokol*',
      cs: 'vrstva zabezpečení|protokol zabezpečení|protokolu zabezpečení',
      sv: 'säkerhetslager|säkerhetsprotokoll',
      uk: 'протокол* захисту|узгодження протоколу захисту',
      hu: 'biztonsági protokoll*',
      da: 'sikkerhedsprotokol*',
      fi: 'suojausprotokoll*',
      bg: 'протокол* за сигурност',
    },
    source: REMMINA(
      '"Unable to establish a connection to the RDP server. Check \\"Security protocol negotiation\\"." in its languages',
    ),
  },
  {
    id: 'logon-right',
    group: 'logon-right',
    says: 'the right to sign in through Remote Desktop (the Remote Desktop Users group, the permissions)',
    causes: [authLogonRight.id],
    words: {
      en: 'remote desktop users|permission|permissions|logon right|log on through remote desktop services',
      de: 'remotedesktopbenutzer|berechtigung|berechtigungen',
      fr: 'utilisateurs du bureau à distance|autorisation|autorisations',
      es: 'usuarios de escritorio remoto|permiso|permisos',
      it: 'utenti desktop remoto|autorizzazioni|permessi',
      pt: 'usuários da área de trabalho remota|permissão|permissões',
      nl: 'gebruikers van extern bureaublad|machtiging|machtigingen',
      pl: 'użytkownicy pulpitu zdalnego|uprawnienia|uprawnień',
      ru: 'пользователи удаленного рабочего стола|разрешения|права доступа',
      zh: '远程桌面用户|遠端桌面使用者|权限|權限',
      ja: 'リモート デスクトップ ユーザー|アクセス許可|権限',
      ko: '원격 데스크톱 사용자|권한',
      tr: 'uzak masaüstü kullanıcıları|izinler*|yetki*',
      cs: 'uživatelé vzdálené plochy|oprávnění',
      sv: 'fjärrskrivbordsanvändare|behörighet|behörigheter',
    },
    source: `${PARTS_SOURCE}: the Remote Desktop Users group's name and "permission" in the localized logon-right dialogs (tables/languages/localized-logon.ts, described-members.ts)`,
  },
];

/**
 * Another product named in the advice's message: its advice is that product's (an SSH or mail server's host and port,
 * a database's password, a VPN's network), never Remote Desktop's. Words as those products name themselves.
 */
export const ADVICE_OTHER_PRODUCTS =
  /\b(?:ssh|sftp|ftp|smtp|imap|pop3|e-?mail|mail server|mailserver|database|datenbank|base de (?:données|datos|dados)|mysql|mariadb|postgres(?:ql)?|mongodb|redis|oracle|vpn|openvpn|wireguard|tailscale|psremoting|powershell remoting|winrm|wi-?fi|git|vnc|teamviewer|anydesk|chrome remote desktop|citrix|api)\b|数据库|數據庫|データベース|데이터베이스|邮件|郵件|メール/i;
