/**
 * Names over SIDs (issue 66 item 5): one SID→name map per computer, from the records that pair a SID with a name
 * (4720/4722/4738 `TargetSid`, 4624 `TargetUserSid`, any `SubjectUserSid`, a 4732 member's distinguished name), read
 * by every finding that prints an account. Fictional hosts and accounts; the real log (marvioncriddle) is checked
 * against its reference dump's raw records.
 */
import { describe, expect, it } from 'vitest';
import { AccountNames } from '../../src/diagnose/account-names.js';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { HostNames } from '../../src/correlate/index.js';
import type { RdpEnabledFinding } from '../../src/model/attempt.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { corpusPath, HAVE_CORPUS, LAB_SECURITY_LOG, NO_CORPUS_REASON, referenceRecords } from '../helpers/corpus.js';
import { analyzeTestEvents, eventsFromXml } from '../helpers/pipeline.js';
import {
  type connectionEvents,
  secondsAfter as at,
  serverEvents,
  type TestEvent,
  wevtutilStream,
} from '../helpers/xml-events.js';

const HOST = 'WKS66';
const OTHER = 'WKS67';
const T = '2024-05-06T09:00:00Z';
const SID_ANA = 'S-1-5-21-1111111111-2222222222-3333333333-1001';
const SID_BEN = 'S-1-5-21-1111111111-2222222222-3333333333-1002';
const SID_DOM = 'S-1-5-21-4444444444-5555555555-6666666666-1105';
const ADMIN = {
  SubjectUserSid: 'S-1-5-21-1111111111-2222222222-3333333333-500',
  SubjectUserName: 'admin',
  SubjectDomainName: HOST,
};

function mapOf(events: TestEvent[]) {
  const parsed = eventsFromXml(wevtutilStream(events));
  return AccountNames.fromEvents(parsed, HostNames.fromEvents(parsed));
}

describe('the SID→name map', () => {
  const { security } = serverEvents(HOST);
  const other = serverEvents(OTHER).security;

  it('reads 4720 TargetSid, 4624 TargetUserSid and a DN member, each on its own computer', () => {
    const map = mapOf([
      security(4720, T, { TargetUserName: 'ana', TargetDomainName: HOST, TargetSid: SID_ANA, ...ADMIN }),
      security(4624, at(T, 10), {
        TargetUserSid: SID_BEN,
        TargetUserName: 'ben',
        TargetDomainName: HOST,
        LogonType: '2',
      }),
      // A failed logon names no SID: its null SID is nobody's.
      security(4625, at(T, 20), { TargetUserSid: 'S-1-0-0', TargetUserName: 'nobody', LogonType: '3' }),
      security(4732, at(T, 30), {
        MemberName: 'CN=Lee\\, Carla,OU=Staff,DC=corp,DC=example',
        MemberSid: SID_DOM,
        TargetUserName: 'Remote Desktop Users',
        TargetSid: 'S-1-5-32-555',
        ...ADMIN,
      }),
      other(4624, at(T, 70), {
        TargetUserSid: SID_ANA,
        TargetUserName: 'someone',
        TargetDomainName: OTHER,
        LogonType: '2',
      }),
    ]);
    expect(map.nameOf(HOST, SID_ANA, Date.parse(at(T, 30)))).toBe(`${HOST}\\ana`);
    expect(map.nameOf(HOST, SID_BEN.toLowerCase())).toBe(`${HOST}\\ben`);
    expect(map.nameOf(HOST, 'S-1-0-0')).toBeUndefined();
    expect(map.nameOf(HOST, SID_DOM)).toBe('Lee, Carla');
    expect(map.nameOf(HOST, 'S-1-5-32-555')).toBe('Remote Desktop Users');
    expect(map.nameOf(HOST, 'S-1-5-18')).toBe('SYSTEM');
    // Another computer's records name their own accounts.
    expect(map.nameOf(OTHER, SID_ANA)).toBe(`${OTHER}\\someone`);
    expect(map.nameOf(OTHER, SID_BEN)).toBeUndefined();
    expect(map.label(HOST, 'not-a-sid')).toBe('not-a-sid');
  });

  it('a DN gives way to a record naming the SID with its domain', () => {
    const map = mapOf([
      security(4732, T, { MemberName: 'CN=carla,CN=Users,DC=corp,DC=example', MemberSid: SID_DOM, ...ADMIN }),
      security(4624, at(T, 5), {
        TargetUserSid: SID_DOM,
        TargetUserName: 'carla',
        TargetDomainName: 'CORP',
        LogonType: '10',
      }),
    ]);
    expect(map.nameOf(HOST, SID_DOM)).toBe('CORP\\carla');
  });
});

describe('findings print the name, the evidence keeps the SID', () => {
  const addToRdu = (security: ReturnType<typeof connectionEvents>['security'], time: string, sid: string) =>
    security(4732, time, {
      MemberName: '-',
      MemberSid: sid,
      TargetUserName: 'Remote Desktop Users',
      TargetDomainName: 'Builtin',
      TargetSid: 'S-1-5-32-555',
      ...ADMIN,
    });

  it('rdp-enabled names the member a 4720 of the same computer made', () => {
    const { security } = serverEvents(HOST);
    const events = [
      security(4720, T, { TargetUserName: 'ana', TargetDomainName: HOST, TargetSid: SID_ANA, ...ADMIN }),
      addToRdu(security, at(T, 60), SID_ANA),
    ];
    const f = analyzeTestEvents(events).findings.find((x) => x.id === 'rdp-enabled') as RdpEnabledFinding;
    expect(f.explanation).toContain(`added ${HOST}\\ana to Remote Desktop Users`);
    expect(f.explanation).not.toContain(SID_ANA);
    expect(f.rdpEnabled.changes[0]).toMatchObject({ kind: 'member', value: `${HOST}\\ana`, sid: SID_ANA });
    expect(f.evidence.find((e) => e.eventId === 4732)?.details).toContain(`MemberSid=${SID_ANA}`);
  });

  it('near miss: a SID no record of that computer names stays a SID (another computer’s 4720 is not its)', () => {
    const { security } = serverEvents(HOST);
    const other = serverEvents(OTHER).security;
    const events = [
      other(4720, T, { TargetUserName: 'ana', TargetDomainName: OTHER, TargetSid: SID_ANA, ...ADMIN }),
      addToRdu(security, at(T, 60), SID_ANA),
    ];
    const f = analyzeTestEvents(events).findings.find((x) => x.id === 'rdp-enabled') as RdpEnabledFinding;
    expect(f.explanation).toContain(`added ${SID_ANA} to Remote Desktop Users`);
    expect(f.rdpEnabled.changes[0]?.sid).toBeUndefined();
  });
});

const MC = LAB_SECURITY_LOG;

describe.skipIf(!HAVE_CORPUS)(`the real log names its accounts (${HAVE_CORPUS ? MC : NO_CORPUS_REASON})`, () => {
  it('rdp-enabled names the 4732 members by the 4720 records that made them', async () => {
    const dump = referenceRecords(MC, 'Security.evtx');
    const made = new Map(
      dump
        .filter((r) => r.eventId === 4720)
        .map((r) => [r.data.TargetSid, `${r.data.TargetDomainName}\\${r.data.TargetUserName}`]),
    );
    const added = dump
      .filter((r) => r.eventId === 4732 && r.data.TargetSid === 'S-1-5-32-555')
      .map((r) => r.data.MemberSid);
    expect(added.length).toBe(2);
    expect(added.every((sid) => made.has(sid))).toBe(true);

    const timeline = await buildTimeline([corpusPath(`${MC}/Security.evtx`)]);
    const f = analyzeEvents(timeline.events).findings.find((x) => x.id === 'rdp-enabled') as RdpEnabledFinding;
    const members = f.rdpEnabled.changes.filter((c) => c.kind === 'member');
    expect(members.map((c) => ({ value: c.value, sid: c.sid }))).toEqual(
      added.map((sid) => ({ value: made.get(sid), sid })),
    );
    expect(members.map((c) => c.value)).toEqual(['df1-vm\\Jonathan', 'df1-vm\\Sarah']);
    for (const sid of added) expect(f.explanation).not.toContain(sid);
  });
});
