/**
 * The metamorphic rules (harness.ts) over the sample folders that are collections rather than one story: every
 * pattern's and finding's own sample read together (samples/patterns, samples/findings), one scenario as each SIEM
 * exported it (samples/siem), and as PowerShell exported it (samples/powershell). Slow tier: one folder of the
 * patterns' samples is as large as twenty scenarios.
 */
import { join } from 'node:path';
import { SAMPLES } from '../helpers/samples.js';
import { metamorphicSuite } from './suite.js';

metamorphicSuite(
  'the logs changed, on the sample collections',
  ['patterns', 'findings', 'siem', 'powershell'].map((s) => ({ label: `samples/${s}`, path: join(SAMPLES, s) })),
);
