/**
 * The metamorphic rules (harness.ts) over the sample scenarios the fast tier does not change (samples.test.ts takes
 * `METAMORPHIC_FAST`): slow tier, so that `npm test` changes every scenario and the edit loop a representative few.
 */
import { join } from 'node:path';
import { METAMORPHIC_FAST, SAMPLES, SCENARIOS } from '../helpers/samples.js';
import { metamorphicSuite } from './suite.js';

metamorphicSuite(
  'the logs changed, on the other sample scenarios',
  SCENARIOS.map((s) => ({ label: `samples/${s}`, path: join(SAMPLES, s) })).filter(
    ({ label }) => !METAMORPHIC_FAST.includes(label),
  ),
);
