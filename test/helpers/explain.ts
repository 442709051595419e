/** What the explain tests read off an answer of `explainCode`, written once for every paste test. */
import { expect } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';

type Explanation = ReturnType<typeof explainCode>;

const answerOf = (x: string | Explanation): Explanation => (typeof x === 'string' ? explainCode(x) : x);

/** The likely causes' ids, in the answer's order (a paste or an answer already read). */
export const causeIds = (x: string | Explanation): string[] => answerOf(x).likelyCauses.map((c) => c.causeId);

/** The known sentences the paste was read as; none where it is refused as holding nothing (no sentence either). */
export function sentenceIds(text: string): string[] {
  try {
    return (explainCode(text).paste?.parts ?? []).filter((p) => p.table === 'sentence').map((p) => p.text);
  } catch {
    return [];
  }
}

/** The answer's main reading: the error code's, else the extended code's, else the other reading's. */
export const mainReading = (text: string) => {
  const e = explainCode(text);
  return e.primary ?? e.extended ?? e.other;
};

/** The table of every reading the answer gives (main and other readings). */
export const tablesOf = (text: string): string[] => {
  const e = explainCode(text);
  return [e.primary, e.extended, e.other, ...e.otherReadings].flatMap((r) => (r ? [r.table] : []));
};

/**
 * The paste read as command output (of `command` where given): no error code, no paste of parts, never "not in our
 * tables" (no number in the output looked up).
 */
export function asCommandOutput(text: string, command?: string): Explanation {
  const e = explainCode(text);
  expect(e.other?.table, text).toBe('commandOutput');
  if (command !== undefined) expect(e.other?.name, text).toBe(command);
  expect(e.primary, text).toBeUndefined();
  expect(e.paste, text).toBeUndefined();
  expect(JSON.stringify(e), text).not.toMatch(/not in our tables/);
  return e;
}
