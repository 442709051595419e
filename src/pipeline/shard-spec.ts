/**
 * A fleet's part as the command line names it (`--shard K/N`) and the rule that puts each computer in one part, the
 * same on every platform and in Splunk's SPL (src/diagnose/export-selection.ts).
 */
import { firstLabel } from '../correlate/index.js';
import { type FilePlace, InputFileError } from '../model/reader.js';
import { sha256Hex } from '../report/sha256.js';

/** Part K (1-based) of N. */
export interface ShardSpec {
  k: number;
  n: number;
}

/** A shard file or a `--shard`/`--slice` that cannot be used (the file and line when there is one): exit 2. */
export class ShardError extends InputFileError {
  constructor(message: string, file = '', position: FilePlace = {}) {
    super(file, message, position);
    this.name = 'ShardError';
  }

  /** `file: line N what`. */
  static at(file: string, line: number, what: string): ShardError {
    const e = InputFileError.atLine(file, what, line);
    return new ShardError(e.message, file, e.position);
  }
}

/** The most parts a run may be cut into. */
export const MAX_SHARDS = 1024;

/** `K/N` as the command line gives it (`--shard 2/3`): 1 ≤ K ≤ N. */
export function parseShardSpec(text: string, option: string): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const k = m ? Number(m[1]) : Number.NaN;
  const n = m ? Number(m[2]) : Number.NaN;
  if (!m || n < 1 || n > MAX_SHARDS || k < 1 || k > n)
    throw new ShardError(`${option} "${text}": give K/N, part K of N, with 1 ≤ K ≤ N ≤ ${MAX_SHARDS} (e.g. 2/3)`);
  return { k, n };
}

/**
 * How a computer's part is chosen, the same on every platform and in Splunk's SPL (`splunkShardClause`): the name's
 * first label (what precedes the first dot), trimmed and lower-cased, as the pipeline groups computers (a short name
 * and its FQDN are one computer, so they land in one part); the first 8 hex digits of the SHA-256 of its UTF-8 bytes
 * as an unsigned 32-bit number; modulo N, plus 1.
 */
export const SHARD_HASH = 'sha256(lower(trim(first label)))[0..8] mod N';

/** The part (1…N) a computer's events belong to: see `SHARD_HASH`. */
export function shardOfComputer(computer: string, n: number): number {
  return (Number.parseInt(sha256Hex(firstLabel(computer)).slice(0, 8), 16) % n) + 1;
}
