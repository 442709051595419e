/**
 * Number parsing shared by every code lookup. Windows renders the same code in many ways: `0x904`,
 * `0X904`, `2308`, `0x00000000c000006d` (a 64-bit field), `-1073741715` (a signed HRESULT/NTSTATUS as
 * PowerShell prints it). All of them end up as one unsigned 32-bit number.
 */

export interface ParsedCode {
  /** Unsigned 32-bit value. */
  readonly value: number;
  /** How the text was read. `hex-bare` = hex digits without `0x` (with a letter a-f, or eight digits from 8). */
  readonly radix: 'hex' | 'hex-bare' | 'decimal';
}

/**
 * Parse a code given as `0x…` hex, plain decimal (optionally negative, i.e. signed 32-bit), or bare hex
 * digits that contain a letter a–f (`C000006D`, `b07`). Returns undefined for anything else, including
 * values that do not fit in 32 bits.
 */
export function parseCode(input: string | number): ParsedCode | undefined {
  if (typeof input === 'number') {
    if (!Number.isInteger(input)) return undefined;
    return toUnsigned(input, 'decimal');
  }
  const text = input.trim();
  if (text === '') return undefined;
  let m = /^0x([0-9a-f]+)$/i.exec(text);
  if (m) return fromHex(m[1], 'hex');
  // Eight digits from 8: an HRESULT written without 0x (80090311), not a decimal code any table here has.
  m = /^8[0-9]{7}$/.exec(text);
  if (m) return fromHex(text, 'hex-bare');
  m = /^-?[0-9]+$/.exec(text);
  if (m) return toUnsigned(Number(text), 'decimal');
  m = /^([0-9a-f]*[a-f][0-9a-f]*)$/i.exec(text);
  if (m) return fromHex(m[1], 'hex-bare');
  return undefined;
}

/** Convenience: the unsigned value, or undefined. */
export function parseCodeValue(input: string | number): number | undefined {
  return parseCode(input)?.value;
}

/** `0x904`, `0xC000006D`: upper-case digits, no padding. */
export function formatHex(value: number): string {
  return '0x' + (value >>> 0).toString(16).toUpperCase();
}

/** `0x8009030D`: 8 digits, the way HRESULTs and NTSTATUS codes are usually written. */
export function formatHex32(value: number): string {
  return '0x' + (value >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

function fromHex(digits: string, radix: ParsedCode['radix']): ParsedCode | undefined {
  const significant = digits.replace(/^0+/, '') || '0';
  if (significant.length > 8) return undefined;
  return { value: parseInt(significant, 16) >>> 0, radix };
}

function toUnsigned(n: number, radix: ParsedCode['radix']): ParsedCode | undefined {
  if (!Number.isSafeInteger(n)) return undefined;
  if (n < -0x80000000 || n > 0xffffffff) return undefined;
  return { value: n >>> 0, radix };
}
