/**
 * `session-hijack` (T1563.002, issue 36): its home as data (patterns/findings/session-hijack.ts), each of its
 * samples through the CLI as a user runs it (what reading keeps included) against `expected.json`, its near misses
 * quiet, variants of the samples for what each rule rests on, what reading keeps and what `pull` selects, the SIEM
 * formats (the three real hijack logs of the corpus: session-hijack-corpus.test.ts, slow tier).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionHijack } from '../../patterns/findings/session-hijack.js';
import { ATTACK_FINDINGS } from '../../patterns/index.js';
import { fieldsForAnalysis, neededForAnalysis } from '../../src/diagnose/analysis-reads.js';
import { exportSelection } from '../../src/diagnose/export-selection.js';
import { tsconArgs } from '../../src/diagnose/attacks/session-hijack-facts.js';
import { LiveAnalyzer } from '../../src/follow/live-analyzer.js';
import type { SessionHijackFinding } from '../../src/model/attempt.js';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { analyzeJson as analyzeReport } from '../helpers/findings.js';
import { analyzeXml, eventsFromXml, sampleXml } from '../helpers/pipeline.js';

const FOLDER = 'samples/findings/session-hijack';
interface Expected {
  fires: boolean;
  how?: string;
  prepared?: boolean;
  confidence?: number;
  shape?: string[];
  actor?: string;
  actorKnownBy?: string;
  ranAs?: string;
  victim?: string;
  sessionId?: string;
  connection?: string;
  client?: { name: string; address: string };
  service?: string;
  time?: string;
  attempt?: { start: string; user: string };
  why?: string;
  users?: string[];
}
const EXPECTED = JSON.parse(readFileSync(join(ROOT, FOLDER, 'expected.json'), 'utf8')).samples as Record<
  string,
  Expected
>;

interface JsonAttempt {
  id: string;
  start: string;
  user?: string;
  outcome: string;
  takeover?: { victim: string; sessionId?: string; how: string; actor?: string };
}
interface JsonReport {
  attempts: JsonAttempt[];
  findings: (SessionHijackFinding & { evidence: { eventId: number }[] })[];
}

const analyzeJson = (...files: string[]) => analyzeReport<JsonReport>(...files);

/** A sample's report through the CLI, run once for the tests of the sample (read, never changed, by them). */
const reports = new Map<string, ReturnType<typeof analyzeJson>>();
function sampleReport(file: string): ReturnType<typeof analyzeJson> {
  let r = reports.get(file);
  if (!r) reports.set(file, (r = analyzeJson(file)));
  return r;
}

const hijacks = (f: { findings: { id: string }[] }) =>
  f.findings.filter((x) => x.id === 'session-hijack') as SessionHijackFinding[];

describe('session-hijack: its home as data', () => {
  it('is an attack finding with ATT&CK T1563.002, public references, false positives, samples and near misses', () => {
    expect(ATTACK_FINDINGS).toContain(sessionHijack);
    expect(sessionHijack.techniques.map((t) => t.subtechnique?.id)).toEqual(['T1563.002']);
    expect(sessionHijack.references).toContain('https://attack.mitre.org/techniques/T1563/002/');
    expect(sessionHijack.references.some((r) => r.includes('SigmaHQ/sigma'))).toBe(true);
    for (const r of sessionHijack.references) expect(r).toMatch(/^https?:\/\//);
    expect(sessionHijack.falsePositives.length).toBeGreaterThanOrEqual(3);
    expect(sessionHijack.remediation.length).toBeGreaterThanOrEqual(3);
    // Every sample and near miss is in the folder's expected.json, and every file there is one of them.
    const files = [...sessionHijack.samples.map((s) => s.file), ...sessionHijack.nearMisses.map((n) => n.file)];
    expect(files.map((f) => f.replace(`${FOLDER}/`, '')).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const s of sessionHijack.samples) expect(EXPECTED[s.file.replace(`${FOLDER}/`, '')].fires).toBe(true);
    for (const n of sessionHijack.nearMisses) expect(EXPECTED[n.file.replace(`${FOLDER}/`, '')].fires).toBe(false);
  });
});

describe.each(sessionHijack.samples.map((s) => [s.file.replace(`${FOLDER}/`, ''), s.file] as const))(
  'session-hijack sample %s',
  (name, file) => {
    const want = EXPECTED[name];

    it('names actor, victim, session, how, time and client, with its evidence', async () => {
      const { code, json } = await sampleReport(file);
      expect(code).toBe(1); // a security alert
      const [f, ...more] = hijacks(json);
      expect(more).toEqual([]);
      expect(f.confidence).toBe(want.confidence);
      expect(f.hijack).toMatchObject({
        how: want.how,
        time: want.time,
        victim: want.victim ? { user: want.victim } : {},
        session: { id: want.sessionId, connection: want.connection },
        actor: { user: want.actor, knownBy: want.actorKnownBy, client: want.client ?? {} },
      });
      expect(f.hijack.prepared).toBe(want.prepared);
      if (want.ranAs) expect(f.hijack.actor.ranAs).toBe(want.ranAs);
      else expect(f.hijack.actor.ranAs).toBeUndefined();
      if (want.shape) expect(f.hijack.shape).toEqual(want.shape);
      if (want.service) expect(f.hijack.service?.name).toBe(want.service);
      const session = want.victim ? `${want.victim}'s Remote Desktop session` : 'A Remote Desktop session';
      expect(f.title).toBe(
        want.prepared
          ? `A takeover of ${want.victim}'s Remote Desktop session prepared by ${want.actor} on RDSH01.corp.example.test`
          : `${session} taken over by ${want.actor} on RDSH01.corp.example.test`,
      );
      expect(f.explanation).toContain(`Actor: ${want.actor}`);
      expect(f.explanation).toContain(`Victim: ${want.victim ?? 'a user the logs do not name'}`);
      // Without a reconnect the finding says the logs cannot show the session was taken.
      if (!want.attempt)
        expect(f.explanation).toMatch(
          want.prepared ? /show neither that it ran .* nor a reconnect/ : /hold no reconnect of that session/,
        );
      expect(f.remediation.length).toBeGreaterThan(2);
      // The reconnect is evidence; so is the process or service that made it, when the logs hold one.
      const ids = f.evidence.map((e) => e.eventId);
      if (want.attempt) expect(ids).toContain(4778);
      else expect(ids.filter((id) => id === 4778 || id === 25)).toEqual([]);
      if (want.how === 'tscon') expect(ids).toContain(4688);
      // The service's installation, and the process records of the commands around it (Security 4688, Sysmon 1).
      if (want.how === 'service') expect(ids).toContain(7045);
      if (want.how === 'service') expect(ids.some((id) => id === 4688 || id === 1)).toBe(true);
      if (want.how === 'shape') expect(ids.filter((id) => id === 4688 || id === 4697 || id === 7045)).toEqual([]);
    });

    it("marks the connection that took the session as the actor's act, not the victim's sign-in", async () => {
      const { json } = await sampleReport(file);
      const [f] = hijacks(json);
      if (!want.attempt) {
        // No reconnect in the logs: no connection is marked as the one that took it.
        expect(f.attempts).toBeUndefined();
        for (const a of json.attempts) expect(a.takeover).toBeUndefined();
        return;
      }
      const a = json.attempts.find((x) => x.id === f.hijack.attempt)!;
      expect(f.attempts).toEqual([a.id]);
      expect(a.start).toBe(want.attempt!.start);
      expect(a.user).toBe(want.attempt!.user);
      expect(a.takeover).toEqual({ victim: want.victim, sessionId: want.sessionId, how: want.how, actor: want.actor });
      // No attempt names the victim for the actor's act.
      for (const other of json.attempts.filter((x) => x.id !== a.id)) expect(other.takeover).toBeUndefined();
      const table = await rdpdiag(['analyze', file]);
      expect(table.stdout.replace(/\s+/g, ' ')).toContain(
        `as ${want.actor} (took over ${want.victim}'s session ${want.sessionId}: session-hijack)`,
      );
    });
  },
);

describe.each(sessionHijack.nearMisses.map((n) => [n.file.replace(`${FOLDER}/`, ''), n.file, n.why] as const))(
  'session-hijack near miss %s',
  (name, file, why) => {
    it('makes no finding and leaves each attempt its own user', async () => {
      const { code, json } = await analyzeJson(file);
      expect(hijacks(json), why).toEqual([]);
      expect(code).toBe(0);
      expect(json.attempts.map((a) => a.user)).toEqual(EXPECTED[name].users);
      for (const a of json.attempts) expect(a.takeover).toBeUndefined();
    });
  },
);

describe('session-hijack: what each rule rests on', () => {
  const shape = sampleXml(`${FOLDER}/shape-only.xml`);
  const direct = sampleXml(`${FOLDER}/sample.xml`);
  /** The sample without the events whose `<EventID>` and a text in them say so. */
  const without = (xml: string, id: number, text: string) =>
    xml
      .split('\n')
      .filter((l) => !(l.includes(`<EventID>${id}</EventID>`) && l.includes(text)))
      .join('\n');

  it("the shape without the actor's own disconnect: the session still connected elsewhere is enough, told less sure", () => {
    const xml = without(without(shape, 4779, '>j.smith<'), 24, 'j.smith');
    const [f] = hijacks(analyzeXml(xml));
    expect(f.hijack.shape).toEqual(['session-connected-elsewhere']);
    expect(f.confidence).toBe(0.6);
    // The actor: the account that signed in from that client before.
    expect(f.hijack.actor.user).toBe('CORP\\j.smith');
    expect(f.hijack.actor.knownBy).toMatch(/^signed in from that client at 2024-06-13 10:12:0\dZ/);
  });

  it('the shape is no hijack when the victim signed in from that client just before (her own reconnect)', () => {
    const signIn = shape
      .split('\n')
      .find((l) => l.includes('<EventID>4624</EventID>') && l.includes('>adm.keller<') && l.includes('>3<'))!
      .replace('08:00:10.1043000', '10:14:29.9000000')
      .replace('192.0.2.10', '192.0.2.57')
      .replace(/<EventRecordID>\d+</, '<EventRecordID>4410499<');
    const xml = shape.replace('</Events>', `${signIn}\n</Events>`);
    expect(hijacks(analyzeXml(xml))).toEqual([]);
  });

  it('a reconnect after the session was disconnected, onto a connection no other session left, is no hijack', () => {
    const xml = without(without(without(direct, 4688, 'tscon'), 4779, '>j.smith<'), 24, 'j.smith');
    expect(hijacks(analyzeXml(xml))).toEqual([]);
  });

  it('tscon as SYSTEM with no reconnect in the logs: told, with the session owner LSM names, and no attempt', () => {
    const xml = without(without(direct, 4778, '>adm.keller<'), 25, 'adm.keller');
    const [f] = hijacks(analyzeXml(xml));
    expect(f.confidence).toBe(0.7);
    expect(f.attempts).toBeUndefined();
    expect(f.hijack).toMatchObject({
      how: 'tscon',
      victim: { user: 'CORP\\adm.keller' },
      session: { id: '2', connection: 'rdp-tcp#7' },
      actor: { ranAs: 'SYSTEM' },
    });
    expect(f.explanation).toContain('hold no reconnect of that session');
  });

  /** The direct sample with its tscon (4688) run by an account (its SID's last part, name and logon id), not SYSTEM. */
  const tsconBy = (rid: string, user: string, logonId: string) =>
    direct.replace(/(<EventID>4688<\/EventID>.*?tscon\.exe.*)/, (l) =>
      l
        .replace(
          "<Data Name='SubjectUserSid'>S-1-5-18<",
          `<Data Name='SubjectUserSid'>S-1-5-21-1111111111-2222222222-3333333333-${rid}<`,
        )
        .replace("<Data Name='SubjectUserName'>RDSH01$<", `<Data Name='SubjectUserName'>${user}<`)
        .replace("<Data Name='SubjectLogonId'>0x3e7<", `<Data Name='SubjectLogonId'>${logonId}<`),
    );

  it('tscon run by the session owner, not SYSTEM, is their own session: no finding', () => {
    const own = tsconBy('1105', 'adm.keller', '0x3a1f04');
    expect(own).toContain("<Data Name='SubjectUserName'>adm.keller<");
    // Without the other session leaving (the owner moved her own session to a connection of hers).
    expect(hijacks(analyzeXml(without(own, 4779, '>j.smith<')))).toEqual([]);
  });

  it("tscon run by another account, not SYSTEM, needs the owner's password: told, less sure, asking how they had it", () => {
    const other = tsconBy('1187', 'j.smith', '0x4b2c3a');
    const [f] = hijacks(analyzeXml(other));
    expect(f.confidence).toBe(0.6);
    expect(f.hijack.actor).toMatchObject({
      user: 'CORP\\j.smith',
      knownBy: 'ran tscon (Security 4688)',
      ranAs: 'CORP\\j.smith',
    });
    expect(f.explanation).toContain('Ask CORP\\j.smith how they had it.');
  });

  it("a service prepared by the session's own owner, or run as an account rather than SYSTEM, takes nobody's session", () => {
    const prepared = sampleXml(`${FOLDER}/service-prepared.xml`);
    expect(hijacks(analyzeXml(prepared))).toHaveLength(1);
    const installs = (l: string) => /<EventID>4688<|<EventID>4697<|>7045<\/EventID>/.test(l);
    const own = prepared
      .split('\n')
      .map((l) =>
        installs(l)
          ? l
              .replaceAll(
                'S-1-5-21-1111111111-2222222222-3333333333-1187',
                'S-1-5-21-1111111111-2222222222-3333333333-1105',
              )
              .replaceAll('>j.smith<', '>adm.keller<')
          : l,
      )
      .join('\n');
    expect(own).toContain(
      "<Data Name='SubjectUserName'>adm.keller</Data><Data Name='SubjectDomainName'>CORP</Data><Data Name='SubjectLogonId'>0x4b5c3a<",
    );
    expect(hijacks(analyzeXml(own))).toEqual([]);
    // A service run as an account: tscon then needs the session's password, as that account typing it would.
    const asAccount = prepared.replaceAll('>LocalSystem<', '>CORP\\svc.report<');
    expect(asAccount).toContain('>CORP\\svc.report<');
    expect(hijacks(analyzeXml(asAccount))).toEqual([]);
  });

  it('one tscon logged by both Security 4688 and Sysmon 1 is one act', () => {
    const sysmon = sampleXml(`${FOLDER}/service-sysmon.xml`);
    const [f] = hijacks(analyzeXml(sysmon));
    // The same starts as Security 4688 too (hexadecimal process ids): still one finding, one tscon.
    const lines = sysmon.split('\n');
    const security = lines
      .filter((l) => l.includes('<EventID>1</EventID>'))
      .map((l, i) => {
        const d = (name: string) => new RegExp(`<Data Name='${name}'>([^<]*)<`).exec(l)![1];
        const system = d('User') === 'NT AUTHORITY\\SYSTEM';
        const time = /SystemTime='([^']*)'/.exec(l)![1];
        return `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-A5BA-3E3B0328C30D}'/><EventID>4688</EventID><Version>2</Version><Level>0</Level><Task>13312</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='${time}'/><EventRecordID>${4417001 + i}</EventRecordID><Correlation/><Execution ProcessID='684' ThreadID='707'/><Channel>Security</Channel><Computer>RDSH01.corp.example.test</Computer><Security/></System><EventData><Data Name='SubjectUserSid'>${system ? 'S-1-5-18' : 'S-1-5-21-1111111111-2222222222-3333333333-1187'}</Data><Data Name='SubjectUserName'>${system ? 'RDSH01$' : 'j.smith'}</Data><Data Name='SubjectDomainName'>CORP</Data><Data Name='SubjectLogonId'>${system ? '0x3e7' : '0x4b7c3a'}</Data><Data Name='NewProcessId'>0x${Number(d('ProcessId')).toString(16)}</Data><Data Name='NewProcessName'>${d('Image')}</Data><Data Name='TokenElevationType'>%%1936</Data><Data Name='ProcessId'>0x${Number(d('ParentProcessId')).toString(16)}</Data><Data Name='CommandLine'>${d('CommandLine')}</Data><Data Name='TargetUserSid'>S-1-0-0</Data><Data Name='TargetUserName'>-</Data><Data Name='TargetDomainName'>-</Data><Data Name='TargetLogonId'>0x0</Data><Data Name='ParentProcessName'>${d('ParentImage')}</Data><Data Name='MandatoryLabel'>S-1-16-16384</Data></EventData></Event>`;
      });
    expect(security).toHaveLength(4);
    const both = sysmon.replace('</Events>', `${security.join('\n')}\n</Events>`);
    const [g, ...more] = hijacks(analyzeXml(both));
    expect(more).toEqual([]);
    expect(g.hijack).toMatchObject({ how: 'service', command: f.hijack.command, actor: { user: 'CORP\\j.smith' } });
    // Each process once in the evidence, whichever log gave it.
    const starts = g.evidence.filter((e) => e.eventId === 1 || e.eventId === 4688).map((e) => e.time);
    expect(starts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it("reads tscon's arguments as Windows does: an id or a name, /dest with a colon or a space, /password", () => {
    expect(tsconArgs('tscon  2 /dest:rdp-tcp#8')).toEqual({ target: '2', dest: 'rdp-tcp#8', password: false });
    expect(tsconArgs('cmd.exe /k tscon 2 /dest rdp-tcp#14')).toEqual({
      target: '2',
      dest: 'rdp-tcp#14',
      password: false,
    });
    expect(tsconArgs('"C:\\Windows\\System32\\tscon.exe" 3 /dest:console /password:* /v')).toEqual({
      target: '3',
      dest: 'console',
      password: true,
    });
    expect(tsconArgs('sc create x binpath= "cmd.exe /k tscon 4 /dest:RDP-Tcp#1"')).toMatchObject({
      target: '4',
      dest: 'rdp-tcp#1',
    });
    expect(tsconArgs('notepad.exe tsconfig.json')).toBeUndefined();
  });
});

describe('session-hijack followed live (--follow)', () => {
  /** The events one by one, the wall clock at each event's time, then two minutes of quiet. */
  function follow(file: string) {
    const events = eventsFromXml(sampleXml(file));
    const live = new LiveAnalyzer();
    const found: SessionHijackFinding[] = [];
    const users: (string | undefined)[] = [];
    const run = (now: number) => {
      const r = live.run(now);
      found.push(...hijacks(r));
      users.push(...r.attempts.map((a) => a.user));
    };
    for (const e of events) {
      live.add([e], e.timeMs);
      run(e.timeMs);
    }
    run(events[events.length - 1].timeMs + 120_000);
    return { found, users };
  }

  it.each(
    sessionHijack.samples
      .map((s) => [s.file.replace(`${FOLDER}/`, ''), s.file] as const)
      .filter(([name]) => EXPECTED[name].attempt),
  )('%s: told once, as offline, the moment its reconnect is logged', (name, file) => {
    const want = EXPECTED[name];
    const { found, users } = follow(file);
    expect(found).toHaveLength(1);
    expect(found[0].hijack).toMatchObject({
      how: want.how,
      time: want.time,
      victim: { user: want.victim },
      actor: { user: want.actor },
    });
    // Her own morning connection, then the actor's: the connection that took her session is his.
    expect(users).toEqual([want.victim, want.actor]);
  });

  it('a service prepared and never seen to run is told once the logs reach an hour past its installation', () => {
    const events = eventsFromXml(sampleXml(`${FOLDER}/service-prepared.xml`));
    const last = events[events.length - 1].timeMs;
    const installed = events.find((e) => e.eventId === 4697)!.timeMs;
    const at = (now: number) => {
      const live = new LiveAnalyzer();
      live.add(events, last);
      return hijacks(live.run(now));
    };
    // Its start may still come: nothing yet two minutes after.
    expect(at(installed + 120_000)).toEqual([]);
    expect(at(installed + 3_700_000).map((f) => [f.hijack.prepared, f.hijack.service?.name])).toEqual([
      [true, 'wupdsvc'],
    ]);
  });

  it('a near miss stays quiet live too', () => {
    for (const n of sessionHijack.nearMisses) expect(follow(n.file).found, n.file).toEqual([]);
  });

  it('tscon as SYSTEM whose reconnect never comes is told once the logs reach past the time it would', () => {
    const xml = sampleXml(`${FOLDER}/sample.xml`)
      .split('\n')
      .filter(
        (l) =>
          !(l.includes('<EventID>4778</EventID>') || (l.includes('<EventID>25</EventID>') && l.includes('adm.keller'))),
      )
      .join('\n');
    const events = eventsFromXml(xml);
    const live = new LiveAnalyzer();
    const tscon = events.find((e) => e.data.NewProcessName?.endsWith('tscon.exe'))!;
    live.add(
      events.filter((e) => e.timeMs <= tscon.timeMs + 1_000),
      tscon.timeMs + 1_000,
    );
    expect(hijacks(live.run(tscon.timeMs + 1_000))).toEqual([]);
    live.add(
      events.filter((e) => e.timeMs > tscon.timeMs + 1_000),
      tscon.timeMs + 2_000,
    );
    const later = hijacks(live.run(tscon.timeMs + 130_000));
    expect(later.map((f) => f.hijack.session)).toEqual([{ id: '2', connection: 'rdp-tcp#7' }]);
  });
});

describe('session-hijack: what reading keeps and pull selects', () => {
  const events = eventsFromXml(sampleXml(`${FOLDER}/service.xml`));
  const processes = events.filter((e) => e.eventId === 4688);

  it('keeps the process creations that tell tscon and service control, drops the rest of a busy Security log', () => {
    const keep = neededForAnalysis();
    const kept = processes.filter(keep).map((e) => e.data.CommandLine);
    expect(kept).toEqual([
      'sc.exe  create upd8 binpath= "cmd.exe /k tscon 2 /dest:rdp-tcp#17"',
      'sc.exe  start upd8',
      'cmd.exe /k tscon 2 /dest:rdp-tcp#17',
      'tscon  2 /dest:rdp-tcp#17',
    ]);
    const direct = eventsFromXml(sampleXml(`${FOLDER}/sample.xml`)).filter((e) => e.eventId === 4688);
    expect(direct.filter((e) => !keep(e)).map((e) => e.data.CommandLine)).toEqual([
      'PsExec64.exe -accepteula -s -i cmd.exe',
      '"cmd.exe"',
    ]);
    expect(events.filter((e) => e.eventId === 4697 || e.eventId === 7045).every(keep)).toBe(true);
    // Sysmon 1 of sc create/start, the service's cmd.exe and tscon.exe, as Security 4688's.
    const sysmon = eventsFromXml(sampleXml(`${FOLDER}/service-sysmon.xml`));
    expect(sysmon.filter((e) => e.eventId === 1)).toHaveLength(4);
    expect(sysmon.every(keep)).toBe(true);
  });

  it('has readers decode of a 4688 first only what tells whether it is kept', () => {
    const select = fieldsForAnalysis();
    const [first] = processes;
    const header = { ...first, data: {} };
    expect([...(select.pick(header) as Set<string>)].sort()).toEqual(['CommandLine', 'NewProcessName']);
    expect(select.whole(first)).toBe(true);
    expect(select.interest?.ids.has(4688)).toBe(true);
  });

  it('pull and the export queries select Security 4688 and 4697 and System 7045', () => {
    const s = exportSelection();
    expect(s.securityIds).toEqual(expect.arrayContaining([4688, 4697, 4778, 4779]));
    expect(s.systemIds).toContain(7045);
    // Not every Service Control Manager event (7036 on every service start and stop): 7045 alone.
    expect(s.systemProviders).not.toContain('Service Control Manager');
  });
});

describe('session-hijack in the SIEM formats', () => {
  it('ECS: a critical intrusion alert, T1563.002, the actor as user, the victim as target user, the client as source', async () => {
    const r = await rdpdiag(['analyze', '--format', 'ecs', `${FOLDER}/service.xml`]);
    const docs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const alert = docs.find((d) => d.rule?.id === 'session-hijack');
    expect(alert.event).toMatchObject({ kind: 'alert', category: ['intrusion_detection'], severity: 99 });
    expect(alert.threat.technique.subtechnique.id).toEqual(['T1563.002']);
    expect(alert.user).toEqual({ name: 'j.smith', domain: 'CORP', target: { name: 'adm.keller', domain: 'CORP' } });
    expect(alert.source).toMatchObject({ ip: '192.0.2.57', domain: 'WS-0457' });
    const attempt = docs.find((d) => d.rdpdiag?.takeover);
    expect(attempt.user).toEqual({ name: 'j.smith', domain: 'CORP', target: { name: 'adm.keller', domain: 'CORP' } });
  });

  it('Splunk HEC: the actor as user, the client as src, the victim named', async () => {
    const r = await rdpdiag(['analyze', '--format', 'splunk-hec', `${FOLDER}/sample.xml`]);
    const alert = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .find((e) => e.event.signature_id === 'session-hijack');
    expect(alert.event).toMatchObject({
      user: 'j.smith',
      src: '192.0.2.57',
      severity: 'critical',
      rdpdiag_target_user: 'CORP\\adm.keller',
      mitre_technique_id: ['T1563.002'],
    });
  });
});

// The three real hijack logs of the corpus: session-hijack-corpus.test.ts (slow tier, with the corpus).
