/**
 * The EXTENDED disconnect reason: mstsc's "Extended error code: 0x…" (IMsRdpClient::ExtendedDisconnectReason).
 * It carries the error-info value the SERVER sent in the MS-RDPBCGR Set Error Info PDU; 0 = none sent.
 * RDPClient 1026 does not log it. Never decode these with the primary table: primary 0x3 is "disconnected
 * by the server", extended 0x3 is "idle timeout".
 *
 * Sources: ExtendedDisconnectReasonCode (learn.microsoft.com/windows/win32/termserv/extendeddisconnectreasoncode)
 * [MS]; MS-RDPBCGR 2.2.5.1.1 Set Error Info PDU for the values beyond the enum, cross-checked against
 * FreeRDP include/freerdp/error.h [MS spec / WR]; which causes a code points to
 * is declared by the patterns (`codes.mstscExtended`).
 */
import { makeRangeLookup } from './table.js';
import type { CodeEntry, CodeRange } from './types.js';

export const EXTENDED_REASONS: readonly CodeEntry[] = [
  {
    code: 0,
    name: 'exDiscReasonNoInfo',
    meaning: 'No extended information: the server sent no error-info before the connection ended.',
    confidence: 'MS',
  },
  {
    code: 1,
    name: 'exDiscReasonAPIInitiatedDisconnect',
    meaning: 'An administrative tool or API in another session disconnected the session.',
    confidence: 'MS',
  },
  {
    code: 2,
    name: 'exDiscReasonAPIInitiatedLogoff',
    meaning: 'An administrative tool or API in another session forced a logoff.',
    confidence: 'MS',
  },
  {
    code: 3,
    name: 'exDiscReasonServerIdleTimeout',
    meaning: 'The idle session limit on the server was reached.',
    confidence: 'MS',
  },
  {
    code: 4,
    name: 'exDiscReasonServerLogonTimeout',
    meaning: 'The client exceeded the allowed connection period (active session time limit).',
    confidence: 'MS',
  },
  {
    code: 5,
    name: 'exDiscReasonReplacedByOtherConnection',
    meaning:
      'Another connection took over the session (the same user connected from elsewhere, or another user took the single session).',
    confidence: 'MS',
  },
  { code: 6, name: 'exDiscReasonOutOfMemory', meaning: 'The server is out of memory.', confidence: 'MS' },
  {
    code: 7,
    name: 'exDiscReasonServerDeniedConnection',
    meaning: 'The server actively denied the connection.',
    confidence: 'MS',
    note: "Microsoft documents no root-cause list for a server denial; look on the server, in the attempt's time window, for what made it refuse.",
  },
  {
    code: 8,
    name: 'exDiscReasonServerDeniedConnectionFips',
    meaning: 'The server denied the connection for security reasons (the name points to FIPS encryption).',
    confidence: 'MS',
  },
  {
    code: 9,
    name: 'exDiscReasonServerInsufficientPrivileges',
    meaning:
      'The server denied the connection for insufficient privileges (for example the user lacks the right to sign in through Remote Desktop Services).',
    confidence: 'MS',
  },
  {
    code: 10,
    name: 'exDiscReasonServerFreshCredsRequired',
    meaning: 'The server requires fresh credentials (saved credentials were refused).',
    confidence: 'MS',
  },
  {
    code: 11,
    name: 'exDiscReasonRpcInitiatedDisconnectByUser',
    meaning: 'The user or an administrator disconnected from within the session.',
    confidence: 'MS',
  },
  {
    code: 12,
    name: 'exDiscReasonLogoffByUser',
    meaning: 'The user logged off.',
    confidence: 'MS',
    note: 'The Learn typedef prints "= 2" for this constant; that is a doc typo, the value is 12 (MS-RDPBCGR ERRINFO_LOGOFF_BY_USER 0x0C).',
  },
  {
    code: 0x0f,
    name: 'ERRINFO_CLOSE_STACK_ON_DRIVER_NOT_READY',
    meaning: 'The display driver in the remote session did not report readiness in time.',
    confidence: 'MS',
  },
  {
    code: 0x10,
    name: 'ERRINFO_SERVER_DWM_CRASH',
    meaning: 'The Desktop Window Manager in the remote session crashed.',
    confidence: 'MS',
  },
  {
    code: 0x11,
    name: 'ERRINFO_CLOSE_STACK_ON_DRIVER_FAILURE',
    meaning: 'The display driver in the remote session could not complete its startup tasks.',
    confidence: 'MS',
  },
  {
    code: 0x12,
    name: 'ERRINFO_CLOSE_STACK_ON_DRIVER_IFACE_FAILURE',
    meaning: 'The display driver in the remote session started but could not be used by the remoting stack.',
    confidence: 'MS',
  },
  {
    code: 0x17,
    name: 'ERRINFO_SERVER_WINLOGON_CRASH',
    meaning: 'Winlogon in the remote session crashed.',
    confidence: 'MS',
  },
  {
    code: 0x18,
    name: 'ERRINFO_SERVER_CSRSS_CRASH',
    meaning: 'CSRSS in the remote session crashed.',
    confidence: 'MS',
  },
  {
    code: 0x19,
    name: 'ERRINFO_SERVER_SHUTDOWN',
    meaning: 'The server is shutting down.',
    confidence: 'WR',
    note: 'Named from MS-RDPBCGR; not confirmed against the FreeRDP header we checked.',
  },
  {
    code: 0x1a,
    name: 'ERRINFO_SERVER_REBOOT',
    meaning: 'The server is rebooting.',
    confidence: 'WR',
    note: 'Named from MS-RDPBCGR; not confirmed against the FreeRDP header we checked.',
  },
  {
    code: 256,
    name: 'exDiscReasonLicenseInternal',
    meaning: 'Internal licensing error on the server.',
    confidence: 'MS',
  },
  {
    code: 257,
    name: 'exDiscReasonLicenseNoLicenseServer',
    meaning: 'No Remote Desktop licence server was available to provide a licence.',
    confidence: 'MS',
  },
  {
    code: 258,
    name: 'exDiscReasonLicenseNoLicense',
    meaning: 'No valid licence was available (CALs exhausted or the wrong Per User / Per Device type).',
    confidence: 'MS',
  },
  {
    code: 259,
    name: 'exDiscReasonLicenseErrClientMsg',
    meaning: 'The server received an invalid licensing message from the client.',
    confidence: 'MS',
  },
  {
    code: 260,
    name: 'exDiscReasonLicenseHwidDoesntMatchLicense',
    meaning: 'The hardware id does not match the one in the client licence.',
    confidence: 'MS',
  },
  {
    code: 261,
    name: 'exDiscReasonLicenseErrClientLicense',
    meaning: 'Client licence error: the cached licence (MSLicensing) is corrupt or invalid.',
    confidence: 'MS',
  },
  {
    code: 262,
    name: 'exDiscReasonLicenseCantFinishProtocol',
    meaning: 'A network problem interrupted the licensing protocol.',
    confidence: 'MS',
  },
  {
    code: 263,
    name: 'exDiscReasonLicenseClientEndedProtocol',
    meaning: 'The client ended the licensing protocol early.',
    confidence: 'MS',
  },
  {
    code: 264,
    name: 'exDiscReasonLicenseErrClientEncryption',
    meaning: 'A licensing message was not encrypted correctly.',
    confidence: 'MS',
  },
  {
    code: 265,
    name: 'exDiscReasonLicenseCantUpgradeLicense',
    meaning: "The client's licence could not be upgraded or renewed.",
    confidence: 'MS',
  },
  {
    code: 266,
    name: 'exDiscReasonLicenseNoRemoteConnections',
    meaning: 'The server is not licensed to accept remote connections.',
    confidence: 'MS',
  },
  {
    code: 267,
    name: 'exDiscReasonLicenseCreatingLicStoreAccDenied',
    meaning: 'Access was denied while the client created its licence-store registry key.',
    confidence: 'MS',
  },
  {
    code: 768,
    name: 'exDiscReasonRdpEncInvalidCredentials',
    meaning: 'Invalid credentials.',
    confidence: 'MS',
  },
  {
    code: 0x400,
    name: 'ERRINFO_CB_DESTINATION_NOT_FOUND',
    meaning: 'Connection broker: the target endpoint could not be found.',
    confidence: 'WR',
  },
  {
    code: 0x409,
    name: 'ERRINFO_CB_CONNECTION_CANCELLED',
    meaning: 'Connection broker: the connection was cancelled.',
    confidence: 'WR',
  },
  {
    code: 0x1191,
    name: 'ERRINFO_UPDATE_SESSION_KEY_FAILED',
    meaning: 'Updating the session keys under Standard RDP Security failed.',
    confidence: 'WR',
  },
  {
    code: 0x1192,
    name: 'ERRINFO_DECRYPT_FAILED',
    meaning: 'Decryption (or session key creation) under Standard RDP Security failed.',
    confidence: 'MS',
  },
  {
    code: 0x1193,
    name: 'ERRINFO_ENCRYPT_FAILED',
    meaning: 'Encryption under Standard RDP Security failed.',
    confidence: 'WR',
  },
  {
    code: 0x1194,
    name: 'ERRINFO_ENCRYPTION_PACKAGE_MISMATCH',
    meaning: 'No usable encryption method in common between the client and the server settings.',
    confidence: 'MS',
  },
  {
    code: 0x1195,
    name: 'ERRINFO_DECRYPT_FAILED2',
    meaning: 'Unencrypted data arrived in a stream that should be encrypted with Standard RDP Security.',
    confidence: 'WR',
  },
];

/** Blocks without one entry per code. Checked after the exact entries, first match wins. */
export const EXTENDED_REASON_RANGES: readonly CodeRange[] = [
  {
    from: 0x400,
    to: 0x412,
    name: 'ERRINFO_CB_* (connection broker)',
    meaning:
      'A connection-broker error: the broker could not find, start or redirect to the target session host or VM.',
    confidence: 'MS',
  },
  {
    from: 0x10c9,
    to: 0x1196,
    name: 'ERRINFO_* (RDP-specific protocol error)',
    meaning:
      'An RDP protocol error detected by the server (malformed or unexpected PDU, capability, security or encryption data).',
    confidence: 'MS',
    note: "Microsoft's advice for the protocol range is to check the server's event log.",
  },
  {
    from: 0x1000,
    to: 0x7fff,
    name: 'exDiscReasonProtocolRangeStart…End',
    meaning: 'A protocol-level error reported by the server.',
    confidence: 'MS',
    note: "Microsoft's advice for the protocol range is to check the server's event log.",
  },
];

export const lookupExtendedReason = makeRangeLookup(EXTENDED_REASONS, EXTENDED_REASON_RANGES);
