/**
 * Pastes as people quote them in public (fixtures/real-pastes.ts, each with its address): the score is printed by
 * family, and no paste may be read as something it is not (nothing read is allowed: no answer is not a wrong one).
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { REAL_PASTES, type RealPaste } from './fixtures/real-pastes.js';

type Verdict = 'right' | 'wrong' | 'none';

/** What a paste was read as: its sentences, its main code's name, its event. */
function readingsOf(e: ReturnType<typeof explainCode>): string[] {
  const out = (e.paste?.parts ?? []).filter((p) => p.table === 'sentence').map((p) => p.text);
  const main = e.primary ?? e.extended ?? e.other;
  if (main?.name) out.push(main.name);
  if (e.paste?.eventId !== undefined) out.push(`event:${e.paste.eventId}`);
  return out;
}

function verdict(c: RealPaste, read: (paste: string) => ReturnType<typeof explainCode>): Verdict {
  let readings: string[];
  try {
    readings = readingsOf(read(c.paste));
  } catch {
    // Refused as no code nor known sentence: what a paste expected to read as nothing should get.
    return c.expect.none ? 'right' : 'none';
  }
  const expected = [...(c.expect.any ?? []), ...(c.expect.event !== undefined ? [`event:${c.expect.event}`] : [])];
  if (c.expect.none) return readings.length ? 'wrong' : 'right';
  if (readings.some((r) => expected.includes(r))) return 'right';
  return readings.length ? 'wrong' : 'none';
}

describe('pastes as people quote them in public', () => {
  it('every one has its source', () => {
    for (const c of REAL_PASTES) expect(c.source, c.paste.slice(0, 40)).toMatch(/^https?:\/\//);
  });

  it('reads them, none wrong (score by family)', () => {
    const results = REAL_PASTES.map((c) => ({ c, v: verdict(c, (p) => explainCode(p)) }));
    const families = [...new Set(REAL_PASTES.map((c) => c.family))];
    const score = families.map((f) => {
      const of = results.filter((r) => r.c.family === f);
      return `${f} ${of.filter((r) => r.v === 'right').length}/${of.length}`;
    });
    const right = results.filter((r) => r.v === 'right').length;
    console.log(`real pastes: ${right}/${results.length} right; ${score.join(', ')}`);
    const wrong = results
      .filter((r) => r.v === 'wrong')
      .map((r) => `${r.c.paste.slice(0, 60)} → ${readingsOf(explainCode(r.c.paste)).join(', ')}`);
    expect(wrong).toEqual([]);
    // The rest may be no answer (a wording no Microsoft page quotes), never so many that the reading is lost.
    expect(right / results.length).toBeGreaterThanOrEqual(0.85);
    for (const r of results.filter((x) => x.v === 'none'))
      console.log(`  no answer: ${r.c.lang} ${r.c.paste.slice(0, 70)}`);
  });
});
