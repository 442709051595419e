/**
 * The codes of one table that point to a cause, written as a pattern declares them: grouped by the confidence of
 * the link (`{ MS: [0x8009030d], WR: [0x80090328], SP: [0x8009030e] }`), with the rank of those the cause shares
 * with other causes (`{ 2308: 4, '0x80090328': 2 }`: a hex code's key as a string, `ExplainedCode.rank`). The names
 * and meanings are the tables' own (patterns/codes/), so a pattern repeats neither; `explain-code <code>` shows them.
 */
import type { Confidence } from './codes/types.js';
import type { ExplainedCode, ExplainedName } from './types.js';

type ByConfidence<K> = Partial<Readonly<Record<Confidence, readonly K[]>>>;

function declared<K extends number | string, E>(
  byConfidence: ByConfidence<K>,
  ranks: Readonly<Record<string, number>>,
  keyOf: (written: string) => K,
  entry: (key: K, confidence: Confidence) => E,
): readonly (E & { readonly rank?: number })[] {
  const rankOf = new Map(Object.entries(ranks).map(([written, rank]) => [keyOf(written), rank]));
  const listed = new Set(Object.values(byConfidence).flat());
  const stray = Object.keys(ranks).filter((written) => !listed.has(keyOf(written)));
  if (stray.length > 0) throw new Error(`a rank for a code the pattern does not list: ${stray.join(', ')}`);
  return (Object.entries(byConfidence) as [Confidence, readonly K[]][]).flatMap(([confidence, keys]) =>
    keys.map((key) => {
      const rank = rankOf.get(key);
      return { ...entry(key, confidence), ...(rank === undefined ? {} : { rank }) };
    }),
  );
}

/** Codes of a numeric table (`codes.mstsc`, `codes.sspi`…) by confidence, with their ranks. */
export function explained(
  byConfidence: ByConfidence<number>,
  ranks: Readonly<Record<string, number>> = {},
): readonly ExplainedCode[] {
  return declared(byConfidence, ranks, Number, (code, confidence) => ({ code, confidence }));
}

/** Azure Virtual Desktop errors by name (`avdErrors`) by confidence, with their ranks. */
export function explainedNames(
  byConfidence: ByConfidence<string>,
  ranks: Readonly<Record<string, number>> = {},
): readonly ExplainedName[] {
  return declared(byConfidence, ranks, String, (name, confidence) => ({ name, confidence }));
}
