/**
 * Issue 50: a German or French label no page of ours quotes ("Unterstatus", "Code d'échec", "Erweiterter
 * Fehlercode") is not read as the English label a guess at its words would give: its number is read as if typed alone
 * (every table that holds it said, with what tells them apart), placed only by the order Windows writes its fields in
 * (a 4625's Sub Status after its Status; the dialog's Extended error code after its Error code). A label that does not
 * call its number a code ("Anmeldetyp", "Quellport") still sets the number aside.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { readPaste } from '../../src/explain/paste-reader.js';

const roles = (text: string) => readPaste(text).codes.map((c) => [c.role, c.text]);

describe('labels no page of ours quotes', () => {
  it('a bare number behind one is answered with every table that holds it and what tells them apart', () => {
    const r = readPaste("Code d'échec : 0x18");
    expect(r.codes.map((c) => c.role)).toEqual(['code']);
    expect(r.codes[0].from).toMatch(/no source/);
    const e = explainCode("Code d'échec : 0x18");
    expect(e.otherReadings.map((o) => o.table)).toContain('kerberos');
    expect(e.notes.join(' ')).toMatch(/does not say its table[\s\S]*What tells them apart/);
  });

  it("a 4625's NTSTATUS after its Status is its Sub Status (the order of the event's message)", () => {
    const paste =
      'Fehlerinformationen:\n\tFehlerursache:\t\tUnbekannter Benutzername oder ungültiges Kennwort.\n\tStatus:\t\t\t0xC000006D\n\tUnterstatus:\t\t0xC0000064';
    expect(roles(paste)).toEqual([
      ['status', '0xC000006D'],
      ['subStatus', '0xC0000064'],
    ]);
    expect(readPaste(paste).codes[1].from).toMatch(/Unterstatus.*Sub Status, as the event's message orders them/);
    const e = explainCode(paste);
    expect((e.primary ?? e.extended ?? e.other)?.name).toBe('STATUS_NO_SUCH_USER');
    // Before the Status it is not placed: read alone.
    expect(roles('Unterstatus: 0xC0000064\nStatus: 0xC000006D')).toEqual([
      ['code', '0xC0000064'],
      ['status', '0xC000006D'],
    ]);
  });

  it("the dialog's code after its Error code is its Extended error code (the order the dialog shows them in)", () => {
    expect(roles('Fehlercode: 0x904\nErweiterter Fehlercode: 0x7')).toEqual([
      ['error', '0x904'],
      ['extended', '0x7'],
    ]);
    expect(explainCode('Fehlercode: 0x904\nErweiterter Fehlercode: 0x7').extended?.name).toBe(
      'exDiscReasonServerDeniedConnection',
    );
    // An HRESULT is never an extended code.
    expect(roles('Fehlercode: 0x904\nErweiterter Fehlercode: 0x80090302').map(([role]) => role)).toEqual([
      'error',
      'code',
    ]);
  });

  it('a label that does not call its number a code still sets it aside', () => {
    expect(roles('Anmeldetyp: 3\nQuellport: 51422\nStatus: 0xC000006D')).toEqual([['status', '0xC000006D']]);
  });

  it('the English labels read as before', () => {
    expect(roles('Status: 0xC000006D\nSub Status: 0xC0000064')).toEqual([
      ['status', '0xC000006D'],
      ['subStatus', '0xC0000064'],
    ]);
    expect(roles('Error code: 0x904\nExtended error code: 0x7')).toEqual([
      ['error', '0x904'],
      ['extended', '0x7'],
    ]);
    expect(roles('Failure Code: 0x18')).toEqual([['kerberos', '0x18']]);
  });
});
