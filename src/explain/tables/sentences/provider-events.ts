/**
 * Event descriptions read provider by provider (issue #60): each event of the Remote Desktop client's
 * ClientActiveXCore provider (RDPClient/Operational and its Analytic channel) and of the RD Gateway's provider that a
 * public list gives a text for and no other table reads, and the Terminal Services era's licensing and listener
 * certificate texts still quoted in knowledge-base articles. Each row is a `KnownSentence` with its event (provider and
 * id), so a paste that names the provider and the id reads this row, never another provider's event with that number.
 * Each states the cause its own text states, or says what it is instead (`kind`); where the number an event logs
 * beside its text has no public table, it is set aside (`numbers`), not read as a dialog's code.
 *
 * Sources, each row's own: Microsoft's event pages (TechNet's Windows Server 2008 and 2008 R2 series, "Event ID N —
 * <component>"), and where no Microsoft page quotes a text, the public event lists that give each provider's manifest
 * messages by id (detection-wiki, said WR), and the knowledge-base articles and blogs that quote the Terminal Services
 * era's texts. English only: no localized page quoting these texts was found.
 */
import type { KnownSentence } from './known-sentence.js';
import type { RowKind } from '../../../../patterns/codes/types.js';
import type { CauseId } from '../../../../patterns/index.js';
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import { gatewayDenied } from '../../../../patterns/gateway-denied.js';
import { gatewayHostUnreachable } from '../../../../patterns/gateway-host-unreachable.js';
import { licensingCalUnavailable } from '../../../../patterns/licensing-cal-unavailable.js';
import { licensingServerUnavailable } from '../../../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../../../patterns/network-dropped.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';

const CLIENT = 'Microsoft-Windows-TerminalServices-ClientActiveXCore';
const GATEWAY = 'Microsoft-Windows-TerminalServices-Gateway';
const RCM = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager';
const LICENSING = 'TermServLicensing';

const SRC_CLIENT_LIST =
  'Widely reported: detection-wiki "Microsoft-Windows-TerminalServices-ClientActiveXCore" (https://detection-wiki-dev.pages.dev/microsoft-windows-terminalservices-clientactivexcore/), the provider\'s manifest message of each event id';
const SRC_GATEWAY_LIST =
  'Widely reported: detection-wiki "Microsoft-Windows-TerminalServices-Gateway" (https://detection-wiki-dev.pages.dev/microsoft-windows-terminalservices-gateway/), the provider\'s manifest message of each event id';
const SRC_LICENSING_LIST =
  'Widely reported: detection-wiki "Microsoft-Windows-TerminalServices-Licensing" (https://detection-wiki-staging.pages.dev/microsoft-windows-terminalservices-licensing/), the provider\'s manifest message of each event id';
/** A Microsoft event page of the Windows Server 2008 / 2008 R2 series, by its title and its page id. */
const technet = (title: string, page: string, symbol?: string) =>
  `Microsoft TechNet "${title}" (https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/${page}(v=ws.10)${symbol ? `, ${symbol}` : ''})`;
const SRC_TS_AUTH = technet('Remote Desktop Services Authentication and Encryption', 'ee890993');
const SRC_TECHGENIX =
  'Widely reported: TechGenix "Troubleshooting Terminal Server Licensing Issues (Part 2)" (https://techgenix.com/troubleshooting-terminal-server-licensing-issues-part2/), the TermService events it lists';
const SRC_Q274805 =
  'Microsoft Knowledge Base Q274805, the "Terminal Server Has Ended the Connection" error message (TermService event 1004 "Unable to acquire a license for user …"), as the archive of ftp.microsoft.com quotes it (https://ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/274/805.HTM)';

/** The value a ClientActiveX event logs in its parentheses, where no public page gives its table. */
const CLIENT_VALUE =
  "the value the client's event logs in its parentheses (Error= / Reason=), whose table no public page gives: not read as a dialog's code";

/** What a row says of its cause: the causes its text states, or what it is instead. */
type Says = readonly CauseId[] | RowKind;

/** One event's description: its event, its words, what its text states and what it means. */
function described(
  id: string,
  event: { readonly provider: string; readonly id: number } | undefined,
  what: string,
  words: RegExp,
  says: Says,
  meaning: string,
  source: string,
  more: Partial<KnownSentence> = {},
): KnownSentence {
  return {
    id,
    what,
    ...(event ? { event } : {}),
    ...(typeof says === 'string' ? { kind: says } : { states: says }),
    words: { en: [words] },
    meaning,
    confidence: source.startsWith('Widely reported') ? 'WR' : 'MS',
    source,
    ...more,
  };
}

/** A ClientActiveXCore event, by its manifest text (the public list of the provider's events). */
const client = (
  id: number,
  text: string,
  words: RegExp,
  says: Says,
  meaning: string,
  more: Partial<KnownSentence> = {},
): KnownSentence =>
  described(
    `client-activex-${id}`,
    { provider: CLIENT, id },
    `RDPClient (ClientActiveXCore) event ${id} ("${text}")`,
    words,
    says,
    meaning,
    SRC_CLIENT_LIST,
    more,
  );

/** An RD Gateway event, by its message (Microsoft's page for it, or the public list of the provider's events). */
const gateway = (
  id: number,
  text: string,
  words: RegExp,
  says: Says,
  meaning: string,
  source = SRC_GATEWAY_LIST,
  more: Partial<KnownSentence> = {},
): KnownSentence =>
  described(
    `gateway-${id}`,
    { provider: GATEWAY, id },
    `RD Gateway event ${id} ("${text}")`,
    words,
    says,
    meaning,
    source,
    more,
  );

const NO_FAILURE = 'No failure: nothing to fix here.';
/** The gateway names of its three eras (TS Gateway, RD Gateway, Remote Desktop Gateway). */
const GW = '(?:rd|ts|remote desktop|terminal services) gateway';
/** "The user "…", on client computer "…"," as the RD Gateway's events begin. */
const ON_CLIENT = 'on client computer "?[^"\\n]{0,100}"?,? ';

export const PROVIDER_EVENT_SENTENCES: readonly KnownSentence[] = [
  // --- the Remote Desktop client's ClientActiveXCore provider (Operational and Analytic channels)
  client(
    1004,
    'Client has logged on to the server (SessionId = …)',
    /\bclient has logged on to the server\b/,
    'informational',
    `The client signed in to the server: a session was given. ${NO_FAILURE}`,
  ),
  client(
    1005,
    'Client failed to logon on to the server (Error = …)',
    /\bclient failed to logon on to the server\b/,
    'unspecific',
    "The client reports that the sign-in to the server failed; its text names no reason, and the value it logs has no public table. The server's Security 4625 (or the dialog the user saw) says why.",
    { numbers: CLIENT_VALUE },
  ),
  client(
    1006,
    'Client machine has lost network connectivity (Reason= …)',
    /\bclient machine has lost network connectivity\b/,
    [networkDropped.id],
    "The client's own network connection went away during the connection: the client computer lost its network (Wi-Fi, VPN, cable), not the server refusing it.",
    { numbers: CLIENT_VALUE },
  ),
  client(
    1007,
    'DNS failed to resolve the server name (Error= …)',
    /\bdns failed to resolve the server name\b/,
    [networkUnreachable.id],
    "The client could not resolve the server's name in DNS, so it never reached the server: check the name typed (a short name outside its domain, a typing mistake) and the client's DNS servers, or connect by address.",
  ),
  client(
    1008,
    'The credentials provided are authenticated by the server',
    /\bcredentials provided are authenticated by the server\b/,
    'informational',
    `The server accepted the credentials the client sent (Network Level Authentication passed). ${NO_FAILURE}`,
  ),
  client(
    1009,
    'The credentials provided were failed to be authenticated by the server',
    /\bcredentials provided were failed to be authenticated by the server\b/,
    [authBadCredentials.id],
    "The server did not accept the credentials the client sent: the user name or password is wrong (or the account cannot sign in: the server's Security 4625 Status says which).",
  ),
  client(
    1010,
    'RDP ClientActiveX is connecting to a gateway server (Name=…)',
    /\brdp clientactivex is connecting to a gateway server\b/,
    'informational',
    `The client starts its connection through the RD Gateway named. ${NO_FAILURE}`,
  ),
  client(
    1011,
    'RDP ClientActiveX succeeded in connecting to the gateway server',
    /\brdp clientactivex succeeded in connecting to the gateway server\b/,
    'informational',
    `The client reached the RD Gateway. ${NO_FAILURE}`,
  ),
  client(
    1012,
    'RDP ClientActiveX failed to connect to the gateway server (Error= …)',
    /\brdp clientactivex failed to connect to the gateway server\b/,
    'unspecific',
    'The client could not connect to the RD Gateway (the session host was never reached); the error it logs says why (an HRESULT: name resolution, TLS, the gateway refusing the user).',
  ),
  client(
    1013,
    'RDP ClientActiveX is trying to automatically reconnect to the server',
    /\brdp clientactivex is trying to automatically reconnect to the server\b/,
    'informational',
    'The connection dropped and the client tries to reconnect by itself (automatic reconnection): a drop happened before it, not a failure yet.',
  ),
  client(
    1014,
    'RDP ClientActiveX succeeded in automatically connecting to the server',
    /\brdp clientactivex succeeded in automatically connecting to the server\b/,
    'informational',
    `The client's automatic reconnection succeeded: the session goes on. ${NO_FAILURE}`,
  ),
  client(
    1015,
    'RDP ClientActiveX failed to automatically connect to the server (Reason= …)',
    /\brdp clientactivex failed to automatically connect to the server\b/,
    'unspecific',
    'The connection had dropped and the automatic reconnection failed; its text names no reason, the reason it logs does.',
  ),
  client(
    1016,
    'Client has a license to connect to the server',
    /\bclient has a license to connect to the server\b/,
    'informational',
    `The client holds a licence (CAL) for the server. ${NO_FAILURE}`,
  ),
  client(
    1017,
    'Client does not have a license to connect to the server (Error= …)',
    /\bclient does not have a license to connect to the server\b/,
    [licensingCalUnavailable.id],
    'The client was not given a licence (CAL) to connect to the server: the server could not issue one of the type its licensing mode needs.',
    { numbers: CLIENT_VALUE },
  ),
  client(
    1018,
    'RDP ClientActiveX failed to connect to the server (Error = …)',
    /\brdp clientactivex failed to connect to the server\b/,
    'unspecific',
    'The client could not connect to the server; the error it logs says why.',
  ),
  client(
    1020,
    'RDP ClientActiveX has recorded the following error - …',
    /\brdp clientactivex has recorded the following error\b/,
    'unspecific',
    'The client logged an error; the text names no reason, the error it logs does.',
  ),
  client(
    1021,
    "RDP ClientActiveX's gateway transport has recorded the following error - …",
    /\brdp clientactivex'?s gateway transport has recorded the following error\b/,
    'unspecific',
    "The client's connection to the RD Gateway logged an error; the text names no reason, the error it logs does.",
  ),
  // --- the RD Gateway's events no other table reads
  gateway(
    102,
    'The Remote Desktop Gateway service requires a valid Secure Sockets Layer (SSL) certificate to accept connections',
    new RegExp(`${GW} service requires a valid secure sockets layer \\(ssl\\) certificate`),
    'uncatalogued',
    "The RD Gateway has no valid SSL certificate bound, so it accepts no connection: obtain a certificate that meets the gateway's requirements, install it on the gateway and bind (map) it in RD Gateway Manager. The gateway's own certificate, not the session host's.",
    technet('Event ID 102 — TS Gateway Server Configuration', 'cc727368', 'AAG_EVENT_STARTED_NOCERT_BINDING'),
  ),
  gateway(
    103,
    'The Remote Desktop Gateway service does not have sufficient permissions to access the Secure Sockets Layer (SSL) certificate',
    new RegExp(
      `${GW} service does not have sufficient permissions to access the secure sockets layer \\(ssl\\) certificate`,
    ),
    'uncatalogued',
    "The RD Gateway service cannot read its own SSL certificate's private key, so it accepts no connection: grant the service access to the certificate's private key (the Certificates snap-in, Manage Private Keys) or bind a valid certificate again in RD Gateway Manager. The gateway's own certificate, not the session host's.",
    technet('Event ID 103 — RD Gateway Server Configuration', 'ee907376', 'AAG_EVENT_STARTED_NOCERT_ACLS'),
  ),
  gateway(
    104,
    'The UDP Proxy is started',
    /\budp proxy is started\b/,
    'informational',
    `The RD Gateway's UDP transport started. ${NO_FAILURE}`,
  ),
  gateway(
    105,
    'The UDP Proxy is shutting down',
    /\budp proxy is shutting down\b/,
    'informational',
    "The RD Gateway's UDP transport is stopping (the service stopping, or UDP turned off): connections go on over HTTP.",
  ),
  gateway(
    106,
    'The UDP Proxy is not enabled',
    /\budp proxy is not enabled\b/,
    'informational',
    "The RD Gateway's UDP transport is turned off: connections through it use HTTP only. Not a failure.",
  ),
  gateway(
    204,
    '… did not meet the requirements of the Network Access Protection (NAP) policies … not authorized to connect to the RD Gateway server',
    /did not meet the requirements of the network access protection \(nap\) policies/,
    [gatewayDenied.id],
    "The RD Gateway refused the user because the client computer did not meet the Network Access Protection (NAP) health policies of the Network Policy Server: the client's health (firewall, updates, antivirus as the policy requires), not the user's password.",
    technet('Event ID 204 — RD Gateway Server Connections', 'ee890934', 'AAG_EVENT_QUARANTINE_FAILED'),
  ),
  gateway(
    205,
    '… successfully connected to the remote server …',
    new RegExp(`${ON_CLIENT}successfully connected to the remote server`),
    'informational',
    `The connection through the RD Gateway reached the remote server. ${NO_FAILURE}`,
  ),
  gateway(
    206,
    '… failed connection to the remote server …',
    new RegExp(`${ON_CLIENT}failed connection to the remote server`),
    'unspecific',
    'The RD Gateway could not complete the connection to the remote server; the text names no reason, the error it logs does.',
  ),
  gateway(
    208,
    'The UDP Proxy disconnected the user …',
    /\budp proxy disconnected the user\b/,
    'unspecific',
    "The RD Gateway's UDP transport ended the user's UDP connection; the text names no reason (the session may go on over HTTP).",
  ),
  gateway(
    209,
    'The RD Gateway client supports HTTP proxy protocol but connected using Legacy …',
    new RegExp(`${GW} client supports http proxy protocol but connected using legacy`),
    'informational',
    'The client could use the newer HTTP transport but connected with the legacy (RPC over HTTP) one: the connection works.',
  ),
  gateway(
    210,
    'Http transport: IN channel could not find a corresponding OUT channel',
    /\bin channel could not find a corresponding out channel\b/,
    'unspecific',
    "The RD Gateway's HTTP transport got a connection's incoming channel without its outgoing one, so that connection could not be set up: the two halves of one connection did not meet on this gateway.",
  ),
  gateway(
    304,
    '… met connection authorization policy and resource authorization policy requirements, but could not connect to resource …',
    /met connection authorization policy and resource authorization policy requirements,? but could not connect to resource/,
    [gatewayHostUnreachable.id],
    'The RD Gateway let the user through (both policies met) but could not connect to the computer named: that computer is off or unreachable from the gateway, Remote Desktop is not enabled on it, or the user is not allowed to sign in there.',
    technet('Event ID 304 — TS Gateway Server Connections', 'cc727375', 'AAG_EVENT_CHANNEL_CONNECT_FAILED'),
  ),
  gateway(
    307,
    '… disconnected from the following network resource … because the session exceeded the session timeout limit …',
    /disconnected from the following network resource\b.{0,200}?because the session exceeded the session time ?out limit/,
    'informational',
    "The RD Gateway ended the connection at its session timeout (its connection authorization policy's Timeouts): a normal condition, the user can connect again. Raise the timeout if it is too short.",
    technet('Event ID 307 — RD Gateway Server Connections', 'ee890851'),
    { overrides: ['gateway-303'] },
  ),
  gateway(
    308,
    '… met RD resource authorization policy (RD RAP) requirements but the network resource … did not meet the requirements',
    /met (?:rd|ts) resource authorization policy \((?:rd|ts) rap\) requirements but the network resource\b/,
    [gatewayDenied.id],
    "The RD Gateway refused the connection because the computer named did not meet its resource authorization policy's requirements, though the user did: connect to another computer, or change the RD RAP.",
    technet('Event ID 308 — RD Gateway Server Connections', 'ee891166', 'AAG_EVENT_RAP_PARTIAL_SUCCESS'),
  ),
  gateway(
    309,
    '… was disconnected from the following network resource … because of a failure during reauthentication/reauthorization',
    /was disconnected from the following network resource\b.{0,200}?because of a failure during reauthentication/,
    'informational',
    'The RD Gateway ended the connection because its periodic reauthentication or reauthorization of the user failed: Microsoft calls it a normal condition; the user connects again with a valid user name and password.',
    technet('Event ID 309 — RD Gateway Server Connections', 'ee891329', 'AAG_EVENT_REAUTH_FAILED'),
  ),
  gateway(
    402,
    'The RD Gateway service failed to register with the Service Connection Point',
    new RegExp(`${GW} service failed to register with the service connection point`),
    'unspecific',
    'The RD Gateway could not publish its Service Connection Point in Active Directory; connections through it are not refused for this, but tools that find gateways through AD do not see it.',
  ),
  // --- the Terminal Services era's licensing texts (TermService, TermServLicensing) and the listener's certificate
  described(
    'ts-temporary-license-expired',
    { provider: RCM, id: 1011 },
    'TermService / RemoteConnectionManager event 1011 ("The terminal services client … has been disconnected because its temporary license has expired")',
    /\bclient\b.{0,120}?has been disconnected because its temporary license has expired/,
    [licensingCalUnavailable.id],
    'The client had only a temporary licence and it expired: the server could get no permanent CAL of the type its licensing mode asks for (not enough CALs, or the mode does not match the CALs installed: Per Device mode with only Per User CALs). Add CALs of that type or set the licensing mode to the CALs installed.',
    `${SRC_TECHGENIX}; Widely reported: Johan Persson "The terminal services client has been disconnected because its temporary license has expired" (https://blog.johanpersson.nu/2005/05/24/the-terminal-services-client-has-been-disconnected-because-its-temporary-license-has-expired/)`,
  ),
  described(
    'ts-unable-to-acquire-license',
    undefined,
    'TermService event 1000 / 1004 ("Unable to acquire a license for user …, domain …")',
    /\bunable to acquire a license for user\b/,
    [licensingCalUnavailable.id, networkDropped.id],
    'The server could not get a licence for the user: the license server is reachable but out of CALs of the needed type; Microsoft also ties this text (with the client\'s "Terminal Server has ended the connection") to trouble communicating over the network between client and server rather than licensing.',
    `${SRC_TECHGENIX}; ${SRC_Q274805}`,
  ),
  described(
    'ts-grace-period-about-to-expire',
    undefined,
    'TermService event 1009 ("The terminal services licensing grace period is about to expire on … and the service has not registered with a license server with installed licenses")',
    /licensing grace period is about to expire\b.{0,80}?has not registered with a license server/,
    [licensingServerUnavailable.id],
    'The server is still in its licensing grace period but has no license server with installed licences: connections go on until the date given, then stop. Install and activate a license server with CALs and point the server to it.',
    SRC_TECHGENIX,
  ),
  described(
    'ts-certificate-will-expire',
    { provider: RCM, id: 1052 },
    'RemoteConnectionManager event 1052 ("The Terminal Server is configured to use a certificate that will expire in … days")',
    /configured to use a certificate that will expire in \d{1,5} days/,
    'informational',
    "A warning before the fact: the listener's TLS certificate expires in the days given (its SHA1 hash is in the event data). Nothing fails yet; renew the certificate and configure the listener to use the new one before that day.",
    `${SRC_TS_AUTH}; ${technet('Event ID 1052 — Terminal Services Authentication and Encryption', 'cc775223', 'EVENT_TS_SSL_CERT_EXPIRY_IMMINENT')}`,
  ),
  described(
    'ts-certificate-expired',
    { provider: RCM, id: 1053 },
    'RemoteConnectionManager event 1053 ("The Terminal Server is configured to use a certificate that is expired")',
    /configured to use a certificate that (?:is|has) expired/,
    [tlsCertificate.id],
    "The listener's TLS certificate has expired (its SHA1 hash is in the event data): clients warn or refuse the connection. Renew the certificate and configure the listener to use the new one.",
    SRC_TS_AUTH,
  ),
  // The Windows Server 2008 listener events (issue #60): each states the cause its page's resolution names.
  described(
    'ts-inconsistent-security-settings',
    { provider: RCM, id: 1050 },
    'RemoteConnectionManager event 1050 ("The Terminal Server listener … is configured with inconsistent authentication and encryption settings")',
    /listener \S{1,60} is configured with inconsistent authentication and encryption settings/,
    [securityLayerMismatch.id],
    "The listener's Security Layer and Encryption Level settings did not fit together, so the server corrected them to let connections go on: clients that need the other setting may still fail. Set the Security Layer and Encryption Level (Group Policy or the listener's properties) to values your clients support.",
    technet(
      'Event ID 1050 — Terminal Services Authentication and Encryption',
      'cc775260',
      'EVENT_TS_SSL_SETTINGS_REQUIRED_CORRECTION',
    ),
  ),
  // Round 25 (r25-s19w): its page is the listener's ("Terminal Server Listener Availability"), whose resolution is a
  // port another program holds; the status code the event logs has no public table and is not read.
  described(
    'ts-session-creation-failed',
    { provider: RCM, id: 1036 },
    'RemoteConnectionManager event 1036 ("Terminal Server session creation failed. The relevant status code was …")',
    /terminal server session creation failed\. the relevant status code was\b/,
    [networkUnreachable.id],
    "The listener could not create the session for an incoming connection. Microsoft's page for this event is the listener's availability: another program on the server holds the RDP port (3389 by default), so the listener cannot accept connections. netstat -a -o shows which process listens on the port; move that program or RDP's port, then restart the Remote Desktop Services service (this drops every session on the server).",
    technet('Event ID 1036 — Terminal Server Listener Availability', 'cc775339', 'EVENT_TS_WINSTATION_START_FAILED'),
  ),
  described(
    'ts-certificate-config-reset',
    { provider: RCM, id: 1059 },
    'RemoteConnectionManager event 1059 ("The Terminal Server authentication certificate configuration data was invalid and the service reset it")',
    /authentication certificate configuration data was invalid and the service reset it/,
    [tlsCertificate.id],
    "The listener's certificate setting was invalid, so the server reset it (to its default, self-signed certificate): if a specific certificate was configured, check that it is in the certificate store and select it again.",
    technet(
      'Event ID 1059 — Terminal Services Authentication and Encryption',
      'cc775255',
      'EVENT_TS_SSL_INVALID_CERT_HASH',
    ),
  ),
  described(
    'ts-template-certificate-subject',
    { provider: RCM, id: 1062 },
    'RemoteConnectionManager event 1062 ("… configured to use a template-based certificate … but the subject name on the certificate is invalid")',
    /template-based certificate for transport layer security\b.{0,120}?but the subject name on the certificate is invalid/,
    [tlsCertificate.id],
    "The certificate enrolled from the configured template has a subject name that is not the server's DNS name, so the server uses its default certificate: configure the template to use the DNS name as subject name.",
    technet(
      'Event ID 1062 — Terminal Services Authentication and Encryption',
      'cc727349',
      'EVENT_TS_SSL_WRONG_SUBJECT_NAME',
    ),
  ),
  described(
    'ts-template-certificate-install',
    { provider: RCM, id: 1064 },
    'RemoteConnectionManager event 1064 ("The terminal server cannot install a new template-based certificate …")',
    /cannot install a new template-based certificate to be used for transport layer security/,
    [tlsCertificate.id],
    'The server could not enroll a certificate from the template named in Group Policy (a wrong template name, no enroll permission, a template not issued to computers or not valid for server authentication): it has no template-based certificate for TLS. The error it logs says which.',
    technet(
      'Event ID 1064 — Terminal Services Authentication and Encryption',
      'cc775291',
      'EVENT_TS_SSL_TEMPLATE_CERT_CREATE_FAILED',
    ),
    { numbers: 'the error the server logs for the enrollment (an HRESULT of the certificate services): see its text' },
  ),
  described(
    'ts-template-certificate-replace',
    { provider: RCM, id: 1065 },
    'RemoteConnectionManager event 1065 ("The template-based certificate … has expired and cannot be replaced by the terminal server")',
    /template-based certificate that is being used by the terminal server\b.{0,120}?has expired and cannot be replaced/,
    [tlsCertificate.id],
    "The listener's template-based certificate has expired and the server could not enroll its replacement: renew the certificate (or fix the enrollment) and configure the listener to use it.",
    technet(
      'Event ID 1065 — Terminal Services Authentication and Encryption',
      'cc775174',
      'EVENT_TS_SSL_TEMPLATE_CERT_REPLACE_FAILED',
    ),
    { numbers: 'the error the server logs for the enrollment (an HRESULT of the certificate services): see its text' },
  ),
  described(
    'licensing-not-activated',
    { provider: LICENSING, id: 18 },
    'RD Licensing event 18 ("The Remote Desktop license server … has not been activated")',
    /license server\b.{0,80}?has not been activated/,
    [licensingServerUnavailable.id],
    'The license server is not activated, so it issues only temporary licences: activate it in RD Licensing Manager.',
    SRC_LICENSING_LIST,
  ),
  described(
    'licensing-not-enough-cals',
    { provider: LICENSING, id: 20 },
    'RD Licensing event 20 ("The Remote Desktop license server … does not have a sufficient number of …")',
    /license server\b.{0,80}?does not have a sufficient number of\b/,
    [licensingCalUnavailable.id],
    'The license server has too few CALs of the type asked for: install more CALs of that type (or set the licensing mode to the CALs installed).',
    SRC_LICENSING_LIST,
  ),
  described(
    'licensing-no-remaining-cals',
    { provider: LICENSING, id: 21 },
    'RD Licensing event 21 ("The Remote Desktop license server … does not have any remaining permanent …")',
    /license server\b.{0,80}?does not have any remaining permanent\b/,
    [licensingCalUnavailable.id],
    'The license server has no permanent CAL of the type asked for left: install more CALs of that type.',
    SRC_LICENSING_LIST,
  ),
  described(
    'licensing-no-cals-installed',
    { provider: LICENSING, id: 22 },
    'RD Licensing event 22 ("The … license server … does not have any … client access licenses … installed and registered with the Microsoft Clearinghouse for product …")',
    /license server\b.{0,80}?does not have any\b.{0,80}?client access licenses\b.{0,40}?installed and registered/,
    [licensingCalUnavailable.id],
    'The license server has no CAL of the product asked for installed, so it cannot issue one to the session host named: install CALs of that type (the licensing mode of the session host must match them).',
    'Widely reported: EventTracker "Event ID 22, Microsoft-Windows-TerminalServices-Licensing" (https://kb.eventtracker.com/evtpass/evtPages/EventId_22_Microsoft-Windows-TerminalServices-Licensing_66662.asp), its description as Microsoft wrote it',
  ),
  // Its id with its provider is the event, not a code: read by its description's words or, pasted by its Source and
  // id alone, through explain-code.ts's explainEventBySentence (the event table has no row for it).
  described(
    'licensing-4105-user-attributes',
    { provider: LICENSING, id: 4105 },
    'RD Licensing event 4105 ("The Terminal Services license server cannot update the license attributes for user … in the Active Directory domain …")',
    /license server cannot update the license attributes for user\b/,
    [licensingCalUnavailable.id],
    "The license server could not write a per-user CAL's attributes on the user's Active Directory object: its computer account is not a member of the users' domain's Terminal Server License Servers group (on a domain controller, the Network Service account must be one too), or that group has no permission on the user objects (accounts older than the domain's upgrade to Windows Server 2003). Per-user CALs are then not tracked or reported: add the account to the group, or grant the group read and write on the Terminal Server License Server property set (dsacls, the Delegate Control wizard).",
    'Microsoft Learn "Event ID 4105 when RD Licensing runs" (KB 2030310, MicrosoftDocs/SupportArticles-docs support/windows-server/remote: the event\'s description, its three causes and their resolutions; its Japanese version at https://support.microsoft.com/kb/2030310/ja)',
  ),
];
