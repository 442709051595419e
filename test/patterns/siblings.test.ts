import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../../patterns/index.js';
import { ROOT } from '../helpers/cli.js';
import { analyzedSample } from '../helpers/pipeline.js';

/**
 * On a pattern's own sample, no other pattern reaches half confidence on any attempt unless the sample's
 * expected.json lists it under `siblings` with the reason it may (a cause that truly shares the evidence), or
 * names it as the top cause of another of the sample's attempts (a near miss kept in the same export).
 * A new cause whose sample wakes a sibling shows it here, before it lands.
 */
const HALF = 0.5;

interface Siblings {
  siblings?: Record<string, string>;
  attempts?: { topCause: string | null }[];
}

describe.each(PATTERNS.map((p) => [p.id, p] as const))('pattern %s, its siblings on its own sample', (id, p) => {
  it('reach half confidence only where expected.json allows it, with a reason', () => {
    const expected: Siblings = JSON.parse(readFileSync(join(ROOT, dirname(p.sample.file), 'expected.json'), 'utf8'));
    const allowed = expected.siblings ?? {};
    for (const reason of Object.values(allowed)) expect(reason.length).toBeGreaterThan(10);
    const otherTopCauses = new Set((expected.attempts ?? []).map((a) => a.topCause));
    const { attempts } = analyzedSample(p.sample.file);
    const woken = new Set<string>();
    for (const a of attempts) for (const c of a.causes) if (c.id !== id && c.confidence >= HALF) woken.add(c.id);
    expect(
      [...woken].filter((s) => !(s in allowed) && !otherTopCauses.has(s)).sort(),
      'siblings at half confidence',
    ).toEqual([]);
    // An allowance that no longer matches anything is dropped, so the list stays true.
    expect(
      Object.keys(allowed)
        .filter((s) => !woken.has(s))
        .sort(),
      'stale allowances',
    ).toEqual([]);
  });
});
