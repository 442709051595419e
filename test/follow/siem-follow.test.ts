import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { compareEvents } from '../../src/ingest/timeline.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { ManualFollow, verdict } from './helpers.js';

/** Every SIEM layout `analyze` reads, as exported: NDJSON, pretty JSON arrays, CSV, Splunk classic text. */
function exports(): { name: string; text: string }[] {
  const sample = (p: string) => readFileSync(join(ROOT, 'samples/siem', p), 'utf8');
  const splunk = sample('splunk/export.json');
  // Splunk's CSV export of the same events: one `_raw` column.
  const raws = splunk
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).result._raw as string);
  const csv = `"_raw","_time","host"\n${raws.map((r) => `"${r.replaceAll('"', '""')}","2024-05-10 08:03:17.000 UTC","fwd"`).join('\n')}\n`;
  return [
    { name: 'ecs.ndjson', text: sample('ecs/winlogbeat8-hits.ndjson') },
    { name: 'nxlog.json', text: sample('nxlog/im_msvistalog.json') },
    { name: 'sentinel.json', text: sample('sentinel/windowsevent.json') },
    { name: 'splunk.json', text: splunk },
    { name: 'splunk.csv', text: csv },
    { name: 'wineventlog.log', text: sample('splunk-classic/wineventlog.log') },
    // The responders' tools' outputs (samples/dfir/): read as they grow too.
    ...[
      'velociraptor/Windows.EventLogs.Evtx.json',
      'evtxecmd/20240510090000_EvtxECmd_Output.csv',
      'evtxecmd-json/20240510090000_EvtxECmd_Output.json',
      'chainsaw/dump.json',
    ].map((p) => ({ name: p.replace('/', '-'), text: readFileSync(join(ROOT, 'samples/dfir', p), 'utf8') })),
  ];
}

const key = (e: NormalizedEvent) => `${e.timestamp} ${e.channel} ${e.eventId} ${String(e.recordId)} ${e.computer}`;

/** What `analyze` reads in the file: its events and verdicts. */
async function offline(path: string) {
  const { events, inputs } = await buildTimeline([path]);
  expect(inputs.every((i) => !i.error)).toBe(true);
  return { events: events.map(key).sort(), verdicts: analyzeEvents(events).attempts.map(verdict).sort() };
}

/** What following the file read, and the verdicts of analysing that. */
function followed(follow: ManualFollow) {
  const events = [...follow.read].sort(compareEvents);
  return { events: events.map(key).sort(), verdicts: analyzeEvents(events).attempts.map(verdict).sort() };
}

describe('--follow reads every SIEM export analyze reads, with the same answer', () => {
  for (const { name, text } of exports()) {
    it(`${name}: appended in pieces cut in the middle of lines, then completed`, async () => {
      const dir = tempDir();
      const path = join(dir, name);
      const expected = await (async () => {
        writeFileSync(path, text);
        return offline(path);
      })();
      expect(expected.events.length).toBeGreaterThan(5);
      writeFileSync(path, '');
      const follow = new ManualFollow([path]);
      // Cut at odd places: inside lines, inside strings, inside a CSV quote, between a record and its newline.
      const cuts = [7, 301, 977, 2048, 5003];
      for (let at = 0, i = 0; at < text.length; i++) {
        const next = Math.min(text.length, at + cuts[i % cuts.length]);
        appendFileSync(path, text.slice(at, next));
        at = next;
        await follow.step(50);
        // Polled again while it rests: nothing whole is held back, nothing cut is taken.
        await follow.step(50);
      }
      await follow.step(50);
      expect(follow.notes.filter((n) => !n.startsWith('note'))).toEqual([]);
      expect(followed(follow)).toEqual(expected);
    });
  }

  it('a file truncated and rewritten, then replaced by one of another layout: read again, nothing twice', async () => {
    const [ecs, , , splunk, , classic] = exports();
    const dir = tempDir();
    const path = join(dir, 'export.log');
    const half = ecs.text.slice(0, ecs.text.indexOf('\n', ecs.text.length / 2) + 1);
    writeFileSync(path, half);
    const follow = new ManualFollow([path]);
    await follow.step(50);
    const firstHalf = follow.read.length;
    expect(firstHalf).toBeGreaterThan(0);
    // Truncated (`>`), then the whole export written again.
    writeFileSync(path, '');
    await follow.step(50);
    writeFileSync(path, ecs.text);
    await follow.step(50);
    writeFileSync(join(dir, 'ecs.ndjson'), ecs.text);
    expect(followed(follow)).toEqual(await offline(join(dir, 'ecs.ndjson')));
    expect(follow.notes.some((n) => /was truncated/.test(n))).toBe(true);
    // Replaced by a Splunk classic export, then by Splunk's JSON export (the same connections, whose events
    // already reported are skipped): each read as what it is now.
    for (const [other, format] of [
      [classic, 'splunk-classic'],
      [splunk, 'json'],
    ] as const) {
      const next = join(dir, `next-${other.name}`);
      writeFileSync(next, other.text);
      renameSync(next, path);
      await follow.step(50);
      await follow.step(50);
      expect(follow.sources[0]!.format).toBe(format);
    }
    expect(follow.notes.filter((n) => /was replaced/.test(n))).toHaveLength(2);
    expect(follow.notes.filter((n) => !n.startsWith('note'))).toEqual([]);
  });

  it('a file of no format known is said to be so once it stops growing, and read once it becomes an export', async () => {
    const dir = tempDir();
    const path = join(dir, 'later.ndjson');
    writeFileSync(path, 'just some notes\n');
    const follow = new ManualFollow([path]);
    await follow.step(50);
    expect(follow.notes).toEqual([]);
    await new Promise((r) => setTimeout(r, 2100));
    await follow.step(50);
    expect(follow.notes).toEqual([expect.stringMatching(/^error: .*unknown format/)]);
    const [ecs] = exports();
    writeFileSync(path, ecs.text);
    await follow.step(50);
    expect(follow.read.length).toBeGreaterThan(5);
  });
});
