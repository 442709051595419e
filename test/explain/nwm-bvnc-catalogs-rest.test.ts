/**
 * Every NETworkManager and aRDP/bVNC catalog text (nwm-bvnc-catalogs.ts, issue 60 round 30): each English text read as
 * its sentence (or as the code whose system message it is), each translation alone as its key's English. Slow tier
 * (vitest.config.ts SLOW): some 400 pastes; the fast file reads a few.
 */
import { describe, expect, it } from 'vitest';
import { NWM_BVNC_SENTENCES, NWM_BVNC_WORDINGS } from '../../src/explain/tables/languages/nwm-bvnc-catalogs.js';
import { sentenceIds } from '../helpers/explain.js';
import { englishOfNwmBvnc, expectNwmBvncRead } from '../helpers/nwm-bvnc-catalogs.js';

describe('nwm-bvnc-catalogs (every text)', () => {
  it("reads each catalog's English text as its sentence, or as the code whose system message it is", () => {
    for (const s of NWM_BVNC_SENTENCES) {
      const ids = sentenceIds(englishOfNwmBvnc(s.id));
      // "No authority could be contacted…" is SEC_E_NO_AUTHENTICATING_AUTHORITY's own text: read as that code.
      if (!ids.includes(s.id)) expect(ids[0], s.id).toMatch(/^[A-Z][A-Z_]+$/);
    }
  });

  it('reads every translation alone as its English text', () => {
    expectNwmBvncRead(NWM_BVNC_WORDINGS);
  });
});
