/**
 * redact-hostile.test.ts in the report formats the fast tier does not check (it checks the first of each reader kind,
 * HTML and CSV): slow tier, so that `npm test` checks every format.
 */
import { describe, expect, it } from 'vitest';
import { REPORT_FORMAT_NAMES } from '../../src/report/formats.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { EVENTS, expectRedactedIn, FAST_REDACT_FORMATS } from '../helpers/redact-hostile.js';
import { eventViewerExport } from '../helpers/xml-events.js';

describe('--redact on hostile names, the other formats', () => {
  it('hides every value in every format the fast tier leaves (and leaves rdpdiag its own words)', async () => {
    const rest = REPORT_FORMAT_NAMES.filter((f) => !FAST_REDACT_FORMATS.includes(f));
    expect(rest.length).toBeGreaterThan(0);
    const file = writeTemp(tempDir(), 'İZMİR-RDSH Security.xml', eventViewerExport(EVENTS));
    for (const format of rest) await expectRedactedIn(file, format);
  });
});
