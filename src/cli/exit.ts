/** Exit codes: the contract scripts rely on. */
export const EXIT_CLEAN = 0;
export const EXIT_FAILURES_FOUND = 1;
export const EXIT_USAGE_OR_INPUT = 2;

/** A mistake in how rdpdiag was called: printed as one line, exit 2. */
export class UsageError extends Error {}

/** A value the user gave, as an error message echoes it: cut after `max` characters, its length said. */
export function echoed(value: string, max = 60): string {
  return value.length <= max ? value : `${value.slice(0, max)}… (${value.length.toLocaleString('en-US')} characters)`;
}
