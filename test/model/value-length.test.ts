/**
 * A text longer than a log ever writes (issue #51: a 60 MB user name made a 420 MB shard and 2.5 GB of memory) is
 * cut where events enter the model (src/model/value-length.ts): to at most MAX_VALUE_CHARS, saying how long it was,
 * each field cut named; nothing else of the event touched.
 */
import { describe, expect, it } from 'vitest';
import { cutLongValues, cutText, MAX_VALUE_CHARS } from '../../src/model/value-length.js';

const event = () => ({
  timestamp: '2024-05-10T08:03:18.0483201Z',
  timeMs: 1715328198048,
  channel: 'Security',
  provider: { name: 'Microsoft-Windows-Security-Auditing' },
  eventId: 4624,
  computer: 'RDSH01.corp.example.test',
  data: { TargetUserName: 'alice', IpAddress: '203.0.113.7' } as Record<string, string>,
  source: { file: 'Security.xml', format: 'xml-events', line: 3 },
});

describe('a text longer than a log writes', () => {
  it('is cut to at most MAX_VALUE_CHARS, saying its length, never splitting a surrogate pair', () => {
    expect(cutText('short')).toBe('short');
    const exact = 'a'.repeat(MAX_VALUE_CHARS);
    expect(cutText(exact)).toBe(exact);
    const long = 'b'.repeat(MAX_VALUE_CHARS * 3);
    const cut = cutText(long);
    expect(cut.length).toBeLessThanOrEqual(MAX_VALUE_CHARS);
    expect(cut.startsWith('b'.repeat(1000))).toBe(true);
    expect(cut.endsWith(`… [cut by rdpdiag: ${MAX_VALUE_CHARS * 3} characters]`)).toBe(true);
    for (let shift = 0; shift < 4; shift++) {
      const emoji = 'x'.repeat(shift) + '😀'.repeat(MAX_VALUE_CHARS);
      const c = cutText(emoji);
      expect(c.length).toBeLessThanOrEqual(MAX_VALUE_CHARS);
      expect(() => encodeURIComponent(c)).not.toThrow();
    }
  });

  it('leaves an event of real lengths as it is, and says nothing', () => {
    const e = event();
    const before = structuredClone(e);
    expect(cutLongValues(e)).toBeUndefined();
    expect(e).toEqual(before);
  });

  it('cuts each long field of an event in place, in its place, and names each with its length', () => {
    const e = event() as ReturnType<typeof event> & { message?: string };
    const long = 'U'.repeat(MAX_VALUE_CHARS + 1);
    e.data.TargetUserName = long;
    e.message = 'M'.repeat(MAX_VALUE_CHARS * 2);
    e.provider.name = 'P'.repeat(MAX_VALUE_CHARS + 10);
    Object.defineProperty(e.data, '__proto__', {
      value: 'Q'.repeat(MAX_VALUE_CHARS + 2),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    const longName = 'N'.repeat(MAX_VALUE_CHARS + 3);
    e.data[longName] = 'v';
    e.data.After = 'w';
    const cut = cutLongValues(e);
    expect(cut).toEqual([
      `message (${(MAX_VALUE_CHARS * 2).toLocaleString('en-US')} characters)`,
      `provider.name (${(MAX_VALUE_CHARS + 10).toLocaleString('en-US')} characters)`,
      `data.TargetUserName (${(MAX_VALUE_CHARS + 1).toLocaleString('en-US')} characters)`,
      `data.__proto__ (${(MAX_VALUE_CHARS + 2).toLocaleString('en-US')} characters)`,
      `the name of data.${'N'.repeat(60)}… (${(MAX_VALUE_CHARS + 3).toLocaleString('en-US')} characters)`,
    ]);
    expect(e.data.TargetUserName).toBe(cutText(long));
    expect(e.message!.length).toBeLessThanOrEqual(MAX_VALUE_CHARS);
    expect(e.provider.name.length).toBeLessThanOrEqual(MAX_VALUE_CHARS);
    // An own `__proto__` field stays a field, cut; the long name is cut where it was, the fields after it follow.
    expect(Object.getPrototypeOf(e.data)).toBe(Object.prototype);
    const keys = Object.keys(e.data);
    expect(keys).toEqual(['TargetUserName', 'IpAddress', '__proto__', cutText(longName), 'After']);
    expect(Object.getOwnPropertyDescriptor(e.data, '__proto__')!.value.length).toBeLessThanOrEqual(MAX_VALUE_CHARS);
    expect(e.data[cutText(longName)]).toBe('v');
    expect(e.data.IpAddress).toBe('203.0.113.7');
    expect(e.computer).toBe('RDSH01.corp.example.test');
  });
});
