/**
 * The development list of pastes (fixtures/pastes.ts), each read as expected: every family, every language. The
 * score is printed; every entry must be right, and none may be read confidently wrong.
 */
import { describe, expect, it } from 'vitest';
import { UNEXPLAINED } from '../../patterns/index.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { localizedLanguagesOf } from '../../src/explain/tables/localized.js';
import { PASTES, type PasteCase } from './fixtures/pastes.js';

function run(c: PasteCase) {
  return Array.isArray(c.paste) ? explainCode(c.paste[0], c.paste[1]) : explainCode(c.paste as string);
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

describe('the development list of pastes', () => {
  it('has at least 150 pastes, in every family, in English, German and French', () => {
    expect(PASTES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(PASTES.map((p) => p.lang))).toEqual(new Set(['en', 'de', 'fr', '-']));
    expect(new Set(PASTES.map((p) => p.family)).size).toBeGreaterThanOrEqual(10);
  });

  const results = PASTES.map((c) => ({ c, problems: problems(c) }));

  it('reads every paste as expected (score by family)', () => {
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
  });

  it('gives both readings of a bare number two tables hold, and what tells them apart', () => {
    for (const code of ['0x7', '0x12', '0x18']) {
      const e = explainCode(code);
      expect(e.otherReadings.length, code).toBeGreaterThan(0);
      expect(e.notes.join('\n'), code).toMatch(/does not say its table[\s\S]*What tells them apart/);
    }
  });

  it('says so, and which label would help, when nothing is known', () => {
    const e = explainCode('Error code: 0x9999');
    expect(e.likelyCauses[0]?.causeId).toBe(UNEXPLAINED);
    expect(e.notes.join('\n')).toMatch(/A label would tell which table/);
  });

  it('says where every decoded part of a paste came from', () => {
    for (const { c } of results) {
      if (c.expect.throws) continue;
      const e = run(c);
      for (const p of e.paste?.parts ?? []) expect(p.from.length, JSON.stringify(c.paste)).toBeGreaterThan(3);
      // A part that is the explained code is decoded as the explanation is.
      const main = e.primary ?? e.extended ?? e.other;
      const numeric = (e.paste?.parts ?? []).filter((p) => p.table !== 'sentence');
      if (main && main.table !== 'sentence' && numeric.length === 1 && numeric[0].decimal === main.value)
        expect(numeric[0].meaning, JSON.stringify(c.paste)).toBeDefined();
    }
  });
});

describe('the known sentences', () => {
  it('name a code their table holds, and give English words at least', async () => {
    const { KNOWN_SENTENCES, lookupCodeName } = await import('../../src/explain/tables/index.js');
    const ids = new Set<string>();
    for (const s of KNOWN_SENTENCES) {
      expect(ids.has(s.id), s.id).toBe(false);
      ids.add(s.id);
      expect(s.words.en.length, s.id).toBeGreaterThan(0);
      if (s.codeName) expect(lookupCodeName(s.codeName), `${s.id}: ${s.codeName}`).toBeDefined();
      // A sentence without a German or French wording (src/explain/tables/localized.ts) says why.
      const languages = localizedLanguagesOf(s.id);
      if (!languages.includes('de') || !languages.includes('fr'))
        expect(s.languages, s.id).toMatch(/English only|every language|No localized Microsoft page quotes/);
    }
  });
});
