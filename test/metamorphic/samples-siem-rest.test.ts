/**
 * Every SIEM rendition (harness.ts) of the fast tier's scenarios that samples.test.ts does not render (it renders
 * the fewest that hold every event kind, `everyEventKind`): slow tier, so that `npm test` puts every one of
 * `METAMORPHIC_FAST` through every rendition and the edit loop those that hold every event kind.
 */
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { everyEventKind, folderOf } from '../helpers/dfir-renditions.js';
import { METAMORPHIC_FAST } from '../helpers/samples.js';
import { metamorphicSuite, SIEM_FAMILY } from './suite.js';

const KINDS = await everyEventKind();
metamorphicSuite(
  'every SIEM rendition, on the fast tier’s other scenarios',
  METAMORPHIC_FAST.filter((label) => !KINDS.includes(label)).map((label) => ({
    label,
    path: join(ROOT, label),
    read: () => folderOf(label),
  })),
  (_label, family) => family === SIEM_FAMILY,
);
