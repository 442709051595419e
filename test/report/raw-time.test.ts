/**
 * Times past year 9999 (a FILETIME of 0x7FFF… or 0xFFFF…, which only a damaged or hostile .evtx carries)
 * have no `YYYY-…` form: they are kept as their raw value and shown as such in every format and zone,
 * never a crash ("Invalid time value", exit 3 before). The .evtx is made here.
 */
import { REPORT_FORMAT_NAMES } from '../../src/report/formats.js';
import { describe, expect, it } from 'vitest';
import { instantFromFiletime, instantFromIso, isRawTime } from '../../src/model/time.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { evtxOf, failedLogon, filetimeOf } from '../helpers/evtx-events.js';

const MAX_SIGNED = 'FILETIME 0x7FFFFFFFFFFFFFFF';
const MAX = 'FILETIME 0xFFFFFFFFFFFFFFFF';
/** The formats a SIEM ingests, whose time fields must parse as dates. */
const SIEM_FORMATS = new Set(['ecs', 'splunk-hec']);

function farFile(): string {
  const events = [
    failedLogon(1n, filetimeOf('2024-05-02T09:00:00Z')),
    failedLogon(2n, 0x7fffffffffffffffn),
    failedLogon(3n, 0xffffffffffffffffn),
  ];
  return writeTemp(tempDir(), 'far.evtx', evtxOf(events));
}

describe('times past year 9999', () => {
  it('are kept raw, sort after every ISO time (and among themselves by time), and read back from XML', () => {
    const a = instantFromFiletime(0xffffffff, 0x7fffffff);
    const b = instantFromFiletime(0xffffffff, 0xffffffff);
    expect(a.iso).toBe(MAX_SIGNED);
    expect(b.iso).toBe(MAX);
    expect(isRawTime(a.iso)).toBe(true);
    expect(isRawTime('9999-12-31T23:59:59.9999999Z')).toBe(false);
    expect('9999-12-31T23:59:59.9999999Z' < a.iso && a.iso < b.iso).toBe(true);
    expect(a.ms).toBeLessThan(b.ms);
    expect(Number.isFinite(b.ms)).toBe(true);
    // 9999-12-31T23:59:59.9999999Z is the last time with an ISO form
    const last = filetimeOf('9999-12-31T23:59:59.999Z') + 9999n;
    expect(instantFromFiletime(Number(last & 0xffffffffn), Number(last >> 32n)).iso).toBe(
      '9999-12-31T23:59:59.9999999Z',
    );
    const next = last + 1n;
    expect(instantFromFiletime(Number(next & 0xffffffffn), Number(next >> 32n)).iso).toMatch(/^FILETIME 0x/);
    expect(instantFromIso(MAX_SIGNED)).toEqual(a);
  });

  it('every report format, in UTC and with --tz, shows the raw value: no crash, no garbled year', async () => {
    const file = farFile();
    for (const format of REPORT_FORMAT_NAMES) {
      for (const tz of [[], ['--tz', 'Europe/Berlin'], ['--tz', 'America/St_Johns']]) {
        const what = `${format} ${tz.join(' ')}`;
        const r = await rdpdiag(['analyze', file, '--format', format, '--details', ...tz]);
        expect(r.stderr, what).not.toMatch(/unexpected failure|Invalid time|error/);
        expect(r.code, what).toBe(1); // failed attempts found
        expect(r.stdout, what).toContain(MAX_SIGNED);
        expect(r.stdout, what).toContain(MAX);
        expect(r.stdout, what).not.toMatch(/NaN|Invalid/);
        // A SIEM's date field takes the time's milliseconds, in ISO 8601's expanded years (siemTime); elsewhere none.
        if (SIEM_FORMATS.has(format)) expect(r.stdout, what).toContain('"+030828-09-14T02:48:05.477Z"');
        else expect(r.stdout, what).not.toMatch(/[+-]0[36]0\d\d\d-/);
      }
    }
    const json = JSON.parse((await rdpdiag(['analyze', file, '--format', 'json'])).stdout);
    expect(json.attempts.map((a: { start: string }) => a.start)).toEqual([
      '2024-05-02T09:00:00.0000000Z',
      MAX_SIGNED,
      MAX,
    ]);
  });

  it('timeline (text, CSV, Timesketch), dump and --explain too', async () => {
    const file = farFile();
    for (const args of [
      ['timeline', file, '--tz', 'Asia/Tokyo'],
      ['timeline', file, '--format', 'csv', '--tz', 'Asia/Tokyo'],
      ['dump', file],
      ['dump', file, '--format', 'xml'],
      ['analyze', file, '--explain', 'A002', '--tz', 'Asia/Tokyo'],
    ]) {
      const r = await rdpdiag(args);
      expect(r.stderr, args.join(' ')).not.toMatch(/unexpected failure|Invalid time|error/);
      expect(r.stdout, args.join(' ')).toContain(MAX_SIGNED);
    }
    const sketch = await rdpdiag(['timeline', file, '--format', 'timesketch']);
    const rows = sketch.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // Timesketch needs an ISO date: the expanded-year form, from the same instant
    expect(rows[1].datetime).toBe('+030828-09-14T02:48:05.477000+00:00');
    expect(rows.map((r: { timestamp: number }) => Number.isFinite(r.timestamp))).toEqual([true, true, true]);
  });
});
