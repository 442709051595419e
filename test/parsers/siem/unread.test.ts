import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unreadTest } from '../../../parsers/siem/unread.js';
import { fieldsForAnalysis, neededForAnalysis } from '../../../src/diagnose/analysis-reads.js';
import { readTimeline } from '../../../src/ingest/timeline.js';
import type { NormalizedEvent } from '../../../src/model/event.js';
import type { FieldSelection } from '../../../src/model/reader.js';
import { memoryInput } from '../../../src/model/source.js';
import { analyzeTimeline, readingForAnalysis } from '../../../src/pipeline/analysis-report.js';
import { corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from '../../helpers/corpus.js';

const selection = fieldsForAnalysis();
const interest = selection.interest!;
const unread = unreadTest(interest);

const ecs = (code: string, channel: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    '@timestamp': '2024-05-10T08:03:18.048Z',
    event: { code, kind: 'event' },
    winlog: { channel, event_id: code, record_id: 7, computer_name: 'RDSH01.corp.example.test', ...extra },
  });

describe('records left out unparsed', () => {
  it('takes what analysis reads: ids of patterns and connections, the connection logs whole', () => {
    expect(interest.ids.has(4624)).toBe(true);
    expect(interest.ids.has(1149)).toBe(true);
    expect(interest.ids.has(4634)).toBe(false);
    expect(interest.channelWords).toEqual(
      expect.arrayContaining(['RdpCoreTS', 'LocalSessionManager', 'RemoteConnectionManager', 'RDPClient']),
    );
  });

  it('leaves out a record only when its text proves the event is not read', () => {
    expect(unread(ecs('4634', 'Security'))).toBe(true);
    expect(unread(ecs('4624', 'Security'))).toBe(false);
    // Every event of a connection log is read, whatever its id, however the channel is spelt.
    expect(unread(ecs('9999', 'microsoft-windows-terminalservices-localsessionmanager/operational'))).toBe(false);
    // Two ids that disagree: the record is kept if either is read.
    expect(unread(ecs('4634', 'Security', { event_id: '4625' }))).toBe(false);
    // An id it cannot read as a decimal, or none at all: kept.
    expect(unread(ecs('0x1212', 'Security'))).toBe(false);
    expect(unread(JSON.stringify({ Channel: 'Security', Message: 'x' }))).toBe(false);
    // A key or channel written with \u escapes: kept.
    expect(unread(ecs('4634', 'Security').replace('event_id', '\\u0065vent_id'))).toBe(false);
    // The XML inside decides too.
    const original = `<Event><System><EventID Qualifiers="0">4625</EventID></System></Event>`;
    expect(unread(ecs('4634', 'Security', { original }))).toBe(false);
    expect(unread(ecs('4634', 'Security', { original: original.replace('4625', '4634') }))).toBe(true);
    // Go's encoder (Winlogbeat) writes `<` as \u003c: the XML's id cannot be seen, so the record is kept.
    const escaped = ecs('4634', 'Security', { original }).replace(/</g, '\\u003c');
    expect(escaped).toContain('\\u003cEventID');
    expect(unread(escaped)).toBe(false);
    // A number that is not the id it starts with.
    expect(unread(ecs('4634', 'Security').replace('"event_id":"4634"', '"event_id":4634.5'))).toBe(false);
    expect(unread(ecs('4634', 'Security').replace('"event_id":"4634"', '"event_id": 4634 '))).toBe(true);
    // Splunk's classic text inside `_raw`.
    expect(unread(JSON.stringify({ result: { _raw: 'LogName=Security\nEventCode=4625\n' }, code: 4634 }))).toBe(false);
    expect(unread(JSON.stringify({ result: { _raw: 'LogName=Security\nEventCode=4634\n' } }))).toBe(true);
    // Records holding many events by position: kept, whatever ids they name.
    expect(unread(JSON.stringify({ hits: { hits: [JSON.parse(ecs('4634', 'Security'))] } }))).toBe(false);
    expect(unread(JSON.stringify({ fields: ['EventCode'], rows: [[4634]], code: 4634 }))).toBe(false);
    // Dotted keys (a flattened `_source`), Sentinel and NXLog columns.
    expect(unread(JSON.stringify({ 'winlog.event_id': 4634, 'winlog.channel': 'Security' }))).toBe(true);
    expect(unread(JSON.stringify({ EventID: 4634, Channel: 'Security' }))).toBe(true);
    expect(unread(JSON.stringify({ EventID: 4625, Channel: 'Security' }))).toBe(false);
  });
});

describe('an export with records left out', () => {
  it('counts them, and its Security log is a filtered export, not one with holes', async () => {
    const lines = [];
    for (let i = 0; i < 40; i++) {
      const id = i % 2 ? '4634' : '4624';
      const doc = JSON.parse(ecs(id, 'Security', { record_id: 100 + i }));
      doc.winlog.event_data = { LogonType: '3', TargetUserName: 'svc1', IpAddress: '203.0.113.5' };
      lines.push(JSON.stringify(doc));
    }
    const content = new TextEncoder().encode(`${lines.join('\n')}\n`);
    const t = await readWith('export.ndjson', content, selection);
    expect(t.inputs[0]!.unread).toBe(20);
    expect(t.read.records).toBe(20);
    const security = t.reach!.spans().find((s) => s.channel === 'Security')!;
    expect(security).toMatchObject({ events: 20, filtered: true, gaps: [], moreGaps: 0 });
    // Read without the interest, the same log has no holes at all.
    const { interest: _, ...withoutInterest } = selection;
    const whole = await readWith('export.ndjson', content, withoutInterest);
    expect(whole.reach!.spans().find((s) => s.channel === 'Security')).toMatchObject({
      events: 40,
      filtered: false,
      gaps: [],
    });
  });
});

const core = (events: readonly NormalizedEvent[]) =>
  events.map(
    (e) => `${e.timestamp} ${e.computer} ${e.channel} ${e.eventId} ${String(e.recordId)} ${JSON.stringify(e.data)}`,
  );

async function readWith(name: string, content: Uint8Array, select: FieldSelection) {
  return readTimeline([{ name, open: async () => memoryInput(name, content) }], {
    ...readingForAnalysis(),
    select,
  });
}

/** Every JSON export of the corpus's siem/ folder (the others are not read line by line as JSON). */
function corpusJsonFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(json|jsonl|ndjson)$/.test(name)) out.push(path);
    }
  };
  walk(corpusPath('siem'));
  return out;
}

describe.skipIf(!HAVE_CORPUS)(
  `records left out on the real exports (${HAVE_CORPUS ? 'corpus' : NO_CORPUS_REASON})`,
  () => {
    it('drops no event analysis reads, and the analysis is the same', async () => {
      const { interest: _, ...withoutInterest } = selection;
      let unreadTotal = 0;
      for (const file of corpusJsonFiles()) {
        const content = readFileSync(file);
        const fast = await readWith(file, content, selection);
        const whole = await readWith(file, content, withoutInterest);
        const left = fast.inputs[0]!.unread ?? 0;
        unreadTotal += left;
        // Nothing read was lost: the events kept are the same, and what was left out was only counted.
        expect(core(fast.events), file).toEqual(core(whole.events));
        expect(fast.read.records + left, file).toBe(whole.read.records);
        const a = analyzeTimeline(fast).model.analysis;
        const b = analyzeTimeline(whole).model.analysis;
        expect(
          a.attempts.map((x) => [x.id, x.outcome, x.causes.map((c) => c.id)]),
          file,
        ).toEqual(b.attempts.map((x) => [x.id, x.outcome, x.causes.map((c) => c.id)]));
        expect(
          a.findings.map((f) => f.id ?? f.title),
          file,
        ).toEqual(b.findings.map((f) => f.id ?? f.title));
        expect(a.incidents.length, file).toBe(b.incidents.length);
      }
      // The corpus's exports were cut down to RDP's events; what is left of others is left out.
      expect(unreadTotal).toBeGreaterThanOrEqual(10);
    });

    it('each record it leaves out maps to an event analysis does not read', async () => {
      const needed = neededForAnalysis();
      let checked = 0;
      for (const file of corpusJsonFiles()) {
        const text = readFileSync(file, 'utf8');
        if (!text.trimStart().startsWith('{')) continue;
        for (const line of text.split('\n')) {
          if (!line.trim() || !unread(line.trim())) continue;
          const t = await readTimeline([
            { name: 'one', open: async () => memoryInput('one', new TextEncoder().encode(line)) },
          ]);
          for (const e of t.events) expect(needed(e), `${file}: ${line.slice(0, 200)}`).toBe(false);
          checked += t.events.length;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(10);
    });
  },
);
