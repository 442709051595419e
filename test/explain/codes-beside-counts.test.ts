/**
 * Issue 60, round 30 (r30-h61d): a number that starts a range of counts ("2-3 seconds after") is set aside
 * (numbers-set-aside.ts), so a code typed before it is read alone; the ActiveX hosts' 3334 said with its memory.
 * Wordings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';

describe('a range of counts after a code is no extended code', () => {
  it('"3334 … 2-3 seconds after" reads 3334 alone, and says the memory of many sessions', () => {
    const e = explainCode('Royal TS shows error 3334 about 2-3 seconds after I open the twentieth session');
    expect(e.notes.join(' ')).not.toMatch(/Extended error code 0x2/);
    expect(e.summary).toMatch(/memory/);
  });

  it("true twin: the dialog's two labelled numbers stay a pair", () => {
    expect(explainCode('Error code: 0xD06\nExtended error code: 0x1').notes.join(' ')).toMatch(/Extended error code/);
  });

  it('near miss: a range that is not of counts ("0x3-0x7") is left to the other readings', () => {
    expect(() => explainCode('codes 0x3-0x7 in the log')).not.toThrow();
  });
});
