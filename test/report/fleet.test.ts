/**
 * The fleet view: a run over many computers leads with one row per computer and with what spans
 * computers (one cause on several servers at once, one source against several), then each computer's
 * answer; in the terminal, Markdown, HTML and JSON alike. The fleet here is our own samples copied onto
 * several computers: the scanner and password-guessing sample onto four edge servers at the same time
 * (one source sweeping them), the licence-server sample onto three session hosts minutes apart (one
 * shared cause).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { analyzeTimeline, readingForAnalysis } from '../../src/pipeline/analysis-report.js';
import { buildFleet, type Fleet, FLEET_MIN_COMPUTERS } from '../../src/report/fleet.js';
import type { ReportModel } from '../../src/report/model.js';
import { reportOf } from '../helpers/by-computer.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';

/** The events one computer logged in a sample's files, as logged by another computer, `shiftMin` minutes later. */
function copyOnto(dir: string, folder: string, from: string, to: string, shiftMin: number): void {
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.xml'))) {
    const text = readFileSync(join(folder, file), 'utf8')
      .replace(/<Event[\s>][\s\S]*?<\/Event>/g, (e) => (e.includes(`<Computer>${from}</Computer>`) ? e : ''))
      .replaceAll(`<Computer>${from}</Computer>`, `<Computer>${to}</Computer>`)
      .replace(/SystemTime='([^']+)'/g, (_, t: string) => {
        const shifted = new Date(Date.parse(t) + shiftMin * 60_000).toISOString().slice(0, 19);
        return `SystemTime='${shifted}${t.slice(19)}'`;
      });
    writeTemp(dir, `${to}-${file}`, text);
  }
}

let dir = '';
let fleet: Fleet | undefined;
let analyzed: ReportModel;

beforeAll(async () => {
  dir = tempDir('rdpdiag-fleet-');
  for (const n of [1, 2, 3, 4]) copyOnto(dir, 'samples/scanner-noise', 'EDGE01', `EDGE0${n}`, 0);
  for (const n of [1, 2, 3])
    copyOnto(
      dir,
      `samples/patterns/${licensingServerUnavailable.id}`,
      'RDSH01.corp.example.test',
      `RDSH0${n}.corp.example.test`,
      3 * n,
    );
  const { model } = analyzeTimeline(await buildTimeline([dir], readingForAnalysis()));
  fleet = model.fleet;
  analyzed = model;
});

/**
 * `analyze <folder> --format json` through the CLI: its fleet is the one the test's own analysis made. The other
 * formats' claims are about how they lay the fleet out, so they are rendered from that one analysis (not one CLI
 * run per format, each reading and analyzing the folder again).
 */
async function cliJson(folder: string): Promise<{ fleet: Fleet }> {
  const r = await rdpdiag(['analyze', folder, '--format', 'json', '--exit-zero', '-q']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { fleet: Fleet };
}

describe('fleet report', () => {
  it('has a row per computer with its counts and worst cause, most failures first', () => {
    expect(fleet?.computers.map((r) => r.computer)).toEqual([
      'EDGE01',
      'EDGE02',
      'EDGE03',
      'EDGE04',
      'RDSH01.corp.example.test',
      'RDSH02.corp.example.test',
      'RDSH03.corp.example.test',
    ]);
    const edge = fleet?.computers[0];
    expect(edge).toMatchObject({ attempts: 12, succeeded: 1, failed: 11, incidents: 3, findings: 2 });
    expect(edge?.worstCause).toMatchObject({ id: authBadCredentials.id, count: 6, attack: true });
    for (const r of fleet?.computers.slice(4) ?? []) {
      expect(r.failed).toBeGreaterThan(0);
      expect(r.worstCause?.id).toBe(licensingServerUnavailable.id);
    }
  });

  it('finds one source against several servers at once, and one cause on several servers at once', () => {
    const sweeps = fleet?.incidents.filter((x) => x.kind === 'one-source') ?? [];
    expect(sweeps.map((x) => [x.id, x.source, x.computers.length])).toEqual([
      ['scanning', '203.0.113.45', 4],
      ['password-guessing', '203.0.113.77', 4],
    ]);
    expect(sweeps[1].incidents).toHaveLength(4);
    const shared = fleet?.incidents.filter((x) => x.kind === 'shared-cause') ?? [];
    const licensing = shared.find((x) => x.id === licensingServerUnavailable.id);
    expect(licensing?.computers).toEqual([
      'RDSH01.corp.example.test',
      'RDSH02.corp.example.test',
      'RDSH03.corp.example.test',
    ]);
    expect(licensing?.side).toBe('server');
  });

  it('is left out below FLEET_MIN_COMPUTERS computers', async () => {
    const { model } = analyzeTimeline(await buildTimeline(['samples/two-servers-mixed'], readingForAnalysis()));
    expect(model.computers.length).toBeLessThan(FLEET_MIN_COMPUTERS);
    expect(model.fleet).toBeUndefined();
    expect(buildFleet(model.analysis, model.securityHeadlines)).toBeUndefined();
  });

  it('leads the terminal, Markdown, HTML and JSON reports, before each computer’s answer', async () => {
    const run = (format: string) => reportOf(format, analyzed);
    const table = await run('table');
    expect(table).toMatch(/Fleet: 7 computers with something to report/);
    expect(table).toMatch(new RegExp(`EDGE01 +12 +11 +3 +2 +${authBadCredentials.id} ×6 \\(att`));
    const flat = table.replace(/\s+/g, ' ');
    // The sweep is the security headline, said once (not again among what spans computers).
    expect(flat.match(/password guessing from 203\.0\.113\.77 against 4 computers/g)).toHaveLength(1);
    expect(flat).toContain(`(${licensingServerUnavailable.id}) on 3 servers at once`);
    expect(table.indexOf('Fleet: 7')).toBeLessThan(table.indexOf('EDGE01: 1 succeeded'));

    const markdown = await run('markdown');
    expect(markdown).toContain('## Fleet: 7 computers with something to report');
    expect(markdown).toContain(`| EDGE01 | 12 | 1 | 11 | 3 | 2 | \`${authBadCredentials.id}\` (attack) ×6 |`);
    expect(markdown).toMatch(
      new RegExp(`^- ⚠ \\*\\*.*\\*\\* \\(\`${licensingServerUnavailable.id}\`\\) on 3 servers at once`, 'm'),
    );
    expect(markdown.indexOf('## Fleet')).toBeLessThan(markdown.indexOf('### EDGE01'));

    const html = await run('html');
    expect(html).toContain('<h2 id="fleet">Fleet: 7 computers with something to report</h2>');
    expect(html).toMatch(/<tr><td>EDGE01<\/td><td>12<\/td><td>1<\/td><td class="bad">11<\/td>/);
    expect(html).toContain('on 3 servers at once');
    expect(html.indexOf('id="fleet"')).toBeLessThan(html.indexOf('<h3>EDGE01'));

    const json = await cliJson(dir);
    expect(json.fleet).toEqual(JSON.parse(JSON.stringify(fleet)));
    expect(JSON.parse(await run('json'))).toEqual(json);

    // In the SIEM outputs, each incident across computers is one alert naming them all.
    type Doc = { event: { action: string }; rule: { id: string }; related: { hosts: string[] }; threat?: unknown };
    const ecs = (await run('ecs'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Doc)
      .filter((d) => d.event.action === 'rdp-fleet-incident');
    expect(ecs.map((d) => [d.rule.id, d.related.hosts.length, d.threat !== undefined]).sort()).toEqual([
      [licensingServerUnavailable.id, 3, false],
      ['password-guessing', 4, true],
      ['scanning', 4, true],
      [tlsProtocolMismatch.id, 4, false],
    ]);
    const hec = (await run('splunk-hec'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: { dest: unknown } });
    expect(hec.filter((e) => Array.isArray(e.event.dest))).toHaveLength(4);
  });
});

describe('one set of numbers (issue 66)', () => {
  it('counts unknown apart from in progress, and a short and a full name as one computer, in every format', async () => {
    const d = tempDir('rdpdiag-fleet-names-');
    for (const n of [1, 2, 3]) copyOnto(d, 'samples/scanner-noise', 'EDGE01', `EDGE0${n}`, 0);
    // One session host: its RCM log names it short (before it joined the domain), its later logs by full name;
    // each logs a connection accepted with no log given that shows its end (outcome unknown).
    const accepted = (computer: string, time: string, record: number) =>
      `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager'/><EventID>261</EventID><TimeCreated SystemTime='${time}'/><EventRecordID>${record}</EventRecordID><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>${computer}</Computer></System><UserData><EventXML xmlns='Event_NS'><listenerName>RDP-Tcp</listenerName></EventXML></UserData></Event>`;
    writeTemp(d, 'short-rcm.xml', `<Events>${accepted('RDSH09', '2024-05-06T08:00:00.0000000Z', 1)}</Events>`);
    writeTemp(
      d,
      'full-rcm.xml',
      `<Events>${accepted('RDSH09.corp.example.test', '2024-05-06T09:00:00.0000000Z', 2)}</Events>`,
    );
    const { model } = analyzeTimeline(await buildTimeline([d], readingForAnalysis()));
    const rdsh = model.analysis.attempts.filter((a) => /^rdsh09/i.test(a.computer));
    expect(rdsh.map((a) => a.outcome)).toEqual(['unknown', 'unknown']);
    expect(model.computers.filter((c) => /^rdsh09/i.test(c))).toHaveLength(1);
    const f = model.fleet;
    expect(f?.computersInLogs).toBe(model.computers.length);
    const row = f?.computers.find((r) => /^rdsh09/i.test(r.computer));
    expect(row).toMatchObject({ attempts: 2, succeeded: 0, failed: 0, inProgress: 0, unknown: 2 });
    expect(f?.computers.filter((r) => /^rdsh09/i.test(r.computer))).toHaveLength(1);
    for (const r of f?.computers ?? []) expect(r.succeeded + r.failed + r.inProgress + r.unknown).toBe(r.attempts);
    // The headline's computers are the fleet's.
    expect(model.hosts.map((h) => h.computer).sort()).toEqual((f?.computers ?? []).map((r) => r.computer).sort());

    const run = (format: string) => reportOf(format, model);
    const heading = `Fleet: ${f?.computers.length} computers with something to report`;
    expect(await run('table')).toContain(heading);
    const markdown = await run('markdown');
    expect(markdown).toContain('| Computer | Attempts | Succeeded | Failed | Unknown | Incidents |');
    expect(markdown).toMatch(/\| RDSH09[^|]* \| 2 \| 0 \| 0 \| 2 \| 0 \|/);
    const html = await run('html');
    expect(html).toContain('<th>Failed</th><th>Unknown</th>');
    const json = await cliJson(d);
    expect(JSON.parse(await run('json'))).toEqual(json);
    expect(json.fleet.computersInLogs).toBe(model.computers.length);
    expect(json.fleet.computers.find((r) => /^rdsh09/i.test(r.computer))?.unknown).toBe(2);
  });
});
