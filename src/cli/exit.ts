/** Exit codes: the contract scripts rely on. */
export const EXIT_CLEAN = 0;
export const EXIT_FAILURES_FOUND = 1;
export const EXIT_USAGE_OR_INPUT = 2;

/** A mistake in how rdpdiag was called: printed as one line, exit 2. */
export class UsageError extends Error {}
