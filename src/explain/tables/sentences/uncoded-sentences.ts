/**
 * English sentences users paste with no number beside them: the Remote Desktop client's disconnect texts (time limits,
 * an administrator's tool, another connection, the licensing exchange), the RD Gateway's event descriptions (the
 * healthy ones too: a connection that went through is said to be one), Azure Virtual Desktop's session host statuses,
 * and the RemoteApp and smart-card texts met at a connection. Where a text is the client's text of an extended
 * disconnect reason (the Remote Desktop Web Connection page maps each of its texts to one), it names that code, so its
 * causes are the code's; a text that states its causes itself says so (`states`); a healthy text states none.
 *
 * Sources, each entry's own: Microsoft Learn (support articles and the archived RD Gateway event pages), the strings of
 * Microsoft's Remote Desktop Web Connection page (its `L_…_ErrorMessage` texts and the extended reason each is shown
 * for, in public copies of that page), and, where no Microsoft page quotes a text, the public pages that do (said WR).
 * English only: no localized page quoting these texts was found.
 */
import { MANY_SESSIONS_IN_ONE_CLIENT, NOT_A_WINDOWS_LISTENER } from './ranked-dialogs.js';
import type { KnownSentence } from './known-sentence.js';
import type { CauseId } from '../../../../patterns/index.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { networkDropped } from '../../../../patterns/network-dropped.js';
import { sessionLimit } from '../../../../patterns/session-limit.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import { licensingGraceExpired } from '../../../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../../../patterns/licensing-server-unavailable.js';
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import { authAccountState } from '../../../../patterns/auth-account-state.js';
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { gatewayDenied } from '../../../../patterns/gateway-denied.js';
import { causesOfCode } from '../../../../patterns/code-causes.js';
import { FAILURE_REASONS } from '../../../../patterns/codes/ntstatus.js';

const SRC_TSWEB =
  "Microsoft: the Remote Desktop Web Connection page's message strings (L_…_ErrorMessage) and the extended disconnect reason its OnDisconnected handler shows each for, as public copies of the page quote them";
const SRC_LOCKS =
  'Microsoft Learn "Troubleshoot unexpected RDS session locks or disconnections" (https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/troubleshoot-unexpected-rds-session-locks-disconnections)';
const SRC_NO_LICENSE =
  'Microsoft Learn "Remote Desktop license server isn\'t available when you connect to an Azure VM" (https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-machines/windows/troubleshoot-rdp-no-license-server)';
const SRC_GW_CONNECTIONS =
  'Microsoft Learn "RD Gateway Server Connections" (https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/ee891388(v=ws.10))';
const SRC_GW_AVAILABILITY =
  'Microsoft Learn "RD Gateway Server Availability" (https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/ee890969(v=ws.10))';
const SRC_AVD_STATUS =
  "Microsoft Learn: Azure Virtual Desktop SessionHostStatus (Azure.ResourceManager.DesktopVirtualization.Models, https://learn.microsoft.com/en-us/dotnet/api/azure.resourcemanager.desktopvirtualization.models.sessionhoststatus), each status's description";
const SRC_LICENSE_GROUP =
  'Microsoft Learn "Remote Desktop License Server Security Group Configuration" (https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/ee891342(v=ws.10))';
const SRC_RDWEB =
  'Microsoft Learn "Remote Desktop Web Access FAQ" (https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/remote-desktop-web-access-faq)';
const SRC_LOCAL_POLICY =
  'Microsoft Learn "Remote desktop connection: The local policy of this system does not permit you to logon interactively" (https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/local-policy-not-permit-log-on-interactively)';
const SRC_CERT_ERRORS =
  'Microsoft Learn "You receive various certificate-related error messages when connecting to a Terminal server" (KB 2000960, https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/error-when-connecting-terminal-server)';
const SRC_TS_SECURITY_ERROR =
  'Microsoft Learn "Because of a security error, the client could not connect to the Terminal server" (KB 329896, https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/client-not-connect-to-terminal-server), the TermService and TermServLicensing event descriptions it quotes';
const SRC_Q187175 =
  'Microsoft Knowledge Base Q187175 "Network Error Message When Maximum Connection Limit Exceeded" (Windows NT 4.0, Terminal Server Edition), as archived copies of the knowledge base quote it';
const SRC_Q274805 =
  'Microsoft Knowledge Base Q274805, the "Terminal Server Has Ended the Connection" error message (Windows 2000), as the archive of ftp.microsoft.com quotes it (https://ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/274/805.HTM)';
const SRC_TS_EVENT_1013 =
  'Microsoft: the terminal server\'s event message table (icaevent.mc, EVENT_CANNOT_ALLOW_CONCURRENT, MessageId 1013), as public copies of it quote the text; the Microsoft Knowledge Base article "Error Messages Generated When Logging on with Terminal Services Client" (Remote Administration mode allows 2 concurrent sessions, active or disconnected), as blog.51cto.com/dandee/23386 quotes it';
const SRC_RCM_1051 =
  'Microsoft TechNet "Event ID 1051 — Terminal Services Authentication and Encryption" (cc775369, EVENT_TS_SSL_CERT_NOT_FOUND); "Remote Desktop Services Authentication and Encryption" (ee890993)';
const SRC_RCM_1055 =
  'Microsoft TechNet "Event ID 1055 — Remote Desktop Services Authentication and Encryption" (ee891233, EVENT_TS_SSL_INACCESSIBLE_CERT_KEYSET)';
const RCM = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager';
/** What the number beside an OnLogonError name is. */
const SRC_WIN7_HELP =
  'Microsoft: Windows 7 help "Why can\'t I connect using Remote Desktop Connection?" (http://windows.microsoft.com/en-US/windows7/Why-can-t-I-connect-using-Remote-Desktop-Connection) and Windows Vista help "Troubleshoot Remote Desktop problems", each error message with what to try';
const SRC_DEFAULT_PROFILE =
  'Microsoft Learn "Windows cannot load the user\'s profile but has logged you on with the default profile for the system" (KB 935649, https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/error-log-on-to-terminal-server)';
const SRC_4625_FAILURE_REASON =
  "Microsoft: the FailureReason insertion strings of msobjs.dll as Event Viewer renders a Security 4625 (patterns/codes/ntstatus.ts FAILURE_REASONS, Microsoft Learn's 4625 page)";
const SRC_NPS_6273 =
  'Microsoft Learn "Event ID 6273 — NPS Authentication Status" (https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/cc735399(v=ws.10))';
const SRC_NPS_AUDIT =
  'Microsoft Learn "Audit Network Policy Server" (https://learn.microsoft.com/en-us/windows/security/threat-protection/auditing/audit-network-policy-server), events 6272–6274';
const SRC_NPS_0_37 =
  'Microsoft Learn "NPS Reason Codes 0 Through 37" (https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/dd197464(v=ws.10))';
const SRC_NPS_38_257 =
  'Microsoft Learn "NPS Reason Codes 38 Through 257" (https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/dd197521(v=ws.10))';
const SRC_ACCESS_DENIED =
  'Microsoft Learn "Troubleshooting access denied and user not authorized issues in Microsoft Remote Desktop Services" (https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/troubleshooting-access-denied-and-user-not-authorized-rds-issues)';
/** What the numbers of a Network Policy Server event are: its reason code, none of the Remote Desktop dialogs' codes. */
const NPS_NUMBERS =
  'the Network Policy Server\'s Reason Code (Security 6273, as its "Reason Code:" line gives it), not a code of the Remote Desktop dialogs';
/** Where an RD Gateway's connection authorization policies live when NPS holds them, said once for every reason. */
const NPS_GATEWAY =
  "An RD Gateway keeps its connection authorization policies (RD CAPs) as NPS network policies (on the gateway, or on a central NPS server), so the same event and reason are logged for a refused gateway user; the same NPS also answers VPN and Wi-Fi (802.1X) requests, whose refusals are not Remote Desktop's: the event's NAS and Network Policy Name lines say which.";
const SRC_AADSTS =
  'Microsoft Learn "Microsoft Entra authentication and authorization error codes" (https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes)';
const SRC_AADJ_RDP =
  'Microsoft Learn "Connect to remote Microsoft Entra joined device" (https://learn.microsoft.com/en-us/windows/client-management/client-tools/connect-to-remote-aadj-pc): the web account sign-in';
const AADSTS_NUMBERS = "the Microsoft Entra sign-in error's number (AADSTS…), not a code of the Remote Desktop dialogs";
/** Where an AADSTS error comes from at a Remote Desktop connection, said once for every row. */
const AADSTS_WHERE =
  "It is Microsoft Entra ID's answer to the web sign-in (\"Use a web account to sign in to the remote computer\", the Windows App or a Cloud PC), before the remote PC is reached: Microsoft Entra's sign-in logs show it, not the remote PC's Security log.";
/** [AADSTS number, its name on Microsoft's page, the causes it states, meaning, the Remote Desktop sentences its words would also match]. */
const AADSTS_ROWS: readonly (readonly [number, string, readonly CauseId[], string, readonly string[]])[] = [
  [
    50126,
    'InvalidUserNameOrPassword',
    [authBadCredentials.id],
    "Microsoft Entra ID rejected the user name or password of the web sign-in: retype them, the user name as the account's UPN (user@domain).",
    ['user-name-or-password-incorrect'],
  ],
  [
    50053,
    'IdsLocked',
    [authAccountState.id],
    "Microsoft Entra ID locked the sign-in: too many wrong passwords (its smart lockout, which ends by itself after the lockout period and is not Active Directory's lockout), or sign-ins from an address with malicious activity blocked.",
    ['account-locked'],
  ],
  [
    50057,
    'UserDisabled',
    [authAccountState.id],
    'The Microsoft Entra account is disabled: an administrator enables it (or, for a synchronized account, the on-premises account).',
    ['account-disabled'],
  ],
  [
    50055,
    'InvalidPasswordExpiredPassword',
    [authAccountState.id],
    "The account's password has expired: change it (at a Microsoft sign-in page or on a device the user can sign in to), then connect again.",
    ['password-expired'],
  ],
  [
    53003,
    'BlockedByConditionalAccess',
    [],
    "A Conditional Access policy blocked the sign-in: the policy's conditions (device, location, application) say why; Microsoft Entra's sign-in log names the policy.",
    [],
  ],
  [
    50076,
    'UserStrongAuthClientAuthNRequired',
    [],
    'Multifactor authentication is required for this sign-in and was not done: complete it at the prompt (a per-user MFA requirement can also refuse sign-ins that cannot show the prompt).',
    [],
  ],
];
const GATEWAY = 'Microsoft-Windows-TerminalServices-Gateway';
const HEALTHY = 'No failure: nothing to fix here.';

export const UNCODED_SENTENCES: readonly KnownSentence[] = [
  // --- the client's disconnect texts
  {
    id: 'idle-time-limit',
    what: 'The client\'s dialog "Your Remote Desktop Services session ended because the remote computer didn\'t receive any input from you" / "The remote session was ended because the idle timeout limit was reached"',
    codeName: 'exDiscReasonServerIdleTimeout',
    words: {
      en: [
        /session ended because the remote computer didn'?t receive any input from you|remote session was ended because the idle time ?out limit was reached/,
      ],
    },
    meaning:
      'The server\'s idle session limit ended the session (MaxIdleTime, "Set time limit for active but idle Remote Desktop Services sessions"): nobody typed or moved the mouse for that long. Not a fault: raise or clear the limit in the collection\'s Session properties or that policy, if it is too short.',
    confidence: 'MS',
    source: `${SRC_LOCKS}: MaxIdleTime's message; ${SRC_TSWEB} (L_DisconnectIdleTimeout, extended reason 3)`,
  },
  {
    id: 'logon-time-limit',
    what: 'The client\'s dialog "The remote session ended because the total logon time limit was reached"',
    codeName: 'exDiscReasonServerLogonTimeout',
    words: { en: [/remote session (?:was )?ended because the total log(?:on|in) time limit was reached/] },
    meaning:
      'The server\'s active session limit ended the session (MaxConnectionTime, "Set time limit for active Remote Desktop Services sessions"): it had lasted as long as the policy allows. Not a fault of the network; raise or clear the limit if it is too short.',
    confidence: 'MS',
    source: `${SRC_LOCKS}: MaxConnectionTime's message; ${SRC_TSWEB} (L_DisconnectLogonTimeout, extended reason 4); the "total login time limit" spelling as public tables of the client's disconnect texts quote it (reason 4)`,
  },
  {
    id: 'gateway-session-timeout',
    what: 'The client\'s dialog "The connection has been disconnected because the session timeout limit was reached"',
    codeName: 'GatewaySessionTimeout',
    words: { en: [/connection has been disconnected because the session time ?out limit was reached/] },
    meaning:
      "The RD Gateway ended the connection at its own session timeout (its connection authorization policy's Timeouts tab, in RD Gateway Manager): not the session host's time limits, and connections that bypass the gateway are not affected.",
    confidence: 'MS',
    source: `${SRC_LOCKS} (the RD Gateway's session time-out message, told apart from MaxConnectionTime's)`,
  },
  {
    id: 'idle-limit-warning',
    kind: 'informational',
    what: 'The warning "Session has been idle over its time limit. It will be disconnected in 2 minutes. Press any key now to continue session."',
    words: { en: [/session has been idle over its time limit/] },
    meaning:
      'The server\'s idle session limit warns two minutes before it disconnects the session: press a key or move the mouse and the session goes on. Not a failure yet; if the limit is too short, raise it ("Set time limit for active but idle Remote Desktop Services sessions").',
    confidence: 'WR',
    source:
      'Widely reported: NetworkAdminKB "Session has been idle over its time limit" (Terminal Services and Citrix sessions); Microsoft\'s policy help for "Set time limit for active but idle Remote Desktop Services sessions" (the warning two minutes before)',
  },
  {
    id: 'ended-by-administration-tool',
    what: 'The client\'s dialog "The remote session to the remote computer was ended by means of an administration tool"',
    codeName: 'exDiscReasonAPIInitiatedDisconnect',
    words: { en: [/remote session to the remote computer was ended by means of an administration tool/] },
    meaning:
      'An administrator (or a program using the Remote Desktop Services API, Task Manager or tsdiscon) disconnected the session on purpose: not a fault. The session is kept on the server; connect again to resume it.',
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_DisconnectRemoteByServerTool, extended reason 1)`,
  },
  {
    id: 'logged-off-at-remote',
    what: 'The client\'s dialog "The remote session was disconnected because your session was logged off at the remote computer"',
    codeName: 'exDiscReasonAPIInitiatedLogoff',
    words: { en: [/disconnected because your session was logged off at the remote computer/] },
    meaning:
      'The session was logged off on the server (by an administrator, another user, a script or a policy), so the client was disconnected: not a connection failure. Programs left open in it were closed.',
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_LogoffRemoteByServer, extended reason 2)`,
  },
  {
    id: 'another-user-connected-to-session',
    what: 'The client\'s dialog "The remote session was disconnected because another user has connected to the session"',
    codeName: 'exDiscReasonReplacedByOtherConnection',
    words: { en: [/disconnected because another user has connected to the session/] },
    meaning:
      'Another connection took this session over: the same account connected from another computer, or another user took the only session the server allows.',
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_DisconnectByOtherConnection, extended reason 5)`,
  },
  {
    id: 'errinfo-disconnected-by-other-connection',
    what: 'The text "Another user connected to the server, forcing the disconnection of the current connection." (the server\'s error info 5, as clients print it)',
    codeName: 'exDiscReasonReplacedByOtherConnection',
    words: { en: [/another user connected to the server,?\s{0,3}forcing the disconnection of the current connection/] },
    meaning:
      'Another connection took this session over: the same account connected from another computer, or another user took the only session the server allows.',
    confidence: 'MS',
    source:
      '[MS-RDPBCGR] 2.2.5.1.1 Set Error Info PDU (https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-rdpbcgr/a21a1bd9-2303-49c1-90ec-3932435c248c), ERRINFO_DISCONNECTED_BY_OTHERCONNECTION (0x00000005): its description, which FreeRDP and other clients print',
  },
  {
    id: 'gateway-credentials-not-accepted',
    states: [authBadCredentials.id],
    what: 'The client\'s message "Your credentials were not accepted by the Remote Desktop Gateway. Please try again."',
    words: { en: [/your credentials were not accepted by the (?:remote desktop|rd) gateway/] },
    meaning:
      'The RD Gateway refused the user name and password given to it: a wrong password, or an account whose password expired, must be changed at next sign-in or is disabled. Sign in with the right credentials (change an expired password first); the session host has not been reached yet.',
    confidence: 'WR',
    source:
      'Widely reported: Workspot "Error Code: 710" (https://docs.workspot.com/docs/error-code-710), the client\'s text with disconnect reason 50331677 and its causes (wrong password, expired account or password, change at next sign-in)',
    numbers:
      "the client's own number beside the text (a client such as Workspot logs its own error code): the text is read",
  },
  {
    id: 'web-client-missing-or-invalid-credentials',
    words: { en: [/the remote connection failed due to missing or invalid credentials/] },
    states: [authBadCredentials.id],
    confidence: 'WR',
    what: 'Myrtille\'s (the HTML5 Remote Desktop gateway\'s) message "The remote connection failed due to missing or invalid credentials"',
    meaning:
      "The web client's Remote Desktop connection was refused at sign-in: the user name or password was missing or not accepted by the remote computer (FreeRDP's missing user name, missing password or logon failure). Check the user name, domain and password; a password given in a URL must be URL-encoded (its special characters otherwise change it).",
    source:
      "Myrtille's own client script (https://github.com/cedrozor/myrtille, Myrtille.Web/js/myrtille.js: this alert for FreeRDP's missing username, missing password and invalid credentials errors); Widely reported: myrtille issue 303 (https://github.com/myrtille-rdp/myrtille/issues/303: the password's special characters not URL-encoded)",
  },
  {
    id: 'server-low-on-memory',
    what: 'The client\'s dialog "The connection was disconnected because the remote computer is low on memory"',
    codeName: 'exDiscReasonOutOfMemory',
    words: { en: [/disconnected because the remote computer is low on memory/] },
    meaning:
      'The server ran short of memory and dropped the connection: look at its memory use (the System log, Resource Monitor) and at the sessions and programs using it.',
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_ServerOutOfMemory, extended reason 6)`,
  },
  {
    id: 'server-denied-three-causes',
    what: 'The client\'s dialog "The client could not establish a connection to the remote computer. The most likely causes for this error are: 1) Remote connections might not be enabled … 2) The maximum number of connections was exceeded … 3) A network error occurred …"',
    codeName: 'exDiscReasonServerDeniedConnection',
    states: [networkUnreachable.id, sessionLimit.id],
    words: {
      en: [
        /client could not establish a connection to the remote computer/,
        /maximum number of connections was exceeded/,
      ],
    },
    meaning:
      'The server denied the connection; the dialog itself names the likely causes: Remote Desktop not enabled on the server, its maximum number of connections reached, or a network error while connecting.',
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_ServerDeniedConnection, extended reason 7)`,
  },
  {
    id: 'remote-connections-not-enabled-or-busy',
    what: 'The client\'s dialog "The client could not connect to the remote computer. Remote connections might not be enabled or the computer might be too busy to accept new connections"',
    states: [networkUnreachable.id],
    words: {
      en: [/remote connections might not be enabled or the computer might be too busy to accept new connections/],
    },
    meaning:
      'The client got no answer it could use from the server: Remote Desktop may be off there, the server too busy to take a connection, or the network in between is in the way (a firewall, the wrong address or port).',
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_NotResponding)`,
  },
  {
    id: 'reached-computer-not-specified',
    what: 'The client\'s dialog "The connection cannot be completed because the remote computer that was reached is not the one you specified"',
    // Microsoft's page lists it with the LSA dialog: the server's security layer the client cannot meet (SSL/TLS
    // required), else the text's own guess, a stale DNS entry sending the client to another computer.
    states: [securityLayerMismatch.id, networkUnreachable.id],
    words: { en: [/remote computer that was reached is not the one you specified/] },
    meaning:
      "The client could not confirm that the computer it reached is the one named: the server's security layer and the client's did not agree (the listener requires SSL/TLS), or the name led to another computer (an outdated DNS cache entry: connect by address, `ipconfig /flushdns`).",
    confidence: 'MS',
    source:
      'Microsoft Learn "Remote Desktop: The Local Security Authority cannot be contacted" (https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/local-security-authority-cant-contact)',
  },
  {
    id: 'remote-computer-ended-connection',
    kind: 'unspecific',
    what: 'The client\'s message "The remote computer has ended the connection"',
    words: { en: [/\bthe remote computer has ended the connection\b/] },
    meaning:
      "The server ended the connection, and this text gives no reason: the error code under it, or the server's RemoteConnectionManager and LocalSessionManager logs (LSM 40 gives the reason), say why.",
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_DisconnectRemoteByServer, shown when no extended reason is given)`,
  },
  {
    id: 'connection-broken-network-error',
    what: 'The client\'s dialog "The connection to the remote computer was broken. This may have been caused by a network error"',
    states: [networkDropped.id],
    words: { en: [/connection to the remote computer was broken\. ?this may have been caused by a network error/] },
    meaning:
      'The connection was up and then broke, most likely in the network: an unstable link, a VPN, a device on the path that cuts idle or long connections.',
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_ConnectionBroken)`,
  },
  {
    id: 'remote-connection-timed-out',
    what: 'The client\'s dialog "The remote connection has timed out"',
    codeName: 'disconnectReasonTimeoutOccurred',
    words: { en: [/remote connection has timed out/] },
    meaning:
      'The client stopped waiting for the server: it was not reached in time (a firewall dropping the packets, the wrong address) or the connection stalled after it began.',
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_ConnectionTimeout)`,
  },
  {
    id: 'two-computers-time-allocated',
    what: 'The client\'s dialog "The two computers couldn\'t connect in the amount of time allocated"',
    codeName: 'disconnectReasonConnectionTimedOut',
    words: { en: [/two computers (?:couldn'?t|could not) connect in the amount of time allocated/] },
    meaning:
      'The connection was not set up in the time the client allows: the server (or the RD Gateway in between) did not answer in time; the network path, a firewall or an overloaded server.',
    confidence: 'WR',
    source:
      'Widely reported: Remko Weijnen, "RD Gateway connection fails on Windows 7" (the dialog, through an RD Gateway); the text is mstsc\'s connection time-out (disconnectReasonConnectionTimedOut)',
  },
  {
    id: 'client-decompression-failure',
    what: 'The client\'s dialog "The remote session was disconnected because of a decompression failure at the client side"',
    codeName: 'disconnectReasonClientDecompressionError',
    words: { en: [/disconnected because of a decompression failure at the client side/] },
    meaning:
      'The client could not decompress what the server sent: a client-side error (update the client), not a server or network cause.',
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_DecompressionFailed)`,
  },
  {
    id: 'client-server-versions-mismatch',
    what: 'The client\'s dialog "Client and server versions do not match"',
    codeName: 'VersionMismatch',
    words: { en: [/client and server versions do not match/] },
    meaning: 'The client is too old for this server: update the Remote Desktop client and connect again.',
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_VersionMismatch)`,
  },
  // --- licensing
  {
    id: 'licensing-timed-out',
    what: 'The client\'s dialog "A licensing error occurred while the client was attempting to connect (Licensing timed out)"',
    codeName: 'disconnectReasonLicensingTimeout',
    states: [licensingServerUnavailable.id],
    words: { en: [/licensing error occurred while the client was attempting to connect \(licensing timed out\)/] },
    meaning:
      'The licensing step timed out: Microsoft lists it among the messages of a session host that gets no licence from a license server (none configured or reachable, not activated, or no CAL of the needed kind).',
    confidence: 'MS',
    source: `${SRC_NO_LICENSE}; ${SRC_TSWEB} (L_LicensingTimeout)`,
  },
  {
    id: 'no-license-server-past-grace',
    what: 'The notification "No Remote Desktop license server is available. Remote Desktop Services will stop working because this computer is past its grace period …"',
    states: [licensingGraceExpired.id, licensingServerUnavailable.id],
    words: { en: [/no remote desktop license server is available/, /past its grace period/] },
    meaning:
      "The session host's licensing grace period is over and it has reached no license server: connections are refused at the licensing step until a license server with CALs is specified and reachable (the notification opens the Licensing Diagnoser).",
    confidence: 'MS',
    source: SRC_NO_LICENSE,
  },
  {
    id: 'not-licensed-for-remote-connections',
    what: 'The client\'s dialog "The remote session was disconnected because the remote computer is not licensed to accept remote connections"',
    codeName: 'exDiscReasonLicenseNoRemoteConnections',
    words: { en: [/remote computer is not licensed to accept remote connections/] },
    meaning:
      'The session host is not licensed to accept remote connections: its licensing (grace period, license server, licensing mode) is not in order.',
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_LicenseNoRemoteConnections, extended reason 266)`,
  },
  {
    id: 'licensing-internal-error',
    what: 'The client\'s dialog "… there was an internal error in the remote computer\'s licensing protocol"',
    codeName: 'exDiscReasonLicenseInternal',
    words: { en: [/internal error in the remote computer'?s licensing protocol/] },
    meaning:
      "The session host's licensing failed inside the server: its license server configuration and events say why.",
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_LicenseInternal, extended reason 256)`,
  },
  {
    id: 'licensing-network-problems',
    what: 'The client\'s dialog "… there were network problems during the licensing protocol"',
    codeName: 'exDiscReasonLicenseCantFinishProtocol',
    words: { en: [/network problems during the licensing protocol/] },
    meaning: 'The licensing exchange was cut by a network problem: connect again; if it repeats, the network path.',
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_LicenseCantFinishProtocol, extended reason 262)`,
  },
  {
    id: 'client-ended-licensing',
    what: 'The client\'s dialog "… the client prematurely ended the licensing protocol"',
    codeName: 'exDiscReasonLicenseClientEndedProtocol',
    words: { en: [/client prematurely ended the licensing protocol/] },
    meaning: 'The client stopped the licensing exchange before its end; the text names no cause of its own.',
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_LicenseClientEndedProtocol, extended reason 263)`,
  },
  {
    id: 'licensing-message-encrypted',
    what: 'The client\'s dialog "… a licensing message was incorrectly encrypted"',
    codeName: 'exDiscReasonLicenseErrClientEncryption',
    words: { en: [/licensing message was incorrectly encrypted/] },
    meaning:
      "A licensing message between client and server was not encrypted correctly: often the client's cached licence.",
    confidence: 'MS',
    source: `${SRC_TSWEB} (L_LicenseBadClientEncryption, extended reason 264)`,
  },
  {
    id: 'licensing-group-missing',
    what: 'RD Licensing event 4140 ("The Terminal Server Computers group is required, but this group has not been created on the Remote Desktop license server")',
    event: { provider: 'Microsoft-Windows-TerminalServices-Licensing', id: 4140 },
    states: [licensingServerUnavailable.id],
    words: { en: [/terminal server computers group is required, but this group has not been created/] },
    meaning:
      'The license server\'s "License server security group" policy is on but its Terminal Server Computers group does not exist: it issues licences to no session host until the group is created and the hosts are added to it.',
    confidence: 'MS',
    source: `${SRC_LICENSE_GROUP}, event 4140`,
  },
  {
    // r30-h61d: the listener's certificate renewed from its template (Microsoft support KB 2531138: the event is logged
    // when the re-enrollment of the certificate occurs), no connection refused.
    id: 'rcm-1063-template-certificate',
    kind: 'informational',
    what: 'RemoteConnectionManager event 1063 ("A new template-based certificate to be used by the terminal server for TLS … has been installed")',
    event: { provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager', id: 1063 },
    words: {
      en: [
        /new template-based certificate to be used by the (?:terminal|rd session host) server for transport layer security/,
      ],
    },
    meaning: `The RD Session Host enrolled its listener certificate again from the certificate template Group Policy names, and installed it: the certificate for TLS was renewed. ${HEALTHY}`,
    confidence: 'MS',
    source:
      'Microsoft support KB 2531138 ("Remote Desktop Services servers re-enroll the template-based certificate twice a day", event 1063 logged when the re-enrollment of the certificate occurs), https://support.microsoft.com/en-us/kb/2531138',
  },
  {
    id: 'licensing-group-created',
    kind: 'informational',
    what: 'RD Licensing event 70 ("The Terminal Server Computers local group has been created")',
    event: { provider: 'Microsoft-Windows-TerminalServices-Licensing', id: 70 },
    words: { en: [/terminal server computers local group has been created/] },
    meaning: `The license server created its Terminal Server Computers group when the role was installed. ${HEALTHY}`,
    confidence: 'MS',
    source: `${SRC_LICENSE_GROUP}, event 70`,
  },
  // --- RD Gateway dialogs and events
  {
    id: 'gateway-cannot-connect-to-gateway',
    states: [networkUnreachable.id],
    what: 'The client\'s dialog "Your computer can\'t connect to the Remote Desktop Gateway server. Contact your network administrator for assistance."',
    words: {
      // The dialog's first sentence alone too, with or without "the" ("Your computer can't connect to Remote Desktop
      // Gateway server"); not "… to the remote computer" (the session host's dialogs).
      en: [/computer can(?:'?t|not) connect to (?:the )?remote desktop gateway server\b/],
    },
    meaning:
      "The client could not set up its connection to the RD Gateway itself (the session host was never reached): the gateway's name or address, TCP 443 on the way, the gateway service, or the client's RD Gateway support. The gateway's TerminalServices-Gateway/Operational log shows whether the client reached it.",
    confidence: 'WR',
    source:
      'Widely reported: Bearmann, "Creators Update: RemoteApp and Desktop Connection gateway unavailable" (2017, the dialog quoted); Microsoft Learn "RD Gateway Server Availability" for what the gateway needs',
  },
  {
    id: 'gateway-error-on-remote-computer',
    what: 'The client\'s dialog "Your computer can\'t connect to the remote computer because an error occurred on the remote computer that you want to connect to"',
    codeName: 'GatewayRemoteComputerError',
    words: {
      en: [
        /can'?t connect to the remote computer because an error occurred on the remote computer that you want to connect to/,
      ],
    },
    meaning:
      'The RD Gateway was reached, and it reports an error on the computer behind it: the session host refused the connection or the gateway could not reach it.',
    confidence: 'WR',
    source:
      'Widely reported: Remko Weijnen, "RD Gateway connection fails on Windows 7" (the dialog quoted, through an RD Gateway); the RD Gateway code it stands for in this tool\'s table (GatewayRemoteComputerError)',
  },
  {
    id: 'gateway-200',
    kind: 'informational',
    what: 'RD Gateway event 200 ("… met connection authorization policy requirements and was therefore authorized to access the RD Gateway server")',
    event: { provider: GATEWAY, id: 200 },
    words: { en: [/\bmet connection authorization policy requirements and was therefore authorized/] },
    meaning: `The RD Gateway let the user in: its connection authorization policy (RD CAP) was met. ${HEALTHY}`,
    confidence: 'MS',
    source: `${SRC_GW_CONNECTIONS}, event 200`,
  },
  {
    id: 'gateway-300',
    kind: 'informational',
    what: 'RD Gateway event 300 ("… met resource authorization policy requirements and was therefore authorized to connect to resource")',
    event: { provider: GATEWAY, id: 300 },
    words: { en: [/\bmet resource authorization policy requirements and was therefore authorized/] },
    meaning: `The RD Gateway allowed the user to reach the computer named: its resource authorization policy (RD RAP) was met. ${HEALTHY}`,
    confidence: 'MS',
    source: `${SRC_GW_CONNECTIONS}, event 300`,
  },
  {
    id: 'gateway-302',
    kind: 'informational',
    what: 'RD Gateway event 302 ("The user …, on client computer …, connected to resource …")',
    event: { provider: GATEWAY, id: 302 },
    words: { en: [/on client computer "?[^"\n]{0,100}"?, connected to resource\b/] },
    meaning: `The connection through the RD Gateway was made: the user reached the computer named (the protocol says HTTP or UDP). ${HEALTHY}`,
    confidence: 'MS',
    source: `${SRC_GW_CONNECTIONS}, event 302`,
  },
  {
    id: 'gateway-303',
    kind: 'informational',
    what: 'RD Gateway event 303 ("The user …, on client computer …, disconnected from the following network resource … Before the user disconnected, the client transferred … bytes")',
    event: { provider: GATEWAY, id: 303 },
    words: { en: [/on client computer "?[^"\n]{0,100}"?, disconnected from the following network resource/] },
    meaning: `A connection through the RD Gateway ended; the event gives the bytes each way and how long the session lasted. A session ending is not a failure: its length and bytes show whether it was used. ${HEALTHY}`,
    confidence: 'MS',
    source: `${SRC_GW_CONNECTIONS}, event 303`,
  },
  {
    id: 'gateway-306',
    kind: 'uncatalogued',
    what: 'RD Gateway event 306 ("… was not authorized to connect to the RD Gateway server because a tunnel could not be created")',
    event: { provider: GATEWAY, id: 306 },
    words: {
      en: [
        /not authorized to connect to the (?:rd|ts|remote desktop) gateway server because a tunnel could not be created/,
      ],
    },
    meaning:
      "The RD Gateway could not create the user's tunnel. Microsoft's fix is the gateway's own certificate: install one that meets its requirements and bind it to the gateway's SSL in RD Gateway Manager. Not an authorization policy refusal.",
    confidence: 'MS',
    source: 'Microsoft Learn "Event ID 306 — RD Gateway Server Connections" (ee907345, AAG_TUNNEL_CREATION_FAILED)',
  },
  {
    id: 'gateway-101',
    kind: 'informational',
    what: 'RD Gateway event 101 ("The RD Gateway service has started")',
    event: { provider: GATEWAY, id: 101 },
    words: { en: [/\b(?:rd|ts|remote desktop) gateway service has started\b/] },
    meaning: `The RD Gateway service started. ${HEALTHY}`,
    confidence: 'MS',
    source: `${SRC_GW_AVAILABILITY}, event 101`,
  },
  {
    id: 'gateway-400',
    kind: 'informational',
    what: 'RD Gateway event 400 ("The RD Gateway service is shutting down")',
    event: { provider: GATEWAY, id: 400 },
    words: { en: [/(?:rd|ts|remote desktop) gateway service is shutting down/] },
    meaning:
      "The RD Gateway service is stopping: an administrator's restart or a restart after its certificate changed, which drops every connection through it. If it was not expected, check that Network Policy Server, RPC, RPC/HTTP Load Balancing and World Wide Web Publishing are running.",
    confidence: 'MS',
    source: `${SRC_GW_AVAILABILITY}, event 400`,
  },
  // --- Network Policy Server's Security 6273 (the RD Gateway's CAPs kept in NPS): its header and its Reason lines
  {
    id: 'nps-6273-denied',
    what: 'Security event 6273 "Network Policy Server denied access to a user" (its header, without its Reason line)',
    words: { en: [/network policy server denied access to a user/] },
    numbers: NPS_NUMBERS,
    meaning: `Network Policy Server (NPS) refused a RADIUS request. ${NPS_GATEWAY} The header names no reason: the event's "Reason Code:" and "Reason:" lines do.`,
    confidence: 'MS',
    source: SRC_NPS_6273,
    note: 'Paste the "Authentication Details" lines with their Reason Code and Reason: the reason is read then.',
  },
  {
    id: 'nps-6274-discarded',
    what: 'Security event 6274 "Network Policy Server discarded the request for a user" (its header, without its Reason line)',
    words: { en: [/network policy server discarded the request for a user/] },
    numbers: NPS_NUMBERS,
    meaning: `Network Policy Server (NPS) dropped a RADIUS request without answering it (the RADIUS client, an RD Gateway among them, times out or tries another server). ${NPS_GATEWAY} The header names no reason: the event's "Reason Code:" and "Reason:" lines do.`,
    confidence: 'MS',
    source: SRC_NPS_AUDIT,
    note: 'Paste the "Authentication Details" lines with their Reason Code and Reason: the reason is read then.',
  },
  {
    id: 'nps-6272-granted',
    what: 'Security event 6272 "Network Policy Server granted access to a user"',
    words: { en: [/network policy server granted access to a user/] },
    numbers: NPS_NUMBERS,
    meaning: `NPS accepted the request: for an RD Gateway, the user met a connection authorization policy. ${HEALTHY} If the connection still failed, the gateway's own log (TerminalServices-Gateway/Operational: 200, then 302 or 303 for the resource) or the session host says where.`,
    confidence: 'MS',
    source: SRC_NPS_AUDIT,
  },
  {
    id: 'nps-reason-16',
    what: 'NPS reason 16 (Security 6273): "Authentication failed due to a user credentials mismatch. Either the user name provided does not map to an existing user account or the password was incorrect."',
    states: [authBadCredentials.id],
    overrides: ['nps-6273-denied', 'nps-6274-discarded'],
    words: { en: [/authentication failed due to a user credentials mismatch/] },
    numbers: NPS_NUMBERS,
    meaning: `NPS could not match the credentials: the user name maps to no account, or the password is wrong (for an RD Gateway: the gateway's sign-in, before any session host). ${NPS_GATEWAY}`,
    confidence: 'MS',
    source: `${SRC_NPS_0_37}, reason code 16; the 6273 Reason line as vcloudnine.de ("Windows NPS – Authentication failed with error code 16") and directaccess.richardhicks.com ("Always On VPN Authentication Failed Reason Code 16") quote it`,
  },
  {
    id: 'nps-reason-21',
    what: 'NPS reason 21 (Security 6273): "An NPS extension dynamic link library (DLL) that is installed on the NPS server rejected the connection request."',
    overrides: ['nps-6273-denied', 'nps-6274-discarded'],
    words: {
      en: [
        /(?:nps|ias) extension dynamic link library \(dll\) that is installed on the nps server rejected the connection request/,
      ],
    },
    numbers: NPS_NUMBERS,
    meaning: `An extension installed in NPS refused the request after NPS itself had checked it: the text names no reason, the extension's own log says it. For an RD Gateway it is usually the NPS extension for Microsoft Entra multifactor authentication (its AuthN/AuthZ logs under Applications and Services Logs > Microsoft > AzureMfa give the user and the answer of the second factor). ${NPS_GATEWAY}`,
    confidence: 'MS',
    source: `${SRC_NPS_0_37}, reason code 21 (the IAS wording is the older name of the same reason); Microsoft Learn "Integrate your Remote Desktop Gateway infrastructure using the Network Policy Server (NPS) extension and Microsoft Entra ID" for the extension on an RD Gateway`,
  },
  {
    id: 'nps-reason-38',
    what: 'NPS reason 38 (Security 6273): "Authentication failed due to a user account restriction or requirement that was not followed."',
    states: [authAccountState.id],
    overrides: ['nps-6273-denied', 'nps-6274-discarded'],
    words: { en: [/authentication failed due to a user account restriction or requirement that was not followed/] },
    numbers: NPS_NUMBERS,
    meaning: `NPS refused the account for a restriction set on it (Microsoft's example: the account requires a password and the user tried a blank one): check the account's properties. ${NPS_GATEWAY}`,
    confidence: 'MS',
    source: `${SRC_NPS_38_257}, reason code 38`,
  },
  {
    id: 'nps-reason-48',
    what: 'NPS reason 48 (Security 6273): "The connection request did not match any configured network policy" / "… did not match a configured network policy, so the connection request was denied by Network Policy Server"',
    states: [gatewayDenied.id],
    overrides: ['nps-6273-denied', 'nps-6274-discarded'],
    words: { en: [/connection request did not match (?:any|a) configured network policy/] },
    numbers: NPS_NUMBERS,
    meaning: `No NPS network policy matched the request, so NPS denied it. For an RD Gateway the network policies are its connection authorization policies (RD CAPs): the user (or the computer) is in none of the groups a CAP allows, or the policy's other conditions (NAS port type, the order of the policies) leave it out. ${NPS_GATEWAY}`,
    confidence: 'MS',
    source: `${SRC_NPS_38_257}, reason code 48`,
  },
  {
    id: 'nps-reason-49',
    what: 'NPS reason 49 (Security 6273): "The connection request did not match a configured connection request policy, so the connection request was denied by Network Policy Server"',
    states: [gatewayDenied.id],
    overrides: ['nps-6273-denied', 'nps-6274-discarded'],
    words: { en: [/connection request did not match (?:any|a) configured connection request policy/] },
    numbers: NPS_NUMBERS,
    meaning: `No NPS connection request policy matched the request, so NPS denied it before any network policy was tried. For an RD Gateway whose CAPs are kept on a central NPS server, that server's connection request policies must take the gateway's requests. ${NPS_GATEWAY}`,
    confidence: 'MS',
    source: `${SRC_NPS_38_257}, reason code 49`,
  },
  {
    id: 'nps-reason-65',
    what: 'NPS reason 65 (Security 6273): "The Network Access Permission setting in the dial-in properties of the user account in Active Directory is set to Deny access to the user."',
    states: [gatewayDenied.id],
    overrides: ['nps-6273-denied', 'nps-6274-discarded'],
    words: {
      en: [
        /network access permission setting in the dial-in properties of the user account (?:in active directory )?is set to deny access/,
      ],
    },
    numbers: NPS_NUMBERS,
    meaning: `The user's own account refuses network access: its Dial-in tab (Active Directory Users and Computers) sets Network Access Permission to Deny access, which outranks the network policies. Set it to Allow access or to "Control access through NPS Network Policy". ${NPS_GATEWAY}`,
    confidence: 'MS',
    source: `${SRC_NPS_38_257}, reason code 65`,
  },
  {
    id: 'nps-reason-66',
    what: 'NPS reason 66 (Security 6273): "The user attempted to use an authentication method that is not enabled on the matching network policy."',
    states: [gatewayDenied.id],
    overrides: ['nps-6273-denied', 'nps-6274-discarded'],
    words: {
      en: [
        /attempted to use an authentication method that is not enabled on the matching (?:network|remote access) policy/,
      ],
    },
    numbers: NPS_NUMBERS,
    meaning: `The request matched a network policy whose authentication methods do not include the one used. For an RD Gateway the matching policy is its connection authorization policy (RD CAP): it expects a smart card where a password was given, or the reverse. ${NPS_GATEWAY}`,
    confidence: 'MS',
    source: `${SRC_NPS_38_257}, reason code 66; the 6273 Reason line as securew2.com ("NPS Error Code 66") quotes it`,
  },
  // --- Microsoft Entra ID's sign-in errors (AADSTS…) met at the web sign-in to an Entra-joined PC or a Cloud PC
  ...AADSTS_ROWS.map(
    ([code, name, states, meaning, overrides]): KnownSentence => ({
      id: `aadsts-${code}`,
      what: `Microsoft Entra sign-in error AADSTS${code} (${name})`,
      states,
      overrides: ['aadsts-other', ...overrides],
      words: { en: [new RegExp(`\\baadsts${code}\\b`)] },
      numbers: AADSTS_NUMBERS,
      meaning: `${meaning} ${AADSTS_WHERE}`,
      confidence: 'MS',
      source: `${SRC_AADSTS}, AADSTS${code}; ${SRC_AADJ_RDP}`,
    }),
  ),
  {
    id: 'aadsts-other',
    what: 'A Microsoft Entra sign-in error (AADSTS followed by its number) this table does not name',
    generic: true,
    words: { en: [/\baadsts\d{4,6}\b/] },
    numbers: AADSTS_NUMBERS,
    meaning: `A Microsoft Entra ID sign-in error: its number is looked up at https://login.microsoftonline.com/error?code=<number>, and its text says what refused the sign-in. ${AADSTS_WHERE}`,
    confidence: 'MS',
    source: `${SRC_AADSTS}; ${SRC_AADJ_RDP}`,
  },
  // --- Azure Virtual Desktop session host statuses
  {
    id: 'avd-status-unavailable',
    kind: 'uncatalogued',
    what: 'Azure Virtual Desktop session host status Unavailable ("Session Host is either turned off or has failed critical health checks …")',
    words: { en: [/session host is either turned off or has failed critical health checks/] },
    meaning:
      "The session host is off or failed a critical health check, so the service routes no connection to it: start it, or read its failed health check (the host's Health details in the portal) for which.",
    confidence: 'MS',
    source: `${SRC_AVD_STATUS}: Unavailable`,
  },
  {
    id: 'avd-status-upgrade-failed',
    kind: 'uncatalogued',
    what: 'Azure Virtual Desktop session host status UpgradeFailed ("Session Host is unavailable because the critical component upgrade (agent, side-by-side stack, etc.) failed")',
    words: { en: [/session host is unavailable because the critical component upgrade/] },
    meaning:
      "The session host takes no connection because the upgrade of its agent or side-by-side stack failed: reinstall the agent and its boot loader (Microsoft's agent troubleshooting page).",
    confidence: 'MS',
    source: `${SRC_AVD_STATUS}: UpgradeFailed`,
  },
  {
    id: 'avd-status-needs-assistance',
    kind: 'unspecific',
    what: 'Azure Virtual Desktop session host status NeedsAssistance ("… the health on their endpoint needs to be fixed. The connections might not fail, as these issues are not fatal")',
    words: { en: [/health on their endpoint needs to be fixed/] },
    meaning:
      "A health check of the session host failed that is not fatal: connections may still succeed. The host's Health details say which check.",
    confidence: 'MS',
    source: `${SRC_AVD_STATUS}: NeedsAssistance`,
  },
  {
    id: 'avd-status-available',
    kind: 'informational',
    what: 'Azure Virtual Desktop session host status Available ("Session Host has passed all the health checks and is available to handle connections")',
    words: { en: [/session host has passed all the health checks and is available/] },
    meaning: `The session host passed every health check and takes connections. ${HEALTHY}`,
    confidence: 'MS',
    source: `${SRC_AVD_STATUS}: Available`,
  },
  {
    id: 'w365-domain-trust',
    kind: 'uncatalogued',
    what: 'Windows 365 connectivity check "DomainTrust: The domain doesn\'t trust this Cloud PC"',
    codeName: 'DomainTrustRelationshipLost',
    words: { en: [/the domain doesn'?t trust this cloud pc/] },
    meaning:
      'The Cloud PC lost its trust relationship with the domain: domain sign-ins to it fail until it is repaired (or the Cloud PC reprovisioned).',
    confidence: 'MS',
    source:
      'Microsoft Learn: Windows 365 "Connectivity health checks" (https://learn.microsoft.com/en-us/windows-365/enterprise/health-checks-connectivity), DomainTrust',
  },
  // --- RD Web Access's sign-in page
  {
    id: 'rdweb-credentials-not-valid',
    what: 'RD Web Access\'s sign-in message "The user name or password that you entered is not valid. Try typing it again."',
    states: [authBadCredentials.id, authAccountState.id],
    words: { en: [/user name or password that you entered is not valid/] },
    meaning:
      'RD Web Access refused the sign-in: a wrong user name or password, or, with the same message, an account locked out after too many attempts. The administrator of Active Directory resets the password or unlocks the account.',
    confidence: 'MS',
    source: SRC_RDWEB,
  },
  {
    id: 'rdweb-password-expired',
    what: 'RD Web Access\'s sign-in message "Your password is expired. Please contact your administrator for assistance."',
    states: [authAccountState.id],
    words: { en: [/your password is expired\. ?please contact your administrator/] },
    meaning:
      "The user's password has expired and RD Web Access's password reset is not enabled: an administrator resets it (or enables the reset page, where the user gives the old password and a new one).",
    confidence: 'MS',
    source: SRC_RDWEB,
  },
  // --- smart cards and RemoteApp
  {
    id: 'smart-card-no-valid-certificates',
    kind: 'uncatalogued',
    what: 'The Windows sign-in message "No valid certificates were found on this smart card"',
    words: { en: [/no valid certificates were found on this smart card/] },
    meaning:
      'Windows found no certificate it can sign in with on the card. At a Remote Desktop sign-in screen, the public report names the Smart Card service not running on the remote computer; otherwise the card holds no logon certificate.',
    confidence: 'WR',
    source:
      'Widely reported: Teleport documentation "Troubleshooting Desktop Access" (the message at an RDP sign-in screen: the Smart Card service is not running on the host)',
  },
  {
    id: 'remoteapp-not-authorized',
    kind: 'uncatalogued',
    what: 'The message "The RemoteApp program is not in the list of authorized programs"',
    words: { en: [/remoteapp program is not in the list of authorized programs/] },
    meaning:
      "The program asked for is not published as a RemoteApp on the session host (or was published by a path the server does not allow): publish it (RemoteApp Manager, or the collection's RemoteApp programs).",
    confidence: 'WR',
    source:
      'Widely reported: anandthearchitect.com "Windows 2008 R2 RDS: RemoteApp program is not in the list of authorized programs" (2011); Microsoft KB 946410 (the RemoteApp allow list)',
  },
  {
    id: 'initial-program-cannot-start',
    kind: 'uncatalogued',
    what: 'The message "Access is denied. This initial program cannot be started"',
    words: { en: [/this initial program cannot be started/] },
    meaning:
      "The .rdp file asks for an initial program that is not in the server's RemoteApp Programs list: add the program to that list (remoteprograms.msc) or connect without it.",
    confidence: 'MS',
    source:
      'Microsoft KB 946410 "You cannot create a terminal server session … by using an .rdp file that runs an initial program"',
  },
  // --- sign-in refusals and credential prompts met at a connection
  {
    id: 'local-policy-no-interactive-logon',
    what: 'The message "The local policy of this system does not permit you to logon interactively"',
    states: [authLogonRight.id],
    // Round 26 (r26-h60k): retyped, the dialog's verb and its step in their other usual words ("does not allow you to
    // log in interactively"): the same refusal, never another text (the policy and "interactively" still named).
    words: {
      en: [/local policy of this system does not (?:permit|allow) you to (?:log ?on|log ?in|sign ?in) interactively/],
    },
    meaning:
      'The account may not sign in through Remote Desktop on that computer: Microsoft\'s page names it not being a member of the local Remote Desktop Users group. Add it to Remote Desktop Users, and check that "Allow log on through Remote Desktop Services" lists that group and "Deny log on through Remote Desktop Services" does not.',
    confidence: 'MS',
    source: SRC_LOCAL_POLICY,
  },
  {
    id: 'saved-credentials-identity-not-verified',
    what: 'The client\'s prompt "Your system administrator does not allow the use of saved credentials to log on to the remote computer … because its identity is not fully verified. Please enter new credentials."',
    states: [credsspNla.id],
    words: { en: [/does not allow the use of saved credentials to log ?on to (?:the )?remote computer/] },
    meaning:
      'The client\'s credential delegation policy (CredSSP) refuses to send saved credentials to a server it could not authenticate: Kerberos could not prove the server\'s identity (a stand-alone or workgroup server, a farm name, no domain controller reachable through a gateway) and its certificate is not one the client trusts. Typing the password works once; the lasting fix is server authentication (a trusted certificate issued for the name used, or Kerberos), or the policy "Allow delegating saved credentials with NTLM-only server authentication" for TERMSRV/<server>, which sends the password to a server whose identity is not proven (weaker security).',
    confidence: 'WR',
    source:
      'Widely reported: the Remote Desktop Services team blog "Problems using default credentials with Vista RDP clients with Single Sign-on Enabled" (blogs.msdn.com/ts, 2008: the credential delegation policy and server authentication); Server Fault question 396722 quoting the prompt',
  },
  {
    id: 'saved-credentials-server-policy',
    codeName: 'SSL_ERR_FRESH_CRED_REQUIRED_BY_SERVER',
    what: 'The client\'s message "The server\'s authentication policy does not allow connection requests using saved credentials. Please enter new credentials."',
    words: { en: [/authentication policy does not allow connection requests using saved credentials/] },
    meaning:
      'The server refuses saved credentials (SSL_ERR_FRESH_CRED_REQUIRED_BY_SERVER, 8455): its policy "Always prompt for password upon connection" makes every connection type the password, and a client that sends saved or pre-filled credentials is asked again. Typing the password at the prompt connects; the server\'s policy is deliberate, keep it.',
    confidence: 'MS',
    source:
      'Microsoft Learn "IMsTscAxEvents::OnDisconnected" (https://learn.microsoft.com/en-us/windows/win32/termserv/imstscaxevents-ondisconnected: SSL_ERR_FRESH_CRED_REQUIRED_BY_SERVER 8455, "The server authentication policy does not allow connection requests using saved credentials. The user must enter new credentials."); Microsoft Learn "Policy CSP - RemoteDesktopServices" (https://learn.microsoft.com/en-us/windows/client-management/mdm/policy-csp-remotedesktopservices: "Always prompt for password upon connection")',
  },
  {
    id: 'credential-guard-saved-credentials',
    kind: 'uncatalogued',
    what: 'The client\'s message "Windows Defender Credential Guard does not allow using saved credentials. Please enter your credentials."',
    words: { en: [/credential guard does not allow using saved credentials/] },
    meaning:
      'Not a failure of the server: Credential Guard on this client (on by default on many Windows 11 22H2 and later devices) does not let Remote Desktop send saved credentials. Type the password at the prompt. Turning Credential Guard off to keep the saved password weakens the protection of the credentials on this computer: Remote Credential Guard or Restricted Admin mode avoid sending them instead.',
    confidence: 'WR',
    source:
      'Widely reported: Microsoft Q&A "Windows 11 22H2 - Can\'t use saved credential" (learn.microsoft.com/en-us/answers/questions/1021785); Super User question 1756354 quoting the message',
  },
  {
    id: 'requested-session-access-denied',
    // ERROR_CTX_WINSTATION_ACCESS_DENIED is the listener's own permission check (its WINSTATION_LOGON right, which the
    // RDP-Tcp listener grants to Administrators and Remote Desktop Users): an account outside them that reaches the
    // logon screen (no NLA, as on Windows Home with a wrapper) is refused here after it signs in.
    states: [authLogonRight.id],
    what: 'The client\'s message "The requested session access is denied."',
    words: { en: [/\brequested session access (?:is|was) denied/] },
    meaning:
      "The remote computer refused this account access to a session (the message of ERROR_CTX_WINSTATION_ACCESS_DENIED): the listener's permission to log on to a session, which Administrators and Remote Desktop Users hold, is not the account's. Public reports name an account outside Remote Desktop Users (a Guest account, a user taken out of Administrators); Microsoft's page also names restrictions such as Credential Guard. The server's Security log (4625, 4825) at that time says which.",
    confidence: 'WR',
    source: `${SRC_ACCESS_DENIED}; winerror.h (ERROR_CTX_WINSTATION_ACCESS_DENIED's message); Microsoft Learn Win32_TSAccount.ModifyPermissions (WINSTATION_LOGON, "Permission to log on to a session on the server"); widely reported: stascorp/rdpwrap issues 1329 and 2210 (the account added to Remote Desktop Users)`,
    note: "7045 is this message's Win32 number, read as the Service Control Manager's event 7045 when pasted alone: the words are read here, not the number.",
  },
  {
    id: 'certificate-cannot-be-authenticated',
    states: [tlsCertificate.id],
    what: 'The client\'s messages "Your Remote desktop connection failed because the remote computer cannot be authenticated" / "The remote computer could not be authenticated due to problems with its security certificate. It may be unsafe to proceed."',
    words: {
      en: [
        /remote desktop connection failed because the remote computer cannot be authenticated|remote computer could not be authenticated due to problems with its security certificate/,
      ],
    },
    meaning:
      'The client could not validate the certificate the server presented: Microsoft\'s page names an incorrect certificate selected for the RDP-Tcp listener (issued for another name, or from an authority the client does not trust). The "Certificate errors" lines under the message say which; check the certificate on the listener\'s General tab (or SSLCertificateSHA1Hash).',
    confidence: 'MS',
    source: SRC_CERT_ERRORS,
    note: 'Paste the "Certificate errors" lines with it to read the exact problem. Connecting anyway is safe only for a server you know.',
  },
  {
    id: 'authentication-required-cannot-proceed',
    states: [tlsCertificate.id],
    what: 'The client\'s message "You cannot proceed because authentication is required."',
    words: { en: [/you cannot proceed because authentication is required/] },
    meaning:
      "The client is set to require server authentication (\"Do not connect\" if it fails) and the server's certificate could not be validated: Microsoft's page lists it among the certificate messages of an incorrect certificate on the listener. Fix the certificate (issued for the name used, from an authority the client trusts); lowering the client's authentication setting connects to a server whose identity is not proven (weaker security).",
    confidence: 'MS',
    source: SRC_CERT_ERRORS,
  },
  {
    id: 'server-authentication-not-supported',
    states: [securityLayerMismatch.id, tlsCertificate.id],
    what: 'The client\'s warning "… This problem can occur if the remote computer is running a version of Windows that is earlier than Windows Vista, or if the remote computer is not configured to support server authentication" (newer clients: "… if the remote PC is running a version of Windows that is not configured to support server authentication")',
    words: {
      en: [
        /this problem can occur if the remote (?:computer|pc) is running a version of windows that is\b.{0,60}?not configured to support server authentication/,
      ],
    },
    meaning:
      "The client could not authenticate the server (the server offered neither TLS with a certificate the client can check nor Kerberos): it runs an old Windows or its listener uses the RDP Security Layer. Connecting anyway works but the server's identity is not proven; set the listener's Security Layer to Negotiate or SSL (TLS) with a valid certificate.",
    confidence: 'WR',
    source:
      'Widely reported: the Remote Desktop Connection warning as public scripts that answer it quote it (AutoHotkey scripts in public repositories) and a public help page titled by it ("RDP: This problem can occur if the remote PC is running a version of Windows that is not configured"), which ties it to an old or misconfigured server without NLA / TLS',
  },
  {
    id: 'mstsc-protocol-error-disconnected',
    what: 'The client\'s message "Because of a protocol error, this session will be disconnected. Please try connecting to the remote computer again."',
    states: [securityLayerMismatch.id, tlsCertificate.id, networkUnreachable.id],
    // Also as the cloud providers' help retells it ("… the remote session will be disconnected because of a protocol
    // error").
    words: {
      en: [
        /because of (?:a )?protocol error,? ?(?:this|the) session will be disconnected|session will be disconnected because of a protocol error/,
      ],
    },
    meaning:
      "The client or the server received RDP data it could not process and ended the session. The words alone name no cause; the pages that treat it disagree: the cloud providers' help names a security layer the two sides could not agree on, the listener's certificate damaged (the RCM Certificate registry value, the RDP Security Layer its fix) and another program on the RDP port; reports from clients that host many sessions at once (mRemoteNG, RDCMan) and indowhiz.com name the client's memory running short, which no cause of the catalogue covers. The server's System log (TermDD 50, TermService) and RdpCoreTS log at that time say which part failed.",
    rankedBy:
      "the cloud providers' pages for it rank a security layer the two sides could not agree on (Alibaba Cloud, Huawei Cloud), then the listener's damaged certificate (Huawei Cloud: delete RCM\\Certificate, set the RDP Security Layer), then another program on port 3389 (Alibaba Cloud); with many sessions in one client (mRemoteNG) the reports name the client's memory instead, and that ranking is not given.",
    // The reason's number printed before the text (3334) is what ActiveX hosts print (mRemoteNG, 1Remote); the
    // Windows client's own dialog shows none.
    rankedUnless: new RegExp(`${MANY_SESSIONS_IN_ONE_CLIENT.source}|${NOT_A_WINDOWS_LISTENER.source}|\\b3334\\b`, 'i'),
    confidence: 'WR',
    source:
      'Widely reported: Alibaba Cloud ECS help "Because of a protocol error, this session will be disconnected" (a port conflict on 3389, security protocol negotiation); Huawei Cloud ECS help (the registry subkey Certificate damaged; the RDP Security Layer); indowhiz.com "Windows Remote Desktop: Disconnected Because of a Protocol Error" (memory); mRemoteNG issue 864 (error 3334: the memory of a client hosting many sessions)',
  },
  {
    id: 'default-profile-logon',
    kind: 'informational',
    what: 'The sign-in message "Windows cannot load the user\'s profile but has logged you on with the default profile for the system"',
    words: { en: [/windows cannot load the user'?s profile but has logged you on with the default profile/] },
    meaning:
      "Not a connection failure: the sign-in succeeded with a temporary profile, so the user's settings and files are missing in that session. Microsoft's page ties the detail \"Insufficient system resources exist to complete the requested service\" to many users signed in to the server (paged pool exhausted; the fix changes PoolUsageMaximum and PagedPoolSize and needs a restart, which ends every session). The Application log's User Profile Service events (1505, 1508 on Windows Server 2003) say why.",
    confidence: 'MS',
    source: SRC_DEFAULT_PROFILE,
  },
  // --- the older Terminal Services licensing event descriptions
  {
    id: 'ts-could-not-locate-license-server',
    what: 'TermService event 1010 "The terminal services could not locate a license server"',
    states: [licensingServerUnavailable.id],
    words: { en: [/terminal services could not locate a license server/] },
    meaning:
      'The session host found no license server: none is specified or the ones specified do not answer (name resolution, the network, or the licensing service not running). Specify a reachable license server and check its service.',
    confidence: 'MS',
    source: SRC_TS_SECURITY_ERROR,
  },
  {
    id: 'ts-licensing-domain-controller-only',
    what: 'TermServLicensing event 28 "Terminal Services Licensing can only be run on Domain Controllers or Server in a Workgroup"',
    states: [licensingServerUnavailable.id],
    words: { en: [/terminal services licensing can only be run on domain controllers or servers? in a workgroup/] },
    meaning:
      "The license server's service will not run on this computer (Windows 2000 licensing ran only on a domain controller or a workgroup server), so the session hosts pointing to it have no license server.",
    confidence: 'MS',
    source: SRC_TS_SECURITY_ERROR,
  },
  // --- the Terminal Services era's texts, still pasted: the client's messages and the listener certificate's events
  {
    id: 'ts-max-allowed-connections',
    what: 'The message "The terminal server has exceeded the maximum number of allowed connections" (TermService event 1013)',
    states: [sessionLimit.id],
    words: { en: [/\bterminal server has exceeded the maximum number of allowed connections\b/] },
    meaning:
      'The server refused the session because its connection limit is reached: in Remote Administration mode (no RD Session Host role) two sessions, active or disconnected, fill it. Log off the sessions left open (closing the window only disconnects them) or connect to the console session (mstsc /admin), which the limit does not count.',
    confidence: 'MS',
    source: SRC_TS_EVENT_1013,
    languages: 'English only: no localized Microsoft page quoting this text was found.',
  },
  {
    id: 'ts-network-error-session-disconnected',
    what: 'The client\'s message "Because of a network error, the session will be disconnected. Please try to reconnect."',
    states: [sessionLimit.id, networkDropped.id],
    words: { en: [/because of a network error,? the session will be disconnected/] },
    meaning:
      "The text blames the network, but Microsoft documents it as the message a Terminal Server client gets when the server is at its maximum number of connections (the server logs the refusal): check the server's session count and limit first, then the network between the two.",
    confidence: 'MS',
    source: SRC_Q187175,
    languages: 'English only: no localized Microsoft page quoting this text was found.',
  },
  {
    id: 'ts-server-ended-connection',
    what: 'The client\'s message "Terminal Server has ended the connection"',
    states: [networkDropped.id],
    words: { en: [/\bterminal server has ended the connection\b/] },
    meaning:
      'The server ended the connection. Microsoft ties this message, with TermService event 1004 ("Unable to acquire a license for user …") on the server, to trouble communicating over the network (LAN, WAN or VPN) rather than to licensing: ping both ways by address and name, then with a full-size packet that must not fragment (ping -l 1472 -f) to find an MTU problem on the path.',
    confidence: 'MS',
    source: SRC_Q274805,
    languages: 'English only: no localized Microsoft page quoting this text was found.',
  },
  {
    id: 'remote-computer-cannot-be-found',
    what: 'The client\'s message "The remote computer cannot be found" / "The specified remote computer could not be found"',
    states: [networkUnreachable.id],
    words: { en: [/\bremote computer cannot be found\b|\bspecified remote computer could not be found\b/] },
    meaning:
      'The client could not find the computer by the name it was given: check the name with whoever runs that computer (a typing mistake, a name the DNS does not know), and if it still fails, type its IP address instead of its name.',
    confidence: 'MS',
    source: `${SRC_WIN7_HELP}; ${SRC_TSWEB} (L_BadServerName, shown for disconnect reasons 260, 520, 776, 1288, 1540 and 2052)`,
    languages: 'Czech from the cs-CZ page of the same Windows 7 help (localized-tr-cs-sv-hu.ts).',
  },
  {
    id: 'rcm-1051-no-usable-certificate',
    what: 'RemoteConnectionManager event 1051 ("… configured to use SSL with user selected certificate, however, no usable certificate was found on the server")',
    event: { provider: RCM, id: 1051 },
    states: [tlsCertificate.id],
    words: { en: [/configured to use ssl with user selected certificate,? however,? no usable certificate was found/] },
    meaning:
      "The listener is set to use a certificate of the administrator's choice and no usable one is on the server, so the server uses its default (self-signed) certificate from now on: clients that trusted the chosen one warn or refuse. Install a certificate that meets the requirements (Server Authentication, with its private key) and configure the listener to use it.",
    confidence: 'MS',
    source: SRC_RCM_1051,
  },
  {
    id: 'rcm-1055-private-key',
    what: 'RemoteConnectionManager event 1055 ("… configured to use a certificate but is unable to access the private key associated with this certificate")',
    event: { provider: RCM, id: 1055 },
    states: [tlsCertificate.id],
    words: { en: [/configured to use a certificate but is unable to access the private key/] },
    meaning:
      "The listener's certificate is configured but the server cannot access its private key, so it uses its default (self-signed) certificate from now on (the certificate's SHA1 hash is in the event data). Install a certificate that meets the requirements, with its private key, and configure the listener to use it.",
    confidence: 'MS',
    source: SRC_RCM_1055,
  },
  // --- Security 4625's "Failure Reason:" line as Event Viewer renders it, without its Status lines
  ...FAILURE_REASONS.map(
    (f): KnownSentence => ({
      id: `failure-reason-${f.id}`,
      what: `Security event 4625's line "Failure Reason: ${f.text}" (%%${f.id})`,
      states: causesOfCode('failureReason', f.id).map((c) => c.causeId),
      ...(f.kind ? { kind: f.kind } : {}),
      words: { en: [new RegExp(`failure reason: ?${f.text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)] },
      meaning: `A failed sign-in (Security 4625) whose FailureReason is %%${f.id}, "${f.text}"${f.note ? ` ${f.note}` : ''} The Status and Sub Status lines of the same event say more: paste them with it.`,
      confidence: f.confidence,
      source: SRC_4625_FAILURE_REASON,
    }),
  ),
];
