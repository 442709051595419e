/**
 * The development list of pastes (fixtures/pastes.ts), each read as expected: every family, every language. The
 * score is printed; every entry must be right, and none may be read confidently wrong. Here the first and last paste
 * of each family and of each language; every one in pastes-rest.test.ts (slow tier).
 */
import { describe, expect, it } from 'vitest';
import { UNEXPLAINED } from '../../patterns/index.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { localizedLanguagesOf } from '../../src/explain/tables/languages/localized.js';
import { PASTES } from './fixtures/pastes.js';
import { byFamily, byLanguage, expectPartsSourced, expectPastesRead } from '../helpers/pastes.js';
import { expectEveryKind, fewOf } from '../helpers/sweep.js';

describe('the development list of pastes', () => {
  it('has at least 150 pastes, in every family, in English, German and French', () => {
    expect(PASTES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(PASTES.map((p) => p.lang))).toEqual(new Set(['en', 'de', 'fr', '-']));
    expect(new Set(PASTES.map((p) => p.family)).size).toBeGreaterThanOrEqual(10);
  });

  // The first and last paste of each family and of each language; every one in pastes-rest.test.ts.
  const few = fewOf(PASTES, [byFamily, byLanguage]);

  it('reads the first and last paste of each family and language as expected (score by family)', () => {
    expectEveryKind(few, PASTES, byFamily, byLanguage);
    expectPastesRead(few);
  });

  it('gives both readings of a bare number two tables hold, and what tells them apart', () => {
    for (const code of ['0x7', '0x12', '0x18']) {
      const e = explainCode(code);
      expect(e.otherReadings.length, code).toBeGreaterThan(0);
      expect(e.notes.join('\n'), code).toMatch(/does not say its table[\s\S]*What tells them apart/);
    }
  });

  it('says so, and which label would help, when nothing is known', () => {
    const e = explainCode('Error code: 0x9999');
    expect(e.likelyCauses[0]?.causeId).toBe(UNEXPLAINED);
    expect(e.notes.join('\n')).toMatch(/A label would tell which table/);
  });

  it('says where every decoded part of a paste came from', () => {
    expectPartsSourced(few);
  });
});

describe('the known sentences', () => {
  it('name a code their table holds, and give English words at least', async () => {
    const { KNOWN_SENTENCES, lookupCodeName } = await import('../../src/explain/tables/index.js');
    const ids = new Set<string>();
    for (const s of KNOWN_SENTENCES) {
      expect(ids.has(s.id), s.id).toBe(false);
      ids.add(s.id);
      expect(s.words.en.length, s.id).toBeGreaterThan(0);
      if (s.codeName) expect(lookupCodeName(s.codeName), `${s.id}: ${s.codeName}`).toBeDefined();
      // A sentence without a German or French wording (src/explain/tables/languages/localized.ts) says why.
      const languages = localizedLanguagesOf(s.id);
      if (!languages.includes('de') || !languages.includes('fr'))
        expect(s.languages, s.id).toMatch(/English only|every language|No localized Microsoft page quotes/);
    }
  });
});
