import { describe, expect, it } from 'vitest';
import { explained, explainedNames } from '../../patterns/explained.js';

describe('explained codes (a pattern’s codes by confidence, with ranks)', () => {
  it('gives each code its confidence, and a rank only where one is written', () => {
    expect(explained({ MS: [0x8009030d], WR: [2308, 6919] }, { 2308: 4, '0x8009030d': 2 })).toEqual([
      { code: 0x8009030d, confidence: 'MS', rank: 2 },
      { code: 2308, confidence: 'WR', rank: 4 },
      { code: 6919, confidence: 'WR' },
    ]);
    expect(
      explainedNames({ SP: ['ConnectionFailedClientDisconnect'] }, { ConnectionFailedClientDisconnect: 2 }),
    ).toEqual([{ name: 'ConnectionFailedClientDisconnect', confidence: 'SP', rank: 2 }]);
  });

  it('refuses a rank for a code the pattern does not list (a typo would rank nothing)', () => {
    expect(() => explained({ WR: [2308] }, { 2309: 1 })).toThrow(/does not list: 2309/);
    expect(() => explainedNames({ WR: ['ConnectionBroken'] }, { ConnectionBrokn: 1 })).toThrow(/ConnectionBrokn/);
  });
});
