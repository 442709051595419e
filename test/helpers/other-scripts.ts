/**
 * The check of round 24's Windows texts in other scripts (tables/languages/localized-other-scripts.ts, issue 60), written once
 * for the fast file and its `-rest` twin: the row's own text is read as its sentence in its language, by its own
 * page, with the English sentence's causes (none for a sentence that names no cause), upper-cased still.
 */
import { expect } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import type { LocalizedWording } from '../../src/explain/tables/languages/localized-wording.js';
import { KNOWN_SENTENCES } from '../../src/explain/tables/sentences/sentences.js';
import { causeIds, sentenceIds } from './explain.js';

export function expectOtherScriptWording(w: LocalizedWording) {
  expect(sentenceIds(w.quoted), w.quoted).toContain(w.sentence);
  const e = explainCode(w.quoted);
  expect(e.paste?.parts.find((p) => p.text === w.sentence)?.wordingSource, w.quoted).toBe(w.source.url);
  const english = KNOWN_SENTENCES.find((s) => s.id === w.sentence);
  expect(causeIds(e).slice(0, english?.states?.length ?? 0), w.quoted).toEqual(english?.states ?? []);
  expect(sentenceIds(w.quoted.toUpperCase()), w.quoted).toContain(w.sentence);
}
