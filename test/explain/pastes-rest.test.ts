/**
 * pastes.test.ts over every paste of the development list (the fast tier reads the first and last of each family and
 * of each language): each read as expected, each decoded part sourced. Slow tier, so that `npm test` reads every one.
 */
import { describe, it } from 'vitest';
import { expectPartsSourced, expectPastesRead } from '../helpers/pastes.js';
import { PASTES } from './fixtures/pastes.js';

describe('the development list of pastes, every one', () => {
  it('reads every paste as expected (score by family)', () => {
    expectPastesRead(PASTES);
  });

  it('says where every decoded part of a paste came from', () => {
    expectPartsSourced(PASTES);
  });
});
