/**
 * Issue 60 (e): E_ABORT and its MS-ERREF neighbours; codes typed as people type them: the letter O for the zero of
 * 0x, a space between an HRESULT's halves (typed, or split by the shell), full-width digits. Each slip is said.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';

const nameOf = (e: ReturnType<typeof explainCode>) => (e.primary ?? e.other)?.name;

describe('the common HRESULTs of MS-ERREF 2.1', () => {
  it('E_ABORT and its neighbours are named, E_ABORT with what a 226 event means by it', () => {
    const abort = explainCode('0x80004004');
    expect(nameOf(abort)).toBe('E_ABORT');
    expect(abort.notes.join(' ')).toMatch(/226/);
    for (const [code, name] of [
      ['0x80004002', 'E_NOINTERFACE'],
      ['0x80004003', 'E_POINTER'],
      ['0x8000FFFF', 'E_UNEXPECTED'],
      ['0x8007000E', 'E_OUTOFMEMORY'],
      ['0x80070057', 'E_INVALIDARG'],
      ['0x80090348', 'SEC_E_NO_KERB_KEY'],
    ])
      expect(nameOf(explainCode(code)), code).toBe(name);
  });

  it('as RdpCoreTS 226 carries it in its text', () => {
    const e = explainCode(
      'RDP_TCP: An error was encountered when transitioning from StateUnknown in response to Event_Disconnect (error code 0x80004004).',
    );
    expect(nameOf(e)).toBe('E_ABORT');
  });
});

describe('typing forms', () => {
  it('the letter O for the zero of 0x', () => {
    const e = explainCode('Ox8009030C');
    expect(nameOf(e)).toBe('SEC_E_LOGON_DENIED');
    expect(e.paste?.slips.join(' ')).toMatch(/letter O typed for the zero/);
    // A word is never a code: "Oxford" holds no digit.
    expect(() => explainCode('Oxford')).toThrow(/not a valid error code/);
  });

  it('a space between the halves of an HRESULT or NTSTATUS, in a paste or split by the shell', () => {
    expect(nameOf(explainCode('Error code: 0x8009 030C'))).toBe('SEC_E_LOGON_DENIED');
    const split = explainCode('0xC000', '006D');
    expect(nameOf(split)).toBe('STATUS_LOGON_FAILURE');
    expect(split.paste?.slips.join(' ')).toMatch(/space inside the number dropped/);
    // The dialog's two numbers stay two.
    expect(explainCode('0x904', '0x7').input).toEqual({ code: '0x904', extended: '0x7' });
  });

  it('full-width digits and letters', () => {
    const e = explainCode('エラー コード: ０ｘ８００９０３０Ｃ');
    expect(nameOf(e)).toBe('SEC_E_LOGON_DENIED');
    expect(e.paste?.slips.join(' ')).toMatch(/full-width/);
  });
});

describe('a code typed with the x alone', () => {
  it('is read with its 0 added, the slip said', () => {
    const e = explainCode('error x904 x7 when connecting');
    expect(e.input).toEqual({ code: '0x904', extended: '0x7' });
  });

  it('never inside a name (X509_NAME_print_ex) nor X509, the certificate standard', () => {
    const log =
      'Connection(ERR): The connection generated an internal exception, reason=X509_NAME_print_ex failed (OSSL error)';
    expect(() => explainCode(log)).toThrow();
    // Round 25 (h60f): the sentence is read as the user's words (the certificate expired), its x509 never a code.
    const expired = explainCode('Remote Desktop: the x509 certificate of the server expired');
    expect([expired.input.code, expired.primary, expired.likelyCauses[0]?.causeId]).toEqual([
      'description',
      undefined,
      tlsCertificate.id,
    ]);
  });
});
