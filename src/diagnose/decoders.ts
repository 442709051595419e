/** The decoders explanation templates may name (`{clause.Field|ntstatus}`): code tables → words. */
import {
  formatHex,
  lookupDisconnectReason,
  lookupExtendedReason,
  lookupFailureReason,
  lookupLsm40Reason,
  lookupNtStatus,
  lookupSspiStatus,
  lookupTlsAlert,
  lookupWin32Error,
  parseCodeValue,
} from '../../patterns/codes/index.js';

type Decoder = (raw: string) => string | undefined;

function withMeaning(raw: string, meaning: string | undefined, shown = raw): string {
  return meaning ? `${shown} (${meaning})` : shown;
}

/**
 * A status field may hold an NTSTATUS (0xC…) or an HRESULT (0x8…, 0x8007xxxx wrapping a Win32 error): a real
 * 4625 carried 0x8007007A in `Status`. Both families are tried, either way round.
 */
function statusMeaning(raw: string, hresultFirst: boolean): string | undefined {
  const nt = () => lookupNtStatus(raw)?.meaning;
  const hr = () => (lookupSspiStatus(raw) ?? lookupWin32Error(raw))?.meaning;
  return hresultFirst ? (hr() ?? nt()) : (nt() ?? hr());
}

export const DECODERS: Record<string, Decoder> = {
  ntstatus: (raw) => {
    const v = parseCodeValue(raw);
    return withMeaning(
      raw,
      statusMeaning(raw, false),
      v !== undefined ? `0x${(v >>> 0).toString(16).toUpperCase().padStart(8, '0')}` : raw,
    );
  },
  lsm40: (raw) => withMeaning(raw, lookupLsm40Reason(raw)?.meaning),
  mstsc: (raw) => {
    const v = parseCodeValue(raw);
    if (v === undefined) return raw;
    return withMeaning(raw, lookupDisconnectReason(v)?.meaning, `${v} = ${formatHex(v)}`);
  },
  'mstsc-extended': (raw) => {
    const v = parseCodeValue(raw);
    if (v === undefined) return raw;
    return withMeaning(raw, lookupExtendedReason(v)?.meaning, formatHex(v));
  },
  'tls-alert': (raw) => {
    const e = lookupTlsAlert(raw);
    return e ? `${raw} (${e.name}: ${e.meaning})` : raw;
  },
  hresult: (raw) => withMeaning(raw, statusMeaning(raw, true)),
  'failure-reason': (raw) => lookupFailureReason(raw)?.text ?? raw,
};
