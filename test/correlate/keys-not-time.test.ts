/**
 * Issue 48, item 2 ("a connection's identity, never proximity alone") and item 4 ("unknown with its reason where
 * nothing decides"): what keeps two connections apart, or joins two sides of one, is a key both carry (an ActivityID,
 * a name, NLA once per connection), never time alone; and a record-id hole right after an attempt is no silence.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTestEvents } from '../helpers/pipeline.js';
import type { TestEvent } from '../helpers/xml-events.js';

const HOST = 'RDSH48.corp.example.test';
const CLIENT = 'WS-KEYS.corp.example.test';
const T0 = Date.parse('2024-06-01T09:00:00Z');
const at = (s: number) => new Date(T0 + s * 1000).toISOString();

const core = (
  id: number,
  s: number,
  record: number,
  activity: string,
  data: Record<string, string> = {},
): TestEvent => ({
  id,
  time: at(s),
  record,
  computer: HOST,
  activity,
  eventData: data,
});
const rcm = (id: number, s: number, record: number, activity: string, data: Record<string, string>): TestEvent => ({
  id,
  time: at(s),
  record,
  computer: HOST,
  activity,
  channel: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
  provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
  userData: data,
});
const lsm = (id: number, s: number, record: number, activity: string, data: Record<string, string>): TestEvent => ({
  id,
  time: at(s),
  record,
  computer: HOST,
  activity,
  channel: 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
  provider: 'Microsoft-Windows-TerminalServices-LocalSessionManager',
  userData: data,
});
const client = (id: number, s: number, record: number, data: Record<string, string> = {}): TestEvent => ({
  id,
  time: at(s),
  record,
  computer: CLIENT,
  activity: '{5E68B7CA-0000-0000-0000-00000000C11E}',
  channel: 'Microsoft-Windows-TerminalServices-RDPClient/Operational',
  provider: 'Microsoft-Windows-TerminalServices-ClientActiveXCore',
  eventData: data,
});

const A = '{F4200001-0000-0000-0000-000000000000}';
const B = '{F4200002-0000-0000-0000-000000000000}';
const ADDRESS = '198.51.100.48';

describe('connections told apart by their keys, not by time', () => {
  it("keeps a second connection from one client apart by RCM's ActivityID, without RdpCoreTS", () => {
    const events = [
      rcm(261, 0, 1, A, { listenerName: 'RDP-Tcp' }),
      rcm(1149, 1, 2, A, { Param1: 'pia', Param2: 'CORP', Param3: ADDRESS }),
      lsm(21, 2, 1, A, { User: 'CORP\\pia', SessionID: '2', Address: ADDRESS }),
      // 20 s later, the same client again: another connection (its own ActivityID), not more of the first.
      rcm(261, 20, 3, B, { listenerName: 'RDP-Tcp' }),
      rcm(1149, 21, 4, B, { Param1: 'pia', Param2: 'CORP', Param3: ADDRESS }),
    ];
    const attempts = analyzeTestEvents(events).attempts;
    expect(attempts.map((a) => a.start)).toEqual([`${at(0).slice(0, 19)}.0000000Z`, `${at(20).slice(0, 19)}.0000000Z`]);
    expect(attempts[0].outcome).toBe('succeeded');
    // Near miss: under one ActivityID the events are one connection's.
    const one = events.map((e) => ({ ...e, activity: A })).filter((e) => !(e.id === 261 && e.record === 3));
    expect(analyzeTestEvents(one).attempts).toHaveLength(1);
  });

  it('does not join a client that typed an address to the only server by time alone', () => {
    const events = [
      client(1024, 0, 10, { Name: 'Server Name', Value: '192.0.2.60' }),
      client(1026, 1, 11, { Name: 'Disconnect Reason', Value: '3590' }),
      core(131, 0.03, 1, A, { ConnType: 'TCP', ClientIP: `${ADDRESS}:50000` }),
      core(103, 0.9, 2, A, { ReasonCode: '14' }),
    ];
    const attempts = analyzeTestEvents(events).attempts;
    // No key names the server the client reached (the server's logs give no address of their own, no client name).
    expect(attempts.map((a) => a.side).sort()).toEqual(['client', 'server']);
    // Near miss: typed as the server's name, the client's view joins the server's.
    const named = events.map((e) =>
      e.id === 1024 ? { ...e, eventData: { Name: 'Server Name', Value: 'RDSH48' } } : e,
    );
    expect(analyzeTestEvents(named).attempts.map((a) => a.side)).toEqual(['both']);
  });
});

describe('a record-id hole is no silence', () => {
  it("leaves an attempt unknown, with its reason, when its log's records are missing right after its last one", () => {
    const opened = [core(131, 0, 1, A, { ConnType: 'TCP', ClientIP: `${ADDRESS}:50000` }), core(65, 0.1, 2, A)];
    // RdpCoreTS goes on (another connection, minutes later), but records 3–9, which could hold this one's end, are missing.
    const later = core(131, 600, 10, B, { ConnType: 'TCP', ClientIP: '198.51.100.49:50100' });
    const [a] = analyzeTestEvents([...opened, later]).attempts;
    expect(a.outcome).toBe('unknown');
    expect(a.outcomeReason).toMatch(/RdpCoreTS records 3–9 are missing from the log given/);
    // Near miss: no record missing, so RdpCoreTS's silence about its end is real: failed.
    const kept = analyzeTestEvents([...opened, { ...later, record: 3 }]).attempts;
    expect(kept[0].outcome).toBe('failed');
  });
});
