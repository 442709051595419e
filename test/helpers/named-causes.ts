/**
 * The cause ids `explain-code` names for the pastes of the development lists (test/explain/fixtures), for
 * test/cli/pattern-ids.test.ts (fast tier: a representative few) and pattern-ids-rest.test.ts (slow tier: the rest).
 */
import { explainCode } from '../../src/explain/explain-code.js';
import { PASTES } from '../explain/fixtures/pastes.js';
import { REAL_PASTES } from '../explain/fixtures/real-pastes.js';

type Paste = (typeof PASTES)[number]['paste'];
/** Each paste with its family and the cause it expects among the likely (the real pastes expect readings alone). */
const ALL: readonly { family: string; paste: Paste; cause?: string }[] = [
  ...PASTES.map((p) => ({ family: p.family, paste: p.paste, cause: p.expect.cause })),
  ...REAL_PASTES.map((p) => ({ family: p.family, paste: p.paste })),
];

/** The first paste of each family, and the first that expects each cause: every family's reading, every cause. */
const representative = (() => {
  const seen = new Set<string>();
  return new Set(
    ALL.filter((p) => {
      const keys = [`family ${p.family}`, ...(p.cause ? [`cause ${p.cause}`] : [])];
      const fresh = keys.some((k) => !seen.has(k));
      for (const k of keys) seen.add(k);
      return fresh;
    }),
  );
})();

export const REPRESENTATIVE_PASTES: readonly Paste[] = ALL.filter((p) => representative.has(p)).map((p) => p.paste);
export const REST_PASTES: readonly Paste[] = ALL.filter((p) => !representative.has(p)).map((p) => p.paste);

/** The cause ids explain-code names among the likely causes of `pastes` (a paste read as nothing names none). */
export function causesNamed(pastes: readonly Paste[]): Set<string> {
  const named = new Set<string>();
  for (const c of pastes) {
    try {
      const e = Array.isArray(c) ? explainCode(c[0], c[1]) : explainCode(c as string);
      for (const l of e.likelyCauses) named.add(l.causeId);
    } catch {
      // A paste read as nothing names no cause.
    }
  }
  return named;
}
