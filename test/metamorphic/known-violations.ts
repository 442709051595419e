/**
 * Violations of the metamorphic rules (harness.ts `RULES`) that today's code still makes, each with why. A violation
 * not listed fails the suite, and so does an entry that no longer occurs (the list only shrinks).
 */
import type { Rule } from './harness.js';

export interface KnownViolation {
  folder: string;
  transformation: string;
  /**
   * The attempt's identity as the harness names it (first record, start, client), `(findings)`, or `*`: every attempt
   * of the folder that breaks the rule under that change, for one cause said in `reason`.
   */
  attempt: string;
  rule: Rule;
  reason: string;
}

export const KNOWN_VIOLATIONS: readonly KnownViolation[] = [];
