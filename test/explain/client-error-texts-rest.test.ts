/**
 * client-error-texts.test.ts over every row of the client's disconnect texts (the fast tier reads the first and last
 * row): slow tier, so that `npm test` reads every row in every form.
 */
import { describe, it } from 'vitest';
import { CLIENT_ERROR_TEXT_ROWS } from '../../src/explain/tables/sentences/client-error-texts.js';
import { expectRowsReadInEveryForm } from '../helpers/client-error-texts.js';

describe("the client's text of each disconnect reason, every row", () => {
  it('reads every row as its code, in the forms users paste it: title and button, extra blanks, broken lines', () => {
    expectRowsReadInEveryForm(CLIENT_ERROR_TEXT_ROWS);
  });
});
