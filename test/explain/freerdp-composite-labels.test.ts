/**
 * FreeRDP's composite error number (class 2 in the high word, error.h) after a code's label ("Error 0x2000F",
 * "FreeRDP error: 0x00020009"): no Windows table holds a number of class 2, so it is read as the FreeRDP error the bare
 * number is (numbers-set-aside.ts `ownNumber`, third-party-clients.ts FREERDP_COMPOSITE_LABEL). Every row of
 * FREERDP_CONNECT_ERRORS; near misses: a class-2 number FreeRDP gives no error, a decimal after the label, the
 * dialog's own codes.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import {
  FREERDP_CONNECT_CLASS,
  FREERDP_CONNECT_ERRORS,
} from '../../src/explain/tables/program-logs/third-party-clients.js';
import { causeIds } from '../helpers/explain.js';

const composite = (value: number) => `0x${(FREERDP_CONNECT_CLASS + value).toString(16).toUpperCase()}`;

describe("FreeRDP's composite number after a code's label", () => {
  it('every connect error reads as the bare number does, whatever label stands before it', () => {
    // The last: THC-Hydra's "freerdp: %s (0x%08x)", FreeRDP's text and its number in parentheses.
    const labels = ['Error ', 'FreeRDP error: ', 'code ', 'last error code: ', 'freerdp: failed ('];
    FREERDP_CONNECT_ERRORS.forEach((e, i) => {
      const said = `${labels[i % labels.length]}${composite(e.value)}`;
      expect(causeIds(explainCode(said)), said).toEqual(causeIds(explainCode(composite(e.value))));
    });
  });
  it("FreeRDP's own text with its number in parentheses", () => {
    const e = explainCode('freerdp: The password has certainly expired and must be changed. (0x0002000f)');
    expect(e.summary).toMatch(/expired/);
  });
  it('near miss: a class-2 number FreeRDP gives no error stays a code not in the tables', () => {
    const unused = [...Array(0x100).keys()].find((v) => !FREERDP_CONNECT_ERRORS.some((e) => e.value === v)) ?? 0xff;
    const e = explainCode(`Error ${composite(unused)}`);
    expect(e.summary).toMatch(/not in our tables/);
  });
  it("twins: the dialog's own codes after the same labels keep their tables", () => {
    expect(explainCode('Error code: 0x904').summary).not.toMatch(/FreeRDP/);
    expect(explainCode('error 3847').summary).not.toMatch(/FreeRDP/);
  });
});
