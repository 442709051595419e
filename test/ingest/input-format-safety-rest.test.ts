/**
 * The hostile variants of the input formats (input-format-safety.test.ts says the contract) that the fast tier
 * does not feed (it feeds each format one variant, `isFast`): slow tier, so `npm test` feeds every format every
 * variant.
 */
import { hostileVariantsSuite, isFast } from '../helpers/input-format-safety.js';

hostileVariantsSuite('every input format, fed the other hostile variants of its own kind', (f, v) => !isFast(f, v));
