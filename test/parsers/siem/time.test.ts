import { describe, expect, it } from 'vitest';
import { instantFromEpochDecimal, instantFromLocal, isoTime, offsetFromPair } from '../../../parsers/siem/time.js';
import { instantFromIso } from '../../../src/model/time.js';

describe('SIEM times', () => {
  it.each([
    '2024-05-10T08:03:18.0483201Z',
    '2024-05-10T08:03:18.048Z',
    '2024-02-29T23:59:59.9999999Z',
    '1999-12-31T00:00:00.000Z',
    '2023-02-29T10:00:00.000Z',
    '2024-05-10T24:00:00.000Z',
    '2024-05-10T08:03:18Z',
    '2024-05-10T08:03:18.5+02:00',
    '2024-13-01T00:00:00.000Z',
  ])('reads the common ISO forms fast exactly as the general parser does, and the rest through it: %s', (t) => {
    expect(isoTime(t), t).toEqual(instantFromIso(t));
  });

  it('reads local times of whole seconds in the zone given, and finds NXLog’s zone from Logstash’s @timestamp', () => {
    expect(instantFromLocal('2020-09-04 03:08:15', -240)?.iso).toBe('2020-09-04T07:08:15.0000000Z');
    expect(instantFromLocal('09/16/2025 09:00:46 PM', 0)?.iso).toBe('2025-09-16T21:00:46.0000000Z');
    expect(instantFromLocal('09/16/2025 12:00:46 AM', 60)?.iso).toBe('2025-09-15T23:00:46.0000000Z');
    expect(instantFromLocal('2020-13-04 03:08:15', 0)).toBeUndefined();
    expect(offsetFromPair('2020-09-22 04:37:56', instantFromIso('2020-09-22T08:37:56.581Z'))).toBe(-240);
  });

  it('reads decimal seconds since 1970 from their digits to the 100-ns tick, where a double is a tick off', () => {
    // Through a double: 1647623635.2310000 comes out 2309999 ticks, a millisecond early.
    const cases: Array<[string, string]> = [
      ['1647623635.2310000', '2022-03-18T17:13:55.2310000Z'],
      ['1647623635.231', '2022-03-18T17:13:55.2310000Z'],
      ['1636253994.6379999', '2021-11-07T02:59:54.6379999Z'],
      ['1712345678.1234567', '2024-04-05T19:34:38.1234567Z'],
      ['1712345678', '2024-04-05T19:34:38.0000000Z'],
      // An eighth digit rounds the tick.
      ['1712345678.12345675', '2024-04-05T19:34:38.1234568Z'],
      ['1712345678.99999996', '2024-04-05T19:34:39.0000000Z'],
      ['-1.5', '1969-12-31T23:59:58.5000000Z'],
    ];
    for (const [digits, iso] of cases) expect(instantFromEpochDecimal(digits)?.iso, digits).toBe(iso);
    expect(instantFromEpochDecimal('2022-03-18T17:13:55Z')).toBeUndefined();
    expect(instantFromEpochDecimal('1e9')).toBeUndefined();
    expect(instantFromEpochDecimal('')).toBeUndefined();
    // What the double gives, for the record: the reason for reading digits.
    const v = Number('1647623635.2310000');
    expect(Math.round((v - Math.floor(v)) * 1e7)).toBe(2309999);
  });
});
