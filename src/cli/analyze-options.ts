/** The options of `analyze` and the heap its runs keep: shared by analyze, its shards (shard.ts) and merge. */
import { setFlagsFromString } from 'node:v8';
import type { FollowCliOptions } from './follow.js';

/** How far past its live memory the heap grows before V8 collects, in percent (`--heap-growing-percent`). */
const HEAP_GROWING_PERCENT = 20;

/**
 * The heap grows by a fifth past what is live before V8 collects, not up to four times (its default when collecting
 * costs little, as it does here): a fleet's analysis keeps to its live memory, at a few more collections.
 */
export function keepHeapNearLive(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/** The options of `analyze`, offline and `--follow` alike (declared once, beside the follow command). */
export interface AnalyzeOptions extends FollowCliOptions {
  /** `--bom` / `--no-bom`: CSV with UTF-8's byte-order mark (default: when written to a file). */
  bom?: boolean;
  details?: boolean;
  summary?: boolean;
  attempt?: string[];
  explain?: string[];
  ecsBulk?: boolean;
  ecsIndex?: string;
  threads?: string;
  /** `--shard K/N`: write the shard file of part K of N for `rdpdiag merge` (see shard.ts). */
  shard?: string;
}
