/**
 * Third-party Remote Desktop clients: what FreeRDP (xfreerdp, wfreerdp, sdl-freerdp, and the clients built on it:
 * Remmina, Apache Guacamole's guacd) and Guacamole print, read as what they say. FreeRDP's codes are its own
 * (include/freerdp/error.h): a class in the high word, the value in the low word. Class 1 (`ERRINFO_*`, printed
 * `[0x0001000C]`) is the server's Set Error Info code, the dialog's "Extended error code": read in the extended
 * table, never here. Class 2 (`ERRCONNECT_*`, printed `[0x00020014]`) is FreeRDP's own connection error: each stands
 * for the code of our tables that FreeRDP sets it from (its nla.c maps the server's NTSTATUS to it) or for the cause
 * its text states, and says no more than its text where it has neither.
 *
 * Other products' remote-access clients (Citrix, AnyDesk, VNC viewers, Splashtop) print numbers of their own that can
 * look like Remote Desktop's: where a paste names such a product and shows its code form, the number is that product's,
 * set aside, never read in our tables.
 */
import type { CauseId } from '../../../../patterns/index.js';
import type { KnownSentence } from '../sentences/known-sentence.js';
import type { RowKind } from '../../../../patterns/codes/types.js';
import { authAccountState } from '../../../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { handshakeAborted } from '../../../../patterns/handshake-aborted.js';
import { licensingCalUnavailable } from '../../../../patterns/licensing-cal-unavailable.js';
import { licensingClientCache } from '../../../../patterns/licensing-client-cache.js';
import { licensingServerUnavailable } from '../../../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../../../patterns/network-dropped.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import { serverDenied } from '../../../../patterns/server-denied.js';
import { sessionLimit } from '../../../../patterns/session-limit.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import { NOT_A_WINDOWS_LISTENER } from '../sentences/ranked-dialogs.js';
import { tlsProtocolMismatch } from '../../../../patterns/tls-protocol-mismatch.js';

const FREERDP = 'https://github.com/FreeRDP/FreeRDP/blob/master';
const SRC_ERROR_H = `FreeRDP include/freerdp/error.h (${FREERDP}/include/freerdp/error.h)`;
const SRC_ERRCONNECT = `FreeRDP libfreerdp/core/errconnect.c, the code's own text (${FREERDP}/libfreerdp/core/errconnect.c)`;
const SRC_NLA = `FreeRDP libfreerdp/core/nla.c, which sets it from the server's NTSTATUS (${FREERDP}/libfreerdp/core/nla.c)`;
const SRC_NEGO = `FreeRDP libfreerdp/core/nego.c, nego_failure_to_error (${FREERDP}/libfreerdp/core/nego.c)`;
const GUACD = 'https://github.com/apache/guacamole-server/blob/main/src/protocols/rdp/error.c';
const SRC_GUACD = `Apache Guacamole guacd, src/protocols/rdp/error.c: the message it logs ("RDP server closed/refused connection: …") and sends for each FreeRDP error (${GUACD})`;
const SRC_GUAC_WEB =
  'Apache Guacamole web application, guacamole/src/main/frontend/src/translations/en.json (https://github.com/apache/guacamole-client)';
const SRC_REMMINA =
  'Remmina plugins/rdp/rdp_plugin.c, the message it shows for each FreeRDP error (https://gitlab.com/Remmina/Remmina, mirrored at https://github.com/FreeRDP/Remmina)';
const REMMINA_ENGLISH =
  "Remmina's own translations (its po/*.po catalogs) in the languages the reader knows: client-catalogs.ts; FreeRDP's lines in its debug output are English.";
const FREERDP_ONLY =
  "FreeRDP's log lines and names are English in every language of the system: the name or the bracketed number is read as printed.";

/** A page of Guacamole's web application (en.json's CLIENT error text), read by its first sentence's words. */
const guacamolePage = (
  id: string,
  key: string,
  text: string,
  states: readonly CauseId[],
  meaning: string,
): KnownSentence => ({
  id,
  what: `Apache Guacamole's page "${text}"`,
  states,
  words: { en: [new RegExp(text.toLowerCase())] },
  meaning,
  confidence: 'WR',
  source: `${SRC_GUAC_WEB}: ${key}`,
});

/** The server's Set Error Info codes by FreeRDP's names (error.h): read in the extended table by `lookupCodeName`. */
const ERRINFO_ROWS: readonly (readonly [number, string])[] = [
  [0x1, 'ERRINFO_RPC_INITIATED_DISCONNECT'],
  [0x2, 'ERRINFO_RPC_INITIATED_LOGOFF'],
  [0x3, 'ERRINFO_IDLE_TIMEOUT'],
  [0x4, 'ERRINFO_LOGON_TIMEOUT'],
  [0x5, 'ERRINFO_DISCONNECTED_BY_OTHER_CONNECTION'],
  [0x6, 'ERRINFO_OUT_OF_MEMORY'],
  [0x7, 'ERRINFO_SERVER_DENIED_CONNECTION'],
  [0x9, 'ERRINFO_SERVER_INSUFFICIENT_PRIVILEGES'],
  [0xa, 'ERRINFO_SERVER_FRESH_CREDENTIALS_REQUIRED'],
  [0xb, 'ERRINFO_RPC_INITIATED_DISCONNECT_BY_USER'],
  [0xc, 'ERRINFO_LOGOFF_BY_USER'],
  [0xf, 'ERRINFO_CLOSE_STACK_ON_DRIVER_NOT_READY'],
  [0x10, 'ERRINFO_SERVER_DWM_CRASH'],
  [0x11, 'ERRINFO_CLOSE_STACK_ON_DRIVER_FAILURE'],
  [0x12, 'ERRINFO_CLOSE_STACK_ON_DRIVER_IFACE_FAILURE'],
  [0x17, 'ERRINFO_SERVER_WINLOGON_CRASH'],
  [0x18, 'ERRINFO_SERVER_CSRSS_CRASH'],
  [0x100, 'ERRINFO_LICENSE_INTERNAL'],
  [0x101, 'ERRINFO_LICENSE_NO_LICENSE_SERVER'],
  [0x102, 'ERRINFO_LICENSE_NO_LICENSE'],
  [0x103, 'ERRINFO_LICENSE_BAD_CLIENT_MSG'],
  [0x104, 'ERRINFO_LICENSE_HWID_DOESNT_MATCH_LICENSE'],
  [0x105, 'ERRINFO_LICENSE_BAD_CLIENT_LICENSE'],
  [0x106, 'ERRINFO_LICENSE_CANT_FINISH_PROTOCOL'],
  [0x107, 'ERRINFO_LICENSE_CLIENT_ENDED_PROTOCOL'],
  [0x108, 'ERRINFO_LICENSE_BAD_CLIENT_ENCRYPTION'],
  [0x109, 'ERRINFO_LICENSE_CANT_UPGRADE_LICENSE'],
  [0x10a, 'ERRINFO_LICENSE_NO_REMOTE_CONNECTIONS'],
  [0x400, 'ERRINFO_CB_DESTINATION_NOT_FOUND'],
  [0x402, 'ERRINFO_CB_LOADING_DESTINATION'],
  [0x404, 'ERRINFO_CB_REDIRECTING_TO_DESTINATION'],
  [0x405, 'ERRINFO_CB_SESSION_ONLINE_VM_WAKE'],
  [0x406, 'ERRINFO_CB_SESSION_ONLINE_VM_BOOT'],
  [0x407, 'ERRINFO_CB_SESSION_ONLINE_VM_NO_DNS'],
  [0x408, 'ERRINFO_CB_DESTINATION_POOL_NOT_FREE'],
  [0x409, 'ERRINFO_CB_CONNECTION_CANCELLED'],
  [0x410, 'ERRINFO_CB_CONNECTION_ERROR_INVALID_SETTINGS'],
  [0x411, 'ERRINFO_CB_SESSION_ONLINE_VM_BOOT_TIMEOUT'],
  [0x412, 'ERRINFO_CB_SESSION_ONLINE_VM_SESSMON_FAILED'],
  [0x10c9, 'ERRINFO_UNKNOWN_DATA_PDU_TYPE'],
  [0x10ca, 'ERRINFO_UNKNOWN_PDU_TYPE'],
  [0x10cb, 'ERRINFO_DATA_PDU_SEQUENCE'],
  [0x10cd, 'ERRINFO_CONTROL_PDU_SEQUENCE'],
  [0x10ce, 'ERRINFO_INVALID_CONTROL_PDU_ACTION'],
  [0x10cf, 'ERRINFO_INVALID_INPUT_PDU_TYPE'],
  [0x10d0, 'ERRINFO_INVALID_INPUT_PDU_MOUSE'],
  [0x10d1, 'ERRINFO_INVALID_REFRESH_RECT_PDU'],
  [0x10d2, 'ERRINFO_CREATE_USER_DATA_FAILED'],
  [0x10d3, 'ERRINFO_CONNECT_FAILED'],
  [0x10d4, 'ERRINFO_CONFIRM_ACTIVE_HAS_WRONG_SHAREID'],
  [0x10d5, 'ERRINFO_CONFIRM_ACTIVE_HAS_WRONG_ORIGINATOR'],
  [0x10da, 'ERRINFO_PERSISTENT_KEY_PDU_BAD_LENGTH'],
  [0x10db, 'ERRINFO_PERSISTENT_KEY_PDU_ILLEGAL_FIRST'],
  [0x10dc, 'ERRINFO_PERSISTENT_KEY_PDU_TOO_MANY_TOTAL_KEYS'],
  [0x10dd, 'ERRINFO_PERSISTENT_KEY_PDU_TOO_MANY_CACHE_KEYS'],
  [0x10de, 'ERRINFO_INPUT_PDU_BAD_LENGTH'],
  [0x10df, 'ERRINFO_BITMAP_CACHE_ERROR_PDU_BAD_LENGTH'],
  [0x10e0, 'ERRINFO_SECURITY_DATA_TOO_SHORT'],
  [0x10e1, 'ERRINFO_VCHANNEL_DATA_TOO_SHORT'],
  [0x10e2, 'ERRINFO_SHARE_DATA_TOO_SHORT'],
  [0x10e3, 'ERRINFO_BAD_SUPPRESS_OUTPUT_PDU'],
  [0x10e5, 'ERRINFO_CONFIRM_ACTIVE_PDU_TOO_SHORT'],
  [0x10e7, 'ERRINFO_CAPABILITY_SET_TOO_SMALL'],
  [0x10e8, 'ERRINFO_CAPABILITY_SET_TOO_LARGE'],
  [0x10e9, 'ERRINFO_NO_CURSOR_CACHE'],
  [0x10ea, 'ERRINFO_BAD_CAPABILITIES'],
  [0x10ec, 'ERRINFO_VIRTUAL_CHANNEL_DECOMPRESSION'],
  [0x10ed, 'ERRINFO_INVALID_VC_COMPRESSION_TYPE'],
  [0x10ef, 'ERRINFO_INVALID_CHANNEL_ID'],
  [0x10f0, 'ERRINFO_VCHANNELS_TOO_MANY'],
  [0x10f3, 'ERRINFO_REMOTEAPP_NOT_ENABLED'],
  [0x10f4, 'ERRINFO_CACHE_CAP_NOT_SET'],
  [0x10f5, 'ERRINFO_BITMAP_CACHE_ERROR_PDU_BAD_LENGTH2'],
  [0x10f6, 'ERRINFO_OFFSCREEN_CACHE_ERROR_PDU_BAD_LENGTH'],
  [0x10f7, 'ERRINFO_DRAWNINEGRID_CACHE_ERROR_PDU_BAD_LENGTH'],
  [0x10f8, 'ERRINFO_GDIPLUS_PDU_BAD_LENGTH'],
  [0x1111, 'ERRINFO_SECURITY_DATA_TOO_SHORT2'],
  [0x1112, 'ERRINFO_SECURITY_DATA_TOO_SHORT3'],
  [0x1113, 'ERRINFO_SECURITY_DATA_TOO_SHORT4'],
  [0x1114, 'ERRINFO_SECURITY_DATA_TOO_SHORT5'],
  [0x1115, 'ERRINFO_SECURITY_DATA_TOO_SHORT6'],
  [0x1116, 'ERRINFO_SECURITY_DATA_TOO_SHORT7'],
  [0x1117, 'ERRINFO_SECURITY_DATA_TOO_SHORT8'],
  [0x1118, 'ERRINFO_SECURITY_DATA_TOO_SHORT9'],
  [0x1119, 'ERRINFO_SECURITY_DATA_TOO_SHORT10'],
  [0x111a, 'ERRINFO_SECURITY_DATA_TOO_SHORT11'],
  [0x111b, 'ERRINFO_SECURITY_DATA_TOO_SHORT12'],
  [0x111c, 'ERRINFO_SECURITY_DATA_TOO_SHORT13'],
  [0x111d, 'ERRINFO_SECURITY_DATA_TOO_SHORT14'],
  [0x111e, 'ERRINFO_SECURITY_DATA_TOO_SHORT15'],
  [0x111f, 'ERRINFO_SECURITY_DATA_TOO_SHORT16'],
  [0x1120, 'ERRINFO_SECURITY_DATA_TOO_SHORT17'],
  [0x1121, 'ERRINFO_SECURITY_DATA_TOO_SHORT18'],
  [0x1122, 'ERRINFO_SECURITY_DATA_TOO_SHORT19'],
  [0x1123, 'ERRINFO_SECURITY_DATA_TOO_SHORT20'],
  [0x1124, 'ERRINFO_SECURITY_DATA_TOO_SHORT21'],
  [0x1125, 'ERRINFO_SECURITY_DATA_TOO_SHORT22'],
  [0x1126, 'ERRINFO_SECURITY_DATA_TOO_SHORT23'],
  [0x1129, 'ERRINFO_BAD_MONITOR_DATA'],
  [0x112a, 'ERRINFO_VC_DECOMPRESSED_REASSEMBLE_FAILED'],
  [0x112b, 'ERRINFO_VC_DATA_TOO_LONG'],
  [0x112c, 'ERRINFO_BAD_FRAME_ACK_DATA'],
  [0x112d, 'ERRINFO_GRAPHICS_MODE_NOT_SUPPORTED'],
  [0x112e, 'ERRINFO_GRAPHICS_SUBSYSTEM_RESET_FAILED'],
  [0x112f, 'ERRINFO_GRAPHICS_SUBSYSTEM_FAILED'],
  [0x1130, 'ERRINFO_TIMEZONE_KEY_NAME_LENGTH_TOO_SHORT'],
  [0x1131, 'ERRINFO_TIMEZONE_KEY_NAME_LENGTH_TOO_LONG'],
  [0x1132, 'ERRINFO_DYNAMIC_DST_DISABLED_FIELD_MISSING'],
  [0x1133, 'ERRINFO_VC_DECODING_ERROR'],
  [0x1134, 'ERRINFO_VIRTUALDESKTOPTOOLARGE'],
  [0x1135, 'ERRINFO_MONITORGEOMETRYVALIDATIONFAILED'],
  [0x1136, 'ERRINFO_INVALIDMONITORCOUNT'],
  [0x1191, 'ERRINFO_UPDATE_SESSION_KEY_FAILED'],
  [0x1192, 'ERRINFO_DECRYPT_FAILED'],
  [0x1193, 'ERRINFO_ENCRYPT_FAILED'],
  [0x1194, 'ERRINFO_ENCRYPTION_PACKAGE_MISMATCH'],
  [0x1195, 'ERRINFO_DECRYPT_FAILED2'],
  [0x1196, 'ERRINFO_PEER_DISCONNECTED'],
  [0x0, 'ERRINFO_SUCCESS'],
];

export const FREERDP_ERRINFO_NAMES: readonly {
  readonly code: number;
  readonly name: string;
  readonly source: string;
}[] = ERRINFO_ROWS.map(([code, name]) => ({
  code,
  name,
  source: `${SRC_ERROR_H}: the MS-RDPBCGR 2.2.5.1.1 errorInfo values by their specification names`,
}));

/** FreeRDP's ERRCONNECT class: its class number (error.h `FREERDP_ERROR_CONNECT_CLASS`) in the high word. */
export const FREERDP_CONNECT_CLASS = 0x20000;
/** FreeRDP's ERRINFO class (`FREERDP_ERROR_ERRINFO_CLASS`): the server's Set Error Info code in the low word. */
export const FREERDP_ERRINFO_CLASS = 0x10000;

/** One FreeRDP connection error (error.h `ERRCONNECT_*`, value in the low word of class 2). */
export interface FreeRdpConnectError {
  /** The name without `ERRCONNECT_` (FreeRDP also prints it `FREERDP_ERROR_…`, with or without `CONNECT_`). */
  readonly suffix: string;
  readonly value: number;
  /** FreeRDP's own text for it (errconnect.c). */
  readonly text: string;
  /** The code of our tables it stands for, by its name, where FreeRDP sets it from that code. */
  readonly codeName?: string;
  /** The causes its own text states. */
  readonly states?: readonly CauseId[];
  /** Set when neither `states` nor its code points to a cause: what it is instead (`RowKind`). */
  readonly kind?: RowKind;
  readonly meaning: string;
  readonly source: string;
  readonly note?: string;
}

const FROM_NTSTATUS = (status: string) =>
  `FreeRDP sets it when the server's CredSSP answer carries ${status}: read as that status.`;

export const FREERDP_CONNECT_ERRORS: readonly FreeRdpConnectError[] = [
  {
    suffix: 'PRE_CONNECT_FAILED',
    kind: 'uncatalogued',
    value: 0x1,
    text: 'A configuration error prevented a connection to be established.',
    meaning:
      "FreeRDP stopped before connecting, on its own configuration (its command line, a channel or a setting it could not load): the server was not reached, no Remote Desktop cause applies. FreeRDP's log lines before it name what failed.",
    source: SRC_ERRCONNECT,
  },
  {
    suffix: 'CONNECT_UNDEFINED',
    kind: 'unspecific',
    value: 0x2,
    text: 'A undefined connection error occurred.',
    meaning: "FreeRDP's connection failed with no more precise error: its log lines before it say where.",
    source: SRC_ERRCONNECT,
  },
  {
    suffix: 'POST_CONNECT_FAILED',
    kind: 'uncatalogued',
    value: 0x3,
    text: 'The connection attempt was aborted due to post connect configuration errors.',
    meaning:
      "The connection was made and FreeRDP's own set-up after it failed (its display, graphics or channels on the client): a client-side failure, not the server's refusal. The log lines before it name the part that failed.",
    source: SRC_ERRCONNECT,
  },
  {
    suffix: 'DNS_ERROR',
    value: 0x4,
    text: 'The DNS entry could not be resolved.',
    codeName: 'disconnectReasonDNSLookupFailed',
    meaning: 'The server name did not resolve (the Windows client says the same with 0x104).',
    source: SRC_ERRCONNECT,
  },
  {
    suffix: 'DNS_NAME_NOT_FOUND',
    value: 0x5,
    text: 'The DNS host name was not found.',
    codeName: 'disconnectReasonDNSLookupFailed',
    meaning: 'The server name was not found in DNS (the Windows client says the same with 0x104).',
    source: SRC_ERRCONNECT,
  },
  {
    suffix: 'CONNECT_FAILED',
    kind: 'unspecific',
    value: 0x6,
    text: 'The connection failed.',
    meaning:
      "FreeRDP could not make its connection (to the server, or to the RD Gateway's websocket): its text names no cause. The log line's function says which: freerdp_tcp_connect is the TCP connection to the server.",
    source: SRC_ERRCONNECT,
  },
  {
    suffix: 'MCS_CONNECT_INITIAL_ERROR',
    kind: 'unspecific',
    value: 0x7,
    text: 'The connection failed at initial MCS connect',
    meaning:
      "The server did not accept the MCS Connect Initial (the basic settings exchange after the security layer): the connection was up; the server's RdpCoreTS and System logs at that time say why.",
    source: SRC_ERRCONNECT,
  },
  {
    suffix: 'TLS_CONNECT_FAILED',
    value: 0x8,
    text: 'The connection failed at TLS connect.',
    states: [tlsProtocolMismatch.id, securityLayerMismatch.id],
    meaning:
      'The TLS handshake with the server (or with the RD Gateway, in rdg_tls_connect) failed: client and server found no TLS version or cipher suite both accept, or the security layer could not be TLS. Its text does not say the certificate: FreeRDP\'s certificate prompts and "Certificate verification failure" lines are separate.',
    source: `${SRC_ERRCONNECT}; ${SRC_NEGO} (also set when the server answers it has no certificate, SSL_CERT_NOT_ON_SERVER)`,
    note: "Look at the log lines before it (an OpenSSL error, a TLS version). FreeRDP's maintainers answer such reports with its /tls:seclevel:0 or /tls:enforce options against old servers, or /sec:rdp where the server offers only the RDP security layer; on the server, Schannel 36874/36888 and TermService 1057/1058 (no usable certificate) say which side refused.",
  },
  {
    suffix: 'AUTHENTICATION_FAILED',
    value: 0x9,
    text: 'An authentication failure aborted the connection.',
    // Before FreeRDP 2.0 named the logon statuses (ERRCONNECT_LOGON_FAILURE, 0x14), a refused NLA password set this
    // code too, and Remmina still reads it as the credentials refused (it forgets the saved password on it).
    states: [credsspNla.id, authBadCredentials.id],
    meaning:
      'Network Level Authentication failed with a status FreeRDP does not name (the named ones have their own ERRCONNECT codes): the server\'s Security 4625 (Status, Sub Status) says which; a "SPNEGO failed with NTSTATUS" line before it holds the status. FreeRDP before 2.0 (and the Remmina builds on it) set this code for a wrong password as well, with its line "Authentication failure, check credentials".',
    source: `${SRC_ERRCONNECT}; ${SRC_NLA} (its default for a status it does not map); FreeRDP 1.2's log of a wrong NLA password, "freerdp_set_last_error 0x20009 / Authentication failure, check credentials." (https://github.com/FreeRDP/FreeRDP/issues/2077) and Remmina's log of a mistyped password (https://github.com/FreeRDP/Remmina/issues/798); Remmina's RDP plugin forgets the saved password on FREERDP_ERROR_AUTHENTICATION_FAILED (its maintainer in https://github.com/FreeRDP/Remmina/issues/1322)`,
  },
  {
    suffix: 'INSUFFICIENT_PRIVILEGES',
    value: 0xa,
    text: 'Insufficient privileges to establish a connection.',
    codeName: 'exDiscReasonServerInsufficientPrivileges',
    meaning: "The account may not connect to this server (the same words as the server's extended code 0x9).",
    source: SRC_ERRCONNECT,
  },
  {
    suffix: 'CONNECT_CANCELLED',
    kind: 'informational',
    value: 0xb,
    text: 'The connection was cancelled.',
    meaning:
      'The user (or the program driving FreeRDP) cancelled the connection, at a prompt for credentials or for the certificate: not an error of the server.',
    source: SRC_ERRCONNECT,
  },
  {
    suffix: 'SECURITY_NEGO_CONNECT_FAILED',
    value: 0xc,
    text: 'The connection failed at negotiating security settings.',
    states: [securityLayerMismatch.id],
    meaning:
      'The server refused every security protocol FreeRDP offered (RDP, TLS, NLA): the security layer could not be agreed.',
    source: `${SRC_ERRCONNECT}; ${SRC_NEGO}`,
    note: "FreeRDP's /sec: option chooses what it offers; the server's setting is its Security Layer (RDP-Tcp SecurityLayer, UserAuthentication).",
  },
  {
    suffix: 'CONNECT_TRANSPORT_FAILED',
    // transport.c sets it when a read or write on the connected socket or its TLS layer fails; guacd's error.c reads
    // it as the server refusing the connection, typically for a security type it does not allow.
    states: [networkDropped.id, handshakeAborted.id, securityLayerMismatch.id],
    value: 0xd,
    text: 'The connection transport layer failed.',
    meaning:
      "FreeRDP's connection broke below the Remote Desktop protocol after TCP connected: a read or write on the socket or its TLS layer failed. In the order FreeRDP's source and its reports give: the network dropped the connection, the server closed it during the negotiation, or the server refused the security negotiation (a security type or TLS setting it does not allow). The system error on FreeRDP's line before it says which (Connection reset by peer, Broken pipe: the connection was cut; refused, unreachable or timed out: it never came up). Older FreeRDP versions also set it for a wrong NLA password (FreeRDP issue 2434).",
    source: `${SRC_ERRCONNECT}; FreeRDP libfreerdp/core/transport.c, transport_read_layer and transport_write (${FREERDP}/libfreerdp/core/transport.c); ${SRC_GUACD}; FreeRDP issue 2434 "Wrong error code when NLA auth fails" (https://github.com/FreeRDP/FreeRDP/issues/2434)`,
  },
  {
    suffix: 'PASSWORD_EXPIRED',
    value: 0xe,
    text: 'The password has expired and must be changed.',
    codeName: 'STATUS_PASSWORD_EXPIRED',
    meaning: 'The password has expired and must be changed.',
    source: `${SRC_ERRCONNECT}; ${SRC_NLA}`,
    note: FROM_NTSTATUS('STATUS_PASSWORD_EXPIRED'),
  },
  {
    suffix: 'PASSWORD_CERTAINLY_EXPIRED',
    value: 0xf,
    text: 'The password has certainly expired and must be changed.',
    codeName: 'STATUS_PASSWORD_EXPIRED',
    meaning: 'The password has expired and must be changed.',
    source: SRC_ERRCONNECT,
  },
  {
    suffix: 'CLIENT_REVOKED',
    states: [authAccountState.id],
    value: 0x10,
    text: 'The client has been revoked.',
    codeName: 'KDC_ERR_CLIENT_REVOKED',
    meaning: "The account's credentials were revoked (Kerberos's name for a disabled, locked or expired account).",
    source: SRC_ERRCONNECT,
  },
  {
    suffix: 'KDC_UNREACHABLE',
    value: 0x11,
    text: 'The KDC is unreachable.',
    codeName: 'SEC_E_NO_AUTHENTICATING_AUTHORITY',
    meaning: 'No Kerberos domain controller (KDC) answered for the authentication.',
    source: SRC_ERRCONNECT,
  },
  {
    suffix: 'ACCOUNT_DISABLED',
    value: 0x12,
    text: 'The account is disabled.',
    codeName: 'STATUS_ACCOUNT_DISABLED',
    meaning: 'The account is disabled.',
    source: `${SRC_ERRCONNECT}; ${SRC_NLA}`,
  },
  {
    suffix: 'PASSWORD_MUST_CHANGE',
    value: 0x13,
    text: 'The password must be changed.',
    codeName: 'STATUS_PASSWORD_MUST_CHANGE',
    meaning: 'The password must be changed before the first sign-in.',
    source: `${SRC_ERRCONNECT}; ${SRC_NLA}`,
  },
  {
    suffix: 'LOGON_FAILURE',
    value: 0x14,
    text: 'Logon failed.',
    codeName: 'STATUS_LOGON_FAILURE',
    meaning: 'The sign-in was refused: a wrong user name or password (STATUS_LOGON_FAILURE).',
    source: `${SRC_ERRCONNECT}; ${SRC_NLA}`,
    note: FROM_NTSTATUS('STATUS_LOGON_FAILURE'),
  },
  {
    suffix: 'WRONG_PASSWORD',
    value: 0x15,
    text: 'Wrong password supplied.',
    codeName: 'STATUS_WRONG_PASSWORD',
    meaning: 'The password is wrong.',
    source: `${SRC_ERRCONNECT}; ${SRC_NLA}`,
  },
  {
    suffix: 'ACCESS_DENIED',
    states: [authLogonRight.id],
    value: 0x16,
    text: 'Access denied.',
    codeName: 'STATUS_ACCESS_DENIED',
    meaning:
      'The server (or the RD Gateway) denied access: FreeRDP sets it from STATUS_ACCESS_DENIED, and when the account authenticated but may not sign in through Remote Desktop.',
    source: `${SRC_ERRCONNECT}; ${SRC_NLA} (the status, and the Early User Authorization result "access denied")`,
  },
  {
    suffix: 'ACCOUNT_RESTRICTION',
    value: 0x17,
    text: 'Account restriction.',
    codeName: 'STATUS_ACCOUNT_RESTRICTION',
    meaning: 'An account restriction refused the sign-in (logon hours, workstations, a blank password).',
    source: `${SRC_ERRCONNECT}; ${SRC_NLA}`,
  },
  {
    suffix: 'ACCOUNT_LOCKED_OUT',
    value: 0x18,
    text: 'Account locked out.',
    codeName: 'STATUS_ACCOUNT_LOCKED_OUT',
    meaning: 'The account is locked out.',
    source: `${SRC_ERRCONNECT}; ${SRC_NLA}`,
  },
  {
    suffix: 'ACCOUNT_EXPIRED',
    value: 0x19,
    text: 'Account expired.',
    codeName: 'STATUS_ACCOUNT_EXPIRED',
    meaning: 'The account has expired.',
    source: `${SRC_ERRCONNECT}; ${SRC_NLA}`,
  },
  {
    suffix: 'LOGON_TYPE_NOT_GRANTED',
    value: 0x1a,
    text: 'Logon type not granted.',
    codeName: 'STATUS_LOGON_TYPE_NOT_GRANTED',
    meaning: 'The account may not sign in this way (not allowed to log on through Remote Desktop Services).',
    source: `${SRC_ERRCONNECT}; ${SRC_NLA}`,
  },
  {
    suffix: 'NO_OR_MISSING_CREDENTIALS',
    value: 0x1b,
    text: 'Credentials invalid or missing.',
    states: [authBadCredentials.id],
    meaning: 'FreeRDP had no usable credentials to send (none given, or invalid).',
    source: SRC_ERRCONNECT,
  },
  {
    suffix: 'ACTIVATION_TIMEOUT',
    kind: 'unspecific',
    value: 0x1c,
    text: 'Timeout waiting for activation.',
    meaning:
      "The connection was made and the server did not finish activating the session in time (FreeRDP waited for its Demand Active): the server's logs at that time (RdpCoreTS, LSM, System) say why.",
    source: SRC_ERRCONNECT,
  },
  {
    suffix: 'TARGET_BOOTING',
    kind: 'informational',
    value: 0x1d,
    text: 'Starting your VM. It may take up to 5 minutes.',
    meaning:
      'Azure Virtual Desktop is starting the session host (Start VM on Connect): not an error; connect again when it has started.',
    source: SRC_ERRCONNECT,
  },
  {
    suffix: 'HYBRID_REQUIRED_BY_SERVER',
    value: 0x1e,
    text: 'The server requires Network Level Authentication, but it is not enabled.',
    codeName: 'NlaRequiredNotSupported',
    meaning: 'The server requires Network Level Authentication and FreeRDP was not allowed to use it.',
    source: `${SRC_ERRCONNECT}; ${SRC_NEGO} (the server's HYBRID_REQUIRED_BY_SERVER)`,
    note: "Let FreeRDP use NLA (/sec:nla, or no /sec: option), with the user's credentials.",
  },
];

const TCP_CONNECT_FAILED =
  "FreeRDP's TCP connection to the server failed: nothing answered on the port (the server is off or unreachable, Remote Desktop is disabled, a firewall drops it, or the name leads elsewhere).";

const hex = (v: number) => v.toString(16);

/**
 * FreeRDP's last error in decimal, as the programs running wfreerdp print its exit code (Myrtille: "exit code
 * 131078" is 0x00020006, myrtille-rdp/myrtille issues 110 and 156): the words before it, a code's label.
 */
export const FREERDP_DECIMAL_LABEL = String.raw`\b(?:exit|error|return|last error) code(?: is)?\s{0,3}[:=(]?\s{0,3}`;

/**
 * FreeRDP's composite number (error.h: the class in the high word, the code in the low one) written on its own, as
 * users copy it from a status line or a dialog of a program on FreeRDP: the paste is the number and nothing more, in
 * FreeRDP's form ("0x0002000D", "0x2000D", eight digits "0002000D"), or THC-Hydra's rdp module's "rdp reported
 * 0002000d" (its %08x of freerdp_get_last_error). No other table holds a number of class 2 (0x0002xxxx: below the
 * HRESULTs and NTSTATUS codes, above every Windows client's disconnect reason); a decimal "20014" is no such form.
 */
const COMPOSITE_ALONE = (value: string) =>
  String.raw`^\s{0,8}(?:0x0{0,3}|000)${value}\s{0,8}$|\brdp reported\s{1,3}000${value}\b|${FREERDP_COMPOSITE_LABEL}0x0{0,3}${value}\b`;

/**
 * A code's label before FreeRDP's composite number written with its 0x ("Error 0x2000F", "error code: 0x00020009",
 * "FreeRDP error: 0x2000D"), or the parenthesis it stands in after FreeRDP's text (THC-Hydra's "freerdp: %s (0x%08x)" of
 * freerdp_get_last_error_string and freerdp_get_last_error), as programs on FreeRDP and their users print it: no
 * Windows table holds a number of class 2, so the label only says it is an error, and the number is read as FreeRDP's.
 */
export const FREERDP_COMPOSITE_LABEL = String.raw`(?:\b(?:(?:exit|error|return|last error)(?: code)?|code)(?: is)?\s{0,3}[:=(#]?\s{0,3}|\(\s{0,2})`;

/** A FreeRDP connection error as a sentence: its name (either spelling), or its number as freerdp_set_last_error prints it. */
function connectSentence(e: FreeRdpConnectError): KnownSentence {
  const suffix = e.suffix.toLowerCase();
  const value = hex(FREERDP_CONNECT_CLASS + e.value);
  return {
    id: `freerdp-errconnect-${suffix.replace(/_/g, '-')}`,
    what: `FreeRDP's connection error ERRCONNECT_${e.suffix} (0x${value.toUpperCase()}: "${e.text}")`,
    ...(e.codeName ? { codeName: e.codeName } : {}),
    ...(e.states ? { states: e.states } : {}),
    ...(e.kind ? { kind: e.kind } : {}),
    words: {
      en: [
        new RegExp(
          String.raw`\b(?:errconnect|freerdp_error(?:_connect)?)_${suffix}\b|set_last_error\w{0,8}\s{1,4}\[?0x0{0,3}${value}\b|libfreerdp returned code is\s{1,4}0{3}${value}\b|${FREERDP_DECIMAL_LABEL}${FREERDP_CONNECT_CLASS + e.value}\b|${COMPOSITE_ALONE(value)}`,
        ),
      ],
    },
    anyLanguage: true,
    meaning: e.meaning,
    confidence: 'WR',
    source: `${e.source}; by its number, also as Remmina's log prints it ("libfreerdp returned code is %08X": ${SRC_REMMINA}) and in decimal as the exit code of wfreerdp under Myrtille (https://github.com/myrtille-rdp/myrtille/issues/110: "exit code 131078", 0x00020006)`,
    languages: FREERDP_ONLY,
    ...(e.note ? { note: e.note } : {}),
  };
}

/**
 * ERRCONNECT_CONNECT_TRANSPORT_FAILED with the system error FreeRDP printed before it ("BIO_read returned a system
 * error 104: Connection reset by peer"): the error says which of its causes. The errno names are the C library's
 * (strerror, as FreeRDP prints them), the WSA numbers Windows Sockets' for wfreerdp.
 */
function connectErrorWith(
  suffix: 'CONNECT_TRANSPORT_FAILED' | 'SECURITY_NEGO_CONNECT_FAILED',
  id: string,
  errors: readonly RegExp[],
  states: readonly CauseId[],
  said: string,
  meaning: string,
  source = '',
): KnownSentence {
  const error = FREERDP_CONNECT_ERRORS.find((e) => e.suffix === suffix)!;
  const base = connectSentence(error);
  return {
    id: `${base.id.replace('freerdp-errconnect-', 'freerdp-').replace('connect-transport', 'transport')}-${id}`,
    what: `FreeRDP's ERRCONNECT_${suffix} after the system error ${said}`,
    states,
    overrides: [base.id],
    words: { en: [...base.words.en, ...errors] },
    anyLanguage: true,
    meaning,
    confidence: 'WR',
    source: `${error.source}; the system error's name: POSIX errno (strerror) and Microsoft Learn "Windows Sockets Error Codes" (https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2)${source}`,
    languages: FREERDP_ONLY,
  };
}
const transportWith = (id: string, errors: RegExp, states: readonly CauseId[], said: string, meaning: string) =>
  connectErrorWith('CONNECT_TRANSPORT_FAILED', id, [errors], states, said, meaning);

const CONNECTION_CUT =
  /\b(?:connection reset by peer|broken pipe|econnreset|epipe|wsaeconnreset|wsaeconnaborted)\b|\bsystem error (?:104|32|10054|10053)\b/;
/**
 * A server that refuses the protocols offered answers the X.224 Connection Request with an RDP Negotiation Failure,
 * and FreeRDP names its failureCode (nego.c: "Error: SSL_REQUIRED_BY_SERVER", …). Without that name, and with the
 * client not limited to the standard RDP security layer by `/sec:rdp` (a request without RDP_NEG_REQ a server requiring
 * NLA or TLS may just close), nothing refused a protocol. `/sec-nla` or `/sec-tls` alone asks for a protocol, it
 * does not limit the client to RDP's.
 */
const NO_NEGOTIATION_ANSWER =
  /^(?![\s\S]*(?:\b(?:ssl_required_by_server|ssl_not_allowed_by_server|ssl_cert_not_on_server|inconsistent_flags|hybrid_required_by_server|ssl_with_user_auth_required_by_server)\b|[/+-]sec[:\s]{1,3}rdp\b))/;

const TRANSPORT_BY_ERROR: readonly KnownSentence[] = [
  transportWith(
    'connection-cut',
    CONNECTION_CUT,
    [networkDropped.id],
    '"Connection reset by peer" or "Broken pipe" (ECONNRESET, EPIPE)',
    "The connection was up and was then cut: the far end (the server, or a firewall, proxy or VPN on the path) reset or closed it while FreeRDP read or wrote. If it happens at every connection during the negotiation, the server refusing the security settings offered is the other reading (FreeRDP's /sec: option against the server's Security Layer).",
  ),
  transportWith(
    'never-connected',
    /\b(?:connection refused|no route to host|network is unreachable|connection timed out|econnrefused|ehostunreach|enetunreach|etimedout|wsaeconnrefused|wsaetimedout|wsaehostunreach)\b|\bsystem error (?:111|113|101|110|10061|10060|10065)\b/,
    [networkUnreachable.id],
    '"Connection refused", "No route to host" or "Connection timed out"',
    'The connection never came up: nothing accepted it on the port (refused), no route led to the server (unreachable), or nothing answered in time (timed out). The server is off or unreachable from this client, Remote Desktop does not listen on that port, or a firewall drops it.',
  ),
  connectErrorWith(
    'SECURITY_NEGO_CONNECT_FAILED',
    'connection-cut',
    [CONNECTION_CUT, NO_NEGOTIATION_ANSWER],
    [networkUnreachable.id, securityLayerMismatch.id],
    '"Broken pipe" or "Connection reset by peer" and no negotiation failure code',
    "The TCP connection came up and was closed before any answer to the security negotiation: a server refusing the protocols offered answers with a negotiation failure FreeRDP names (SSL_REQUIRED_BY_SERVER, HYBRID_REQUIRED_BY_SERVER…), and there is none here. What accepted the connection did not answer as a Remote Desktop server: a port forward or NAT rule to the wrong machine or missing, the wrong address, a proxy or firewall that accepts and closes. Check that this address and port reach the computer's Remote Desktop listener (Test-NetConnection from the same network, the router's or hypervisor's port forwarding); if they do, the server's Security Layer against FreeRDP's /sec: option is the other reading.",
    `; ${SRC_NEGO} (nego_process_negotiation_failure names each failureCode) and MS-RDPBCGR 2.2.1.2 Server X.224 Connection Confirm PDU (the server answers the request with RDP_NEG_RSP or RDP_NEG_FAILURE, https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-rdpbcgr/13757f8f-66db-4273-9d2c-385c33b1e483)`,
  ),
  // The system error line alone (issue #60), with no ERRCONNECT after it: FreeRDP's TLS layer (tls.c) prints it.
  {
    id: 'freerdp-bio-system-error-reset',
    what: 'FreeRDP\'s line "BIO_read returned a system error 104: Connection reset by peer" (or BIO_write, or error 32: Broken pipe)',
    states: [networkDropped.id],
    words: { en: [/\bbio_(?:read|write) returned a system error (?:104|32|10054|10053)\b/] },
    anyLanguage: true,
    // Beside a FreeRDP error that says more (ERRCONNECT_LOGON_FAILURE), that error is the reading.
    generic: true,
    meaning:
      "The TLS connection was up and was then cut: the far end (the server, or a firewall, proxy or VPN on the path) reset or closed it while FreeRDP read or wrote. If it happens at every connection during the negotiation, the server refusing the security settings offered is the other reading (FreeRDP's /sec: option against the server's Security Layer).",
    confidence: 'WR',
    source: `Widely reported: FreeRDP libfreerdp/crypto/tls.c, its "BIO_read returned a system error" line with errno and strerror (${FREERDP}/libfreerdp/crypto/tls.c), quoted in FreeRDP's issues; the error's name: POSIX errno (ECONNRESET 104, EPIPE 32)`,
    languages: FREERDP_ONLY,
  },
  // Go's net package: "dial tcp HOST:3389: …" is the error of a TCP connection to the Remote Desktop port.
  {
    id: 'go-dial-tcp-3389',
    what: 'Go\'s dial error to the Remote Desktop port ("dial tcp …:3389: i/o timeout", "dial tcp …:3389: connect: connection refused")',
    states: [networkUnreachable.id],
    words: {
      en: [
        /\bdial tcp \S{1,80}?:3389: (?:i\/o timeout|connect: (?:connection refused|no route to host|network is unreachable|connection timed out))/,
      ],
    },
    anyLanguage: true,
    meaning:
      'A program written in Go could not open a TCP connection to port 3389: nothing answered in time (i/o timeout), nothing accepted it (refused), or no route led there. The server is off or unreachable from there, Remote Desktop does not listen on that port, or a firewall drops it.',
    confidence: 'WR',
    source:
      'Go standard library "net" (https://pkg.go.dev/net): OpError prints "dial tcp <address>: <error>", the error being the system call\'s (connect: connection refused) or "i/o timeout" for a deadline',
    languages: 'Go prints these errors in English in every language of the system.',
  },
];

/**
 * xfreerdp's process exit codes (issue #60): each is a FreeRDP connection error (xf_client.c's xf_exit_code_map), read
 * by its name or as "xfreerdp … exit code N". 128 + a signal's number is also a shell's status of a killed program
 * (134 SIGABRT, 139 SIGSEGV): a paste that says so (core dumped, a signal) is not read as FreeRDP's code.
 */
/** The XF_EXIT_* names from 132 on, in order ('-': 146 has none). */
const XF_EXIT_NAMES =
  'AUTH_FAILURE NEGO_FAILURE LOGON_FAILURE ACCOUNT_LOCKED_OUT PRE_CONNECT_FAILED CONNECT_UNDEFINED POST_CONNECT_FAILED DNS_ERROR DNS_NAME_NOT_FOUND CONNECT_FAILED MCS_CONNECT_INITIAL_ERROR TLS_CONNECT_FAILED INSUFFICIENT_PRIVILEGES CONNECT_CANCELLED - CONNECT_TRANSPORT_FAILED CONNECT_PASSWORD_EXPIRED CONNECT_PASSWORD_MUST_CHANGE CONNECT_KDC_UNREACHABLE CONNECT_ACCOUNT_DISABLED'.split(
    ' ',
  );
/** The FreeRDP error of an exit name, where the map names it otherwise (else the name, or the name without CONNECT_). */
const XF_EXIT_ERROR: Readonly<Record<string, string>> = {
  AUTH_FAILURE: 'AUTHENTICATION_FAILED',
  NEGO_FAILURE: 'SECURITY_NEGO_CONNECT_FAILED',
};
const XF_EXIT_CODES = XF_EXIT_NAMES.flatMap((name, i): (readonly [number, string, string])[] => {
  if (name === '-') return [];
  const known = (suffix: string) => FREERDP_CONNECT_ERRORS.some((e) => e.suffix === suffix);
  const suffix = XF_EXIT_ERROR[name] ?? (known(name) ? name : name.replace(/^CONNECT_/, ''));
  return [[132 + i, name, suffix]];
});
const SIGNAL_SAID = String.raw`^(?![\s\S]*\b(?:core dumped|segmentation fault|aborted|killed|signal|sig[a-z]{3,4})\b)`;
const FREERDP_CLIENT = String.raw`\b(?:[xw]l?freerdp3?|sdl-freerdp3?|freerdp)\b`;

function exitCodeSentence([code, name, suffix]: readonly [number, string, string]): KnownSentence {
  const e = FREERDP_CONNECT_ERRORS.find((x) => x.suffix === suffix)!;
  // The error's reading (its code, causes or kind) is the exit code's: only its words, text and source differ.
  const {
    id: _id,
    what: _what,
    words: _words,
    meaning: _meaning,
    source: _source,
    note: _note,
    ...reading
  } = connectSentence(e);
  return {
    ...reading,
    id: `xfreerdp-exit-${code}`,
    what: `xfreerdp's exit code ${code} (XF_EXIT_${name}: FreeRDP's ERRCONNECT_${suffix}, "${e.text}")`,
    words: {
      en: [
        new RegExp(
          String.raw`\bxf_exit_${name.toLowerCase()}\b|${SIGNAL_SAID}[\s\S]*?${FREERDP_CLIENT}[^\n]{0,120}?\bexit(?:s|ed)?(?: with)?(?: exit)? (?:code|status)[ :=]{0,3}${code}\b`,
        ),
      ],
    },
    meaning: `xfreerdp ended with exit code ${code}, the code it gives FreeRDP's ERRCONNECT_${suffix}: ${e.meaning}`,
    source: `FreeRDP client/X11/xfreerdp.h, the XF_EXIT_* exit codes, and client/X11/xf_client.c, xf_exit_code_map (${FREERDP}/client/X11/xfreerdp.h); ${e.source}`,
    note: "A shell also exits with 128 + a signal's number when a program is killed (134 SIGABRT, 139 SIGSEGV, 143 SIGTERM): if FreeRDP crashed or was stopped, this is not its code. FreeRDP's log lines before it say which.",
  };
}

/**
 * A FreeRDP connection error after FreeRDP's line naming the phase it failed in: the phase says what its code's own
 * text does not (the licensing exchange before TRANSPORT_FAILED; the activation timeout before CONNECT_CANCELLED).
 */
function connectAfterPhase(
  suffix: string,
  id: string,
  phase: RegExp,
  said: string,
  reading: Pick<KnownSentence, 'states' | 'kind' | 'meaning' | 'source'>,
): KnownSentence {
  const base = connectSentence(FREERDP_CONNECT_ERRORS.find((e) => e.suffix === suffix)!);
  return {
    id: `freerdp-${id}`,
    what: `FreeRDP's ERRCONNECT_${suffix} after its line "${said}"`,
    overrides: [base.id],
    words: { en: [...base.words.en, phase] },
    anyLanguage: true,
    confidence: 'WR',
    languages: FREERDP_ONLY,
    ...reading,
  };
}

const AFTER_PHASE: readonly KnownSentence[] = [
  connectAfterPhase(
    'CONNECT_TRANSPORT_FAILED',
    'license-sequence-aborted',
    /\blicense connection sequence aborted\b/,
    'license connection sequence aborted',
    {
      states: [licensingCalUnavailable.id, licensingServerUnavailable.id],
      meaning:
        "The connection broke in the licensing exchange (FreeRDP's line before the code names it): the server ended the connection when it came to the licence. In FreeRDP's reports the server had no client access licence (CAL) to give, or its licence server could not be reached; an administrator's connection (FreeRDP's /admin) needs no CAL, which is why it still connects.",
      source: `${SRC_ERRCONNECT}; FreeRDP's "license connection sequence aborted" line (libfreerdp/core/connection.c) and its maintainer's answer in FreeRDP issue 4023 (the host has no CAL, https://github.com/FreeRDP/FreeRDP/issues/4023), issue 2196 (a licence server not reached, https://github.com/FreeRDP/FreeRDP/issues/2196)`,
    },
  ),
  connectAfterPhase(
    'CONNECT_CANCELLED',
    'cancelled-after-activation-timeout',
    /\btimeout waiting for activation\b/,
    'Timeout waiting for activation',
    {
      kind: 'unspecific',
      meaning:
        "The connection timed out, no user cancelled it: FreeRDP's line before the code is the text of its ERRCONNECT_ACTIVATION_TIMEOUT (the server did not finish activating the session in time), and FreeRDP then ended the attempt. FreeRDP's maintainers name a server in a broken state (after updates; signing the user out or a restart cleared it), network problems, and a command line turning off what the server requires (no user name given was one). The server's logs at that time (RdpCoreTS, LSM, System) say why.",
      source: `${SRC_ERRCONNECT} ("Timeout waiting for activation." is ERRCONNECT_ACTIVATION_TIMEOUT's own text); its maintainers' answers in FreeRDP issue 7914 (https://github.com/FreeRDP/FreeRDP/issues/7914) and issue 6844 (no user name set, https://github.com/FreeRDP/FreeRDP/issues/6844)`,
    },
  ),
  connectAfterPhase(
    'CONNECT_TRANSPORT_FAILED',
    'transport-failed-in-licensing',
    /\bconnection_state_licensing\W{1,6}(?:status state_run_failed|rdp_client_connect_license\(\))|\bunexpected license packet\b/,
    'CONNECTION_STATE_LICENSING … STATE_RUN_FAILED',
    {
      states: [licensingCalUnavailable.id, licensingServerUnavailable.id, licensingClientCache.id],
      meaning:
        "The connection broke in the licensing exchange (FreeRDP's line before the code names its licensing state): the server ended it when it came to the licence, or FreeRDP could not read the server's licensing message. In FreeRDP's reports the server had no client access licence (CAL) to give or its licence server was not reached; FreeRDP's maintainers also advise removing the licences FreeRDP stored (in its configuration folder) for that server.",
      source: `${SRC_ERRCONNECT}; FreeRDP libfreerdp/core/rdp.c and license.c, the licensing state in its log (${FREERDP}/libfreerdp/core/license.c); FreeRDP issue 9013, its maintainer's answer (a licensing refusal, not TLS; remove the stored licences, https://github.com/FreeRDP/FreeRDP/issues/9013), issue 4023 (the host has no CAL)`,
    },
  ),
  // Round 27 (r27-h60p): FreeRDP 3's Azure AD sign-in (RDSAAD, /sec:aad, MS-RDPBCGR 5.4.5.4 and MS-RDPEAAD): its
  // state CONNECTION_STATE_AAD and aad.c's "Authentication result" (the server's HRESULT, read by its own table)
  // before the code: the server refused the Azure AD authentication, the transport failure only follows it.
  connectAfterPhase(
    'CONNECT_TRANSPORT_FAILED',
    'transport-failed-in-aad',
    /\bconnection_state_aad\W{1,6}aad_recv\(\) fail|\baad_parse_state_auth\b[^\n]{0,20}authentication result:/,
    'CONNECTION_STATE_AAD - aad_recv() fail',
    {
      states: [credsspNla.id],
      meaning:
        "The connection broke in the Azure AD (Microsoft Entra ID) authentication that takes Network Level Authentication's place for Entra-joined hosts (FreeRDP's /sec:aad, the RDSAAD protocol): the server refused the sign-in token FreeRDP sent, and FreeRDP then ended the connection. The HRESULT on aad.c's \"Authentication result\" line says why (0x80090308 SEC_E_INVALID_TOKEN: the token was not accepted). Check the account's sign-in to Entra ID for that host (its Conditional Access, the app's consent), and the host's AAD join (dsregcmd /status).",
      source: `${SRC_ERRCONNECT}; FreeRDP libfreerdp/core/aad.c, aad_parse_state_auth ("Authentication result: …", the server's result read from its JSON answer) and the CONNECTION_STATE_AAD state of libfreerdp/core/rdp.c (${FREERDP}/libfreerdp/core/aad.c); MS-RDPBCGR 5.4.5.4 (RDSAAD); FreeRDP issue 6529, the log of a refused Entra sign-in to Azure Virtual Desktop (https://github.com/FreeRDP/FreeRDP/issues/6529)`,
    },
  ),
  connectAfterPhase(
    'CONNECT_TRANSPORT_FAILED',
    'transport-failed-after-client-resize',
    /\bclient desktop resize callback failed\b/,
    'client desktop resize callback failed',
    {
      kind: 'uncatalogued',
      meaning:
        "FreeRDP's client failed to resize its own desktop window to the size the server asked for, and FreeRDP then ended the connection: a failure on the client (its display code), not the network nor the server's refusal.",
      source: `FreeRDP libfreerdp/core/connection.c, "client desktop resize callback failed" (${FREERDP}/libfreerdp/core/connection.c; FreeRDP issue 7405 quotes the code, https://github.com/FreeRDP/FreeRDP/issues/7405)`,
    },
  ),
];

const SRC_LICENSE_ERROR =
  'MS-RDPBCGR 2.2.1.12.1.3 Licensing Error Message (LICENSE_ERROR_MESSAGE), its dwErrorCode and dwStateTransition values (https://learn.microsoft.com/en-us/openspecs/windows_protocols/MS-RDPBCGR/f18b6c9f-f3d8-4a0e-8398-f9b153233dca); MS-RDPELE 3.1.5.2, the state transitions (ST_TOTAL_ABORT ends licensing; STATUS_VALID_CLIENT with ST_NO_TRANSITION is success)';

/**
 * A licensing error alert as FreeRDP logs it ("Receiving Error Alert Packet", then "dwErrorCode: ERR_…,
 * dwStateTransition: ST_…", license.c): the licensing error decides over the transport failure and the "license
 * connection sequence aborted" line that follow it.
 */
function licenseAlert(
  name: string,
  value: number,
  reading: Pick<KnownSentence, 'states' | 'kind' | 'overrides' | 'generic'> & { readonly meaning: string },
): KnownSentence {
  return {
    id: `freerdp-license-alert-${name.toLowerCase().replace(/_/g, '-')}`,
    what: `FreeRDP's licensing error alert "dwErrorCode: ${name}" (0x${hex(value)}, MS-RDPBCGR 2.2.1.12.1.3)`,
    overrides: ['freerdp-license-sequence-aborted', 'freerdp-errconnect-connect-transport-failed'],
    words: { en: [new RegExp(String.raw`\bdwerrorcode: ${name.toLowerCase()}\b`)] },
    anyLanguage: true,
    confidence: 'WR',
    source: `${SRC_LICENSE_ERROR}; as FreeRDP logs it: libfreerdp/core/license.c, license_read_error_alert_packet (${FREERDP}/libfreerdp/core/license.c)`,
    languages: FREERDP_ONLY,
    ...reading,
  };
}

const ABORT =
  ' With dwStateTransition ST_TOTAL_ABORT the server ended the licensing exchange, and with it the connection (FreeRDP then logs "license connection sequence aborted" and ERRCONNECT_CONNECT_TRANSPORT_FAILED).';
const PROTOCOL_ERROR = (what: string) => ({
  kind: 'unspecific' as const,
  meaning: `A licensing protocol error: ${what}. It names no licensing state of the server (no CAL, no licence server); the server's RD Licensing Diagnoser and its TerminalServices-Licensing log say more.${ABORT}`,
});

const LICENSE_ALERTS: readonly KnownSentence[] = [
  licenseAlert('ERR_NO_LICENSE_SERVER', 0x6, {
    states: [licensingServerUnavailable.id],
    meaning: `The server found no Remote Desktop licence server to get a client access licence from.${ABORT}`,
  }),
  licenseAlert('ERR_INVALID_CLIENT', 0x8, {
    states: [licensingClientCache.id, licensingCalUnavailable.id],
    meaning: `The server judged the client's licence (or its licence request) invalid: a licence the client stored from an earlier connection that the server no longer accepts is one known reason (FreeRDP keeps them in its configuration folder; its maintainers advise removing them), a licence server with no CAL of the needed type another.${ABORT}`,
  }),
  licenseAlert(
    'ERR_NO_LICENSE',
    0x2,
    PROTOCOL_ERROR('the client has no licence to present (a message the client sends)'),
  ),
  licenseAlert('ERR_INVALID_SCOPE', 0x4, PROTOCOL_ERROR("the licence scope the client asked for is not the server's")),
  licenseAlert('ERR_INVALID_PRODUCT_ID', 0xb, PROTOCOL_ERROR("the client's product identifier was refused")),
  licenseAlert('ERR_INVALID_MESSAGE_LENGTH', 0xc, PROTOCOL_ERROR('a licensing message had a wrong length')),
  licenseAlert('ERR_INVALID_MAC', 0x3, PROTOCOL_ERROR('a licensing message failed its integrity check')),
  licenseAlert(
    'ERR_INVALID_SERVER_CERTIFICATE',
    0x1,
    PROTOCOL_ERROR("the client could not use the server's licensing certificate"),
  ),
  licenseAlert('STATUS_VALID_CLIENT', 0x7, {
    kind: 'informational',
    overrides: [],
    generic: true,
    meaning:
      'Success: with ST_NO_TRANSITION it is the server saying it will issue no licence to store and that licensing is over (MS-RDPBCGR 2.2.1.12). Not a failure: a later line says what ended the connection, if it ended.',
  }),
];

const SRC_NEG_FAILURE =
  'MS-RDPBCGR 2.2.1.2.2 RDP Negotiation Failure (RDP_NEG_FAILURE), its failureCode values and their meanings (https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-rdpbcgr/1b3920e7-0116-4345-bc45-f2c4ad012761)';
const SRC_NEG_CLIENTS =
  'as Wireshark\'s RDP dissector shows it ("failureCode: <its text> (0x0000000N)", epan/dissectors/packet-rdp.c failure_code_vals, https://github.com/wireshark/wireshark/blob/master/epan/dissectors/packet-rdp.c); as the clients log it: FreeRDP libfreerdp/core/nego.c ("Error: SSL_NOT_ALLOWED_BY_SERVER"), rdesktop iso.c ("Protocol negotiation failed with reason: SSL not allowed by server", "Failed to connect, CredSSP required by server."), IronRDP in Teleport\'s log ("Error during negotiation step: the server is configured to only use standard RDP security mechanisms …", gravitational/teleport issues 27061 and 15993), IronRDP\'s own FailureCode(N) and its text for each code (crates/ironrdp-pdu/src/nego.rs, "Received connection failure code code=FailureCode(2)" … "enhanced RDP security not allowed by server", Devolutions/IronRDP issue 504)';

/**
 * One RDP_NEG_FAILURE code (MS-RDPBCGR 2.2.1.2.2): the server's answer to the client's X.224 Connection Request when
 * it cannot use any security protocol the client asked for. Read by its name, by the specification's sentence (which
 * IronRDP, pyrdp and Teleport print), by rdesktop's reason, or by its number after "failureCode".
 */
function negotiationFailure(
  code: number,
  name: string,
  spec: RegExp,
  rdesktop: string,
  states: readonly CauseId[],
  meaning: string,
  ironrdp: RegExp,
): KnownSentence {
  const words = new RegExp(
    String.raw`\b${name.toLowerCase()}\b|${spec.source}|\b${rdesktop.replace(/ /g, '\\s')}\b|\bfailure ?code ?[=:] ?(?:0x)?0{0,7}${code}\b|\bfailurecode: [^\n(]{1,100}\(0x0{0,7}${code}\)|\bfailurecode\(${code}\)|${ironrdp.source}`,
  );
  return {
    id: `rdp-neg-failure-${name.toLowerCase().replace(/_/g, '-')}`,
    what: `the server's RDP_NEG_FAILURE ${name} (0x${code}), as a client or proxy prints it`,
    states,
    // The server's refusal names the cause of the transport failure or reset logged beside it, and of the client's
    // generic negotiation-failure lines after it, which only report that some refusal came (issue 60).
    overrides: [
      'freerdp-errconnect-connect-transport-failed',
      'rdesktop-connection-reset',
      'freerdp-source-nego-failure',
      'freerdp1-negotiation-failure',
      'freerdp-nego-or-connection-failure',
      'freerdp-errconnect-security-nego-connect-failed',
    ],
    words: { en: [words] },
    anyLanguage: true,
    // "failureCode = 5" is this code's number, not a Kerberos Failure Code: the paste is read by the sentence.
    numbers: `the negotiation failure's own code (failureCode ${code}) and the client's log numbers, not dialog codes`,
    meaning,
    confidence: 'MS',
    source: `${SRC_NEG_FAILURE}; ${SRC_NEG_CLIENTS}`,
    languages: 'English in every language of the system: the clients that print it are not translated.',
  };
}

const NEGOTIATION_FAILURES: readonly KnownSentence[] = [
  negotiationFailure(
    1,
    'SSL_REQUIRED_BY_SERVER',
    /requires that the client support enhanced rdp security(?: \(section [\d.]{1,12}\))? with either tls/,
    'ssl required by server',
    [securityLayerMismatch.id],
    'The server requires Enhanced RDP Security (TLS or CredSSP) and the client asked for the RDP security layer only: the client must allow TLS (FreeRDP /sec:tls or no /sec:, rdesktop without -4 and with TLS).',
    /(?<!credssp )\benhanced rdp security required by server/,
  ),
  negotiationFailure(
    2,
    'SSL_NOT_ALLOWED_BY_SERVER',
    /configured to only use standard rdp security mechanisms(?: \(section [\d.]{1,12}\))? and does not support (?:any )?external security protocols/,
    'ssl not allowed by server',
    [securityLayerMismatch.id],
    'The server allows only Standard RDP Security (its Security Layer is "RDP", or it is too old for TLS) and the client asked for TLS or NLA only: either the client allows the RDP security layer (FreeRDP /sec:rdp; some clients, such as IronRDP and Teleport, never do) or the server\'s Security Layer is set to Negotiate or SSL.',
    /\benhanced rdp security not allowed by server/,
  ),
  negotiationFailure(
    3,
    'SSL_CERT_NOT_ON_SERVER',
    /does not possess a valid authentication certificate and cannot initialize the external security protocol provider/,
    'no valid authentication certificate on server',
    [securityLayerMismatch.id],
    "The server has no usable certificate for TLS, so it cannot offer TLS or NLA: the listener's certificate is missing or unreadable (TermService 1057 and 1058 in its System log say why); the client falls back to the RDP security layer if it allows it.",
    /\bno valid tls authentication certificate on server/,
  ),
  negotiationFailure(
    4,
    'INCONSISTENT_FLAGS',
    /list of requested security protocols is not consistent with the current security protocol in effect/,
    'inconsistent negotiation flags',
    [securityLayerMismatch.id],
    "The security protocols the client asked for contradict the one already in use (possible only when TLS was started first, the direct approach): the client's security options are inconsistent.",
    /\binconsistent flags for security protocols/,
  ),
  negotiationFailure(
    5,
    'HYBRID_REQUIRED_BY_SERVER',
    /requires that the client support enhanced rdp security(?: \(section [\d.]{1,12}\))? with credssp/,
    'credssp required by server',
    [credsspNla.id],
    'The server requires Network Level Authentication (CredSSP) and the client did not offer it: let the client use NLA (FreeRDP /sec:nla or no /sec:) with the user\'s credentials, or, where the client cannot (some proxies and web clients), the server\'s "Allow connections only from computers running Remote Desktop with Network Level Authentication" is what refuses it.',
    /\bcredssp enhanced rdp security required by server/,
  ),
  negotiationFailure(
    6,
    'SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER',
    /requires that the client support enhanced rdp security(?: \(section [\d.]{1,12}\))? with tls 1\.0, 1\.1 or 1\.2(?: \(section [\d.]{1,12}\))? and certificate-based client authentication/,
    'ssl with user authentication required by server',
    [securityLayerMismatch.id],
    'The server requires TLS with a client certificate (certificate-based client authentication) and the client did not offer it.',
    /\btls certificate-based client authentication required by server/,
  ),
];

/** A guacd message: logged after "RDP server closed/refused connection: ", sent to the browser alone. */
const GUACD_LEAD = String.raw`rdp server closed/refused connection:\s{0,4}`;

/**
 * Microsoft documents none of these texts: each rests on the product's own source or page and on the public logs and
 * threads that quote it, so each is `WR` and its source says so first.
 */
const THIRD_PARTY: readonly KnownSentence[] = [
  ...FREERDP_CONNECT_ERRORS.map(connectSentence),
  ...TRANSPORT_BY_ERROR,
  ...XF_EXIT_CODES.map(exitCodeSentence),
  ...AFTER_PHASE,
  ...LICENSE_ALERTS,
  ...NEGOTIATION_FAILURES,
  {
    // The TCP connection, named by the function in FreeRDP's log line: the unreachable server the Windows client says
    // with 0x204.
    id: 'freerdp-tcp-connect-failed',
    what: 'FreeRDP\'s log line "freerdp_tcp_connect: … ERRCONNECT_CONNECT_FAILED"',
    codeName: 'disconnectReasonSocketConnectFailed',
    overrides: ['freerdp-errconnect-connect-failed'],
    words: {
      en: [
        /(?:freerdp_tcp_(?:default_)?connect|freerdp_host_connect|get_next_addrinfo)\W{1,4}(?:\w{1,40}\W{1,4}){0,2}errconnect_connect_failed\b/,
      ],
    },
    anyLanguage: true,
    meaning: TCP_CONNECT_FAILED,
    confidence: 'WR',
    source: `${SRC_ERRCONNECT}; the log line names FreeRDP's freerdp_tcp_connect, freerdp_tcp_default_connect or freerdp_host_connect, or FreeRDP 3's get_next_addrinfo (the next address of the name: libfreerdp/core/tcp.c; FreeRDP issues 6654 and 10940, https://github.com/FreeRDP/FreeRDP/issues/6654)`,
    languages: FREERDP_ONLY,
  },
  {
    // FreeRDP's own line after the code ("failed to connect to <host>") or the system error of connect() says it was
    // the TCP connection (FreeRDP pull request 4557: the code set when the TCP connect fails).
    id: 'freerdp-connect-failed-tcp-refused',
    what: 'FreeRDP\'s ERRCONNECT_CONNECT_FAILED beside its line "failed to connect to <host>" or "Connection refused [111]"',
    codeName: 'disconnectReasonSocketConnectFailed',
    overrides: ['freerdp-errconnect-connect-failed', 'freerdp-tcp-connect-failed'],
    words: {
      en: [
        /\b(?:errconnect|freerdp_error)_connect_failed\b|set_last_error\w{0,8}\s{1,4}\[?0x0{0,3}20006\b/,
        /\bfailed to connect to \S|\bconnection refused\b|\bconnection timed out\b|\bno route to host\b|\bconnect\(\) \S{0,80} failed/,
      ],
    },
    anyLanguage: true,
    meaning: TCP_CONNECT_FAILED,
    confidence: 'WR',
    source: `${SRC_ERRCONNECT}; FreeRDP libfreerdp/core/tcp.c, its "failed to connect to" line after the code (FreeRDP issues 6654 and 10940, https://github.com/FreeRDP/FreeRDP/issues/10940; pull request 4557, https://github.com/FreeRDP/FreeRDP/pull/4557)`,
    languages: FREERDP_ONLY,
  },
  {
    // xrdp's session manager logs PAM's refusal and its fail2ban line "AUTHFAIL: user=%s ip=%s time=%d".
    id: 'xrdp-authentication-failed',
    what: 'xrdp\'s log lines "pam_authenticate failed: …" and "AUTHFAIL: user=… ip=…"',
    states: [authBadCredentials.id],
    words: {
      en: [
        /\bpam_authenticate failed\b|\bauthfail: user=/,
        // Round 28 (r28-h60v): the line alone as xrdp-sesman.log prints it, at a line's start after its level
        // ("[ERROR] pam_authenticate failed: Authentication failure"), with PAM's text for a refused password or an
        // unknown user. Other programs print the same words after their own name or tag (polkit's
        // "polkit-agent-helper-1: pam_authenticate failed: …", PostgreSQL's "LOG:  pam_authenticate failed: …"): not read.
        // Round 32 (r32-h64c): xrdp 0.10's date at the line's start ("[2024-01-01T12:00:00.000+0000] [ERROR] …").
        /\bxrdp|\bsesman|\bauthfail: user=|(?:^|\n)\[(?:19|20)\d{6}-\d\d:\d\d:\d\d\]|(?:^|\n)\[(?:19|20)\d\d-\d\d-\d\dt\d\d:\d\d:\d\d|(?:^|\n)[ \t]{0,4}(?:\[error ?\][ \t]{0,2})?pam_authenticate failed: (?:authentication failure|user not known to the underlying authentication module)\b/,
      ],
    },
    anyLanguage: true,
    meaning:
      "xrdp's session manager could not sign the user in: PAM refused the user name and password given at xrdp's login (a wrong password, an unknown user). The AUTHFAIL line is the one xrdp writes for fail2ban at each failed sign-in; the bracketed number at the line's start is its date and time.",
    confidence: 'WR',
    source:
      'xrdp sesman, its PAM verification ("pam_authenticate failed: %s" with PAM\'s pam_strerror) and log_authfail_message ("AUTHFAIL: user=%s ip=%s time=%d", written for fail2ban) (https://github.com/neutrinolabs/xrdp)',
    languages: 'English only: xrdp writes its log in English in every language of the system.',
  },
  {
    // nla.c: AUTHZ_ACCESS_DENIED "The user authenticated successfully but is not authorized to open a session on this
    // host, e.g. it lacks the 'Allow log on through Remote Desktop Services' right".
    id: 'freerdp-early-user-authorization-denied',
    what: 'FreeRDP\'s log line "Early User Auth active: FAILURE authorization result 0x00000005" (AUTHZ_ACCESS_DENIED)',
    codeName: 'STATUS_LOGON_TYPE_NOT_GRANTED',
    states: [authLogonRight.id],
    words: { en: [/early user auth\w{0,12} active: failure authorization result 0x0{0,7}5\b/] },
    anyLanguage: true,
    meaning:
      "The server's Early User Authorization Result (MS-RDPBCGR 2.2.10.2) is AUTHZ_ACCESS_DENIED: the credentials were accepted and the account may not open a session on this server (not allowed to log on through Remote Desktop Services, not in Remote Desktop Users); FreeRDP then sets ERRCONNECT_ACCESS_DENIED.",
    confidence: 'WR',
    source: `FreeRDP libfreerdp/core/nla.c, the Early User Authorization result and its comment (${FREERDP}/libfreerdp/core/nla.c); MS-RDPBCGR 2.2.10.2 Early User Authorization Result PDU`,
    languages: FREERDP_ONLY,
  },
  {
    id: 'freerdp-authentication-failure-check-credentials',
    what: 'FreeRDP\'s log line "Authentication failure, check credentials. If credentials are valid, the NTLMSSP implementation may be to blame."',
    states: [authBadCredentials.id, credsspNla.id],
    // Round 32 (r32-h64c): FreeRDP 1.x prints it as two lines (transport.c's "Authentication failure, check
    // credentials.\nIf credentials are valid, the NTLMSSP implementation may be to blame."): its second line alone too.
    words: {
      en: [
        /authentication failure, check credentials\.?\s{0,4}if credentials are valid|\bif credentials are valid, the ntlmssp implementation may be to blame\b/,
      ],
    },
    anyLanguage: true,
    meaning:
      "Network Level Authentication failed: FreeRDP names the credentials first, then its own NTLM implementation. The server's Security 4625 (Status, Sub Status) says which.",
    confidence: 'WR',
    source:
      'FreeRDP libfreerdp/core/transport.c, as its log prints it (FreeRDP issue 2434, https://github.com/FreeRDP/FreeRDP/issues/2434)',
    languages: FREERDP_ONLY,
  },
  {
    id: 'guacd-security-negotiation-failed',
    what: 'Apache Guacamole\'s (guacd) "Security negotiation failed (wrong security type?)"',
    states: [securityLayerMismatch.id],
    overrides: ['freerdp-errconnect-security-nego-connect-failed'],
    words: { en: [/security negotiation failed \(wrong security type\?\)/] },
    anyLanguage: true,
    meaning:
      "Guacamole's text for FreeRDP's ERRCONNECT_SECURITY_NEGO_CONNECT_FAILED: the server refused every security protocol offered; the connection's \"security\" parameter (any, nla, tls, rdp) does not fit the server's Security Layer.",
    confidence: 'WR',
    source: SRC_GUACD,
    languages: FREERDP_ONLY,
  },
  {
    id: 'guacd-server-refused-wrong-security',
    what: 'Apache Guacamole\'s (guacd) "Server refused connection (wrong security type?)"',
    // guacd's error.c says what it sends this for: the server outright refusing the inbound connection, typically
    // because the client asked for a security type the server does not allow (not a network failure).
    states: [securityLayerMismatch.id, credsspNla.id, tlsProtocolMismatch.id],
    words: { en: [/server refused connection \(wrong security type\?\)/] },
    anyLanguage: true,
    meaning:
      "Guacamole's text for FreeRDP's ERRCONNECT_CONNECT_TRANSPORT_FAILED, which guacd's source explains as the server refusing the inbound connection, typically because the client asked for a security type the server does not allow: the security negotiation was refused (the connection's \"security\" parameter against the server's Security Layer and NLA setting, or TLS settings the two sides do not share), not a network failure. guacd's log (with FreeRDP's lines) and the server's logs at that time say which.",
    confidence: 'WR',
    source: SRC_GUACD,
    languages: FREERDP_ONLY,
    note: 'Try the connection\'s "security" parameter the server\'s Security Layer accepts (nla for NLA), and "ignore-cert" if the server\'s certificate is self-signed.',
  },
  {
    id: 'guacd-server-refused',
    what: 'Apache Guacamole\'s (guacd) "RDP server closed/refused connection: Server refused connection."',
    codeName: 'exDiscReasonServerDeniedConnection',
    words: { en: [new RegExp(String.raw`${GUACD_LEAD}server refused connection\.`)] },
    anyLanguage: true,
    meaning:
      'The server sent its Set Error Info code 0x7 (or 0x6, out of memory): it refused the connection. guacd\'s "Disconnect reason code" debug line gives the code.',
    confidence: 'WR',
    source: SRC_GUACD,
    languages: FREERDP_ONLY,
  },
  {
    id: 'guacd-authentication-failure',
    what: 'Apache Guacamole\'s (guacd) "Authentication failure (invalid credentials?)"',
    states: [authBadCredentials.id],
    words: { en: [/authentication failure \(invalid credentials\?\)/] },
    anyLanguage: true,
    meaning:
      "Guacamole's text for FreeRDP's logon failures (ERRCONNECT_LOGON_FAILURE, WRONG_PASSWORD, NO_OR_MISSING_CREDENTIALS, AUTHENTICATION_FAILED): the sign-in was refused; the server's Security 4625 (Status, Sub Status) says why.",
    confidence: 'WR',
    source: SRC_GUACD,
    languages: FREERDP_ONLY,
  },
  {
    id: 'guacd-credentials-expired',
    what: 'Apache Guacamole\'s (guacd) "Credentials expired."',
    states: [authAccountState.id],
    words: { en: [new RegExp(String.raw`${GUACD_LEAD}credentials expired\.`)] },
    anyLanguage: true,
    meaning:
      "Guacamole's text for FreeRDP's expired-password errors (ERRCONNECT_PASSWORD_EXPIRED, PASSWORD_MUST_CHANGE, ACCOUNT_EXPIRED) and the server's extended code 0xA (fresh credentials required): the password or account must be renewed.",
    confidence: 'WR',
    source: SRC_GUACD,
    languages: FREERDP_ONLY,
  },
  {
    id: 'guacd-access-denied',
    what: 'Apache Guacamole\'s (guacd) "Access denied by server (account locked/disabled?)"',
    states: [authAccountState.id, authLogonRight.id],
    words: { en: [/access denied by server \(account locked\/disabled\?\)/] },
    anyLanguage: true,
    meaning:
      "Guacamole's text for FreeRDP's access errors (ERRCONNECT_ACCESS_DENIED, ACCOUNT_DISABLED, ACCOUNT_LOCKED_OUT, ACCOUNT_RESTRICTION, LOGON_TYPE_NOT_GRANTED, INSUFFICIENT_PRIVILEGES) and the server's extended codes 0x7 and 0x9: the account was refused whatever its password.",
    confidence: 'WR',
    source: SRC_GUACD,
    languages: FREERDP_ONLY,
  },
  {
    id: 'guacd-tls-failed',
    what: 'Apache Guacamole\'s (guacd) "SSL/TLS connection failed (untrusted/self-signed certificate?)"',
    // guacd's own text names the certificate first: its FreeRDP refuses one it cannot verify unless "ignore-cert" is true.
    states: [tlsCertificate.id, tlsProtocolMismatch.id, securityLayerMismatch.id],
    overrides: ['freerdp-errconnect-tls-connect-failed'],
    words: { en: [/ssl\/tls connection failed \(untrusted\/self-signed certificate\?\)/] },
    anyLanguage: true,
    meaning:
      "Guacamole's text for FreeRDP's ERRCONNECT_TLS_CONNECT_FAILED: the TLS handshake with the server failed. guacd's own guess is the certificate: it refuses a certificate it cannot verify (a self-signed one, as Remote Desktop servers make by default) unless the connection's \"ignore-cert\" parameter is true; otherwise the TLS versions or the security layer did not match.",
    confidence: 'WR',
    source: `${SRC_GUACD}; the Guacamole manual, RDP "ignore-cert" parameter (https://guacamole.apache.org/doc/gug/configuring-guacamole.html)`,
    languages: FREERDP_ONLY,
  },
  {
    id: 'guacd-dns-failed',
    what: 'Apache Guacamole\'s (guacd) "DNS lookup failed (incorrect hostname?)"',
    codeName: 'disconnectReasonDNSLookupFailed',
    words: { en: [/dns lookup failed \(incorrect hostname\?\)/] },
    anyLanguage: true,
    meaning:
      "Guacamole's text for FreeRDP's DNS errors: the connection's hostname did not resolve from the guacd server.",
    confidence: 'WR',
    source: SRC_GUACD,
    languages: FREERDP_ONLY,
  },
  {
    id: 'guacd-connection-failed',
    what: 'Apache Guacamole\'s (guacd) "Connection failed (server unreachable?)"',
    states: [networkUnreachable.id],
    words: { en: [/connection failed \(server unreachable\?\)/] },
    anyLanguage: true,
    meaning:
      "Guacamole's text for FreeRDP's ERRCONNECT_CONNECT_FAILED, MCS_CONNECT_INITIAL_ERROR, KDC_UNREACHABLE and CONNECT_CANCELLED: the connection from the guacd server did not succeed; most often nothing answered on the port.",
    confidence: 'WR',
    source: SRC_GUACD,
    languages: FREERDP_ONLY,
    note: 'Test from the guacd server itself (not the browser): the name, TCP 3389 (nc -vz <host> 3389).',
  },
  {
    id: 'guacd-upstream-error',
    kind: 'unspecific',
    what: 'Apache Guacamole\'s (guacd) "RDP server closed/refused connection: Upstream error."',
    words: { en: [new RegExp(String.raw`${GUACD_LEAD}upstream error\.?`)] },
    anyLanguage: true,
    meaning:
      "guacd's text for any FreeRDP error and any server code it does not translate: it names no cause. guacd's debug line \"Disconnect reason code: 0x…\" is the server's Set Error Info code (the extended code), and FreeRDP's lines in guacd's log name its error.",
    confidence: 'WR',
    source: SRC_GUACD,
    languages: FREERDP_ONLY,
    note: "Run guacd with log level debug (guacd -L debug, or the image's GUACD_LOG_LEVEL) and paste its lines: the reason code and FreeRDP's ERRCONNECT line.",
  },
  ...(
    [
      ['forcibly-disconnected', 'Forcibly disconnected.', 'exDiscReasonAPIInitiatedDisconnect', 0x1],
      ['logged-off', 'Logged off.', 'exDiscReasonAPIInitiatedLogoff', 0x2],
      ['idle-limit', 'Idle session time limit exceeded.', 'exDiscReasonServerIdleTimeout', 0x3],
      ['active-limit', 'Active session time limit exceeded.', 'exDiscReasonServerLogonTimeout', 0x4],
      ['other-connection', 'Disconnected by other connection.', 'exDiscReasonReplacedByOtherConnection', 0x5],
      ['insufficient-privileges', 'Insufficient privileges.', 'exDiscReasonServerInsufficientPrivileges', 0x9],
      ['manually-disconnected', 'Manually disconnected.', 'exDiscReasonRpcInitiatedDisconnectByUser', 0xb],
      ['manually-logged-off', 'Manually logged off.', 'exDiscReasonLogoffByUser', 0xc],
    ] as const
  ).map(
    ([id, text, codeName, value]): KnownSentence => ({
      id: `guacd-${id}`,
      what: `Apache Guacamole's (guacd) "RDP server closed/refused connection: ${text}"`,
      codeName,
      words: {
        en: [new RegExp(`${GUACD_LEAD}${text.toLowerCase().replace(/\./g, '\\.').replace(/ /g, '\\s')}`)],
      },
      anyLanguage: true,
      meaning: `guacd's text for the server's Set Error Info code 0x${hex(value).toUpperCase()} (the extended code).`,
      confidence: 'WR',
      source: SRC_GUACD,
      languages: FREERDP_ONLY,
    }),
  ),
  {
    // Guacamole's web page: ERROR_CLIENT_DEFAULT / ERROR_TUNNEL_DEFAULT. Not the Windows client's "An internal error
    // has occurred" (mstsc's 0x4), whose words it contains.
    id: 'guacamole-internal-error',
    what: 'Apache Guacamole\'s page "An internal error has occurred within the Guacamole server, and the connection has been terminated"',
    overrides: ['internal-error'],
    words: { en: [/internal error has occurred within the guacamole server/] },
    meaning:
      "Guacamole's web page for an error it has no other message for: the text is Guacamole's, not the Windows client's \"An internal error has occurred\", and names no cause. guacd's log at that time (journalctl -u guacd, or the guacd container's output) says what failed.",
    confidence: 'WR',
    source: `${SRC_GUAC_WEB}: ERROR_CLIENT_DEFAULT`,
    otherProduct: true,
  },
  {
    id: 'guacamole-upstream-unreachable',
    what: 'Apache Guacamole\'s page "The remote desktop server is currently unreachable"',
    // Its own words: the server cannot be reached (issue 60).
    states: [networkUnreachable.id],
    words: { en: [/remote desktop server is currently unreachable\. if the problem persists/] },
    meaning:
      'Guacamole\'s page for its UPSTREAM_NOT_FOUND status, which guacd sends for several FreeRDP errors: the TCP connection failed, the name did not resolve, the TLS handshake failed, or the transport broke. guacd\'s log line "RDP server closed/refused connection: …" says which.',
    confidence: 'WR',
    source: `${SRC_GUAC_WEB}: ERROR_CLIENT_207; ${SRC_GUACD}`,
  },
  guacamolePage(
    'guacamole-session-conflict',
    'ERROR_CLIENT_209',
    'The remote desktop server has closed the connection because it conflicts with another connection',
    [sessionLimit.id],
    "Guacamole's page for its SESSION_CONFLICT status: the remote desktop server ended the connection because another connection took its session (the same user signing in elsewhere, or the server's limit of one session per user).",
  ),
  guacamolePage(
    'guacamole-access-denied',
    'ERROR_CLIENT_303',
    'The remote desktop server has denied access to this connection',
    [authLogonRight.id, serverDenied.id],
    "Guacamole's page for its CLIENT_FORBIDDEN status: the remote desktop server refused this user access after the sign-in (the user's right to sign in through Remote Desktop), or refused the connection itself.",
  ),
  {
    // connection.c logs it when the negotiation failed and nothing set a more precise error (it then sets
    // ERRCONNECT_SECURITY_NEGO_CONNECT_FAILED).
    id: 'freerdp-nego-or-connection-failure',
    what: 'FreeRDP\'s log line "Error: protocol security negotiation or connection failure"',
    states: [securityLayerMismatch.id, networkUnreachable.id],
    // Its own text says no more precise error was set: an ERRCONNECT_ line or a server's status read beside it is that
    // error, and leads (issue 60).
    generic: true,
    words: { en: [/protocol security negotiation or connection failure/] },
    anyLanguage: true,
    meaning:
      'FreeRDP could not connect or agree a security protocol with the server, and no more precise error was set: either nothing answered, or the server refused every security protocol offered (FreeRDP then sets ERRCONNECT_SECURITY_NEGO_CONNECT_FAILED).',
    confidence: 'WR',
    source: `FreeRDP libfreerdp/core/connection.c, rdp_client_connect (${FREERDP}/libfreerdp/core/connection.c)`,
    languages: FREERDP_ONLY,
  },
  {
    // tcp.c logs it where the TCP connection to the server failed, after setting ERRCONNECT_CONNECT_FAILED: FreeRDP's
    // line in its own log format (the com.freerdp.core tag), never another program's "failed to connect to".
    id: 'freerdp-tcp-failed-to-connect',
    what: 'FreeRDP\'s log line "failed to connect to <server>" (com.freerdp.core)',
    states: [networkUnreachable.id],
    words: { en: [/\[com\.freerdp\.core\]\s{0,3}-\s{0,3}(?:\[\w{1,60}\]:?\s{0,3})?failed to connect to\s/] },
    anyLanguage: true,
    meaning: `${TCP_CONNECT_FAILED} FreeRDP sets ERRCONNECT_CONNECT_FAILED as it logs this line.`,
    confidence: 'WR',
    source: `FreeRDP libfreerdp/core/tcp.c, freerdp_tcp_connect: freerdp_set_last_error_if_not(context, FREERDP_ERROR_CONNECT_FAILED) then WLog_ERR(TAG, "failed to connect to %s", hostname) (${FREERDP}/libfreerdp/core/tcp.c)`,
    languages: FREERDP_ONLY,
  },
  {
    // Issue #60: the name lookup failed first (getaddrinfo, its error in the system's language), so the negotiation
    // line after it is no negotiation failure.
    id: 'freerdp-nego-after-getaddrinfo',
    what: 'FreeRDP\'s "Error: protocol security negotiation or connection failure" after its line "transport_connect: getaddrinfo (…)"',
    states: [networkUnreachable.id],
    overrides: ['freerdp-nego-or-connection-failure'],
    words: {
      en: [
        /\b(?:transport_connect|freerdp_tcp_connect|tcp_connect): getaddrinfo\b/,
        /protocol security negotiation or connection failure/,
      ],
    },
    anyLanguage: true,
    meaning:
      "FreeRDP could not resolve the server's name (getaddrinfo failed: the message in parentheses is the system's, in its language), so it never connected: the negotiation line after it is the consequence, not a refused security protocol. Check the name (a typo, a short name outside its DNS suffix, a VPN's DNS not in use) or connect by address.",
    confidence: 'WR',
    source: `FreeRDP libfreerdp/core/tcp.c, freerdp_tcp_connect's "getaddrinfo (%s)" line with gai_strerror (${FREERDP}/libfreerdp/core/tcp.c), and libfreerdp/core/connection.c, rdp_client_connect (${FREERDP}/libfreerdp/core/connection.c)`,
    languages: FREERDP_ONLY,
  },
  {
    id: 'freerdp-post-connect-failed',
    kind: 'uncatalogued',
    what: 'FreeRDP\'s log line "freerdp_post_connect failed"',
    overrides: ['freerdp-errconnect-post-connect-failed'],
    words: { en: [/freerdp_post_connect failed/] },
    anyLanguage: true,
    meaning:
      "The connection was made and FreeRDP's own set-up after it failed (its display, graphics or channels on the client; FreeRDP then sets ERRCONNECT_POST_CONNECT_FAILED): a client-side failure, not the server's refusal.",
    confidence: 'WR',
    source: `FreeRDP libfreerdp/core/freerdp.c, freerdp_connect (${FREERDP}/libfreerdp/core/freerdp.c)`,
    languages: FREERDP_ONLY,
  },
  {
    id: 'remmina-tls',
    what: 'Remmina\'s "Could not connect to the RDP server … via TLS"',
    states: [tlsProtocolMismatch.id, securityLayerMismatch.id],
    words: { en: [/could not connect to the rdp server [\s\S]{0,160}?via tls/] },
    meaning:
      "Remmina's text for FreeRDP's ERRCONNECT_TLS_CONNECT_FAILED: the TLS handshake with the server failed (TLS versions, the security layer); its text does not say the certificate.",
    confidence: 'WR',
    source: SRC_REMMINA,
    languages: REMMINA_ENGLISH,
    note: 'Remmina\'s "TLS Security Level" and "Security protocol negotiation" settings are FreeRDP\'s /tls:seclevel and /sec options; its debug output (run it from a terminal) has FreeRDP\'s lines.',
  },
  {
    id: 'remmina-security-negotiation',
    what: 'Remmina\'s "Unable to establish a connection to the RDP server …. Check "Security protocol negotiation""',
    states: [securityLayerMismatch.id],
    words: {
      en: [/unable to establish a connection to the rdp server [\s\S]{0,160}?check .security protocol negotiation/],
    },
    meaning:
      "Remmina's text for FreeRDP's ERRCONNECT_SECURITY_NEGO_CONNECT_FAILED: the server refused every security protocol offered; the connection's \"Security protocol negotiation\" setting does not fit the server's Security Layer.",
    confidence: 'WR',
    source: SRC_REMMINA,
    languages: REMMINA_ENGLISH,
  },
  {
    id: 'remmina-address-not-found',
    what: 'Remmina\'s "Could not find the address for the RDP server …"',
    codeName: 'disconnectReasonDNSLookupFailed',
    words: { en: [/could not find the address for the rdp server/] },
    meaning: "Remmina's text for FreeRDP's ERRCONNECT_DNS_NAME_NOT_FOUND: the server name did not resolve.",
    confidence: 'WR',
    source: SRC_REMMINA,
    languages: REMMINA_ENGLISH,
  },
  {
    id: 'remmina-failed-to-connect',
    kind: 'unspecific',
    what: 'Remmina\'s "Failed to connect to the RDP server …"',
    words: { en: [/failed to connect to the rdp server/] },
    meaning:
      "Remmina's text for FreeRDP's ERRCONNECT_CONNECT_FAILED: the connection could not be made; the text names no cause (Remmina's debug output has FreeRDP's line, whose function says which connection).",
    confidence: 'WR',
    source: SRC_REMMINA,
    languages: REMMINA_ENGLISH,
  },
  {
    // The first line of Remmina's seven "could not access" messages: alone, the causes of their reasons, the account's
    // state first (six of the seven), then the logon right (insufficient privileges).
    id: 'remmina-could-not-access',
    what: 'Remmina\'s "Could not access the RDP server …." (without its reason line)',
    states: [authAccountState.id, authLogonRight.id],
    words: { en: [/could not access the rdp server/] },
    meaning:
      "The first line of Remmina's messages for an account the server refused whatever its password: the line after it names the reason (account locked out, expired, disabled or restricted, password expired or to be changed, insufficient user privileges).",
    confidence: 'WR',
    source: SRC_REMMINA,
    languages: REMMINA_ENGLISH,
  },
  ...(
    [
      ['account-locked-out', 'account locked out', 'STATUS_ACCOUNT_LOCKED_OUT'],
      ['account-expired', 'account expired', 'STATUS_ACCOUNT_EXPIRED'],
      ['password-expired', 'password expired', 'STATUS_PASSWORD_EXPIRED'],
      ['account-disabled', 'account disabled', 'STATUS_ACCOUNT_DISABLED'],
      ['insufficient-privileges', 'insufficient user privileges', 'exDiscReasonServerInsufficientPrivileges'],
      ['account-restricted', 'account restricted', 'STATUS_ACCOUNT_RESTRICTION'],
      ['must-change', 'change user password before connecting', 'STATUS_PASSWORD_MUST_CHANGE'],
    ] as const
  ).map(
    ([id, words, codeName]): KnownSentence => ({
      id: `remmina-${id}`,
      what: `Remmina's "Could not access the RDP server …. ${words[0].toUpperCase()}${words.slice(1)}."`,
      codeName,
      // The Windows dialog's words inside Remmina's ("… account locked out"): Remmina's message is meant.
      overrides: ['account-locked', 'remmina-could-not-access'],
      words: {
        en: [new RegExp(String.raw`could not access the rdp server [\s\S]{0,160}?${words.replace(/ /g, '\\s')}\b`)],
      },
      meaning: `Remmina's text for ${codeName} (FreeRDP's error of the same name): ${words}.`,
      confidence: 'WR',
      source: SRC_REMMINA,
      languages: REMMINA_ENGLISH,
    }),
  ),
  {
    id: 'remmina-server-refused',
    what: 'Remmina\'s "The … server refused the connection."',
    codeName: 'exDiscReasonServerDeniedConnection',
    // Its own words: the server refused the connection (its code's other causes follow).
    states: [serverDenied.id],
    words: { en: [/\bthe [\u201c"'][^\u201d"'\n]{1,120}[\u201d"'] server refused the connection\b/] },
    meaning: "Remmina's text for the server's Set Error Info code 0x7: the server refused the connection.",
    confidence: 'WR',
    source: SRC_REMMINA,
    languages: REMMINA_ENGLISH,
  },
  {
    id: 'remmina-gateway-policy',
    what: 'Remmina\'s "The Remote Desktop Gateway … denied the user … access due to policy."',
    codeName: 'E_PROXY_NAP_ACCESSDENIED',
    words: { en: [/the remote desktop gateway [\s\S]{0,160}?denied the user [\s\S]{0,160}?access due to policy/] },
    meaning:
      "Remmina's text for the RD Gateway's 0x800759DB (E_PROXY_NAP_ACCESSDENIED): the gateway's policy refused the user.",
    confidence: 'WR',
    source: SRC_REMMINA,
    languages: REMMINA_ENGLISH,
  },
  {
    // Remmina's catch-all, in its older wording ("Unable to connect to RDP server …") and its newer one.
    id: 'remmina-cannot-connect',
    what: 'Remmina\'s catch-all "Cannot connect to the … RDP server." (older versions: "Unable to connect to RDP server …")',
    generic: true,
    // Its pages' ranking (ranked-dialogs.ts), r29-h60w: the catch-all prints no reason.
    states: [tlsCertificate.id, networkUnreachable.id, credsspNla.id],
    rankedBy:
      "Remmina prints no reason; its issues and forum threads rank a server certificate that changed since the last connection first (FreeRDP refused it: the server's line in ~/.freerdp/known_hosts, issues 498 and 532), then a server not reached and Network Level Authentication (issue 912: a server down and a wrong password show the same words in older versions). Remmina's debug output names the reason.",
    rankedUnless: NOT_A_WINDOWS_LISTENER,
    words: {
      en: [
        /cannot connect to the [\u201c"'][^\u201d"'\n]{1,120}[\u201d"'] rdp server|unable to connect to rdp server\b/,
      ],
    },
    meaning:
      "Remmina's message for a FreeRDP error it does not translate (a wrong password and a server that is down can both show it): it names no cause. Its users' reports point first to a server certificate that changed since the last connection (remove the server's line from ~/.freerdp/known_hosts), then to a server not reached and to Network Level Authentication. Remmina's debug output has FreeRDP's ERRCONNECT line, which says which.",
    confidence: 'WR',
    source: `${SRC_REMMINA}; Remmina issues 498 and 912 (the catch-all in older versions, https://github.com/FreeRDP/Remmina/issues/912)`,
    languages: REMMINA_ENGLISH,
    note: 'Quit Remmina, start it from a terminal (remmina, with G_MESSAGES_DEBUG=all), connect again and paste the lines with ERRCONNECT_ or ERRINFO_.',
  },
  // Other products' clients: their numbers are their own (issue 60: a near miss per vendor in the tests).
  {
    id: 'citrix-client-error',
    what: 'a Citrix Workspace app / Receiver error ("The connection to … failed with status (1030)", "SSL Error 61")',
    commandOutput: true,
    otherProduct: true,
    words: {
      en: [
        /\b(?:citrix|xenapp|xendesktop|receiver)\b[\s\S]{0,300}?(?:failed with status \(?\d{1,5}\)?|ssl error \d{1,3})|(?:failed with status \(?\d{1,5}\)?|ssl error \d{1,3})[\s\S]{0,300}?\b(?:citrix|xenapp|xendesktop)\b/,
      ],
    },
    numbers: "Citrix's own status or SSL error number (not in our tables)",
    meaning:
      "A Citrix client's error (ICA/HDX, not Remote Desktop): its number is Citrix's own, not a Remote Desktop code, and is not in our tables (1030 is not mstsc's 0x406). Citrix documents its SSL Error 61 as a server certificate whose issuing authority the client does not trust, and status 1030 as a generic network failure of the connection to the VDA (ports 1494/2598, the Gateway's STA, name resolution).",
    confidence: 'WR',
    source:
      'Citrix support article CTX101990 "SSL Error 61: You have not chosen to trust Certificate Authority" (https://support.citrix.com/s/article/CTX101990); status 1030: widely reported (https://blog.ollischer.com/citrix-receiver-for-windows-the-connection-to-failed-with-status-1030)',
  },
  {
    id: 'anydesk-error',
    what: 'an AnyDesk error ("Session ended unexpectedly", error codes such as anynet_unknown, win32_10054)',
    commandOutput: true,
    otherProduct: true,
    words: {
      en: [
        /\banydesk\b[\s\S]{0,300}?\b(?:anynet_\w{1,40}|win32_\d{1,5})\b|\b(?:anynet_\w{1,40}|win32_\d{1,5})\b[\s\S]{0,300}?\banydesk\b/,
      ],
    },
    numbers: "AnyDesk's own error code (not in our tables)",
    meaning:
      'An AnyDesk session error, not Remote Desktop\'s: its code is AnyDesk\'s own and is not in our tables. AnyDesk documents "Session ended unexpectedly" (anynet_unknown, win32_10054, win32_10060, win32_10061) as the connection broken from outside: a device off or offline, a firewall, security software or a network device ending the session.',
    confidence: 'WR',
    source:
      'AnyDesk support "Session ended unexpectedly" (https://support.anydesk.com/docs/session-has-ended-unexpectedly.md)',
  },
  {
    id: 'vnc-viewer-error',
    what: 'a VNC viewer\'s numbered error ("Error 3: Invalid Protocol Handshake", "Error 8: Auth Failure", Screens\' VNC errors)',
    commandOutput: true,
    otherProduct: true,
    words: {
      en: [
        /\b(?:vnc|realvnc|tightvnc|ultravnc|tigervnc)\b[\s\S]{0,300}?\berror \d{1,3}:|\berror \d{1,3}:[\s\S]{0,300}?\b(?:vnc|realvnc|tightvnc|ultravnc|tigervnc)\b|\berror \d{1,3}: auth failure\b/,
      ],
    },
    numbers: "the VNC viewer's own error number (not in our tables)",
    meaning:
      "A VNC connection error (the RFB protocol, not Remote Desktop): the number is the VNC viewer's own list, not a Remote Desktop code, and is not in our tables.",
    confidence: 'WR',
    source: 'Edovia Screens "VNC Errors" (https://help.edovia.com/en/screens-4/errors/vnc-errors)',
  },
  {
    id: 'splashtop-error',
    what: 'a Splashtop error ("Wrong Password" with its "S=…, E=…" code)',
    commandOutput: true,
    otherProduct: true,
    words: {
      en: [
        /\bsplashtop\b[\s\S]{0,300}?\bs=\d{1,6}\W{1,3}e=\d{1,6}|\bs=\d{1,6}\W{1,3}e=\d{1,6}\b[\s\S]{0,300}?\bsplashtop\b/,
      ],
    },
    numbers: "Splashtop's own error code (not in our tables)",
    meaning:
      "A Splashtop error, not Remote Desktop's: its code is Splashtop's own and is not in our tables. Splashtop documents \"Wrong Password\" (with an S=…, E=… code) as the Splashtop account's password or the streamer's security code refused.",
    confidence: 'WR',
    source:
      'Splashtop Business support "What can I do if I get a Wrong password error" (https://support-splashtopbusiness.splashtop.com/hc/en-us/articles/212724823)',
  },
];

export const THIRD_PARTY_SENTENCES: readonly KnownSentence[] = THIRD_PARTY.map((e) => ({
  ...e,
  source: `Widely reported in public logs and threads quoting it; the product's own text: ${e.source}`,
}));
