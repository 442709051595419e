/**
 * An RD Gateway's log alone gives one attempt per connection through it, with the gateway's verdict; with the
 * host's or the client's logs in the run, the gateway's connection is their attempt's (its `via`), never one more.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { gatewayHostUnreachable } from '../../patterns/gateway-host-unreachable.js';
import { analyzeEvents, type Analysis } from '../../src/diagnose/analyze.js';
import { serverLogged } from '../../src/model/attempt.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { ROOT } from '../helpers/cli.js';
import { corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';
import { analyzeXml, sampleXml } from '../helpers/pipeline.js';

const HOST_LOGS = join(ROOT, 'samples', 'gateway-cap-refusal-host-logs');

async function analyzePaths(...paths: string[]): Promise<Analysis> {
  return analyzeEvents((await buildTimeline(paths)).events);
}

const summary = (a: Analysis) =>
  a.attempts.map((x) => ({
    side: x.side,
    computer: x.computer,
    at: x.start.slice(11, 19),
    client: x.client.address,
    user: x.user,
    target: x.server.name,
    outcome: x.outcome,
    cause: x.causes[0]?.id,
  }));

describe('an RD Gateway log alone', () => {
  it('gives one attempt per connection, its policy refusals explained as such', async () => {
    const a = await analyzePaths(join(HOST_LOGS, 'gateway'));
    expect(summary(a)).toEqual([
      {
        side: 'gateway',
        computer: 'RDGW02.corp.example.test',
        at: '09:00:00',
        client: '203.0.113.77',
        user: 'CORP\\erik',
        target: 'RDSH08.corp.example.test',
        outcome: 'failed',
        cause: gatewayDenied.id,
      },
      expect.objectContaining({ side: 'gateway', at: '09:25:00', client: '203.0.113.77', user: 'CORP\\erik' }),
      expect.objectContaining({ side: 'gateway', at: '09:40:00', client: '198.51.100.88', user: 'CORP\\nina' }),
    ]);
    // Connected (302) with no disconnection in the log: the host's logs would say whether the logon succeeded.
    for (const x of a.attempts.slice(1)) {
      expect(x.outcome).toBe('unknown');
      expect(x.outcomeReason).toMatch(/host's logs/);
    }
    expect(a.attempts.every((x) => x.via?.gateway === 'RDGW02.corp.example.test')).toBe(true);
    expect(a.incidents.map((i) => [i.computer, i.cause, i.count])).toEqual([
      ['RDGW02.corp.example.test', gatewayDenied.id, 1],
    ]);
  });

  it('says when the gateway could not reach the host, and reads host:port', () => {
    const a = analyzeXml(sampleXml(gatewayHostUnreachable.sample.file));
    const [unreached, carried] = a.attempts;
    expect([unreached.outcome, unreached.causes[0]?.id, unreached.server]).toEqual([
      'failed',
      gatewayHostUnreachable.id,
      { name: 'RDSH09.corp.example.test', port: 3390 },
    ]);
    // 302 then 303 with bytes: the gateway carried the session, but a gateway does not see the logon at the host:
    // no logon on record, so unknown with the reason (issue 48: no success without its logon record).
    expect(carried.outcomeReason).toMatch(/does not see the logon at the host/);
    expect([carried.outcome, carried.causes, carried.server.name]).toEqual(['unknown', [], 'RDSH10.corp.example.test']);
    expect(carried.outcomeRule).toMatch(/302.*bytes.*303/);
  });

  it('a policy refusal is not the host being unreachable, nor the other way round', () => {
    const refused = analyzeXml(sampleXml(gatewayDenied.sample.file)).attempts;
    const byTarget = (t: string) => refused.find((x) => x.server.name === t);
    expect(byTarget('RDSH06.corp.example.test')?.causes[0]?.id).toBe(gatewayDenied.id);
    expect(byTarget('RDSH07.corp.example.test')?.causes[0]?.id).toBe(gatewayHostUnreachable.id);
  });
});

describe('an RD Gateway log with the host and client logs', () => {
  it("joins each gateway connection to the host's or the client's attempt: no attempt counted twice", async () => {
    const a = await analyzePaths(HOST_LOGS);
    expect(a.attempts.map((x) => x.side)).toEqual(['client', 'both', 'server']);
    expect(a.attempts.map((x) => x.via)).toEqual([
      { gateway: 'RDGW02.corp.example.test', clientAddress: '203.0.113.77' },
      { gateway: 'RDGW02.corp.example.test', clientAddress: '203.0.113.77' },
      { gateway: 'RDGW02.corp.example.test', clientAddress: '198.51.100.88' },
    ]);
    expect(a.attempts.map((x) => x.causes[0]?.id ?? null)).toEqual([gatewayDenied.id, null, authBadCredentials.id]);
  });

  it('with the host logs only, the refused connection stays the gateway’s own attempt', async () => {
    const a = await analyzePaths(
      join(HOST_LOGS, 'gateway'),
      ...[
        'LocalSessionManager-Operational.xml',
        'RdpCoreTS-Operational.xml',
        'RemoteConnectionManager-Operational.xml',
        'Security.xml',
      ].map((f) => join(HOST_LOGS, f)),
    );
    expect(a.attempts.map((x) => [x.side, x.start.slice(11, 19)])).toEqual([
      ['gateway', '09:00:00'],
      ['server', '09:25:00'],
      ['server', '09:40:00'],
    ]);
    expect(a.attempts[0].causes[0]?.id).toBe(gatewayDenied.id);
    expect(a.attempts.filter(serverLogged).every((x) => x.via?.gateway === 'RDGW02.corp.example.test')).toBe(true);
  });
});

function gatewayEvent(id: number, time: string, data: Record<string, string>, activity: string): string {
  const fields = Object.entries(data)
    .map(([k, v]) => `<${k}>${v}</${k}>`)
    .join('');
  return `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-Gateway'/><EventID>${id}</EventID><Level>4</Level><TimeCreated SystemTime='${time}'/><EventRecordID>${id}</EventRecordID><Correlation ActivityID='{${activity}}'/><Channel>Microsoft-Windows-TerminalServices-Gateway/Operational</Channel><Computer>RDGW01.corp.example.test</Computer></System><UserData><EventInfo xmlns='aag'>${fields}</EventInfo></UserData></Event>`;
}

describe('a gateway connection known only from its disconnection', () => {
  const who = { Username: 'CORP\\erik', IpAddress: '203.0.113.77', Resource: 'RDSH08.corp.example.test' };
  const ended = { ...who, BytesReceived: '5000', BytesTransfered: '90000', SessionDuration: '600' };

  it('starts SessionDuration seconds before it ended', () => {
    const xml = `<Events>${gatewayEvent(303, '2025-02-10T10:10:00.0000000Z', ended, 'A1A1A1A1-0000-0000-0000-000000000001')}</Events>`;
    const [a] = analyzeXml(xml).attempts;
    expect([a.start, a.end.slice(11, 19), a.outcome]).toEqual(['2025-02-10T10:00:00.0000000Z', '10:10:00', 'unknown']);
  });

  it('near miss: a connection whose 302 is in the log starts at its first event, whatever its duration says', () => {
    const id = 'A1A1A1A1-0000-0000-0000-000000000002';
    const xml = `<Events>${gatewayEvent(302, '2025-02-10T10:05:00.0000000Z', who, id)}${gatewayEvent(303, '2025-02-10T10:10:00.0000000Z', ended, id)}</Events>`;
    const [a] = analyzeXml(xml).attempts;
    expect(a.start.slice(11, 19)).toBe('10:05:00');
  });
});

const ID302 =
  'Yamato-Security__hayabusa-sample-evtx/YamatoSecurity/IntialAccess/ValidAccounts/ID302 RDS Gateway Logon Logoff.evtx';

describe.skipIf(!HAVE_CORPUS)(`a real RD Gateway export${HAVE_CORPUS ? '' : ` (${NO_CORPUS_REASON})`}`, () => {
  it('ID302: the connections the gateway carried, and the one its log ends in', async () => {
    const a = await analyzePaths(corpusPath(ID302));
    // A 303 whose start is before the log had carried data: it began SessionDuration (122 s) before it ended.
    // 312-only transports are no connection of their own: the tries of the one that follows from that address.
    // Data carried is no logon on record (a gateway does not see the logon at the host): unknown, said why.
    expect(a.attempts.map((x) => [x.side, x.start.slice(11, 19), x.end.slice(11, 19), x.outcome])).toEqual([
      ['gateway', '13:53:32', '13:55:34', 'unknown'],
      ['gateway', '13:58:08', '13:59:25', 'unknown'],
      ['gateway', '13:59:31', '13:59:32', 'unknown'],
    ]);
    expect(a.attempts[1].events.filter((e) => e.eventId === 312)).toHaveLength(6);
    for (const x of a.attempts) {
      expect(x.client.address).toBe('219.100.37.243');
      expect(x.server.name).toBe('ec2-18-179-8-103.ap-northeast-1.compute.amazonaws.com');
      expect(x.via?.gateway).toBe('EC2AMAZ-6C3C9U6');
    }
    expect(a.incidents).toEqual([]);
  });
});
