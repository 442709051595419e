/**
 * A number typed with a slip, read as the code it was meant to be (said so in the answer): a letter O for a zero, a
 * space inside the hex, full-width digits, a digit doubled once in a nine-digit code.
 */
import { lookupDisconnectReason, lookupNtStatus, lookupSspiStatus } from '../../patterns/codes/index.js';

/**
 * Typing slips forgiven, each said: full-width digits (`０ｘ９０４`), the letter O for the zero of 0x (`Ox904`), a space
 * between an HRESULT's halves (`0x8009 0304`), a multiplication sign for the x (`0×904`), the x alone (`x904`), a
 * space after it (`0x 904`), the letter O (or l) inside a hex number (`0x8009O311`), a header's L (`0x80090302L`),
 * a digit typed twice (`0x800004005`: nine digits, read only when one code of our tables is the number with it once).
 */
export function forgiveSlips(text: string, slips: string[]): string {
  // Full-width digits and Latin letters (an East Asian input method): read as the ASCII ones, said.
  let out = text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g, (all) => {
    const ascii = all.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    slips.push(`read the full-width ${all} as ${ascii}`);
    return ascii;
  });
  out = integerPrintedAsFloat(out, slips);
  // The letter O typed for the zero of 0x ("Ox80090304"): only before hex digits that hold a digit.
  out = out.replace(
    /(?<![0-9a-z])[oO]([xX])([0-9a-fA-F]*[0-9][0-9a-fA-F]*)(?![0-9a-z])/g,
    (all, _x, digits: string) => {
      if (digits.length > 8) return all;
      slips.push(`read ${all} as 0x${digits} (the letter O typed for the zero)`);
      return `0x${digits}`;
    },
  );
  // The L of a C literal after a full HRESULT or NTSTATUS, as winerror.h and ntstatus.h write them ("0x80090302L").
  out = out.replace(/(?<![0-9a-z])0[xX]([0-9a-fA-F]{8})[lL](?![0-9a-z])/g, (all, digits: string) => {
    slips.push(`read ${all} as 0x${digits} (the L of a header's literal dropped)`);
    return `0x${digits}`;
  });
  // A space inside an HRESULT or NTSTATUS, between its two halves ("0x8009 0304", "0xC000 006D", after a space after 0x
  // too: "0x 8009 0304"); split elsewhere ("0x80090 322"), only when the eight digits joined are a code of the
  // SSPI/HRESULT or NTSTATUS tables.
  out = out.replace(
    /(?<![0-9a-z])0[xX] ?([89a-fA-F][0-9a-fA-F]{0,6}) ([0-9a-fA-F]{1,7})(?![0-9a-z])/g,
    (all, hi: string, lo: string) => {
      if (hi.length + lo.length !== 8) return all;
      if (hi.length !== 4 && !lookupSspiStatus(`0x${hi}${lo}`) && !lookupNtStatus(`0x${hi}${lo}`)) return all;
      slips.push(`read "${all}" as 0x${hi}${lo} (the space inside the number dropped)`);
      return `0x${hi}${lo}`;
    },
  );
  // A space typed inside the dialog's Error code ("Error code: 0x9 04"): the pieces joined when the joined value is an
  // mstsc error code and the first piece alone is not (the dialog's two numbers have two labels; see mstscJoined).
  out = out.replace(
    /(error\s?code\s?[:=：]\s?)0x([0-9a-f]{1,3}) ([0-9a-f]{1,3})(?![0-9a-z.:/])/gi,
    (all, label: string, hi: string, lo: string) => {
      const joined = Number.parseInt(hi + lo, 16);
      if (!lookupDisconnectReason(joined) || lookupDisconnectReason(Number.parseInt(hi, 16))) return all;
      slips.push(
        `read "0x${hi} ${lo}" as 0x${(hi + lo).toUpperCase()}: the pieces joined (a space typed inside the Error code; 0x${hi} alone is no mstsc error code)`,
      );
      return `${label}0x${hi}${lo}`;
    },
  );
  out = out.replace(/(?<![0-9a-z])0\s?[×✕]\s?([0-9a-f]{1,8})(?![0-9a-z])/gi, (all, digits: string) => {
    slips.push(`read ${all} as 0x${digits}: a multiplication sign typed for the x`);
    return `0x${digits}`;
  });
  out = out.replace(/(?<![0-9a-z.])0[xX]\s+([0-9a-fA-F]{2,8})(?![0-9a-z])/g, (all, digits: string) => {
    slips.push(`read "${all}" as 0x${digits} (the space after 0x dropped)`);
    return `0x${digits}`;
  });
  // Never a name's part (X509_NAME_print_ex, a program joined to its part by a hyphen: xfce4-session) nor X509, the
  // certificate standard's name (X.509).
  out = out.replace(/(?<![0-9a-z.\-_/\\])[xX]([0-9a-fA-F]{3,8})(?![0-9a-z_]|-(?!x)[a-z])/g, (all, digits: string) => {
    if (digits === '509') return all;
    slips.push(`read ${all} as 0x${digits} (the 0 before the x added)`);
    return `0x${digits}`;
  });
  // A pair typed with the x alone ("x904 x7"): the short one too, never x64 / x86 / x32.
  if (slips.some((s) => s.includes('the 0 before the x')))
    out = out.replace(/(?<![0-9a-z.\-_/\\])[xX]([0-9a-fA-F]{1,2})(?![0-9a-z])/g, (all, digits: string) => {
      if (/^(?:64|86|32)$/.test(digits)) return all;
      slips.push(`read ${all} as 0x${digits} (the 0 before the x added)`);
      return `0x${digits}`;
    });
  out = out.replace(/(?<![0-9a-z])0[xX]([0-9a-fA-FoOlI]{3,8})(?![0-9a-z])/g, (all, digits: string) => {
    if (/^[0-9a-f]+$/i.test(digits)) return all;
    // Only a number that is hex once O is read as 0 (and l or I as 1): never a word.
    const fixed = digits.replace(/[oO]/g, '0').replace(/[lI]/g, '1');
    if (!/^[0-9a-f]+$/i.test(fixed) || !/[0-9]/.test(digits)) return all;
    slips.push(`read ${all} as 0x${fixed.toUpperCase()} (a letter typed for a digit)`);
    return `0x${fixed}`;
  });
  return doubledDigitOnce(out, slips);
}

/** A nine-digit hex code read with its doubled digit once (`0x800004005` as 0x80004005), the assumption said. */
export function doubledDigitOnce(text: string, slips: string[]): string {
  return text.replace(NINE_DIGITS, (all, digits: string) => {
    const code = oneDigitTooMany(digits);
    if (!code) return all;
    slips.push(
      `read ${all} as 0x${code}: nine digits, one too many for a code; read as a digit typed twice, 0x${code} being the only code of our HRESULT and NTSTATUS tables it makes (an assumption: check the number the dialog shows)`,
    );
    return `0x${code}`;
  });
}

/** A hex number of nine digits (`0x800004005`, as mRemoteNG users type E_FAIL): one digit too many for any code. */
const NINE_DIGITS = /(?<![0-9a-z])0[xX]([0-9a-fA-F]{9})(?![0-9a-z])/g;

/**
 * The one HRESULT or NTSTATUS of our tables that a nine-digit number is with a digit typed twice read once (one of a
 * run of zeros, as in 0x800004005); undefined when none is or when more than one (the number then says neither).
 */
export function oneDigitTooMany(digits: string): string | undefined {
  const found = new Set<string>();
  for (let i = 1; i < digits.length; i++) {
    if (digits[i] !== digits[i - 1]) continue;
    const eight = (digits.slice(0, i) + digits.slice(i + 1)).toUpperCase();
    if (lookupSspiStatus(`0x${eight}`) || lookupNtStatus(`0x${eight}`)) found.add(eight);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * A signed 32-bit HRESULT printed as a floating-point number ("Authentication result: -2146893048.000000": FreeRDP's
 * AAD exchange reads the server's JSON number into a double and logs it with %f): the integer it holds, said.
 */
function integerPrintedAsFloat(text: string, slips: string[]): string {
  return text.replace(/(?<![0-9a-z.])(-2\d{9})\.0{1,6}(?![0-9])/gi, (all, whole: string) => {
    if (Number(whole) < -0x80000000) return all;
    slips.push(`read ${all} as ${whole} (an integer code printed as a floating-point number)`);
    return whole;
  });
}
