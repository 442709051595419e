/**
 * Still more failures as users describe them in English (described-symptoms.ts reads them with the others): Remote
 * Desktop turned off or the computer off, the port blocked outside the network, an account's state (a password to
 * change, an account expired or disabled), too many sessions, the RD Gateway's policies, a TLS version turned off, and
 * a certificate not trusted or not matching the name. Each family of wordings with the causes a public page links it to.
 *
 * Near misses each row keeps out: "Remote Desktop is enabled" and "the password has not expired" say nothing failed
 * (a negation in the word's clause cancels it, described-reading.ts); "too many connections" of another product is
 * that product's (no Remote Desktop word beside it); a step done ("the certificate was installed") is no failure.
 */
import { authAccountState } from '../../../../patterns/auth-account-state.js';
import { gatewayDenied } from '../../../../patterns/gateway-denied.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { sessionLimit } from '../../../../patterns/session-limit.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../../../patterns/tls-protocol-mismatch.js';
import { concept, LEARN, type SymptomConcept } from './symptom-concept.js';

/** The dialog's "one of these reasons" and the two concurrent connections, Windows Server's KB 2477023. */
const KB2477023 = `Microsoft Learn "Remote Desktop disconnected or can't connect to remote computer or Remote Desktop server" (KB 2477023, ${LEARN}/troubleshoot/windows-server/remote/remote-desktop-disconnected`;

export const DESCRIBED_ACCESS: readonly SymptomConcept[] = [
  concept(
    'remote-access-off',
    'Remote Desktop turned off on the computer, or the computer itself off',
    [networkUnreachable],
    `${KB2477023}: verify Remote Desktop is enabled); Microsoft Learn "How to enable Remote Desktop" (${LEARN}/windows-server/remote/remote-desktop-services/clients/remote-desktop-allow-access); in Japanese and Chinese, "General Remote Desktop connection troubleshooting" in windowsserverdocs.ja-jp (https://github.com/hyoshioka0128/windowsserverdocs.ja-jp/blob/master/WindowsServerDocs/remote/remote-desktop-services/troubleshoot/rdp-error-general-troubleshooting.md: "fDenyTSConnections キーの値が 1 の場合、RDP は無効になっています") and Azure's "Troubleshoot an RDP general error in Azure VM" (https://github.com/changeworld/azure-docs.zh-tw/blob/master/articles/virtual-machines/troubleshooting/troubleshoot-rdp-general-error.md: "如果網域原則指出 RDP 已停用 (1)", "表示原則已停用 RDP"; its zh-cn rendering: "如果域策略指出 RDP 已禁用 (1)", "表示策略禁用了 RDP")`,
    {
      en: "remote desktop is disabled|remote desktop is turned off|remote desktop is not enabled|remote desktop isn't enabled|rdp is disabled|rdp is not enabled|rdp is turned off|remote access to the server is not enabled|remote access is not enabled|remote access is disabled|remote connections are not allowed|remote connections aren't allowed|remote computer is turned off|remote pc is turned off|server is turned off|server is powered off|computer is turned off",
      // Round 30: the state as Microsoft's localized troubleshooting pages word it (see the source above).
      ja: 'rdp は無効|rdp が無効|rdpは無効|rdpが無効|リモート デスクトップは無効|リモート デスクトップが無効|リモートデスクトップは無効|リモートデスクトップが無効',
      zh: 'rdp 已禁用|rdp已禁用|远程桌面已禁用|远程桌面被禁用|禁用了 rdp|禁用了rdp',
      'zh-TW': 'rdp 已停用|rdp已停用|遠端桌面已停用|已停用 rdp|已停用rdp',
    },
    'remote access to the server is not enabled',
  ),
  concept(
    'blocked-outside',
    'the Remote Desktop port blocked or not forwarded from outside the network',
    [networkUnreachable],
    `Microsoft Learn "Allow access to your PC from outside its network" (${LEARN}/windows-server/remote/remote-desktop-services/clients/remote-desktop-allow-outside-access: the router's port forwarding, an ISP that blocks the port); irohastack.com "RDP custom port: cannot connect" (https://irohastack.com/en/rdp-custom-port-cannot-connect-en/: works from the LAN, fails from the WAN)`,
    {
      en: 'blocked by the isp|blocked by my isp|blocked by isp|isp blocks|isp is blocking|blocked by the router|blocks port 3389|blocking port 3389|3389 is blocked|3389 blocked|3389 is closed|3389 closed|3389 is not open|3389 not open|but not externally|but not from outside|but not from the outside|but not from the internet|but not over the internet|only works on the lan|only works locally|only works internally',
    },
  ),
  concept(
    'account-state',
    "the account's state: a password to change, expired, or the account expired or disabled",
    [authAccountState],
    `Microsoft Learn "4625(F): An account failed to log on" (${LEARN}/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4625: the statuses of a password expired, a password to change at next logon, an account expired or disabled; round 26: a logon outside the allowed hours, 0xC000006F, or from a workstation not allowed, 0xC0000070)`,
    {
      en: 'must change password|must change the password|must change your password|must change my password|must change his password|must change her password|password must be changed|change password at next logon|change password at next login|change password at next sign-in|change password at next sign in|password has expired|password expired|password is expired|account has expired|account expired|account is expired|account is disabled|account disabled|account has been disabled|account was disabled|account is deactivated|account has been deactivated|expired password|password is outdated|password outdated|outdated password|password is out of date|password needs to be changed|password needs changing|password has to be changed|must change the domain password|must change domain password|must to change*|user must change*|change password at first logon|change password at first login|change the password at next logon|change the password at next login|change password on next logon|change password on next login|time restriction*|logon hours|log on hours|logon time restriction*|outside allowed hours|outside the allowed hours|outside of the allowed hours|outside his allowed hours|outside her allowed hours|outside my allowed hours|workstation restriction*|not allowed to log on at this time|not allowed to log on from this computer|not allowed to log on from this workstation',
    },
  ),
  // Round 31 (r31-h62c): the count qualified ("too many simultaneous connections", as hosting providers list it:
  // https://help.ishosting.com/en/what-is-the-reason-for-the-disconnected-rdp-connection).
  {
    ...concept(
      'too-many-sessions',
      'too many sessions or users for the computer',
      [sessionLimit],
      `${KB2477023}: two concurrent remote connections for administration, a limited number of users who can connect at once); windowsa.ru on the desktop editions' one Remote Desktop session (https://windowsa.ru/windows-10-rdp-server-neskolko-polzovatelej)`,
      {
        en: 'too many users|too many sessions|too many connections|too many people|too many simultaneous connections|too many concurrent connections|too many simultaneous sessions|too many concurrent sessions|too many simultaneous users|too many concurrent users|only one remote desktop session|only one rdp session|one remote desktop session at a time|one rdp session at a time|one session at a time|one user at a time|two sessions at a time|more than two users|more than 2 users|more than two sessions|more than 2 sessions|maximum number of users|number of connections has been exceeded|number of connections was exceeded|number of connections exceeded|connection limit was reached|connection limit reached|connection limit has been reached|exceeded the maximum number of*|session limit*',
      },
    ),
    // Round 26 (r26-h60k): the count of connections named and said to be at its limit ("the number of connections to
    // this computer is limited", "the connection limit of the terminal server is reached").
    said: {
      // Round 30 (r30-h61c): the limit named by its count ("we ran into the two user limit", "hit the 2 session
      // limit"), as admins of Windows Server 2003 retell its two administrative connections (KB 2477023).
      subject:
        /\b(?:number of (?:remote |rdp |rds |remote desktop )?(?:connections|sessions|users)|connection limits?|session limits?|maximum (?:number of )?(?:remote |rdp |rds |remote desktop )?(?:connections|sessions|users)|(?:two|2|one|1)[- ](?:users?|sessions?|connections?) limit)\b/,
      // Round 31 (r31-h62c): the connection named by its protocol ("maximum number of RDP connections") and said
      // refused ("Rejection due to …", https://irohastack.com/?p=12496), as well as reached.
      failed:
        /\b(?:limited|reached|exceeded|in use|maxed out|full|ran into|run into|running into|hit|hitting|barred|reject\w*|refus\w*|denied)\b/,
    },
  },
  {
    ...concept(
      'gateway-policy',
      "the RD Gateway's authorization policies (RD CAP, RD RAP) refusing the user or the computer",
      [gatewayDenied],
      `Microsoft Learn "RD Gateway Server Connections" (${LEARN}/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/ee891388(v=ws.10): connection and resource authorization policy requirements not met); the gateway's own names of its two policies, TS_CAP and TS_RAP, which its refusal prints untranslated in every language (Microsoft's "Frequently asked questions about the Remote Desktop clients": "TS_RAP You are not allowed to connect to the given host", in es-es "TS_RAP No estás autorizado a conectarte con el host determinado", in de-de "TS_RAP Sie dürfen keine Verbindung mit dem angegebenen Host", https://github.com/trinidadCastro/windowsserverdocs.es-es/blob/HEAD/WindowsServerDocs/remote/remote-desktop-services/clients/remote-desktop-client-faq.md; read only beside a failure stated, described-topics.ts)`,
      {
        en: "rd cap|rd caps|rd rap|rd raps|cap policy|rap policy|connection authorization polic*|resource authorization polic*|not authorized to access the rd gateway|not authorized to access the gateway|not authorized to access the remote desktop gateway|gateway's permission list|gateway permission list|ts_rap|ts_cap",
      },
      'ts_rap|ts_cap',
    ),
    // Round 26 (r26-h60k): the gateway named and a refusal said of it in one clause ("the gateway's authorization
    // policy does not permit my group", "the RD Gateway denies me"), as users retell event 201/301; never the gateway
    // not reached (a port, a certificate, a time-out: gateway-not-reached, certificate) nor a question of set-up.
    said: {
      subject: /\b(?:rd ?gateway|remote desktop gateway|gateway)\b/,
      failed:
        /\b(?:not authori[sz]ed|(?:does|do|did)(?: not|n't) (?:permit|allow|let)|(?:won't|will not) (?:let|allow)|(?:is|are|was|were)(?: not|n't) (?:permitted|allowed)|not (?:permitted|allowed) to|denie[sd]|refuse[sd]|rejects|rejected)\b/,
      // Also another kind of gateway: a web application's, an API's, the network's default, a VPN's, Citrix's.
      unless:
        /\b(?:firewall|port|443|certificate|cert|ssl|tls|unavailable|unreachable|time ?outs?|timed out|dns|password|credentials|websockets?|(?:application|api|default|nat|vpn|payment|internet|citrix|netscaler) gateway)\b/,
    },
  },
  concept(
    'tls-version',
    'a TLS version turned off on one side (TLS 1.0 disabled, TLS 1.2 only)',
    [tlsProtocolMismatch],
    'ANS documentation "Disabling TLS 1.0 for RDP" (https://docs.ans.co.uk/docs/operatingsystems/windows/rdp/rdptls: a server without TLS 1.1/1.2 for Remote Desktop loses it when TLS 1.0 is disabled); Microsoft Learn "TLS/SSL Settings" (https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-R2-and-2012/dn786445(v=ws.11))',
    {
      en: 'disabled tls*|disabling tls*|disable tls*|tls 1.0 disabled|tls 1.0 is disabled|tls1.0 disabled|only tls 1.2|tls 1.2 only|tls version mismatch|tls mismatch',
    },
  ),
  concept(
    'certificate-trust',
    "the server's certificate not trusted, revoked or not matching the name connected to",
    [tlsCertificate],
    `Microsoft Learn "You receive various certificate-related error messages when connecting to a Terminal server" (KB 2000960, ${LEARN}/troubleshoot/windows-server/remote/error-when-connecting-terminal-server)`,
    {
      en: "certificate name doesn't match|certificate name does not match|certificate doesn't match|certificate does not match|certificate mismatch|name on the certificate|self-signed certificate|self signed certificate|certificate is self-signed|certificate isn't trusted|certificate not trusted|certificate is revoked|certificate was revoked|revoked certificate",
    },
  ),
];
