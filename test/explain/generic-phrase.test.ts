/**
 * A phrase many programs show ("An internal error has occurred", in every language the tables read it in) is the
 * Remote Desktop client's dialog only in a paste about Remote Desktop or one that holds nothing else (issue 60, round
 * 17; sentences.ts `phraseIsTheDialog`): the same rule for English and every translation. Beside another product's
 * name it is that product's: no Remote Desktop reading, no Remote Desktop cause. The phrases are taken from the
 * tables (the English pattern's text, each localized wording's words); the product names and titles are ours.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { LOCALIZED_SENTENCES } from '../../src/explain/tables/languages/localized.js';
import { findSentences, KNOWN_SENTENCES } from '../../src/explain/tables/sentences/sentences.js';

const PHRASES = KNOWN_SENTENCES.filter((s) => s.phrase);
/** Each phrase as a bare paste: the English pattern's text, and each localized wording's first words. */
const BARE: readonly { id: string; language: string; text: string }[] = PHRASES.flatMap((s) => [
  { id: s.id, language: 'en', text: 'An internal error has occurred.' },
  ...LOCALIZED_SENTENCES.filter((w) => w.sentence === s.id).map((w) => ({
    id: s.id,
    language: w.language,
    text: `${typeof w.words[0] === 'string' ? w.words[0] : w.words[0][0]}.`,
  })),
]);

const OTHER_PRODUCTS = ['Microsoft SQL Server Management Studio', 'Windows Installer', 'Adobe Acrobat Reader'];

/** The answer's recognized sentences, or none when nothing was read (an error worded for the user). */
function read(paste: string): { ids: string[]; causes: number; error?: string } {
  try {
    const e = explainCode(paste);
    const ids = (e.paste?.parts ?? []).filter((p) => p.table === 'sentence').map((p) => p.name ?? '');
    if (typeof e.input.code === 'string' && /^[a-z-]+$/.test(e.input.code)) ids.push(e.input.code);
    return { ids, causes: e.likelyCauses.length };
  } catch (error) {
    return { ids: [], causes: 0, error: (error as Error).message };
  }
}

describe('a phrase many programs show', () => {
  it('is marked on the one sentence the tables hold of that kind, read in several languages', () => {
    expect(PHRASES.map((s) => s.id)).toEqual(['internal-error']);
    expect(new Set(BARE.map((b) => b.language)).size).toBeGreaterThanOrEqual(5);
  });

  for (const b of BARE) {
    it(`is read alone, in its dialog and with its codes (${b.language})`, () => {
      for (const paste of [
        b.text,
        `Remote Desktop Connection\n${b.text}`,
        `---------------------------\n${b.text}\n---------------------------\nOK`,
        `${b.text}\nError code: 0x4\nExtended error code: 0x0`,
      ])
        expect(read(paste).ids, paste).toContain(b.id);
      expect(findSentences(b.text).map((m) => m.language)).toContain(b.language);
    });

    it(`beside another product's name is not the Remote Desktop dialog (${b.language})`, () => {
      for (const product of OTHER_PRODUCTS)
        for (const paste of [`${product}\n${b.text}`, `${product}: ${b.text}`]) {
          const r = read(paste);
          expect(r.ids, paste).not.toContain(b.id);
          expect(r.causes, paste).toBe(0);
        }
    });
  }

  it('says why, when it was all the paste held', () => {
    expect(read('Windows Installer\nAn internal error has occurred.').error).toMatch(
      /phrase many programs show: it is read as the Remote Desktop dialog only when the paste is about Remote Desktop/,
    );
  });

  it("beside a Microsoft 365 app's name is that app's error (other-subsystems.ts)", () => {
    const e = explainCode('Microsoft Outlook\nAn internal error has occurred.');
    expect(e.summary).toMatch(/Microsoft 365 \(Office\) app/);
    expect(e.likelyCauses).toEqual([]);
  });

  it('other sentences are not held to the rule (a dialog with a product name in it stays read)', () => {
    expect(read("SQL Server\nThis computer can't connect to the remote computer.").ids).toContain(
      'cannot-connect-generic',
    );
  });
});
