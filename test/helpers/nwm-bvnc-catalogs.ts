/** Shared by nwm-bvnc-catalogs.test.ts and its slow -rest twin: each translation read as its key's English. */
import { expect } from 'vitest';
import type { LocalizedWording } from '../../src/explain/tables/languages/localized-wording.js';
import { NWM_BVNC_ROWS } from '../../src/explain/tables/languages/nwm-bvnc-catalogs-data.js';
import { CLIENT_ERROR_TEXT_ROWS } from '../../src/explain/tables/sentences/client-error-texts.js';
import { ERROR_INFO_TEXT_ROWS } from '../../src/explain/tables/sentences/error-info-texts.js';
import { causeIds, sentenceIds } from './explain.js';

/** The catalog's English text of a sentence's key (client-text-<code>: NETworkManager's English of that code). */
export function englishOfNwmBvnc(sentence: string): string {
  const english = NWM_BVNC_ROWS.filter((r) => r.language === 'en');
  const [, app, code] = /^(networkmanager|client-text|sparkview-errinfo|errinfo-text)-(\d+)$/.exec(sentence) ?? [];
  const spark = app === 'sparkview-errinfo' || app === 'errinfo-text';
  const row = code
    ? english.find((r) => r.code === Number(code) && (r.app === 'sparkview') === spark)
    : english.find((r) => `bvnc-${r.key.replace(/_/g, '-')}` === sentence);
  expect(row, sentence).toBeDefined();
  return row?.text ?? '';
}

/** Each translation reads as its sentence, with the causes of its key's English text. */
export function expectNwmBvncRead(wordings: readonly LocalizedWording[]): void {
  const english = new Map<string, string[]>();
  // Another table's sentence (the Windows client's text, the specification's description): its English is its own.
  const known = new Set([
    ...CLIENT_ERROR_TEXT_ROWS.map((r) => `client-text-${r.code}`),
    ...ERROR_INFO_TEXT_ROWS.map((r) => `errinfo-text-${r.code}`),
  ]);
  for (const w of wordings) {
    const at = `${w.sentence} (${w.language}): ${w.quoted}`;
    const ids = sentenceIds(w.quoted);
    // Windows' own translation of a system message (SEC_E_NO_AUTHENTICATING_AUTHORITY's): read as that code.
    if (!ids.includes(w.sentence)) expect(ids[0], at).toMatch(/^[A-Z][A-Z_]+$/);
    if (known.has(w.sentence)) continue;
    if (!english.has(w.sentence)) english.set(w.sentence, causeIds(englishOfNwmBvnc(w.sentence)));
    expect(causeIds(w.quoted), at).toEqual(english.get(w.sentence));
  }
}
