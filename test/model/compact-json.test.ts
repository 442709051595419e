/**
 * The spill's JSON without repetitions (src/model/compact-json.ts): read back it is what JSON's round trip gives,
 * whatever the value, and smaller where records repeat their keys and names.
 */
import { describe, expect, it } from 'vitest';
import { compactParse, compactStringify } from '../../src/model/compact-json.js';

const roundTrip = (v: unknown) => compactParse(compactStringify(v));
const viaJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('compactStringify / compactParse', () => {
  it('give back what JSON.stringify / JSON.parse give, key order included', () => {
    const long = 'x'.repeat(300);
    const values: unknown[] = [
      null,
      0,
      -1.5,
      true,
      '',
      'plain',
      '!bang',
      '~tilde',
      '~~',
      '!',
      '~0',
      `!${long}`,
      `~${long}`,
      long,
      [1, 'a', 'a', undefined, () => 1, Symbol('s'), Number.NaN, Number.POSITIVE_INFINITY, null, [], {}],
      { b: 1, a: 'a', c: undefined, d: () => 1, [Symbol('k')]: 2, e: { z: 'a', y: ['a', '!a', '~a'] } },
      { when: new Date(Date.UTC(2024, 4, 10)), n: new Number(3), s: new String('boxed'), t: new Boolean(false) },
      JSON.parse('{"__proto__": "own key", "x": {"__proto__": {"deep": 1}}}'),
      { '': 'empty key', é: 'ü\u2028\u{1f600}', '\u0000': 'nul' },
      Array.from({ length: 50 }, (_, i) => ({ i, computer: 'RDSH01.corp.example.test', time: `t${i % 7}` })),
    ];
    for (const v of values) {
      const back = roundTrip(v);
      expect(back).toEqual(viaJson(v));
      expect(JSON.stringify(back)).toBe(JSON.stringify(v));
    }
    // A key `__proto__` read back is the object's own, as JSON.parse makes it.
    const proto = roundTrip(JSON.parse('{"__proto__": "own key"}')) as object;
    expect(Object.hasOwn(proto, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
  });

  it('writes a connection record list in less than half the room of JSON', () => {
    const records = Array.from({ length: 20 }, (_, i) => ({
      computer: 'RDSH001.corp.example.test',
      channel:
        i % 2
          ? 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational'
          : 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational',
      eventId: 1149 + i,
      recordId: 2001 + i,
      time: `2024-05-10T06:00:${String(i).padStart(2, '0')}.0070000Z`,
    }));
    const body = { records, activityIds: ['{F4200001-0001-4000-8000-000000000001}'], sessionId: '3' };
    expect(roundTrip(body)).toEqual(body);
    expect(compactStringify(body).length).toBeLessThan(JSON.stringify(body).length / 2);
  });
});
