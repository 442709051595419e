/**
 * Event record ids are unsigned 64-bit numbers. One above 2^53 (only a damaged or hostile log has one)
 * cannot be a JS number without rounding, so it is kept as its exact decimal digits: a record id is a
 * number when it is a safe integer, a string of digits otherwise, and is written out as such (a JSON
 * string then).
 */
import { integerFromText } from './numbers.js';
import { lastAtOrBefore } from './arrays.js';

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

/** Ranges kept per log at most: beyond, the two closest are merged (only a log of scattered ids gets there). */
const MAX_RANGES = 4096;

/**
 * The records already handed on from one log, keyed on what was really handed on: ranges of consecutive
 * record ids, each with the newest time among its records. A record is old news when its id lies in a
 * range and its time is not newer than that range's newest, so records handed on out of order (the oldest
 * chunks of a wrapped log read after the newest) all pass, each once, and a cleared log (its ids start
 * again, its clock does not) passes too. A log's ids are mostly consecutive: a few ranges, whatever the run
 * time.
 */
export class EmittedRecords {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly newest: number[] = [];
  /** Ids that are not safe integers (above 2^53, negative, fractional): by id, the newest time. */
  private odd: Map<string, number> | undefined;

  /** Takes the record: false when it was handed on already (then nothing changes). */
  take(id: RecordId, timeMs: number): boolean {
    if (typeof id === 'string' || !Number.isSafeInteger(id) || id < 0) {
      this.odd ??= new Map();
      const key = String(id);
      const seen = this.odd.get(key);
      if (seen !== undefined && timeMs <= seen) return false;
      this.odd.set(key, Math.max(seen ?? timeMs, timeMs));
      return true;
    }
    const i = this.rangeAtOrBefore(id);
    const { starts, ends, newest } = this;
    if (i >= 0 && id <= ends[i]!) {
      if (timeMs <= newest[i]!) return false;
      newest[i] = timeMs;
      return true;
    }
    const joinsBefore = i >= 0 && ends[i] === id - 1;
    const joinsAfter = i + 1 < starts.length && starts[i + 1] === id + 1;
    if (joinsBefore && joinsAfter) {
      ends[i] = ends[i + 1]!;
      newest[i] = Math.max(newest[i]!, newest[i + 1]!, timeMs);
      this.remove(i + 1);
    } else if (joinsBefore) {
      ends[i] = id;
      newest[i] = Math.max(newest[i]!, timeMs);
    } else if (joinsAfter) {
      starts[i + 1] = id;
      newest[i + 1] = Math.max(newest[i + 1]!, timeMs);
    } else {
      starts.splice(i + 1, 0, id);
      ends.splice(i + 1, 0, id);
      newest.splice(i + 1, 0, timeMs);
      if (starts.length > MAX_RANGES) this.mergeClosest();
    }
    return true;
  }

  /** Ranges held (for tests and memory checks). */
  get ranges(): number {
    return this.starts.length + (this.odd?.size ?? 0);
  }

  /** The last range starting at or before `id`, or -1. */
  private rangeAtOrBefore(id: number): number {
    return lastAtOrBefore(this.starts, id, (start) => start);
  }

  private remove(i: number): void {
    this.starts.splice(i, 1);
    this.ends.splice(i, 1);
    this.newest.splice(i, 1);
  }

  private mergeClosest(): void {
    const { starts, ends, newest } = this;
    let best = 0;
    for (let i = 1; i + 1 < starts.length; i++)
      if (starts[i + 1]! - ends[i]! < starts[best + 1]! - ends[best]!) best = i;
    ends[best] = ends[best + 1]!;
    newest[best] = Math.max(newest[best]!, newest[best + 1]!);
    this.remove(best + 1);
  }
}
