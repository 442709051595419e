import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Analysis, analyzeEvents } from '../../src/diagnose/analyze.js';
import { buildTimeline, type PathTimeline } from '../../src/platform/node/files.js';
import { ROOT } from './cli.js';

export const SAMPLES = join(ROOT, 'samples');

/**
 * The scenario folders of samples/ (each with an expected.json), sorted. samples/patterns and
 * samples/findings hold one small export per pattern instead: the pattern tests read those.
 */
export const SCENARIOS: readonly string[] = readdirSync(SAMPLES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(SAMPLES, d.name, 'expected.json')))
  .map((d) => d.name)
  .sort();

/**
 * A scenario folder read (`buildTimeline`) and analyzed with the defaults (`analyzeEvents`), once per test worker:
 * the test files that check every scenario (scenarios, outcome) and those that read one share the work where they
 * run in the same worker (`isolate: false`, vitest.config.ts). The result is read, never changed, by its callers.
 */
const analyzed = new Map<string, Promise<{ timeline: PathTimeline; analysis: Analysis }>>();
export function analyzedScenario(name: string): Promise<{ timeline: PathTimeline; analysis: Analysis }> {
  let run = analyzed.get(name);
  if (!run) {
    run = buildTimeline([join(SAMPLES, name)]).then((timeline) => ({
      timeline,
      analysis: analyzeEvents(timeline.events),
    }));
    analyzed.set(name, run);
  }
  return run;
}
