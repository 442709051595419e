/** How an attempt's outcome is decided from what the logs show (and do not show). */
import { describe, expect, it } from 'vitest';
import { analyzeXml } from '../helpers/pipeline.js';
import { wevtutilStream, type TestEvent } from '../helpers/xml-events.js';

const HOST = 'SRV9.corp.example.test';
const ACT = '{F4209999-0000-0000-0000-000000000000}';
const core = (id: number, time: string, record: number, data: Record<string, string> = {}): TestEvent => ({
  id,
  time,
  record,
  computer: HOST,
  activity: ACT,
  eventData: data,
});
const rcm = (id: number, time: string, record: number, data: Record<string, string>): TestEvent => ({
  id,
  time,
  record,
  computer: HOST,
  channel: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
  provider: 'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
  userData: data,
});
const outcomes = (events: TestEvent[]) =>
  analyzeXml(wevtutilStream(events)).attempts.map((a) => `${a.outcome}${a.causes[0] ? ` ${a.causes[0].id}` : ''}`);

describe('attempt outcome', () => {
  it('is in progress when the log stops mid-attempt with nothing wrong in sight', () => {
    expect(
      outcomes([
        core(131, '2024-06-01T09:00:00Z', 1, { ConnType: 'TCP', ClientIP: '192.0.2.9:50000' }),
        core(65, '2024-06-01T09:00:00.1Z', 2, { ConnectionName: 'RDP-Tcp#3' }),
      ]),
    ).toEqual(['in-progress']);
  });

  it('is failed when the log stops mid-attempt but another log already shows the failure', () => {
    expect(
      outcomes([
        rcm(261, '2024-06-01T09:00:00Z', 1, { listenerName: 'RDP-Tcp' }),
        {
          id: 36870,
          time: '2024-06-01T09:00:00.2Z',
          record: 7,
          computer: HOST,
          channel: 'System',
          provider: 'Schannel',
          eventData: { Type: 'server', ErrorCode: '0x8009030d', ErrorStatus: '10001' },
        },
      ]),
    ).toEqual(['failed tls-certificate']);
  });

  it('is failed when the connection closed before a session, even without a known cause', () => {
    const got = outcomes([
      core(131, '2024-06-01T09:00:00Z', 1, { ConnType: 'TCP', ClientIP: '192.0.2.9:50000' }),
      core(102, '2024-06-01T09:00:30Z', 2),
      core(103, '2024-06-01T09:00:30.1Z', 3, { ReasonCode: '7' }),
    ]);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^failed/);
  });

  it('is succeeded once graphics reached the client (66, 68, 168), and failed when the server refused after 66', () => {
    const start = [
      core(131, '2024-06-01T09:00:00Z', 1, { ConnType: 'TCP', ClientIP: '192.0.2.9:50000' }),
      core(66, '2024-06-01T09:00:01Z', 2, { ConnectionName: 'RDP-Tcp#3', SessionID: '4' }),
    ];
    expect(
      outcomes([
        ...start,
        core(168, '2024-06-01T09:00:02Z', 3, { MonitorNum: '0' }),
        core(102, '2024-06-01T10:00:00Z', 4),
      ]),
    ).toEqual(['succeeded']);
    expect(
      outcomes([
        ...start,
        core(72, '2024-06-01T09:00:02Z', 3, { MethodName: 'SetErrorInfo(0x7)' }),
        core(102, '2024-06-01T09:00:02.1Z', 4),
      ]),
    ).toEqual(['failed server-denied']);
  });

  it('counts network authentication as success when the inputs cannot show sessions (an RCM-only export)', () => {
    expect(
      outcomes([
        rcm(1149, '2024-06-01T09:00:00Z', 1, { Param1: 'zoe', Param2: 'CORP', Param3: '192.0.2.9' }),
        rcm(261, '2024-06-01T12:00:00Z', 2, { listenerName: 'RDP-Tcp' }),
      ])[0],
    ).toBe('succeeded');
  });
});
