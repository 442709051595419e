/**
 * The metamorphic rules (harness.ts) over the sample scenarios the fast tier does not change (samples.test.ts renders
 * the fewest of `METAMORPHIC_FAST` that hold every event kind, `everyEventKind`, and makes the other changes on the
 * fewest of those that hold every log, `everyLogKind`): slow tier, so that `npm test` changes every scenario and the
 * edit loop a representative few. The SIEM renditions of the rest of `METAMORPHIC_FAST` are
 * samples-siem-rest.test.ts's.
 */
import { join } from 'node:path';
import { everyLogKind } from '../helpers/dfir-renditions.js';
import { METAMORPHIC_FAST, SAMPLES, SCENARIOS } from '../helpers/samples.js';
import { metamorphicSuite, SIEM_FAMILY } from './suite.js';

const LOGS = await everyLogKind();
metamorphicSuite(
  'the logs changed, on the other sample scenarios',
  SCENARIOS.map((s) => ({ label: `samples/${s}`, path: join(SAMPLES, s) })).filter(
    ({ label }) => !LOGS.includes(label),
  ),
  // The SIEM renditions of `METAMORPHIC_FAST`: those of `everyEventKind` in the fast tier, the rest in
  // samples-siem-rest.test.ts.
  (label, family) => family !== SIEM_FAMILY || !METAMORPHIC_FAST.includes(label),
);
