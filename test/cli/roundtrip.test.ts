/**
 * The two readers agree: an .evtx read natively and its `dump --format xml` read back give the same records. Here,
 * the fast tier, on the smallest of the corpus files (test/helpers/roundtrip.ts); the others in roundtrip-rest.test.ts
 * (slow tier, beside the shared corpus's other tests).
 */
import { roundtrips, SMALLEST } from '../helpers/roundtrip.js';

roundtrips([SMALLEST]);
