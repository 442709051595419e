/**
 * The responders' tools' outputs (samples/dfir/, made by scripts/make-dfir-samples.mjs from the scenario
 * samples/auth-bad-credentials): each read as its format, with the verdicts of the scenario's own logs, and what it
 * cannot carry said once; Velociraptor's rows never read as flat JSON; damage in one record costs that record only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { UNEXPLAINED } from '../../../patterns/index.js';
import { buildTimeline } from '../../../src/platform/node/files.js';
import { rdpdiag, ROOT, writeShards } from '../../helpers/cli.js';
import { RENDERED_SCENARIO, RENDERED_SERVER_LOGS } from '../../helpers/samples.js';
import { tempDir, writeTemp } from '../../helpers/collect.js';

const DFIR = join(ROOT, 'samples/dfir');
const sample = (p: string) => readFileSync(join(DFIR, p), 'utf8');

interface Report {
  attempts: {
    start: string;
    outcome: string;
    user?: string;
    client?: unknown;
    server: { name?: string };
    causes: { id: string; confidence: number }[];
  }[];
  findings: { id: string; computer?: string }[];
  incidents: unknown[];
  inputs: { path: string; format: string; records: number; error?: { message: string }; warnings: Warning[] }[];
}
interface Warning {
  code: string;
  message: string;
  line?: number;
}

/**
 * `analyze <paths> --format json`, once per list of paths in this file (the scenario's logs are the reference of
 * eight tests, two renditions are read by two tests each): the tests read the report, never change it.
 */
const reports = new Map<string, Promise<Report>>();
function analyze(paths: readonly string[]): Promise<Report> {
  const key = paths.join('\0');
  let report = reports.get(key);
  if (!report) {
    report = rdpdiag(['analyze', ...paths, '--format', 'json']).then((r) => JSON.parse(r.stdout) as Report);
    reports.set(key, report);
  }
  return report;
}

/** Who, what, why and when (to the millisecond, ±1 where the format keeps about 2 µs). */
const verdicts = (r: Report) =>
  r.attempts.map((a) => ({
    server: a.server.name,
    outcome: a.outcome,
    user: a.user,
    client: a.client,
    causes: a.causes.map((c) => `${c.id} ${c.confidence}`),
  }));
const startsMs = (r: Report) => r.attempts.map((a) => Date.parse(a.start));
const findingIds = (r: Report) => r.findings.map((f) => `${f.id}@${f.computer ?? ''}`).sort();

describe('the responders’ tools’ outputs of one scenario', () => {
  const cases = [
    ['velociraptor', 'velociraptor-evtx', []],
    // Velociraptor's CSV of rows selecting System, EventData and UserData: JSON in its cells.
    ['velociraptor-csv-selected', 'velociraptor-evtx', []],
    ['chainsaw', 'chainsaw', []],
    ['chainsaw-hunt', 'chainsaw', []],
    ['evtxecmd', 'evtxecmd', ['lossy-fields']],
    ['evtxecmd-json', 'evtxecmd', ['lossy-fields']],
    // `--fj`: the whole event, its ActivityID too.
    ['evtxecmd-fj', 'evtxecmd', []],
  ] as const;
  for (const [folder, format, codes] of cases) {
    it(`${folder}: read as ${format}, with the verdicts, causes and findings of the logs`, async () => {
      const xml = await analyze(RENDERED_SERVER_LOGS);
      const got = await analyze([join(DFIR, folder)]);
      expect(got.inputs.map((i) => i.format)).toEqual([format]);
      expect(got.inputs[0]?.warnings.map((w) => w.code)).toEqual(codes);
      expect(verdicts(got)).toEqual(verdicts(xml));
      const [a, b] = [startsMs(got), startsMs(xml)];
      expect(a.length).toBe(b.length);
      for (const [i, t] of a.entries()) expect(Math.abs(t - b[i]!)).toBeLessThanOrEqual(1);
      expect(findingIds(got)).toEqual(findingIds(xml));
      expect(got.incidents.length).toBe(xml.incidents.length);
      // Every computer named, times to less than a second.
      expect(got.attempts.every((x) => x.server.name === 'RDSH01.corp.example.test')).toBe(true);
      expect(got.attempts.some((x) => !x.start.endsWith('.0000000Z'))).toBe(true);
    });
  }

  it("EvtxECmd's input says once what it cannot carry and what that costs", async () => {
    const got = await analyze([join(DFIR, 'evtxecmd')]);
    const w = got.inputs[0]!.warnings;
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toMatch(/no ActivityID.*joined across logs by session, user and address/);
  });

  it('EvtxHunter rows: whole seconds and no ActivityID, each said once, the same verdicts', async () => {
    const xml = await analyze(RENDERED_SERVER_LOGS);
    const got = await analyze([join(DFIR, 'velociraptor-evtxhunter')]);
    expect(got.inputs[0]?.format).toBe('velociraptor-evtxhunter');
    expect(got.inputs[0]?.warnings.map((w) => w.code)).toEqual(['lossy-time', 'lossy-fields']);
    expect(got.inputs[0]?.warnings[0]?.message).toMatch(/whole seconds \(Velociraptor's EvtxHunter/);
    expect(verdicts(got).map((v) => [v.outcome, v.user, v.causes[0]])).toEqual(
      verdicts(xml).map((v) => [v.outcome, v.user, v.causes[0]]),
    );
  });
});

describe('Velociraptor results as CSV (JSON in cells)', () => {
  it("Windows.EventLogs.Evtx's CSV has the first row's data column only: the events without it left out, said once", async () => {
    const got = await analyze([join(DFIR, 'velociraptor-csv')]);
    const input = got.inputs[0]!;
    expect(input.format).toBe('velociraptor-evtx');
    // 94 events, 85 of them EventData ones the export has no column for (its first row was an RCM 261's UserData).
    expect(input.records).toBe(9);
    expect(input.warnings.map((w) => w.code)).toEqual(['records-left-out']);
    expect(input.warnings[0]!.message).toMatch(/^85 event\(s\) of this Velociraptor CSV left out: .* no EventData/);
    // No failure read from an event without its fields.
    expect(got.attempts.filter((a) => a.outcome === 'failed' && a.causes[0]?.id === UNEXPLAINED)).toEqual([]);
    // Every computer and time still read from System.
    expect(got.attempts.every((a) => a.server.name === 'RDSH01.corp.example.test')).toBe(true);
  });

  it('a System cell that is not JSON: that row skipped with its line, the others read', async () => {
    const rows = sample('velociraptor-csv-selected/parse_evtx.csv').trimEnd().split('\n');
    rows[2] = rows[2]!.replace(/^"\{""Provider/, '"{""Provider"" broken');
    const path = writeTemp(tempDir(), 'parse_evtx.csv', `${rows.join('\n')}\n`);
    const got = await analyze([path]);
    const bad = got.inputs[0]!.warnings.filter((w) => w.code === 'record-unreadable');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ line: 3 });
    expect(bad[0]!.message).toMatch(/its System cell is not JSON/);
    // The sample's 94 events (its Message cells hold line breaks), less the broken one.
    expect(got.inputs[0]!.records).toBe(93);
  });

  it("an EvtxHunter-like row whose EventTime is SystemTime's decimal: read to the tick, not a millisecond early", async () => {
    const row = JSON.parse(sample('velociraptor-evtxhunter/Windows.EventLogs.EvtxHunter.json').split('\n')[0]!);
    const text = JSON.stringify({ ...row, EventTime: 0 }).replace('"EventTime":0', '"EventTime":1647623635.2310000');
    const path = writeTemp(tempDir(), 'hunt.json', `${text}\n`);
    const t = await buildTimeline([path]);
    expect(t.events.map((e) => [e.timestamp, e.timeMs % 1000])).toEqual([['2022-03-18T17:13:55.2310000Z', 231]]);
    expect(t.events[0]?.timePrecisionMs).toBeLessThan(1);
  });
});

describe('Velociraptor rows are read by their shape, never as flat JSON', () => {
  it('a Windows.EventLogs.Evtx row (flat Channel and EventID columns beside System) keeps its computer and fraction', async () => {
    const t = await buildTimeline([join(DFIR, 'velociraptor')]);
    expect(t.inputs[0]?.format).toBe('velociraptor-evtx');
    expect(t.events.every((e) => e.computer === 'RDSH01.corp.example.test')).toBe(true);
    expect(t.events.filter((e) => !e.timestamp.endsWith('.0000000Z')).length).toBeGreaterThan(t.events.length / 2);
    // UserData under its element, hex fields as Windows writes them.
    const lsm = t.events.find((e) => e.eventId === 21);
    expect(lsm?.userDataElement).toBe('EventXML');
    expect(lsm?.data.Address).toBe('192.0.2.10');
    const failure = t.events.find((e) => e.eventId === 4625);
    expect(failure?.data.Status).toBe('0xc000006d');
  });

  it('a record with a System object of no known shape is refused naming its keys, not read as flat', async () => {
    const dir = tempDir();
    const row = {
      System: { Something: 1 },
      TimeCreated: '2024-05-10T08:03:17Z',
      Channel: 'Security',
      EventID: 4625,
    };
    const path = writeTemp(dir, 'rows.json', `${JSON.stringify(row)}\n${JSON.stringify(row)}\n`);
    const r = await rdpdiag(['analyze', path, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no known SIEM export \(keys: System, TimeCreated, Channel, EventID\)/);
  });

  it("a hunt's export over many clients is a fleet, and --shard then merge gives the whole run's answer", async () => {
    const hunt = join(DFIR, 'velociraptor-hunt');
    // The whole run's report and exit code from one run (the code does not depend on the format).
    const run = await rdpdiag(['analyze', hunt, '--format', 'json']);
    const whole = JSON.parse(run.stdout) as Report;
    expect(new Set(whole.attempts.map((a) => a.server.name)).size).toBe(2);
    const fleet = await analyze([join(ROOT, 'samples/two-servers-mixed')]);
    expect(verdicts(whole)).toEqual(verdicts(fleet));
    const dir = tempDir();
    const shards = await writeShards([hunt], 2, dir);
    const merged = await rdpdiag(['merge', ...shards, '--format', 'json']);
    // 1: failures found, as the whole run says.
    expect(merged.code).toBe(run.code);
    expect(verdicts(JSON.parse(merged.stdout) as Report)).toEqual(verdicts(whole));
  });

  it('the same log collected twice is read once', async () => {
    const dir = tempDir();
    const text = sample('velociraptor/Windows.EventLogs.Evtx.json');
    writeTemp(dir, 'Windows.EventLogs.Evtx.json', text);
    writeTemp(dir, 'Windows.EventLogs.Evtx (1).json', text);
    const t = await buildTimeline([dir]);
    expect(t.duplicates).toBe(t.events.length);
    const once = await analyze([join(DFIR, 'velociraptor')]);
    expect(verdicts(await analyze([dir]))).toEqual(verdicts(once));
  });
});

describe('damage in one record of these formats costs that record only', () => {
  const csv = sample('evtxecmd/20240510090000_EvtxECmd_Output.csv').trimEnd().split('\r\n');

  it('an EvtxECmd CSV cut in the middle of its last row: one line, the rows before it read', async () => {
    const dir = tempDir();
    const last = csv.at(-1)!;
    const cut = [...csv.slice(0, -1), last.slice(0, last.indexOf('{') + 20)].join('\r\n');
    const path = writeTemp(dir, 'cut_EvtxECmd_Output.csv', cut);
    const got = await analyze([path]);
    const input = got.inputs[0]!;
    expect(input.records).toBe(csv.length - 2);
    expect(input.warnings.filter((w) => w.code === 'csv-malformed')).toHaveLength(1);
  });

  it('a Payload that is not JSON: that record skipped with its line, the others read', async () => {
    const dir = tempDir();
    const rows = [...csv];
    rows[3] = rows[3]!.replace(/"\{""EventData.*$/, '"{""EventData"": not json"');
    const path = writeTemp(dir, 'bad_EvtxECmd_Output.csv', rows.join('\r\n'));
    const got = await analyze([path]);
    const bad = got.inputs[0]!.warnings.filter((w) => w.code === 'record-unreadable');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ line: 4 });
    expect(bad[0]!.message).toMatch(/Payload is not JSON/);
    expect(got.inputs[0]!.records).toBe(csv.length - 2);
  });

  it('HiddenRecord rows are left out and counted; an empty Payload is said once with its cost', async () => {
    const dir = tempDir();
    const header = csv[0]!.split(',');
    const hidden = header.indexOf('HiddenRecord');
    const payload = header.indexOf('Payload');
    expect([hidden, payload].every((i) => i > 0)).toBe(true);
    const rows = csv.map((r, i) => {
      if (i === 0 || i > 3) return r;
      const cells = r.replace(/,"\{.*\}"$/, ',').split(',');
      if (i === 1) cells[hidden] = 'True';
      return cells.join(',');
    });
    const path = writeTemp(dir, 'x_EvtxECmd_Output.csv', rows.join('\r\n'));
    const got = await analyze([path]);
    const input = got.inputs[0]!;
    expect(input.records).toBe(csv.length - 2);
    const codes = input.warnings.map((w) => w.code);
    expect(codes.filter((c) => c === 'records-left-out')).toHaveLength(1);
    expect(input.warnings.find((w) => w.code === 'records-left-out')?.message).toMatch(/^1 EvtxECmd row/);
    expect(input.warnings.find((w) => /empty Payload/.test(w.message))?.message).toMatch(/^2 EvtxECmd record/);
  });

  it('a Chainsaw detection without its event: said once, the others read', async () => {
    const dir = tempDir();
    const hunt = JSON.parse(sample('chainsaw-hunt/hunt.json')) as { document: { data?: unknown } }[];
    hunt[0]!.document.data = undefined;
    hunt[1]!.document.data = { Event: 'cut' };
    const path = writeTemp(dir, 'hunt.json', JSON.stringify(hunt));
    const got = await analyze([path]);
    expect(got.inputs[0]!.records).toBe(hunt.length - 2);
    const lost = got.inputs[0]!.warnings.filter((w) => /Chainsaw detection/.test(w.message));
    expect(lost).toHaveLength(1);
    expect(lost[0]!.message).toMatch(/^2 Chainsaw detection\(s\) carry no event/);
  });

  it('an offline collection whose URL-encoded name decodes to `..` has that entry refused, the rest read', async () => {
    const dir = tempDir();
    const security = readFileSync(join(RENDERED_SCENARIO, 'Security.xml'));
    const zip = zipSync({
      'uploads/auto/C%3A/Windows/System32/winevt/Logs/Security.xml': security,
      'uploads/auto/%2E%2E/%2E%2E/Security.xml': security,
      'client_info.json': new TextEncoder().encode('{"Hostname":"RDSH01"}'),
    });
    const path = join(dir, 'Collection-RDSH01-2024-05-10T09_00_00Z.zip');
    writeFileSync(path, zip);
    const got = await analyze([path]);
    const zipWarnings = got.inputs.flatMap((i) => i.warnings).filter((w) => w.code === 'zip-entry-skipped');
    expect(zipWarnings.map((w) => w.message)).toEqual([expect.stringMatching(/URL encoding is decoded/)]);
    expect(got.inputs.filter((i) => i.records > 0).map((i) => i.path)).toEqual([
      `${path}/uploads/auto/C%3A/Windows/System32/winevt/Logs/Security.xml`,
    ]);
  });
});
