/**
 * A paste read by its context (issue 60, rounds 6 to 9): a number is a code of a table only where the text's words
 * say that table, and the approximate reading never reads a text that says something else.
 * - A TLS alert description is a number only TLS stacks print beside words of their own (Schannel's fatal alert,
 *   `AlertDesc`, OpenSSL's "SSL alert number"): a small number after "error:" in another product's text is never one
 *   (nor a Kerberos code without Kerberos' words); a SQL Server provider's error is named as SQL Server's.
 * - A space typed inside the dialog's Error code ("0x9 04") is joined when only the joined value is an mstsc code.
 * - A code's own message text, as Microsoft's page gives it, is read as that code.
 * - Another subsystem's text (a TPM, Windows Hello or Microsoft 365 app) quoting a code Remote Desktop shares is that
 *   subsystem's.
 * - The approximate reading: a shared first sentence says nothing alone; a negation is never dropped, nor kept where
 *   the copy cut it away.
 */
import { describe, expect, it } from 'vitest';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { readPaste } from '../../src/explain/paste-reader.js';
import { nearestText } from '../../src/explain/tables/approximate/nearest-text.js';
import { causeIds, expectRefused, mainReading, tablesOf } from '../helpers/explain.js';

describe('a TLS alert only where the text is TLS', () => {
  it.each([
    'Cannot connect to DBSRV01\\SQLEXPRESS. (provider: Named Pipes Provider, error: 40 - Could not open a connection to SQL Server) (Microsoft SQL Server, Error: 53)',
    'Login failed before the handshake. (provider: TCP Provider, error: 0 - An existing connection was forcibly closed by the remote host.)',
    'Erro ao conectar. (provider: SQL Network Interfaces, error: 26 - Erro ao Localizar Servidor/Instância Especificado)',
  ])('a SQL Server provider error is SQL Server\'s, its "error: N" no code of ours: %s', (paste) => {
    const e = explainCode(paste);
    expect(e.other?.name, paste).toBe('sql-server-provider-error');
    expect(tablesOf(paste), paste).not.toContain('tlsAlert');
    expect(e.likelyCauses, paste).toEqual([]);
    expect(e.logsToCheck, paste).toEqual([]);
    // Its numbers are set aside as SQL Server's, never listed as looked up in our tables.
    expect(
      e.paste?.parts.every((p) => p.table === 'sentence'),
      paste,
    ).toBe(true);
    if (paste.includes('error: 40')) expect(e.paste?.ignored, paste).toContain("error 40: that product's own number");
  });

  it('a bare "error: 40" in text that names no TLS is no TLS alert, and says why', () => {
    const paste = 'The backup agent stopped. Last message from the job: error: 40 (see the agent log).';
    expect(readPaste(paste).named).toEqual({ tls: false, kerberos: false });
    const e = explainCode(paste);
    expect(tablesOf(paste)).not.toContain('tlsAlert');
    expect(tablesOf(paste)).not.toContain('kerberos');
    expect(e.notes.join('\n')).toMatch(
      /not read as TLS alert[^\n]*handshake_failure[^\n]*nothing in the text names TLS/,
    );
  });

  it.each([
    'A fatal alert was generated and sent to the remote endpoint. The TLS protocol defined fatal alert code is 40.',
    'SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:SSL alert number 40',
    'Event ID: 36887\nSource: Schannel\nAlertDesc: 40',
    'The remote endpoint rejected the TLS handshake, error: 40',
  ])("near misses: Schannel's, OpenSSL's and the AlertDesc label's 40 stay TLS alerts: %s", (paste) => {
    expect(mainReading(paste)?.table, paste).toBe('tlsAlert');
    expect(mainReading(paste)?.name, paste).toBe('handshake_failure');
  });

  it('"alert" alone is no TLS word ("Alert: disk error 40"); a number typed alone still lists every table', () => {
    expect(readPaste('Monitoring alert: disk error 40 on volume D').named.tls).toBe(false);
    expect(tablesOf('Monitoring alert: disk error 40 on volume D')).not.toContain('tlsAlert');
    expect(tablesOf('40')).toContain('tlsAlert');
  });

  it('a labelled number and nothing more is a number typed alone: every table asked', () => {
    expect(readPaste('Error: 40').named).toEqual({ tls: true, kerberos: true });
    expect(tablesOf('Error: 40')).toContain('tlsAlert');
    expect(mainReading('Error: 0x25')?.table).toBe('kerberos');
    expect(mainReading('Error 0x25: clock skew too great')?.table).toBe('kerberos');
    expect(mainReading('KDC_ERR_PREAUTH_FAILED (0x25 after a retry)')?.table).toBe('kerberos');
  });

  it('a Kerberos code needs Kerberos words or its event; with them it is read', () => {
    expect(mainReading('KDC returned error 0x25 for the service ticket (KRB_AP_ERR_SKEW)')?.table).toBe('kerberos');
    expect(mainReading('Event ID: 4771\nFailure Code: 0x18')?.table).toBe('kerberos');
    expect(tablesOf('The sync tool failed, error: 0x25 after 3 retries')).not.toContain('kerberos');
  });
});

describe('a space typed inside the dialog Error code', () => {
  it.each([
    ['Error code: 0x9 04', '0x904'],
    ['error code = 0x5 08', '0x508'],
    ['Error code: 0xb 04\nExtended error code: 0x0', '0xB04'],
  ] as const)(
    'the pieces are joined when only the joined value is an mstsc error code, and the slip is said: %s',
    (paste, hex) => {
      const e = explainCode(paste);
      expect(e.primary?.hex, paste).toBe(hex);
      expect(e.notes.join(' '), paste).toMatch(/Typing slip forgiven: .*pieces joined/);
      expect(e.paste?.slips.join(' '), paste).toContain(`as ${hex}`);
    },
  );

  it("near misses: the dialog's two labelled numbers, and a first piece that is a code itself", () => {
    const two = explainCode('Error code: 0x904 Extended error code: 0x7');
    expect(two.primary?.hex).toBe('0x904');
    expect(two.extended?.hex).toBe('0x7');
    expect(two.notes.join(' ')).not.toMatch(/pieces joined/);
    // 0x4 is an mstsc code on its own: "0x4 07" stays the code and an extended 0x7.
    const four = explainCode('Error code: 0x4 07');
    expect(four.primary?.hex).toBe('0x4');
    expect(four.extended?.hex).toBe('0x7');
    expect(four.notes.join(' ')).not.toMatch(/pieces joined/);
    // Two labels, the first unknown: never joined across a label.
    const labelled = explainCode('Error code: 0x9 Extended error code: 0x4');
    expect(labelled.extended?.hex).toBe('0x4');
  });
});

/** A code's own message text, as Microsoft's page gives it, read as that code. */
describe('message texts of codes users meet', () => {
  it("SEC_E_DOWNGRADE_DETECTED's text (the page gives Windows' words, not its name's) is that code", () => {
    const e = explainCode(
      'An authentication error has occurred.\nThe system cannot contact a domain controller to service the authentication request. Please try again later.',
    );
    expect([e.primary, e.other].some((r) => r?.name === 'SEC_E_DOWNGRADE_DETECTED')).toBe(true);
    expect(e.likelyCauses.map((c) => c.causeId)).toContain(credsspNla.id);
    expectRefused('The system cannot contact the print server. Please try again later.');
  });

  it("ERROR_TIME_SKEW's text (1398), pasted from a tool's output with its number or alone", () => {
    for (const paste of [
      'There is a time and/or date difference between the client and server.',
      '[DC02] DsBindWithSpnEx() failed with error 1398, There is a time and/or date difference between the client and server.',
    ]) {
      const e = explainCode(paste);
      expect(
        [e.primary, e.other].some((r) => r?.name === 'ERROR_TIME_SKEW'),
        paste,
      ).toBe(true);
    }
    expectRefused('There is a size difference between the client and server copies.');
  });
});

describe("another subsystem's text quoting a shared code is read as that subsystem's, not Remote Desktop's", () => {
  const TPM =
    "Microsoft 365: Your computer's Trusted Platform Module has malfunctioned. If this error persists, contact your system administrator with the error code 80090016.";
  const HELLO = "Windows Hello: Something went wrong and your PIN isn't available (status 0x80090016).";
  const OUTLOOK = 'Outlook could not sign you in. Error 0x80090016: Keyset does not exist.';

  it('a TPM, Windows Hello or Outlook text: the code decoded, no Remote Desktop cause or log, the subsystem named', () => {
    for (const [paste, name] of [
      [TPM, /Trusted Platform Module/],
      [HELLO, /Windows Hello/],
      [OUTLOOK, /Microsoft 365 \(Office\) app/],
    ] as const) {
      const e = explainCode(paste);
      expect(e.likelyCauses, paste).toEqual([]);
      expect(e.logsToCheck, paste).toEqual([]);
      expect(e.summary, paste).toMatch(name);
      expect(e.summary, paste).toMatch(/not a Remote Desktop connection failure/);
      expect(e.notes.join('\n'), paste).not.toMatch(/^For Remote Desktop:/m);
    }
    expect(explainCode(HELLO).other?.name).toBe('NTE_BAD_KEYSET');
  });

  it('a TPM text without a code is still answered: the TPM, not Remote Desktop', () => {
    const e = explainCode("Your computer's Trusted Platform Module has malfunctioned.");
    expect(e.input.code).toBe('tpm');
    expect(e.likelyCauses).toEqual([]);
  });

  it('near misses: the same code beside Remote Desktop words, or "tpm" inside a host name, keeps its Remote Desktop causes', () => {
    const rdp = causeIds('Remote Desktop Connection: An authentication error has occurred (Code: 0x80090016)');
    expect(rdp.length).toBeGreaterThan(0);
    expect(causeIds('Error code 0x80090016 on server tpm-host01.example.org')).toEqual(causeIds('0x80090016'));
    // Outside the "authentication error" dialog (whose CredSSP causes lead its code's), the code's own causes.
    expect(causeIds('Remote Desktop: the TPM host refused. Error code 0x80090016')).toEqual(causeIds('0x80090016'));
    expect(causeIds('Windows Hello for Business: the remote PC refused the sign-in, error 0x80090016')).toEqual(
      causeIds('0x80090016'),
    );
  });
});

describe('the approximate reading: a first sentence several texts open with says nothing alone', () => {
  const candidates = [
    {
      item: 'a',
      meaning: 'a',
      text: 'Something went wrong during sign in. The directory service cannot be contacted now.',
    },
    {
      item: 'b',
      meaning: 'b',
      text: 'Something went wrong during sign in. The requested operation is not supported here.',
    },
  ];
  it('the shared opening and an unrelated second sentence: no reading', () => {
    expect(nearestText('Something went wrong during sign in. The printer queue cannot be contacted.', candidates)).toBe(
      undefined,
    );
  });
  it('the shared opening and a second sentence with a word added or changed: the text that sentence is', () => {
    expect(
      nearestText(
        'Something went wrong during sign in. The directory service cannot be contacted right now.',
        candidates,
      )?.item,
    ).toBe('a');
    expect(
      nearestText(
        'Something went wrong during sign in. The requested operation is not supported on this computer.',
        candidates,
      )?.item,
    ).toBe('b');
  });
  it('a first sentence of its own still reads alone, as before', () => {
    const own = [
      { item: 'c', meaning: 'c', text: 'The spooler subsystem stopped unexpectedly overnight. Restart it.' },
    ];
    expect(nearestText('The spooler subsystem stopped unexpectedly last night.', own)?.item).toBe('c');
  });
});

describe('the approximate reading never drops a negation', () => {
  it.each([
    'The password for this account has not expired.',
    'Das Kennwort für dieses Konto ist nicht abgelaufen.',
    'Срок действия пароля для этой учетной записи не истек.',
    'This user can sign in because this account is currently disabled.',
  ])(
    'a known text negated in the paste ("has not expired", "nicht abgelaufen", "не истек") is not read as it: %s',
    (paste) => {
      expectRefused(paste);
    },
  );
  it('near misses: the same texts with their own negation, or a word changed, are still read', () => {
    expect(explainCode("L'identité de l'ordinateur serveur n'a pas pu être vérifiée").other?.name).toBe(
      'SEC_E_MUTUAL_AUTH_FAILED',
    );
    expect(explainCode('Das Kennwort für dieses Konto ist leider abgelaufen.').input.code).toBe(
      'ERROR_PASSWORD_EXPIRED',
    );
  });
});

describe('the approximate reading: a cut copy keeps the negations between the words it kept', () => {
  const candidates = [
    {
      item: 'mode',
      meaning: 'mode',
      text: 'The licensing mode of this server is not configured on the broker, and its services will stop working in some days.',
    },
  ];
  it('a copy cut after the negation is read; the same words with the negation dropped are not', () => {
    expect(nearestText('The licensing mode of this server is not configured on the broker', candidates)?.item).toBe(
      'mode',
    );
    expect(nearestText('The licensing mode of this server is configured on the broker', candidates)).toBe(undefined);
  });
  it('a copy that cut the negation away with its start still reads (the negation was in the part cut)', () => {
    expect(
      nearestText('configured on the broker, and its services will stop working in some days.', candidates)?.item,
    ).toBe('mode');
  });
});

describe('the "authentication error" dialog around a status with no cause of its own', () => {
  it('a failure HRESULT of another facility (COM, RPC): the dialog names CredSSP / NLA first', () => {
    const causes = causeIds('An authentication error has occurred (Code: 0x80080005).\n\nRemote computer: rds01');
    expect(causes[0]).toBe(credsspNla.id);
    // The code alone stays what it is: no cause.
    expect(causeIds('0x80080005')).toEqual([]);
  });

  it('a success or continue status in the dialog gets no cause from it', () => {
    expect(causeIds('An authentication error has occurred (Code: 0x00090312).')).toEqual([]);
  });
});
