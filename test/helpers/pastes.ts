/**
 * What pastes.test.ts and its slow-tier rest (pastes-rest.test.ts) share: what is wrong with the reading of one paste
 * of the development list (test/explain/fixtures/pastes.ts), the list's score, and the check that every decoded part
 * says where it came from. The fast tier reads the first and last paste of each family and of each language (`fewOf`);
 * the rest file reads every one.
 */
import { expect } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import type { PasteCase } from '../explain/fixtures/pastes.js';

export const byFamily = (c: PasteCase): string => c.family;
export const byLanguage = (c: PasteCase): string => c.lang;

/** Each paste's answer, read once for every check of the file. */
const answers = new Map<PasteCase, ReturnType<typeof explainCode>>();

function run(c: PasteCase) {
  let e = answers.get(c);
  if (!e) {
    e = Array.isArray(c.paste) ? explainCode(c.paste[0], c.paste[1]) : explainCode(c.paste as string);
    answers.set(c, e);
  }
  return e;
}

/** What is wrong with the reading of one paste, or an empty list. */
function problems(c: PasteCase): string[] {
  const out: string[] = [];
  let e: ReturnType<typeof explainCode>;
  try {
    e = run(c);
  } catch (err) {
    const message = (err as Error).message;
    if (c.expect.throws?.test(message)) return [];
    return [`threw: ${message.slice(0, 120)}`];
  }
  if (c.expect.throws) return [`read as ${(e.primary ?? e.extended ?? e.other)?.name ?? e.summary}, expected none`];
  const main = e.primary ?? e.extended ?? e.other;
  const x = c.expect;
  if (x.table && main?.table !== x.table) out.push(`table ${main?.table} (expected ${x.table})`);
  if (x.name && main?.name !== x.name) out.push(`name ${main?.name} (expected ${x.name})`);
  if (x.ext && e.extended?.name !== x.ext) out.push(`extended ${e.extended?.name} (expected ${x.ext})`);
  if (x.sentence && !e.paste?.parts.some((p) => p.table === 'sentence' && p.text === x.sentence))
    out.push(`sentence ${x.sentence} not recognized`);
  if (x.cause && !e.likelyCauses.slice(0, 3).some((l) => l.causeId === x.cause))
    out.push(`cause ${x.cause} not among ${e.likelyCauses.slice(0, 3).map((l) => l.causeId)}`);
  if (x.slip && !e.notes.some((n) => /slip/i.test(n) && n.includes(x.slip!))) out.push(`slip ${x.slip} not said`);
  if (x.also && !e.otherReadings.some((r) => r.table === x.also)) out.push(`no ${x.also} among the other readings`);
  return out;
}

/** Every paste read as expected: the score printed by family, and none wrong. */
export function expectPastesRead(cases: readonly PasteCase[]): void {
  const results = cases.map((c) => ({ c, problems: problems(c) }));
  const byFamily = new Map<string, { right: number; all: number }>();
  for (const { c, problems } of results) {
    const f = byFamily.get(c.family) ?? { right: 0, all: 0 };
    f.all++;
    if (problems.length === 0) f.right++;
    byFamily.set(c.family, f);
  }
  const right = results.filter((r) => r.problems.length === 0).length;
  console.log(
    `pastes: ${right}/${results.length} right; ${[...byFamily].map(([f, s]) => `${f} ${s.right}/${s.all}`).join(', ')}`,
  );
  const wrong = results
    .filter((r) => r.problems.length > 0)
    .map((r) => `${JSON.stringify(r.c.paste).slice(0, 70)}: ${r.problems.join('; ')}`);
  expect(wrong).toEqual([]);
}

/** Every decoded part of each paste's answer says where it came from; the explained code's part is decoded as it is. */
export function expectPartsSourced(cases: readonly PasteCase[]): void {
  for (const c of cases) {
    if (c.expect.throws) continue;
    const e = run(c);
    for (const p of e.paste?.parts ?? []) expect(p.from.length, JSON.stringify(c.paste)).toBeGreaterThan(3);
    // A part that is the explained code is decoded as the explanation is.
    const main = e.primary ?? e.extended ?? e.other;
    const numeric = (e.paste?.parts ?? []).filter((p) => p.table !== 'sentence');
    if (main && main.table !== 'sentence' && numeric.length === 1 && numeric[0].decimal === main.value)
      expect(numeric[0].meaning, JSON.stringify(c.paste)).toBeDefined();
  }
}
