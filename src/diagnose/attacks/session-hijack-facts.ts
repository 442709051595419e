/**
 * What the session-hijack detector reads of one computer's logs, in time order: process starts (Security 4688,
 * Sysmon 1; one start logged by both is one), services made to run tscon (Security 4697, System 7045; one
 * installation logged by both is one), session states (Security 4778/4779, 4624 type 10, LSM 21-25), sign-ins from a
 * client, each tscon run, and the reconnects of sessions to a remote client's connection that anchor a takeover.
 */
import { isProcessStart, processStartOf } from './host-acts.js';
import { clientAddress, type HostNames, logKind, logonType, sessionIdOf, userOf } from '../../correlate/index.js';
import type { NormalizedEvent } from '../../model/event.js';
import type { AccountNames } from '../account-names.js';
import { accountName } from './process-accounts.js';

/** Two logs (Security, LSM) of one act, or one log's events of one act, may be this far apart in either order. */
export const SKEW_MS = 2_000;
/** A process's parent started this long before it at most, for the launcher of a tscon. */
const LAUNCH_LEAD_MS = 10_000;

const SYSTEM_SID = 'S-1-5-18';

/** One process creation (Security 4688, Sysmon 1) as the detector reads it. */
export interface ProcessStart {
  e: NormalizedEvent;
  /** The image's file name, lower case (`tscon.exe`). */
  image: string;
  command: string;
  parentImage: string;
  pid?: string;
  parentPid?: string;
  /** `DOMAIN\user` of the account that started it; undefined for SYSTEM. */
  user?: string;
  system: boolean;
}

export interface TsconArgs {
  /** The session to connect (an id, or a session name). */
  target?: string;
  /** The connection it goes to (`rdp-tcp#8`, `console`), lower case. */
  dest?: string;
  password: boolean;
}

/** tscon run once: its own process event, the command that launched it, or both. */
export interface TsconAct {
  tscon?: ProcessStart;
  launcher?: ProcessStart;
  args: TsconArgs;
  timeMs: number;
  system: boolean;
  /** Started by the Service Control Manager (services.exe), directly or through the cmd.exe it ran. */
  viaService: boolean;
  used?: boolean;
}

/** A service installed to run tscon (Security 4697, System 7045). */
export interface ServiceInstall {
  events: NormalizedEvent[];
  name?: string;
  command: string;
  args: TsconArgs;
  creator?: { user: string; event: NormalizedEvent };
  /** The account it runs as (4697 `ServiceAccount`, 7045 `AccountName`), when logged. */
  account?: string;
  timeMs: number;
  used?: boolean;
}

/** `sc create|start <name>`, `net start <name>` by an account. */
export interface ServiceControl {
  p: ProcessStart;
  verb: 'create' | 'start';
  name?: string;
}

/** A session (re)connected to a client, disconnected or logged off, as Security and LSM log it. */
export interface SessionState {
  e: NormalizedEvent;
  kind: 'connected' | 'disconnected' | 'signed-out';
  user?: string;
  logonId?: string;
  connection?: string;
  sessionId?: string;
  clientName?: string;
  address?: string;
}

/** The events the detector reads of one computer, in time order. */
export interface HostFacts {
  processes: ProcessStart[];
  /** The starts by image and process id, to keep one start logged twice once. */
  starts: Map<string, ProcessStart[]>;
  services: ServiceInstall[];
  states: SessionState[];
  /** Sign-ins from a client: 4624 type 3/7/10 with an address, RCM 1149. */
  signIns: NormalizedEvent[];
}

const bare = (u: string) => u.replace(/^.*\\/, '').replace(/@.*$/, '').toLowerCase();
/** `DOMAIN\user`, `user@domain` and `user` name one account when the user parts agree (any case). */
export const sameAccount = (x: string | undefined, y: string | undefined) => !!x && !!y && bare(x) === bare(y);

function joinUser(domain: string | undefined, user: string | undefined): string | undefined {
  const u = user?.trim();
  if (!u || u === '-') return undefined;
  const d = domain?.trim();
  return d && d !== '-' ? `${d}\\${u}` : u;
}

function baseName(path: string | undefined): string {
  return (path ?? '').trim().replace(/^"|"$/g, '').split('\\').pop()!.toLowerCase();
}

const isSystem = (sid: string | undefined, logonId: string | undefined) =>
  sid?.trim().toUpperCase() === SYSTEM_SID || /^0x0*3e7$/i.test(logonId?.trim() ?? '');

const TSCON = /\btscon(?:\.exe)?"?\s+(.*)$/i;

/** tscon's arguments (`tscon {<id> | <name>} [/dest:<name>] [/password:<pw> | /password:*] [/v]`). */
export function tsconArgs(command: string): TsconArgs | undefined {
  const m = TSCON.exec(command);
  if (!m) return undefined;
  const words = m[1].replace(/["']/g, ' ').trim().split(/\s+/);
  const out: TsconArgs = { password: false };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const dest = /^\/dest(?::(.*))?$/i.exec(w);
    if (dest) {
      const value = dest[1] || words[++i];
      if (value) out.dest = value.toLowerCase();
    } else if (/^\/password/i.test(w)) out.password = true;
    else if (/^[&|<>]/.test(w)) break;
    else if (!w.startsWith('/') && out.target === undefined) out.target = w;
  }
  return out;
}

/** A connection of a remote client (`RDP-Tcp#8`), not the console. */
export const remoteConnection = (name: string | undefined) => !!name && /#\d+$/.test(name);

/**
 * A process start as host-acts reads it (Security 4688, Sysmon 1), with who started it: SYSTEM apart from a user.
 * Sysmon 1's `User` is `NT AUTHORITY\SYSTEM` (or the machine account) for SYSTEM.
 */
function processOf(e: NormalizedEvent): ProcessStart {
  const s = processStartOf(e)!;
  const d = e.data;
  let user: string | undefined;
  let system: boolean;
  if (s.sysmon) {
    const account = accountName(d.User);
    system = account === 'SYSTEM' || /^0x0*3e7$/i.test(d.LogonId?.trim() ?? '');
    user = system ? undefined : account;
  } else {
    system = isSystem(d.SubjectUserSid, d.SubjectLogonId);
    user = system ? undefined : joinUser(d.SubjectDomainName, d.SubjectUserName);
  }
  return {
    e,
    image: baseName(s.image),
    command: d.CommandLine ?? '',
    parentImage: baseName(s.parentImage),
    ...(s.pid ? { pid: s.pid } : {}),
    ...(s.parentPid ? { parentPid: s.parentPid } : {}),
    ...(user ? { user } : {}),
    system,
  };
}

/** One process logged by both Security 4688 and Sysmon 1 is one start: the first record kept. */
function sameStart(p: ProcessStart, q: ProcessStart): boolean {
  return p.image === q.image && p.pid !== undefined && p.pid === q.pid && Math.abs(p.e.timeMs - q.e.timeMs) <= SKEW_MS;
}

const SERVICE_TOOLS = new Set(['sc.exe', 'net.exe', 'net1.exe']);

export function serviceControlOf(p: ProcessStart): ServiceControl | undefined {
  if (!SERVICE_TOOLS.has(p.image)) return undefined;
  const m = /\s(create|start)\s+"?([^\s"]+)/i.exec(p.command);
  if (!m) return undefined;
  return { p, verb: m[1].toLowerCase() as 'create' | 'start', name: m[2] };
}

function stateOf(e: NormalizedEvent): SessionState | undefined {
  const kind = logKind(e);
  const d = e.data;
  if (kind === 'security') {
    if (e.eventId === 4778 || e.eventId === 4779)
      return {
        e,
        kind: e.eventId === 4778 ? 'connected' : 'disconnected',
        user: userOf(e),
        ...(d.LogonID ? { logonId: d.LogonID.trim().toLowerCase() } : {}),
        ...(d.SessionName ? { connection: d.SessionName.trim() } : {}),
        ...(d.ClientName && d.ClientName.trim() !== '-' && !/^unknown$/i.test(d.ClientName.trim())
          ? { clientName: d.ClientName.trim() }
          : {}),
        ...(clientAddress(e) ? { address: clientAddress(e) } : {}),
      };
    if (e.eventId === 4624 && logonType(e) === 10)
      return {
        e,
        kind: 'connected',
        user: userOf(e),
        ...(d.TargetLogonId ? { logonId: d.TargetLogonId.trim().toLowerCase() } : {}),
        ...(clientAddress(e) ? { address: clientAddress(e) } : {}),
      };
    return undefined;
  }
  if (kind === 'lsm' && [21, 22, 23, 24, 25].includes(e.eventId)) {
    const user = userOf(e);
    if (!user) return undefined;
    const sessionId = sessionIdOf(e);
    return {
      e,
      kind: e.eventId === 24 ? 'disconnected' : e.eventId === 23 ? 'signed-out' : 'connected',
      user,
      ...(sessionId ? { sessionId } : {}),
      ...(clientAddress(e) ? { address: clientAddress(e) } : {}),
    };
  }
  return undefined;
}

function isSignIn(e: NormalizedEvent): boolean {
  const kind = logKind(e);
  if (kind === 'security') {
    const t = logonType(e);
    return e.eventId === 4624 && (t === 3 || t === 7 || t === 10) && clientAddress(e) !== undefined;
  }
  return kind === 'rcm' && e.eventId === 1149;
}

/** Per computer (keyed by `names`), what the detector reads, in time order. */
export function factsOf(
  events: readonly NormalizedEvent[],
  names: HostNames,
  accounts: AccountNames,
): Map<string, HostFacts> {
  const out = new Map<string, HostFacts>();
  const host = (e: NormalizedEvent) => {
    const key = names.key(e.computer);
    let h = out.get(key);
    if (!h) out.set(key, (h = { processes: [], starts: new Map(), services: [], states: [], signIns: [] }));
    return h;
  };
  for (const e of events) {
    const kind = logKind(e);
    if (isProcessStart(e)) {
      const h = host(e);
      const p = processOf(e);
      // One start logged by both 4688 and Sysmon 1 is one (looked up by image and process id).
      const key = `${p.image}|${p.pid ?? ''}`;
      const seen = h.starts.get(key);
      if (!seen?.some((q) => sameStart(p, q))) {
        h.processes.push(p);
        if (seen) seen.push(p);
        else h.starts.set(key, [p]);
      }
    } else if (kind === 'security' && e.eventId === 4697) {
      const d = e.data;
      const creator = isSystem(d.SubjectUserSid, d.SubjectLogonId)
        ? undefined
        : joinUser(d.SubjectDomainName, d.SubjectUserName);
      addService(host(e), e, d.ServiceName, d.ServiceFileName ?? '', creator, d.ServiceAccount);
    } else if (kind === 'system' && e.eventId === 7045) {
      // The System log names the account that installed the service only by its SID (the event's UserID).
      const sid = e.userSid?.toUpperCase();
      addService(
        host(e),
        e,
        e.data.ServiceName,
        e.data.ImagePath ?? '',
        sid && sid !== SYSTEM_SID ? sid : undefined,
        e.data.AccountName,
      );
    } else {
      const state = stateOf(e);
      if (state) host(e).states.push(state);
      if (isSignIn(e)) {
        host(e).signIns.push(e);
      }
    }
  }
  // A 7045's installer by name, where another event of the computer names that SID.
  for (const h of out.values())
    for (const s of h.services)
      if (s.creator) s.creator.user = accounts.label(s.creator.event.computer, s.creator.user, s.timeMs);
  return out;
}

/** A service event with tscon in its command; the 4697 and 7045 of one installation are one. */
function addService(
  h: HostFacts,
  e: NormalizedEvent,
  name: string | undefined,
  command: string,
  creator?: string,
  account?: string,
) {
  const args = tsconArgs(command);
  if (!args) return;
  const runsAs = account?.trim() && account.trim() !== '-' ? account.trim() : undefined;
  const same = h.services.find(
    (s) =>
      Math.abs(s.timeMs - e.timeMs) <= SKEW_MS &&
      (s.name && name ? s.name.toLowerCase() === name.toLowerCase() : s.command === command),
  );
  if (same) {
    same.events.push(e);
    // The 4697's account name is better than the 7045's SID.
    if (creator && (!same.creator || /^S-1-/i.test(same.creator.user))) same.creator = { user: creator, event: e };
    if (runsAs && !same.account) same.account = runsAs;
    return;
  }
  h.services.push({
    events: [e],
    ...(name ? { name } : {}),
    command,
    args,
    ...(runsAs ? { account: runsAs } : {}),
    ...(creator ? { creator: { user: creator, event: e } } : {}),
    timeMs: e.timeMs,
  });
}

/** Each tscon run: the tscon.exe process with the command that launched it, or either alone. */
export function tsconActs(processes: readonly ProcessStart[]): TsconAct[] {
  const acts: TsconAct[] = [];
  const launchers = new Set<ProcessStart>();
  for (const p of processes) {
    if (p.image !== 'tscon.exe') continue;
    const launcher = processes.find(
      (q) =>
        q !== p &&
        q.pid !== undefined &&
        q.pid === p.parentPid &&
        q.e.timeMs <= p.e.timeMs &&
        p.e.timeMs - q.e.timeMs <= LAUNCH_LEAD_MS &&
        tsconArgs(q.command) !== undefined,
    );
    if (launcher) launchers.add(launcher);
    const args = tsconArgs(p.command) ?? (launcher && tsconArgs(launcher.command)) ?? { password: false };
    acts.push({
      tscon: p,
      ...(launcher ? { launcher } : {}),
      args,
      timeMs: p.e.timeMs,
      system: p.system,
      viaService: p.parentImage === 'services.exe' || launcher?.parentImage === 'services.exe',
    });
  }
  // A command that runs tscon whose tscon.exe is not in the logs (sc.exe's binpath is a service's, not a run).
  for (const q of processes) {
    if (launchers.has(q) || q.image === 'tscon.exe' || SERVICE_TOOLS.has(q.image)) continue;
    const args = tsconArgs(q.command);
    if (!args) continue;
    acts.push({
      launcher: q,
      args,
      timeMs: q.e.timeMs,
      system: q.system,
      viaService: q.parentImage === 'services.exe',
    });
  }
  return acts.sort((x, y) => x.timeMs - y.timeMs);
}

/** A reconnect of a session to a remote client's connection: the anchor of a takeover. */
export interface Reconnect {
  /** The 4778, else the LSM 25. */
  e: NormalizedEvent;
  /** LSM 25 of the same reconnect, when both logs have it. */
  lsm?: NormalizedEvent;
  user: string;
  logonId?: string;
  connection?: string;
  sessionId?: string;
  client: { name?: string; address?: string };
}

export function reconnectsOf(states: readonly SessionState[]): Reconnect[] {
  const out: Reconnect[] = [];
  const lsm25 = states.filter((s) => s.e.eventId === 25 && s.address);
  const paired = new Set<SessionState>();
  for (const s of states) {
    if (s.e.eventId !== 4778 || !s.user || !remoteConnection(s.connection)) continue;
    if (!s.address && !s.clientName) continue;
    const lsm = lsm25.find(
      (l) => !paired.has(l) && sameAccount(l.user, s.user) && Math.abs(l.e.timeMs - s.e.timeMs) <= SKEW_MS,
    );
    if (lsm) paired.add(lsm);
    out.push({
      e: s.e,
      ...(lsm ? { lsm: lsm.e } : {}),
      user: s.user,
      ...(s.logonId ? { logonId: s.logonId } : {}),
      connection: s.connection!,
      ...((lsm?.sessionId ?? s.sessionId) ? { sessionId: lsm?.sessionId ?? s.sessionId } : {}),
      client: { ...(s.clientName ? { name: s.clientName } : {}), ...(s.address ? { address: s.address } : {}) },
    });
  }
  for (const l of lsm25) {
    if (paired.has(l) || !l.user) continue;
    out.push({
      e: l.e,
      user: l.user,
      ...(l.sessionId ? { sessionId: l.sessionId } : {}),
      client: { address: l.address! },
    });
  }
  return out.sort((x, y) => x.e.timeMs - y.e.timeMs);
}
