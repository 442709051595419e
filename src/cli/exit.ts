/** Exit codes: the contract scripts rely on. */
export const EXIT_CLEAN = 0;
export const EXIT_FAILURES_FOUND = 1;
export const EXIT_USAGE_OR_INPUT = 2;

/** A mistake in how rdpdiag was called: printed as one line, exit 2. */
export class UsageError extends Error {}

/**
 * The exit code: failures found (1) outrank an input that could not be read (2) once anything was read (events, or a machine's state items), so a script
 * that checks for 1 does not miss what the readable logs showed (the error line still names the input and what to
 * do); 2 when an input failed and nothing found, or when no event was read and records were lost; else 0.
 */
export function exitCodeOf(run: {
  inputs: readonly { records: number; skipped: number; passedOver?: unknown; stateItems?: number }[];
  inputFailed: boolean;
  failuresFound: boolean;
}): number {
  const inputs = run.inputs.filter((s) => !s.passedOver);
  const anythingRead = inputs.some((s) => s.records > 0 || (s.stateItems ?? 0) > 0);
  if (run.failuresFound && anythingRead) return EXIT_FAILURES_FOUND;
  if (run.inputFailed) return EXIT_USAGE_OR_INPUT;
  // No event read, and records lost: the inputs could not be read, not "nothing happened" (exit 0 would say so).
  if (!anythingRead && inputs.some((s) => s.skipped > 0)) return EXIT_USAGE_OR_INPUT;
  return run.failuresFound ? EXIT_FAILURES_FOUND : EXIT_CLEAN;
}

export { echoed } from '../model/value-length.js';
