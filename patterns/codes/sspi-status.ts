/**
 * SSPI (SEC_E_* / SEC_I_*), CRYPT_E_* and HRESULT codes, as they appear in Schannel `ErrorCode`,
 * RdpCoreTS 139 `ResultCode`, RdpCoreTS/RDPClient 226 `ErrorCode`, RdpCoreTS 227 trace strings and
 * LsaSrv events; plus the plain Win32 codes RdpCoreTS 142/143 log in `error`.
 *
 * Sources: SSPI Status Codes (learn.microsoft.com/windows/win32/secauthn/sspi-status-codes), winerror.h /
 * [MS-ERREF] §2.1, MS-WCCE (CRYPT_E_REVOCATION_OFFLINE).
 */
import { parseCodeValue } from './parse.js';
import { indexByCode } from './table.js';
import type { CodeEntry } from './types.js';

const SRC_SSPI = 'Microsoft Learn: SSPI status codes; MS-ERREF 2.1 HRESULT values (winerror.h)';
const SRC_OBSERVED = 'Widely reported: the value as real RdpCoreTS 227 records show it; undocumented';
const SRC_WIN32 = 'MS-ERREF 2.2 Win32 error codes (winerror.h)';

export const SSPI_STATUS_CODES: readonly CodeEntry[] = [
  {
    code: 0x00090312,
    name: 'SEC_I_CONTINUE_NEEDED',
    meaning: 'Not an error: the handshake needs another round trip.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x00090313,
    name: 'SEC_I_COMPLETE_NEEDED',
    meaning: 'Not an error: the caller must complete the token.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x00090314,
    name: 'SEC_I_COMPLETE_AND_CONTINUE',
    meaning: 'Not an error: complete the token and continue the handshake.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x00090320,
    name: 'SEC_I_INCOMPLETE_CREDENTIALS',
    meaning: 'The credentials supplied were not complete (for TLS: the server asked for a client certificate).',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x00090321,
    name: 'SEC_I_RENEGOTIATE',
    meaning: 'The peer asked to renegotiate the TLS session.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090302,
    name: 'SEC_E_UNSUPPORTED_FUNCTION',
    meaning: 'The function requested is not supported.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: 'mstsc\'s CredSSP dialog quotes this text: "The function requested is not supported … This could be due to CredSSP encryption oracle remediation" (client LsaSrv 6041).',
  },
  {
    code: 0x80090304,
    name: 'SEC_E_INTERNAL_ERROR',
    meaning:
      'The Local Security Authority cannot be contacted (an internal SSPI error). The dialog reads "An authentication error has occurred. The Local Security Authority cannot be contacted".',
    confidence: 'MS',
    source: `${SRC_SSPI}; Microsoft support article KB 2493594 (the LSA dialog)`,
    note: 'Server side in RdpCoreTS 139 around a failed handshake: the server could not complete TLS (no cipher suite in common, an unusable certificate key). Client side: the client would not send credentials — often the CredSSP or NLA policy, or a server that allows no protocol the client offers.',
  },
  {
    code: 0x80090308,
    name: 'SEC_E_INVALID_TOKEN',
    meaning: 'The token supplied to the function is invalid (a malformed or unexpected handshake message).',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x8009030c,
    name: 'SEC_E_LOGON_DENIED',
    meaning: 'The logon attempt failed.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: 'Confirm with Security 4625 and RdpCoreTS 140.',
  },
  {
    code: 0x8009030d,
    name: 'SEC_E_UNKNOWN_CREDENTIALS',
    meaning:
      'The credentials supplied to the package were not recognised: the server cannot use its TLS certificate or read its private key.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: "Microsoft's example for Schannel 36870 (internal state 10001): MachineKeys permissions or a corrupt RDP key.",
  },
  {
    code: 0x8009030e,
    name: 'SEC_E_NO_CREDENTIALS',
    meaning: 'No credentials are available in the security package.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090311,
    name: 'SEC_E_NO_AUTHENTICATING_AUTHORITY',
    meaning: 'No authority could be contacted for authentication: no domain controller/KDC reachable for NLA.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: 'Client side: 6151 (0x1807).',
  },
  {
    code: 0x80090322,
    name: 'SEC_E_WRONG_PRINCIPAL',
    meaning: 'The target principal name is incorrect (SPN/name mismatch).',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090324,
    name: 'SEC_E_TIME_SKEW',
    meaning: 'The clocks on the client and server machines are skewed.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: 'Client side: 7431; Security 4625 0xC0000133.',
  },
  {
    code: 0x80090325,
    name: 'SEC_E_UNTRUSTED_ROOT',
    meaning: 'The certificate chain was issued by an authority that is not trusted.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090326,
    name: 'SEC_E_ILLEGAL_MESSAGE',
    meaning: 'The message received was unexpected or badly formatted: often a TLS version or cipher mismatch.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090327,
    name: 'SEC_E_CERT_UNKNOWN',
    meaning: 'An unknown error occurred while processing the certificate.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090328,
    name: 'SEC_E_CERT_EXPIRED',
    meaning: 'The received certificate has expired.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090331,
    name: 'SEC_E_ALGORITHM_MISMATCH',
    meaning:
      'The client and server cannot communicate because they do not possess a common algorithm (no shared TLS version or cipher suite).',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80090350,
    name: 'SEC_E_DOWNGRADE_DETECTED',
    meaning:
      'The system detected a possible attempt to compromise security; Microsoft notes it can also come from simply having no connection to a domain controller.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80092012,
    name: 'CRYPT_E_NO_REVOCATION_CHECK',
    meaning: 'The revocation function was unable to check revocation for the certificate.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: 'Client-side certificate check (RD Gateway code 50331650 is the gateway variant).',
  },
  {
    code: 0x80092013,
    name: 'CRYPT_E_REVOCATION_OFFLINE',
    meaning: 'The revocation status cannot be checked because the revocation server was offline.',
    confidence: 'MS',
    source: SRC_SSPI,
  },
  {
    code: 0x80004001,
    name: 'E_NOTIMPL',
    meaning: 'Not implemented.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: 'Benign in RdpCoreTS 227 trace strings of healthy sessions (Failed GetConnectionProperty, logon error redirector).',
  },
  {
    code: 0x80004005,
    name: 'E_FAIL',
    meaning: 'Unspecified failure.',
    confidence: 'MS',
    source: SRC_SSPI,
    note: 'In "An authentication error has occurred (Code: 0x80004005)" the client says nothing more: look at the server (RdpCoreTS 139/140, Security 4625, System TermDD 56/50) and at the client\'s System LsaSrv and Schannel events.',
  },
  {
    code: 0xd0000001,
    name: 'RdpCoreTS227Benign',
    meaning: 'Seen in RdpCoreTS 227 "Failed CreateVirtualChannel call on this Connections Stack" in healthy sessions.',
    confidence: 'WR',
    source: SRC_OBSERVED,
    note: 'Observed value only; its meaning is not documented. Benign.',
  },
];

/** Plain Win32 error codes (also the low 16 bits of 0x8007xxxx HRESULTs). */
export const WIN32_ERRORS: readonly CodeEntry[] = [
  {
    code: 1722,
    name: 'RPC_S_SERVER_UNAVAILABLE',
    meaning: 'The RPC server is unavailable.',
    confidence: 'MS',
    source: SRC_WIN32,
  },
  {
    code: 1726,
    name: 'RPC_S_CALL_FAILED',
    meaning: 'The remote procedure call failed.',
    confidence: 'MS',
    source: SRC_WIN32,
    note: 'As 0x800706BE in "An authentication error has occurred": a call the client made to a service (its own LSA, or a domain controller) broke off before NLA could finish; the client\'s System log (LsaSrv, Netlogon, Kerberos) says which.',
  },
  {
    code: 2,
    name: 'ERROR_FILE_NOT_FOUND',
    meaning: 'The system cannot find the file specified.',
    confidence: 'MS',
    source: SRC_WIN32,
    note: 'Benign in RdpCoreTS 227 "Reverse Connection Listener Name not found".',
  },
  {
    code: 122,
    name: 'ERROR_INSUFFICIENT_BUFFER',
    meaning: 'The data area passed to a system call is too small.',
    confidence: 'MS',
    source: SRC_WIN32,
    note: 'Seen as HRESULT 0x8007007A in the Status of a real logon type 10 Security 4625 ("An Error occured during Logon."): an internal logon error, not a credentials verdict.',
  },
  {
    code: 1326,
    name: 'ERROR_LOGON_FAILURE',
    meaning: 'The user name or password is incorrect.',
    confidence: 'MS',
    source: SRC_WIN32,
    note: 'Seen as HRESULT 0x8007052E in RdpCoreTS 226 (RDP_SEC, FEventHandshakeFailed) from a Windows XP client.',
  },
  {
    code: 50,
    name: 'ERROR_NOT_SUPPORTED',
    meaning: 'The request is not supported.',
    confidence: 'MS',
    source: SRC_WIN32,
    note: 'Benign in RdpCoreTS 227 (CreateVirtualChannel) in healthy sessions.',
  },
  {
    code: 64,
    name: 'ERROR_NETNAME_DELETED',
    meaning: 'The specified network name is no longer available: the peer closed or lost the TCP connection.',
    confidence: 'MS',
    source: SRC_WIN32,
    note: 'RdpCoreTS 142/143 `error` 64 and 226 0x80070040. Before any 98/66 it can be a scanner or an aborted handshake; mid-session it is a dropped network.',
  },
  {
    code: 121,
    name: 'ERROR_SEM_TIMEOUT',
    meaning: 'The semaphore timeout period has expired: a network timeout.',
    confidence: 'MS',
    source: SRC_WIN32,
  },
  {
    code: 258,
    name: 'WAIT_TIMEOUT',
    meaning: 'The wait operation timed out.',
    confidence: 'MS',
    source: SRC_WIN32,
  },
  {
    code: 5023,
    name: 'ERROR_INVALID_STATE',
    meaning: 'The group or resource is not in the correct state to perform the requested operation.',
    confidence: 'MS',
    source: SRC_WIN32,
    note: 'RdpCoreTS 226 RDP_SEC … FEventCheckAndCompleteReadsFailed with 0x8007139F follows a client-initiated disconnect (after 107): benign.',
  },
];

const sspiIndex = indexByCode(SSPI_STATUS_CODES);
const win32Index = indexByCode(WIN32_ERRORS);

export function lookupWin32Error(code: string | number): CodeEntry | undefined {
  const v = parseCodeValue(code);
  return v === undefined ? undefined : win32Index.get(v);
}

/**
 * Look up an SSPI/CRYPT/HRESULT code. HRESULT_FROM_WIN32 values (0x8007xxxx) that have no own entry
 * are decoded through WIN32_ERRORS and returned with the HRESULT as `code` and a note naming the Win32 code.
 */
export function lookupSspiStatus(code: string | number): CodeEntry | undefined {
  const v = parseCodeValue(code);
  if (v === undefined) return undefined;
  const direct = sspiIndex.get(v);
  if (direct) return direct;
  if ((v & 0xffff0000) >>> 0 === 0x80070000) {
    const w = win32Index.get(v & 0xffff);
    if (w) {
      return {
        ...w,
        code: v,
        name: `HRESULT_FROM_WIN32(${w.name})`,
        note: `Win32 error ${w.code} wrapped as an HRESULT.${w.note ? ' ' + w.note : ''}`,
      };
    }
  }
  return undefined;
}
