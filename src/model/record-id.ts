/**
 * Event record ids are unsigned 64-bit numbers. One above 2^53 (only a damaged or hostile log has one)
 * cannot be a JS number without rounding, so it is kept as its exact decimal digits: a record id is a
 * number when it is a safe integer, a string of digits otherwise, and is written out as such (a JSON
 * string then).
 */
import { integerFromText } from './numbers.js';

export type RecordId = number | string;

const TWO_POW_32 = 4294967296;
/** 2^53 - 1 = 0x1FFFFF_FFFFFFFF: the high half of a safe 64-bit number is below 0x200000. */
const SAFE_HIGH = 0x200000;

/** A 64-bit unsigned record id from its two 32-bit halves. */
export function recordIdFromHalves(low: number, high: number): RecordId {
  if (high < SAFE_HIGH) return high * TWO_POW_32 + low;
  return ((BigInt(high) << 32n) | BigInt(low)).toString();
}

/**
 * A record id as text, read as every number in an event is (src/model/numbers.ts: `12345`, `0x3039`), but
 * exactly above 2^53; undefined when it is not a whole number.
 */
export function recordIdFromText(text: string | undefined): RecordId | undefined {
  const n = integerFromText(text);
  if (n === undefined || Number.isSafeInteger(n)) return n;
  return BigInt((text as string).trim()).toString();
}

/** Orders record ids by value (exactly, above 2^53 too); a missing id counts as 0. */
export function compareRecordIds(a: RecordId | undefined, b: RecordId | undefined): number {
  if (typeof a !== 'string' && typeof b !== 'string') return (a ?? 0) - (b ?? 0);
  const x = BigInt(a ?? 0);
  const y = BigInt(b ?? 0);
  return x < y ? -1 : x > y ? 1 : 0;
}
