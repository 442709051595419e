/**
 * Coverage as part of the answer (issue 23): how far each log reaches, and an attack that began before the
 * connection logs did is said with a lower bound counted in the other logs.
 */
import { describe, expect, it } from 'vitest';
import { LogReach } from '../../src/ingest/log-reach.js';
import { renderJson } from '../../src/report/json.js';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { eventOf, LSM, SECURITY, type TestEvent, wevtutilStream } from '../helpers/xml-events.js';

const HOST = 'DC07.corp.example.test';
const at = (base: string, seconds: number) => new Date(Date.parse(base) + seconds * 1000).toISOString();

/** The events as read from a log file (.evtx): only there is the oldest record the log's own. */
function fromLogFile(events: TestEvent[]): NormalizedEvent[] {
  return eventsFromXml(wevtutilStream(events)).map((e) => ({ ...e, source: { ...e.source, format: 'evtx' as const } }));
}

function reachOf(events: TestEvent[], asFile = true) {
  const reach = new LogReach();
  for (const e of asFile ? fromLogFile(events) : eventsFromXml(wevtutilStream(events))) reach.add(e);
  return reach.spans();
}

const lsm = (record: number, computer = HOST): TestEvent =>
  eventOf(LSM, 32, at('2024-05-01T10:00:00Z', record), record, computer, { userData: { SessionID: '1' } });

describe('log reach', () => {
  it('a log whose oldest record is not its first, with no holes after it, rolled over', () => {
    const [span] = reachOf([5000, 5001, 5002, 5003].map((r) => lsm(r)));
    expect(span).toMatchObject({
      firstRecordId: 5000,
      lastRecordId: 5003,
      rolledOver: true,
      filtered: false,
      gaps: [],
    });
  });

  it('near miss: an XML export starting at a high record id may be a query’s window: not said to have rolled over', () => {
    const [span] = reachOf(
      [5000, 5001, 5002].map((r) => lsm(r)),
      false,
    );
    expect(span.rolledOver).toBe(false);
  });

  it('a log from record 1 did not; a hole in the ids is listed with its size', () => {
    const [span] = reachOf([1, 2, 3, 7, 8].map((r) => lsm(r)));
    expect(span.rolledOver).toBe(false);
    expect(span.gaps).toEqual([{ after: 3, before: 7, missing: 3 }]);
  });

  it('near miss: a filtered export (a few records of a long range) is filtered, not rolled over', () => {
    const [span] = reachOf([100, 900, 4000].map((r) => lsm(r)));
    expect(span).toMatchObject({ filtered: true, rolledOver: false });
  });

  it('records arriving out of order (a wrapped file) still make one run', () => {
    const [span] = reachOf([10, 12, 11, 9].map((r) => lsm(r)));
    expect(span.gaps).toEqual([]);
    expect(span.firstRecordId).toBe(9);
  });

  it('ids in any order, repeated, joining runs from either side, give the holes of the ids read', () => {
    // A fixed shuffle (no randomness in tests): ids 1–60 without a few, each read once or twice.
    const ids = Array.from({ length: 60 }, (_, i) => i + 1).filter((r) => ![7, 8, 20, 41, 42, 43, 59].includes(r));
    const order = ids.map((_, i) => ids[(i * 17) % ids.length]).concat([5, 30, 60, 1]);
    const sorted = [...new Set(order)].sort((a, b) => a - b);
    const gaps = sorted
      .slice(1)
      .flatMap((r, i) => (r > sorted[i] + 1 ? [{ after: sorted[i], before: r, missing: r - sorted[i] - 1 }] : []));
    const [span] = reachOf(order.map((r) => lsm(r)));
    expect(span).toMatchObject({ firstRecordId: 1, lastRecordId: 60, gaps, moreGaps: 0 });
    expect(gaps.map((g) => g.missing)).toEqual([2, 1, 3, 1]);
  });

  it('a log with more holes than its runs keep counts the rest: its ends and the records missing stay exact', () => {
    // 600 records, every other id: 599 holes of one record each (a fleet's filtered Security log looks so).
    const ids = Array.from({ length: 600 }, (_, i) => 1 + 2 * i);
    const [span] = reachOf(ids.map((r) => lsm(r)));
    expect(span.firstRecordId).toBe(1);
    expect(span.lastRecordId).toBe(1199);
    expect(span.gaps.length + span.moreGaps).toBe(599);
    expect(span.gaps.reduce((n, g) => n + g.missing, 0)).toBe(span.gaps.length);
    expect(span.filtered).toBe(true);
    const reach = new LogReach();
    for (const e of fromLogFile(ids.map((r) => lsm(r)))) reach.add(e);
    const again = new LogReach();
    again.absorb(JSON.parse(JSON.stringify(reach.export())));
    expect(again.spans()).toEqual(reach.spans());
  });

  it('a computer renamed mid-log continues its log: the new name did not roll over', () => {
    const spans = reachOf([...[1, 2, 3].map((r) => lsm(r, 'WIN-OLDNAME')), ...[4, 5].map((r) => lsm(r))]);
    expect(spans.find((s) => s.computer === HOST)?.rolledOver).toBe(false);
  });

  it('a cleared Security log says when', () => {
    const [span] = reachOf([
      {
        id: 1102,
        time: '2024-05-01T09:00:00Z',
        record: 1,
        computer: HOST,
        channel: 'Security',
        provider: 'Microsoft-Windows-Eventlog',
        userData: { SubjectUserName: 'admin' },
      },
    ]);
    expect(span.cleared).toBe('2024-05-01T09:00:00.0000000Z');
  });
});

describe('an attack that began before the RDP logs', () => {
  const T = '2024-05-01T03:00:00Z';
  let record = 0;
  const schannel = (time: string): TestEvent => ({
    id: 36888,
    time,
    record: 100 + ++record,
    computer: HOST,
    channel: 'System',
    provider: 'Schannel',
    eventData: { AlertDesc: '40', ErrorState: '1205' },
  });
  const failure = (time: string, n: number): TestEvent[] => [
    {
      id: 131,
      time,
      record: 9000 + n * 2,
      computer: HOST,
      activity: `{F4200000-0000-0000-0000-${String(n).padStart(12, '0')}}`,
      eventData: { ConnType: 'TCP', ClientIP: `203.0.113.50:${40000 + n}` },
    },
    {
      id: 140,
      time: at(time, 0.2),
      record: 9000 + n * 2 + 1,
      computer: HOST,
      activity: `{F4200000-0000-0000-0000-${String(n).padStart(12, '0')}}`,
      eventData: { IPString: '203.0.113.50' },
    },
  ];

  it('says the RDP logs begin during the attack, and counts the earlier connections in Schannel as a lower bound', () => {
    // Schannel holds 30 failed handshakes in the minute before RdpCoreTS (rolled over: its oldest is #9002).
    const before = Array.from({ length: 30 }, (_, i) => schannel(at(T, i * 2)));
    const during = Array.from({ length: 12 }, (_, i) => failure(at(T, 60 + i), i + 1)).flat();
    const analysis = analyzeEvents(fromLogFile([...before, ...during]));
    const finding = analysis.findings.find((f) => f.id === 'password-guessing');
    expect(finding).toBeDefined();
    const bound = finding && 'burst' in finding ? (finding.burst as { lowerBound?: unknown }).lowerBound : undefined;
    expect(bound).toMatchObject({
      count: 30,
      from: ['System'],
      logsBegin: { channels: ['Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational'], how: 'rolled over' },
    });
    // Counted, never invented: the attempts stay those the logs show.
    expect(analysis.attempts).toHaveLength(12);
    const json = JSON.parse(renderJson(analysis, []));
    expect(json.incidents[0].lowerBound.count).toBe(30);
    const rdpcore = json.coverage.channels.find((c: { channel: string }) => c.channel.includes('RdpCoreTS'));
    expect(rdpcore).toMatchObject({ computer: HOST, firstRecordId: 9002, rolledOver: true });
  });

  it('near miss: an attack well after the oldest record of complete logs has no lower bound', () => {
    const during = Array.from({ length: 12 }, (_, i) => failure(at(T, 3600 + i), i + 1)).flat();
    const early: TestEvent = { ...failure(T, 99)[0], record: 1 };
    const analysis = analyzeEvents(fromLogFile([early, ...during]));
    const finding = analysis.findings.find((f) => f.id === 'password-guessing');
    expect(finding && 'burst' in finding ? (finding.burst as { lowerBound?: unknown }).lowerBound : 'none').toBe(
      undefined,
    );
  });
});

describe("each computer's roles, told by its own events as they are read", () => {
  const security = (id: number, computer: string, record: number): TestEvent =>
    eventOf(SECURITY, id, at('2024-05-01T10:00:00Z', record), record, computer, {
      eventData: { TargetUserName: 'alice' },
    });

  it("a KDC's 4768/4771 make a domain controller; a server's 4625 tells nothing; roles travel with the export", () => {
    const reach = new LogReach();
    for (const e of eventsFromXml(
      wevtutilStream([security(4768, 'DC01', 1), security(4771, 'DC01', 2), security(4625, 'RDSH01', 3), lsm(4)]),
    ))
      reach.add(e);
    expect(reach.computers()).toEqual([
      { computer: 'DC01', channels: ['Security'], roles: ['domain-controller'] },
      { computer: HOST, channels: ['Microsoft-Windows-TerminalServices-LocalSessionManager/Operational'], roles: [] },
      { computer: 'RDSH01', channels: ['Security'], roles: [] },
    ]);
    const merged = new LogReach();
    merged.absorb(reach.export());
    expect(merged.computers()).toEqual(reach.computers());
  });
});
