import { describe, expect, it } from 'vitest';
import { instantFromLocal, isoTime, offsetFromPair } from '../../../parsers/siem/time.js';
import { instantFromIso } from '../../../src/model/time.js';

describe('SIEM times', () => {
  it('reads the common ISO forms fast exactly as the general parser does, and the rest through it', () => {
    for (const t of [
      '2024-05-10T08:03:18.0483201Z',
      '2024-05-10T08:03:18.048Z',
      '2024-02-29T23:59:59.9999999Z',
      '1999-12-31T00:00:00.000Z',
      '2023-02-29T10:00:00.000Z',
      '2024-05-10T24:00:00.000Z',
      '2024-05-10T08:03:18Z',
      '2024-05-10T08:03:18.5+02:00',
      '2024-13-01T00:00:00.000Z',
    ])
      expect(isoTime(t), t).toEqual(instantFromIso(t));
  });

  it('reads local times of whole seconds in the zone given, and finds NXLog’s zone from Logstash’s @timestamp', () => {
    expect(instantFromLocal('2020-09-04 03:08:15', -240)?.iso).toBe('2020-09-04T07:08:15.0000000Z');
    expect(instantFromLocal('09/16/2025 09:00:46 PM', 0)?.iso).toBe('2025-09-16T21:00:46.0000000Z');
    expect(instantFromLocal('09/16/2025 12:00:46 AM', 60)?.iso).toBe('2025-09-15T23:00:46.0000000Z');
    expect(instantFromLocal('2020-13-04 03:08:15', 0)).toBeUndefined();
    expect(offsetFromPair('2020-09-22 04:37:56', instantFromIso('2020-09-22T08:37:56.581Z'))).toBe(-240);
  });
});
