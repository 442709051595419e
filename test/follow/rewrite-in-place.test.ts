/**
 * `--follow` of a text export rewritten in place (`>` on the same file: same identity), to the same size or a
 * larger one (issue #61): what was read is checked by content, not by size, so the new events are reported.
 */
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XmlTail } from '../../src/follow/xml-tail.js';
import { tempDir } from '../helpers/collect.js';
import { ROOT } from '../helpers/cli.js';
import { ManualFollow } from './helpers.js';

/** One 4625 as wevtutil writes it; every event of a file has the same last bytes, whatever its id and time. */
const event = (id: number, second: number) =>
  `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing'/><EventID>4625</EventID><TimeCreated SystemTime='2024-05-10T08:${String(Math.floor(second / 60)).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}.0000000Z'/><EventRecordID>${id}</EventRecordID><Channel>Security</Channel><Computer>RDSH01</Computer></System><EventData><Data Name='TargetUserName'>alice</Data><Data Name='IpAddress'>192.0.2.10</Data><Data Name='LogonType'>3</Data></EventData></Event>\r\n`;
const events = (ids: number[]) => ids.map((id, i) => event(id, i)).join('');
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe('a followed text export rewritten in place', () => {
  it('to the same size, with the same last bytes: read again, the new events reported', async () => {
    const path = join(tempDir(), 'Security.xml');
    writeFileSync(path, events([100, 101]));
    const tail = new XmlTail(path, () => {});
    expect((await tail.poll()).events.map((e) => e.recordId)).toEqual([100, 101]);
    writeFileSync(path, events([200, 201]));
    const r = await tail.poll();
    expect(r.reopened).toBe('rewritten');
    expect(r.events.map((e) => e.recordId)).toEqual([200, 201]);
  });

  it('to a larger size, with the same bytes where the last read ended: read again from its start', async () => {
    const path = join(tempDir(), 'Security.xml');
    writeFileSync(path, events([100, 101]));
    const tail = new XmlTail(path, () => {});
    await tail.poll();
    writeFileSync(path, events([300, 301, 302]));
    const r = await tail.poll();
    expect(r.reopened).toBe('rewritten');
    expect(r.events.map((e) => e.recordId)).toEqual([300, 301, 302]);
  });

  it('one event in the middle of a large file changed, same size: that event is reported, nothing twice', async () => {
    const path = join(tempDir(), 'Security.xml');
    const ids = range(1000, 400);
    writeFileSync(path, events(ids));
    const follow = new ManualFollow([path]);
    await follow.step(50);
    expect(follow.read.length).toBe(400);
    // Each of a few events in turn, wherever it lies: near the start, between the blocks compared, near the end.
    for (const at of [3, 137, 211, 390]) {
      ids[at] += 5000; // 4 digits still: the same size
      writeFileSync(path, events(ids));
      await follow.step(50);
      expect(follow.read.at(-1)?.recordId).toBe(ids[at]);
    }
    expect(follow.read.length).toBe(404);
    expect(follow.notes.filter((n) => n.includes('was rewritten'))).toHaveLength(4);
  });

  it('rewritten larger with another format (NDJSON for XML): its format is told again', async () => {
    const path = join(tempDir(), 'Security.xml');
    writeFileSync(path, events([100, 101]));
    const follow = new ManualFollow([path]);
    await follow.step(50);
    const line = (id: number) =>
      JSON.stringify({
        '@timestamp': '2024-05-10T09:00:00.000Z',
        event: { code: '4625', provider: 'Microsoft-Windows-Security-Auditing' },
        winlog: {
          channel: 'Security',
          computer_name: 'RDSH01',
          record_id: id,
          event_data: { TargetUserName: 'bob', IpAddress: '192.0.2.11', LogonType: '3' },
        },
      });
    writeFileSync(path, `${range(500, 12).map(line).join('\n')}\n`);
    expect(readFileSync(path).length).toBeGreaterThan(events([100, 101]).length);
    await follow.step(50);
    expect(follow.read.map((e) => e.recordId)).toEqual([100, 101, ...range(500, 12)]);
    expect(follow.notes.filter((n) => !n.startsWith('note'))).toEqual([]);
    expect(follow.notes.some((n) => n.includes('was rewritten'))).toBe(true);
  });

  it('appended to, or touched with nothing changed: not read again', async () => {
    const path = join(tempDir(), 'Security.xml');
    writeFileSync(path, events(range(100, 50)));
    const follow = new ManualFollow([path]);
    await follow.step(50);
    writeFileSync(path, events(range(100, 60)));
    await follow.step(50);
    const later = new Date(Date.now() + 60_000);
    utimesSync(path, later, later);
    await follow.step(50);
    expect(follow.read.length).toBe(60);
    expect(follow.notes).toEqual([]);
    expect(follow.deduper.duplicates).toBe(0);
  });

  it('a sample rewritten to the same size a day later: its attempts are reported again, a day later', async () => {
    const path = join(tempDir(), 'Security.xml');
    const text = readFileSync(join(ROOT, 'samples/auth-bad-credentials/Security.xml'), 'utf8');
    writeFileSync(path, text);
    const follow = new ManualFollow([path]);
    await follow.step(50);
    const first = follow.read.length;
    const nextDay = text.replaceAll('2024-05-10T', '2024-05-11T').replace(/<EventRecordID>7/g, '<EventRecordID>8');
    expect(nextDay.length).toBe(text.length);
    writeFileSync(path, nextDay);
    await follow.step(50);
    expect(follow.read.length).toBe(2 * first);
    expect(follow.read.slice(first).every((e) => e.timestamp.startsWith('2024-05-11T'))).toBe(true);
  });
});
