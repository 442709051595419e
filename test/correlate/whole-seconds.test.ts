/**
 * A server's logs exported as Splunk's classic WinEventLog text: whole seconds, no ActivityID, the fields only in
 * the messages. A burst of connections from one client within one second keeps one attempt per connection, each
 * with its own refusal, and the one that logged on keeps its success: the listener's 261 goes with the accept of its
 * second, a connection object (65) with its accept, a refusal with the earliest connection of its client still in
 * its handshake, and the teardown of a refused connection with it, not with the latest connection of those seconds.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import type { DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { type TestEvent, wevtutilStream } from '../helpers/xml-events.js';
import { analyzeRendered, asXml } from '../metamorphic/harness.js';
import { SIEM_RENDITIONS } from '../metamorphic/siem.js';

const HOST = 'RDSH01.corp.example.test';
const RCM = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager';
const CORE = 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS';
const LSM = 'Microsoft-Windows-TerminalServices-LocalSessionManager';
const CLIENT = '203.0.113.7';
let record = 1000;
const at = (ms: number) => new Date(Date.UTC(2024, 2, 11, 8, 1, 0) + ms).toISOString().replace('Z', '0000Z');
const ev = (id: number, ms: number, channel: string, provider: string, activity: string): TestEvent => ({
  id,
  time: at(ms),
  record: ++record,
  computer: HOST,
  channel,
  provider,
  activity,
});
const core = (id: number, ms: number, act: string, eventData: Record<string, string> = {}): TestEvent => ({
  ...ev(id, ms, `${CORE}/Operational`, CORE, act),
  eventData,
});
const security = (id: 4624 | 4625, ms: number, type: string, user: string): TestEvent => ({
  ...ev(id, ms, 'Security', 'Microsoft-Windows-Security-Auditing', '{00000000-0000-0000-0000-000000000000}'),
  eventData: {
    TargetUserName: user,
    TargetDomainName: 'CORP',
    LogonType: type,
    IpAddress: CLIENT,
    IpPort: '0',
    ...(id === 4625 ? { Status: '0xc000006d', SubStatus: '0xc000006a' } : {}),
  },
});

/** A connection accepted at `ms` (in ms after 08:01:00): 261, 131, 65, then its refusal and teardown, or its logon. */
function connection(ms: number, n: number, refused: boolean): TestEvent[] {
  const act = `{F420${String(n).padStart(4, '0')}-0000-4000-8000-000000000000}`;
  const name = `RDP-Tcp#${n}`;
  const accepted = [
    { ...ev(261, ms, `${RCM}/Operational`, RCM, act), userData: { listenerName: 'RDP-Tcp' } },
    core(131, ms + 1, act, { ConnType: 'TCP', ClientIP: `${CLIENT}:${50000 + n}` }),
    core(65, ms + 2, act, { ConnectionName: name }),
  ];
  if (refused)
    return [
      ...accepted,
      security(4625, ms + 40, '3', 'administrator'),
      core(103, ms + 60, act, { ReasonCode: '14' }),
      core(102, ms + 61, act),
    ];
  return [
    ...accepted,
    {
      ...ev(1149, ms + 300, `${RCM}/Operational`, RCM, act),
      userData: { Param1: 'lea', Param2: 'CORP', Param3: CLIENT },
    },
    core(98, ms + 400, act),
    core(66, ms + 500, act, { ConnectionName: name, SessionID: '3' }),
    security(4624, ms + 900, '10', 'lea'),
    {
      ...ev(21, ms + 950, `${LSM}/Operational`, LSM, act),
      userData: { User: 'CORP\\lea', SessionID: '3', Address: CLIENT },
    },
  ];
}

const outcomes = (attempts: readonly DiagnosedAttempt[]) =>
  attempts
    .filter((a) => a.events.some((e) => e.eventId === 131))
    .map((a) => `${a.outcome} ${a.events.filter((e) => e.eventId === 4625).length}`);
const who = (attempts: readonly DiagnosedAttempt[]) =>
  attempts.map((a) => `${a.outcome} ${a.user ?? '-'} ${a.causes[0]?.id ?? '-'}`);

describe('a burst within one second, exported with whole seconds and no ActivityID', () => {
  // Three refused connections and the one that logged on, all accepted in the same second (as a password guesser's).
  const events = eventsFromXml(
    wevtutilStream([
      ...connection(46_002, 1, true),
      ...connection(46_219, 2, true),
      ...connection(46_455, 3, true),
      ...connection(46_674, 4, false),
    ]),
  );
  const classic = SIEM_RENDITIONS.find((r) => r.name === 'Splunk classic WinEventLog')!;

  it('reads it as the full export does: one attempt per connection, each refusal its own', async () => {
    const full = await analyzeRendered(asXml([{ name: 'all.xml', events }]));
    const run = await analyzeRendered({ files: [{ name: classic.file, text: classic.render(events) }] });
    expect(outcomes(run.analysis.attempts)).toEqual(['failed 1', 'failed 1', 'failed 1', 'succeeded 0']);
    expect(outcomes(run.analysis.attempts)).toEqual(outcomes(full.analysis.attempts));
    // Every connection's listener record stays with it: no listener-only attempt is left over.
    expect(run.analysis.attempts).toHaveLength(4);
  });
});

describe('two connections of one client (NAT) a few seconds apart, exported with whole seconds', () => {
  // The first is refused (RdpCoreTS 140 and its 4625, in the second the other one passes NLA), the second logs on.
  const a = '{F4207D05-0000-4000-8000-000000000000}';
  const b = '{F42031B9-0000-4000-8000-000000000000}';
  const rcm = (id: number, ms: number, act: string, userData: Record<string, string>): TestEvent => ({
    ...ev(id, ms, `${RCM}/Operational`, RCM, act),
    userData,
  });
  const events = eventsFromXml(
    wevtutilStream([
      rcm(261, 35_410, a, { listenerName: 'RDP-Tcp' }),
      core(131, 35_411, a, { ConnType: 'TCP', ClientIP: `${CLIENT}:50127` }),
      core(65, 35_413, a, { ConnectionName: 'RDP-Tcp#13' }),
      rcm(261, 38_901, b, { listenerName: 'RDP-Tcp' }),
      core(131, 38_902, b, { ConnType: 'TCP', ClientIP: `${CLIENT}:50131` }),
      core(65, 38_904, b, { ConnectionName: 'RDP-Tcp#14' }),
      core(140, 40_384, a, { IPString: CLIENT }),
      security(4625, 40_390, '3', 'omar'),
      rcm(1149, 40_905, b, { Param1: 'rita', Param2: 'CORP', Param3: CLIENT }),
      security(4624, 40_910, '3', 'rita'),
      core(98, 41_354, b),
      core(66, 41_514, b, { ConnectionName: 'RDP-Tcp#14', SessionID: '4' }),
      core(143, 41_560, a, { error: '64' }),
      core(103, 41_570, a, { ReasonCode: '14' }),
      core(102, 41_571, a),
      security(4624, 42_300, '10', 'rita'),
      {
        ...ev(21, 42_323, `${LSM}/Operational`, LSM, b),
        userData: { User: 'CORP\\rita', SessionID: '4', Address: CLIENT },
      },
    ]),
  );
  const classic = SIEM_RENDITIONS.find((r) => r.name === 'Splunk classic WinEventLog')!;

  it('gives each its own result: the refusal and its user to the first, the logon to the second', async () => {
    const full = await analyzeRendered(asXml([{ name: 'all.xml', events }]));
    const run = await analyzeRendered({ files: [{ name: classic.file, text: classic.render(events) }] });
    expect(who(full.analysis.attempts)).toEqual([
      `failed CORP\\omar ${authBadCredentials.id}`,
      'succeeded CORP\\rita -',
    ]);
    expect(who(run.analysis.attempts)).toEqual(who(full.analysis.attempts));
  });
});
