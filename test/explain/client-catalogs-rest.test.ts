/**
 * client-catalogs.test.ts over every translation of the catalogs (the fast tier reads the first and last of each
 * message), so every language: slow tier, so that `npm test` reads every translation.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT_CATALOG_WORDINGS } from '../../src/explain/tables/languages/client-catalogs.js';
import { expectTranslationsRead } from '../helpers/client-catalogs.js';

describe('client-catalogs, every translation', () => {
  it('reads every translation alone as its English message, with its causes', () => {
    expect(CLIENT_CATALOG_WORDINGS.length).toBeGreaterThan(150);
    expectTranslationsRead(CLIENT_CATALOG_WORDINGS);
  });
});
