/**
 * The PRIMARY disconnect reason: mstsc's "Error code: 0x…" and the `Value` of RDPClient/Operational
 * event 1026 (logged in DECIMAL: 2308 = 0x904). Never decode these numbers with the extended table
 * (mstsc-extended-reasons.ts): the two tables overlap numerically and mean different things.
 *
 * Sources: IMsTscAxEvents::OnDisconnected (learn.microsoft.com/windows/win32/termserv/
 * imstscaxevents-ondisconnected, MicrosoftDocs/win32 desktop-src/TermServ/imstscaxevents-ondisconnected.md)
 * for the `disconnectReason*` / `SSL_ERR_*` constants [MS]; the TechNet wiki 37870 client list as used by
 * the EvtxECmd 1026 map for the extra values [WR]; which causes a code points to is
 * declared by the patterns (`codes.mstsc`).
 */
import { makeLookup } from './table.js';
import type { CodeEntry } from './types.js';

export interface DisconnectReasonEntry extends CodeEntry {
  /** True when the "Extended error code" in the same dialog changes the diagnosis (ask for it). */
  readonly extendedMatters?: boolean;
  /** True for the codes Microsoft marks "This is not an error code". */
  readonly notAnError?: boolean;
}

const SRC_ONDISCONNECTED = 'Microsoft Learn: IMsTscAxEvents::OnDisconnected, discReason values';
const SRC_TECHNET =
  'Widely reported: TechNet wiki 37870 "Remote Desktop client troubleshooting: disconnect codes and reasons" (the texts mstscax GetErrorDescription returns), mirrored in EvtxECmd\'s RDPClient 1026 map; not in the OnDisconnected list';
const SRC_ACTIVEX_HOSTS =
  "Widely reported: mRemoteNG and Royal TS issue trackers and forums (ActiveX hosts show the control's discReason as a bare number)";

/**
 * RD Gateway and Azure Virtual Desktop / Windows 365 codes: 0x3000001–0x3000049 (50331649–50331721), shown as the
 * dialog's "Error code" and logged by RDPClient 1026. The meanings are the client's own texts, in our words.
 */
const GATEWAY: readonly (readonly [number, string, string])[] = [
  [0x01, 'GatewayBadCredentials', 'RD Gateway: the user name or password is not valid.'],
  [
    0x02,
    'GatewayCrlUnreachable',
    "RD Gateway: the client cannot check the gateway certificate's revocation list (CRL distribution point unreachable from the client).",
  ],
  [
    0x03,
    'GatewayCertMismatchOrExpired',
    'RD Gateway: the gateway address and its certificate subject do not match, or the certificate is expired or revoked.',
  ],
  [0x04, 'GatewayCertRevoked', "RD Gateway: the gateway's certificate was revoked by its certification authority."],
  [
    0x05,
    'GatewayIdentityUnverified',
    'RD Gateway: the client cannot verify the identity of the gateway (its certificate is not trusted by this computer).',
  ],
  [
    0x06,
    'GatewayCertNameMismatch',
    "RD Gateway: the gateway address requested does not match its certificate's subject name.",
  ],
  [0x07, 'GatewayCertExpired', "RD Gateway: the gateway's certificate has expired or has been revoked."],
  [
    0x08,
    'GatewayRemoteComputerError',
    'RD Gateway: an error occurred on the remote computer you want to reach through the gateway (the session host refused or could not be reached from the gateway).',
  ],
  [
    0x09,
    'GatewaySendError',
    'RD Gateway: an error occurred while sending data to the gateway, or it is temporarily unavailable or the network is down.',
  ],
  [0x0a, 'GatewayUnavailable', 'RD Gateway: the server is temporarily unavailable or a network connection is down.'],
  [0x0b, 'GatewayAlternateLogonRequired', 'RD Gateway: an alternate logon method is required.'],
  [0x0c, 'GatewayUnreachable', 'RD Gateway: the gateway address is unreachable or incorrect.'],
  [0x0d, 'GatewayTemporarilyUnavailable', 'RD Gateway: the gateway is temporarily unavailable.'],
  [
    0x0e,
    'GatewayClientComponentMissing',
    'RD Gateway: the Remote Desktop client component is missing or the wrong version.',
  ],
  [0x0f, 'GatewayLowResources', 'RD Gateway: the gateway is low on server resources and temporarily unavailable.'],
  [0x10, 'GatewayBadRpcRuntime', 'RD Gateway: an incorrect version of rpcrt4.dll was detected on the client.'],
  [0x11, 'GatewayNoSmartCardService', 'RD Gateway: no smart card service is installed.'],
  [0x12, 'GatewaySmartCardRemoved', 'RD Gateway: the smart card was removed.'],
  [0x13, 'GatewayNoSmartCard', 'RD Gateway: no smart card is available.'],
  [0x14, 'GatewaySmartCardRemoved2', 'RD Gateway: the smart card was removed.'],
  [0x15, 'GatewayBadCredentials2', 'RD Gateway: the user name or password is not valid.'],
  [0x17, 'GatewayTransportSecurityError', 'RD Gateway: a security package error occurred in the transport layer.'],
  [0x18, 'GatewayEndedConnection', 'RD Gateway: the gateway ended the connection.'],
  [0x19, 'GatewayAdminEndedConnection', 'RD Gateway: the gateway administrator ended the connection.'],
  [
    0x1a,
    'GatewayCredentialsRejected',
    'RD Gateway: the credentials were incorrect or the smart card was not recognised.',
  ],
  [
    0x1b,
    'GatewayUserNotPermitted',
    "RD Gateway: the user is not allowed by the gateway's connection authorization policy (RD CAP).",
  ],
  [
    0x1c,
    'GatewayNotAuthorizedOrAuthMethod',
    'RD Gateway: the user is not authorised to use the gateway, or the client uses an authentication method the gateway does not accept.',
  ],
  [0x1f, 'GatewayAccessRestricted', 'RD Gateway: the network administrator restricted access to this gateway.'],
  [
    0x20,
    'GatewayProxyAuthRequired',
    'RD Gateway: the web proxy between the client and the gateway requires authentication.',
  ],
  [0x21, 'GatewayPasswordExpired', 'RD Gateway: the password has expired or must be changed.'],
  [0x22, 'GatewayMaxConnections', 'RD Gateway: the gateway reached its maximum allowed connections.'],
  [0x23, 'GatewayRequestNotSupported', 'RD Gateway: the gateway does not support the request.'],
  [0x24, 'GatewayCapabilityUnsupported', "RD Gateway: the client does not support one of the gateway's capabilities."],
  [0x25, 'GatewayIncompatible', 'RD Gateway: the gateway and this computer are incompatible.'],
  [0x26, 'GatewayCredentialsInvalid', 'RD Gateway: the credentials used are not valid.'],
  [0x27, 'GatewayNapFailed', 'RD Gateway: this computer did not pass the Network Access Protection requirements.'],
  [0x28, 'GatewayNoCertificate', 'RD Gateway: no certificate is configured on the gateway.'],
  [
    0x29,
    'GatewayNotAllowedByClientPolicy',
    "RD Gateway: this computer's administrator does not allow the gateway being used.",
  ],
  [0x2a, 'GatewayNapNotMet', 'RD Gateway: this computer did not meet the Network Access Protection requirements.'],
  [
    0x2b,
    'GatewayPasswordRequired',
    'RD Gateway: a user name and password are required instead of smart card credentials.',
  ],
  [
    0x2c,
    'GatewaySmartCardRequired',
    'RD Gateway: smart card credentials are required instead of a user name and password.',
  ],
  [0x2d, 'GatewayNoSmartCardReader', 'RD Gateway: no smart card reader was detected.'],
  [
    0x2f,
    'GatewayFirewallCredentialsMissing',
    'RD Gateway: authentication to the firewall failed: firewall credentials are missing.',
  ],
  [
    0x30,
    'GatewayFirewallCredentialsInvalid',
    'RD Gateway: authentication to the firewall failed: firewall credentials are not valid.',
  ],
  [0x32, 'GatewayIdleTimeout', 'RD Gateway: the remote computer received no input within the idle limit.'],
  [0x33, 'GatewaySessionTimeout', "RD Gateway: the gateway's session timeout was reached."],
  [0x34, 'GatewayInvalidCookie', 'RD Gateway: an invalid cookie was sent to the gateway.'],
  [0x35, 'GatewayCookieRejected', 'RD Gateway: the gateway rejected the cookie.'],
  [
    0x37,
    'GatewayAuthMethodMismatch',
    'RD Gateway: the gateway expects a different authentication method from the one attempted.',
  ],
  [
    0x38,
    'GatewayPeriodicAuthenticationFailed',
    'RD Gateway: the connection ended because periodic user authentication failed.',
  ],
  [
    0x39,
    'GatewayPeriodicAuthorizationFailed',
    'RD Gateway: the connection ended because periodic user authorisation failed.',
  ],
  [0x3b, 'GatewayPolicyExchangeFailed', 'RD Gateway: the gateway and the remote computer could not exchange policies.'],
  [
    0x3c,
    'GatewaySmartCardCertNotFound',
    'RD Gateway: the smart card is not valid, its certificate is not in the store, or the Certificate Propagation service is not running.',
  ],
  [0x3d, 'GatewayWebLogonRequired', 'RD Gateway: the user must first sign in to an authentication website.'],
  [0x3e, 'GatewayWebLogonRequired2', 'RD Gateway: the user must first sign in to an authentication website.'],
  [
    0x3f,
    'GatewaySessionEndedWebLogon',
    'RD Gateway: the session ended; sign in to the authentication website to continue.',
  ],
  [
    0x40,
    'GatewaySessionEndedWebLogon2',
    'RD Gateway: the session ended; sign in to an authentication website to continue.',
  ],
  [0x41, 'GatewayPeriodicAuthorizationFailed2', 'RD Gateway: periodic user authorisation failed.'],
  [0x42, 'GatewayCookieTooLarge', 'RD Gateway: the cookie is larger than the supported size.'],
  [0x44, 'GatewayForwardProxyFailed', 'RD Gateway: the client cannot connect through the configured forward proxy.'],
  [
    0x45,
    'AvdNoPermission',
    'Remote Desktop service (AVD / Windows 365 / RD Web): the user has no permission to this resource.',
  ],
  [
    0x46,
    'AvdNoResources',
    'Remote Desktop service (AVD / Windows 365): no resources are currently available to connect to (every session host is full, unavailable, in drain mode or stopped).',
  ],
  [
    0x47,
    'AvdResourceAccessError',
    'Remote Desktop service (AVD / Windows 365): an error occurred while the client was accessing the resource.',
  ],
  [
    0x49,
    'ClientUpdateRequired',
    'Remote Desktop service: the Remote Desktop client must be updated to the newest version.',
  ],
];

const GATEWAY_NOTES: Readonly<Record<number, string>> = {
  2: "The client fetches the gateway certificate's CRL itself: open the CRL distribution point URL from the client, or publish the CRL where the client can reach it.",
  5: 'Install the root certificate of the CA that issued the gateway certificate on the client, or give the gateway a publicly trusted certificate whose subject is the gateway name the client uses.',
  8: "The gateway reached the user, but not the session host: check the gateway's resource authorization policy (RD RAP) and that the gateway can resolve and reach the target on 3389. The gateway's log (TerminalServices-Gateway/Operational 302/303/304/312) names the target.",
  9: 'Check that the gateway answers on 443 from the client and that its RD Gateway service is running.',
  10: 'Check that the gateway answers on 443 from the client and that its RD Gateway service is running.',
  26: "The gateway's log (TerminalServices-Gateway/Operational) and its Security log show the refused sign-in.",
  27: 'TerminalServices-Gateway/Operational 201 ("did not meet connection authorization policy requirements") names the user.',
  28: "Check the user against the gateway's RD CAP groups, and the client's gateway logon method (Ask for password / Smart card) against what the policy allows.",
  34: 'Raise or remove the connection limit in RD Gateway Manager → Properties → General, or wait for sessions to end.',
  70: 'In the host pool: session hosts Available, not in drain mode, with free sessions (max session limit); check the AVD agent health.',
  71: 'Check the session host that was picked: agent health, domain join, FSLogix profile errors in its Application log.',
  73: 'Update the Remote Desktop client / Windows App.',
};

const GATEWAY_REASONS: readonly DisconnectReasonEntry[] = GATEWAY.map(([offset, name, meaning]) => {
  const note = GATEWAY_NOTES[offset];
  return {
    code: 0x3000000 + offset,
    name,
    meaning,
    confidence: 'WR',
    source: SRC_TECHNET,
    phases: ['connection'],
    ...(note ? { note } : {}),
  };
});

export const DISCONNECT_REASONS: readonly DisconnectReasonEntry[] = [
  {
    code: 0,
    name: 'disconnectReasonNoInfo',
    meaning: 'No information is available.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 1,
    name: 'disconnectReasonLocalNotError',
    meaning: 'Local disconnection: the user closed the client. Not an error.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
    notAnError: true,
  },
  {
    code: 2,
    name: 'disconnectReasonRemoteByUser',
    meaning: 'Remote disconnection by the user (logoff or disconnect inside the session). Not an error.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
    notAnError: true,
  },
  {
    code: 3,
    name: 'disconnectReasonByServer',
    meaning:
      'Remote disconnection by the server (an administrator ended the session, an error during setup, or a network problem). Microsoft marks it "not an error code"; the extended code says why.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
    extendedMatters: true,
    notAnError: true,
  },
  {
    code: 4,
    name: 'InternalErrorHasOccurred',
    meaning:
      'The client dialog "An internal error has occurred": the connection failed before the server could send a reason, most often because the server could not complete TLS with its certificate or the NLA exchange failed.',
    confidence: 'WR',
    source:
      'Widely reported: the dialog shows Error code 0x4; in no published code table. Its causes: Microsoft support article "An internal error has occurred" when connecting (learn.microsoft.com/troubleshoot/windows-server/remote/internal-error-has-occurred-connecting-remote-machine)',
    phases: ['tls', 'nla'],
    note: "Microsoft's article for this dialog points at the server's certificate (self-signed certificate renewal, the private key's MachineKeys permissions), the SSL cipher suite order and the SCHANNEL protocol keys.",
  },
  {
    code: 260,
    name: 'disconnectReasonDNSLookupFailed',
    meaning: 'DNS name lookup failure: the client could not resolve the server name.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 261,
    name: 'LicenseInvalidFormat',
    meaning: 'The Remote Desktop client access licence stored on this computer is in an invalid format.',
    confidence: 'WR',
    source: SRC_TECHNET,
    note: `Numerically equal to extended 0x105 (exDiscReasonLicenseErrClientLicense).`,
  },
  {
    code: 262,
    name: 'disconnectReasonOutOfMemory',
    meaning: 'Out of memory (client).',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 263,
    name: 'NoError263',
    meaning: 'No error (seen in RDPClient 1026 at ordinary disconnects).',
    confidence: 'WR',
    source: SRC_TECHNET,
    note: `Not in the OnDisconnected list.`,
  },
  {
    code: 264,
    name: 'disconnectReasonConnectionTimedOut',
    meaning: 'Connection timed out: the two computers could not connect in the time allowed.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 265,
    name: 'LicenseCantUpgrade',
    meaning: "The local computer's client access licence could not be upgraded or renewed.",
    confidence: 'WR',
    source: SRC_TECHNET,
    note: `Numerically equal to extended 0x109.`,
  },
  {
    code: 266,
    name: 'SmartCardServiceNotRunning',
    meaning: 'The smart card service is not running.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 267,
    name: 'LicenseStoreAccessDenied',
    meaning:
      'Licence store creation failed with access denied (the client cannot write HKLM\\SOFTWARE\\Microsoft\\MSLicensing).',
    confidence: 'WR',
    source: SRC_TECHNET,
    note: `Run mstsc once elevated so it can recreate the store. Numerically equal to extended 0x10B.`,
  },
  {
    code: 516,
    name: 'disconnectReasonSocketConnectFailed',
    meaning:
      'Windows Sockets connect() failed: nothing accepted the TCP connection (host down, port closed, firewall, listener not listening, RDP disabled).',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 518,
    name: 'disconnectReasonOutOfMemory2',
    meaning: 'Out of memory (client).',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 520,
    name: 'disconnectReasonHostNotFound',
    meaning: 'Host not found.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 522,
    name: 'NoSmartCardReader',
    meaning: 'A smart card reader was not detected.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 772,
    name: 'disconnectReasonWinsockSendFailed',
    meaning: 'Windows Sockets send() failed: the connection was lost because of a network error.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 774,
    name: 'disconnectReasonOutOfMemory3',
    meaning: 'Out of memory (client).',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 776,
    name: 'disconnectReasonInvalidIPAddr',
    meaning: 'The IP address specified is not valid.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 778,
    name: 'NoSmartCardInReader',
    meaning: 'There is no card in the smart card reader.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 1024,
    name: 'BrokerDestinationNotFound',
    meaning: 'Remote Desktop Connection could not find the destination computer (connection broker).',
    confidence: 'WR',
    source: SRC_TECHNET,
    note: `Numerically equal to the broker error-info code 0x400.`,
  },
  {
    code: 1026,
    name: 'BrokerLoadingDestination',
    meaning: 'An error occurred while the client was loading the destination computer (connection broker).',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 1028,
    name: 'disconnectReasonSocketRecvFailed',
    meaning: 'Windows Sockets recv() failed: reading from the connection failed.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
    note: 'The TechNet-derived list gives a broker text for 1028 ("error while redirecting to the destination computer"); that is the extended/broker code 0x404 with the same number.',
  },
  {
    code: 1030,
    name: 'disconnectReasonInvalidSecurityData',
    meaning: 'Security data is not valid ("Because of a security error, the client could not connect").',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 1032,
    name: 'disconnectReasonInternalError',
    meaning:
      'Internal error (client). The client\'s own text for 1032 is "The specified computer name contains invalid characters": check the name typed in the Computer box.',
    confidence: 'MS',
    source: `${SRC_ONDISCONNECTED}; the computer-name text: TechNet wiki 37870`,
  },
  {
    code: 1033,
    name: 'ConnectionCancelled',
    meaning: 'Connection processing has been cancelled.',
    confidence: 'WR',
    source: SRC_TECHNET,
    note: `Numerically equal to the broker error-info code 0x409.`,
  },
  {
    code: 1034,
    name: 'SmartCardSubsystemError',
    meaning: 'An error occurred in the smart card subsystem.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 1040,
    name: 'BrokerRdpFileInvalid',
    meaning: 'The Connection Broker could not validate the settings in the .rdp file.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 1286,
    name: 'disconnectReasonInvalidEncryption',
    meaning: 'The encryption method specified is not valid.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 1288,
    name: 'disconnectReasonDNSLookupFailed2',
    meaning: 'DNS lookup failed.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 1540,
    name: 'disconnectReasonGetHostByNameFailed',
    meaning: 'Windows Sockets gethostbyname() failed: the server name could not be resolved.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 1542,
    name: 'disconnectReasonInvalidServerSecurityInfo',
    meaning: 'Server security data is not valid.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 1544,
    name: 'disconnectReasonTimerError',
    meaning: 'Internal timer error.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 1796,
    name: 'disconnectReasonTimeoutOccurred',
    meaning: 'Time-out occurred ("This computer can\'t connect to the remote computer").',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 1798,
    name: 'disconnectReasonServerCertificateUnpackErr',
    meaning: 'Failed to unpack the server certificate.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 1800,
    name: 'ConsoleSessionInProgress',
    meaning:
      'You already have a console session in progress: the client was pointed at the computer it runs on (localhost, 127.0.0.1 or its own address). Not a server-side session limit.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 2052,
    name: 'disconnectReasonInvalidIP',
    meaning: 'Bad IP address specified.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 2055,
    name: 'SSL_ERR_LOGON_FAILURE',
    meaning: 'Logon failed: bad user name or password.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 2056,
    name: 'disconnectReasonLicensingFailed',
    meaning:
      'Licence negotiation failed: the remote computer disconnected because of an error in the licensing protocol.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 2308,
    name: 'disconnectReasonAtClientWinsockFDCLOSE',
    meaning:
      'Socket closed: the server or the network closed the TCP connection under the client ("The connection to the remote computer was lost").',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
    extendedMatters: true,
    note: 'By itself 0x904 only says the TCP connection closed. The extended code decides: 0x0 = the socket simply died (network/TLS); 0x7 = the server refused first.',
  },
  {
    code: 2310,
    name: 'disconnectReasonInternalSecurityError',
    meaning: 'Internal security error.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 2311,
    name: 'UnexpectedServerAuthCert',
    meaning:
      'The connection was terminated because an unexpected server authentication certificate was received from the remote computer.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 2312,
    name: 'disconnectReasonLicensingTimeout',
    meaning: 'Licensing time-out.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 2566,
    name: 'disconnectReasonInternalSecurityError2',
    meaning: 'Internal security error.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 2567,
    name: 'SSL_ERR_NO_SUCH_USER',
    meaning: 'The specified user has no account.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 2820,
    name: 'ErrorPreventedConnection',
    meaning: 'An error occurred that prevented the connection.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 2822,
    name: 'disconnectReasonEncryptionError',
    meaning: 'Encryption error.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 2823,
    name: 'SSL_ERR_ACCOUNT_DISABLED',
    meaning: 'The account is disabled.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 2825,
    name: 'NlaRequiredNotSupported',
    meaning: 'The remote computer requires Network Level Authentication, which this client does not support.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 3078,
    name: 'disconnectReasonDecryptionError',
    meaning: 'Decryption error.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 3079,
    name: 'SSL_ERR_ACCOUNT_RESTRICTION',
    meaning: 'The account is restricted (for example a time-of-day restriction).',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 3080,
    name: 'disconnectReasonClientDecompressionError',
    meaning: 'Decompression error at the client.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 3334,
    name: 'ProtocolError3334',
    meaning:
      'A protocol error that ended the session, as ActiveX hosts (mRemoteNG, Royal TS, RDCMan) report it ("RDP disconnected! Error 3334"): reported with many open sessions exhausting the host\'s resources, or an out-of-date interop DLL for the installed client.',
    confidence: 'WR',
    source: SRC_ACTIVEX_HOSTS,
    note: 'Try the same connection in mstsc: if mstsc works, the host program is the problem (update it, or open fewer sessions at once).',
  },
  {
    code: 3335,
    name: 'SSL_ERR_ACCOUNT_LOCKED_OUT',
    meaning: 'The account is locked out.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 3337,
    name: 'PasswordMustBeTyped',
    meaning: 'Security policy requires typing the password in the Windows Security dialog.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 3590,
    name: 'FipsNotSupported',
    meaning: 'The client cannot connect because it does not support the FIPS encryption level.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 3591,
    name: 'SSL_ERR_ACCOUNT_EXPIRED',
    meaning: 'The account is expired.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 3592,
    name: 'ReconnectFailed',
    meaning: 'Failed to reconnect to your remote session.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 3593,
    name: 'RestrictedAdminNotSupported',
    meaning: 'The remote PC does not support Restricted Administration mode.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 3847,
    name: 'SSL_ERR_PASSWORD_EXPIRED',
    meaning: 'The password is expired.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 3848,
    name: 'CredentialsMayNotBeSent',
    meaning:
      'A connection will not be made because credentials may not be sent to the remote computer (CredSSP delegation policy).',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 4103,
    name: 'LogonHoursRestriction',
    meaning: 'The administrator has restricted the times during which you may sign in.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 4104,
    name: 'LowVideoResources',
    meaning: 'The remote session was disconnected because the client is low on video resources.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 4339,
    name: 'RemoteAppNotSupported',
    meaning: 'The remote computer does not support RemoteApp.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 4359,
    name: 'WorkstationRestriction',
    meaning: 'The administrator has limited the computers you can sign in from.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 4498,
    name: 'ServerDecryptionError',
    meaning: 'The remote session was disconnected because of a decryption error at the server.',
    confidence: 'WR',
    source: SRC_TECHNET,
    note: 'The same number as extended 0x1192 (ERRINFO_DECRYPT_FAILED): the server could not decrypt what the client sent under Standard RDP Security.',
  },
  {
    code: 4615,
    name: 'SSL_ERR_PASSWORD_MUST_CHANGE',
    meaning: 'The user must change the password before signing in for the first time.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 4871,
    name: 'LogonTypeRestriction',
    meaning: 'The administrator has restricted the types of logon (network or interactive) you may use.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 5127,
    name: 'KerberosUser2UserRequired',
    meaning: 'The Kerberos sub-protocol User2User is required.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 5639,
    name: 'SSL_ERR_DELEGATION_POLICY',
    meaning: 'The policy does not allow delegation of credentials to the target server (CredSSP delegation policy).',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 5895,
    name: 'SSL_ERR_POLICY_NTLM_ONLY',
    meaning:
      'Delegating credentials to the target server is not allowed unless mutual authentication succeeded (only NTLM was possible, so the server identity was not proven).',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 6151,
    name: 'SSL_ERR_NO_AUTHENTICATING_AUTHORITY',
    meaning:
      'No authority could be contacted for authentication (no domain controller reachable for NLA, wrong domain name, or a trust failure).',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 6919,
    name: 'SSL_ERR_CERT_EXPIRED',
    meaning: 'The certificate received from the remote computer is expired or invalid.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 7175,
    name: 'SSL_ERR_SMARTCARD_WRONG_PIN',
    meaning: 'An incorrect PIN was presented to the smart card.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 7431,
    name: 'TimeSkew',
    meaning:
      'There is a time or date difference between this computer and the remote computer (CredSSP/Kerberos clock skew).',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 8455,
    name: 'SSL_ERR_FRESH_CRED_REQUIRED_BY_SERVER',
    meaning: 'The server refuses saved credentials; the user must type new ones.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 8711,
    name: 'SSL_ERR_SMARTCARD_CARD_BLOCKED',
    meaning: 'The smart card is blocked.',
    confidence: 'MS',
    source: SRC_ONDISCONNECTED,
  },
  {
    code: 9479,
    name: 'AppsAutoReconnectFailed',
    meaning: 'Could not auto-reconnect to your applications.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  {
    code: 9732,
    name: 'VersionMismatch',
    meaning: 'Client and server versions do not match.',
    confidence: 'WR',
    source: SRC_TECHNET,
  },
  ...GATEWAY_REASONS,
];

export const lookupDisconnectReason = makeLookup(DISCONNECT_REASONS);
