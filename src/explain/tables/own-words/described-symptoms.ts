/**
 * What users write when they describe a failure instead of pasting a message ("Windows Firewall was blocking my
 * connection", "after the 120-day grace period expires", "the first is kicked", "远程桌面…提示拒绝连接"): each symptom a
 * concept, its words in English and the languages the paste reader reads, and the causes (`patterns/`, by
 * `pattern.id`) a public page links it to. Read by `described-reading.ts` only when nothing else in a paste is read, and
 * only in a paste about Remote Desktop (other-subsystems.ts `REMOTE_DESKTOP_WORDS`, the words below, or a concept's
 * `ownWords`) that names no other remote-access product (`OTHER_PRODUCTS`).
 *
 * A word is lower case; `*` at its end takes any ending ("disconnect*"). Words holding Chinese or Japanese characters
 * are matched anywhere (those languages write no spaces); Korean ones from a word's start; the others as whole words.
 * Sources: each row's own; the words in other languages are the ones the localized versions of the same Microsoft Learn
 * pages (learn.microsoft.com/<locale>/…) and the public pages named on the row use for the same symptom.
 */
import { authAccountState } from '../../../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { licensingCalUnavailable } from '../../../../patterns/licensing-cal-unavailable.js';
import { licensingGraceExpired } from '../../../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../../../patterns/network-dropped.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { sessionLimit } from '../../../../patterns/session-limit.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import { DESCRIBED_ACCESS } from './described-access.js';
import { DESCRIBED_CONNECTION } from './described-connection.js';
import { DESCRIBED_CONTRAST } from './described-contrast.js';
import { DESCRIBED_EVERYDAY } from './described-everyday.js';
import { DESCRIBED_SYMPTOM_WORDS_H61C } from './described-symptom-words.js';
import { TERMS_LATIN_CONCEPTS } from './described-terms-latin.js';
import { DESCRIBED_SERVER_SIDE_H62C } from './described-server-side.js';
import { SECURE_CONNECTION_CONCEPTS } from './described-secure-connection.js';
import { POLICY_SETTING_CONCEPTS } from './described-policy-settings.js';
import { concept, LEARN, type SymptomConcept } from './symptom-concept.js';

export type { DescriptionLanguage, SymptomConcept } from './symptom-concept.js';

/**
 * Failures said by a clause's structure (symptom-concept.ts `said`): what failed named by its subject and a failure
 * said of it, where users retell a dialog in their words ("your remote connection is lost", "the password is in
 * correct", "someone else is signed on", "the RDP certificate is not trusted"). Each with the other concepts' subjects
 * that make the clause theirs (`unless`): a session ended because another user connected is that user's, a password
 * refused because the account is locked is the account's.
 */
const ANOTHER_USER_SAID = {
  // The subject, not a place the user connected from ("I connected from another computer").
  subject:
    /(?<!\b(?:from|on|to|with|via|by|use|using|try|tried) )\b(?:someone else|somebody else|someone|somebody|another user\d{0,3}|other users?|another person|another connection|another device|another computer|another session|second user|second one|second person)\b/,
  // Round 31 (r31-h62c): the same warning retold as the message the user gets ("a message stating that the other user
  // will be logged out", https://github.com/stascorp/rdpwrap/issues/136), never a logoff scheduled ("… at 6 pm").
  // Round 30 (r30-h61c): mstsc's "If you continue, they'll be disconnected" retold ("other users would log out if I
  // log in"): only with its condition, never a logoff scheduled ("other users would be logged off at 6 pm").
  // Round 26 (r26-h60k), round 30: the other user made to leave or give up their session ("the other user must disconnect before you can connect", "the
  // second one kicks the first out"), the one-session rule of KB 2477023 retold.
  failed:
    /\b(?:signed (?:in|on)|logged (?:in|on)|logs (?:in|on)|signs (?:in|on)|connected|connects|was made|took over|takes over|is using|was using|kicks? (?:me|us|him|her|them|the first|the other|the others|everyone|users?) (?:out|off)|kicked (?:me|us|him|her|them|out|off)|(?:must|has to|needs to|have to) (?:disconnect|log ?off|log out|sign out) (?:before|first|so that|for)|(?:must|has to|needs to|have to) (?:give up|end|close|leave) (?:their|his|her|the|its) (?:session|connection)|(?:would|will) (?:be )?(?:(?:log(?:ged)?|sign(?:ed)?) (?:out|off)|disconnected) if|(?:stating|saying|says|warns?|warning|told|tells|message) (?:me |us |you )?(?:that )?(?:the |an? )?(?:other|another|first|current|previous|logged[- ]in) (?:users?|persons?|sessions?) (?:will|would) (?:be )?(?:(?:log(?:ged)?|sign(?:ed)?) (?:out|off)|disconnected|kicked (?:out|off))(?! (?:at|after|in|every|on|when|once|by)\b))\b/,
};
// A drop is the connection's own: not a session ended by another user, an administrator, a logoff, an idle or time
// limit (a duration in the clause), a licence, sleep, a warning of what "will be", nor what follows the user's own
// disconnect ("the session is terminated when disconnecting").
/**
 * Round 31 (r31-h62c): a client reconnecting as its window is resized or dragged ("when I drag the mRemoteNG panel to
 * resize it I get disconnected from the RDP host"): the client's own reconnect to apply the new size, by design
 * (https://github.com/mRemoteNG/mRemoteNG/issues/1859, its maintainer: "When you resize your window the RDP connection
 * has to be reconnected"), not the connection lost.
 *
 * A session's Disconnected state (the state qwinsta and Task Manager show, the sessions a time limit ends) is where a
 * session waits, not a connection dropping: "a user's RDP session can stay in the disconnected state until the
 * computer restarts", "сессия … может находится в состоянии disconnected" and "переходит … в режим disconnected"
 * (windoro.ru/windows-server-2019-zavershenie-otklyuchennogo-seansa and iphone17pro.ru/windows-gruppovye-politiki-
 * zavershenie-seansa, on ending disconnected sessions) keep the clause unread; "the session keeps getting
 * disconnected" is still read.
 */
const DISCONNECT_SAID = {
  subject: /\b(?:connection|connections|session|sessions|remote desktop|rdp|mstsc|black screen)\b/,
  // Round 26 (r26-h60k): the plural's bare verb with when it happens ("RDP sessions … disconnect immediately after
  // connecting", "… disconnect after minutes"), never the user's own act ("users disconnect after work": `unless`).
  failed:
    /\b(?:lost|dropped|drops|dropping|disconnects|disconnected|disconnecting|cut off|terminated|interrupted|(?:sessions?|connections?|screen|window|rdp|mstsc) (?:(?:keeps?|often|randomly|sometimes|constantly|always|then|just) )?(?:freezes|freezing|froze)|keeps reconnecting|reconnects (?:every|constantly|repeatedly|all the time)|(?:would|will|keeps?|just|then|randomly|suddenly) (?:just )?drop|(?:and|then) (?:it )?disconnect|disconnect (?:immediately|instantly|right away|straight away|at once|randomly|constantly|repeatedly|frequently|intermittently|every|after))\b/,
  unless:
    /\b(?:another|other|someone|somebody|administrator|admin|log(?:ged|s)? ?(?:off|out)|signed out|idle|inactiv\w*|time ?limit\w*|screen ?saver|lock\w*|licen[cs]\w*|sleep\w*|will be|\d+ ?(?:sec\w*|min\w*|hours?|hrs?)|(?:i|we) (?:have |had )?(?:disconnect|close|end)\w*|(?:you|users?|they) (?:can |may |should |must |usually |always )?disconnect|(?:when|after|upon|on) (?:i |we )?(?:every )?(?:rdp )?disconnect\w*|disconnected state|state disconnected|disconnected sessions?|(?:resiz|drag)\w* (?:the |a |its |my |an )?(?:\w+ )?(?:window|panel|pane|tab|client|frame))\b|в состоянии|в режим/,
};
const WRONG_PASSWORD_SAID = {
  subject: /\b(?:password|passwords|credentials|user ?name or password|login|logon|log-in|sign-in)\b/,
  failed:
    /\b(?:wrong|incorrect|in correct|invalid|not correct|not valid|rejected|not accepted|failed|fails|did not work|didn't work|doesn't work|does not work|do not work|don't work|not working)\b/,
  unless:
    /\b(?:lock\w*|disabled|expir\w*|must (?:be )?change\w*|authori[sz]\w*|allowed|right to|denied|restrict\w*|licen[cs]\w*|smart ?card|pin|saved|credssp|nla|network level|gateway|certificate|too many)\b/,
};
const CERTIFICATE_SAID = {
  subject: /\b(?:certificate|cert)\b/,
  failed:
    /\b(?:expired|invalid|not valid|not trusted|untrusted|mismatch|revoked|does not match|doesn't match|could not be verified|cannot be verified|can't be verified|failed verification|verification failed|warning|warnings|warns|prompt|prompts|(?:asks?|asked|prompted) (?:me |us |users |the users )?to (?:trust|accept)|(?:wants?|asks?|prompts?|requires?) (?:you|me|us|users|the users?) to (?:confirm|accept|trust))\b/,
  // Round 26 (r26-h60k): the warning itself ("RDP shows a certificate warning", "asks me to trust the certificate every
  // time"): KB 2000960's prompts, a certificate not trusted or not matching the name; never one the user installed.
  unless:
    /\b(?:smart ?card|client certificate|user certificate|vpn|code signing|browser|website|web site|https site|gone|went away|disappeared|no longer (?:appears|shows|comes))\b|\b(?:warns?|prompts?|asks?) (?:you |me |us |users )?(?:if|whenever)\b/,
};

export const SYMPTOM_CONCEPTS: readonly SymptomConcept[] = [
  concept(
    'firewall-port',
    'a firewall, a port or port forwarding in the way, or the connection refused',
    [networkUnreachable],
    `Microsoft Learn "Change the listening port for Remote Desktop on your computer" (${LEARN}/windows-server/remote/remote-desktop-services/clients/change-listening-port: allow the new port through the firewall), "Allow access to your PC from outside its network" (${LEARN}/windows-server/remote/remote-desktop-services/clients/remote-desktop-allow-outside-access: port forwarding) and "General Remote Desktop connection troubleshooting" (${LEARN}/troubleshoot/windows-server/remote/troubleshoot-rdp-connection: firewall, listener port); Winsock WSAECONNREFUSED "Connection refused"`,
    {
      en: 'firewall|port forward*|port-forward*|forwarded the port|custom port|custom rdp port|connection refused|refused the connection|actively refused|refused the network connection|port is blocked|port blocked|blocked port|port is closed',
      de: 'firewall|portweiterleitung*|verbindung verweigert|verbindung abgelehnt|port blockiert',
      fr: 'pare-feu|redirection de port*|connexion refusée|port bloqué',
      es: 'firewall|cortafuegos|reenvío de puertos|redirección de puertos|conexión rechazada|puerto bloqueado',
      pt: 'firewall|redirecionamento de porta*|encaminhamento de porta*|conexão recusada|porta bloqueada',
      it: 'firewall|inoltro delle porte|connessione rifiutata|porta bloccata',
      nl: 'firewall|poort doorsturen|verbinding geweigerd|poort geblokkeerd',
      pl: 'zapora*|firewall|przekierowanie port*|połączenie odrzucone|odmowa połączenia',
      ru: 'брандмауэр*|файрвол*|фаервол*|проброс порт*|порт заблокирован|соединение отклонено',
      zh: '防火墙|端口转发|端口映射|拒绝连接|连接被拒绝|端口被封',
      'zh-TW': '防火牆|連接埠轉送|拒絕連線|連線被拒',
      ja: 'ファイアウォール|ポート転送|ポートフォワード|接続が拒否|ポート番号を変',
      ko: '방화벽|포트 포워딩|연결이 거부',
      tr: 'güvenlik duvar*|bağlantı reddedildi|port yönlendirme*',
      cs: 'brána firewall|firewall|přesměrování port*|připojení odmítnuto',
      sv: 'brandvägg*|anslutningen nekades',
    },
  ),
  concept(
    'account-locked',
    'the account locked out after too many attempts',
    [authAccountState],
    `Microsoft Learn "Account lockout threshold" (${LEARN}/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/account-lockout-threshold); Alibaba Cloud ECS help "the user account has been locked because there were too many logon attempts" when connecting by RDP (https://www.alibabacloud.com/help/en/ecs/user-guide/for-safety-consideration-have-lock-the-user-account-the-reason-is-that-login-attempt-or-password-change-try-too-much, and its zh and ja versions)`,
    {
      en: 'locked out|account is locked|account was locked|account locked|account gets locked|account got locked|account lockout|too many logon attempts|too many login attempts|too many failed logon attempts|too many failed login attempts|too many failed sign-in attempts|too many failed attempts|account is now locked|account has been locked|lock yourself out|lock myself out|locked myself out|locks you out|locks users out',
      de: 'konto gesperrt|konto ist gesperrt|konto wurde gesperrt|kontosperrung|zu viele anmeldeversuche',
      fr: 'compte verrouillé|compte est verrouillé|trop de tentatives',
      es: 'cuenta bloqueada|demasiados intentos',
      pt: 'conta bloqueada|muitas tentativas',
      it: 'account bloccato|troppi tentativi',
      nl: 'account geblokkeerd|account vergrendeld|te veel aanmeldpogingen',
      pl: 'konto zablokowane|konto zostało zablokowane|zbyt wiele prób',
      ru: 'учетная запись заблокирована|учётная запись заблокирована|слишком много попыток',
      zh: '被锁|账户已锁定|帐户已锁定|账号锁定|尝试次数过多',
      'zh-TW': '帳戶被鎖|帳戶已鎖定|被鎖定',
      ja: 'アカウントがロック|ロックアウト',
      ko: '계정이 잠겼|계정 잠금',
      tr: 'hesap kilitl*|hesabı kilitl*|hesabım kilitl*',
      cs: 'účet zablokován|účet je uzamčen',
      sv: 'kontot är låst|kontot låstes|utelåst',
    },
  ),
  {
    ...concept(
      'another-user',
      'another user taking the session, or the number of connections limited',
      [sessionLimit],
      'Microsoft KB 280828 "How Remote Desktop works with Windows XP Professional" (public copy https://ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/280/828.HTM: "If you continue, this user\'s Windows session will end"); "How to restrict kick off during a Remote Desktop connection" (https://everydaytech.org/computers-operating-systems/computer-hardware-components/how-to-restrict-kick-off-during-remote-desktop-connection: single-session limits); windowsa.ru on the desktop editions\' one RDP session ("В систему вошел другой пользователь", https://windowsa.ru/windows-10-rdp-server-neskolko-polzovatelej)',
      {
        en: 'kicked off|kicked out|kicks off|kicks me off|kicked me off|kicked me out|is kicked|was kicked|gets kicked|get kicked|got kicked|another user connects|another user logs in|another user logs on|another user signs in|another person connects|another user is signed in|another user is logged|someone else logs in|someone else is logged|someone else is signed in|maximum number of connections|connections limited|concurrent session*|only one session|disconnect the other user*|disconnect another user*|disconnecting another user*|disconnect the current user*|disconnect the connected user*|disconnect already connected user*|disconnect the already connected user*|disconnect the logged in user*|disconnect the signed in user*|drop the current user*|drop the other user*|kick the current user*|kick the other user*|kick out the other user*|sign out the other user*|log off the other user*|only 1 simultaneous|only one simultaneous|simultaneous user*|simultaneous session*|simultaneous rdp*|simultaneous remote desktop*|only 1 user can|only one user can|only one user at a time|only 1 user at a time|only one remote desktop user|only one rdp user|one user at the same time|another user is currently signed in|another user is currently logged*|another user is already signed in|another user is already logged*|another user is using*|someone else is using*|someone else is currently*|one user log in at a time|one user logged in at a time|one user can log in|one user can connect|one user to log in|one user to connect|one user at once|one connection at a time|one connection at once|log in simultaneously|login simultaneously|logged in simultaneously|log on simultaneously|connect simultaneously',
        de: 'rausgeworfen|rausgekickt|anderer benutzer ist angemeldet|maximale anzahl an verbindungen',
        fr: 'un autre utilisateur est connecté|éjecté|nombre maximal de connexions',
        es: 'otro usuario ha iniciado sesión|me expulsa|número máximo de conexiones',
        pt: 'outro usuário está conectado|número máximo de conexões',
        ru: 'в систему вошел другой пользователь|в систему вошёл другой пользователь|выкидывает|выбивает',
        zh: '另一个用户登录|其他用户登录|别人登录|被踢|挤掉|挤下线|踢下线|最大连接数|连接数限制',
        'zh-TW': '另一個使用者|被踢',
        ja: '別のユーザーがサインイン|他のユーザーがサインイン|追い出され|最大接続数',
        ko: '다른 사용자가 로그인',
        tr: 'başka bir kullanıcı oturum açtı',
      },
    ),
    said: ANOTHER_USER_SAID,
  },
  {
    ...concept(
      'disconnects',
      'the connection dropping, freezing or lost after it was made',
      [networkDropped],
      `Microsoft Learn "Troubleshoot Remote Desktop disconnected errors" (${LEARN}/troubleshoot/windows-server/remote/troubleshoot-remote-desktop-disconnected-errors); "Remote Desktop session keeps disconnecting" (https://www.deploymentresearch.com/remote-desktop-session-keeps-disconnecting-the-solution/: reason 2308, the network); blog.silverpc.hu on RDP connections that keep dropping ("die Verbindung wird getrennt", https://blog.silverpc.hu/?p=326313)`,
      {
        en: 'keeps disconnecting|keep disconnecting|keeps dropping|disconnects randomly|randomly disconnect*|disconnects frequently|frequent disconnect*|intermittent disconnect*|disconnects every|disconnected every|drops every|session drops|connection drops|connection dropped|dropped connection|lost connection|connection was lost|connection lost|connection to the remote computer was lost|freezes and disconnect*|freezes then|screen freezes',
        de: 'bricht ständig ab|bricht immer wieder ab|bricht ab|verbindung wird getrennt|verbindungsabbr*|friert ein|verbindung verloren',
        fr: 'se déconnecte|déconnexions|connexion perdue|se fige',
        es: 'se desconecta|desconexiones|se pierde la conexión|conexión perdida|se congela',
        pt: 'desconecta|conexão perdida|queda de conexão|cai a conexão',
        it: 'si disconnette|disconnessioni|connessione persa',
        nl: 'verbinding verbroken|verbreekt de verbinding|valt weg',
        pl: 'rozłącza|zrywa połączenie|utrata połączenia',
        ru: 'отключается|разрывается|обрывается|разрыв соединения|отваливается|вылетает',
        zh: '断开|掉线|断线|连接中断|经常断|频繁断',
        'zh-TW': '斷線|中斷連線',
        ja: '切断され|接続が切れ|途切れ|フリーズ',
        ko: '연결이 끊',
        tr: 'bağlantı kopuyor|bağlantı kesiliyor|kopuyor|donuyor',
        cs: 'odpojuje|spojení se přeruš*',
        sv: 'kopplas från|tappar anslutningen',
      },
    ),
    // Round 30 (r30-h61c): "keeps disconnecting another user" is the other user's session ended (another-user).
    unless: /\bdisconnect\w* (?:another|the other|other|the current|the first) (?:users?|persons?|sessions?)/,
    said: DISCONNECT_SAID,
  },
  {
    ...concept(
      'wrong-password',
      'a wrong password or credentials that did not work',
      [authBadCredentials],
      `Microsoft Learn "Your credentials did not work" in Remote Desktop (${LEARN}/troubleshoot/windows-server/remote/credentials-did-not-work-rdp: the user name or password)`,
      {
        en: "wrong password|password is wrong|incorrect password|password is incorrect|bad password|wrong credentials|invalid credentials|wrong username or password|incorrect username or password|credentials did not work|credentials didn't work|credentials do not work|credentials don't work|credentials are wrong|credentials were wrong|credentials are incorrect|credentials were incorrect|credentials are invalid|credentials were invalid|credentials were rejected|credentials are rejected|credentials were not accepted|credentials are not accepted|password was rejected|password is rejected|password was not accepted|password is not accepted|password doesn't work|password does not work|password didn't work|password did not work|invalid password|invalid username or password|invalid user name or password|wrong username, password|wrong user name, password|incorrect username, password|incorrect user name, password|invalid username, password|wrong username/password|wrong user/password",
        de: 'falsches kennwort|falsches passwort|kennwort ist falsch|passwort ist falsch',
        fr: 'mot de passe incorrect|mauvais mot de passe|mot de passe erroné',
        es: 'contraseña incorrecta|contraseña equivocada',
        pt: 'senha incorreta|senha errada',
        it: 'password errata|password sbagliata',
        nl: 'verkeerd wachtwoord|onjuist wachtwoord',
        pl: 'złe hasło|nieprawidłowe hasło|błędne hasło',
        ru: 'неверный пароль|неправильный пароль',
        zh: '密码错误|密码不对|密码不正确',
        'zh-TW': '密碼錯誤',
        ja: 'パスワードが間違|パスワードが違',
        ko: '비밀번호가 틀|암호가 틀',
        tr: 'yanlış şifre|şifre yanlış|hatalı şifre|parola yanlış',
        cs: 'špatné heslo|nesprávné heslo',
        sv: 'fel lösenord',
      },
    ),
    said: WRONG_PASSWORD_SAID,
  },
  concept(
    'credssp-or-nla',
    'CredSSP, Network Level Authentication or an authentication error',
    [credsspNla],
    `Microsoft Learn "Errors when you run a remote desktop connection: CredSSP encryption oracle remediation" (${LEARN}/troubleshoot/windows-server/remote/credssp-encryption-oracle-remediation: "An authentication error has occurred") and "Remote Desktop Services: Network Level Authentication" settings`,
    {
      en: 'credssp|encryption oracle|network level authentication|nla|authentication error',
      de: 'authentifizierungsfehler|authentifizierung auf netzwerkebene',
      fr: "erreur d'authentification|authentification au niveau du réseau",
      es: 'error de autenticación|autenticación a nivel de red',
      pt: 'erro de autenticação',
      it: 'errore di autenticazione',
      ru: 'ошибка проверки подлинности|проверка подлинности на уровне сети',
      zh: '身份验证错误|网络级别身份验证',
      'zh-TW': '驗證錯誤|網路層級驗證',
      ja: '認証エラー|ネットワーク レベル認証',
      ko: '인증 오류',
      tr: 'kimlik doğrulama hatası',
    },
    'credssp|encryption oracle|network level authentication|nla',
  ),
  // One side updated and the other not: the 2018 CredSSP update's mismatch, the one Microsoft documents as breaking
  // connections between updated and not updated computers (its table of patched client and unpatched server). Near
  // miss: an update named with nothing about the other side ("after the update RDP is slow"), a side without the
  // update that connects fine.
  {
    ...concept(
      'update-on-one-side',
      'a security update on one side of the connection and not on the other (the 2018 CredSSP update)',
      [credsspNla],
      `Microsoft Learn "Errors when you run a remote desktop connection: CredSSP encryption oracle remediation" (${LEARN}/troubleshoot/windows-server/remote/credssp-encryption-oracle-remediation: a client with the update and a server without it, or the reverse, refused by the Encryption Oracle Remediation policy; install the update on both)`,
      {
        en: "don't have this update|do not have this update|doesn't have this update|does not have this update|don't have the update|do not have the update|doesn't have the update|does not have the update|without this update|unpatched server*|unpatched client*|unpatched machine*|unpatched computer*|any updated windows|to updated windows|updated windows system*|to updated servers|to updated machines|to any updated",
      },
    ),
    // The side without the update said to connect all the same: no mismatch told.
    unless: /\b(?:connects?|connected|works?|working) (?:fine|ok|normally|well)\b/,
  },
  // Round 35: a Windows update said to have broken Remote Desktop ("since the cumulative update our RDP access is
  // broken", "after the Windows updates RDP stopped working"): the failure Microsoft documents after an
  // update is CredSSP's, one side patched and the other not. Near misses: an update that slowed or changed something
  // without a failure ("after the update RDP is slow"), a client program's or another system's update ("after the
  // Linux Mint update", "the Windows App update"), "update" as a verb ("update the certificate"), RDP Wrapper stopped by
  // an update (the update replaced the termsrv.dll the wrapper patches).
  {
    ...concept(
      'update-broke-connection',
      'Remote Desktop failing since a Windows update (the update Microsoft documents as breaking connections is the 2018 CredSSP update, installed on one side only)',
      [credsspNla],
      `Microsoft Learn "Errors when you run a remote desktop connection: CredSSP encryption oracle remediation" (${LEARN}/troubleshoot/windows-server/remote/credssp-encryption-oracle-remediation: after the updates are installed on one side and not the other, the connection fails with "An authentication error has occurred"; install the update on both)`,
      {
        en: 'update broke rdp|update broke remote desktop|updates broke rdp|updates broke remote desktop|patch broke rdp|patch broke remote desktop',
      },
    ),
    said: {
      subject:
        /\b(?:windows|security|cumulative|monthly|latest|recent|last|an|the|some|this|these|those|microsoft) (?:updates?|patch(?:es)?)\b(?! (?:the|your|my|our|its|it)\b)|\bkb ?\d{6,7}\b|\b(?:after|since) (?:updating|patching) (?:windows|the server|our server|the servers|the host|the machine|the pc)\b/,
      failed:
        /\b(?:broke|broken|breaks|stopped working|no longer (?:works?|connects?)|(?:can(?:'t|not| no longer)|could(?:n't| not)|unable to|no longer able to|(?:nobody|no one|no-one) can) (?:rdp|connect|remote|log ?(?:in|on)|sign ?in|access)|(?:doesn't|does not|won't|didn't|did not) (?:work|connect))\b/,
      unless:
        /\b(?:linux|mint|ubuntu|debian|fedora|remmina|freerdp|xrdp|mac|macos|ios|android|windows app|the app|client app|rd client|drivers?|firmware|bios|graphics|nvidia|chrome|browser|teamviewer|anydesk|certificate|password|dns|rdp ?wrapper|rdpwrap|termsrv(?:\.dll)?)\b/,
      sentence: true,
    },
  },
  {
    ...concept(
      'certificate',
      "the server's certificate expired or not trusted",
      [tlsCertificate],
      `Microsoft Learn "Remote Desktop listener certificate configurations" (${LEARN}/troubleshoot/windows-server/remote/remote-desktop-listener-certificate-configurations: an expired or unusable listener certificate)`,
      {
        en: 'certificate expired|certificate has expired|expired certificate|certificate error|certificate errors|untrusted certificate|certificate is not trusted|certificate name mismatch',
        de: 'zertifikat ist abgelaufen|zertifikat abgelaufen|abgelaufenes zertifikat|zertifikatfehler|zertifikatsfehler',
        fr: 'certificat expiré|erreur de certificat',
        es: 'certificado caducado|certificado vencido|certificado expirado|error de certificado',
        pt: 'certificado expirado|erro de certificado',
        ru: 'сертификат истек|сертификат истёк|ошибка сертификата',
        zh: '证书过期|证书已过期|证书错误',
        'zh-TW': '憑證過期|憑證錯誤',
        ja: '証明書の有効期限が切れ|証明書エラー',
        ko: '인증서가 만료|인증서 오류',
        tr: 'sertifika süresi doldu|sertifika hatası',
      },
    ),
    said: CERTIFICATE_SAID,
  },
  concept(
    'grace-period',
    'the licensing grace period over',
    [licensingGraceExpired],
    `Microsoft Learn "License Remote Desktop session hosts" and "License your RDS deployment with client access licenses (CALs)" (${LEARN}/windows-server/remote/remote-desktop-services/rds-client-access-license: the 120-day grace period, after which users cannot connect)`,
    {
      // The grace period by its length ("the 120-day license limit", "RDS 120 day trial"): its 120 days are the
      // licensing's (the row's source); a 120-day password or retention policy says neither licence nor trial.
      en: 'grace period|120-day licen*|120 day licen*|120 days licen*|120-day rds licen*|120-day limit*|120 day limit*|120-day trial|120 day trial|120 days trial',
      de: 'kulanzzeitraum|karenzzeit',
      fr: 'période de grâce',
      es: 'período de gracia|periodo de gracia',
      pt: 'período de carência',
      it: 'periodo di tolleranza',
      ru: 'льготный период',
      zh: '宽限期',
      'zh-TW': '寬限期',
      ja: '猶予期間',
      ko: '유예 기간',
    },
    '120-day grace period|120 day grace period|120 days grace period|rds grace period|licensing grace period',
  ),
  concept(
    'license-server',
    'the license server',
    [licensingServerUnavailable],
    `Microsoft Learn "Troubleshoot RDS connections: No Remote Desktop License Servers available" (${LEARN}/troubleshoot/windows-server/remote/no-remote-desktop-license-server-available-error)`,
    {
      // Round 26 (r26-h60k): the server said absent ("no license server is specified"), which a negation before the
      // bare words would cancel.
      en: 'license server*|licensing server*|rd licensing|rds licensing|remote desktop licensing|no license server*|no licensing server*|no rd license server*|no rds license server*|no remote desktop license server*',
      de: 'lizenzserver',
      fr: 'serveur de licences',
      es: 'servidor de licencias',
      pt: 'servidor de licenças|servidor de licenciamento',
      it: 'server licenze',
      ru: 'сервер лицензирования|сервер лицензий',
      zh: '授权服务器|许可证服务器',
      'zh-TW': '授權伺服器',
      ja: 'ライセンス サーバー|ライセンスサーバー',
      ko: '라이선스 서버',
    },
    'rd licensing|rds licensing|remote desktop licensing|rd license server',
  ),
  concept(
    'cal',
    'client access licenses, CALs',
    [licensingCalUnavailable],
    `Microsoft Learn "License your RDS deployment with client access licenses (CALs)" (${LEARN}/windows-server/remote/remote-desktop-services/rds-client-access-license: Per User and Per Device CALs)`,
    {
      en: 'cal|cals|client access license*|client access licence*|no cal|no cals|no rds cal|no rds cals|no licenses available|out of licenses',
      de: 'clientzugriffslizenz*',
      fr: "licence d'accès client|licences d'accès client",
      es: 'licencia de acceso de cliente|licencias de acceso de cliente',
      pt: 'licença de acesso para cliente|licenças de acesso para cliente',
      ru: 'лицензии клиентского доступа|лицензия клиентского доступа',
      zh: '客户端访问许可证',
      'zh-TW': '用戶端存取授權',
      ja: 'クライアント アクセス ライセンス',
    },
    'rds cal|rds cals|rdp cal|rdp cals|ts cal|ts cals',
  ),
  {
    ...concept(
      'session-time-limit',
      "a session time limit (idle, active or disconnected) ending the user's session",
      [sessionLimit],
      `Microsoft Learn "RDS Session Host server disconnect codes" (${LEARN}/archive/technet-wiki/37874.rds-session-host-server-disconnect-codes: reason 3, the idle session limit; 4, the active session limit); MS-RDPBCGR 2.2.5.1.1 (exDiscReasonServerIdleTimeout, exDiscReasonServerLogonTimeout)`,
      {
        en: 'idle session limit|idle time limit|session time limit|session time limits|time limit for disconnected sessions|idle session time limit',
      },
    ),
    // The time (idle, unattended, after every disconnect) and the end of the session in one sentence.
    said: {
      subject:
        /\b(?:idle|unattended|inactiv\w*|time ?limits?|after \d+ ?(?:min\w*|hours?|hrs?)|for a few min\w*|(?:upon|after|on) (?:every |each )?(?:rdp )?disconnect\w*)\b/,
      // Round 26 (r26-h60k): the session disconnected by the same time ("keep timing out and disconnecting after a
      // short period of inactivity"), never the user's own act ("I disconnect my idle session"); "times out after 15
      // minutes idle" alone stays unread (sentences-no-code-english.test.ts).
      failed:
        /\b(?:logs (?:me|us|users|the user) (?:out|off)|(?:am|is|are|get|gets|got|was|were|been) (?:automatically )?(?:logged|signed) (?:out|off)|(?:programs|apps|applications|windows) (?:are|were|get|got) closed|session (?:is|was|gets|got) (?:ended|terminated|closed)|disconnect(?:s|ed|ing)|kick(?:s|ed)? (?:me|us|users|the user) (?:out|off))\b/,
      unless: /\b(?:i|we) (?:always |usually |then |just )?(?:disconnect|log ?off|close|end)\b/,
      sentence: true,
    },
  },
  {
    ...concept(
      'licensing-problem',
      'a problem with the Remote Desktop licence (a licensing error, the licence negotiation failing)',
      [licensingServerUnavailable, licensingCalUnavailable],
      `Microsoft Learn "Cannot connect to RDS because no RD Licensing servers are available" (${LEARN}/troubleshoot/windows-server/remote/cannot-connect-rds-no-license-server: "There is a problem with your Remote Desktop license" when no license server gives the client a licence) and "License your RDS deployment with client access licenses (CALs)" (${LEARN}/windows-server/remote/remote-desktop-services/rds-client-access-license: the license server, then the CALs of the right type)`,
      { en: 'licensing error|licence error|license error|licensing problem|license problem|licence problem' },
    ),
    said: {
      subject: /\blicen[cs](?:e|es|ing)\b/,
      failed:
        /\b(?:error|errors|problem|problems|issue|issues|failed|failure|fails|negotiation|invalid|not valid|expired|not available|unavailable|ran out|run out)\b/,
      // Windows' own activation, Office's or another product's licence is not Remote Desktop's.
      unless: /\b(?:windows licen[cs]e|product key|activat\w*|office|kms|grace period)\b/,
    },
  },
  ...DESCRIBED_CONNECTION,
  ...DESCRIBED_ACCESS,
  ...DESCRIBED_CONTRAST,
  ...DESCRIBED_EVERYDAY,
  ...DESCRIBED_SYMPTOM_WORDS_H61C,
  ...TERMS_LATIN_CONCEPTS,
  ...DESCRIBED_SERVER_SIDE_H62C,
  ...SECURE_CONNECTION_CONCEPTS,
  ...POLICY_SETTING_CONCEPTS,
];

/** Another remote-access product (or another server) named in a description: its words are that product's. */
export interface OtherProduct {
  readonly name: string;
  readonly words: RegExp;
  readonly source: string;
  /**
   * The product is a path a Remote Desktop connection takes (a VPN client), not another remote desktop: a contrast
   * the paste tells about Remote Desktop (its computer's name against its address, ping against its port) is still
   * read; the paste's other words may be the product's own and are not.
   */
  readonly path?: true;
}

/** Written through one builder: a name, its words, its own page. */
const product = (name: string, words: RegExp, source: string, path?: true): OtherProduct => ({
  name,
  words,
  source,
  ...(path ? { path } : {}),
});

export const OTHER_PRODUCTS: readonly OtherProduct[] = [
  product('VNC', /\b(?:vnc|realvnc|tightvnc|ultravnc|tigervnc|x11vnc)\b/i, 'https://help.realvnc.com/'),
  product('TeamViewer', /\bteam ?viewer\b/i, 'https://www.teamviewer.com/en/support/'),
  product('AnyDesk', /\bany ?desk\b/i, 'https://support.anydesk.com/'),
  product(
    'Citrix',
    /\bcitrix\b|\bica (?:file|client|session)\b|\bcitrix workspace\b|\bnetscaler\b/i,
    'https://docs.citrix.com/en-us/citrix-workspace-app-for-windows',
  ),
  product('Chrome Remote Desktop', /\bchrome remote desktop\b/i, 'https://support.google.com/chrome/answer/1649523'),
  product('Splashtop', /\bsplashtop\b/i, 'https://support-splashtopbusiness.splashtop.com/'),
  product('Parsec', /\bparsec\b/i, 'https://support.parsec.app/'),
  product('RustDesk', /\brustdesk\b/i, 'https://rustdesk.com/docs/'),
  product('LogMeIn', /\blogmein\b/i, 'https://support.logmein.com/'),
  product(
    'ScreenConnect',
    /\bscreenconnect\b|\bconnectwise control\b/i,
    'https://docs.connectwise.com/ScreenConnect_Documentation',
  ),
  product(
    'Apple Remote Desktop',
    /\bapple remote desktop\b/i,
    'https://support.apple.com/guide/remote-desktop/welcome/mac',
  ),
  product(
    'SQL Server',
    /\bsql server\b|\bssms\b|\bmssql\b/i,
    'https://learn.microsoft.com/en-us/sql/database-engine/configure-windows/configure-a-windows-firewall-for-database-engine-access',
  ),
  product(
    'a VPN client',
    /\banyconnect\b|\bglobalprotect\b|\bforticlient\b|\bopenvpn\b|\bwireguard\b/i,
    'https://www.cisco.com/c/en/us/support/security/anyconnect-secure-mobility-client-v4-x/products-user-guide-list.html',
    true,
  ), // Round 24 (r24-h60d): a Microsoft 365 app's, Horizon's and PuTTY's own prompts told in the user's words; "Teams"
  // only with its product name or as the one doing something ("Teams keeps asking"), never "our teams".
  product(
    'Microsoft Teams or Outlook',
    /\b(?:microsoft|ms) teams\b|\bteams (?:app|client|keeps|says|said|asks|shows|won'?t|will not)\b|\boutlook\b|\bonedrive\b/i,
    'https://learn.microsoft.com/en-us/microsoftteams/troubleshoot/teams-sign-in/resolve-sign-in-errors',
  ),
  product(
    'VMware Horizon',
    /\bvmware horizon\b|\bhorizon client\b|\bomnissa\b/i,
    'https://docs.omnissa.com/category/Horizon_Client',
  ),
  // Round 25 (r25-s19w): PowerShell remoting's own error ("Enter-PSSession : … WinRM cannot complete the operation …
  // a firewall exception for the WinRM service"): its cmdlets and WinRM's error text, never "WinRM" in passing.
  product(
    'PowerShell remoting (WinRM)',
    /\b(?:enter|new)-pssession\b|\binvoke-command\b|\bwinrm\s{1,4}(?:client\s{1,4})?cannot\b|\bws-management service\b/i,
    'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_remote_troubleshooting',
  ),
  product('PuTTY', /\bputty\b|\bwinscp\b/i, 'https://the.earth.li/~sgtatham/putty/0.76/htmldoc/Chapter10.html'),
  // Round 32 (h64a): Visual Studio's remote debugger, whose own error says it "cannot connect to the remote computer"
  // in every language Visual Studio's docs are translated to ("Il debugger di Visual Studio non può connettersi al
  // computer remoto", "Visual Studio デバッガーは、リモート コンピューターに接続できません"): named by its product.
  product(
    'the Visual Studio remote debugger',
    /\bvisual studio\b|\bmsvsmon\b/i,
    'https://learn.microsoft.com/en-us/visualstudio/debugger/error-rpc-requires-authentication',
  ),
];

/**
 * Words that say a description is about Remote Desktop besides other-subsystems.ts `REMOTE_DESKTOP_WORDS`: its port,
 * xrdp, its services' short names (Microsoft Learn "Remote Desktop Services overview"; xrdp's own page). Round 28
 * (r28-h60v): the clients that speak RDP only, FreeRDP (xfreerdp, wlfreerdp, sdl-freerdp) and rdesktop (their own
 * pages: https://www.freerdp.com/, https://www.rdesktop.org/), whose names hold "rdp" inside a word. Round 31
 * (r31-h62c): TermService as users shorten it ("termserv", "term service": https://github.com/stascorp/rdpwrap/issues/2081,
 * https://github.com/stascorp/rdpwrap/issues/718), Remote Desktop's service and no other.
 */
export const DESCRIPTION_CONTEXT_WORDS =
  /\b(?:3389|xrdp|rds|rdsh|rdweb|termservice|termserv|term ?service|termsrv|rdp[a-z]+|(?:x|wl|sdl-)?freerdp\d?|rdesktop)\b/i;

/**
 * A report of a step done (a migration, an installation, an activation): a sentence holding one and none of
 * `FAILURE_SAID`'s words names what was done, not a failure ("The RD Licensing server migration has completed").
 * Microsoft Learn "Migrate your Remote Desktop Services deployment to Windows Server 2016" (https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/migrate-rds-role-services:
 * each role service migrated, the license server's CALs moved) and "Activate the Remote Desktop Services license
 * server" (https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/rds-activate-license-server).
 */
export const DONE_WORDS =
  /\b(?:completed?|finished|migrated|installed|activated|succeeded|successful(?:ly)?|(?:is|are|was|were) done)\b/;

/** A sentence that says something failed, or still does not work, beside a step done ("installed, but users still…"). */
export const FAILURE_SAID =
  /\b(?:not|no|never|without|fail\w*|error\w*|unable|cannot|denied|refus\w*|reject\w*|expir\w*|problem\w*|issue\w*|broken|stop\w*|lost|missing|disconnect\w*|still|but|however|although|yet|reset|before|cant|dont|doesnt|didnt|wont|couldnt|isnt)\b|n't\b/;

/**
 * A clause that says it works now (a success, a solution found) or asks how to set something up: its words are not
 * a failure's.
 * Each language's usual wording ("works fine", "funktioniert wieder", "已解决"), and an event's or a tool's report of a
 * step done ("… have been successfully removed"; "not successfully" is a failure's; a firewall that "has allowed"
 * a program, "has not allowed" being a failure's).
 */
export const SUCCESS_WORDS =
  /(?<!\bnot )(?<!n't )\b(?:successfully|succeeded|(?:has|have) (?:been )?allowed|(?:has|have|was|were) (?:been )?completed)\b|\b(?:works? (?:fine|now|again|perfectly|great|well)|working (?:fine|now|again|great|well)|how (?:do|can|to|should)|solved|resolved|fixed it|that fixed|funktioniert (?:jetzt|wieder)|gelöst|fonctionne (?:maintenant|à nouveau)|résolu|funciona (?:ahora|de nuevo|bien)|ya funciona|resuelto|solucionado|funciona agora|resolvido)\b|заработало|решено|работает нормально|解决了|已解决|正常了|可以连接了|恢复正常|解決しました|接続できました/i;
