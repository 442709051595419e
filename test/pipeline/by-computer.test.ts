// `analyze` one computer at a time (src/pipeline/by-computer.ts) gives the report of the whole run on a
// generated fleet export (grouped by computer as `pull elastic` sorts it); where something reaches across
// computers (a client's log, an RD Gateway's, a broker's leg that led on, an unsorted export) the run is read
// again and analyzed whole. Real exports and samples: by-computer-real.test.ts.
import { describe, expect, it } from 'vitest';
import { readTimeline } from '../../src/ingest/timeline.js';
import { CLIENT, GATEWAY, LSM, RCM, RDPCORE as CORE, SECURITY as SEC } from '../../src/model/providers.js';
import { type InputToOpen, memoryInput } from '../../src/model/source.js';
import {
  analyzeTimeline,
  PER_COMPUTER_FROM_BYTES,
  type ReportChoices,
  readForAnalysis,
  readingForAnalysis,
} from '../../src/pipeline/analysis-report.js';
import { ComputerPasses } from '../../src/pipeline/by-computer.js';
import { KEY_EVENTS } from '../../src/report/siem.js';
import { bothWays, renderedReport } from '../helpers/by-computer.js';
import { winlogbeatHit } from '../helpers/winlogbeat.js';

const CLIENT_CHANNEL = 'Microsoft-Windows-TerminalServices-RDPClient/Operational';

interface Line {
  ms: number;
  text: string;
}

/** Winlogbeat 8 hits of one computer, its record ids per channel counting up. */
function computer(name: string) {
  const records = new Map<string, number>();
  const lines: Line[] = [];
  const hit = (
    ms: number,
    provider: string,
    channel: string,
    id: number,
    data: Record<string, string>,
    activity?: string,
  ) => {
    const record = (records.get(channel) ?? 1000) + 1;
    records.set(channel, record);
    lines.push({
      ms,
      text: winlogbeatHit({
        index: '.ds-winlogbeat-8.11.0',
        id: `${name}-${channel}-${record}`,
        ms,
        computer: name,
        provider,
        channel,
        eventId: id,
        recordId: record,
        data,
        userData: provider === RCM || provider === LSM || provider === GATEWAY,
        ...(activity ? { activity } : {}),
      }),
    });
  };
  return { lines, hit };
}

const op = (p: string) => `${p}/Operational`;
const T0 = Date.UTC(2024, 4, 10, 8, 0, 0);

/**
 * A session host's day: sessions from shared client addresses, a wrong password, a spray from one source;
 * with `brokerLegAt`, a Connection Broker's leg then (the client authenticates and leaves without a session).
 */
function sessionHost(c: number, brokerLegAt?: number): Line[] {
  const name = `RDSH0${c}.corp.example.test`;
  const { lines, hit } = computer(name);
  let ms = T0 + c * 1_000;
  let conn = 0;
  const session = (client: string, user: string, fails: boolean) => {
    const act = `{f4200000-0000-4000-8000-${String(c).padStart(4, '0')}${String(++conn).padStart(8, '0')}}`;
    const port = String(50000 + conn);
    hit((ms += 60_000), RCM, op(RCM), 261, { listenerName: 'RDP-Tcp' }, act);
    hit((ms += 40), CORE, op(CORE), 131, { ConnType: 'TCP', ClientIP: `${client}:${port}` }, act);
    if (fails) {
      hit((ms += 900), SEC, 'Security', 4625, {
        TargetUserName: user,
        TargetDomainName: 'CORP',
        LogonType: '3',
        IpAddress: client,
        IpPort: port,
        Status: '0xc000006d',
        SubStatus: '0xc000006a',
        WorkstationName: 'WS-7',
      });
      hit((ms += 20), CORE, op(CORE), 102, { ClientIP: `${client}:${port}` }, act);
      return;
    }
    hit((ms += 10), CORE, op(CORE), 65, { ConnectionName: `RDP-Tcp#${conn}` }, act);
    hit((ms += 800), SEC, 'Security', 4624, {
      TargetUserName: user,
      TargetDomainName: 'CORP',
      LogonType: '3',
      IpAddress: client,
      IpPort: port,
      TargetLogonId: `0x${(0x10000 + conn).toString(16)}`,
      WorkstationName: 'WS-7',
    });
    hit((ms += 50), RCM, op(RCM), 1149, { Param1: user, Param2: 'CORP', Param3: client }, act);
    hit((ms += 200), CORE, op(CORE), 66, { ConnectionName: `RDP-Tcp#${conn}`, SessionId: String(conn + 1) }, act);
    hit((ms += 400), LSM, op(LSM), 21, { User: `CORP\\${user}`, SessionID: String(conn + 1), Address: client }, act);
    hit((ms += 300), LSM, op(LSM), 22, { User: `CORP\\${user}`, SessionID: String(conn + 1), Address: client }, act);
    // File-share logons between sessions: Security's everyday noise, of no connection.
    for (let k = 0; k < 3; k++)
      hit((ms += 1500), SEC, 'Security', 4624, {
        TargetUserName: `svc${k}`,
        TargetDomainName: 'CORP',
        LogonType: '3',
        IpAddress: `198.51.100.${k + 1}`,
        IpPort: '0',
        TargetLogonId: `0x${(0x900000 + k * 7 + conn).toString(16)}`,
      });
  };
  // The same client addresses on every host; alice's wrong password on host 2.
  session('192.0.2.10', 'alice', false);
  session('192.0.2.11', 'bob', c === 2);
  // One source guessing passwords on every computer, seconds apart.
  ms = T0 + 3_600_000 + c * 5_000;
  for (let k = 0; k < 6; k++) session('203.0.113.66', `admin${k % 3}`, true);
  session('192.0.2.10', 'alice', false);
  // A BlueKeep scanner opening MS_T120 in its handshake, on the odd hosts: a finding the fleet pass makes from an
  // attempt's fourth event.
  if (c % 2) {
    const act = `{f4400000-0000-4000-8000-${String(c).padStart(12, '0')}}`;
    hit((ms += 60_000), RCM, op(RCM), 261, { listenerName: 'RDP-Tcp' }, act);
    hit((ms += 40), CORE, op(CORE), 131, { ConnType: 'TCP', ClientIP: '203.0.113.99:41000' }, act);
    hit((ms += 10), CORE, op(CORE), 65, { ConnectionName: 'RDP-Tcp#95' }, act);
    hit((ms += 10), CORE, op(CORE), 141, { ConnectionName: 'RDP-Tcp#95' }, act);
    hit((ms += 10), CORE, op(CORE), 148, { ChannelName: 'MS_T120', ChannelId: '31' }, act);
    hit((ms += 20), CORE, op(CORE), 102, { ClientIP: '203.0.113.99:41000' }, act);
  }
  if (brokerLegAt !== undefined) {
    const act = `{f4300000-0000-4000-8000-${String(c).padStart(12, '0')}}`;
    const client = '192.0.2.51';
    hit(brokerLegAt, CORE, op(CORE), 131, { ConnType: 'TCP', ClientIP: `${client}:50100` }, act);
    hit(brokerLegAt + 10, CORE, op(CORE), 65, { ConnectionName: 'RDP-Tcp#90' }, act);
    hit(brokerLegAt + 300, RCM, op(RCM), 1149, { Param1: 'carol', Param2: 'CORP', Param3: client }, act);
    hit(brokerLegAt + 601, CORE, op(CORE), 102, { ClientIP: `${client}:50100` }, act);
    hit(brokerLegAt + 610, CORE, op(CORE), 103, { ReasonCode: '13' }, act);
  }
  return lines;
}

/** A workstation whose RDPClient log shows a connection to RDSH02 (joined to that server's attempt). */
function clientComputer(): Line[] {
  const { lines, hit } = computer('WS-ERIK.corp.example.test');
  const act = '{6d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d0101}';
  const ms = T0 + 2_000 + 60_000 - 500;
  hit(ms, CLIENT, CLIENT_CHANNEL, 1024, { Name: 'Server Name', Value: 'RDSH02.corp.example.test' }, act);
  hit(ms + 3000, CLIENT, CLIENT_CHANNEL, 1027, { Name: 'Domain', Value: 'CORP' }, act);
  return lines;
}

/** An RD Gateway that carried alice's first connection to RDSH03. */
function gateway(): Line[] {
  const { lines, hit } = computer('RDGW01.corp.example.test');
  hit(T0 + 3_000 + 60_000 - 300, GATEWAY, op(GATEWAY), 302, {
    Username: 'CORP\\alice',
    IpAddress: '203.0.113.77',
    AuthType: '',
    Resource: 'RDSH03.corp.example.test',
    ConnectionProtocol: 'HTTP',
    ErrorCode: '0',
  });
  return lines;
}

function ndjson(groups: Line[][], interleaved = false): InputToOpen[] {
  const lines = interleaved ? groups.flat().sort((x, y) => x.ms - y.ms) : groups.flat();
  const content = new TextEncoder().encode(`${lines.map((l) => l.text).join('\n')}\n`);
  return [{ name: 'fleet.ndjson', open: async () => memoryInput('fleet.ndjson', content) }];
}

/** Four session hosts: two with the scanner (the odd ones), host 2 the client's and host 3 the gateway's. */
const HOSTS = [1, 2, 3, 4];
const hosts = () => HOSTS.map((c) => sessionHost(c));

describe('analyze one computer at a time', () => {
  it('gives the whole run’s report on a fleet grouped by computer, attacks across computers included', async () => {
    const inputs = ndjson(hosts());
    const r = await bothWays((o) => readTimeline(inputs, o));
    expect(r.crossing).toBeUndefined();
    // Nothing held in the timeline: every computer was analyzed and let go as it ended.
    expect(r.timeline.events).toHaveLength(0);
    expect(r.split).toBe(r.whole);
    expect(r.chosen).toBe(r.whole);
    // JSON, CSV, ECS and HEC from passes that kept of each attempt only the events those reports and the fleet read.
    expect(r.lean?.split).toBe(r.lean?.whole);
    const report = JSON.parse(r.whole.slice(0, r.whole.indexOf('\n# ')).trim() || '{}');
    expect(report.attempts.length).toBeGreaterThan(HOSTS.length * 8);
    expect(report.attempts.map((a: { id: string }) => a.id).slice(0, 3)).toEqual(['A001', 'A002', 'A003']);
    // The spray from one source on every host is one finding across computers; alice's wrong password a cause.
    expect(JSON.stringify(report.findings)).toContain('203.0.113.66');
    expect(report.findings.filter((f: { id: string }) => f.id === 'ms-t120-probe')).toHaveLength(
      HOSTS.filter((c) => c % 2).length,
    );
    expect(report.fleet.computers).toHaveLength(HOSTS.length);
    expect(report.incidents.length).toBeGreaterThan(0);
  });

  it('gives the same with --failed-only and a view of one computer', async () => {
    const inputs = ndjson(hosts());
    const r = await bothWays((o) => readTimeline(inputs, o), {
      failedOnly: true,
      view: { computers: ['rdsh02.corp.example.test'] },
    });
    expect(r.crossing).toBeUndefined();
    expect(r.split).toBe(r.whole);
    expect(r.lean?.split).toBe(r.lean?.whole);
  });

  it('keeps of each attempt only the events the report names and the fleet pass reads, when the report names few', async () => {
    const inputs = ndjson(hosts());
    const kept = async (eventsShown?: number, failedWhole?: boolean) => {
      const passes = new ComputerPasses({
        ...(eventsShown === undefined ? {} : { eventsShown }),
        ...(failedWhole ? { failedWhole } : {}),
      });
      await readTimeline(inputs, { ...readingForAnalysis(), byComputer: passes.reading });
      passes.finish();
      const attempts = passes.parts.flatMap((p) => p.attempts);
      return { attempts, events: attempts.reduce((n, a) => n + a.events.length + a.probeEvents.length, 0) };
    };
    const all = await kept();
    const none = await kept(0);
    const few = await kept(KEY_EVENTS);
    expect(none.events).toBeLessThan(all.events / 2);
    expect(few.events).toBeGreaterThan(none.events);
    expect(few.events).toBeLessThan(all.events);
    // Each attempt keeps its first events and its logons, in their order.
    all.attempts.forEach((a, i) => {
      const b = few.attempts[i];
      expect(b.events.slice(0, KEY_EVENTS)).toEqual(a.events.slice(0, KEY_EVENTS));
      expect(b.events.filter((e) => e.eventId === 1149)).toEqual(a.events.filter((e) => e.eventId === 1149));
      expect(none.attempts[i].events[0]).toEqual(a.events[0]);
    });
    // Markdown's: every event of a failed attempt, of the others what the fleet pass reads.
    const failedWhole = await kept(0, true);
    const failed = all.attempts.filter((a) => a.outcome === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    all.attempts.forEach((a, i) => {
      expect(failedWhole.attempts[i].events).toEqual(a.outcome === 'failed' ? a.events : none.attempts[i].events);
    });
    expect(failedWhole.events).toBeLessThan(all.events);
    expect(failedWhole.events).toBeGreaterThan(none.events);
  });

  it('analyzes whole what cannot be read twice, small inputs, and with --explain or --redact', async () => {
    const inputs = ndjson(hosts());
    const read = (choices: ReportChoices, bytes: number | undefined) =>
      readForAnalysis((o) => readTimeline(inputs, o), choices, bytes);
    expect((await read({}, PER_COMPUTER_FROM_BYTES)).timeline.events).toHaveLength(0);
    const whole: [ReportChoices, number | undefined][] = [
      [{}, undefined],
      [{}, PER_COMPUTER_FROM_BYTES - 1],
      [{ redact: true }, PER_COMPUTER_FROM_BYTES],
      [{ explain: ['A001'] }, PER_COMPUTER_FROM_BYTES],
    ];
    for (const [choices, bytes] of whole)
      expect((await read(choices, bytes)).timeline.events.length).toBeGreaterThan(0);
  });

  it('reads the whole again when a client’s log joins a server across computers', async () => {
    const inputs = ndjson([...hosts(), clientComputer()]);
    const r = await bothWays((o) => readTimeline(inputs, o));
    expect(r.crossing).toMatch(/client/);
    expect(r.chosen).toBe(r.whole);
    expect(r.whole).toContain('WS-ERIK');
  });

  it('analyzes the events held whole when the passes end early, and reads again only past them', async () => {
    const inputs = ndjson([...hosts(), clientComputer()]);
    const whole = await renderedReport(analyzeTimeline(await readTimeline(inputs, readingForAnalysis())));
    for (const [held, reads] of [
      [undefined, 1],
      [50, 2],
    ] as const) {
      let count = 0;
      const chosen = await readForAnalysis(
        (o) => {
          count++;
          return readTimeline(inputs, o);
        },
        {},
        Number.POSITIVE_INFINITY,
        held,
      );
      expect(count, `held ${held}`).toBe(reads);
      expect(await renderedReport(chosen.analyze()), `held ${held}`).toBe(whole);
    }
  });

  it('keeps to one computer at a time past a broker’s leg that led nowhere, and reads the whole when it led on', async () => {
    const LEG = T0 + 2 * 3_600_000;
    // Host 1's leg, its client on no other computer: nothing to fold, the passes hold.
    const alone = ndjson([sessionHost(1, LEG), ...[2, 3, 4].map((c) => sessionHost(c))]);
    // Whether the passes hold, not the lean reports (the first two tests): those passes not made.
    const r = await bothWays((o) => readTimeline(alone, o), {}, { lean: false });
    expect(r.crossing).toBeUndefined();
    expect(r.split).toBe(r.whole);
    // The same client on host 2 five seconds later: correlate folds the leg into that attempt (redirectedFrom).
    const [, b, ...rest] = [1, 2, 3, 4].map((c) => sessionHost(c));
    const { lines, hit } = computer('RDSH02.corp.example.test');
    const act = '{f4400000-0000-4000-8000-000000000001}';
    hit(LEG + 5_000, CORE, op(CORE), 131, { ConnType: 'TCP', ClientIP: '192.0.2.51:50101' }, act);
    hit(LEG + 5_010, CORE, op(CORE), 65, { ConnectionName: 'RDP-Tcp#91' }, act);
    hit(LEG + 5_300, RCM, op(RCM), 1149, { Param1: 'carol', Param2: 'CORP', Param3: '192.0.2.51' }, act);
    hit(LEG + 5_500, CORE, op(CORE), 66, { ConnectionName: 'RDP-Tcp#91', SessionId: '9' }, act);
    const host2 = [
      ...b!,
      ...lines.map((l) => ({ ...l, text: l.text.replaceAll('"record_id":100', '"record_id":900') })),
    ];
    const led = ndjson([sessionHost(1, LEG), host2, ...rest]);
    const s2 = await bothWays((o) => readTimeline(led, o));
    expect(s2.crossing).toMatch(/Broker/);
    expect(s2.chosen).toBe(s2.whole);
    expect(s2.whole).toContain('"redirectedFrom"');
  });

  it('reads the whole again when an RD Gateway’s log names a session host', async () => {
    const inputs = ndjson([gateway(), ...hosts()]);
    const r = await bothWays((o) => readTimeline(inputs, o));
    expect(r.crossing).toMatch(/302/);
    expect(r.chosen).toBe(r.whole);
    expect(r.whole).toContain('RDGW01');
  });

  it('reads the whole again when the export is not grouped by computer', async () => {
    const interleaved = ndjson(hosts(), true);
    const r = await bothWays((o) => readTimeline(interleaved, o));
    expect(r.crossing).toBeDefined();
    expect(r.chosen).toBe(r.whole);
    // Grouped but for one late record of the first computer.
    const [first, ...rest] = hosts();
    const late = ndjson([first!.slice(0, -1), ...rest, first!.slice(-1)]);
    const s = await bothWays((o) => readTimeline(late, o));
    expect(s.crossing).toMatch(/RDSH01.* come back/i);
    expect(s.chosen).toBe(s.whole);
  });
});
