/**
 * The responders' tools' renditions (dfir-renditions.test.ts) of the fast tier's other scenarios: slow tier, so
 * that `npm test` puts every one of `METAMORPHIC_FAST` through every rendition and the edit loop those that hold
 * every event kind; and, read as `analyze` reads them, the first few of `METAMORPHIC_FAST` (the edit loop reads so
 * those whose verdicts rest on the fields decoded last).
 */
import { analyzedRenditionsOf, everyEventKind, renditionsOf } from '../../helpers/dfir-renditions.js';
import { METAMORPHIC_FAST } from '../../helpers/samples.js';

const KINDS = await everyEventKind();
renditionsOf(METAMORPHIC_FAST.filter((label) => !KINDS.includes(label)));
analyzedRenditionsOf(METAMORPHIC_FAST.slice(0, 4));
