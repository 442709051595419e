import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/model/order.js';
import { CAUSE_IDS } from '../../patterns/index.js';

describe('compareText', () => {
  it('orders host names as people read them: case aside, punctuation and digits before letters', () => {
    const names = [
      'dc01.corp.example.test',
      'RDSH05.lab.example.net',
      'rdsh-04',
      'TERM01',
      'ts-old01',
      '10.0.0.5',
      'Rdsh05',
    ];
    expect([...names].sort(compareText)).toEqual([
      '10.0.0.5',
      'dc01.corp.example.test',
      'rdsh-04',
      'Rdsh05',
      'RDSH05.lab.example.net',
      'TERM01',
      'ts-old01',
    ]);
  });

  it('puts lower case first when names differ only in case, and is a total order', () => {
    expect(compareText('host', 'HOST')).toBeLessThan(0);
    expect(compareText('HOST', 'host')).toBeGreaterThan(0);
    expect(compareText('Host', 'Host')).toBe(0);
  });

  it('agrees with localeCompare on ASCII names and ids (the order reports had)', () => {
    const ids = [...CAUSE_IDS, 'A12', 'a12', 'b-2', 'b2'];
    for (const x of ids)
      for (const y of ids) expect(Math.sign(compareText(x, y))).toBe(Math.sign(x.localeCompare(y, 'en')));
  });
});
