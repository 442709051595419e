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

export const DECODERS: Record<string, Decoder> = {
  ntstatus: (raw) => {
    const e = lookupNtStatus(raw);
    const v = parseCodeValue(raw);
    return withMeaning(raw, e?.meaning, v !== undefined ? `0x${v.toString(16).toUpperCase().padStart(8, '0')}` : raw);
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
  hresult: (raw) => withMeaning(raw, (lookupSspiStatus(raw) ?? lookupWin32Error(raw))?.meaning),
  'failure-reason': (raw) => lookupFailureReason(raw)?.text ?? raw,
};
