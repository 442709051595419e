/** Incidents (grouping, splitting after a quiet gap) and the security lens (attack versus a user's typos). */
import { describe, expect, it } from 'vitest';
import { analyzeTestEvents } from '../helpers/pipeline.js';
import type { TestEvent } from '../helpers/xml-events.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { handshakeAborted } from '../../patterns/handshake-aborted.js';
import { UNEXPLAINED } from '../../patterns/index.js';

const HOST = 'RDSH09.corp.example.test';
let record = 0;

/** A new connection from `client`: its time stamps, its ActivityID and the RdpCoreTS 131 that opens it. */
function connection(startMs: number, client: string, computer = HOST) {
  const at = (ms: number) => new Date(startMs + ms).toISOString();
  const activity = `{F4208888-0000-0000-0000-${String(++record).padStart(12, '0')}}`;
  const opened: TestEvent = {
    id: 131,
    time: at(0),
    record: ++record,
    computer,
    activity,
    eventData: { ConnType: 'TCP', ClientIP: `${client}:50000` },
  };
  return { at, activity, opened };
}

/** One NLA connection that fails on a wrong password, as 2012 R2 logs it (4625 with IpAddress '-'). */
function badPassword(startMs: number, client: string, user: string, computer = HOST): TestEvent[] {
  const { at, activity, opened } = connection(startMs, client, computer);
  return [
    opened,
    {
      id: 4625,
      time: at(120),
      record: ++record,
      computer,
      channel: 'Security',
      provider: 'Microsoft-Windows-Security-Auditing',
      eventData: {
        TargetUserName: user,
        TargetDomainName: 'CORP',
        Status: '0xc000006d',
        SubStatus: '0xc000006a',
        LogonType: '3',
        IpAddress: '-',
      },
    },
    { id: 102, time: at(200), record: ++record, computer, activity },
  ];
}

const T0 = Date.parse('2024-06-03T08:00:00Z');
const MIN = 60_000;

describe('incidents', () => {
  it('groups failures that share a computer and a cause, and splits them after a long quiet gap', () => {
    const events = [
      ...badPassword(T0, '192.0.2.10', 'alice'),
      ...badPassword(T0 + 20_000, '192.0.2.10', 'alice'),
      ...badPassword(T0 + 5 * MIN, '192.0.2.11', 'bob'),
      // The same cause three hours later: a new incident.
      ...badPassword(T0 + 180 * MIN, '192.0.2.10', 'alice'),
      // Another computer: its own incident.
      ...badPassword(T0 + 6 * MIN, '192.0.2.12', 'carol', 'RDSH10.corp.example.test'),
    ];
    const { incidents } = analyzeTestEvents(events);
    expect(incidents.map((x) => [x.computer, x.cause, x.kind, x.count])).toEqual([
      [HOST, authBadCredentials.id, 'fault', 3],
      ['RDSH10.corp.example.test', authBadCredentials.id, 'fault', 1],
      [HOST, authBadCredentials.id, 'fault', 1],
    ]);
    const first = incidents[0];
    expect(first.users).toEqual(['CORP\\alice', 'CORP\\bob']);
    expect(first.clients).toEqual([
      { address: '192.0.2.10', count: 2 },
      { address: '192.0.2.11', count: 1 },
    ]);
    expect(first.attempts).toHaveLength(3);
    expect(first.explanation).toMatch(/^3 attempts from 192\.0\.2\.10, 192\.0\.2\.11 to RDSH09/);
    expect(first.remediation.join(' ')).toMatch(/Credential Manager/);
  });
});

describe('security lens', () => {
  it('does not call a user who mistypes a password twice an attack', () => {
    const events = [...badPassword(T0, '192.0.2.10', 'alice'), ...badPassword(T0 + 15_000, '192.0.2.10', 'alice')];
    const { findings, incidents } = analyzeTestEvents(events);
    expect(findings.filter((f) => f.id === 'password-guessing' || f.id === 'scanning')).toEqual([]);
    expect(incidents.map((x) => x.kind)).toEqual(['fault']);
  });

  it('finds password guessing at machine speed, names the accounts and the logons that followed', () => {
    const burst = ['administrator', 'admin', 'test', 'administrator', 'user', 'admin'].flatMap((u, i) =>
      badPassword(T0 + i * 250, '203.0.113.9', u),
    );
    const activity = '{F4208888-0000-0000-0000-999999999999}';
    const at = (ms: number) => new Date(T0 + 10 * MIN + ms).toISOString();
    const success: TestEvent[] = [
      {
        id: 131,
        time: at(0),
        record: 9001,
        computer: HOST,
        activity,
        eventData: { ConnType: 'TCP', ClientIP: '203.0.113.9:50100' },
      },
      {
        id: 4624,
        time: at(500),
        record: 9002,
        computer: HOST,
        channel: 'Security',
        provider: 'Microsoft-Windows-Security-Auditing',
        eventData: {
          TargetUserName: 'administrator',
          TargetDomainName: 'CORP',
          LogonType: '10',
          IpAddress: '203.0.113.9',
        },
      },
      {
        id: 66,
        time: at(600),
        record: 9003,
        computer: HOST,
        activity,
        eventData: { ConnectionName: 'RDP-Tcp#7', SessionID: '3' },
      },
    ];
    const { findings, incidents, attempts } = analyzeTestEvents([...burst, ...success]);
    const guessing = findings.find((f) => f.id === 'password-guessing');
    expect(guessing).toBeDefined();
    const b = (
      guessing as unknown as {
        burst: { source: string; count: number; accounts: string[]; successes: { attempt: string; user?: string }[] };
      }
    ).burst;
    expect(b.source).toBe('203.0.113.9');
    expect(b.count).toBe(6);
    expect(b.accounts).toEqual(['CORP\\admin', 'CORP\\administrator', 'CORP\\test', 'CORP\\user']);
    const won = attempts.filter((a) => a.outcome === 'succeeded');
    expect(won).toHaveLength(1);
    expect(b.successes).toEqual([{ attempt: won[0].id, time: won[0].start, user: 'CORP\\administrator' }]);
    expect(incidents.map((x) => [x.kind, x.count, x.source])).toEqual([['attack', 6, '203.0.113.9']]);
    const advice = incidents[0].remediation.join(' ');
    expect(advice).toMatch(/3389/);
    expect(advice).toMatch(/lockout/i);
    expect(advice).not.toMatch(/Credential Manager|SecurityLayer|cipher/);
  });
});

/** A connection that opens and drops in the handshake: no credential, no error (a scanner's knock). */
function knock(startMs: number, client: string): TestEvent[] {
  const { at, activity, opened } = connection(startMs, client);
  return [
    opened,
    { id: 103, time: at(40), record: ++record, computer: HOST, activity, eventData: { ReasonCode: '14' } },
    { id: 102, time: at(50), record: ++record, computer: HOST, activity },
  ];
}

/** A successful NLA sign-in of `user` from `client`. */
function signIn(startMs: number, client: string, user: string): TestEvent[] {
  const { at, activity, opened } = connection(startMs, client);
  return [
    opened,
    {
      id: 4624,
      time: at(500),
      record: ++record,
      computer: HOST,
      channel: 'Security',
      provider: 'Microsoft-Windows-Security-Auditing',
      eventData: { TargetUserName: user, TargetDomainName: 'CORP', LogonType: '10', IpAddress: client },
    },
    {
      id: 66,
      time: at(600),
      record: ++record,
      computer: HOST,
      activity,
      eventData: { ConnectionName: 'RDP-Tcp#9', SessionID: '4' },
    },
  ];
}

describe('security lens: attacks spread over many addresses', () => {
  const sources = ['198.51.100.21', '198.51.100.22', '203.0.113.40', '203.0.113.41', '192.0.2.200', '192.0.2.201'];

  it('finds password guessing from six addresses that each stay below a burst of their own', () => {
    const accounts = ['administrator', 'admin', 'scanner', 'backup', 'test', 'user'];
    const events = sources.flatMap((source, i) => [
      ...badPassword(T0 + i * 40_000, source, accounts[i]),
      ...badPassword(T0 + i * 40_000 + 20_000, source, 'administrator'),
    ]);
    // One of them gets in later with an account it guessed.
    events.push(...signIn(T0 + 30 * MIN, sources[2], 'administrator'));
    const { findings, incidents, attempts } = analyzeTestEvents(events);
    const attacks = findings.filter((f) => f.id === 'password-guessing' || f.id === 'scanning');
    expect(attacks.map((f) => f.id)).toEqual(['password-guessing']);
    const b = (
      attacks[0] as unknown as {
        burst: { sources: string[]; count: number; accounts: string[]; successes: { attempt: string }[] };
      }
    ).burst;
    expect([...b.sources].sort()).toEqual([...sources].sort());
    expect(b.count).toBe(12);
    expect(b.accounts).toHaveLength(6);
    const won = attempts.filter((a) => a.outcome === 'succeeded');
    expect(b.successes.map((s) => s.attempt)).toEqual(won.map((a) => a.id));
    expect(incidents.map((x) => [x.kind, x.count])).toEqual([['attack', 12]]);
    const advice = incidents[0].remediation.join(' ');
    expect(advice).toContain(`Block these 6 addresses`);
    for (const s of sources) expect(advice).toContain(s);
    expect(advice).toMatch(/One of these addresses signed in/);
    expect(advice).not.toMatch(/Credential Manager|SecurityLayer|cipher/);
  });

  it('finds scanning from many addresses that each knock once', () => {
    const many = [...sources, '198.51.100.90', '198.51.100.91'];
    const events = many.flatMap((source, i) => knock(T0 + i * 90_000, source));
    const { findings, incidents } = analyzeTestEvents(events);
    const attacks = findings.filter((f) => f.id === 'password-guessing' || f.id === 'scanning');
    expect(attacks.map((f) => f.id)).toEqual(['scanning']);
    expect(attacks[0].explanation).toMatch(/^8 addresses/);
    expect(incidents.map((x) => [x.kind, x.cause, x.count])).toEqual([['attack', handshakeAborted.id, 8]]);
  });

  it('does not call colleagues who each mistype once and then sign in an attack', () => {
    const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'];
    const events = sources.flatMap((source, i) => [
      ...badPassword(T0 + i * 60_000, source, users[i]),
      ...signIn(T0 + i * 60_000 + 15_000, source, users[i]),
    ]);
    // Two more who give up: still no attack.
    events.push(
      ...badPassword(T0 + 7 * MIN, '192.0.2.50', 'grace'),
      ...badPassword(T0 + 8 * MIN, '192.0.2.51', 'heidi'),
    );
    const { findings, incidents } = analyzeTestEvents(events);
    expect(findings.filter((f) => f.id === 'password-guessing' || f.id === 'scanning')).toEqual([]);
    expect(incidents.every((x) => x.kind === 'fault')).toBe(true);
  });

  it('does not call one stale saved password on several machines an attack', () => {
    const events = sources.flatMap((source, i) => [
      ...badPassword(T0 + i * 60_000, source, 'svc-kiosk'),
      ...badPassword(T0 + i * 60_000 + 30_000, source, 'svc-kiosk'),
    ]);
    const { findings, incidents } = analyzeTestEvents(events);
    expect(findings.filter((f) => f.id === 'password-guessing' || f.id === 'scanning')).toEqual([]);
    expect(incidents.map((x) => [x.kind, x.count])).toEqual([['fault', 12]]);
  });
});

/** A wrong password as RdpCoreTS alone shows it (140, no Security log): no account name. */
function badPasswordNoName(startMs: number, client: string): TestEvent[] {
  const { at, activity, opened } = connection(startMs, client);
  return [
    opened,
    { id: 140, time: at(150), record: ++record, computer: HOST, activity, eventData: { IPString: client } },
    { id: 102, time: at(200), record: ++record, computer: HOST, activity },
  ];
}

describe('security lens: spread attacks that name no account', () => {
  const many = Array.from({ length: 9 }, (_, i) => `198.51.100.${60 + i}`);
  const guessing = (findings: { id: string }[]) =>
    findings.filter((f) => f.id === 'password-guessing' || f.id === 'scanning');

  it('finds guessing from many addresses at a person’s pace when no failure names its account', () => {
    // A botnet: nine addresses, one or two wrong passwords each, 25 s apart on the server.
    const events = many.flatMap((source, i) => [
      ...badPasswordNoName(T0 + i * 50_000, source),
      ...(i % 3 === 0 ? badPasswordNoName(T0 + i * 50_000 + 25_000, source) : []),
    ]);
    // One of them also opens a connection of which nothing more is logged: part of the attack too.
    events.push(connection(T0 + 110_000, many[2]).opened);
    const { findings, incidents } = analyzeTestEvents(events);
    expect(guessing(findings).map((f) => f.id)).toEqual(['password-guessing']);
    expect(incidents.map((x) => [x.kind, x.cause, x.count])).toEqual([
      ['attack', authBadCredentials.id, 12],
      ['attack', UNEXPLAINED, 1],
    ]);
  });

  it('does not call colleagues whose failures name no account an attack when each then signs in', () => {
    const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan'];
    const events = many.flatMap((source, i) => [
      ...badPasswordNoName(T0 + i * 50_000, source),
      ...signIn(T0 + i * 50_000 + 20_000, source, users[i]),
    ]);
    const { findings, incidents } = analyzeTestEvents(events);
    expect(guessing(findings)).toEqual([]);
    expect(incidents.every((x) => x.kind === 'fault')).toBe(true);
  });

  it('counts a one-source burst at the same time towards the many addresses of a campaign', () => {
    // One address guesses at machine speed (a burst of its own); six others try once each meanwhile.
    const burst = Array.from({ length: 4 }, (_, i) => badPasswordNoName(T0 + 4_000 + i * 1_500, '203.0.113.77'));
    const others = many.slice(0, 6).map((source, i) => badPasswordNoName(T0 + i * 2_500, source));
    const { findings, incidents } = analyzeTestEvents([...burst, ...others].flat());
    expect(guessing(findings)).toHaveLength(2);
    expect(incidents.every((x) => x.kind === 'attack')).toBe(true);
    expect(incidents.reduce((n, x) => n + x.count, 0)).toBe(10);
  });
});

describe('security lens: slow guessing from one source', () => {
  it('finds guessing at a person’s pace when one source fails eight times against two accounts', () => {
    const users = ['karl', 'karl', 'karl', 'administrator', 'karl', 'karl', 'administrator', 'karl'];
    const events = users.flatMap((u, i) => badPassword(T0 + i * 20_000, '203.0.113.150', u));
    const { findings, incidents } = analyzeTestEvents(events);
    expect(findings.filter((f) => f.id === 'password-guessing').length).toBe(1);
    expect(incidents.map((x) => [x.kind, x.count])).toEqual([['attack', 8]]);
  });

  it('does not call seven slow retries an attack', () => {
    const users = ['karl', 'karl', 'karl', 'administrator', 'karl', 'karl', 'administrator'];
    const events = users.flatMap((u, i) => badPassword(T0 + i * 20_000, '192.0.2.88', u));
    const { findings } = analyzeTestEvents(events);
    expect(findings.filter((f) => f.id === 'password-guessing' || f.id === 'scanning')).toEqual([]);
  });
});
