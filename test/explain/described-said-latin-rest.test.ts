/**
 * Every language row of a part and its failure (tables/own-words/described-said-latin.ts, described-languages-scripts.ts: round 26, issue 60; the fast twin described-said-latin.test.ts takes the
 * first of each concept): its page wording read as its concept and cause, its near miss not.
 */
import { describe, it } from 'vitest';
import { LANGUAGES_SAID } from '../../src/explain/tables/own-words/described-languages.js';
import { expectRow } from '../helpers/described-said.js';

describe('round 26: every language row of a part and its failure', () => {
  it.each(LANGUAGES_SAID.map((r) => [`${r.language} ${r.concept}`, r] as const))('%s', (_, r) => expectRow(r));
});
