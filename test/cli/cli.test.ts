import { describe, expect, it } from 'vitest';
import { expectGolden, rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { eventViewerExport, eventXml, wevtutilStream, type TestEvent } from '../helpers/xml-events.js';

const ev = (record: number, time: string): TestEvent => ({
  id: 131,
  record,
  time,
  activity: `{F4200000-0000-0000-0000-00000000${String(record).padStart(4, '0')}}`,
  eventData: { ConnType: 'TCP', ClientIP: '192.0.2.10:50000' },
});

describe('rdpdiag dump', () => {
  it('prints one JSON object per record with the documented keys (golden)', async () => {
    const r = await rdpdiag(['dump', 'samples/healthy-day/LocalSessionManager-Operational.xml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'rdpdiag: samples/healthy-day/LocalSessionManager-Operational.xml: 26 record(s) read, 0 record(s) skipped\n',
    );
    const first = JSON.parse(r.stdout.split('\n')[0]);
    expect(Object.keys(first)).toEqual([
      'recordId',
      'timestamp',
      'eventId',
      'provider',
      'channel',
      'computer',
      'level',
      'activityId',
      'data',
    ]);
    expect(first.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
    expectGolden('dump-healthy-day-lsm.jsonl', r.stdout);
  });

  it('writes XML that reads back to the same records', async () => {
    const dir = tempDir();
    const xml = await rdpdiag(['dump', 'samples/healthy-day/RdpCoreTS-Operational.xml', '--format', 'xml']);
    expect(xml.code).toBe(0);
    const path = writeTemp(dir, 'round.xml', xml.stdout);
    const again = await rdpdiag(['dump', path]);
    const original = await rdpdiag(['dump', 'samples/healthy-day/RdpCoreTS-Operational.xml']);
    expect(again.stdout).toBe(original.stdout);
  });
});

describe('rdpdiag timeline', () => {
  it('merges inputs and filters by channel and event id', async () => {
    const r = await rdpdiag(['timeline', 'samples/healthy-day', '--event-id', '21,1149', '--format', 'jsonl', '-q']);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((x) => x.eventId === 21 || x.eventId === 1149)).toBe(true);
    const times = rows.map((x) => x.timestamp);
    expect([...times].sort()).toEqual(times);
  });

  it('prints times in the zone asked for', async () => {
    const dir = tempDir();
    writeTemp(dir, 'a.xml', wevtutilStream([ev(1, '2024-05-02T09:14:01.5Z')]));
    expect((await rdpdiag(['timeline', dir, '-q'])).stdout).toContain('2024-05-02 09:14:01.500Z');
    expect((await rdpdiag(['timeline', dir, '-q', '--tz', 'Europe/Berlin'])).stdout).toContain(
      '2024-05-02 11:14:01.500+02:00',
    );
    const bad = await rdpdiag(['timeline', dir, '--tz', 'Mars/Olympus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown time zone/);
  });

  it('names a malformed file with line and column, still reads the good ones, and exits 2', async () => {
    const dir = tempDir();
    writeTemp(dir, 'good-1.xml', eventViewerExport([ev(1, '2024-05-02T09:00:00Z')]));
    writeTemp(
      dir,
      'bad.xml',
      `${eventXml(ev(2, '2024-05-02T09:01:00Z'))}\n<Event><System><EventID>5</Oops></System></Event>\n`,
    );
    writeTemp(dir, 'good-2.xml', wevtutilStream([ev(3, '2024-05-02T09:02:00Z')]));
    const r = await rdpdiag(['timeline', dir, '--format', 'jsonl']);
    expect(r.code).toBe(2);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).recordId),
    ).toEqual([1, 2, 3]);
    expect(r.stderr).toMatch(
      /bad\.xml:2:\d+: malformed XML at line 2, column \d+: end tag <\/Oops> does not match <EventID>/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits 2 with one clear line for a missing path, an unknown format and bad options', async () => {
    const dir = tempDir();
    writeTemp(dir, 'notes.xml', 'hello, this is not XML');
    const missing = await rdpdiag(['timeline', '/nonexistent/path.evtx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nonexistent\/path\.evtx: no such file/);
    const unknown = await rdpdiag(['timeline', `${dir}/notes.xml`]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown format/);
    const since = await rdpdiag(['timeline', dir, '--since', 'last week']);
    expect(since.code).toBe(2);
    expect(since.stderr).toMatch(/cannot read the time "last week"/);
    expect((await rdpdiag(['frobnicate'])).code).toBe(2);
    expect((await rdpdiag(['--help'])).code).toBe(0);
  });
});

describe('rdpdiag explain-code', () => {
  it('decodes 0x904 with extended 0x7 and says which logs to export', async () => {
    const r = await rdpdiag(['explain-code', '0x904', '0x7']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2308/);
    expect(r.stdout).toMatch(/denied/i);
    expect(r.stdout).toContain('wevtutil epl');
  });
  it('rejects a code that is not a number', async () => {
    const r = await rdpdiag(['explain-code', 'banana']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/banana/);
  });
});
