import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
