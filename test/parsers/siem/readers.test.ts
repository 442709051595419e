import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readTimeline } from '../../../src/ingest/timeline.js';
import type { NormalizedEvent } from '../../../src/model/event.js';
import type { FieldSelection } from '../../../src/model/reader.js';
import { memoryInput, streamInput } from '../../../src/model/source.js';
import { buildTimeline } from '../../../src/platform/node/files.js';
import { ROOT } from '../../helpers/cli.js';
import { SIEM_RENDITIONS } from '../../../scripts/siem-renditions.mjs';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Reads in-memory inputs through the same detection and readers as files. */
async function read(inputs: Record<string, string | Uint8Array>, select?: FieldSelection) {
  const toOpen = Object.entries(inputs).map(([name, content]) => ({
    name,
    open: async () => memoryInput(name, typeof content === 'string' ? bytes(content) : content),
  }));
  return readTimeline(toOpen, select ? { select } : {});
}

const ECS_4624 = {
  '@timestamp': '2024-05-10T08:03:18.0483201Z',
  host: { name: 'wec01.corp.example.test' },
  event: { code: '4624', kind: 'event' },
  winlog: {
    channel: 'security',
    provider_name: 'Microsoft-Windows-Security-Auditing',
    provider_guid: '{54849625-5478-4994-a5ba-3e3b0328c30d}',
    event_id: 4624,
    record_id: 779961,
    computer_name: 'RDSH01.corp.example.test',
    event_data: { TargetUserName: 'alice', TargetDomainName: 'CORP', LogonType: '10', IpAddress: '192.0.2.10' },
  },
};
const ECS_1149 = {
  '@timestamp': '2024-05-10T08:03:19.000Z',
  host: { name: 'wec01.corp.example.test' },
  winlog: {
    channel: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
    provider_name: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
    event_id: '1149',
    record_id: '6696',
    computer_name: 'RDSH01.corp.example.test',
    activity_id: '{f4200001-aaaa-4bbb-8ccc-000000000001}',
    time_created: '2024-05-10T08:03:19.1234567Z',
    user_data: { Param1: 'alice', Param2: 'CORP', Param3: '192.0.2.10', xml_name: 'EventXML' },
  },
};
const hits = [ECS_4624, ECS_1149].map((s, i) => ({ _index: 'winlogbeat-8.11.0', _id: `id${i}`, _source: s }));

/** What every layout must give alike. */
const core = (events: NormalizedEvent[]) =>
  events.map((e) => ({
    t: e.timestamp,
    ch: e.channel,
    id: e.eventId,
    rec: e.recordId,
    pc: e.computer,
    act: e.activityId,
    data: e.data,
    ud: e.userDataElement,
    fmt: e.source.format,
  }));

describe('Elastic ECS', () => {
  it('maps winlog.* to the event: the computer is winlog.computer_name, not the shipper; ids of any JSON type; UserData from user_data', async () => {
    const t = await read({ 'export.ndjson': hits.map((h) => JSON.stringify(h)).join('\n') });
    expect(t.inputs[0]?.format).toBe('ecs');
    expect(core(t.events)).toEqual([
      {
        t: '2024-05-10T08:03:18.0483201Z',
        ch: 'Security',
        id: 4624,
        rec: 779961,
        pc: 'RDSH01.corp.example.test',
        act: undefined,
        data: ECS_4624.winlog.event_data,
        ud: undefined,
        fmt: 'ecs',
      },
      {
        t: '2024-05-10T08:03:19.1234567Z',
        ch: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
        id: 1149,
        rec: 6696,
        pc: 'RDSH01.corp.example.test',
        act: '{F4200001-AAAA-4BBB-8CCC-000000000001}',
        data: { Param1: 'alice', Param2: 'CORP', Param3: '192.0.2.10' },
        ud: 'EventXML',
        fmt: 'ecs',
      },
    ]);
    // The SIEM's own reference is kept only where no record id finds the record.
    expect(t.events[0]?.source).toEqual({ file: 'export.ndjson', format: 'ecs', line: 1 });
    const { record_id: _, ...noId } = ECS_4624.winlog;
    const without = await read({
      'no-id.ndjson': JSON.stringify({ ...hits[0], _source: { ...ECS_4624, winlog: noId } }),
    });
    expect(without.events[0]?.source).toMatchObject({ line: 1, ref: 'winlogbeat-8.11.0/id0' });
    expect(t.events[0]?.provider.guid).toBe('{54849625-5478-4994-A5BA-3E3B0328C30D}');
  });

  it('reads NDJSON of _source, of hits, a pretty array, a whole _search response and objects one after another alike', async () => {
    const sources = [ECS_4624, ECS_1149];
    const layouts: Record<string, string> = {
      'sources.ndjson': `${sources.map((s) => JSON.stringify(s)).join('\r\n')}\r\n`,
      'hits.ndjson': hits.map((h) => JSON.stringify(h)).join('\n'),
      'array.json': JSON.stringify(hits, null, 2),
      'search.json': JSON.stringify(
        { took: 3, timed_out: false, hits: { total: { value: 2 }, hits }, pit_id: 'x' },
        null,
        2,
      ),
      'jq.json': sources.map((s) => JSON.stringify(s, null, 2)).join('\n'),
    };
    const expected = core((await read({ a: layouts['sources.ndjson']! })).events);
    for (const [name, text] of Object.entries(layouts)) {
      const t = await read({ [name]: text });
      expect(core(t.events), name).toEqual(expected);
      expect(t.inputs[0]?.warnings, name).toEqual([]);
    }
  });

  it('keeps a record id above 2^53 exact, from the JSON text', async () => {
    const doc = structuredClone(ECS_4624);
    const line = JSON.stringify(doc).replace('"record_id":779961', '"record_id":18446744073709551615');
    const t = await read({ 'big.ndjson': line });
    expect(t.events[0]?.recordId).toBe('18446744073709551615');
  });

  it('prefers the event XML of event.original, and marks Elastic Agent times cut to milliseconds', async () => {
    const xml =
      "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing'/><EventID>4625</EventID><TimeCreated SystemTime='2024-05-10T08:03:18.0483201Z'/><EventRecordID>99</EventRecordID><Channel>Security</Channel><Computer>RDSH02.corp.example.test</Computer></System><EventData><Data Name='LogonType'>3</Data></EventData></Event>";
    const agent = { ...ECS_4624, '@timestamp': '2024-05-10T08:03:18.048Z', event: { code: '4625', original: xml } };
    const plain = { ...ECS_4624, '@timestamp': '2024-05-10T08:03:18.048Z' };
    const t = await read({ 'agent.ndjson': `${JSON.stringify(agent)}\n${JSON.stringify(plain)}` });
    const fromXml = t.events.find((e) => e.source.line === 1);
    const fromFields = t.events.find((e) => e.source.line === 2);
    expect(fromXml).toMatchObject({
      eventId: 4625,
      recordId: 99,
      computer: 'RDSH02.corp.example.test',
      data: { LogonType: '3' },
    });
    expect(fromXml?.source.format).toBe('ecs');
    expect(fromXml?.timePrecisionMs).toBeUndefined();
    expect(fromFields?.timePrecisionMs).toBe(1);
  });

  it('decodes only the fields the consumer asks for (FieldSelection)', async () => {
    const select: FieldSelection = {
      pick: (e) => (e.eventId === 4624 ? new Set(['LogonType']) : false),
      whole: (e) => e.data.LogonType === '10' && e.eventId !== 4624,
    };
    const t = await read({ 'sel.ndjson': hits.map((h) => JSON.stringify(h)).join('\n') }, select);
    expect(t.events.map((e) => e.data)).toEqual([{ LogonType: '10' }, {}]);
  });

  it('skips a line that is not JSON with a warning naming it, and reads the rest', async () => {
    const text = [JSON.stringify(hits[0]), '{"_source": {', JSON.stringify(hits[1])].join('\n');
    const t = await read({ 'damaged.ndjson': text });
    expect(t.events).toHaveLength(2);
    expect(t.inputs[0]?.warnings.map((w) => [w.code, w.line, w.kind])).toEqual([
      ['json-malformed', 2, 'skipped-record'],
    ]);
  });

  it('names the keys it saw when no record is an event, and calls other JSON named explicitly an unknown format', async () => {
    const t = await read({ 'other.json': '{"EventID":4624,"value":1}\n' });
    expect(t.inputs[0]?.error?.message).toMatch(/no known SIEM export \(keys: EventID, value\)/);
    const plain = await read({ 'notes.json': '{"name":"x","value":1}\n' });
    expect(plain.inputs[0]?.error?.message).toMatch(/^unknown format: .*SIEM export/);
  });

  it('passes over a JSON file that holds no events when it was found in a folder, not named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-siem-'));
    try {
      writeFileSync(join(dir, 'expected.json'), '{"scenario":"notes of the case"}\n');
      writeFileSync(join(dir, 'export.ndjson'), hits.map((h) => JSON.stringify(h)).join('\n'));
      const t = await buildTimeline([dir]);
      expect(t.inputs.map((i) => [i.path.slice(dir.length + 1), i.format, i.error])).toEqual([
        ['export.ndjson', 'ecs', undefined],
      ]);
      expect(t.passedOver).toEqual([join(dir, 'expected.json')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('gzip, zip, pipes and folders of mixed formats', () => {
  const ndjson = hits.map((h) => JSON.stringify(h)).join('\n');

  it('reads gzip and zip of an export as the export itself, and a pipe', async () => {
    const plain = core((await read({ 'e.ndjson': ndjson })).events);
    expect(core((await read({ 'e.ndjson.gz': new Uint8Array(gzipSync(ndjson)) })).events)).toEqual(plain);
    const zip = zipSync({ 'logs/e.ndjson': bytes(ndjson), 'logs/e.xml': bytes('') });
    expect(core((await read({ 'case.zip': zip })).events)).toEqual(plain);
    const pipe = async function* () {
      for (let i = 0; i < ndjson.length; i += 7) yield bytes(ndjson.slice(i, i + 7));
    };
    const piped = await readTimeline([{ name: '-', open: async () => streamInput('-', pipe()) }]);
    expect(core(piped.events)).toEqual(plain);
  });

  it('a damaged gzip keeps what came before the damage and says where it stopped', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ ...hits[i % hits.length], _id: `h${i}` }));
    const text = lines.join('\n');
    const gz = new Uint8Array(gzipSync(text));
    const whole = await read({ 'e.ndjson.gz': gz });
    const all = whole.inputs[0].records;
    expect(all).toBeGreaterThan(0);
    expect(whole.inputs[0].warnings).toEqual([]);

    const cut = await read({ 'cut.ndjson.gz': gz.subarray(0, Math.floor(gz.length * 0.6)) });
    expect(cut.inputs[0].error).toBeUndefined();
    expect(cut.inputs[0].records).toBeGreaterThan(0);
    expect(cut.inputs[0].records).toBeLessThan(all);
    const stop = cut.inputs[0].warnings.find((w) => w.code === 'gzip-cut-short');
    expect(stop?.message).toMatch(/cut short at byte [\d,]+: what came before it was read/);
    expect(stop?.offset).toBeGreaterThan(0);

    // Zero padding after the member (tape, block devices) is no damage, whatever the trailer's own last bytes.
    for (const pad of [1, 4, 4096]) {
      const padded = await read({ 'p.ndjson.gz': new Uint8Array([...gz, ...new Uint8Array(pad)]) });
      expect([padded.inputs[0].records, padded.inputs[0].warnings]).toEqual([all, []]);
    }
    // Bytes that are not zeros after it are: everything before them is still read.
    const tail = await read({ 't.ndjson.gz': new Uint8Array([...gz, 0, 0, 7, 1]) });
    expect(tail.inputs[0].records).toBe(all);
    expect(tail.inputs[0].warnings.map((w) => w.code)).toEqual(['gzip-cut-short']);

    // A wrong CRC-32 in the trailer is said; the records are kept.
    const bad = gz.slice();
    bad[bad.length - 8] ^= 0xff;
    const crc = await read({ 'c.ndjson.gz': bad });
    expect(crc.inputs[0].records).toBe(all);
    expect(crc.inputs[0].warnings.map((w) => [w.code, w.kind])).toEqual([['gzip-checksum', 'checksum']]);

    // Two members (gzip files joined) are one stream, each checked.
    const half = Math.floor(text.length / 2);
    const two = new Uint8Array([...gzipSync(text.slice(0, half)), ...gzipSync(text.slice(half))]);
    const joined = await read({ 'two.ndjson.gz': two });
    expect([joined.inputs[0].records, joined.inputs[0].warnings]).toEqual([all, []]);
  });

  it('an export whose first 64 KiB hold no record it reads is still detected, and read whole', async () => {
    const plain = core((await read({ 'e.ndjson': ndjson })).events);
    const blank = await read({ 'blank.ndjson': `${'\n'.repeat(66_000)}${ndjson}` });
    expect([blank.inputs[0].error, core(blank.events)]).toEqual([undefined, plain]);
    // 1,000 lines of another system's JSON (about 90 KB) fill the 64 KiB detection looks at.
    const linux = Array.from({ length: 1_000 }, (_, i) =>
      JSON.stringify({ '@timestamp': '2024-05-10T08:00:00Z', message: `sshd ${i}`, host: { name: 'linux01' } }),
    ).join('\n');
    expect(linux.length).toBeGreaterThan(66_000);
    const mixed = await read({ 'mixed.ndjson': `${linux}\n${ndjson}` });
    expect([mixed.inputs[0].error, core(mixed.events)]).toEqual([undefined, plain]);
    expect(mixed.inputs[0].skipped).toBe(1_000);
    // Text that is neither blank nor JSON is still refused at once.
    expect((await read({ 'notes.txt': `hello\n${'x'.repeat(70_000)}` })).inputs[0].error?.message).toMatch(
      /unknown format/,
    );
  });

  it('reads a folder holding every SIEM sample format and XML at once', async () => {
    const t = await buildTimeline([
      join(ROOT, 'samples/siem'),
      join(ROOT, 'samples/auth-bad-credentials/Security.xml'),
    ]);
    // One format of its own for each rendition's folder (scripts/siem-renditions.mjs), and the XML beside them.
    const formats = t.inputs.map((i) => i.format);
    expect(formats).toHaveLength(SIEM_RENDITIONS.length + 1);
    expect(new Set(formats).size).toBe(formats.length);
    expect(formats).toContain('xml-events');
    expect(t.inputs.every((i) => !i.error)).toBe(true);
    // The same Security records from six inputs are one record each (de-duplicated by computer, log and id).
    expect(t.duplicates).toBeGreaterThan(0);
  });
});

describe('Sentinel and Splunk CSV', () => {
  it('reads a Sentinel SecurityEvent CSV from the portal, quoted fields and type suffixes included', async () => {
    const csv = [
      'TenantId,TimeGenerated [UTC],Computer,EventID,Activity,Channel,LogonType,IpAddress,TargetUserName,TargetDomainName,Status,SubStatus,Type,ProcessId_string',
      '00000000-0000-0000-0000-000000000000,2024-05-10T08:03:18.048Z,RDSH01.corp.example.test,4625,"4625 - An account failed to log on.",Security,3,192.0.2.10,alice,CORP,0xc000006d,0xc000006a,SecurityEvent,0x0',
      '00000000-0000-0000-0000-000000000000,2024-05-10T08:05:00.000Z,RDSH01.corp.example.test,4624,"4624 - An account was\nsuccessfully logged on, ""quoted""",Security,10,192.0.2.10,alice,CORP,,,SecurityEvent,0x1',
    ].join('\r\n');
    const t = await read({ 'sentinel.csv': csv });
    expect(t.inputs[0]?.format).toBe('sentinel-securityevent');
    expect(t.events.map((e) => [e.eventId, e.timestamp, e.channel, e.data])).toEqual([
      [
        4625,
        '2024-05-10T08:03:18.0480000Z',
        'Security',
        {
          LogonType: '3',
          IpAddress: '192.0.2.10',
          TargetUserName: 'alice',
          TargetDomainName: 'CORP',
          Status: '0xc000006d',
          SubStatus: '0xc000006a',
          ProcessId: '0x0',
        },
      ],
      [
        4624,
        '2024-05-10T08:05:00.0000000Z',
        'Security',
        {
          LogonType: '10',
          IpAddress: '192.0.2.10',
          TargetUserName: 'alice',
          TargetDomainName: 'CORP',
          ProcessId: '0x1',
        },
      ],
    ]);
    expect(t.events[1]?.source.line).toBe(3);
  });
});

// The real SIEM exports of the shared corpus: readers-corpus.test.ts (slow tier, with the corpus).
