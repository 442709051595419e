/** What carried a connection (`connection`): TCP, a Hyper-V enhanced session over VMBus, or unknown. */
import { describe, expect, it } from 'vitest';
import { correlateTest } from '../helpers/pipeline.js';
import { CORE, eventMaker, RCM, SECURITY, type TestEvent } from '../helpers/xml-events.js';

const HOST = 'LABVM09.corp.example.test';
const VMBUS = '{F4203333-0000-4000-8000-000000000003}';
const event = eventMaker(HOST);
const rcm = (id: number, time: string, activity: string, userData: Record<string, string>): TestEvent =>
  event(RCM, id, time, { activity, userData });
const core = (id: number, time: string, activity: string, eventData: Record<string, string>): TestEvent =>
  event(CORE, id, time, { activity, eventData });
const logonFailure = (time: string, ip: string): TestEvent =>
  event(SECURITY, 4625, time, {
    eventData: {
      TargetUserName: 'ines',
      TargetDomainName: 'CORP',
      LogonType: '10',
      Status: '0xC000006D',
      SubStatus: '0xC000006A',
      IpAddress: ip,
      IpPort: '0',
      ProcessName: 'C:\\Windows\\System32\\winlogon.exe',
    },
  });

const vmbusConnection = [
  rcm(261, '2024-10-14T10:00:00.000Z', VMBUS, { listenerName: '5B2E7C1049A84D3F9E61' }),
  core(65, '2024-10-14T10:00:00.100Z', VMBUS, { ConnectionName: '5B2E7C1049A84D3F9E61#0' }),
  core(66, '2024-10-14T10:00:00.500Z', VMBUS, { ConnectionName: '5B2E7C1049A84D3F9E61#0', SessionID: '2' }),
  core(102, '2024-10-14T18:00:00.000Z', VMBUS, {}),
];

describe('connection kind', () => {
  it('a VMBus listener and connection name make a vmbus attempt; a logon-screen try in it is one of its steps', () => {
    const attempts = correlateTest([
      ...vmbusConnection.slice(0, 3),
      logonFailure('2024-10-14T10:00:20.000Z', '0.0.0.0'),
      vmbusConnection[3],
    ]);
    expect(attempts.map((a) => a.connection)).toEqual(['vmbus']);
    expect(attempts[0].connectionName).toBe('5b2e7c1049a84d3f9e61#0');
    expect(attempts[0].events.map((e) => e.eventId)).toContain(4625);
    expect(attempts.every((a) => !a.progress.authenticated)).toBe(true);
  });

  it('an address-less try hours after the VMBus connection last logged anything is not its', () => {
    const attempts = correlateTest([
      ...vmbusConnection.slice(0, 3),
      logonFailure('2024-10-14T15:00:00.000Z', '-'),
      vmbusConnection[3],
    ]);
    expect(attempts.map((a) => a.connection)).toEqual(['vmbus', 'unknown']);
  });

  it('a client address or the RDP-Tcp listener make it tcp; a Security-only try with no address stays unknown', () => {
    const tcp = correlateTest([logonFailure('2024-10-14T10:00:20.000Z', '198.51.100.9')]);
    expect(tcp.map((a) => a.connection)).toEqual(['tcp']);
    const unknown = correlateTest([logonFailure('2024-10-14T10:00:20.000Z', '-')]);
    expect(unknown.map((a) => a.connection)).toEqual(['unknown']);
    const listener = correlateTest([rcm(261, '2024-10-14T10:00:00.000Z', VMBUS, { listenerName: 'RDP-Tcp' })]);
    expect(listener.map((a) => a.connection)).toEqual(['tcp']);
  });
});
