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

const TECHNET =
  'Listed in the TechNet 37870 client disconnect list (GetErrorDescription text), not in the OnDisconnected enum.';

export const DISCONNECT_REASONS: readonly DisconnectReasonEntry[] = [
  { code: 0, name: 'disconnectReasonNoInfo', meaning: 'No information is available.', confidence: 'MS' },
  {
    code: 1,
    name: 'disconnectReasonLocalNotError',
    meaning: 'Local disconnection: the user closed the client. Not an error.',
    confidence: 'MS',
    notAnError: true,
  },
  {
    code: 2,
    name: 'disconnectReasonRemoteByUser',
    meaning: 'Remote disconnection by the user (logoff or disconnect inside the session). Not an error.',
    confidence: 'MS',
    notAnError: true,
  },
  {
    code: 3,
    name: 'disconnectReasonByServer',
    meaning:
      'Remote disconnection by the server (an administrator ended the session, an error during setup, or a network problem). Microsoft marks it "not an error code"; the extended code says why.',
    confidence: 'MS',
    extendedMatters: true,
    notAnError: true,
  },
  {
    code: 260,
    name: 'disconnectReasonDNSLookupFailed',
    meaning: 'DNS name lookup failure: the client could not resolve the server name.',
    confidence: 'MS',
  },
  {
    code: 261,
    name: 'LicenseInvalidFormat',
    meaning: 'The Remote Desktop client access licence stored on this computer is in an invalid format.',
    confidence: 'WR',
    note: `${TECHNET} Numerically equal to extended 0x105 (exDiscReasonLicenseErrClientLicense).`,
  },
  {
    code: 262,
    name: 'disconnectReasonOutOfMemory',
    meaning: 'Out of memory (client).',
    confidence: 'MS',
  },
  {
    code: 263,
    name: 'NoError263',
    meaning: 'No error (seen in RDPClient 1026 at ordinary disconnects).',
    confidence: 'WR',
    note: `${TECHNET} Not in the project reference; taken from the TechNet-derived list.`,
  },
  {
    code: 264,
    name: 'disconnectReasonConnectionTimedOut',
    meaning: 'Connection timed out: the two computers could not connect in the time allowed.',
    confidence: 'MS',
  },
  {
    code: 265,
    name: 'LicenseCantUpgrade',
    meaning: "The local computer's client access licence could not be upgraded or renewed.",
    confidence: 'WR',
    note: `${TECHNET} Numerically equal to extended 0x109.`,
  },
  {
    code: 266,
    name: 'SmartCardServiceNotRunning',
    meaning: 'The smart card service is not running.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 267,
    name: 'LicenseStoreAccessDenied',
    meaning:
      'Licence store creation failed with access denied (the client cannot write HKLM\\SOFTWARE\\Microsoft\\MSLicensing).',
    confidence: 'WR',
    note: `${TECHNET} Run mstsc once elevated so it can recreate the store. Numerically equal to extended 0x10B.`,
  },
  {
    code: 516,
    name: 'disconnectReasonSocketConnectFailed',
    meaning:
      'Windows Sockets connect() failed: nothing accepted the TCP connection (host down, port closed, firewall, listener not listening, RDP disabled).',
    confidence: 'MS',
  },
  {
    code: 518,
    name: 'disconnectReasonOutOfMemory2',
    meaning: 'Out of memory (client).',
    confidence: 'MS',
  },
  {
    code: 520,
    name: 'disconnectReasonHostNotFound',
    meaning: 'Host not found.',
    confidence: 'MS',
  },
  {
    code: 522,
    name: 'NoSmartCardReader',
    meaning: 'A smart card reader was not detected.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 772,
    name: 'disconnectReasonWinsockSendFailed',
    meaning: 'Windows Sockets send() failed: the connection was lost because of a network error.',
    confidence: 'MS',
  },
  {
    code: 774,
    name: 'disconnectReasonOutOfMemory3',
    meaning: 'Out of memory (client).',
    confidence: 'MS',
  },
  {
    code: 776,
    name: 'disconnectReasonInvalidIPAddr',
    meaning: 'The IP address specified is not valid.',
    confidence: 'MS',
  },
  {
    code: 1024,
    name: 'BrokerDestinationNotFound',
    meaning: 'Remote Desktop Connection could not find the destination computer (connection broker).',
    confidence: 'WR',
    note: `${TECHNET} Numerically equal to the broker error-info code 0x400.`,
  },
  {
    code: 1028,
    name: 'disconnectReasonSocketRecvFailed',
    meaning: 'Windows Sockets recv() failed: reading from the connection failed.',
    confidence: 'MS',
    note: 'The TechNet-derived list gives a broker text for 1028 ("error while redirecting to the destination computer"); that is the extended/broker code 0x404 with the same number.',
  },
  {
    code: 1030,
    name: 'disconnectReasonInvalidSecurityData',
    meaning: 'Security data is not valid ("Because of a security error, the client could not connect").',
    confidence: 'MS',
  },
  {
    code: 1032,
    name: 'disconnectReasonInternalError',
    meaning: 'Internal error (client).',
    confidence: 'MS',
  },
  {
    code: 1033,
    name: 'ConnectionCancelled',
    meaning: 'Connection processing has been cancelled.',
    confidence: 'WR',
    note: `${TECHNET} Numerically equal to the broker error-info code 0x409.`,
  },
  {
    code: 1286,
    name: 'disconnectReasonInvalidEncryption',
    meaning: 'The encryption method specified is not valid.',
    confidence: 'MS',
  },
  {
    code: 1288,
    name: 'disconnectReasonDNSLookupFailed2',
    meaning: 'DNS lookup failed.',
    confidence: 'MS',
  },
  {
    code: 1540,
    name: 'disconnectReasonGetHostByNameFailed',
    meaning: 'Windows Sockets gethostbyname() failed: the server name could not be resolved.',
    confidence: 'MS',
  },
  {
    code: 1542,
    name: 'disconnectReasonInvalidServerSecurityInfo',
    meaning: 'Server security data is not valid.',
    confidence: 'MS',
  },
  { code: 1544, name: 'disconnectReasonTimerError', meaning: 'Internal timer error.', confidence: 'MS' },
  {
    code: 1796,
    name: 'disconnectReasonTimeoutOccurred',
    meaning: 'Time-out occurred ("This computer can\'t connect to the remote computer").',
    confidence: 'MS',
  },
  {
    code: 1798,
    name: 'disconnectReasonServerCertificateUnpackErr',
    meaning: 'Failed to unpack the server certificate.',
    confidence: 'MS',
  },
  {
    code: 1800,
    name: 'ConsoleSessionInProgress',
    meaning: 'You already have a console session in progress.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 2052,
    name: 'disconnectReasonInvalidIP',
    meaning: 'Bad IP address specified.',
    confidence: 'MS',
  },
  {
    code: 2055,
    name: 'SSL_ERR_LOGON_FAILURE',
    meaning: 'Logon failed: bad user name or password.',
    confidence: 'MS',
  },
  {
    code: 2056,
    name: 'disconnectReasonLicensingFailed',
    meaning:
      'Licence negotiation failed: the remote computer disconnected because of an error in the licensing protocol.',
    confidence: 'MS',
  },
  {
    code: 2308,
    name: 'disconnectReasonAtClientWinsockFDCLOSE',
    meaning:
      'Socket closed: the server or the network closed the TCP connection under the client ("The connection to the remote computer was lost").',
    confidence: 'MS',
    extendedMatters: true,
    note: 'By itself 0x904 only says the TCP connection closed. The extended code decides: 0x0 = the socket simply died (network/TLS); 0x7 = the server refused first.',
  },
  {
    code: 2310,
    name: 'disconnectReasonInternalSecurityError',
    meaning: 'Internal security error.',
    confidence: 'MS',
  },
  {
    code: 2311,
    name: 'UnexpectedServerAuthCert',
    meaning:
      'The connection was terminated because an unexpected server authentication certificate was received from the remote computer.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 2312,
    name: 'disconnectReasonLicensingTimeout',
    meaning: 'Licensing time-out.',
    confidence: 'MS',
  },
  {
    code: 2566,
    name: 'disconnectReasonInternalSecurityError2',
    meaning: 'Internal security error.',
    confidence: 'MS',
  },
  {
    code: 2567,
    name: 'SSL_ERR_NO_SUCH_USER',
    meaning: 'The specified user has no account.',
    confidence: 'MS',
  },
  {
    code: 2820,
    name: 'ErrorPreventedConnection',
    meaning: 'An error occurred that prevented the connection.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 2822,
    name: 'disconnectReasonEncryptionError',
    meaning: 'Encryption error.',
    confidence: 'MS',
  },
  {
    code: 2823,
    name: 'SSL_ERR_ACCOUNT_DISABLED',
    meaning: 'The account is disabled.',
    confidence: 'MS',
  },
  {
    code: 2825,
    name: 'NlaRequiredNotSupported',
    meaning: 'The remote computer requires Network Level Authentication, which this client does not support.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 3078,
    name: 'disconnectReasonDecryptionError',
    meaning: 'Decryption error.',
    confidence: 'MS',
  },
  {
    code: 3079,
    name: 'SSL_ERR_ACCOUNT_RESTRICTION',
    meaning: 'The account is restricted (for example a time-of-day restriction).',
    confidence: 'MS',
  },
  {
    code: 3080,
    name: 'disconnectReasonClientDecompressionError',
    meaning: 'Decompression error at the client.',
    confidence: 'MS',
  },
  {
    code: 3335,
    name: 'SSL_ERR_ACCOUNT_LOCKED_OUT',
    meaning: 'The account is locked out.',
    confidence: 'MS',
  },
  {
    code: 3337,
    name: 'PasswordMustBeTyped',
    meaning: 'Security policy requires typing the password in the Windows Security dialog.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 3590,
    name: 'FipsNotSupported',
    meaning: 'The client cannot connect because it does not support the FIPS encryption level.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 3591,
    name: 'SSL_ERR_ACCOUNT_EXPIRED',
    meaning: 'The account is expired.',
    confidence: 'MS',
  },
  {
    code: 3592,
    name: 'ReconnectFailed',
    meaning: 'Failed to reconnect to your remote session.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 3593,
    name: 'RestrictedAdminNotSupported',
    meaning: 'The remote PC does not support Restricted Administration mode.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 3847,
    name: 'SSL_ERR_PASSWORD_EXPIRED',
    meaning: 'The password is expired.',
    confidence: 'MS',
  },
  {
    code: 3848,
    name: 'CredentialsMayNotBeSent',
    meaning:
      'A connection will not be made because credentials may not be sent to the remote computer (CredSSP delegation policy).',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 4103,
    name: 'LogonHoursRestriction',
    meaning: 'The administrator has restricted the times during which you may sign in.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 4104,
    name: 'LowVideoResources',
    meaning: 'The remote session was disconnected because the client is low on video resources.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 4359,
    name: 'WorkstationRestriction',
    meaning: 'The administrator has limited the computers you can sign in from.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 4498,
    name: 'ServerDecryptionError',
    meaning: 'The remote session was disconnected because of a decryption error at the server.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 4615,
    name: 'SSL_ERR_PASSWORD_MUST_CHANGE',
    meaning: 'The user must change the password before signing in for the first time.',
    confidence: 'MS',
  },
  {
    code: 4871,
    name: 'LogonTypeRestriction',
    meaning: 'The administrator has restricted the types of logon (network or interactive) you may use.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 5127,
    name: 'KerberosUser2UserRequired',
    meaning: 'The Kerberos sub-protocol User2User is required.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 5639,
    name: 'SSL_ERR_DELEGATION_POLICY',
    meaning: 'The policy does not allow delegation of credentials to the target server (CredSSP delegation policy).',
    confidence: 'MS',
  },
  {
    code: 5895,
    name: 'SSL_ERR_POLICY_NTLM_ONLY',
    meaning:
      'Delegating credentials to the target server is not allowed unless mutual authentication succeeded (only NTLM was possible, so the server identity was not proven).',
    confidence: 'MS',
  },
  {
    code: 6151,
    name: 'SSL_ERR_NO_AUTHENTICATING_AUTHORITY',
    meaning:
      'No authority could be contacted for authentication (no domain controller reachable for NLA, wrong domain name, or a trust failure).',
    confidence: 'MS',
  },
  {
    code: 6919,
    name: 'SSL_ERR_CERT_EXPIRED',
    meaning: 'The certificate received from the remote computer is expired or invalid.',
    confidence: 'MS',
  },
  {
    code: 7175,
    name: 'SSL_ERR_SMARTCARD_WRONG_PIN',
    meaning: 'An incorrect PIN was presented to the smart card.',
    confidence: 'MS',
  },
  {
    code: 7431,
    name: 'TimeSkew',
    meaning:
      'There is a time or date difference between this computer and the remote computer (CredSSP/Kerberos clock skew).',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 8455,
    name: 'SSL_ERR_FRESH_CRED_REQUIRED_BY_SERVER',
    meaning: 'The server refuses saved credentials; the user must type new ones.',
    confidence: 'MS',
  },
  {
    code: 8711,
    name: 'SSL_ERR_SMARTCARD_CARD_BLOCKED',
    meaning: 'The smart card is blocked.',
    confidence: 'MS',
  },
  {
    code: 9479,
    name: 'AppsAutoReconnectFailed',
    meaning: 'Could not auto-reconnect to your applications.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 9732,
    name: 'VersionMismatch',
    meaning: 'Client and server versions do not match.',
    confidence: 'WR',
    note: TECHNET,
  },
  {
    code: 50331651,
    name: 'GatewayCertMismatchOrExpired',
    meaning:
      'RD Gateway: the gateway address and its certificate subject do not match, or the certificate is expired or revoked.',
    confidence: 'WR',
    note: `${TECHNET} RD Gateway codes start at 0x3000001; rdpdiag does not read gateway logs.`,
  },
  {
    code: 50331660,
    name: 'GatewayUnreachable',
    meaning: 'RD Gateway: the gateway address is unreachable or incorrect.',
    confidence: 'WR',
    note: `${TECHNET} rdpdiag does not read gateway logs.`,
  },
  {
    code: 50331675,
    name: 'GatewayUserNotPermitted',
    meaning: "RD Gateway: the user account is not listed in the gateway's permission list.",
    confidence: 'WR',
    note: `${TECHNET} rdpdiag does not read gateway logs.`,
  },
];

export const lookupDisconnectReason = makeLookup(DISCONNECT_REASONS);
