/**
 * The code families in full (issue 50): each family is checked against the list of its public source (MS-ERREF
 * §2.1/§2.2/§2.3, RFC 4120/4556/6113, Microsoft Learn's Windows Sockets error codes, the DesktopVirtualization API's
 * KnownHealthCheckName and KnownStatus), every row of it is read end to end through `rdpdiag explain-code --format
 * json` with its name and source, and near misses are not read as it.
 */
import { describe, expect, it } from 'vitest';
import { formatHex32, NTSTATUS_CODES, SSPI_STATUS_CODES, WIN32_ERRORS } from '../../patterns/codes/index.js';
import { AVD_ERRORS, KERBEROS_ERRORS } from '../../src/explain/tables/index.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { rdpdiag } from '../helpers/cli.js';

interface Reading {
  readonly table?: string;
  readonly name?: string;
  readonly source?: string;
  readonly meaning?: string;
}
interface Answer {
  readonly primary?: Reading;
  readonly other?: Reading;
  readonly paste?: { readonly parts?: readonly { readonly table: string; readonly text?: string }[] };
  readonly likelyCauses?: readonly { readonly causeId: string }[];
}

async function explain(...args: string[]): Promise<{ code: number; answer?: Answer; main?: Reading }> {
  const r = await rdpdiag(['explain-code', ...args, '--format', 'json']);
  if (r.code !== 0) return { code: r.code };
  const answer = JSON.parse(r.stdout) as Answer;
  return { code: r.code, answer, main: answer.primary ?? answer.other };
}

/** Names given in code order from `first`, one code apart (the blocks of winerror.h as MS-ERREF lists them). */
const block = (first: number, names: readonly string[]): [number, string][] =>
  names.map((name, i) => [(first + i) >>> 0, name]);

/** MS-ERREF §2.1: the NTE_* block (0x80090001–0x8009002F). */
const NTE = block(0x80090001, [
  'NTE_BAD_UID',
  'NTE_BAD_HASH',
  'NTE_BAD_KEY',
  'NTE_BAD_LEN',
  'NTE_BAD_DATA',
  'NTE_BAD_SIGNATURE',
  'NTE_BAD_VER',
  'NTE_BAD_ALGID',
  'NTE_BAD_FLAGS',
  'NTE_BAD_TYPE',
  'NTE_BAD_KEY_STATE',
  'NTE_BAD_HASH_STATE',
  'NTE_NO_KEY',
  'NTE_NO_MEMORY',
  'NTE_EXISTS',
  'NTE_PERM',
  'NTE_NOT_FOUND',
  'NTE_DOUBLE_ENCRYPT',
  'NTE_BAD_PROVIDER',
  'NTE_BAD_PROV_TYPE',
  'NTE_BAD_PUBLIC_KEY',
  'NTE_BAD_KEYSET',
  'NTE_PROV_TYPE_NOT_DEF',
  'NTE_PROV_TYPE_ENTRY_BAD',
  'NTE_KEYSET_NOT_DEF',
  'NTE_KEYSET_ENTRY_BAD',
  'NTE_PROV_TYPE_NO_MATCH',
  'NTE_SIGNATURE_FILE_BAD',
  'NTE_PROVIDER_DLL_FAIL',
  'NTE_PROV_DLL_NOT_FOUND',
  'NTE_BAD_KEYSET_PARAM',
  'NTE_FAIL',
  'NTE_SYS_ERR',
  'NTE_SILENT_CONTEXT',
  'NTE_TOKEN_KEYSET_STORAGE_FULL',
  'NTE_TEMPORARY_PROFILE',
  'NTE_FIXEDPARAMETER',
  'NTE_INVALID_HANDLE',
  'NTE_INVALID_PARAMETER',
  'NTE_BUFFER_TOO_SMALL',
  'NTE_NOT_SUPPORTED',
  'NTE_NO_MORE_ITEMS',
  'NTE_BUFFERS_OVERLAP',
  'NTE_DECRYPTION_FAILURE',
  'NTE_INTERNAL_ERROR',
  'NTE_UI_REQUIRED',
  'NTE_HMAC_NOT_SUPPORTED',
]);

/** MS-ERREF §2.1: CRYPT_E_* (the message, the certificate-store and the ASN.1 blocks), TRUST_E_*, CERT_E_*. */
const CRYPT_TRUST_CERT: [number, string][] = [
  ...block(0x80091001, [
    'CRYPT_E_MSG_ERROR',
    'CRYPT_E_UNKNOWN_ALGO',
    'CRYPT_E_OID_FORMAT',
    'CRYPT_E_INVALID_MSG_TYPE',
    'CRYPT_E_UNEXPECTED_ENCODING',
    'CRYPT_E_AUTH_ATTR_MISSING',
    'CRYPT_E_HASH_VALUE',
    'CRYPT_E_INVALID_INDEX',
    'CRYPT_E_ALREADY_DECRYPTED',
    'CRYPT_E_NOT_DECRYPTED',
    'CRYPT_E_RECIPIENT_NOT_FOUND',
    'CRYPT_E_CONTROL_TYPE',
    'CRYPT_E_ISSUER_SERIALNUMBER',
    'CRYPT_E_SIGNER_NOT_FOUND',
    'CRYPT_E_ATTRIBUTES_MISSING',
    'CRYPT_E_STREAM_MSG_NOT_READY',
    'CRYPT_E_STREAM_INSUFFICIENT_DATA',
  ]),
  ...block(0x80092001, [
    'CRYPT_E_BAD_LEN',
    'CRYPT_E_BAD_ENCODE',
    'CRYPT_E_FILE_ERROR',
    'CRYPT_E_NOT_FOUND',
    'CRYPT_E_EXISTS',
    'CRYPT_E_NO_PROVIDER',
    'CRYPT_E_SELF_SIGNED',
    'CRYPT_E_DELETED_PREV',
    'CRYPT_E_NO_MATCH',
    'CRYPT_E_UNEXPECTED_MSG_TYPE',
    'CRYPT_E_NO_KEY_PROPERTY',
    'CRYPT_E_NO_DECRYPT_CERT',
    'CRYPT_E_BAD_MSG',
    'CRYPT_E_NO_SIGNER',
    'CRYPT_E_PENDING_CLOSE',
    'CRYPT_E_REVOKED',
    'CRYPT_E_NO_REVOCATION_DLL',
    'CRYPT_E_NO_REVOCATION_CHECK',
    'CRYPT_E_REVOCATION_OFFLINE',
    'CRYPT_E_NOT_IN_REVOCATION_DATABASE',
  ]),
  ...block(0x80092020, [
    'CRYPT_E_INVALID_NUMERIC_STRING',
    'CRYPT_E_INVALID_PRINTABLE_STRING',
    'CRYPT_E_INVALID_IA5_STRING',
    'CRYPT_E_INVALID_X500_STRING',
    'CRYPT_E_NOT_CHAR_STRING',
    'CRYPT_E_FILERESIZED',
    'CRYPT_E_SECURITY_SETTINGS',
    'CRYPT_E_NO_VERIFY_USAGE_DLL',
    'CRYPT_E_NO_VERIFY_USAGE_CHECK',
    'CRYPT_E_VERIFY_USAGE_OFFLINE',
    'CRYPT_E_NOT_IN_CTL',
    'CRYPT_E_NO_TRUSTED_SIGNER',
    'CRYPT_E_MISSING_PUBKEY_PARA',
  ]),
  [0x80093000, 'CRYPT_E_OSS_ERROR'],
  ...block(0x80093100, [
    'CRYPT_E_ASN1_ERROR',
    'CRYPT_E_ASN1_INTERNAL',
    'CRYPT_E_ASN1_EOD',
    'CRYPT_E_ASN1_CORRUPT',
    'CRYPT_E_ASN1_LARGE',
    'CRYPT_E_ASN1_CONSTRAINT',
    'CRYPT_E_ASN1_MEMORY',
    'CRYPT_E_ASN1_OVERFLOW',
    'CRYPT_E_ASN1_BADPDU',
    'CRYPT_E_ASN1_BADARGS',
    'CRYPT_E_ASN1_BADREAL',
    'CRYPT_E_ASN1_BADTAG',
    'CRYPT_E_ASN1_CHOICE',
    'CRYPT_E_ASN1_RULE',
    'CRYPT_E_ASN1_UTF8',
  ]),
  [0x80093133, 'CRYPT_E_ASN1_PDU_TYPE'],
  [0x80093134, 'CRYPT_E_ASN1_NYI'],
  [0x80093201, 'CRYPT_E_ASN1_EXTENDED'],
  [0x80093202, 'CRYPT_E_ASN1_NOEOD'],
  ...block(0x80096001, [
    'TRUST_E_SYSTEM_ERROR',
    'TRUST_E_NO_SIGNER_CERT',
    'TRUST_E_COUNTER_SIGNER',
    'TRUST_E_CERT_SIGNATURE',
    'TRUST_E_TIME_STAMP',
  ]),
  [0x80096010, 'TRUST_E_BAD_DIGEST'],
  [0x80096019, 'TRUST_E_BASIC_CONSTRAINTS'],
  [0x8009601e, 'TRUST_E_FINANCIAL_CRITERIA'],
  ...block(0x800b0001, [
    'TRUST_E_PROVIDER_UNKNOWN',
    'TRUST_E_ACTION_UNKNOWN',
    'TRUST_E_SUBJECT_FORM_UNKNOWN',
    'TRUST_E_SUBJECT_NOT_TRUSTED',
  ]),
  ...block(0x800b0100, [
    'TRUST_E_NOSIGNATURE',
    'CERT_E_EXPIRED',
    'CERT_E_VALIDITYPERIODNESTING',
    'CERT_E_ROLE',
    'CERT_E_PATHLENCONST',
    'CERT_E_CRITICAL',
    'CERT_E_PURPOSE',
    'CERT_E_ISSUERCHAINING',
    'CERT_E_MALFORMED',
    'CERT_E_UNTRUSTEDROOT',
    'CERT_E_CHAINING',
    'TRUST_E_FAIL',
    'CERT_E_REVOKED',
    'CERT_E_UNTRUSTEDTESTROOT',
    'CERT_E_REVOCATION_FAILURE',
    'CERT_E_CN_NO_MATCH',
    'CERT_E_WRONG_USAGE',
    'TRUST_E_EXPLICIT_DISTRUST',
    'CERT_E_UNTRUSTEDCA',
    'CERT_E_INVALID_POLICY',
    'CERT_E_INVALID_NAME',
  ]),
];

/** MS-ERREF §2.1: the smart card block (SCARD_F_*, SCARD_E_*, SCARD_P_*, SCARD_W_*). */
const SCARD: [number, string][] = [
  [0x80100001, 'SCARD_F_INTERNAL_ERROR'],
  [0x80100002, 'SCARD_E_CANCELLED'],
  [0x80100003, 'SCARD_E_INVALID_HANDLE'],
  [0x80100004, 'SCARD_E_INVALID_PARAMETER'],
  [0x80100005, 'SCARD_E_INVALID_TARGET'],
  [0x80100006, 'SCARD_E_NO_MEMORY'],
  [0x80100007, 'SCARD_F_WAITED_TOO_LONG'],
  [0x80100008, 'SCARD_E_INSUFFICIENT_BUFFER'],
  [0x80100009, 'SCARD_E_UNKNOWN_READER'],
  [0x8010000a, 'SCARD_E_TIMEOUT'],
  [0x8010000b, 'SCARD_E_SHARING_VIOLATION'],
  [0x8010000c, 'SCARD_E_NO_SMARTCARD'],
  [0x8010000d, 'SCARD_E_UNKNOWN_CARD'],
  [0x8010000e, 'SCARD_E_CANT_DISPOSE'],
  [0x8010000f, 'SCARD_E_PROTO_MISMATCH'],
  [0x80100010, 'SCARD_E_NOT_READY'],
  [0x80100011, 'SCARD_E_INVALID_VALUE'],
  [0x80100012, 'SCARD_E_SYSTEM_CANCELLED'],
  [0x80100013, 'SCARD_F_COMM_ERROR'],
  [0x80100014, 'SCARD_F_UNKNOWN_ERROR'],
  [0x80100015, 'SCARD_E_INVALID_ATR'],
  [0x80100016, 'SCARD_E_NOT_TRANSACTED'],
  [0x80100017, 'SCARD_E_READER_UNAVAILABLE'],
  [0x80100018, 'SCARD_P_SHUTDOWN'],
  [0x80100019, 'SCARD_E_PCI_TOO_SMALL'],
  [0x8010001a, 'SCARD_E_READER_UNSUPPORTED'],
  [0x8010001b, 'SCARD_E_DUPLICATE_READER'],
  [0x8010001c, 'SCARD_E_CARD_UNSUPPORTED'],
  [0x8010001d, 'SCARD_E_NO_SERVICE'],
  [0x8010001e, 'SCARD_E_SERVICE_STOPPED'],
  [0x8010001f, 'SCARD_E_UNEXPECTED'],
  [0x80100020, 'SCARD_E_ICC_INSTALLATION'],
  [0x80100021, 'SCARD_E_ICC_CREATEORDER'],
  [0x80100022, 'SCARD_E_UNSUPPORTED_FEATURE'],
  [0x80100023, 'SCARD_E_DIR_NOT_FOUND'],
  [0x80100024, 'SCARD_E_FILE_NOT_FOUND'],
  [0x80100025, 'SCARD_E_NO_DIR'],
  [0x80100026, 'SCARD_E_NO_FILE'],
  [0x80100027, 'SCARD_E_NO_ACCESS'],
  [0x80100028, 'SCARD_E_WRITE_TOO_MANY'],
  [0x80100029, 'SCARD_E_BAD_SEEK'],
  [0x8010002a, 'SCARD_E_INVALID_CHV'],
  [0x8010002b, 'SCARD_E_UNKNOWN_RES_MNG'],
  [0x8010002c, 'SCARD_E_NO_SUCH_CERTIFICATE'],
  [0x8010002d, 'SCARD_E_CERTIFICATE_UNAVAILABLE'],
  [0x8010002e, 'SCARD_E_NO_READERS_AVAILABLE'],
  [0x8010002f, 'SCARD_E_COMM_DATA_LOST'],
  [0x80100030, 'SCARD_E_NO_KEY_CONTAINER'],
  [0x80100031, 'SCARD_E_SERVER_TOO_BUSY'],
  [0x80100065, 'SCARD_W_UNSUPPORTED_CARD'],
  [0x80100066, 'SCARD_W_UNRESPONSIVE_CARD'],
  [0x80100067, 'SCARD_W_UNPOWERED_CARD'],
  [0x80100068, 'SCARD_W_RESET_CARD'],
  [0x80100069, 'SCARD_W_REMOVED_CARD'],
  [0x8010006a, 'SCARD_W_SECURITY_VIOLATION'],
  [0x8010006b, 'SCARD_W_WRONG_CHV'],
  [0x8010006c, 'SCARD_W_CHV_BLOCKED'],
  [0x8010006d, 'SCARD_W_EOF'],
  [0x8010006e, 'SCARD_W_CANCELLED_BY_USER'],
  [0x8010006f, 'SCARD_W_CARD_NOT_AUTHENTICATED'],
];

/** MS-ERREF §2.2 / Microsoft Learn "Windows Sockets Error Codes": every WSA* code (10004–11031). */
const WINSOCK: [number, string][] = [
  [10004, 'WSAEINTR'],
  [10009, 'WSAEBADF'],
  [10013, 'WSAEACCES'],
  [10014, 'WSAEFAULT'],
  [10022, 'WSAEINVAL'],
  [10024, 'WSAEMFILE'],
  ...block(10035, [
    'WSAEWOULDBLOCK',
    'WSAEINPROGRESS',
    'WSAEALREADY',
    'WSAENOTSOCK',
    'WSAEDESTADDRREQ',
    'WSAEMSGSIZE',
    'WSAEPROTOTYPE',
    'WSAENOPROTOOPT',
    'WSAEPROTONOSUPPORT',
    'WSAESOCKTNOSUPPORT',
    'WSAEOPNOTSUPP',
    'WSAEPFNOSUPPORT',
    'WSAEAFNOSUPPORT',
    'WSAEADDRINUSE',
    'WSAEADDRNOTAVAIL',
    'WSAENETDOWN',
    'WSAENETUNREACH',
    'WSAENETRESET',
    'WSAECONNABORTED',
    'WSAECONNRESET',
    'WSAENOBUFS',
    'WSAEISCONN',
    'WSAENOTCONN',
    'WSAESHUTDOWN',
    'WSAETOOMANYREFS',
    'WSAETIMEDOUT',
    'WSAECONNREFUSED',
    'WSAELOOP',
    'WSAENAMETOOLONG',
    'WSAEHOSTDOWN',
    'WSAEHOSTUNREACH',
    'WSAENOTEMPTY',
    'WSAEPROCLIM',
    'WSAEUSERS',
    'WSAEDQUOT',
    'WSAESTALE',
    'WSAEREMOTE',
  ]),
  [10091, 'WSASYSNOTREADY'],
  [10092, 'WSAVERNOTSUPPORTED'],
  [10093, 'WSANOTINITIALISED'],
  ...block(10101, [
    'WSAEDISCON',
    'WSAENOMORE',
    'WSAECANCELLED',
    'WSAEINVALIDPROCTABLE',
    'WSAEINVALIDPROVIDER',
    'WSAEPROVIDERFAILEDINIT',
    'WSASYSCALLFAILURE',
    'WSASERVICE_NOT_FOUND',
    'WSATYPE_NOT_FOUND',
    'WSA_E_NO_MORE',
    'WSA_E_CANCELLED',
    'WSAEREFUSED',
  ]),
  ...block(11001, ['WSAHOST_NOT_FOUND', 'WSATRY_AGAIN', 'WSANO_RECOVERY', 'WSANO_DATA']),
  ...block(11005, [
    'WSA_QOS_RECEIVERS',
    'WSA_QOS_SENDERS',
    'WSA_QOS_NO_SENDERS',
    'WSA_QOS_NO_RECEIVERS',
    'WSA_QOS_REQUEST_CONFIRMED',
    'WSA_QOS_ADMISSION_FAILURE',
    'WSA_QOS_POLICY_FAILURE',
    'WSA_QOS_BAD_STYLE',
    'WSA_QOS_BAD_OBJECT',
    'WSA_QOS_TRAFFIC_CTRL_ERROR',
    'WSA_QOS_GENERIC_ERROR',
    'WSA_QOS_ESERVICETYPE',
    'WSA_QOS_EFLOWSPEC',
    'WSA_QOS_EPROVSPECBUF',
    'WSA_QOS_EFILTERSTYLE',
    'WSA_QOS_EFILTERTYPE',
    'WSA_QOS_EFILTERCOUNT',
    'WSA_QOS_EOBJLENGTH',
    'WSA_QOS_EFLOWCOUNT',
    'WSA_QOS_EUNKOWNPSOBJ',
    'WSA_QOS_EPOLICYOBJ',
    'WSA_QOS_EFLOWDESC',
    'WSA_QOS_EPSFLOWSPEC',
    'WSA_QOS_EPSFILTERSPEC',
    'WSA_QOS_ESDMODEOBJ',
    'WSA_QOS_ESHAPERATEOBJ',
    'WSA_QOS_RESERVED_PETYPE',
  ]),
];

/** MS-ERREF §2.2: the Terminal Services errors (ERROR_CTX_*) a connection can meet (see winerror-more.ts for those left out). */
const CTX: [number, string][] = [
  [7001, 'ERROR_CTX_WINSTATION_NAME_INVALID'],
  [7002, 'ERROR_CTX_INVALID_PD'],
  [7003, 'ERROR_CTX_PD_NOT_FOUND'],
  [7004, 'ERROR_CTX_WD_NOT_FOUND'],
  [7007, 'ERROR_CTX_CLOSE_PENDING'],
  [7008, 'ERROR_CTX_NO_OUTBUF'],
  [7017, 'ERROR_CTX_TD_ERROR'],
  [7022, 'ERROR_CTX_WINSTATION_NOT_FOUND'],
  [7023, 'ERROR_CTX_WINSTATION_ALREADY_EXISTS'],
  [7024, 'ERROR_CTX_WINSTATION_BUSY'],
  [7025, 'ERROR_CTX_BAD_VIDEO_MODE'],
  [7037, 'ERROR_CTX_LOGON_DISABLED'],
  [7038, 'ERROR_CTX_NOT_CONSOLE'],
  [7040, 'ERROR_CTX_CLIENT_QUERY_TIMEOUT'],
  [7041, 'ERROR_CTX_CONSOLE_DISCONNECT'],
  [7042, 'ERROR_CTX_CONSOLE_CONNECT'],
  [7044, 'ERROR_CTX_SHADOW_DENIED'],
  [7049, 'ERROR_CTX_INVALID_WD'],
  ...block(7050, [
    'ERROR_CTX_SHADOW_INVALID',
    'ERROR_CTX_SHADOW_DISABLED',
    'ERROR_CTX_CLIENT_LICENSE_IN_USE',
    'ERROR_CTX_CLIENT_LICENSE_NOT_SET',
    'ERROR_CTX_LICENSE_NOT_AVAILABLE',
    'ERROR_CTX_LICENSE_CLIENT_INVALID',
    'ERROR_CTX_LICENSE_EXPIRED',
    'ERROR_CTX_SHADOW_NOT_RUNNING',
    'ERROR_CTX_SHADOW_ENDED_BY_MODE_CHANGE',
  ]),
  ...block(7060, [
    'ERROR_CTX_WINSTATIONS_DISABLED',
    'ERROR_CTX_ENCRYPTION_LEVEL_REQUIRED',
    'ERROR_CTX_SESSION_IN_USE',
    'ERROR_CTX_NO_FORCE_LOGOFF',
    'ERROR_CTX_ACCOUNT_RESTRICTION',
    'ERROR_RDP_PROTOCOL_ERROR',
  ]),
  [7068, 'ERROR_CTX_SECURITY_LAYER_ERROR'],
  [7069, 'ERROR_TS_INCOMPATIBLE_SESSIONS'],
];

/** MS-ERREF §2.2: Win32 logon, domain and RPC errors of NLA and of the domain controller, and the general ones RDP wraps. */
const WIN32_LOGON: [number, string][] = [
  [1219, 'ERROR_SESSION_CREDENTIAL_CONFLICT'],
  [1244, 'ERROR_NOT_AUTHENTICATED'],
  [1265, 'ERROR_DOWNGRADE_DETECTED'],
  [1312, 'ERROR_NO_SUCH_LOGON_SESSION'],
  [1317, 'ERROR_NO_SUCH_USER'],
  [1323, 'ERROR_WRONG_PASSWORD'],
  [1332, 'ERROR_NONE_MAPPED'],
  [1355, 'ERROR_NO_SUCH_DOMAIN'],
  [1380, 'ERROR_LOGON_NOT_GRANTED'],
  [1398, 'ERROR_TIME_SKEW'],
  [1727, 'RPC_S_CALL_FAILED_DNE'],
  [1753, 'EPT_S_NOT_REGISTERED'],
  [1786, 'ERROR_NO_TRUST_LSA_SECRET'],
  [1787, 'ERROR_NO_TRUST_SAM_ACCOUNT'],
  [1788, 'ERROR_TRUSTED_DOMAIN_FAILURE'],
  [1789, 'ERROR_TRUSTED_RELATIONSHIP_FAILURE'],
  [1792, 'ERROR_NETLOGON_NOT_STARTED'],
  [1825, 'RPC_S_SEC_PKG_ERROR'],
  [1908, 'ERROR_DOMAIN_CONTROLLER_NOT_FOUND'],
  [1935, 'ERROR_AUTHENTICATION_FIREWALL_FAILED'],
  [1203, 'ERROR_NO_NET_OR_BAD_PATH'],
  [1222, 'ERROR_NO_NETWORK'],
  [1223, 'ERROR_CANCELLED'],
  [1237, 'ERROR_RETRY'],
  [1346, 'ERROR_BAD_IMPERSONATION_LEVEL'],
  [1359, 'ERROR_INTERNAL_ERROR'],
  [1450, 'ERROR_NO_SYSTEM_RESOURCES'],
  [1460, 'ERROR_TIMEOUT'],
];

/** MS-ERREF §2.3.1: NTSTATUS values of failed logons beside the 4625 page's. */
const NTSTATUS_MORE: [number, string][] = [
  [0xc0000062, 'STATUS_INVALID_ACCOUNT_NAME'],
  [0xc000006c, 'STATUS_PASSWORD_RESTRICTION'],
  [0xc00000df, 'STATUS_NO_SUCH_DOMAIN'],
  [0xc000010b, 'STATUS_INVALID_LOGON_TYPE'],
  [0xc0000155, 'STATUS_LOGON_NOT_GRANTED'],
  [0xc0000190, 'STATUS_TRUST_FAILURE'],
  [0xc0000233, 'STATUS_DOMAIN_CONTROLLER_NOT_FOUND'],
  [0xc0000320, 'STATUS_PKINIT_FAILURE'],
  [0xc0000381, 'STATUS_SMARTCARD_CARD_BLOCKED'],
  [0xc0000383, 'STATUS_SMARTCARD_NO_CARD'],
  [0xc0000388, 'STATUS_DOWNGRADE_DETECTED'],
  [0xc000038c, 'STATUS_PKINIT_CLIENT_FAILURE'],
  [0xc000040e, 'STATUS_KDC_CERT_EXPIRED'],
  [0xc0000408, 'STATUS_USER2USER_REQUIRED'],
  [0xc00a0013, 'STATUS_CTX_LICENSE_NOT_AVAILABLE'],
  [0xc00a0038, 'STATUS_CTX_SECURITY_LAYER_ERROR'],
];

/** RFC 4120 §7.5.9, RFC 4556 §3.1.3, RFC 6113: every assigned Kerberos error code (30, 43 and 53–59 are unassigned). */
const KERBEROS_CODES: number[] = [
  ...Array.from({ length: 82 }, (_, i) => i).filter((c) => c !== 30 && c !== 43 && !(c >= 53 && c <= 59)),
  90,
  91,
  92,
  93,
];

/** The DesktopVirtualization API: KnownHealthCheckName and KnownStatus (Microsoft Learn, @azure/arm-desktopvirtualization). */
const HEALTH_CHECKS = [
  'DomainJoinedCheck',
  'DomainTrustCheck',
  'FSLogixHealthCheck',
  'SxSStackListenerCheck',
  'UrlsAccessibleCheck',
  'MonitoringAgentCheck',
  'DomainReachable',
  'WebRTCRedirectorCheck',
  'SupportedEncryptionCheck',
  'MetaDataServiceCheck',
  'AppAttachHealthCheck',
];
const STATUSES = [
  'Available',
  'Unavailable',
  'Shutdown',
  'Disconnected',
  'Upgrading',
  'UpgradeFailed',
  'NoHeartbeat',
  'NotJoinedToDomain',
  'DomainTrustRelationshipLost',
  'SxSStackListenerNotReady',
  'FSLogixNotHealthy',
  'NeedsAssistance',
];

function inTable(table: readonly { code: number; name: string }[], family: readonly [number, string][]): string[] {
  const byCode = new Map(table.map((e) => [e.code >>> 0, e.name]));
  return family
    .filter(([code, name]) => byCode.get(code) !== name)
    .map(([code, name]) => `${formatHex32(code)} ${name}`);
}

describe('each family holds its public list in full', () => {
  it('NTE_*, CRYPT_E_*, TRUST_E_*, CERT_E_*, SCARD_* (MS-ERREF 2.1) in the HRESULT table', () => {
    expect(inTable(SSPI_STATUS_CODES, [...NTE, ...CRYPT_TRUST_CERT, ...SCARD])).toEqual([]);
  });

  it('Winsock, Terminal Services and the logon Win32 errors (MS-ERREF 2.2) in the Win32 table', () => {
    expect(inTable(WIN32_ERRORS, [...WINSOCK, ...CTX, ...WIN32_LOGON])).toEqual([]);
  });

  it('the logon NTSTATUS values (MS-ERREF 2.3.1)', () => {
    expect(inTable(NTSTATUS_CODES, NTSTATUS_MORE)).toEqual([]);
  });

  it('every Kerberos error code, and no other', () => {
    expect(KERBEROS_ERRORS.map((e) => e.code).sort((a, b) => a - b)).toEqual(KERBEROS_CODES);
  });

  it('every AVD health check name and session host status', () => {
    const names = new Set(AVD_ERRORS.map((e) => e.name));
    expect([...HEALTH_CHECKS, ...STATUSES].filter((n) => !names.has(n))).toEqual([]);
  });
});

describe('every row of the new families read end to end (explain-code --format json)', () => {
  const codes: [string, readonly { code: number; name: string; source: string }[], readonly [number, string][]][] = [
    ['HRESULT', SSPI_STATUS_CODES, [...NTE, ...CRYPT_TRUST_CERT, ...SCARD]],
    ['Win32', WIN32_ERRORS, [...WINSOCK, ...CTX, ...WIN32_LOGON]],
    ['NTSTATUS', NTSTATUS_CODES, NTSTATUS_MORE],
  ];
  for (const [label, table, family] of codes)
    it(`${label}: each code gives its name and its source`, async () => {
      const byCode = new Map(table.map((e) => [e.code >>> 0, e]));
      for (const [code] of family) {
        const row = byCode.get(code);
        const typed = label === 'Win32' ? String(code) : formatHex32(code);
        const { code: rc, main } = await explain(typed);
        expect(rc, typed).toBe(0);
        expect(main?.name, typed).toBe(row?.name);
        expect(main?.source, typed).toBe(row?.source);
        expect(main?.source, typed).toMatch(/MS-ERREF|Microsoft Learn/);
      }
    });

  it('Kerberos: the FAST codes by their Failure Code label', async () => {
    for (const [code, name] of [
      [0x5a, 'KDC_ERR_PREAUTH_EXPIRED'],
      [0x5b, 'KDC_ERR_MORE_PREAUTH_DATA_REQUIRED'],
      [0x5c, 'KDC_ERR_PREAUTH_BAD_AUTHENTICATION_SET'],
      [0x5d, 'KDC_ERR_UNKNOWN_CRITICAL_FAST_OPTIONS'],
    ] as const) {
      const { main } = await explain(`Failure Code: 0x${code.toString(16).toUpperCase()}`);
      expect(main?.name).toBe(name);
      expect(main?.source).toMatch(/RFC 6113/);
    }
  });

  it('AVD: each health check, status and management error by its name', async () => {
    for (const e of AVD_ERRORS) {
      const { main } = await explain(e.name);
      expect(main?.name, e.name).toBe(e.name);
      expect(main?.source, e.name).toBe(e.source);
    }
  });

  it('NTE_BAD_KEYSET and NTE_EXISTS point to the RDP certificate (MachineKeys), as Microsoft documents', async () => {
    for (const typed of ['0x80090016', 'NTE_BAD_KEYSET', '-2146893802', '0x8009000F']) {
      const { answer, main } = await explain(typed);
      expect(main?.name, typed).toMatch(/^NTE_(BAD_KEYSET|EXISTS)$/);
      expect(answer?.likelyCauses?.[0]?.causeId, typed).toBe(tlsCertificate.id);
    }
  });
});

describe('the event and dialog sentences users paste, with Microsoft wording', () => {
  const SENTENCES: [string, string, string | undefined][] = [
    [
      'The RD Licensing grace period has expired and the service has not registered with a license server with installed licenses. A RD Licensing server is required for continuous operation. A Remote Desktop Session Host server can operate without a license server for 120 days after initial start up.',
      'rcm-1128',
      licensingGraceExpired.id,
    ],
    [
      'The RD Licensing grace period has expired and Licensing mode for the Remote Desktop Session Host server has not been configured. Licensing mode must be configured for continuous operation.',
      'rcm-1069',
      licensingGraceExpired.id,
    ],
    [
      'The Remote Desktop Session Host server does not have a Remote Desktop license server specified. To specify a license server for the Remote Desktop Session Host server, use the Remote Desktop Session Host Configuration tool.',
      'rcm-1130',
      licensingServerUnavailable.id,
    ],
    ['No Remote Desktop license server is specified.', 'rcm-1130', licensingServerUnavailable.id],
    [
      "The task you are trying to do can't be completed because Remote Desktop Services is currently busy. Please try again in a few minutes. Other users should still be able to log on.",
      'busy',
      undefined,
    ],
    ['Remote Desktop Service is currently busy', 'busy', undefined],
    [
      'The RDP protocol component X.224 detected an error in the protocol stream and has disconnected the client.',
      'termdd-50',
      undefined,
    ],
    [
      'The RD Session Host Server has failed to create a new self signed certificate to be used for RD Session Host Server authentication on TLS connections. The relevant status code was Keyset does not exist',
      'termservice-1057',
      tlsCertificate.id,
    ],
    [
      'The RD Session Host Server has failed to replace the expired self signed certificate used for RD Session Host Server authentication on TLS connections. The relevant status code was Access is denied.',
      'termservice-1058',
      tlsCertificate.id,
    ],
    [
      'A fatal error occurred when attempting to access the TLS server credential private key. The error code returned from the cryptographic module is 0x8009030D. The internal error state is 10001.',
      'schannel-36870',
      tlsCertificate.id,
    ],
    [
      'A fatal error occurred while creating a TLS server credential. The internal error state is 10013.',
      'schannel-36871',
      undefined,
    ],
    [
      'The remote PC ended your session. If this keeps happening, contact your network administrator for assistance.',
      'windows-365-session-ended',
      undefined,
    ],
    ['Account switch detected', 'macos-account-switch-detected', undefined],
  ];
  for (const [text, id, cause] of SENTENCES)
    it(`${id}: ${text.slice(0, 60)}…`, async () => {
      const { code, answer } = await explain(text);
      expect(code).toBe(0);
      const sentences = (answer?.paste?.parts ?? []).filter((p) => p.table === 'sentence').map((p) => p.text);
      expect(sentences).toContain(id);
      if (cause) expect(answer?.likelyCauses?.map((c) => c.causeId)).toContain(cause);
    });

  it('TermDD 50 says what Microsoft says fixes it (the licensing certificate values under RCM)', async () => {
    const { answer } = await explain(
      'The RDP protocol component X.224 detected an error in the protocol stream and has disconnected the client.',
    );
    expect(JSON.stringify(answer)).toMatch(/X509 Certificate ID/);
  });
});

describe('near misses are not read as the new rows', () => {
  it('a code just past a block is not read as one of its names', async () => {
    for (const [typed, not] of [
      ['0x80090030', /^NTE_/],
      ['0x80091012', /^CRYPT_E_/],
      ['0x8009202D', /^CRYPT_E_/],
      ['0x80096006', /^TRUST_E_/],
      ['0x800B0115', /^CERT_E_/],
      ['0x80100000', /^SCARD_/],
      ['Failure Code: 0x5E', /^KDC_ERR_/],
      ['10000', /^WSA/],
    ] as const) {
      const { main } = await explain(typed);
      expect(main?.name ?? '', typed).not.toMatch(not);
    }
  });

  it('a name with a letter more is refused, not read as the name', async () => {
    for (const typed of ['NTE_BAD_KEYSETS', 'KDC_ERR_PREAUTH_EXPIRE', 'Availablee', 'TenantNotFounds']) {
      const { code } = await explain(typed);
      expect(code, typed).toBe(2);
    }
  });

  it('bare numbers the Terminal Services block leaves to the events stay the events', async () => {
    for (const [typed, event] of [
      ['1058', /1058/],
      ['7045', /7045/],
    ] as const) {
      const { main } = await explain(typed);
      expect(main?.table, typed).toBe('event');
      expect(main?.name, typed).toMatch(event);
    }
  });

  it('a sentence near a new one is not read as it', async () => {
    for (const [text, not] of [
      ['The RD Licensing grace period is about to expire on 1/1/2030 and the service has not registered', 'rcm-1128'],
      ['Remote Desktop Services is currently idle', 'busy'],
      ['The remote PC ended the call', 'windows-365-session-ended'],
      ['A Remote Desktop license server is specified', 'rcm-1130'],
      ['The account switch was not detected', 'macos-account-switch-detected'],
    ] as const) {
      const { answer } = await explain(text);
      const sentences = (answer?.paste?.parts ?? []).filter((p) => p.table === 'sentence').map((p) => p.text);
      expect(sentences, text).not.toContain(not);
    }
  });
});
