/**
 * Every attack finding's home as data, from the registry that declares them (patterns/index.ts `ATTACK_FINDINGS`),
 * so a new one is held to it without a line here: public references, false positives said, at least one sample and
 * one near miss, each a file of the repository. Each detector's own test checks what is particular to it.
 */
import { describe, expect, it } from 'vitest';
import { ATTACK_FINDINGS } from '../../patterns/index.js';
import { expectSampleFiles } from '../helpers/findings.js';

describe.each(ATTACK_FINDINGS.map((f) => [f.id, f] as const))('attack finding %s', (_id, f) => {
  it('cites public references and says its false positives', () => {
    expect(f.references.length).toBeGreaterThan(0);
    for (const r of f.references) expect(r).toMatch(/^https?:\/\//);
    expect(f.falsePositives.length).toBeGreaterThan(0);
  });

  it('has a sample and a near miss, each a file of the repository', () => {
    expect(f.samples.length).toBeGreaterThan(0);
    expect(f.nearMisses.length).toBeGreaterThan(0);
    expectSampleFiles(f);
  });
});
