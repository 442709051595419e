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
import type { CodeEntry, CodeRange, RowKind } from './types.js';

const SRC_EXTENDED_ENUM = 'Microsoft Learn: ExtendedDisconnectReasonCode enumeration';
const SRC_BCGR =
  'MS-RDPBCGR 2.2.5.1.1 Set Error Info PDU (errorInfo), as FreeRDP include/freerdp/error.h transcribes it';
const SRC_ACTIVEX_HOSTS =
  'Widely reported: the dialog "Because of a protocol error detected at the client (code 0x1104)" in mstsc and ActiveX hosts (mRemoteNG, Royal TS) forums; a client-side protocol code, in no Microsoft table';

/**
 * 0x1111–0x1126, ERRINFO_SECURITY_DATA_TOO_SHORT2…23: what each one found missing or wrong (MS-RDPBCGR 2.2.5.1.1).
 * Despite the names, 0x111F (…_TOO_SHORT16) is a length that is too LONG.
 */
const SECURITY_DATA: readonly (readonly [number, string])[] = [
  [0x1111, 'There is not enough data to read a Basic Security Header.'],
  [0x1112, 'There is not enough data to read a Non-FIPS or FIPS Security Header.'],
  [
    0x1113,
    'There is not enough data to read the basicSecurityHeader and length fields of the Security Exchange PDU Data.',
  ],
  [
    0x1114,
    'There is not enough data to read the fixed fields and the strings (Domain, UserName, Password, AlternateShell, WorkingDir) of the Info Packet.',
  ],
  [
    0x1115,
    'There is not enough data to read the fixed fields (CodePage, flags and the string lengths) of the Info Packet.',
  ],
  [
    0x1116,
    'There is not enough data to read the clientAddressFamily and cbClientAddress fields of the Extended Info Packet.',
  ],
  [0x1117, 'There is not enough data to read the clientAddress field of the Extended Info Packet.'],
  [0x1118, 'There is not enough data to read the cbClientDir field of the Extended Info Packet.'],
  [0x1119, 'There is not enough data to read the clientDir field of the Extended Info Packet.'],
  [0x111a, 'There is not enough data to read the clientTimeZone field of the Extended Info Packet.'],
  [0x111b, 'There is not enough data to read the clientSessionId field of the Extended Info Packet.'],
  [0x111c, 'There is not enough data to read the performanceFlags field of the Extended Info Packet.'],
  [0x111d, 'There is not enough data to read the cbAutoReconnectLen field of the Extended Info Packet.'],
  [0x111e, 'There is not enough data to read the autoReconnectCookie field of the Extended Info Packet.'],
  [
    0x111f,
    'The cbAutoReconnectLen field of the Extended Info Packet holds a value larger than the 128-byte maximum (too long, not too short).',
  ],
  [
    0x1120,
    'There is not enough data to read the clientAddressFamily and cbClientAddress fields of the Extended Info Packet.',
  ],
  [0x1121, 'There is not enough data to read the clientAddress field of the Extended Info Packet.'],
  [0x1122, 'There is not enough data to read the cbClientDir field of the Extended Info Packet.'],
  [0x1123, 'There is not enough data to read the clientDir field of the Extended Info Packet.'],
  [0x1124, 'There is not enough data to read the clientTimeZone field of the Extended Info Packet.'],
  [0x1125, 'There is not enough data to read the clientSessionId field of the Extended Info Packet.'],
  [0x1126, 'There is not enough data to read the Client Info PDU Data.'],
];

/** One entry of the MS-RDPBCGR protocol-error block: [code, name, meaning]. */
const PROTOCOL: readonly (readonly [number, string, string])[] = [
  [0x10c9, 'ERRINFO_UNKNOWN_DATA_PDU_TYPE', 'The pduType2 field of a received Share Data Header is unknown.'],
  [0x10ca, 'ERRINFO_UNKNOWN_PDU_TYPE', 'The pduType field of a received Share Control Header is unknown.'],
  [0x10cb, 'ERRINFO_DATA_PDU_SEQUENCE', 'A Slow-Path Data PDU was received out of sequence.'],
  [0x10cd, 'ERRINFO_CONTROL_PDU_SEQUENCE', 'A Slow-Path Non-Data PDU was received out of sequence.'],
  [0x10ce, 'ERRINFO_INVALID_CONTROL_PDU_ACTION', 'A Control PDU was received with an invalid action field.'],
  [
    0x10cf,
    'ERRINFO_INVALID_INPUT_PDU_TYPE',
    'A Slow-Path Input Event was received with an invalid messageType field, or a Fast-Path Input Event with an invalid eventCode field.',
  ],
  [
    0x10d0,
    'ERRINFO_INVALID_INPUT_PDU_MOUSE',
    'A mouse or extended mouse event (Slow-Path or Fast-Path) was received with an invalid pointerFlags field.',
  ],
  [0x10d1, 'ERRINFO_INVALID_REFRESH_RECT_PDU', 'An invalid Refresh Rect PDU was received.'],
  [
    0x10d2,
    'ERRINFO_CREATE_USER_DATA_FAILED',
    'The server failed to construct the GCC Conference Create Response user data.',
  ],
  [
    0x10d3,
    'ERRINFO_CONNECT_FAILED',
    'Processing failed during the Channel Connection phase of the RDP connection sequence.',
  ],
  [
    0x10d4,
    'ERRINFO_CONFIRM_ACTIVE_WRONG_SHARE_ID',
    'A Confirm Active PDU was received from the client with an invalid shareId field.',
  ],
  [
    0x10d5,
    'ERRINFO_CONFIRM_ACTIVE_WRONG_ORIGINATOR',
    'A Confirm Active PDU was received from the client with an invalid originatorId field.',
  ],
  [0x10da, 'ERRINFO_PERSISTENT_KEY_PDU_BAD_LENGTH', 'There is not enough data to process a Persistent Key List PDU.'],
  [
    0x10db,
    'ERRINFO_PERSISTENT_KEY_PDU_ILLEGAL_FIRST',
    'A Persistent Key List PDU marked PERSIST_PDU_FIRST arrived after an earlier one that was also marked PERSIST_PDU_FIRST.',
  ],
  [
    0x10dc,
    'ERRINFO_PERSISTENT_KEY_PDU_TOO_MANY_TOTAL_KEYS',
    'A Persistent Key List PDU specified a total number of bitmap cache entries larger than 262144.',
  ],
  [
    0x10dd,
    'ERRINFO_PERSISTENT_KEY_PDU_TOO_MANY_CACHE_KEYS',
    'A Persistent Key List PDU specified an invalid number of keys for a bitmap cache (more than the Bitmap Cache Capability Set the client sent allows).',
  ],
  [
    0x10de,
    'ERRINFO_INPUT_PDU_BAD_LENGTH',
    'There is not enough data to process Input Event PDU Data or a Fast-Path Input Event PDU.',
  ],
  [
    0x10df,
    'ERRINFO_BITMAP_CACHE_ERROR_PDU_BAD_LENGTH',
    'There is not enough data to process the header fields (shareDataHeader, NumInfoBlocks, Pad1, Pad2) of a Bitmap Cache Error PDU.',
  ],
  [
    0x10e0,
    'ERRINFO_SECURITY_DATA_TOO_SHORT',
    'The dataSignature field (or the fipsInformation and dataSignature fields) of a Fast-Path Input Event PDU does not contain enough data.',
  ],
  [
    0x10e1,
    'ERRINFO_VCHANNEL_DATA_TOO_SHORT',
    'There is not enough data in the Client Network Data to read the virtual channel configuration, or to read a complete Channel PDU Header.',
  ],
  [
    0x10e2,
    'ERRINFO_SHARE_DATA_TOO_SHORT',
    'There is not enough data to process Control PDU Data, a Share Control Header, the Share Data Header of a Slow-Path Data PDU, or Font List PDU Data.',
  ],
  [
    0x10e3,
    'ERRINFO_BAD_SUPPRESS_OUTPUT_PDU',
    'There is not enough data to process Suppress Output PDU Data, or its allowDisplayUpdates field is invalid.',
  ],
  [
    0x10e5,
    'ERRINFO_CONFIRM_ACTIVE_PDU_TOO_SHORT',
    'There is not enough data to read the header fields or the capability sets of the Confirm Active PDU Data.',
  ],
  [
    0x10e7,
    'ERRINFO_CAPABILITY_SET_TOO_SMALL',
    'There is not enough data to read the capabilitySetType and lengthCapability fields of a received capability set.',
  ],
  [
    0x10e8,
    'ERRINFO_CAPABILITY_SET_TOO_LARGE',
    'A capability set was received whose lengthCapability field is greater than the total length of the data received.',
  ],
  [
    0x10e9,
    'ERRINFO_NO_CURSOR_CACHE',
    'The Pointer Capability Set gives no pointer cache: colorPointerCacheSize and pointerCacheSize are both zero, or pointerCacheSize is absent and colorPointerCacheSize is zero.',
  ],
  [
    0x10ea,
    'ERRINFO_BAD_CAPABILITIES',
    'The server did not accept the capabilities the client sent in its Confirm Active PDU.',
  ],
  [
    0x10ec,
    'ERRINFO_VIRTUAL_CHANNEL_DECOMPRESSION',
    'An error occurred while the bulk compressor decompressed a Virtual Channel PDU.',
  ],
  [
    0x10ed,
    'ERRINFO_INVALID_VC_COMPRESSION_TYPE',
    'The flags field of a Channel PDU Header names an invalid bulk compression package.',
  ],
  [0x10ef, 'ERRINFO_INVALID_CHANNEL_ID', 'A Virtual Channel PDU names an invalid MCS channel id.'],
  [
    0x10f0,
    'ERRINFO_VCHANNELS_TOO_MANY',
    'The client requested more than the maximum of 31 static virtual channels in its Client Network Data.',
  ],
  [
    0x10f3,
    'ERRINFO_REMOTEAPP_NOT_ENABLED',
    'The session on the server can only host remote applications (RemoteApp), and the client did not set the INFO_RAIL flag in its Info Packet (it asked for a full desktop).',
  ],
  [
    0x10f4,
    'ERRINFO_CACHE_CAP_NOT_SET',
    'The client sent a Persistent Key List PDU without the Revision 2 Bitmap Cache Capability Set it requires in its Confirm Active PDU.',
  ],
  [
    0x10f5,
    'ERRINFO_BITMAP_CACHE_ERROR_PDU_BAD_LENGTH2',
    'The NumInfoBlocks field of a Bitmap Cache Error PDU does not agree with the amount of data in its Info field.',
  ],
  [
    0x10f6,
    'ERRINFO_OFFSCREEN_CACHE_ERROR_PDU_BAD_LENGTH',
    'There is not enough data to process an Offscreen Bitmap Cache Error PDU.',
  ],
  [
    0x10f7,
    'ERRINFO_DRAWNINEGRID_CACHE_ERROR_PDU_BAD_LENGTH',
    'There is not enough data to process a DrawNineGrid Cache Error PDU.',
  ],
  [0x10f8, 'ERRINFO_GDIPLUS_PDU_BAD_LENGTH', 'There is not enough data to process a GDI+ Error PDU.'],
  ...SECURITY_DATA.map(([code, what], i) => [code, `ERRINFO_SECURITY_DATA_TOO_SHORT${i + 2}`, what] as const),
  [0x1129, 'ERRINFO_BAD_MONITOR_DATA', 'The monitorCount field of the Client Monitor Data is invalid.'],
  [
    0x112a,
    'ERRINFO_VC_DECOMPRESSED_REASSEMBLE_FAILED',
    'The server-side decompression buffer is invalid, or the decompressed virtual channel data is larger than the chunk size of the Virtual Channel Capability Set.',
  ],
  [
    0x112b,
    'ERRINFO_VC_DATA_TOO_LONG',
    'A received Virtual Channel PDU is larger than the chunk size given in the Virtual Channel Capability Set.',
  ],
  [0x112c, 'ERRINFO_BAD_FRAME_ACK_DATA', 'There is not enough data to read a TS_FRAME_ACKNOWLEDGE_PDU.'],
  [
    0x112d,
    'ERRINFO_GRAPHICS_MODE_NOT_SUPPORTED',
    'The graphics mode the client requested is not supported by the server.',
  ],
  [0x112e, 'ERRINFO_GRAPHICS_SUBSYSTEM_RESET_FAILED', 'The server-side graphics subsystem failed to reset.'],
  [
    0x112f,
    'ERRINFO_GRAPHICS_SUBSYSTEM_FAILED',
    "The server's graphics subsystem is in an error state and cannot go on encoding the screen.",
  ],
  [
    0x1130,
    'ERRINFO_TIMEZONE_KEY_NAME_LENGTH_TOO_SHORT',
    'There is not enough data to read the cbDynamicDSTTimeZoneKeyName field of the Extended Info Packet.',
  ],
  [
    0x1131,
    'ERRINFO_TIMEZONE_KEY_NAME_LENGTH_TOO_LONG',
    'The cbDynamicDSTTimeZoneKeyName field of the Extended Info Packet holds a value larger than the 254-byte maximum.',
  ],
  [
    0x1132,
    'ERRINFO_DYNAMIC_DST_DISABLED_FIELD_MISSING',
    'The dynamicDaylightTimeDisabled field is missing from the Extended Info Packet.',
  ],
  [0x1133, 'ERRINFO_VC_DECODING_ERROR', 'An error occurred while decoding a dynamic virtual channel message.'],
  [
    0x1134,
    'ERRINFO_VIRTUALDESKTOPTOOLARGE',
    'The width or height of the virtual desktop the client monitor layout describes is larger than the server allows.',
  ],
  [0x1135, 'ERRINFO_MONITORGEOMETRYVALIDATIONFAILED', 'The monitor geometry the client sent failed validation.'],
  [
    0x1136,
    'ERRINFO_INVALIDMONITORCOUNT',
    'The client sent more monitors than the server supports (monitorCount too large).',
  ],
];

const PROTOCOL_NOTES: Readonly<Record<number, string>> = {
  4330: 'Reported with old or third-party clients; update the client.',
  4339: 'The server (or its RD Session Host collection) offers only RemoteApp programs: open the published program (its .rdp file from RD Web Access or the workspace feed) instead of a full desktop, or publish a desktop on that collection.',
  4397: 'Reported when the client asks for a graphics mode the server cannot give (for example AVC/H.264 the host cannot encode).',
  4398: 'Reported with display-driver or GPU problems on the server.',
  4399: 'The dialog "Because of a protocol error (code: 0x112f), the remote session will be disconnected" shows this code alone. Widely reported fixes: update the server\'s display or GPU driver, use fewer or smaller monitors, or turn off the hardware graphics adapter for RDP (policy "Use hardware graphics adapters for all Remote Desktop Services sessions") or the WDDM driver; the server\'s System and Application logs (display driver, dwm.exe, RdpCoreTS) show what failed.',
  4403: 'A dynamic channel (clipboard, drives, graphics) sent what the server could not decode; try the connection without redirections.',
  4404: 'Use fewer or smaller monitors, or turn off "use all my monitors".',
  4405: 'Use fewer or smaller monitors, or turn off "use all my monitors".',
  4406: 'Use fewer monitors (the server allows 16 at most, fewer by policy "Limit number of monitors").',
};

const BROKER: readonly (readonly [number, string, string])[] = [
  [0x400, 'ERRINFO_CB_DESTINATION_NOT_FOUND', 'Connection broker: the target endpoint could not be found.'],
  [0x402, 'ERRINFO_CB_LOADING_DESTINATION', 'Connection broker: the target endpoint is disconnecting from the broker.'],
  [
    0x404,
    'ERRINFO_CB_REDIRECTING_TO_DESTINATION',
    'Connection broker: an error occurred while redirecting to the target endpoint.',
  ],
  [0x405, 'ERRINFO_CB_SESSION_ONLINE_VM_WAKE', 'Connection broker: waking the target virtual machine failed.'],
  [0x406, 'ERRINFO_CB_SESSION_ONLINE_VM_BOOT', 'Connection broker: starting the target virtual machine failed.'],
  [
    0x407,
    'ERRINFO_CB_SESSION_ONLINE_VM_NO_DNS',
    'Connection broker: the IP address of the target virtual machine could not be found.',
  ],
  [0x408, 'ERRINFO_CB_DESTINATION_POOL_NOT_FREE', 'Connection broker: no free endpoint in the pool.'],
  [0x409, 'ERRINFO_CB_CONNECTION_CANCELLED', 'Connection broker: the connection was cancelled.'],
  [
    0x410,
    'ERRINFO_CB_CONNECTION_ERROR_INVALID_SETTINGS',
    'Connection broker: the settings in the .rdp file could not be validated.',
  ],
  [
    0x411,
    'ERRINFO_CB_SESSION_ONLINE_VM_BOOT_TIMEOUT',
    'Connection broker: starting the target virtual machine timed out.',
  ],
  [
    0x412,
    'ERRINFO_CB_SESSION_ONLINE_VM_SESSMON_FAILED',
    'Connection broker: session monitoring of the target virtual machine failed.',
  ],
];

const fromList = (
  list: readonly (readonly [number, string, string])[],
  phases: CodeEntry['phases'],
  kind: RowKind,
  notes: Readonly<Record<number, string>> = {},
) =>
  list.map(([code, name, meaning]): CodeEntry => {
    const note = notes[code];
    return { code, name, meaning, confidence: 'MS', source: SRC_BCGR, phases, kind, ...(note ? { note } : {}) };
  });

export const EXTENDED_REASONS: readonly CodeEntry[] = [
  {
    code: 0,
    name: 'exDiscReasonNoInfo',
    kind: 'unspecific',
    meaning: 'No extended information: the server sent no error-info before the connection ended.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
  },
  {
    code: 1,
    name: 'exDiscReasonAPIInitiatedDisconnect',
    kind: 'informational',
    meaning: 'An administrative tool or API in another session disconnected the session.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
  },
  {
    code: 2,
    name: 'exDiscReasonAPIInitiatedLogoff',
    kind: 'informational',
    meaning: 'An administrative tool or API in another session forced a logoff.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
  },
  {
    code: 3,
    name: 'exDiscReasonServerIdleTimeout',
    meaning: 'The idle session limit on the server was reached.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['session'],
  },
  {
    code: 4,
    name: 'exDiscReasonServerLogonTimeout',
    meaning: 'The client exceeded the allowed connection period (active session time limit).',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['session'],
  },
  {
    code: 5,
    name: 'exDiscReasonReplacedByOtherConnection',
    meaning:
      'Another connection took over the session (the same user connected from elsewhere, or another user took the single session).',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['session'],
  },
  {
    code: 6,
    name: 'exDiscReasonOutOfMemory',
    kind: 'uncatalogued',
    meaning: 'The server is out of memory.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
  },
  {
    code: 7,
    name: 'exDiscReasonServerDeniedConnection',
    meaning: 'The server actively denied the connection.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['licensing', 'logon', 'session'],
    note: "Microsoft documents no root-cause list for a server denial; look on the server, in the attempt's time window, for what made it refuse.",
  },
  {
    code: 8,
    name: 'exDiscReasonServerDeniedConnectionFips',
    meaning: 'The server denied the connection for security reasons (the name points to FIPS encryption).',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['licensing', 'logon'],
  },
  {
    code: 9,
    name: 'exDiscReasonServerInsufficientPrivileges',
    meaning:
      'The server denied the connection for insufficient privileges (for example the user lacks the right to sign in through Remote Desktop Services).',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['logon'],
  },
  {
    code: 10,
    name: 'exDiscReasonServerFreshCredsRequired',
    meaning: 'The server requires fresh credentials (saved credentials were refused).',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['logon'],
  },
  {
    code: 11,
    name: 'exDiscReasonRpcInitiatedDisconnectByUser',
    kind: 'informational',
    meaning: 'The user or an administrator disconnected from within the session.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
  },
  {
    code: 12,
    name: 'exDiscReasonLogoffByUser',
    kind: 'informational',
    meaning: 'The user logged off.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    note: 'The Learn typedef prints "= 2" for this constant; that is a doc typo, the value is 12 (MS-RDPBCGR ERRINFO_LOGOFF_BY_USER 0x0C).',
  },
  {
    code: 0x0f,
    name: 'ERRINFO_CLOSE_STACK_ON_DRIVER_NOT_READY',
    kind: 'uncatalogued',
    meaning: 'The display driver in the remote session did not report readiness in time.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
  },
  {
    code: 0x10,
    name: 'ERRINFO_SERVER_DWM_CRASH',
    kind: 'uncatalogued',
    meaning: 'The Desktop Window Manager in the remote session crashed.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
  },
  {
    code: 0x11,
    name: 'ERRINFO_CLOSE_STACK_ON_DRIVER_FAILURE',
    kind: 'uncatalogued',
    meaning: 'The display driver in the remote session could not complete its startup tasks.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
  },
  {
    code: 0x12,
    name: 'ERRINFO_CLOSE_STACK_ON_DRIVER_IFACE_FAILURE',
    kind: 'uncatalogued',
    meaning: 'The display driver in the remote session started but could not be used by the remoting stack.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
  },
  {
    code: 0x17,
    name: 'ERRINFO_SERVER_WINLOGON_CRASH',
    kind: 'uncatalogued',
    meaning: 'Winlogon in the remote session crashed.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
  },
  {
    code: 0x18,
    name: 'ERRINFO_SERVER_CSRSS_CRASH',
    kind: 'uncatalogued',
    meaning: 'CSRSS in the remote session crashed.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
  },
  {
    code: 0x19,
    name: 'ERRINFO_SERVER_SHUTDOWN',
    kind: 'informational',
    meaning: 'The server is shutting down: the session ended because Windows on the server was shut down.',
    confidence: 'MS',
    source: 'MS-RDPBCGR 2.2.5.1.1 Set Error Info PDU (errorInfo ERRINFO_SERVER_SHUTDOWN)',
    note: "The server's System log names who or what shut it down (User32 1074, then 6006).",
  },
  {
    code: 0x1a,
    name: 'ERRINFO_SERVER_REBOOT',
    kind: 'informational',
    meaning: 'The server is rebooting: the session ended because Windows on the server restarted.',
    confidence: 'MS',
    source: 'MS-RDPBCGR 2.2.5.1.1 Set Error Info PDU (errorInfo ERRINFO_SERVER_REBOOT)',
    note: "The server's System log names who or what restarted it (User32 1074, Windows Update, 6006/6005).",
  },
  {
    code: 256,
    name: 'exDiscReasonLicenseInternal',
    meaning: 'Internal licensing error on the server.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['licensing'],
  },
  {
    code: 257,
    name: 'exDiscReasonLicenseNoLicenseServer',
    meaning: 'No Remote Desktop licence server was available to provide a licence.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['licensing'],
  },
  {
    code: 258,
    name: 'exDiscReasonLicenseNoLicense',
    meaning: 'No valid licence was available (CALs exhausted or the wrong Per User / Per Device type).',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['licensing'],
  },
  {
    code: 259,
    name: 'exDiscReasonLicenseErrClientMsg',
    meaning: 'The server received an invalid licensing message from the client.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['licensing'],
  },
  {
    code: 260,
    name: 'exDiscReasonLicenseHwidDoesntMatchLicense',
    meaning: 'The hardware id does not match the one in the client licence.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['licensing'],
  },
  {
    code: 261,
    name: 'exDiscReasonLicenseErrClientLicense',
    meaning: 'Client licence error: the cached licence (MSLicensing) is corrupt or invalid.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['licensing'],
  },
  {
    code: 262,
    name: 'exDiscReasonLicenseCantFinishProtocol',
    meaning: 'A network problem interrupted the licensing protocol.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['licensing'],
  },
  {
    code: 263,
    name: 'exDiscReasonLicenseClientEndedProtocol',
    kind: 'unspecific',
    meaning: 'The client ended the licensing protocol early.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['licensing'],
  },
  {
    code: 264,
    name: 'exDiscReasonLicenseErrClientEncryption',
    meaning: 'A licensing message was not encrypted correctly.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['licensing'],
  },
  {
    code: 265,
    name: 'exDiscReasonLicenseCantUpgradeLicense',
    meaning: "The client's licence could not be upgraded or renewed.",
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['licensing'],
  },
  {
    code: 266,
    name: 'exDiscReasonLicenseNoRemoteConnections',
    meaning: 'The server is not licensed to accept remote connections.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['licensing'],
  },
  {
    code: 267,
    name: 'exDiscReasonLicenseCreatingLicStoreAccDenied',
    meaning: 'Access was denied while the client created its licence-store registry key.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['licensing'],
  },
  {
    code: 768,
    name: 'exDiscReasonRdpEncInvalidCredentials',
    meaning: 'Invalid credentials.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    phases: ['logon'],
  },
  // The connection broker's own failures (its target, its VMs): no cause id of the catalogue covers them.
  ...fromList(BROKER, ['connection'], 'uncatalogued'),
  {
    code: 0x1104,
    name: 'ClientProtocolError',
    kind: 'unspecific',
    meaning:
      'A protocol error detected at the client: the client could not understand what the server sent and ended the session.',
    confidence: 'WR',
    source: SRC_ACTIVEX_HOSTS,
    note: 'Reported with old clients, third-party RDP hosts and graphics problems; try mstsc with the newest client and without the graphics options (bitmap caching, AVC).',
  },
  // Capabilities, input, graphics and channels are exchanged once the session is being set up.
  // A PDU the server could not process names no cause (memory, a display driver, a program on the port: the logs say).
  ...fromList(PROTOCOL, ['session'], 'unspecific', PROTOCOL_NOTES),
  {
    code: 0x1191,
    name: 'ERRINFO_UPDATE_SESSION_KEY_FAILED',
    meaning: 'Updating the session keys under Standard RDP Security failed.',
    confidence: 'MS',
    source: SRC_BCGR,
  },
  {
    code: 0x1192,
    name: 'ERRINFO_DECRYPT_FAILED',
    meaning: 'Decryption (or session key creation) under Standard RDP Security failed.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
  },
  {
    code: 0x1193,
    name: 'ERRINFO_ENCRYPT_FAILED',
    meaning: 'Encryption under Standard RDP Security failed.',
    confidence: 'MS',
    source: SRC_BCGR,
  },
  {
    code: 0x1194,
    name: 'ERRINFO_ENCRYPTION_PACKAGE_MISMATCH',
    meaning: 'No usable encryption method in common between the client and the server settings.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
  },
  {
    code: 0x1195,
    name: 'ERRINFO_DECRYPT_FAILED2',
    meaning: 'Unencrypted data arrived in a stream that should be encrypted with Standard RDP Security.',
    confidence: 'MS',
    source: SRC_BCGR,
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
    source: SRC_BCGR,
  },
  {
    from: 0x10c9,
    to: 0x1195,
    name: 'ERRINFO_* (RDP protocol error)',
    meaning:
      'An RDP protocol error the server detected in what the client sent (an unexpected or malformed PDU, capability or security data). This value has no name of its own in MS-RDPBCGR.',
    confidence: 'MS',
    source: SRC_BCGR,
    note: "Microsoft's advice for the protocol range is to check the server's event log. 0x1196 (ERRINFO_PEER_DISCONNECTED) exists only in FreeRDP.",
  },
  {
    from: 0x1000,
    to: 0x7fff,
    name: 'exDiscReasonProtocolRangeStart…End',
    meaning: 'A protocol-level error reported by the server.',
    confidence: 'MS',
    source: SRC_EXTENDED_ENUM,
    note: "Microsoft's advice for the protocol range is to check the server's event log.",
  },
];

export const lookupExtendedReason = makeRangeLookup(EXTENDED_REASONS, EXTENDED_REASON_RANGES);
