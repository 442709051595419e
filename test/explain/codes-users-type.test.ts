/**
 * Round 17: the codes users type, alone or with a word or two, read by the table their label or words name. Each rule
 * with its near miss: another product's code in the same numeric range said to be in no table of ours, a number the
 * words do not name left to the tables a bare number is read in.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';

const nameOf = (e: ReturnType<typeof explainCode>) => (e.primary ?? e.other)?.name;
const partsOf = (e: ReturnType<typeof explainCode>) =>
  (e.paste?.parts ?? []).map((p) => `${p.from}|${p.table}|${p.name ?? ''}`);

describe('HRESULTs users quote beside Remote Desktop, named by MS-ERREF and WinINet', () => {
  it('each is named with its winerror.h / wininet.h text', () => {
    for (const [code, name, meaning] of [
      ['0x80080005', 'CO_E_SERVER_EXEC_FAILURE', /Server execution failed/],
      ['0x8007001F', 'HRESULT_FROM_WIN32(ERROR_GEN_FAILURE)', /device attached to the system is not functioning/],
      ['0x80070490', 'HRESULT_FROM_WIN32(ERROR_NOT_FOUND)', /Element not found/],
      ['0x80072F0D', 'HRESULT_FROM_WIN32(ERROR_INTERNET_INVALID_CA)', /Certificate Authority/],
    ] as const) {
      const e = explainCode(code);
      expect(nameOf(e), code).toBe(name);
      expect(e.other?.meaning ?? e.primary?.meaning, code).toMatch(meaning);
      expect(e.other?.source, code).toMatch(/MS-ERREF|WinINet/);
    }
  });

  it.each([
    ['0x80072f0d', 'HRESULT_FROM_WIN32(ERROR_INTERNET_INVALID_CA)'],
    ['80080005', 'CO_E_SERVER_EXEC_FAILURE'],
    ['-2147023728', 'HRESULT_FROM_WIN32(ERROR_NOT_FOUND)'],
    // WinINet's own decimal, as its message boxes give it.
    ['12045', 'ERROR_INTERNET_INVALID_CA'],
  ])('in the forms users type them (lower case, no 0x, negative decimal): %s', (paste, name) => {
    expect(nameOf(explainCode(paste)), paste).toBe(name);
  });

  it('near miss: other products in the same ranges are in no table of ours, said plainly', () => {
    // Windows activation (0xC004F074), Windows Update (0x80244022, 0x80070643), DISM (0x800F081F), setup (0xC1900101).
    for (const code of ['0xC004F074', '0x80244022', '0x80070643', '0x800F081F', '0xC1900101']) {
      const e = explainCode(code);
      expect(e.summary, code).toMatch(/is not in our tables/);
      expect(e.primary ?? e.other, code).toBeUndefined();
    }
  });
});

describe('"alert N": a TLS alert when the paste is that and nothing more, or names Schannel', () => {
  it('reads the number in the TLS alert table', () => {
    const alerts = {
      'alert 48': 'unknown_ca',
      'alert 10': 'unexpected_message',
      'Schannel alert 48': 'unknown_ca',
      'alert: 70': 'protocol_version',
    };
    for (const [paste, name] of Object.entries(alerts)) expect(nameOf(explainCode(paste)), paste).toBe(name);
  });

  it('near miss: "alert" inside another product\'s text does not make a TLS alert', () => {
    // A monitoring alert's level: no TLS word, not the whole paste: never read as a TLS alert.
    const e = explainCode('the backup job raised an alert with error 48 last night');
    expect(partsOf(e).some((p) => p.includes('|tlsAlert|'))).toBe(false);
  });
});

describe('a space after 0x and between the halves of an HRESULT', () => {
  it('"0x 8009 0308" is one HRESULT, the slip said', () => {
    const e = explainCode('0x 8009 0308');
    expect(nameOf(e)).toBe('SEC_E_INVALID_TOKEN');
    expect(e.paste?.slips.join(' ')).toMatch(/space inside the number dropped/);
  });

  it("near miss: the dialog's two numbers typed with a space after 0x stay two", () => {
    expect(explainCode('0x 904 0x7').input).toEqual({ code: '0x904', extended: '0x7' });
  });
});

describe("the dialog's Error code beside an Extended error code is read in the Error code's table only", () => {
  it('an Error code our table lacks is said to be so, never read as an extended code', () => {
    for (const code of ['0x1808', '0x7']) {
      const e = explainCode(`Error code: ${code} Extended error code: 0x0`);
      const part = e.paste?.parts.find((p) => p.from === 'Error code');
      expect(part?.table, code).toBe('mstsc');
      expect(part?.name, code).toBeUndefined();
      expect(e.summary, code).toMatch(/is not in our tables/);
    }
  });

  it('near miss: an Error code alone that its table lacks is still read as a code typed alone', () => {
    // No Extended error code beside it: the protocol range reading of a bare number stays (a protocol error's code).
    expect(explainCode('Error code: 0x2407').paste?.parts[0]?.table).toBe('mstscExtended');
  });
});

describe('a code beside words naming the RD Gateway is read in its status table', () => {
  it('"RD Gateway error 23002": every reading of the number is the gateway status', () => {
    const e = explainCode('RD Gateway error 23002');
    expect(nameOf(e)).toBe('E_PROXY_RAP_ACCESSDENIED');
    expect(partsOf(e).every((p) => p.includes('|gateway|'))).toBe(true);
  });

  it("near miss: the dialog's Error code beside the word gateway stays the dialog's", () => {
    expect(nameOf(explainCode('Error code: 0x904 through the gateway'))).toBe('disconnectReasonAtClientWinsockFDCLOSE');
  });
});

describe("a header's literal", () => {
  it('"0x80090302L" as winerror.h writes it: the L dropped, said', () => {
    const e = explainCode('0x80090302L');
    expect(nameOf(e)).toBe('SEC_E_UNSUPPORTED_FUNCTION');
    expect(e.paste?.slips.join(' ')).toMatch(/the L of a header's literal dropped/);
  });

  it('near miss: a short number with an L is no literal of a header', () => {
    expect(() => explainCode('0x3L')).toThrow(/not a valid error code/);
  });
});
