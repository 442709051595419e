/**
 * A log not given is never an event that did not happen (issue 66, causes.md "Any subset of logs"): a finding or a
 * reason that rests on "no X followed" holds only where the log that would show X is among the inputs and reaches
 * past it; elsewhere it says what is unknown (`unknown`). Fictional hosts and documentation addresses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serviceStartFailed } from '../../patterns/findings/service-start-failed.js';
import { ROOT } from '../helpers/cli.js';
import { analyzeTestEvents, analyzeXml } from '../helpers/pipeline.js';
import { secondsAfter as at, serverEvents, type TestEvent, wevtutilStream } from '../helpers/xml-events.js';

const SAMPLE = readFileSync(join(ROOT, serviceStartFailed.sample.file), 'utf8');
const HOST = 'RDSH01.corp.example.test';
const { core, rcm, lsm, security } = serverEvents(HOST);
/** The sample's LSM 17 is at 06:00:09 on RDSH01. */
const AFTER = '2024-05-02T06:05:00Z';

/** The sample's events with more beside them, as one export (one event a line, no root). */
function withSample(more: TestEvent[]) {
  return analyzeXml(`${SAMPLE.trimEnd()}\r\n${wevtutilStream(more)}`);
}
const started = (f: { id: string }) => f.id === serviceStartFailed.id;

describe('service-start-failed: "no listener started afterwards" needs the RCM log', () => {
  it('with the LSM log alone it is told, saying whether it ended is unknown and which log would tell', () => {
    const [f] = analyzeXml(SAMPLE).findings.filter(started);
    expect(f.unknown).toEqual(['RemoteConnectionManager/Operational']);
    expect(f.confidence).toBeLessThanOrEqual(0.5);
    expect(f.explanation).not.toMatch(/No listener started/);
    expect(f.explanation).toMatch(/unknown: the log that would show it \(RemoteConnectionManager\/Operational 258\)/);
  });

  it('with an RCM log that goes on past it and holds no 258, the absence is said', () => {
    const [f] = withSample([rcm(1136, AFTER, {})]).findings.filter(started);
    expect(f.unknown).toBeUndefined();
    expect(f.confidence).toBe(serviceStartFailed.confidence);
    expect(f.explanation).toMatch(/No listener started afterwards \(RCM 258\)/);
  });

  it('near miss: the listener started (RCM 258), or a Remote Desktop session logged on later (LSM 21): no finding', () => {
    expect(withSample([rcm(258, AFTER, {})]).findings.filter(started)).toEqual([]);
    expect(
      withSample([lsm(21, AFTER, { User: 'CORP\\ana', SessionID: '2', Address: '192.0.2.10' })]).findings.filter(
        started,
      ),
    ).toEqual([]);
  });

  it('a console logon (LSM 21 from LOCAL) is no sign that Remote Desktop Services ran', () => {
    const found = withSample([lsm(21, AFTER, { User: 'CORP\\ana', SessionID: '1', Address: 'LOCAL' })]).findings;
    expect(found.filter(started)).toHaveLength(1);
  });
});

describe('"passed network-level authentication" needs a host that uses it', () => {
  const T = '2024-05-06T10:00:00Z';
  const session = (t: string, act: string, address: string, sid: string): TestEvent[] => [
    core(131, t, act, { ConnType: 'TCP', ClientIP: `${address}:50100` }),
    core(65, at(t, 0.1), act, { ConnectionName: `RDP-Tcp#${sid}` }),
    core(66, at(t, 0.5), act, { ConnectionName: `RDP-Tcp#${sid}`, SessionID: sid }),
    rcm(261, at(t, -0.5), { listenerName: 'RDP-Tcp' }, act),
  ];
  const typedAtLogonScreen = (t: string) =>
    security(4625, t, {
      TargetUserName: 'ana',
      TargetDomainName: 'CORP',
      LogonType: '10',
      IpAddress: '192.0.2.21',
      Status: '0xc000006d',
      SubStatus: '0xc000006a',
      LogonProcessName: 'User32 ',
    });

  it('on a host that checks passwords at the logon screen (NLA off), no reason says NLA passed', () => {
    const events = [
      ...session(T, '{A0660000-0000-4000-8000-000000000001}', '192.0.2.21', '3'),
      typedAtLogonScreen(at(T, 5)),
      ...session(at(T, 120), '{A0660000-0000-4000-8000-000000000002}', '192.0.2.22', '4'),
      core(102, at(T, 150), '{A0660000-0000-4000-8000-000000000002}'),
      security(4634, at(T, 3600), { TargetUserName: 'bob', TargetDomainName: 'CORP', LogonType: '3' }),
    ];
    const { attempts } = analyzeTestEvents(events);
    const second = attempts.find((a) => a.client.address === '192.0.2.22')!;
    expect(second).toBeDefined();
    expect(second.progress.authenticated).toBe(false);
    expect(`${second.outcomeReason ?? ''} ${second.outcomeRule ?? ''}`).not.toMatch(
      /network-level authentication succeeded|passed network-level/,
    );
  });
});
