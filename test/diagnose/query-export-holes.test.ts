/**
 * Record-id holes (issue 62): a SIEM export is an index's answer to a query, filtered by event id (the README's own
 * queries are), so its record ids have no continuity: its holes are not listed as records missing, and the report
 * says once why. The same records in an .evtx or an XML export keep their holes listed.
 */
import { describe, expect, it } from 'vitest';
import { LogReach } from '../../src/ingest/log-reach.js';
import type { InputFormat, NormalizedEvent } from '../../src/model/event.js';
import { REPORT_FORMAT_NAMES } from '../../src/report/formats.js';
import { logReachLines } from '../../src/report/model.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { winlogbeatHit } from '../helpers/winlogbeat.js';
import { connectionEvents, eventMaker, secondsAfter, type TestEvent, wevtutilStream } from '../helpers/xml-events.js';

const HOST = 'RDSH01.corp.example.test';
const BASE = '2024-05-10T08:00:00Z';

/**
 * Three refused connections (RCM 261, RdpCoreTS 131, Security 4625, RdpCoreTS 102), the record ids of one counter:
 * each log's ids have holes where the others' records are, and 40 ids are left out between the tries (what a query
 * filtered by event id leaves out of an export).
 */
function tries(): TestEvent[] {
  const event = eventMaker(HOST);
  const { core, rcm, security } = connectionEvents(event);
  const out: TestEvent[] = [];
  for (let i = 0; i < 3; i++) {
    const t = (s: number) => secondsAfter(BASE, i * 60 + s);
    const activity = `{7A1C55E2-9F0B-000${i}-B6C2-1F7A2A9BDA01}`;
    out.push(
      rcm(261, t(0), { listenerName: 'RDP-Tcp' }, activity),
      core(131, t(0.01), activity, { ConnType: 'TCP', ClientIP: `203.0.113.66:5500${i}` }),
      security(4625, t(0.5), {
        TargetUserName: 'alice',
        TargetDomainName: 'CORP',
        LogonType: '3',
        IpAddress: '203.0.113.66',
        Status: '0xc000006d',
        SubStatus: '0xc000006a',
      }),
      core(102, t(0.6), activity, { ClientIP: `203.0.113.66:5500${i}` }),
    );
    event.skip(40);
  }
  return out;
}

/** The same records as a Winlogbeat export of Elasticsearch hits (NDJSON). */
function asWinlogbeat(events: TestEvent[]): string {
  return `${events
    .map((e, n) =>
      winlogbeatHit({
        index: 'winlogbeat-8.11.0',
        id: `hit-${n}`,
        ms: Date.parse(e.time),
        computer: e.computer ?? HOST,
        provider: e.provider!,
        channel: e.channel!,
        eventId: e.id,
        recordId: e.record,
        data: e.userData ?? e.eventData ?? {},
        userData: e.userData !== undefined,
        ...(e.activity ? { activity: e.activity } : {}),
      }),
    )
    .join('\n')}\n`;
}

function spansOf(...parts: [TestEvent[], InputFormat][]) {
  const reach = new LogReach();
  for (const [events, format] of parts)
    for (const e of eventsFromXml(wevtutilStream(events)))
      reach.add({ ...e, source: { ...e.source, file: `logs.${format}`, format } } as NormalizedEvent);
  return reach;
}

const SAID = /Record ids of SIEM exports and hunts have no continuity/g;
const HOLES = /holes? in its record ids/;

describe('record-id holes of SIEM exports', () => {
  it('a SIEM export: no hole listed, its logs filtered, said once', () => {
    const spans = spansOf([tries(), 'ecs']).spans();
    expect(spans.length).toBe(3);
    for (const s of spans) expect(s).toMatchObject({ fromQuery: true, filtered: true, gaps: [], moreGaps: 0 });
    const lines = logReachLines(spans, { kind: 'utc' });
    expect(lines.length).toBe(1);
    expect(lines[0]).toMatch(SAID);
    expect(lines[0]).toContain(`RdpCoreTS on ${HOST}`);
  });

  it('near miss: the same records from an .evtx, an XML export, or an .evtx beside the export keep their holes', () => {
    for (const parts of [
      [[tries(), 'evtx']],
      [[tries(), 'xml-stream']],
      [
        [tries(), 'ecs'],
        [tries(), 'evtx'],
      ],
    ] as [TestEvent[], InputFormat][][]) {
      const spans = spansOf(...parts).spans();
      for (const s of spans) {
        expect(s.fromQuery).toBeUndefined();
        expect(s.gaps.length).toBeGreaterThan(0);
      }
      const lines = logReachLines(spans, { kind: 'utc' });
      expect(lines.join('\n')).toMatch(HOLES);
      expect(lines.join('\n')).not.toMatch(SAID);
    }
  });

  it('a shard of the run hands it to merge; a shard written before it was told keeps the holes listed', () => {
    const reach = spansOf([tries(), 'ecs']);
    const again = new LogReach();
    again.absorb(JSON.parse(JSON.stringify(reach.export())));
    expect(again.spans()).toEqual(reach.spans());
    const older = new LogReach();
    older.absorb(reach.export().map(({ continuous: _, ...state }) => state));
    for (const s of older.spans()) expect(s.gaps.length).toBeGreaterThan(0);
  });

  it('analyze: the same attempts, a SIEM export saying once why no hole is listed, the XML export listing them', async () => {
    const dir = tempDir();
    const ndjson = writeTemp(dir, 'a-winlogbeat.ndjson', asWinlogbeat(tries()));
    const xml = writeTemp(dir, 'b-rdsh01.xml', wevtutilStream(tries()));
    const siem = await rdpdiag(['analyze', ndjson, '--format', 'json']);
    const local = await rdpdiag(['analyze', xml, '--format', 'json']);
    const attempts = (r: { stdout: string }) =>
      JSON.parse(r.stdout).attempts.map((a: { start: string; outcome: string }) => [a.start, a.outcome]);
    expect(attempts(siem)).toEqual(attempts(local));
    expect(attempts(siem).length).toBe(3);
    const channels = JSON.parse(siem.stdout).coverage.channels as { fromQuery?: boolean; gaps: unknown[] }[];
    expect(channels.length).toBe(3);
    for (const c of channels) expect(c).toMatchObject({ fromQuery: true, filtered: true, gaps: [] });
    for (const c of JSON.parse(local.stdout).coverage.channels) {
      expect(c.fromQuery).toBeUndefined();
      expect(c.gaps.length).toBeGreaterThan(0);
    }
    // Both exports of the same records, in either order (read by name: the SIEM export first; the XML export's
    // records are then read again, not counted): the XML export's ids run on, so the holes are listed.
    const coverage = async (paths: string[]) =>
      JSON.parse((await rdpdiag(['analyze', ...paths, '--format', 'json'])).stdout).coverage.channels;
    const siemFirst = await coverage([ndjson, xml]);
    expect(siemFirst).toEqual(await coverage([xml, ndjson]));
    for (const c of siemFirst) {
      expect(c.fromQuery).toBeUndefined();
      expect(c.gaps.length).toBeGreaterThan(0);
    }
    // Every report that lists the XML export's holes says once why the SIEM export's are not listed.
    const listing: string[] = [];
    for (const format of REPORT_FORMAT_NAMES) {
      const fromSiem = (await rdpdiag(['analyze', ndjson, '--format', format])).stdout;
      const fromXml = (await rdpdiag(['analyze', xml, '--format', format])).stdout;
      expect(fromSiem, format).not.toMatch(HOLES);
      expect(fromXml, format).not.toMatch(SAID);
      if (!HOLES.test(fromXml)) continue;
      listing.push(format);
      expect(fromSiem.match(SAID)?.length, format).toBe(1);
    }
    // The text, Markdown and HTML reports at least.
    expect(listing.length).toBeGreaterThanOrEqual(3);
    expect(listing).toContain('table');
  });
});
