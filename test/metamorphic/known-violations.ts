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

export const KNOWN_VIOLATIONS: readonly KnownViolation[] = [
  {
    folder: 'samples/findings',
    transformation: 'remove failed-logon-flood/sample.xml',
    attempt: '(findings)',
    rule: 'no-finding-from-less',
    reason:
      "security-layer-corrected on RDSH01: the collection joins unrelated stories on one fictional host, and that file's later records on RDSH01 end the condition; without them the condition is told as standing, where it should say the later records are not given",
  },
];
