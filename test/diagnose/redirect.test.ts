/** Connection Broker legs: folded into the connection they led to, never failures of their own. */
import { describe, expect, it } from 'vitest';
import { analyzeTestEvents } from '../helpers/pipeline.js';
import type { TestEvent } from '../helpers/xml-events.js';

const BROKER = 'RDCB01.corp.example.test';
const HOST = 'RDSH11.corp.example.test';
const at = (base: string, ms: number) => new Date(Date.parse(base) + ms).toISOString().replace('Z', '0000Z');

const RCM_LOG = {
  channel: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
  provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
};
const LSM_LOG = {
  channel: 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
  provider: 'Microsoft-Windows-TerminalServices-LocalSessionManager',
};

/**
 * Events of one connection from `start`: `core(id, ms after start, record after the first, data)` for RdpCoreTS's,
 * `core.event(id, ms, record, rest)` for another log's.
 */
function coreOf(computer: string, start: string, activity: string, record: number) {
  const event = (id: number, ms: number, r: number, rest: Partial<TestEvent>): TestEvent => ({
    id,
    time: at(start, ms),
    record: record + r,
    computer,
    activity,
    ...rest,
  });
  return Object.assign(
    (id: number, ms: number, r: number, data: Record<string, string> = {}) => event(id, ms, r, { eventData: data }),
    { event },
  );
}

/** A broker leg: 131, 65, 1149, then the client disconnects (107, 102, 103 reason 13) ~0.6 s later. */
function leg(computer: string, start: string, activity: string, record: number, extra: TestEvent[] = []): TestEvent[] {
  const core = coreOf(computer, start, activity, record);
  return [
    core(131, 0, 0, { ConnType: 'TCP', ClientIP: '192.0.2.51:50100' }),
    core(65, 1, 1, { ConnectionName: 'RDP-Tcp#4' }),
    core.event(1149, 200, 2, { ...RCM_LOG, userData: { Param1: 'alice', Param2: 'CORP', Param3: '192.0.2.51' } }),
    ...extra,
    core(107, 600, 4),
    core(102, 601, 5),
    core(103, 610, 6, { ReasonCode: '13' }),
  ];
}

/** The session host leg: 131, 65, 98, 66, 168: a session. */
function session(computer: string, start: string, activity: string, record: number): TestEvent[] {
  const core = coreOf(computer, start, activity, record);
  return [
    core(131, 0, 0, { ConnType: 'TCP', ClientIP: '192.0.2.51:50101' }),
    core(65, 1, 1, { ConnectionName: 'RDP-Tcp#9' }),
    core(98, 250, 2),
    core(66, 300, 3, { ConnectionName: 'RDP-Tcp#9', SessionID: '3' }),
    core(168, 900, 4, { MonitorNum: '1' }),
    // The user's logon in the session: what makes it a success.
    core.event(21, 1200, 5, { ...LSM_LOG, userData: { User: 'CORP\\zoe', SessionID: '3', Address: '192.0.2.51' } }),
  ];
}

const LEG = '{F4200000-0000-0000-0000-0000000000A1}';
const SESSION = '{F4200000-0000-0000-0000-0000000000B2}';
const summary = (events: TestEvent[]) =>
  analyzeTestEvents(events).attempts.map(
    (a) =>
      `${a.computer.split('.')[0]} ${a.outcome}${a.redirectedFrom ? ` via ${a.redirectedFrom.computer.split('.')[0]}` : ''}`,
  );

describe('Connection Broker legs', () => {
  it('a leg followed within seconds by the same client on another computer is folded into that connection', () => {
    const got = summary([
      ...leg(BROKER, '2024-09-17T08:00:00Z', LEG, 100),
      ...session(HOST, '2024-09-17T08:00:01.1Z', SESSION, 200),
    ]);
    expect(got).toEqual(['RDSH11 succeeded via RDCB01']);
  });

  it('the connection it led to decides the outcome (a refusal on the session host fails it)', () => {
    const refused = session(HOST, '2024-09-17T08:00:01.1Z', SESSION, 200).slice(0, 3);
    refused.push(
      {
        ...refused[0],
        id: 72,
        record: 210,
        time: '2024-09-17T08:00:01.4000000Z',
        eventData: { MethodName: 'SetErrorInfo(0x7)' },
      },
      { ...refused[0], id: 102, record: 211, time: '2024-09-17T08:00:01.5000000Z', eventData: {} },
    );
    expect(summary([...leg(BROKER, '2024-09-17T08:00:00Z', LEG, 100), ...refused])).toEqual([
      'RDSH11 failed via RDCB01',
    ]);
  });

  it('is not a leg when the client shows up on the same computer, or only a minute later', () => {
    expect(
      summary([
        ...leg(HOST, '2024-09-17T08:00:00Z', LEG, 100),
        ...session(HOST, '2024-09-17T08:00:01.1Z', SESSION, 200),
      ]),
    ).toEqual(['RDSH11 unknown', 'RDSH11 succeeded']);
    expect(
      summary([
        ...leg(BROKER, '2024-09-17T08:00:00Z', LEG, 100),
        ...session(HOST, '2024-09-17T08:01:00Z', SESSION, 200),
      ]),
    ).toEqual(['RDCB01 unknown', 'RDSH11 succeeded']);
    // Not a leg, nor a failure: NLA passed, then the connection closed with nothing refused (issue 48).
  });

  it('is not a leg when the server refused it (error-info 7)', () => {
    const refusal: TestEvent = {
      id: 72,
      time: '2024-09-17T08:00:00.3000000Z',
      record: 103,
      computer: BROKER,
      activity: LEG,
      eventData: { MethodName: 'SetErrorInfo(0x7)' },
    };
    expect(
      summary([
        ...leg(BROKER, '2024-09-17T08:00:00Z', LEG, 100, [refusal]),
        ...session(HOST, '2024-09-17T08:00:01.1Z', SESSION, 200),
      ]),
    ).toEqual(['RDCB01 failed', 'RDSH11 succeeded']);
  });
});
