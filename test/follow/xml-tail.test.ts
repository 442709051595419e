import { appendFileSync, closeSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { XmlTail } from '../../src/follow/xml-tail.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { toEventXml } from '../../src/report/event-dump.js';
import { tempDir } from '../helpers/collect.js';
import { skipOnWine, WINE_SLOW_FILES } from '../helpers/wine.js';
import { expectLiveMatchesOffline, ManualFollow, verdict, withoutCutOff } from './helpers.js';
import { SAMPLES, SCENARIOS } from '../helpers/samples.js';
import { ROOT } from '../helpers/cli.js';

const scenarios = SCENARIOS;

/** A scenario's events in time order, each with the file it belongs to (one wevtutil stream per input). */
async function scenarioStream(
  folder: string,
  dir: string,
): Promise<{ events: NormalizedEvent[]; file: (e: NormalizedEvent) => string; files: string[] }> {
  const { events } = await buildTimeline([join(ROOT, folder)]);
  const fileOf = new Map<string, string>();
  for (const e of events)
    if (!fileOf.has(e.source.file)) fileOf.set(e.source.file, join(dir, `${fileOf.size}-${basename(e.source.file)}`));
  return { events, file: (e) => fileOf.get(e.source.file)!, files: [...fileOf.values()] };
}

describe('following XML event streams that grow (wevtutil qe /f:xml >> file)', () => {
  scenarios.forEach((name, i) => {
    // Under Wine every 8th scenario: the others differ in their events, not in how their files grow.
    const run = i % 8 === 0 ? it : skipOnWine(WINE_SLOW_FILES).it;
    run(
      `${name} appended event by event (some cut in the middle): each attempt once, in order, as offline`,
      async () => {
        const dir = tempDir();
        const { events, file, files } = await scenarioStream(`samples/${name}`, dir);
        for (const f of files) writeFileSync(f, '');
        const follow = new ManualFollow(files);
        let i = 0;
        for (const e of events) {
          const xml = toEventXml(e) + '\r\n';
          if (i++ % 3 === 0) {
            // The writer is caught in the middle of an event: the half is kept until the rest arrives.
            appendFileSync(file(e), xml.slice(0, 40));
            await follow.step(50);
            appendFileSync(file(e), xml.slice(40));
          } else appendFileSync(file(e), xml);
          await follow.step(50);
        }
        follow.advance(120_000);
        const all = analyzeEvents(events).attempts;
        const offline = all.filter((a) => a.outcome !== 'in-progress' && a.outcome !== 'unknown').map(verdict);
        expectLiveMatchesOffline(name, withoutCutOff(follow.reported.map(verdict), all), offline, true);
        expect(follow.read.length).toBe(events.length);
        expect(follow.notes.filter((n) => !n.startsWith('note'))).toEqual([]);
      },
    );
  });

  it('reads a file rewritten by `>` again only when its start changed, and never reports an event twice', async () => {
    const dir = tempDir();
    const { events, file, files } = await scenarioStream('samples/auth-bad-credentials', dir);
    const byFile = (list: NormalizedEvent[]) => {
      const m = new Map<string, string>(files.map((f) => [f, '']));
      for (const e of list) m.set(file(e), m.get(file(e)) + toEventXml(e) + '\r\n');
      return m;
    };
    const half = events.slice(0, Math.floor(events.length / 2));
    for (const [f, text] of byFile(half)) writeFileSync(f, text);
    const follow = new ManualFollow(files);
    await follow.step(50);
    // Re-run of the same query: the same start, more events.
    for (const [f, text] of byFile(events)) writeFileSync(f, text);
    await follow.step(50);
    expect(follow.notes.filter((n) => /rewritten|truncated|replaced/.test(n))).toEqual([]);
    // A different query (only the second half): the start changed, the file is read again, nothing repeats.
    for (const [f, text] of byFile(events.slice(half.length - 5))) writeFileSync(f, text);
    await follow.step(50);
    expect(follow.notes.some((n) => /rewritten|truncated/.test(n))).toBe(true);
    // Replaced by a new file (rotation): read from its start, nothing repeats.
    const main = files.find((f) => f.includes('RdpCoreTS'))!;
    writeFileSync(`${main}.new`, byFile(events).get(main)!);
    renameSync(`${main}.new`, main);
    await follow.step(50);
    expect(follow.notes.some((n) => /replaced/.test(n))).toBe(true);
    follow.advance(120_000);
    expect(follow.read.length).toBe(events.length);
    expect(follow.deduper.duplicates).toBeGreaterThan(0);
    expect(follow.reported.map(verdict)).toEqual(analyzeEvents(events).attempts.map(verdict));
  });

  it('follows a file its writer keeps open (as a logging tool does), each append as it comes', async () => {
    const dir = tempDir();
    const { events } = await buildTimeline([join(ROOT, 'samples/auth-bad-credentials/Security.xml')]);
    const path = join(dir, 'Security.xml');
    // Opened once and never closed while the follower reads: on Windows a file held open by its writer.
    const fd = openSync(path, 'w');
    try {
      const follow = new ManualFollow([path]);
      for (const e of events) {
        writeSync(fd, `${toEventXml(e)}\r\n`);
        await follow.step(50);
        expect(follow.read.at(-1)?.recordId).toBe(e.recordId);
      }
      expect(follow.read.map((e) => e.recordId)).toEqual(events.map((e) => e.recordId));
      expect(follow.notes).toEqual([]);
    } finally {
      closeSync(fd);
    }
  });

  it('follows a UTF-16LE file (BOM) appended a few bytes at a time', async () => {
    const dir = tempDir();
    const { events } = await buildTimeline([join(SAMPLES, 'ipv6-clients', 'Security.xml')]);
    const path = join(dir, 'Security.xml');
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(events.map((e) => toEventXml(e) + '\r\n').join(''), 'utf16le'),
    ]);
    writeFileSync(path, bytes.subarray(0, 7));
    const tail = new XmlTail(path, (w) => {
      throw new Error(w.message);
    });
    const got: NormalizedEvent[] = [];
    for (let at = 7; at < bytes.length; at += 333) {
      got.push(...(await tail.poll()).events);
      appendFileSync(path, bytes.subarray(at, Math.min(bytes.length, at + 333)));
    }
    got.push(...(await tail.poll()).events);
    expect(got.map((e) => e.recordId)).toEqual(events.map((e) => e.recordId));
    expect(got[0].data).toEqual(events[0].data);
  });
});
