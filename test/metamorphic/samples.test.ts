/**
 * The metamorphic rules (harness.ts) over every sample scenario folder: each log removed in turn, an unrelated
 * computer's logs added, files split, reordered, newest first, every SIEM rendition, times shifted by a year, a
 * record-id range cut out.
 */
import { join } from 'node:path';
import { SAMPLES, SCENARIOS } from '../helpers/samples.js';
import { metamorphicSuite } from './suite.js';

metamorphicSuite(
  'the logs changed, on every sample scenario',
  SCENARIOS.map((s) => ({ label: `samples/${s}`, path: join(SAMPLES, s) })),
);
