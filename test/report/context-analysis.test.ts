import { REPORT_FORMATS } from '../../src/report/formats.js';
import { LogReach } from '../../src/ingest/log-reach.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeWithContext } from '../../src/diagnose/analyze.js';
import { contextForAnalysis, neededForAnalysis } from '../../src/diagnose/analysis-reads.js';
import { slimForAnalysis } from '../../src/diagnose/slim.js';
import { ContextStore } from '../../src/ingest/context-store.js';
import { compareEvents, type Timeline } from '../../src/ingest/timeline.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { instantFromIso } from '../../src/model/time.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { analyzeTimeline, readingForAnalysis } from '../../src/pipeline/analysis-report.js';
import { reportOf } from '../helpers/by-computer.js';
import { ROOT } from '../helpers/cli.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';

const FOLDER = join(ROOT, 'samples/tls-protocol-mismatch');

/** The sample's events (server and client logs) as a reader gives them. */
function sampleEvents(): NormalizedEvent[] {
  const out: NormalizedEvent[] = [];
  for (const dir of [FOLDER, join(FOLDER, 'client')])
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.xml')))
      out.push(...eventsFromXml(readFileSync(join(dir, name), 'utf8'), join(dir, name)));
  return out;
}

let nextId = 900_000;
/** A Schannel event like the sample's, at another time (and computer, fields…). */
function schannelAt(like: NormalizedEvent, iso: string, extra: Partial<NormalizedEvent> = {}): NormalizedEvent {
  const t = instantFromIso(iso);
  if (!t) throw new Error(iso);
  return { ...like, timestamp: t.iso, timeMs: t.ms, recordId: nextId++, ...extra };
}

/** A timeline as `readTimeline` gives it: kept events slimmed, the context ones in a store when `store`. */
function timelineOf(all: NormalizedEvent[], store: boolean): Timeline {
  const keep = neededForAnalysis();
  const isContext = contextForAnalysis();
  const hold = slimForAnalysis();
  const events: NormalizedEvent[] = [];
  const context = store ? new ContextStore() : undefined;
  const channelCounts: Record<string, number> = {};
  const reach = new LogReach();
  for (const e of all) {
    channelCounts[e.channel] = (channelCounts[e.channel] ?? 0) + 1;
    reach.add(e);
    if (!keep(e)) continue;
    if (context && isContext(e)) context.add(e);
    else events.push(hold(e));
  }
  events.sort(compareEvents);
  // The span of every event read (before `keep`), as readTimeline gives it.
  const read = [...all].sort(compareEvents);
  const span = { start: read[0].timestamp, end: read[read.length - 1].timestamp };
  return {
    events,
    ...(context ? { context } : {}),
    inputs: [],
    duplicates: 0,
    channelCounts,
    reach,
    span,
    read: { records: all.length, span, droppedBy: {} },
  };
}

describe('context events held apart (context-store.ts)', () => {
  const sample = sampleEvents();
  const fatal = sample.find((e) => e.eventId === 36888 && e.channel === 'System');
  if (!fatal) throw new Error('the sample has no Schannel 36888');
  const day = fatal.timestamp.slice(0, 10);
  const extra = [
    // Near the failed attempt: evidence, and per-connection events ownership gives out.
    schannelAt(fatal, fatal.timestamp.replace(/\.\d+Z$/, '.9876543Z')),
    schannelAt(fatal, new Date(fatal.timeMs + 2_000).toISOString().replace('Z', '0001Z'), {
      data: Object.fromEntries(Array.from({ length: 10 }, (_, k) => [`Param${k}`, `v${k}`])),
    }),
    // Far from every attempt, on the sample's server: under another spelling first (the name shown),
    // and with values the redactor must hide although analysis never reads these events.
    schannelAt(fatal, `${day}T03:00:00.0000001Z`, { computer: 'app01', message: 'alert from 203.0.113.77' }),
    schannelAt(fatal, `${day}T23:00:00.5000000Z`, { data: { AlertDesc: '70', ErrorState: '9' } }),
    // On a computer that logged nothing else, with a record id above 2^53 (kept whole by the store).
    schannelAt(fatal, `${day}T04:00:00Z`, {
      computer: 'EDGE07.corp.example.test',
      userSid: 'S-1-5-21-3623811015-3361044348-30300820-1013',
    }),
    schannelAt(fatal, `${day}T04:00:01Z`, { computer: 'EDGE07.corp.example.test', recordId: String(2n ** 60n) }),
  ];
  const all = [...sample, ...extra];

  it('reports exactly what analyzing every event gives, in every format, redacted or not', async () => {
    const whole = timelineOf(all, false);
    const held = timelineOf(all, true);
    expect(held.context?.size).toBeGreaterThan(extra.length);
    for (const redact of [false, true]) {
      const a = analyzeTimeline(whole, { redact }).model;
      const b = analyzeTimeline(held, { redact }).model;
      for (const format of REPORT_FORMATS.filter((f) => f.pageMime).map((f) => f.name) as (
        | 'json'
        | 'markdown'
        | 'html'
      )[])
        expect(await reportOf(format, b)).toBe(await reportOf(format, a));
      expect(b.computers).toEqual(a.computers);
    }
    const plain = analyzeTimeline(whole).model;
    expect(plain.computers).toContain('EDGE07.corp.example.test');
    expect(plain.computers).toContain('app01');
    expect(plain.analysis.attempts.some((x) => x.causes[0]?.id === tlsProtocolMismatch.id)).toBe(true);
    const redacted = await reportOf('markdown', analyzeTimeline(held, { redact: true }).model);
    expect(redacted).not.toContain('app01');
    expect(redacted).not.toContain('EDGE07');
  });

  it('makes events only of the context near some attempt', () => {
    const held = timelineOf(all, true);
    const { events } = analyzeWithContext(held.events, { channelCounts: held.channelCounts, context: held.context });
    expect(events[0]).toBe(held.events);
    const made = events.slice(1).flat();
    expect(made.length).toBeGreaterThan(0);
    const times = made.map((e) => e.timestamp);
    for (const far of extra.slice(2)) expect(times).not.toContain(far.timestamp);
    for (const near of extra.slice(0, 2)) expect(times).toContain(near.timestamp);
  });

  it('is how analyze reads: the Schannel events go to the store, not the events array', async () => {
    const timeline = await buildTimeline([FOLDER], readingForAnalysis());
    const held = timeline.context?.firsts() ?? [];
    expect(held.every((e) => e.provider.name === 'Schannel')).toBe(true);
    const ids = new Set(held.map((e) => e.eventId));
    expect(ids.has(36888)).toBe(true);
    // 36887 (the alert a client received) is asked for by a client-scope clause: it stays an event.
    expect(timeline.events.some((e) => e.provider.name === 'Schannel' && ids.has(e.eventId))).toBe(false);
  });
});
