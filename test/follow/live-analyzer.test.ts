import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { LiveAnalyzer } from '../../src/follow/live-analyzer.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { ROOT } from '../helpers/cli.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { wevtutilStream, type TestEvent } from '../helpers/xml-events.js';
import { badPassword, verdict } from './helpers.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';

describe('LiveAnalyzer gives the correlator the end of the log, not invented events', () => {
  const rcmOnly = (events: TestEvent[]) =>
    eventsFromXml(
      wevtutilStream(
        events.map((e) => ({
          ...e,
          channel: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
          provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
        })),
      ),
    );
  const lone1149 = rcmOnly([
    {
      id: 1149,
      time: '2024-06-01T09:00:00.0000000Z',
      record: 1,
      userData: { Param1: 'zoe', Param2: 'CORP', Param3: '192.0.2.9' },
    },
  ]);

  it('a lone RCM 1149 (an RCM-only export) is unknown offline (NLA passed is no logon), event by event and read at once', () => {
    expect(analyzeEvents(lone1149).attempts.map(verdict)).toEqual([
      '2024-06-01T09:00:00.0000000Z|RDSH01.corp.example.test|192.0.2.9 unknown -',
    ]);
    const [e] = lone1149;
    const byEvent = new LiveAnalyzer();
    byEvent.add([e], e.timeMs);
    const got = [...byEvent.run(e.timeMs).attempts];
    for (const t of [5_000, 31_000, 120_000]) got.push(...byEvent.run(e.timeMs + t).attempts);
    expect(got.map(verdict)).toEqual(analyzeEvents(lone1149).attempts.map(verdict));

    const backlog = new LiveAnalyzer();
    backlog.add(lone1149, 0);
    expect([...backlog.run(0).attempts, ...backlog.run(120_000).attempts].map(verdict)).toEqual(
      analyzeEvents(lone1149).attempts.map(verdict),
    );
  });
});

describe('LiveAnalyzer timing', () => {
  it('reports an attempt with no ending only after --settle of silence, as failed, and only once', () => {
    const events = eventsFromXml(wevtutilStream(badPassword(1, Date.UTC(2024, 4, 2, 9), 100).slice(0, 2)));
    const live = new LiveAnalyzer({ settleMs: 30_000 });
    const t0 = 5_000_000;
    live.add(events, t0);
    expect(live.run(t0).attempts).toEqual([]);
    expect(live.openAttempts()).toHaveLength(1);
    expect(live.nextDeadline()).toBeGreaterThan(t0 + 29_000);
    expect(live.run(t0 + 29_000).attempts).toEqual([]);
    const decided = live.run(t0 + 31_000).attempts;
    expect(decided.map((a) => a.outcome)).toEqual(['failed']);
    expect(decided[0].causes.length).toBeGreaterThan(0);
    // The closing event arriving late is not news.
    live.add(eventsFromXml(wevtutilStream(badPassword(1, Date.UTC(2024, 4, 2, 9), 100).slice(4))), t0 + 40_000);
    expect(live.run(t0 + 40_000).attempts).toEqual([]);
    expect(live.run(t0 + 200_000).attempts).toEqual([]);
    expect(live.stats).toMatchObject({ reported: 1, failed: 1, open: 0 });
  });

  it('reports a failure that visibly ended within a moment, with its cause', () => {
    const events = eventsFromXml(wevtutilStream(badPassword(7, Date.UTC(2024, 4, 2, 9), 100)));
    const live = new LiveAnalyzer();
    const t0 = 1_000_000;
    live.add(events, t0);
    expect(live.run(t0).attempts).toEqual([]);
    const got = live.run(t0 + live.gatherMs).attempts;
    expect(got.map((a) => `${a.outcome} ${a.causes[0].id}`)).toEqual([`failed ${authBadCredentials.id}`]);
    expect(got[0].id).toBe('A001');
  });
});

describe('LiveAnalyzer and a channel read late', () => {
  it("a success's Security 4624 read a few polls after its other logs joins it: reported once, not as a second success", async () => {
    const { events: all } = await buildTimeline([join(ROOT, 'samples/auth-bad-credentials')]);
    const events = all.filter((e) => e.computer.startsWith('RDSH01'));
    const offline = analyzeEvents(events).attempts.map(verdict);
    // As `--follow` reads: a backlog, then the rest at once (an hour of events in one poll), every channel but
    // Security in one round and Security two rounds later (its query failed in between); a round's events go
    // on the clock at the next round.
    const live = new LiveAnalyzer({ settleMs: 1000 });
    const backlog = events.filter((e) => e.timestamp < '2024-05-10T08:03:40');
    const rest = events.filter((e) => e.timestamp >= '2024-05-10T08:03:40');
    let now = 1_000_000;
    live.add(backlog, now);
    const got = live.run(now).attempts.map(verdict);
    let unclocked: typeof events = [];
    for (let round = 0; round < 100; round++) {
      now += 50;
      const batch =
        round === 0
          ? rest.filter((e) => e.channel !== 'Security')
          : round === 2
            ? rest.filter((e) => e.channel === 'Security')
            : [];
      if (unclocked.length) live.clock(unclocked, now);
      unclocked = batch;
      if (batch.length) live.add(batch, now, { clock: false });
      if (live.due(now)) got.push(...live.run(now).attempts.map(verdict));
    }
    got.push(...live.run(now + 60_000).attempts.map(verdict));
    // Alice's one success (192.0.2.10, 08:03:46) once, and every other verdict as offline.
    expect(got).toEqual(offline);
  });
});

describe('LiveAnalyzer and an RD Gateway', () => {
  it("names the gateway's outside client as offline does, though the gateway's clock runs past the window first", () => {
    const GW = 'RDGW48.corp.example.test';
    const HOST = 'RDSH48.corp.example.test';
    const A = '{F4204830-0000-4000-8000-00000000000A}';
    const t = Date.parse('2025-03-03T09:00:00Z');
    const at = (s: number) => new Date(t + s * 1000).toISOString();
    const gw = (id: number, s: number, record: number): TestEvent => ({
      id,
      time: at(s),
      record,
      computer: GW,
      channel: 'Microsoft-Windows-TerminalServices-Gateway/Operational',
      provider: 'Microsoft-Windows-TerminalServices-Gateway',
      userData: {
        Username: 'CORP\\erik',
        IpAddress: '203.0.113.48',
        Resource: HOST,
        ErrorCode: '0',
        AuthType: 'NTLM',
        ConnectionProtocol: 'HTTP',
      },
    });
    const host = (id: number, s: number, record: number, data: Record<string, string>, channel?: string) => ({
      id,
      time: at(s),
      record,
      computer: HOST,
      activity: A,
      ...(channel ? { channel: `${channel}/Operational`, provider: channel, userData: data } : { eventData: data }),
    });
    const RCM = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager';
    const LSM = 'Microsoft-Windows-TerminalServices-LocalSessionManager';
    const events = eventsFromXml(
      wevtutilStream([
        gw(200, 0.5, 1),
        gw(300, 0.55, 2),
        gw(302, 0.6, 3),
        host(261, 0.65, 11, { listenerName: 'RDP-Tcp' }, RCM),
        host(131, 0.66, 21, { ConnType: 'TCP', ClientIP: '192.0.2.48:50412' }),
        host(1149, 1.3, 12, { Param1: 'erik', Param2: 'CORP', Param3: '192.0.2.48' }, RCM),
        host(66, 2, 22, { ConnectionName: 'RDP-Tcp#4', SessionID: '4' }),
        host(21, 2.9, 31, { User: 'CORP\\erik', SessionID: '4', Address: '192.0.2.48' }, LSM),
        // Ten minutes later the gateway logs another user first: its clock passes the window's horizon.
        { ...gw(200, 600, 4), userData: { ...gw(200, 600, 4).userData, Username: 'CORP\\nina' } },
        host(261, 600.5, 13, { listenerName: 'RDP-Tcp' }, RCM),
      ]),
    );
    const offline = analyzeEvents(events).attempts[0];
    expect([offline.client.address, offline.via?.gateway]).toEqual(['203.0.113.48', GW]);
    // Event by event, 50 ms of wall time apart: the success is decided only when the host's clock moves on.
    const live = new LiveAnalyzer();
    let now = 1_000_000;
    const got = [];
    for (const e of events) {
      live.add([e], now);
      got.push(...live.run(now).attempts);
      now += 50;
      got.push(...live.run(now).attempts);
    }
    const success = got.find((a) => a.outcome === 'succeeded');
    expect([success?.client.address, success?.via?.gateway]).toEqual(['203.0.113.48', GW]);
    expect(got.filter((a) => a.side === 'gateway')).toEqual([]);
  });
});
