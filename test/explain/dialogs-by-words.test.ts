/**
 * Issue 60, round 19: the dialogs ranked by what their words state, in every language the tables hold. Each rule with
 * a near miss: the same words where another product says them, or a paste that says more than the dialog.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { LOCALIZED_SENTENCES } from '../../src/explain/tables/languages/localized.js';
import { causeIds, sentenceIds, summaryOrNone } from '../helpers/explain.js';

const before = (ids: readonly string[], a: string, b: string) => {
  expect(ids).toContain(a);
  expect(ids).toContain(b);
  expect(ids.indexOf(a)).toBeLessThan(ids.indexOf(b));
};

describe('the catch-all "can\'t connect" dialog names no cause: reachability first, as its pages check', () => {
  it('in English, with its title line: no cause named, the listener first, the certificate after the limit', () => {
    const e = explainCode(
      "Remote Desktop Disconnected\nThis computer can't connect to the remote computer.\nTry connecting again.",
    );
    expect(e.summary).toMatch(/names no cause/);
    expect(e.likelyCauses[0].causeId).toBe(networkUnreachable.id);
    before(
      e.likelyCauses.map((c) => c.causeId),
      sessionLimit.id,
      tlsCertificate.id,
    );
  });

  it('in every language the tables quote it in (its wordings from the registry)', () => {
    const wordings = LOCALIZED_SENTENCES.filter((w) => w.sentence === 'cannot-connect-generic' && !w.phrase);
    expect(wordings.length).toBeGreaterThan(5);
    for (const w of wordings) expect(causeIds(w.quoted)[0], w.quoted).toBe(networkUnreachable.id);
  });

  it("near miss: the dialog's codes pasted with it decide (0x904 with 0x7 is the server refusing)", () => {
    const ids = causeIds(
      "This computer can't connect to the remote computer.\nError code: 0x904\nExtended error code: 0x7",
    );
    expect(ids[0]).not.toBe(networkUnreachable.id);
    expect(ids).toEqual(causeIds('Error code: 0x904\nExtended error code: 0x7'));
  });

  it('near miss: a more specific sentence pasted with it leads (the LSA dialog)', () => {
    const text =
      "An authentication error has occurred. The Local Security Authority cannot be contacted.\nThis computer can't connect to the remote computer.";
    expect(causeIds(text)).toEqual(
      causeIds('An authentication error has occurred. The Local Security Authority cannot be contacted.'),
    );
  });
});

describe('an SSPI status inside the "authentication error" dialog comes from NLA', () => {
  const SSPI_TEXT = 'The credentials supplied to the package were not recognized';

  it("its message text under the title: CredSSP and the saved credentials before the listener's certificate", () => {
    const ids = causeIds(`Remote Desktop Connection\nAn authentication error has occurred.\n${SSPI_TEXT}.`);
    expect(ids.slice(0, 2)).toEqual([credsspNla.id, authBadCredentials.id]);
    expect(ids).toContain(tlsCertificate.id);
  });

  it('its code under the title, and the French title as its Microsoft page quotes it', () => {
    expect(causeIds('An authentication error has occurred (Code: 0x8009030d)')[0]).toBe(credsspNla.id);
    const fr = LOCALIZED_SENTENCES.find((w) => w.sentence === 'lsa-cannot-be-contacted' && w.language === 'fr');
    const title = fr?.quoted.split('. ')[0] ?? '';
    expect(title).toMatch(/authentification/);
    expect(causeIds(`${title}. Les informations d’identification fournies au package n’ont pas été reconnues`)[0]).toBe(
      credsspNla.id,
    );
  });

  it("near miss: the text or the code alone, or in a VPN client's words, keeps the code's reading", () => {
    expect(causeIds(SSPI_TEXT)[0]).toBe(tlsCertificate.id);
    expect(causeIds('0x8009030d')[0]).toBe(tlsCertificate.id);
    expect(causeIds(`VPN client: ${SSPI_TEXT}`)[0]).toBe(tlsCertificate.id);
  });

  it("a status whose causes already name NLA keeps its order (the LSA dialog's code)", () => {
    expect(causeIds('An authentication error has occurred (Code: 0x80090304)')).toEqual(causeIds('0x80090304'));
  });
});

describe('E_FAIL beside the sentence that states what failed: the sentence leads', () => {
  const LSA = 'An authentication error has occurred.\nThe Local Security Authority cannot be contacted.';

  it('the LSA dialog with "(Code: 0x80004005)": the LSA reading, the code in the notes', () => {
    const e = explainCode(`${LSA}\nRemote computer: rdsh01\n(Code: 0x80004005)`);
    expect(e.summary).toMatch(/Local Security Authority/);
    expect(e.likelyCauses.map((c) => c.causeId)).toEqual(causeIds(LSA));
    expect(e.notes.join(' ')).toMatch(/0x80004005 \(E_FAIL\) names no cause by itself/);
  });

  it('near miss: the same words in SQL Server Management Studio keep the unspecified failure', () => {
    expect(
      summaryOrNone(
        'Microsoft SQL Server Management Studio: The Local Security Authority cannot be contacted (Code: 0x80004005)',
      ),
    ).toMatch(/^Unspecified failure/);
  });
});

describe('localized dialogs from the one public page in their language, each a phrase', () => {
  it('Turkish and Czech "the function requested is not supported" is the CredSSP dialog', () => {
    expect(sentenceIds('Bir kimlik doğrulama hatası oluştu, istenen işlev desteklenmiyor')).toEqual([
      'function-not-supported',
    ]);
    expect(sentenceIds('Zadaná funkce není podporována. Došlo k chybě ověřování')).toEqual(['function-not-supported']);
    expect(causeIds('Došlo k chybě ověřování. Zadaná funkce není podporována.')[0]).toBe(credsspNla.id);
  });

  it('near miss: the phrase beside SQL Server is not the dialog', () => {
    expect(sentenceIds('SQL Server: İstenen işlev desteklenmiyor')).toEqual([]);
  });

  it('near miss: the Turkish title over a sentence of no dialog reads nothing (not the LSA dialog)', () => {
    expect(sentenceIds('Bir kimlik doğrulama hatası oluştu. Yazıcı kuyruğu bulunamadı.')).toEqual([]);
  });

  it('the Japanese certificate prompt, and the Italian credentials heading', () => {
    expect(causeIds('このリモート コンピューターの ID を識別できません。接続しますか?')[0]).toBe(tlsCertificate.id);
    expect(sentenceIds('Le credenziali non hanno funzionato')).toEqual(['credentials-did-not-work']);
  });

  it("near miss: a printer's ID, or the Italian words about Outlook", () => {
    expect(sentenceIds('このプリンターの ID を識別できません。')).toEqual([]);
    expect(sentenceIds('Le credenziali non hanno funzionato in Outlook')).not.toContain('credentials-did-not-work');
  });
});

describe('the "protocol error" dialog says so in its words', () => {
  it("its code read as the dialog's: a protocol error, then what the code means", () => {
    expect(summaryOrNone('Because of a protocol error (code: 0x112f), this session will be disconnected.')).toMatch(
      /^A protocol error ended the session \(code 0x112F, ERRINFO_GRAPHICS_SUBSYSTEM_FAILED\)\. The server's graphics/,
    );
  });

  it('near miss: the code typed alone is not said to be a protocol error', () => {
    expect(summaryOrNone('0x112f')).not.toMatch(/protocol error/);
  });
});
