/**
 * The two readers agree on the corpus files roundtrip.test.ts does not read (it reads the smallest): slow tier, so
 * that `npm test` reads every one natively and back from its `dump --format xml`.
 */
import { FILES, roundtrips, SMALLEST } from '../helpers/roundtrip.js';

roundtrips(FILES.filter((f) => f !== SMALLEST));
