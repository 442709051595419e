/**
 * Golden tests on the bundled scenarios (test/helpers/scenarios.ts says what each checks): here, the fast tier, on
 * `SCENARIOS_FAST` (those named after a cause id, and the fewest bytes of the others that show every outcome, cause,
 * finding, incident, field, log and kind of file any scenario's expected.json shows); the others in the slow tier
 * (scenarios-rest.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS, PATTERNS } from '../../patterns/index.js';
import { ROOT } from '../helpers/cli.js';
import { SAMPLES, SCENARIOS } from '../helpers/samples.js';
import { type ExpectedAttempt, SCENARIOS_FAST, scenarioChecks, scenarioFeatures } from '../helpers/scenarios.js';

const scenarios = SCENARIOS;

describe('sample scenarios', () => {
  it("shows every cause id: in a scenario, or in its pattern's own samples folder", () => {
    const causes = new Set(
      scenarios.flatMap((s) =>
        JSON.parse(readFileSync(join(SAMPLES, s, 'expected.json'), 'utf8')).attempts.map(
          (a: ExpectedAttempt) => a.topCause,
        ),
      ),
    );
    // A pattern's samples folder is its first scenario: test/patterns proves it is the top cause there,
    // with the outcome its expected.json gives.
    for (const p of PATTERNS) if (existsSync(join(ROOT, dirname(p.sample.file), 'expected.json'))) causes.add(p.id);
    for (const id of CAUSE_IDS) {
      expect(causes, id).toContain(id);
    }
  });

  it('the fast tier checks some of them, which show everything any of them shows', () => {
    expect(SCENARIOS_FAST.length).toBeLessThan(SCENARIOS.length);
    expect(SCENARIOS_FAST.filter((s) => !SCENARIOS.includes(s))).toEqual([]);
    const held = new Set(SCENARIOS_FAST.flatMap((s) => [...scenarioFeatures(s)]));
    expect(SCENARIOS.flatMap((s) => [...scenarioFeatures(s)].filter((k) => !held.has(k)))).toEqual([]);
    expect(held.size).toBeGreaterThan(100);
  });
});

scenarioChecks(SCENARIOS_FAST);
