/**
 * The metamorphic rules (harness.ts) over the sample scenarios the fast tier does not change (samples.test.ts takes
 * the fewest of `METAMORPHIC_FAST` that hold every event kind, `everyEventKind`): slow tier, so that `npm test`
 * changes every scenario and the edit loop a representative few. The SIEM renditions of the rest of
 * `METAMORPHIC_FAST` are samples-siem-rest.test.ts's.
 */
import { join } from 'node:path';
import { everyEventKind } from '../helpers/dfir-renditions.js';
import { METAMORPHIC_FAST, SAMPLES, SCENARIOS } from '../helpers/samples.js';
import { metamorphicSuite, SIEM_FAMILY } from './suite.js';

const KINDS = await everyEventKind();
metamorphicSuite(
  'the logs changed, on the other sample scenarios',
  SCENARIOS.map((s) => ({ label: `samples/${s}`, path: join(SAMPLES, s) })).filter(
    ({ label }) => !KINDS.includes(label),
  ),
  (label, family) => family !== SIEM_FAMILY || !METAMORPHIC_FAST.includes(label),
);
