/**
 * `rdp-enabled` (its home as data is patterns/findings/rdp-enabled.ts): Remote Desktop switched on or opened up.
 * Read from the command that did it (Security 4688, Sysmon 1: reg.exe, PowerShell, wmic, netsh, net localgroup),
 * the registry value set (Sysmon 13, Security 4657) or the group change (Security 4732). A computer's changes within
 * a day of each other are one finding; it is an alert when a Remote Desktop sign-in from a source never seen on
 * the computer before follows within a day (those sign-ins named), information otherwise.
 */
import { isProcessStart } from './host-acts.js';
import { rdpEnabled as definition } from '../../../patterns/findings/rdp-enabled.js';
import { processAccounts } from './process-accounts.js';
import { type HostNames, logKind, numberIn, valueAfter, isSysmon } from '../../correlate/index.js';
import type { Attempt, RdpEnabledFinding, RdpSettingChange } from '../../model/attempt.js';
import type { NormalizedEvent } from '../../model/event.js';
import type { ValueMarks } from '../../model/value-marks.js';
import type { AccountNames } from '../account-names.js';
import { evidenceRef } from '../evidence-refs.js';
import { showsLogon } from './security.js';
import { formatShortTime } from '../../model/time.js';

/** Changes of one computer this close to each other are one act (one finding). */
const EPISODE_GAP_MS = 24 * 3600_000;
/** A sign-in this long after the last change is said to follow it. */
const FOLLOW_MS = 24 * 3600_000;
/** Two logs of one change (4688 and Sysmon 1 and 13 of one reg.exe) are this close. */
const SAME_ACT_MS = 10_000;

type Kind = RdpSettingChange['kind'];
type Change = RdpSettingChange & { timeMs: number; events: NormalizedEvent[] };

/** The changes one computer's logs show, close in time (a finding once the attempts are numbered). */
export interface FoundRdpChanges {
  computer: string;
  changes: Change[];
  /** Sessions shadowed after the first change and before the next episode (RCM 20503/20506). */
  shadows?: Shadow[];
}

/** RCM's shadowing records: a start (20503 view, 20506 control) and the user's permission (20508, 20510). */
const SHADOW_START: Readonly<Record<number, boolean>> = { 20503: false, 20506: true };
const SHADOW_CONSENT: Readonly<Record<number, boolean>> = { 20508: false, 20510: true };
/** A permission this long before the start is for it. */
const CONSENT_MS = 120_000;

interface Shadow {
  time: string;
  timeMs: number;
  by?: string;
  session?: string;
  control: boolean;
  consent: boolean;
  e: NormalizedEvent;
}

/** Who shadowed and which session, from RCM's UserData (`Param1` the account, `Param2` the session) or named fields. */
function shadowParts(e: NormalizedEvent): { by?: string; session?: string } {
  const d = e.data;
  const values = Object.values(d).map((v) => v?.trim() ?? '');
  const by = d.Param1?.trim() || d.User?.trim() || values.find((v) => /\\/.test(v));
  const session =
    [d.Param2, d.SessionID, d.SessionId, d.TargetSessionId, d.Session]
      .map((v) => v?.trim())
      .find((v) => v && /^\d+$/.test(v)) ?? values.find((v) => /^\d+$/.test(v));
  return { ...(by ? { by } : {}), ...(session ? { session } : {}) };
}

/** Each computer's shadowing starts with whether the user consented just before. */
function shadowsOf(events: readonly NormalizedEvent[], names: HostNames): Map<string, Shadow[]> {
  const out = new Map<string, Shadow[]>();
  const consents = new Map<string, { control: boolean; session?: string; ms: number }[]>();
  for (const e of events) {
    if (logKind(e) !== 'rcm' || !(e.eventId in SHADOW_CONSENT || e.eventId in SHADOW_START)) continue;
    const key = names.key(e.computer);
    const { by, session } = shadowParts(e);
    if (e.eventId in SHADOW_CONSENT) {
      const list = consents.get(key) ?? [];
      list.push({ control: SHADOW_CONSENT[e.eventId]!, ...(session ? { session } : {}), ms: e.timeMs });
      consents.set(key, list);
    } else if (e.eventId in SHADOW_START) {
      const control = SHADOW_START[e.eventId]!;
      const consent = (consents.get(key) ?? []).some(
        (c) =>
          c.control === control &&
          (!c.session || !session || c.session === session) &&
          c.ms <= e.timeMs + 1_000 &&
          e.timeMs - c.ms <= CONSENT_MS,
      );
      const list = out.get(key) ?? [];
      list.push({
        time: e.timestamp,
        timeMs: e.timeMs,
        ...(by ? { by } : {}),
        ...(session ? { session } : {}),
        control,
        consent,
        e,
      });
      out.set(key, list);
    }
  }
  return out;
}

const SYSTEM_SID = 'S-1-5-18';

const REMOTE_DESKTOP = /remote ?desktop|remotedesktop|-28752/i;

/** What a command line changed, each change with its value. */
export function changesInCommand(command: string): { kind: Kind; value?: string }[] {
  const out: { kind: Kind; value?: string }[] = [];
  if (/fDenyTSConnections/i.test(command) && valueAfter(command, 'fDenyTSConnections') === 0)
    out.push({ kind: 'allowed' });
  const wmi = /SetAllowTSConnections\W*?(\d)/i.exec(command);
  if (wmi && wmi[1] === '1') out.push({ kind: 'allowed' });
  if (/\bnetsh\b/i.test(command) && /firewall/i.test(command)) {
    const rdp = REMOTE_DESKTOP.test(command) || /\b(local)?port\s*=\s*3389\b/i.test(command);
    const opens = /enable\s*=\s*yes|mode\s*=\s*enable|action\s*=\s*allow/i.test(command);
    const closes = /action\s*=\s*block|enable\s*=\s*no|mode\s*=\s*disable|\bdelete\b/i.test(command);
    if (rdp && opens && !closes) out.push({ kind: 'firewall' });
  } else if (/Enable-NetFirewallRule\b/i.test(command) && REMOTE_DESKTOP.test(command)) out.push({ kind: 'firewall' });
  else if (
    /(New|Set)-NetFirewallRule\b/i.test(command) &&
    (/\b3389\b/.test(command) || REMOTE_DESKTOP.test(command)) &&
    !/-Action\s+Block|-Enabled\s+(False|0)\b/i.test(command)
  )
    out.push({ kind: 'firewall' });
  if (/PortNumber/i.test(command) && /RDP-Tcp|Terminal Server/i.test(command)) {
    const port = valueAfter(command, 'PortNumber');
    if (port !== undefined && port !== 3389) out.push({ kind: 'port', value: String(port) });
  }
  if (/DisableRestrictedAdmin/i.test(command) && valueAfter(command, 'DisableRestrictedAdmin') === 0)
    out.push({ kind: 'restricted-admin' });
  if (/Terminal Server|Terminal Services|RDP-Tcp/i.test(command) || /Win32_TSGeneralSetting/i.test(command)) {
    for (const name of ['UserAuthentication', 'SecurityLayer', 'Shadow']) {
      if (!new RegExp(`\\b${name}\\b`, 'i').test(command)) continue;
      out.push(...registryChange(name, valueAfter(command, name)));
    }
    const wmi = /SetUserAuthenticationRequired\W*?(\d)/i.exec(command);
    if (wmi && wmi[1] === '0') out.push({ kind: 'nla-off' });
  }
  const member =
    /\bnet1?(?:\.exe)?"?\s+localgroup\s+"?Remote Desktop Users"?\s+"?([^"\s]+)"?\s+\/add\b/i.exec(command) ??
    /Add-LocalGroupMember\b.*Remote Desktop Users.*-Member\s+["']?([^"'\s]+)/i.exec(command);
  if (member) out.push({ kind: 'member', value: member[1]! });
  return out;
}

function baseName(path: string | undefined): string {
  return (path ?? '').trim().replace(/^"|"$/g, '').split('\\').pop()!.toLowerCase();
}

function account(domain: string | undefined, user: string | undefined, sid: string | undefined): string | undefined {
  if (sid?.trim().toUpperCase() === SYSTEM_SID) return 'SYSTEM';
  const u = user?.trim();
  if (!u || u === '-') return undefined;
  const d = domain?.trim();
  return d && d !== '-' ? `${d}\\${u}` : u;
}

/** Sysmon's `User` (`NT AUTHORITY\SYSTEM`, `CORP\user`). */
function sysmonUser(user: string | undefined): string | undefined {
  const u = user?.trim();
  if (!u || u === '-') return undefined;
  return /^NT AUTHORITY\\SYSTEM$/i.test(u) ? 'SYSTEM' : u;
}

function changesOf(e: NormalizedEvent): Change[] {
  const d = e.data;
  const base = { time: e.timestamp, timeMs: e.timeMs, events: [e] };
  const kind = logKind(e);
  if (isProcessStart(e)) {
    const command = (d.CommandLine ?? '').trim();
    const sysmon = isSysmon(e);
    const by = sysmon ? sysmonUser(d.User) : account(d.SubjectDomainName, d.SubjectUserName, d.SubjectUserSid);
    const how = baseName(sysmon ? d.Image : d.NewProcessName) || (sysmon ? 'Sysmon 1' : 'Security 4688');
    return changesInCommand(command).map((c) => ({ ...base, ...c, how, command, ...(by ? { by } : {}) }));
  }
  if (isSysmon(e) && e.eventId === 13) {
    const name = (d.TargetObject ?? '').split('\\').pop() ?? '';
    const value = numberIn(d.Details);
    const by = sysmonUser(d.User);
    const how = `registry (Sysmon 13${d.Image ? `, ${baseName(d.Image)}` : ''})`;
    return registryChange(name, value, d.TargetObject ?? '').map((c) => ({
      ...base,
      ...c,
      how,
      ...(by ? { by } : {}),
    }));
  }
  if (kind === 'security' && e.eventId === 4657) {
    const by = account(d.SubjectDomainName, d.SubjectUserName, d.SubjectUserSid);
    const how = `registry (Security 4657${d.ProcessName ? `, ${baseName(d.ProcessName)}` : ''})`;
    return registryChange(d.ObjectValueName ?? '', numberIn(d.NewValue), d.ObjectName ?? '').map((c) => ({
      ...base,
      ...c,
      how,
      ...(by ? { by } : {}),
    }));
  }
  if (kind === 'security' && e.eventId === 4732 && d.TargetSid?.trim().toUpperCase() === 'S-1-5-32-555') {
    const by = account(d.SubjectDomainName, d.SubjectUserName, d.SubjectUserSid);
    const member = d.MemberName && d.MemberName.trim() !== '-' ? d.MemberName.trim() : d.MemberSid?.trim();
    return [
      { ...base, kind: 'member', how: 'Security 4732', ...(member ? { value: member } : {}), ...(by ? { by } : {}) },
    ];
  }
  return [];
}

/** Where Remote Desktop's own settings live (its key, the listener's, its policy): a value of that name elsewhere is not its. */
const RDP_KEY = /Terminal Server|Terminal Services|RDP-Tcp/i;

function registryChange(name: string, value: number | undefined, path?: string): { kind: Kind; value?: string }[] {
  if (/^fDenyTSConnections$/i.test(name) && value === 0) return [{ kind: 'allowed' }];
  if (/^PortNumber$/i.test(name) && value !== undefined && value !== 3389)
    return [{ kind: 'port', value: String(value) }];
  if (/^DisableRestrictedAdmin$/i.test(name) && value === 0) return [{ kind: 'restricted-admin' }];
  if (path !== undefined && !RDP_KEY.test(path)) return [];
  if (/^UserAuthentication$/i.test(name) && value === 0) return [{ kind: 'nla-off' }];
  if (/^SecurityLayer$/i.test(name) && value === 0) return [{ kind: 'security-layer' }];
  // 2: full control without the user's consent; 4: view without it (1 and 3 ask).
  if (/^Shadow$/i.test(name) && (value === 2 || value === 4)) return [{ kind: 'shadow', value: String(value) }];
  return [];
}

/** Each computer's changes, one act logged twice made one, split where a day passes without one. */
export function findRdpChanges(
  events: readonly NormalizedEvent[],
  names: HostNames,
  accounts: AccountNames,
): FoundRdpChanges[] {
  const byComputer = new Map<string, { computer: string; changes: Change[] }>();
  for (const e of events) {
    if (e.eventId !== 4688 && e.eventId !== 4657 && e.eventId !== 4732 && e.eventId !== 1 && e.eventId !== 13) continue;
    const found = changesOf(e);
    if (!found.length) continue;
    const key = names.key(e.computer);
    let host = byComputer.get(key);
    if (!host) byComputer.set(key, (host = { computer: e.computer, changes: [] }));
    for (const c of found) {
      const same = host.changes.find(
        (x) => x.kind === c.kind && sameValue(x.value, c.value) && Math.abs(x.timeMs - c.timeMs) <= SAME_ACT_MS,
      );
      if (!same) {
        host.changes.push(c);
        continue;
      }
      same.events.push(e);
      // The process event names the command and usually the account better than the registry's.
      if (!same.command && c.command) Object.assign(same, { command: c.command, how: c.how });
      if (!same.by && c.by) same.by = c.by;
      // An account by name rather than by SID (net.exe's argument, not 4732's MemberSid).
      if (c.value && isSid(same.value) && !isSid(c.value)) same.value = c.value;
    }
  }
  const out: FoundRdpChanges[] = [];
  const whoRan = processAccounts(events, names);
  for (const { computer, changes } of byComputer.values()) {
    changes.sort((x, y) => x.timeMs - y.timeMs);
    // A registry record that names no account: the process records of the process that wrote it.
    for (const c of changes)
      for (const e of c.events)
        if (e.eventId === 13 || e.eventId === 4657) c.by ??= whoRan(computer, e.data.ProcessId, e.timeMs);
    // An account 4732 names by SID only (a local account): by the name another record of the computer gives it.
    for (const c of changes) {
      if (c.kind !== 'member' || !isSid(c.value)) continue;
      const name = accounts.nameOf(computer, c.value, c.timeMs);
      if (name) Object.assign(c, { sid: c.value, value: name });
    }
    let episode: Change[] = [];
    for (const c of changes) {
      if (episode.length && c.timeMs - episode[episode.length - 1]!.timeMs > EPISODE_GAP_MS) {
        out.push({ computer, changes: episode });
        episode = [];
      }
      episode.push(c);
    }
    if (episode.length) out.push({ computer, changes: episode });
  }
  // Each shadowing after a change goes with the last episode that began before it.
  const shadows = shadowsOf(events, names);
  for (const [key, list] of shadows) {
    const own = out.filter((f) => names.key(f.computer) === key);
    for (const x of list) {
      const episode = own.filter((f) => f.changes[0]!.timeMs <= x.timeMs).pop();
      if (episode) (episode.shadows ??= []).push(x);
    }
  }
  return out;
}

const isSid = (v: string | undefined) => !!v && /^S-1-\d+(-\d+)+$/i.test(v);

/** One value, or an account once by name and once by SID (`net localgroup … /add` and its 4732). */
function sameValue(x: string | undefined, y: string | undefined): boolean {
  return x === y || (x !== undefined && y !== undefined && (isSid(x) || isSid(y)) && !(isSid(x) && isSid(y)));
}

function sourceOf(a: Attempt): string | undefined {
  return a.via?.clientAddress ?? a.client.address;
}

const WHAT: Record<Kind, (c: RdpSettingChange, mark: (v: string) => string) => string> = {
  allowed: () => 'allowed Remote Desktop connections (fDenyTSConnections 0)',
  firewall: () => 'opened the firewall for Remote Desktop',
  port: (c, mark) => `moved Remote Desktop to port ${mark(c.value ?? '?')}`,
  'restricted-admin': () =>
    'switched Restricted Admin on (DisableRestrictedAdmin 0: a Remote Desktop sign-in with a password hash, no password)',
  member: (c, mark) => `added ${c.value ? mark(c.value) : 'an account'} to Remote Desktop Users`,
  'nla-off': () =>
    'switched Network Level Authentication off (UserAuthentication 0: anyone who connects reaches the logon screen before any credentials are checked)',
  'security-layer': () =>
    'lowered the security layer to RDP security (SecurityLayer 0: no TLS, the server not authenticated to its clients)',
  shadow: (c) =>
    `let sessions be shadowed without their user's consent (Shadow ${c.value}: ${c.value === '4' ? 'watched' : 'watched and controlled'} without asking)`,
};

/** The finding told for a computer's changes, once the attempts are numbered (`attempts`: the whole run's). */
export function rdpEnabledFinding(
  found: FoundRdpChanges,
  attempts: readonly Attempt[],
  names: HostNames,
  marks: ValueMarks,
): RdpEnabledFinding {
  const { markValue } = marks;
  const after = newSourcesAfter(found, attempts, names);
  const { followed, reachedBy, routine } = after;
  const followedBy = followed.map((a) => ({
    attempt: a.id,
    time: a.start,
    ...(a.user ? { user: a.user } : {}),
    address: sourceOf(a)!,
  }));
  const shadowed = shadowSessions(found, attempts, names);
  const sentences = [
    ...changeSentences(found.changes, markValue),
    ...whatFollowed(found.computer, followedBy, after, marks),
    ...shadowed.map((s) => shadowSentence(s, marks)),
  ];
  const evidence = [
    ...[...new Set(found.changes.flatMap((c) => c.events))]
      .sort((x, y) => x.timeMs - y.timeMs)
      .map((e) => evidenceRef(e, marks)),
    ...followed.flatMap((a) => {
      const logon = a.events.find(showsLogon);
      return logon ? [evidenceRef(logon, marks)] : [];
    }),
    ...(followed.length ? [] : reachedBy.flatMap((a) => (a.events[0] ? [evidenceRef(a.events[0], marks)] : []))),
    ...shadowed.map(({ x }) => evidenceRef(x.e, marks)),
  ];
  const byWhom = [...new Set(found.changes.flatMap((c) => (c.by ? [c.by] : [])))];
  return {
    id: 'rdp-enabled',
    computer: found.computer,
    confidence: 0.9,
    title:
      followedBy.length && !routine
        ? `Remote Desktop opened up on ${markValue(found.computer)}, then a new source signed in`
        : `Remote Desktop switched on or opened up on ${markValue(found.computer)}${byWhom.length === 1 ? ` by ${markValue(byWhom[0]!)}` : ''}`,
    explanation: sentences.join(' '),
    evidence,
    remediation: [...definition.remediation],
    ...(followedBy.length
      ? { attempts: followedBy.map((f) => f.attempt) }
      : reachedBy.length
        ? { attempts: reachedBy.map((a) => a.id) }
        : {}),
    rdpEnabled: {
      changes: found.changes.map(({ timeMs: _t, events: _e, ...c }) => c),
      followedBy,
      ...(routine ? { routine: true as const } : {}),
      ...(shadowed.length
        ? {
            shadowed: shadowed.map(({ x, theirs }) => ({
              time: x.time,
              ...(x.by ? { by: x.by } : {}),
              ...(x.session ? { session: x.session } : {}),
              ...(theirs?.user ? { user: theirs.user } : {}),
              control: x.control,
              consent: x.consent,
            })),
          }
        : {}),
    },
  };
}

/** The sign-ins from new sources after the change (routine or not), or none, and connections whose end is unknown. */
function whatFollowed(
  computer: string,
  followedBy: readonly { attempt: string; time: string; user?: string; address: string }[],
  { reachedBy, routine }: ReturnType<typeof newSourcesAfter>,
  { markValue }: ValueMarks,
): string[] {
  const sentences: string[] = [];
  const listed = followedBy
    .map(
      (f) =>
        `${markValue(f.address)}${f.user ? ` as ${markValue(f.user)}` : ''} (${f.attempt} at ${formatShortTime(f.time)})`,
    )
    .join('; ');
  if (followedBy.length && routine)
    sentences.push(
      `Then Remote Desktop sign-ins came from ${followedBy.length === 1 ? 'a source' : 'sources'} that had not signed in on ${markValue(computer)} before: ${listed}: the access granted, in use. An administrator's own change, made from no new source: information, unless the account was not meant to have it.`,
    );
  else if (followedBy.length)
    sentences.push(
      `Then Remote Desktop sign-ins came from ${followedBy.length === 1 ? 'a source' : 'sources'} that had not signed in on ${markValue(computer)} before: ${listed}. Whoever changed the setting opened the way for ${followedBy.length === 1 ? 'it' : 'them'}.`,
    );
  else
    sentences.push(
      'No Remote Desktop sign-in from a source new to this computer followed within a day in the logs given: if an administrator made the change on purpose, this is information.',
    );
  if (!followedBy.length && reachedBy.length)
    sentences.push(
      `But ${reachedBy.length === 1 ? 'a connection' : `${reachedBy.length} connections`} from ${[...new Set(reachedBy.map((a) => sourceOf(a)!))].map(markValue).join(', ')}, which had not signed in on ${markValue(computer)} before, reached Remote Desktop after it (${reachedBy.map((a) => `${a.id} at ${formatShortTime(a.start)}`).join(', ')}), with no record of how ${reachedBy.length === 1 ? 'it' : 'they'} ended: its Security and TerminalServices-LocalSessionManager/Operational logs of that time would say whether anyone signed in.`,
    );
  return sentences;
}

/** Each shadowing with the session it watched or controlled, when a connection given holds that session then. */
function shadowSessions(
  found: FoundRdpChanges,
  attempts: readonly Attempt[],
  names: HostNames,
): { x: Shadow; theirs: Attempt | undefined }[] {
  return (found.shadows ?? []).map((x) => {
    const theirs = x.session
      ? attempts.find(
          (a) =>
            names.key(a.computer) === names.key(found.computer) &&
            a.sessionId === x.session &&
            a.startMs <= x.timeMs &&
            x.timeMs <= a.endMs + FOLLOW_MS &&
            a.outcome === 'succeeded',
        )
      : undefined;
    return { x, theirs };
  });
}

function shadowSentence({ x, theirs }: { x: Shadow; theirs: Attempt | undefined }, { markValue }: ValueMarks): string {
  return `At ${formatShortTime(x.time)} ${x.by ? markValue(x.by) : 'an account RCM does not name'} began to ${x.control ? 'control' : 'watch'} ${x.session ? `session ${markValue(x.session)}` : 'a session'}${theirs?.user ? ` (${markValue(theirs.user)}'s, from ${theirs.client.address ? markValue(theirs.client.address) : 'a client the logs do not name'}, ${theirs.id})` : ''} ${x.consent ? `with its user's consent (RCM ${x.control ? 20510 : 20508})` : `without its user's consent (RCM ${x.e.eventId}, no ${x.control ? 20510 : 20508} before it)`}.`;
}

/**
 * The attempts on the computer from sources never seen there before the first change, within FOLLOW_MS of the last:
 * those that signed in (`followed`) and those with no record of how they ended (`reachedBy`: only Sysmon, or only the
 * listener, saw them).
 */
function newSourcesAfter(
  found: FoundRdpChanges,
  attempts: readonly Attempt[],
  names: HostNames,
): { followed: Attempt[]; reachedBy: Attempt[]; routine: boolean } {
  const first = found.changes[0]!;
  const last = found.changes[found.changes.length - 1]!;
  const key = names.key(found.computer);
  const here = attempts.filter((a) => names.key(a.computer) === key);
  // A source is known once it signed in here before the change: a connection that only reached the listener (a scan,
  // the logon screen a backdoor ran on) makes none known.
  const seen = new Set(
    here
      .filter((a) => a.startMs < first.timeMs && a.outcome === 'succeeded')
      .flatMap((a) => (sourceOf(a) ? [sourceOf(a)!.toLowerCase()] : [])),
  );
  const fresh = here.filter((a) => {
    const source = sourceOf(a);
    return (
      source !== undefined &&
      a.startMs >= first.timeMs &&
      a.startMs <= last.timeMs + FOLLOW_MS &&
      !seen.has(source.toLowerCase())
    );
  });
  const followed = fresh.filter((a) => a.outcome === 'succeeded');
  const reachedBy = fresh.filter((a) => a.outcome === 'unknown');
  // Routine: accounts added to Remote Desktop Users by a named administrator whose own session at the time (if any
  // was over Remote Desktop) came from a source that had signed in before.
  const bare = (u: string | undefined) => u?.split('\\').pop()?.toLowerCase();
  const routine = found.changes.every((c) => {
    if (c.kind !== 'member' || !c.by || c.by === 'SYSTEM') return false;
    const actor = bare(c.by);
    return !here.some((a) => {
      const source = sourceOf(a);
      return (
        bare(a.user) === actor &&
        a.startMs <= c.timeMs &&
        c.timeMs <= a.endMs + FOLLOW_MS &&
        (source === undefined || !seen.has(source.toLowerCase()))
      );
    });
  });
  return { followed, reachedBy, routine };
}

/** One sentence per act: the changes one command made (PowerShell switching it on and opening the firewall). */
function changeSentences(changes: readonly Change[], markValue: ValueMarks['markValue']): string[] {
  const acts: Change[][] = [];
  for (const c of changes) {
    const act = acts[acts.length - 1];
    const head = act?.[0];
    if (act && head?.command && head.command === c.command && head.by === c.by && c.timeMs - head.timeMs <= SAME_ACT_MS)
      act.push(c);
    else acts.push([c]);
  }
  return acts.map((act) => {
    const c = act[0]!;
    const what = act.map((x) => WHAT[x.kind](x, markValue));
    const whats = what.length > 1 ? `${what.slice(0, -1).join(', ')} and ${what[what.length - 1]}` : what[0];
    return `At ${formatShortTime(c.time)} ${c.by ? markValue(c.by) : 'an account the logs do not name'} ${whats} (${c.how}${c.command ? `: \`${markValue(c.command)}\`` : ''}).`;
  });
}
