/**
 * One attempt per connection: the logon tries inside a connection (4624/4625 of logon type 10 that name no client,
 * typed at the session's logon screen) are its steps; a session's later life under other logons is not it.
 */
import { describe, expect, it } from 'vitest';
import { correlateTest } from '../helpers/pipeline.js';
import { CORE, eventMaker, LSM, RCM, SECURITY, type TestEvent } from '../helpers/xml-events.js';

const HOST = 'LABVM11.corp.example.test';
const A = '{F4203333-0000-4000-8000-00000000000A}';
const B = '{F4203333-0000-4000-8000-00000000000B}';
const CONSOLE = '{61A55000-0000-4000-8000-000000000001}';
const event = eventMaker(HOST);
const rcm = (id: number, time: string, activity: string): TestEvent =>
  event(RCM, id, time, { activity, userData: { listenerName: '5B2E7C1049A84D3F9E61' } });
const core = (id: number, time: string, activity: string, eventData: Record<string, string>): TestEvent =>
  event(CORE, id, time, { activity, eventData });
const lsm = (id: number, time: string, activity: string | undefined, userData: Record<string, string>): TestEvent =>
  event(LSM, id, time, { ...(activity ? { activity } : {}), userData });
const logon = (id: 4624 | 4625, time: string, user: string, extra: Record<string, string> = {}): TestEvent =>
  event(SECURITY, id, time, {
    eventData: {
      TargetUserName: user,
      TargetDomainName: 'CORP',
      LogonType: '10',
      IpAddress: '0.0.0.0',
      IpPort: '0',
      ...(id === 4625 ? { Status: '0xC000006D', SubStatus: '0xC000006A' } : {}),
      ...extra,
    },
  });
/** A VMBus connection at its session's logon screen: accepted, given session `sid`, first graphics. */
const connection = (t: string, activity: string, sid: string): TestEvent[] => [
  rcm(261, `${t}.000Z`, activity),
  core(65, `${t}.100Z`, activity, { ConnectionName: '5B2E7C1049A84D3F9E61#0' }),
  core(66, `${t}.400Z`, activity, { ConnectionName: '5B2E7C1049A84D3F9E61#0', SessionID: sid }),
];

describe('one attempt per connection', () => {
  it('two wrong passwords then the right one at the logon screen: one attempt, three tries, succeeded', () => {
    const attempts = correlateTest([
      ...connection('2024-10-14T10:00:00', A, '2'),
      logon(4625, '2024-10-14T10:00:40.000Z', 'ines'),
      logon(4625, '2024-10-14T10:01:30.000Z', 'ines'),
      logon(4624, '2024-10-14T10:03:10.000Z', 'ines'),
      lsm(21, '2024-10-14T10:03:11.000Z', A, { User: 'CORP\\ines', SessionID: '2', Address: 'LOCAL' }),
    ]);
    expect(attempts).toHaveLength(1);
    expect(attempts[0].outcome).toBe('succeeded');
    expect(attempts[0].events.filter((e) => e.channel === 'Security').map((e) => e.eventId)).toEqual([
      4625, 4625, 4624,
    ]);
  });

  it('near miss: a try after the connection closed is not its step', () => {
    const attempts = correlateTest([
      ...connection('2024-10-14T10:00:00', A, '2'),
      logon(4625, '2024-10-14T10:00:40.000Z', 'ines'),
      lsm(40, '2024-10-14T10:01:00.000Z', A, { Session: '2', Reason: '12' }),
      logon(4625, '2024-10-14T10:01:30.000Z', 'ines'),
    ]);
    expect(attempts).toHaveLength(2);
    expect(attempts[0].events.filter((e) => e.eventId === 4625)).toHaveLength(1);
  });

  it('near miss: with two connections at their logon screens, an address-less try belongs to neither', () => {
    const attempts = correlateTest([
      ...connection('2024-10-14T10:00:00', A, '2'),
      ...connection('2024-10-14T10:00:05', B, '3'),
      logon(4625, '2024-10-14T10:00:40.000Z', 'ines'),
    ]);
    expect(attempts).toHaveLength(3);
    expect(attempts[2].events.map((e) => e.eventId)).toEqual([4625]);
  });

  it("a console logon that reuses the session id after a logoff is not the connection's", () => {
    const attempts = correlateTest([
      ...connection('2024-10-14T10:00:00', A, '1'),
      logon(4624, '2024-10-14T10:00:20.000Z', 'ines'),
      lsm(21, '2024-10-14T10:00:21.000Z', A, { User: 'CORP\\ines', SessionID: '1', Address: 'LOCAL' }),
      lsm(23, '2024-10-14T11:00:00.000Z', A, { User: 'CORP\\ines', SessionID: '1' }),
      lsm(41, '2024-10-15T09:00:00.000Z', CONSOLE, { User: 'CORP\\ines', SessionID: '1' }),
      lsm(21, '2024-10-15T09:00:01.000Z', CONSOLE, { User: 'CORP\\ines', SessionID: '1', Address: 'LOCAL' }),
      lsm(23, '2024-10-16T09:00:00.000Z', CONSOLE, { User: 'CORP\\ines', SessionID: '1' }),
    ]);
    expect(attempts).toHaveLength(1);
    expect(attempts[0].endMs).toBe(Date.parse('2024-10-14T11:00:00.000Z'));
  });

  it('a session left at the logon screen and reset days later: the reset is not more of its connection', () => {
    const attempts = correlateTest([
      ...connection('2024-10-14T10:00:00', A, '4'),
      logon(4625, '2024-10-14T10:00:40.000Z', 'ines'),
      lsm(40, '2024-10-14T10:02:00.000Z', undefined, { Session: '4', Reason: '11' }),
      lsm(40, '2024-10-17T08:00:00.000Z', undefined, { Session: '4', Reason: '11' }),
    ]);
    expect(attempts).toHaveLength(1);
    expect(attempts[0].endMs).toBe(Date.parse('2024-10-14T10:02:00.000Z'));
  });
});
