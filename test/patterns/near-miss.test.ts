/**
 * Near misses: for every pattern, a sample attempt that looks like its cause but is another cause, or is
 * healthy, and that the pattern must not win. The samples are files under samples/ (their expected.json
 * says what the attempt is); each pattern's samples folder names its near miss, and why
 * (samples/patterns/<id>/expected.json, `nearMiss`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../../patterns/index.js';
import type { Pattern } from '../../patterns/types.js';
import type { DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import { ROOT } from '../helpers/cli.js';
import { analyzedScenario } from '../helpers/samples.js';

interface NearMiss {
  sample: string;
  /** Client address or name, and the attempt's start (UTC, `hh:mm:ss`). */
  client: string;
  at: string;
  why: string;
}

/** A pattern's near miss, from its samples folder (samples/patterns/<id>/expected.json). */
function nearMissOf(p: Pattern): NearMiss | undefined {
  return JSON.parse(readFileSync(join(ROOT, dirname(p.sample.file), 'expected.json'), 'utf8')).nearMiss;
}

/** A sample folder's attempts, analyzed once per test worker (shared with the scenarios' checks: `analyzedScenario`). */
async function attemptsOf(sample: string): Promise<readonly DiagnosedAttempt[]> {
  return (await analyzedScenario(sample)).analysis.attempts;
}

describe('near misses', () => {
  it('every pattern has one', () => {
    for (const p of PATTERNS) expect(nearMissOf(p), p.id).toBeDefined();
  });

  it.each(PATTERNS.map((p) => [p.id, nearMissOf(p)] as const))('%s does not win its near miss', async (id, n) => {
    if (!n) throw new Error(`${id}: no nearMiss in its samples folder's expected.json`);
    const attempts = await attemptsOf(n.sample);
    const a = attempts.find(
      (x) =>
        [x.client.address, x.client.name, x.server.name].some((v) => v?.toLowerCase() === n.client.toLowerCase()) &&
        x.start.slice(11, 19) === n.at,
    );
    expect(a, `${n.sample} ${n.client} ${n.at}`).toBeDefined();
    expect(a!.causes[0]?.id, n.why).not.toBe(id);
    if (a!.outcome === 'succeeded' && a!.causes.length === 0) expect(a!.causes.map((c) => c.id)).not.toContain(id);
  });
});
