/** explain-code takes whatever the dialog shows: each example users meet gets a meaning and its source. */
import { describe, expect, it } from 'vitest';
import { readDialogInput } from '../../src/explain/dialog-input.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { formatCodeExplanation } from '../../src/explain/format-explanation.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';

const main = (e: ReturnType<typeof explainCode>) => e.primary ?? e.extended ?? e.other;

describe('readDialogInput', () => {
  it('reads one or two codes, hex or decimal', () => {
    expect(readDialogInput('0x904', '0x7')).toMatchObject({ code: { value: 2308 }, extended: { value: 7 } });
    expect(readDialogInput('2308', '7')).toMatchObject({
      code: { value: 2308, radix: 'decimal' },
      extended: { value: 7 },
    });
    expect(readDialogInput('0x112f')).toMatchObject({ code: { value: 0x112f }, fromText: false });
    expect(readDialogInput('0x904 0x7')).toMatchObject({
      code: { value: 2308 },
      extended: { value: 7 },
      fromText: true,
    });
  });

  it("reads the dialog's text", () => {
    expect(readDialogInput('Error code: 0x904, Extended error code: 0x7')).toMatchObject({
      code: { value: 2308 },
      extended: { value: 7 },
    });
    expect(
      readDialogInput('An authentication error has occurred (Code: 0x80090304). Remote computer: rds01'),
    ).toMatchObject({ code: { value: 0x80090304 }, context: 'authentication' });
    expect(
      readDialogInput('Because of a protocol error (code: 0x112f), the remote session will be disconnected.'),
    ).toMatchObject({ code: { value: 0x112f }, context: 'protocol' });
    expect(readDialogInput('Failure Reason: %%2306')).toMatchObject({
      code: { value: 2306 },
      context: 'failure-reason',
    });
    expect(readDialogInput('An internal error has occurred.')).toMatchObject({ code: { value: 4 }, fromText: true });
  });

  it('refuses text with no code in it, quoting it safely', () => {
    expect(() => readDialogInput('banana')).toThrow(/"banana" is not a valid error code/);
    expect(() => readDialogInput('x'.repeat(500))).toThrow(/x{70,}\.\.\."/);
    expect(() => readDialogInput('0x904', 'seven')).toThrow(/"seven" is not a valid extended error code/);
  });
});

describe('explain-code answers every code of issue #24 with a meaning and its source', () => {
  const examples: [string, RegExp][] = [
    ['0x4', /An internal error has occurred/],
    ['An internal error has occurred', /An internal error has occurred/],
    ['0x112F', /graphics subsystem/],
    ['Because of a protocol error (code: 0x112f), the remote session will be disconnected.', /graphics subsystem/],
    ['0x3000008', /remote computer/],
    ['0x3000009', /sending data to the gateway/],
    ['0x300000A', /temporarily unavailable/],
    ['0x3000002', /revocation list/],
    ['0x3000005', /identity of the gateway/],
    ['0x300001A', /credentials were incorrect/],
    ['0x300001C', /authentication method/],
    ['0x3000022', /maximum allowed connections/],
    ['0x3000046', /no resources/],
    ['0x3000047', /accessing the resource/],
    ['0x3000049', /updated/],
    ['50331721', /updated/],
    ['An authentication error has occurred (Code: 0x80090304)', /Local Security Authority cannot be contacted/],
    ['An authentication error has occurred (Code: 0x80090302)', /not supported/],
    ['An authentication error has occurred (Code: 0x80004005)', /Unspecified failure/],
    ['An authentication error has occurred (Code: 0x800706BE)', /remote procedure call failed/],
    ['3334', /protocol error/],
    ['0xD06', /protocol error/],
    ['0x1104', /protocol error detected at the client/],
    ['778', /no card/],
    ['4339', /RemoteApp/],
    ['0xC0000225', /not found/],
    ['%%2306', /NetLogon component is not active/],
    ['0xC00002EE', /context was deleted before/],
    ['1800', /console session/],
    ['1032', /computer name contains invalid characters/],
    ['TermDD 56', /security layer detected an error in the protocol stream/],
    ['Event ID 50 TermDD', /X.224 detected an error/],
    ['Schannel 36871', /creating a TLS credential/],
    ['4625', /failed to log on/],
  ];
  for (const [input, meaning] of examples) {
    it(input, () => {
      const e = explainCode(input);
      const m = main(e);
      expect(m?.meaning, input).toMatch(meaning);
      expect(m?.source.length, input).toBeGreaterThan(15);
      expect(m?.tableLabel.length, input).toBeGreaterThan(10);
      const text = formatCodeExplanation(e);
      expect(text).toContain('Source: ');
      expect(text).toContain('Table: ');
      expect(text).toContain('[MS] Microsoft documents it');
    });
  }

  it('0x4 points at the certificate first, the handshake and NLA after it', () => {
    const e = explainCode('An internal error has occurred');
    expect(e.likelyCauses.map((c) => c.causeId)).toEqual([tlsCertificate.id, tlsProtocolMismatch.id, credsspNla.id]);
    expect(e.phases).toEqual(['tls', 'nla']);
    expect(e.notes.join('\n')).toMatch(/MachineKeys/);
  });

  it('gives each reading of a number that several tables hold', () => {
    const e = explainCode('0x4');
    expect(e.primary?.name).toBe('InternalErrorHasOccurred');
    // The same number as a Kerberos code (a DC's Failure Code 0x4) is shown too: the number alone does not say.
    // And the Windows App's 0x4 ("Your session ended because of an error"), read as that beside its dialog.
    expect(e.otherReadings.map((r) => r.table)).toEqual(['clientApp', 'mstscExtended', 'lsm40', 'kerberos']);
    const text = formatCodeExplanation(e);
    expect(text).toMatch(/The same number in other tables:/);
    expect(text).toMatch(/exDiscReasonServerLogonTimeout/);
    // A protocol error typed alone is an extended code; its range reading is not listed beside an exact entry.
    expect(explainCode('0x112F').otherReadings).toEqual([]);
  });

  it('reads event ids users quote, with what the event is evidence of', () => {
    const e = explainCode('TermDD 56');
    expect(e.other).toMatchObject({ table: 'event', name: 'TermDD 56 (System, TermDD)' });
    expect(e.phases).toEqual(['tls', 'nla']);
    expect(e.notes.join('\n')).toMatch(/0x80090304/);
    expect(explainCode('Schannel 36871').notes.join('\n')).toMatch(/only when it names a server credential/);
    // 4625 is also inside the extended protocol range; the exact event entry is the reading.
    expect(explainCode('4625').other?.table).toBe('event');
    expect(explainCode('4625').otherReadings).toEqual([]);
  });

  it('reads the dialog text and says what it read', () => {
    const e = explainCode('Error code: 0x904, Extended error code: 0x7');
    expect(e.input).toEqual({ code: '0x904', extended: '0x7' });
    expect(e.notes[0]).toMatch(/Read from the text: Error code 0x904 and Extended error code 0x7/);
    expect(e.likelyCauses.map((c) => c.causeId)).toEqual(
      explainCode('0x904', '0x7').likelyCauses.map((c) => c.causeId),
    );
  });
});

describe('what users paste from the logs, read as they mean it', () => {
  it("a 4625's Status and Sub Status: NTSTATUS, the specific one explained, the other noted", () => {
    const e = explainCode('Status: 0xC000006D Sub Status: 0xC0000064');
    expect(e.other).toMatchObject({ table: 'ntstatus', name: 'STATUS_NO_SUCH_USER' });
    expect(e.primary).toBeUndefined();
    expect(e.notes.join('\n')).toMatch(/Status 0xC000006D: /);
    // The 4625 block as Event Viewer shows it, labels on their own lines.
    const block = explainCode(
      'Failure Information:\n\tFailure Reason:\t%%2313\n\tStatus:\t\t0xC000006D\n\tSub Status:\t\t0xC000006A',
    );
    expect(block.other).toMatchObject({ table: 'ntstatus', name: 'STATUS_WRONG_PASSWORD' });
    // A sub-status of 0 says nothing more: the Status is explained.
    expect(explainCode('Status: 0xC000015B Sub Status: 0x0').other).toMatchObject({
      table: 'ntstatus',
      value: 0xc000015b,
    });
  });

  it('a Schannel fatal-alert sentence: the TLS alert first, the internal error state beside it', () => {
    const generated = explainCode('The following fatal alert was generated: 50. The internal error state is 1205.');
    expect(generated.other).toMatchObject({ table: 'tlsAlert', value: 50 });
    expect(generated.notes.join('\n')).toMatch(/Internal error state 1205/);
    const received = explainCode(
      'A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is 10.',
    );
    expect(received.other).toMatchObject({ table: 'tlsAlert', value: 10 });
  });

  it("an LSM 40 sentence's reason code is an LSM reason", () => {
    const e = explainCode('Session 3 has been disconnected, reason code 5');
    expect(e.other).toMatchObject({ table: 'lsm40', value: 5 });
  });

  it('an HRESULT without 0x is read as hexadecimal, and the note says what the decimal reading would be', () => {
    const e = explainCode('80090311');
    expect(e.other).toMatchObject({ table: 'sspi', value: 0x80090311 });
    expect(e.notes.join('\n')).toMatch(/read as hexadecimal 0x80090311.*As a decimal number it would be 0x4C614C7/);
    // A decimal code of the dialog stays decimal.
    expect(readDialogInput('2308').code).toMatchObject({ value: 2308, radix: 'decimal' });
  });
});

describe("codes given by name, and the gateway's decimal codes", () => {
  it('names: SSPI, RD Gateway, Azure Virtual Desktop', () => {
    expect(explainCode('SEC_E_WRONG_PRINCIPAL').other).toMatchObject({ table: 'sspi', value: 0x80090322 });
    const gw = explainCode('E_PROXY_NAP_ACCESSDENIED');
    expect(gw.other).toMatchObject({ table: 'gateway', value: 0x800759db });
    expect(gw.likelyCauses[0]?.causeId).toBe(gatewayDenied.id);
    const avd = explainCode('ConnectionFailedClientDisconnect');
    expect(avd.other).toMatchObject({ table: 'avd', byName: true });
    expect(avd.other?.source).toMatch(/Azure Virtual Desktop/);
    expect(formatCodeExplanation(avd)).toMatch(/ConnectionFailedClientDisconnect \[MS\]: The client disconnected/);
    expect(explainCode('The error was SEC_E_LOGON_DENIED.').other?.name).toBe('SEC_E_LOGON_DENIED');
    expect(() => explainCode('banana')).toThrow(/not a valid error code/);
  });

  it('the gateway logs its code in decimal: 23003 is E_PROXY_NAP_ACCESSDENIED, not a protocol range', () => {
    const e = explainCode('23003');
    expect(e.other).toMatchObject({ table: 'gateway', name: 'E_PROXY_NAP_ACCESSDENIED' });
    expect(e.other?.range).toBeUndefined();
    expect(e.likelyCauses[0]?.causeId).toBe(gatewayDenied.id);
  });
});
