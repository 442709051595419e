/**
 * NTSTATUS codes in Security 4625 `Status` / `SubStatus`, and the 4625 `FailureReason` message ids
 * (`%%2313`). Sources: the event-4625 page (MicrosoftDocs windows-itpro-docs
 * windows/security/threat-protection/auditing/event-4625.md) and [MS-ERREF] §2.3 (NTSTATUS values).
 */
import { makeLookup } from './table.js';
import type { CodeEntry, RowKind } from './types.js';

const SRC_NTSTATUS = 'MS-ERREF 2.3.1 NTSTATUS values (ntstatus.h); the Security 4625 page of Microsoft Learn';
const SRC_FAILURE_REASON =
  "The FailureReason insertion strings of msobjs.dll, as Microsoft Learn's Security 4625 page and real 4625 records show them";

const SRC_ERREF = 'MS-ERREF 2.3.1 NTSTATUS values (ntstatus.h)';

/**
 * The rest of the NTSTATUS values a Remote Desktop logon meets, as [code, name, meaning, note?], each meaning
 * MS-ERREF's text: logon and domain failures (4625 Status / Sub Status, 4776 Error Code), smart-card and PKINIT
 * failures, transport failures, and the Terminal Services block (STATUS_CTX_*, FACILITY 0x0A; its modem,
 * DOS-graphics and drive-mapping notices left out).
 */
const MORE_ROWS: readonly (readonly [code: number, name: string, meaning: string, note?: string])[] = [
  [0xc0000001, 'STATUS_UNSUCCESSFUL', '{Operation Failed} The requested operation was unsuccessful.'],
  [0xc000000d, 'STATUS_INVALID_PARAMETER', 'An invalid parameter was passed to a service or function.'],
  [0xc0000061, 'STATUS_PRIVILEGE_NOT_HELD', 'A required privilege is not held by the client.'],
  [0xc0000062, 'STATUS_INVALID_ACCOUNT_NAME', 'The name provided is not a properly formed account name.'],
  [
    0xc000006b,
    'STATUS_ILL_FORMED_PASSWORD',
    'When trying to update a password, this return status indicates that the value provided for the new password contains values that are not allowed in passwords.',
  ],
  [
    0xc000006c,
    'STATUS_PASSWORD_RESTRICTION',
    'When trying to update a password, this status indicates that some password update rule has been violated. For example, the password might not meet length criteria.',
  ],
  [0xc00000bb, 'STATUS_NOT_SUPPORTED', 'The request is not supported.'],
  [
    0xc00000da,
    'STATUS_CANT_ACCESS_DOMAIN_INFO',
    'Configuration information could not be read from the domain controller, either because the machine is unavailable or access has been denied.',
  ],
  [0xc00000df, 'STATUS_NO_SUCH_DOMAIN', 'The specified domain did not exist.'],
  [0xc00000fe, 'STATUS_NO_SUCH_PACKAGE', 'A specified authentication package is unknown.'],
  [
    0xc000010b,
    'STATUS_INVALID_LOGON_TYPE',
    'Indicates an invalid value has been provided for the LogonType requested.',
  ],
  [
    0xc000013b,
    'STATUS_LOCAL_DISCONNECT',
    '{Virtual Circuit Closed} The network transport on your computer has closed a network connection. There might or might not be I/O requests outstanding.',
  ],
  [
    0xc000013c,
    'STATUS_REMOTE_DISCONNECT',
    '{Virtual Circuit Closed} The network transport on a remote computer has closed a network connection. There might or might not be I/O requests outstanding.',
  ],
  [
    0xc0000155,
    'STATUS_LOGON_NOT_GRANTED',
    'A requested type of logon (for example, interactive, network, and service) is not granted by the local security policy of the target system. Ask the system administrator to grant the necessary form of logon.',
  ],
  [
    0xc000018a,
    'STATUS_NO_TRUST_LSA_SECRET',
    'The workstation does not have a trust secret for the primary domain in the local LSA database.',
  ],
  [
    0xc0000190,
    'STATUS_TRUST_FAILURE',
    'The network logon failed. This might be because the validation authority cannot be reached.',
  ],
  [
    0xc0000195,
    'STATUS_NETWORK_CREDENTIAL_CONFLICT',
    'Multiple connections to a server or shared resource by the same user, using more than one user name, are not allowed. Disconnect all previous connections to the server or shared resource and try again.',
  ],
  [
    0xc0000198,
    'STATUS_NOLOGON_INTERDOMAIN_TRUST_ACCOUNT',
    'The account used is an interdomain trust account. Use your global user account or local user account to access this server.',
  ],
  [
    0xc000019a,
    'STATUS_NOLOGON_SERVER_TRUST_ACCOUNT',
    'The account used is a server trust account. Use your global user account or local user account to access this server.',
  ],
  [0xc0000203, 'STATUS_USER_SESSION_DELETED', 'The remote user session has been deleted.'],
  [0xc000020d, 'STATUS_CONNECTION_RESET', 'The transport connection has been reset.'],
  [0xc0000233, 'STATUS_DOMAIN_CONTROLLER_NOT_FOUND', 'A domain controller for this domain was not found.'],
  [0xc0000236, 'STATUS_CONNECTION_REFUSED', 'The transport-connection attempt was refused by the remote system.'],
  [0xc000023c, 'STATUS_NETWORK_UNREACHABLE', 'The remote network is not reachable by the transport.'],
  [0xc000023d, 'STATUS_HOST_UNREACHABLE', 'The remote system is not reachable by the transport.'],
  [0xc0000241, 'STATUS_CONNECTION_ABORTED', 'The transport connection was aborted by the local system.'],
  [
    0xc0000259,
    'STATUS_LICENSE_QUOTA_EXCEEDED',
    'The service being accessed is licensed for a particular number of connections. No more connections can be made to the service at this time because the service has already accepted the maximum number of connections.',
  ],
  [0xc00002a6, 'STATUS_DS_UNAVAILABLE', 'The directory service is unavailable.'],
  [
    0xc00002c3,
    'STATUS_MUTUAL_AUTHENTICATION_FAILED',
    'Mutual Authentication failed. The server password is out of date at the domain controller.',
  ],
  [
    0xc00002f2,
    'STATUS_WRONG_CREDENTIAL_HANDLE',
    'The supplied credential handle does not match the credential that is associated with the security context.',
  ],
  [
    0xc00002f9,
    'STATUS_PKINIT_NAME_MISMATCH',
    'The client certificate does not contain a valid UPN, or does not match the client name in the logon request. Contact your administrator.',
  ],
  [0xc00002fa, 'STATUS_SMARTCARD_LOGON_REQUIRED', 'Smart card logon is required and was not used.'],
  [0xc00002fe, 'STATUS_SHUTDOWN_IN_PROGRESS', 'A system shutdown is in progress.'],
  [
    0xc0000320,
    'STATUS_PKINIT_FAILURE',
    'The Kerberos protocol encountered an error while validating the KDC certificate during smart card logon. There is more information in the system event log.',
  ],
  [
    0xc0000321,
    'STATUS_SMARTCARD_SUBSYSTEM_FAILURE',
    'The Kerberos protocol encountered an error while attempting to use the smart card subsystem.',
  ],
  [0xc0000322, 'STATUS_NO_KERB_KEY', 'The target server does not have acceptable Kerberos credentials.'],
  [
    0xc000035c,
    'STATUS_NETWORK_SESSION_EXPIRED',
    'The client session has expired; so the client must re-authenticate to continue accessing the remote resources.',
  ],
  [0xc0000381, 'STATUS_SMARTCARD_CARD_BLOCKED', 'The smart card is blocked.'],
  [0xc0000382, 'STATUS_SMARTCARD_CARD_NOT_AUTHENTICATED', 'No PIN was presented to the smart card.'],
  [0xc0000383, 'STATUS_SMARTCARD_NO_CARD', 'No smart card is available.'],
  [0xc0000384, 'STATUS_SMARTCARD_NO_KEY_CONTAINER', 'The requested key container does not exist on the smart card.'],
  [0xc0000385, 'STATUS_SMARTCARD_NO_CERTIFICATE', 'The requested certificate does not exist on the smart card.'],
  [0xc0000386, 'STATUS_SMARTCARD_NO_KEYSET', 'The requested keyset does not exist.'],
  [0xc0000387, 'STATUS_SMARTCARD_IO_ERROR', 'A communication error with the smart card has been detected.'],
  [
    0xc0000388,
    'STATUS_DOWNGRADE_DETECTED',
    'The system detected a possible attempt to compromise security. Ensure that you can contact the server that authenticated you.',
  ],
  [
    0xc0000389,
    'STATUS_SMARTCARD_CERT_REVOKED',
    'The smart card certificate used for authentication has been revoked. Contact your system administrator. There might be additional information in the event log.',
  ],
  [
    0xc000038a,
    'STATUS_ISSUING_CA_UNTRUSTED',
    'An untrusted certificate authority was detected while processing the smart card certificate that is used for authentication. Contact your system administrator.',
  ],
  [
    0xc000038b,
    'STATUS_REVOCATION_OFFLINE_C',
    'The revocation status of the smart card certificate that is used for authentication could not be determined. Contact your system administrator.',
  ],
  [
    0xc000038c,
    'STATUS_PKINIT_CLIENT_FAILURE',
    'The smart card certificate used for authentication was not trusted. Contact your system administrator.',
  ],
  [
    0xc000038d,
    'STATUS_SMARTCARD_CERT_EXPIRED',
    'The smart card certificate used for authentication has expired. Contact your system administrator.',
  ],
  [
    0xc000038f,
    'STATUS_SMARTCARD_SILENT_CONTEXT',
    'The smart card provider could not perform the action because the context was acquired as silent.',
  ],
  [0xc0000408, 'STATUS_USER2USER_REQUIRED', 'Kerberos sub-protocol User2User is required.'],
  [
    0xc000040b,
    'STATUS_CROSSREALM_DELEGATION_FAILURE',
    'An attempt was made by this server to make a Kerberos constrained delegation request for a target that is outside the server realm. This action is not supported and the resulting error indicates a misconfiguration on the allowed-to-delegate-to list for this server. Contact your administrator.',
  ],
  [
    0xc000040c,
    'STATUS_REVOCATION_OFFLINE_KDC',
    'The revocation status of the domain controller certificate used for smart card authentication could not be determined. There is additional information in the system event log. Contact your system administrator.',
  ],
  [
    0xc000040d,
    'STATUS_ISSUING_CA_UNTRUSTED_KDC',
    'An untrusted certificate authority was detected while processing the domain controller certificate used for authentication. There is additional information in the system event log. Contact your system administrator.',
  ],
  [
    0xc000040e,
    'STATUS_KDC_CERT_EXPIRED',
    'The domain controller certificate used for smart card logon has expired. Contact your system administrator with the contents of your system event log.',
  ],
  [
    0xc000040f,
    'STATUS_KDC_CERT_REVOKED',
    'The domain controller certificate used for smart card logon has been revoked. Contact your system administrator with the contents of your system event log.',
  ],
  [0xc0000714, 'STATUS_CERTIFICATE_MAPPING_NOT_UNIQUE', 'The client certificate account mapping is not unique.'],
  [0xc00a0001, 'STATUS_CTX_WINSTATION_NAME_INVALID', 'Session name (named in the message) is invalid.'],
  [0xc00a0002, 'STATUS_CTX_INVALID_PD', 'The protocol driver (named in the message) is invalid.'],
  [
    0xc00a0003,
    'STATUS_CTX_PD_NOT_FOUND',
    'The protocol driver (named in the message) was not found in the system path.',
  ],
  [0xc00a0006, 'STATUS_CTX_CLOSE_PENDING', 'A close operation is pending on the terminal connection.'],
  [0xc00a0007, 'STATUS_CTX_NO_OUTBUF', 'No free output buffers are available.'],
  [0xc00a0010, 'STATUS_CTX_TD_ERROR', 'Transport driver error.'],
  [
    0xc00a0012,
    'STATUS_CTX_LICENSE_CLIENT_INVALID',
    'The client you are using is not licensed to use this system. Your logon request is denied.',
  ],
  [0xc00a0013, 'STATUS_CTX_LICENSE_NOT_AVAILABLE', 'The system has reached its licensed logon limit. Try again later.'],
  [0xc00a0014, 'STATUS_CTX_LICENSE_EXPIRED', 'The system license has expired. Your logon request is denied.'],
  [0xc00a0015, 'STATUS_CTX_WINSTATION_NOT_FOUND', 'The specified session cannot be found.'],
  [0xc00a0016, 'STATUS_CTX_WINSTATION_NAME_COLLISION', 'The specified session name is already in use.'],
  [
    0xc00a0017,
    'STATUS_CTX_WINSTATION_BUSY',
    'The requested operation cannot be completed because the terminal connection is currently processing a connect, disconnect, reset, or delete operation.',
  ],
  [
    0xc00a0018,
    'STATUS_CTX_BAD_VIDEO_MODE',
    'An attempt has been made to connect to a session whose video mode is not supported by the current client.',
  ],
  [
    0xc00a0024,
    'STATUS_CTX_NOT_CONSOLE',
    'The requested operation can be performed only on the system console. This is most often the result of a driver or system DLL requiring direct console access.',
  ],
  [0xc00a0026, 'STATUS_CTX_CLIENT_QUERY_TIMEOUT', 'The client failed to respond to the server connect message.'],
  [0xc00a0027, 'STATUS_CTX_CONSOLE_DISCONNECT', 'Disconnecting the console session is not supported.'],
  [0xc00a0028, 'STATUS_CTX_CONSOLE_CONNECT', 'Reconnecting a disconnected session to the console is not supported.'],
  [0xc00a002a, 'STATUS_CTX_SHADOW_DENIED', 'The request to control another session remotely was denied.'],
  [
    0xc00a002b,
    'STATUS_CTX_WINSTATION_ACCESS_DENIED',
    'A process has requested access to a session, but has not been granted those access rights.',
  ],
  [0xc00a002e, 'STATUS_CTX_INVALID_WD', 'The terminal connection driver (named in the message) is invalid.'],
  [
    0xc00a002f,
    'STATUS_CTX_WD_NOT_FOUND',
    'The terminal connection driver (named in the message) was not found in the system path.',
  ],
  [
    0xc00a0030,
    'STATUS_CTX_SHADOW_INVALID',
    'The requested session cannot be controlled remotely. You cannot control your own session, a session that is trying to control your session, a session that has no user logged on, or other sessions from the console.',
  ],
  [0xc00a0031, 'STATUS_CTX_SHADOW_DISABLED', 'The requested session is not configured to allow remote control.'],
  [
    0xc00a0033,
    'STATUS_CTX_CLIENT_LICENSE_NOT_SET',
    'Your request to connect to this terminal server has been rejected. Your terminal server client license number has not been entered for this copy of the terminal client. Contact your system administrator for help in entering a valid, unique license number for this terminal server client. Click OK to continue.',
  ],
  [
    0xc00a0034,
    'STATUS_CTX_CLIENT_LICENSE_IN_USE',
    'Your request to connect to this terminal server has been rejected. Your terminal server client license number is currently being used by another user. Contact your system administrator to obtain a new copy of the terminal server client with a valid, unique license number. Click OK to continue.',
  ],
  [
    0xc00a0035,
    'STATUS_CTX_SHADOW_ENDED_BY_MODE_CHANGE',
    'The remote control of the console was terminated because the display mode was changed. Changing the display mode in a remote control session is not supported.',
  ],
  [
    0xc00a0036,
    'STATUS_CTX_SHADOW_NOT_RUNNING',
    'Remote control could not be terminated because the specified session is not currently being remotely controlled.',
  ],
  [
    0xc00a0037,
    'STATUS_CTX_LOGON_DISABLED',
    'Your interactive logon privilege has been disabled. Contact your system administrator.',
  ],
  [
    0xc00a0038,
    'STATUS_CTX_SECURITY_LAYER_ERROR',
    'The terminal server security layer detected an error in the protocol stream and has disconnected the client.',
  ],
];

export const NTSTATUS_CODES: readonly CodeEntry[] = [
  {
    code: 0x00000000,
    name: 'STATUS_SUCCESS',
    meaning: 'Status OK; as a SubStatus it means "no further detail", so read Status.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc000005e,
    name: 'STATUS_NO_LOGON_SERVERS',
    meaning: 'No logon servers (domain controllers) are available to service the logon request.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Possibly what the client shows as 6151 (0x1807).',
  },
  {
    code: 0xc0000064,
    name: 'STATUS_NO_SUCH_USER',
    meaning: 'The user name does not exist.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 2567 (0xA07).',
  },
  {
    code: 0xc000006a,
    name: 'STATUS_WRONG_PASSWORD',
    meaning: 'Wrong password (as SubStatus under 0xC000006D).',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 2055 (0x807).',
  },
  {
    code: 0xc0000418,
    name: 'STATUS_NTLM_BLOCKED',
    meaning:
      'The authentication failed because NTLM authentication has been blocked (a "Restrict NTLM" policy on the server or the domain); the client could not use Kerberos.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Typical when mstsc connects by IP address (no Kerberos ticket for an address) or reaches no domain controller.',
  },
  {
    code: 0xc000006d,
    name: 'STATUS_LOGON_FAILURE',
    meaning: 'Logon failure: bad user name or authentication information. SubStatus says which.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'With NLA this shows as LogonType 3 from the client, often with IpAddress "-" on 2012 R2.',
  },
  {
    code: 0xc000006e,
    name: 'STATUS_ACCOUNT_RESTRICTION',
    meaning:
      'The credentials are valid but an account restriction blocked the logon (for example a time-of-day restriction, or a blank password over the network).',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'The event-4625 page\'s table captions this code "Unknown user name or bad password"; ntstatus.h and observed samples (LogonType 10, FailureReason %%2313) support the account-restriction reading. Client side: 3079 (0xC07).',
  },
  {
    code: 0xc000006f,
    name: 'STATUS_INVALID_LOGON_HOURS',
    meaning: 'Logon outside the allowed hours.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 4103 / 3079.',
  },
  {
    code: 0xc0000070,
    name: 'STATUS_INVALID_WORKSTATION',
    meaning: 'Logon from a workstation the account may not use.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 4359.',
  },
  {
    code: 0xc0000071,
    name: 'STATUS_PASSWORD_EXPIRED',
    meaning: 'The password has expired.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 3847 (0xF07).',
  },
  {
    code: 0xc0000072,
    name: 'STATUS_ACCOUNT_DISABLED',
    meaning: 'The account is disabled by an administrator.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 2823 (0xB07).',
  },
  {
    code: 0xc00000dc,
    name: 'STATUS_INVALID_SERVER_STATE',
    meaning: 'The SAM server was in the wrong state to perform the operation.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000133,
    name: 'STATUS_TIME_DIFFERENCE_AT_DC',
    meaning: 'Clock skew: the clocks of the domain controller and this computer are too far apart.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 7431.',
  },
  {
    code: 0xc000015b,
    name: 'STATUS_LOGON_TYPE_NOT_GRANTED',
    meaning:
      'The user has not been granted the requested logon type here: not in Remote Desktop Users, no "Allow log on through Remote Desktop Services", or listed in "Deny log on through Remote Desktop Services".',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'FailureReason %%2308. Usually LogonType 10 after NLA succeeded. Client side: 4871, extended 0x9.',
  },
  {
    code: 0xc000018c,
    name: 'STATUS_TRUSTED_DOMAIN_FAILURE',
    meaning: 'The trust relationship between the primary domain and the trusted domain failed.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000192,
    name: 'STATUS_NETLOGON_NOT_STARTED',
    meaning: 'A logon was attempted but the Netlogon service was not started.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000193,
    name: 'STATUS_ACCOUNT_EXPIRED',
    meaning: 'The account has expired.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 3591 (0xE07).',
  },
  {
    code: 0xc0000224,
    name: 'STATUS_PASSWORD_MUST_CHANGE',
    meaning: 'The user must change the password at next logon.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Client side: 4615 (0x1207).',
  },
  {
    code: 0xc0000234,
    name: 'STATUS_ACCOUNT_LOCKED_OUT',
    meaning: 'The account is locked out.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Repeated bad passwords lead here. Client side: 3335 (0xD07).',
  },
  {
    code: 0xc00002ee,
    name: 'STATUS_UNFINISHED_CONTEXT_DELETED',
    meaning:
      'A security context was deleted before the context was completed: the authentication exchange was cut off part-way (a logon failure of the exchange, not a wrong password).',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: '4625 shows it with FailureReason %%2304 "An Error occurred during Logon"; seen with NTLM exchanges that scanners or clients abandon, and with broken Kerberos/NTLM trust paths.',
  },
  {
    code: 0xc0000225,
    name: 'STATUS_NOT_FOUND',
    meaning: 'The object was not found.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'In 4625 often with FailureReason %%2306 ("The NetLogon component is not active"): the server could not reach the Netlogon service or a domain controller to validate the account.',
  },
  {
    code: 0xc0000413,
    name: 'STATUS_AUTHENTICATION_FIREWALL_FAILED',
    meaning: 'The machine is protected by an authentication firewall and the account may not authenticate to it.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc000035b,
    name: 'STATUS_BAD_BINDINGS',
    meaning: "The client's supplied SSPI channel bindings were incorrect.",
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: 'Channel binding (Extended Protection for Authentication) failed: something between client and server re-encrypts TLS (a TLS-inspecting proxy or load balancer), or the client is too old to send bindings the server requires.',
  },
  {
    code: 0xc000018d,
    name: 'STATUS_TRUSTED_RELATIONSHIP_FAILURE',
    meaning: 'The trust relationship between this workstation and the primary domain failed.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
    note: "The computer's secure channel to the domain is broken: repair it (Test-ComputerSecureChannel -Repair) or rejoin the domain.",
  },
  {
    code: 0xc000005f,
    name: 'STATUS_NO_SUCH_LOGON_SESSION',
    meaning: 'A specified logon session does not exist. It may already have been terminated.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000022,
    name: 'STATUS_ACCESS_DENIED',
    meaning: 'A process has requested access to an object but has not been granted those access rights.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc000009a,
    name: 'STATUS_INSUFFICIENT_RESOURCES',
    meaning: 'Insufficient system resources exist to complete the API.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000073,
    name: 'STATUS_NONE_MAPPED',
    meaning:
      'None of the information to be translated has been translated (an account name or SID could not be mapped).',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc000018b,
    name: 'STATUS_NO_TRUST_SAM_ACCOUNT',
    meaning:
      "The SAM database on the domain controller does not have a computer account for this workstation's trust relationship.",
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000199,
    name: 'STATUS_NOLOGON_WORKSTATION_TRUST_ACCOUNT',
    meaning:
      'The account used is a computer account; use your global user account or local user account to access this server.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000380,
    name: 'STATUS_SMARTCARD_WRONG_PIN',
    meaning: 'An incorrect PIN was presented to the smart card.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc0000371,
    name: 'STATUS_LOCAL_USER_SESSION_KEY',
    meaning: 'The local account store does not contain secret material for the specified account.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  {
    code: 0xc00002fd,
    name: 'STATUS_KDC_UNKNOWN_ETYPE',
    meaning: 'The encryption type requested is not supported by the KDC.',
    confidence: 'MS',
    source: SRC_NTSTATUS,
  },
  ...MORE_ROWS.map(
    ([code, name, meaning, note]): CodeEntry => ({
      code,
      name,
      meaning,
      confidence: 'MS',
      source: SRC_ERREF,
      ...(note ? { note } : {}),
    }),
  ),
];

export const lookupNtStatus = makeLookup(NTSTATUS_CODES);

/** A 4625 `FailureReason` insertion string from msobjs.dll, e.g. `%%2313`. */
export interface FailureReasonEntry {
  /** The message id without the `%%`: 2313. */
  readonly id: number;
  readonly text: string;
  readonly confidence: CodeEntry['confidence'];
  readonly source: string;
  readonly note?: string;
  /** Set when no pattern explains it: what it is instead (`RowKind`). */
  readonly kind?: RowKind;
}

/**
 * The FailureReasons no pattern explains: %%2304 names no cause (its Status does), %%2306 one the catalogue has no id
 * for (the server's Netlogon).
 */
const FAILURE_REASON_KINDS: Readonly<Record<number, RowKind>> = { 2304: 'unspecific', 2306: 'uncatalogued' };

/** [message id, text, note?]: each quoted from msobjs.dll (SRC_FAILURE_REASON). */
const FAILURE_REASON_ROWS: readonly (readonly [id: number, text: string, note?: string])[] = [
  [2304, 'An error occurred during logon.'],
  [2305, 'The specified user account has expired.'],
  [
    2306,
    'The NetLogon component is not active.',
    'The server could not pass the logon to Netlogon: the Netlogon service is stopped or still starting, or no domain controller answered. Usually with Status 0xC0000225 or 0xC000005E.',
  ],
  [2307, 'Account locked out.'],
  [2308, 'The user has not been granted the requested logon type at this machine.'],
  [2309, "The specified account's password has expired."],
  [2310, 'Account currently disabled.'],
  [2311, 'Account logon time restriction violation.'],
  [2312, 'User not allowed to logon at this computer.'],
  [
    2313,
    'Unknown user name or bad password.',
    'Also seen with Status 0xC000006E (account restriction) in a public sample: read Status/SubStatus, not only this text.',
  ],
];

export const FAILURE_REASONS: readonly FailureReasonEntry[] = FAILURE_REASON_ROWS.map(([id, text, note]) => ({
  id,
  text,
  ...(FAILURE_REASON_KINDS[id] ? { kind: FAILURE_REASON_KINDS[id] } : {}),
  confidence: 'MS',
  source: SRC_FAILURE_REASON,
  ...(note ? { note } : {}),
}));

/** Accepts `%%2313`, `2313` or the number. */
export function lookupFailureReason(id: string | number): FailureReasonEntry | undefined {
  const text = String(id).trim().replace(/^%%/, '');
  if (!/^[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  return FAILURE_REASONS.find((e) => e.id === n);
}
