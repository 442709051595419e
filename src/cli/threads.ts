/** `--threads`, apart from the filter options (`options.ts`), so `dump` loads no filter or time-zone code. */
import { echoed, UsageError } from './exit.js';

/** `--threads N`: a whole number from 1 up; absent, undefined (chosen per file). */
export function parseThreads(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new UsageError(`--threads must be a whole number from 1 to 256 (got "${echoed(value)}")`);
  return n;
}
