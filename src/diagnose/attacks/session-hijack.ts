/**
 * `session-hijack` (T1563.002; its home as data is patterns/findings/session-hijack.ts): a Remote Desktop session
 * taken over without its owner's password. How Windows shows it: `tscon <id> /dest:rdp-tcp#N` run as SYSTEM (Security
 * 4688, Sysmon 1; Windows asks SYSTEM for no password) connects session <id> to connection RDP-Tcp#N, the attacker's own; the
 * attacker's session leaves that connection (4779, LSM 24) and the victim's is reconnected to it (4778, LSM 25) with
 * the attacker's client name and address. Often through a service made for it (Security 4697, System 7045 with
 * tscon in its command; services.exe then starts `cmd /k tscon …`). Without process events the shape remains: the
 * victim's session reconnects from a client it was never signed in from, onto a connection another account's session
 * just left, or while it was still connected elsewhere. A service made to run tscon as SYSTEM onto a remote connection
 * whose run and reconnect the logs do not hold is a takeover prepared (`prepared`). Each is told with actor, victim,
 * session, how and time, and the connection that took the session is marked (`Attempt.takeover`): the actor's name on
 * the actor's act. Process starts are read from Security 4688 and Sysmon 1 alike (one start logged by both is one).
 * What it reads of each computer's logs is gathered in session-hijack-facts.ts; here the takeovers and their finding.
 */
import { sessionHijack as definition } from '../../../patterns/findings/session-hijack.js';
import { clientAddress, type HostNames, logKind, userOf, isSysmon } from '../../correlate/index.js';
import type { Attempt, SessionHijack, SessionHijackFinding } from '../../model/attempt.js';
import type { NormalizedEvent } from '../../model/event.js';
import type { ValueMarks } from '../../model/value-marks.js';
import type { AccountNames } from '../account-names.js';
import { evidenceRef } from '../evidence-refs.js';
import { formatShortTime } from '../../model/time.js';
import {
  factsOf,
  type HostFacts,
  type Reconnect,
  reconnectsOf,
  remoteConnection,
  sameAccount,
  type ServiceControl,
  serviceControlOf,
  type ServiceInstall,
  type SessionState,
  SKEW_MS,
  type TsconAct,
  tsconActs,
} from './session-hijack-facts.js';

/** A reconnect follows the tscon that made it within this (the corpus: under a second to six seconds). */
const TSCON_LEAD_MS = 120_000;
/** A service made to run tscon has run it within this of being installed. */
const SERVICE_LEAD_MS = 60 * 60_000;
/** The actor's own session leaves the connection at most this long before the victim's arrives on it. */
const DETACH_LEAD_MS = 10_000;
/** A reconnect by the session's owner follows their sign-in from that client within this. */
const SIGN_IN_LEAD_MS = 120_000;
/** `sc start`, `net start` come this long before the service's process at most. */
const START_LEAD_MS = 30_000;

/** A takeover found, before the attempts are numbered (its attempt object, when one holds its reconnect). */
export interface FoundHijack {
  computer: string;
  attempt?: Attempt;
  hijack: Omit<SessionHijack, 'attempt'>;
  confidence: number;
  events: NormalizedEvent[];
  /** The values from the logs `hijack.actor.knownBy` holds. */
  actorValues: string[];
}

/** Is the state one of the reconnect's session (its logon id, else its account and, from LSM, its session id)? */
function ofSession(s: SessionState, r: Reconnect): boolean {
  if (!sameAccount(s.user, r.user)) return false;
  if (s.logonId && r.logonId) return s.logonId === r.logonId;
  if (s.sessionId && r.sessionId) return s.sessionId === r.sessionId;
  return true;
}

const sameClient = (s: { clientName?: string; address?: string }, c: Reconnect['client']) => {
  if (s.address && c.address) return s.address === c.address;
  if (s.clientName && c.name) return s.clientName.toLowerCase() === c.name.toLowerCase();
  return false;
};

/** A takeover's shape, from the reconnect and the states around it. */
function shapeOf(r: Reconnect, h: HostFacts): { signals: NonNullable<SessionHijack['shape']>; left?: SessionState } {
  const t = r.e.timeMs;
  const signals: NonNullable<SessionHijack['shape']> = [];
  // Sign-ins are logged on this computer around then: their absence says something.
  const signInsKnown =
    h.signIns.some((e) => e.timeMs <= t + SKEW_MS) && h.signIns.some((e) => e.timeMs >= t - 3_600_000);
  // Another account's session left this very connection at that moment (the actor's own, which tscon replaced).
  const left = h.states.find(
    (s) =>
      s.kind === 'disconnected' &&
      s.user &&
      !sameAccount(s.user, r.user) &&
      s.e.timeMs >= t - DETACH_LEAD_MS &&
      s.e.timeMs <= t + SKEW_MS &&
      (s.connection && r.connection
        ? s.connection.toLowerCase() === r.connection.toLowerCase()
        : signInsKnown && !!s.address && s.address === r.client.address),
  );
  if (left) signals.push('connection-left-by-another-session');
  // The session was still connected from another client: no disconnect of it before this reconnect.
  if (signInsKnown) {
    let last: SessionState | undefined;
    for (const s of h.states) {
      if (s.e.timeMs > t + SKEW_MS) break;
      if (s.e === r.e || s.e === r.lsm || !ofSession(s, r)) continue;
      if (s.e.timeMs >= t - SKEW_MS && s.kind === 'connected' && sameClient(s, r.client)) continue;
      last = s;
    }
    if (last?.kind === 'connected' && (last.address || last.clientName) && !sameClient(last, r.client))
      signals.push('session-connected-elsewhere');
  }
  // Its owner signed in from that client just before: their own reconnect, whatever the rest says.
  if (signals.length && signInsKnown && signedInFrom(r, h)) return { signals: [] };
  return { signals, ...(left ? { left } : {}) };
}

function signedInFrom(r: Reconnect, h: HostFacts): boolean {
  const t = r.e.timeMs;
  return h.signIns.some(
    (e) =>
      e.timeMs >= t - SIGN_IN_LEAD_MS &&
      e.timeMs <= t + SKEW_MS &&
      sameAccount(userOf(e), r.user) &&
      (!r.client.address || clientAddress(e) === r.client.address),
  );
}

/** The person behind the act, and how the logs name them. */
interface Actor {
  user: string;
  knownBy: string;
  /** The values from the logs `knownBy` holds (marked for the redactor where it is told). */
  values: string[];
  /** The service they made or started, as their command names it. */
  service?: string;
  events: NormalizedEvent[];
}

function label(e: NormalizedEvent): string {
  const log =
    logKind(e) === 'security' ? 'Security' : logKind(e) === 'system' ? 'System' : isSysmon(e) ? 'Sysmon' : 'LSM';
  return `${log} ${e.eventId}`;
}

type OtherThanVictim = (u: string | undefined) => u is string;

/**
 * Who did it: who made or started the service, who ran tscon (when not SYSTEM), whose session left the connection
 * at that moment, or who had signed in over that connection or from that client.
 */
function actorOf(
  r: Reconnect | undefined,
  act: TsconAct | undefined,
  service: ServiceInstall | undefined,
  left: SessionState | undefined,
  h: HostFacts,
): Actor | undefined {
  const victim = r?.user;
  const other: OtherThanVictim = (u): u is string => !!u && !sameAccount(u, victim);
  return (
    serviceInstaller(act, service, h, other) ??
    serviceStarter(act, service, h, other) ??
    tsconRunner(act, other) ??
    leftSession(left, other) ??
    (r ? earlierSignIn(r, h, other) : undefined)
  );
}

/** Who installed the service (7045, 4697), unless known only by SID where a command names it better. */
function serviceInstaller(
  act: TsconAct | undefined,
  service: ServiceInstall | undefined,
  h: HostFacts,
  other: OtherThanVictim,
): Actor | undefined {
  // A 7045's installer known only by its SID is named better by the command that made the service, where logged.
  const bySid = !!service?.creator && /^S-1-/i.test(service.creator.user);
  const namedControl =
    bySid &&
    !!service?.name &&
    h.processes.some(
      (p) =>
        serviceControlOf(p)?.name?.toLowerCase() === service.name!.toLowerCase() &&
        other(p.user) &&
        p.e.timeMs >= service.timeMs - SKEW_MS - START_LEAD_MS &&
        p.e.timeMs <= (act?.launcher?.e.timeMs ?? act?.timeMs ?? service.timeMs) + SKEW_MS,
    );
  if (!service?.creator || !other(service.creator.user) || namedControl) return undefined;
  // The commands that made and started it, when process auditing logged them.
  const name = service.name?.toLowerCase();
  const commands = name
    ? h.processes.filter(
        (p) => serviceControlOf(p)?.name?.toLowerCase() === name && p.e.timeMs >= service.timeMs - SKEW_MS,
      )
    : [];
  return {
    user: service.creator.user,
    knownBy: `installed the service${service.name ? ` ${service.name}` : ''} (${label(service.creator.event)})`,
    values: service.name ? [service.name] : [],
    events: [service.creator.event, ...commands.map((p) => p.e)],
  };
}

/** Who created or started the service that ran tscon (`sc create` / `sc start`, `net start`), the latest before. */
function serviceStarter(
  act: TsconAct | undefined,
  service: ServiceInstall | undefined,
  h: HostFacts,
  other: OtherThanVictim,
): Actor | undefined {
  const runAt = act?.launcher?.e.timeMs ?? act?.timeMs ?? service?.timeMs;
  if (!(act?.viaService || service) || runAt === undefined) return undefined;
  const controls = h.processes
    .map(serviceControlOf)
    .filter((c): c is ServiceControl => !!c && other(c.p.user))
    .filter((c) =>
      service?.name && c.name
        ? c.name.toLowerCase() === service.name.toLowerCase() && c.p.e.timeMs <= runAt + SKEW_MS
        : c.verb === 'start' && c.p.e.timeMs <= runAt + SKEW_MS && c.p.e.timeMs >= runAt - START_LEAD_MS,
    );
  const c = controls[controls.length - 1];
  if (!c) return undefined;
  return {
    user: c.p.user!,
    knownBy: `${c.verb === 'create' ? 'created' : 'started'} the service${c.name ? ` ${c.name}` : ''} (${c.p.image} ${c.verb}, ${label(c.p.e)})`,
    values: c.name ? [c.name] : [],
    ...(c.name ? { service: c.name } : {}),
    events: [c.p.e],
  };
}

/** Who ran tscon, when not as SYSTEM. */
function tsconRunner(act: TsconAct | undefined, other: OtherThanVictim): Actor | undefined {
  const ran = act?.tscon?.user ?? act?.launcher?.user;
  if (!act || act.system || !other(ran)) return undefined;
  const e = (act.tscon ?? act.launcher)!.e;
  return { user: ran, knownBy: `ran tscon (${label(e)})`, values: [], events: [e] };
}

/** Whose own session left the connection at that moment. */
function leftSession(left: SessionState | undefined, other: OtherThanVictim): Actor | undefined {
  if (!left?.user || !other(left.user)) return undefined;
  return {
    user: left.user,
    knownBy: `had their own session on ${left.connection ?? 'that connection'} until that moment (${label(left.e)})`,
    values: left.connection ? [left.connection] : [],
    events: [left.e],
  };
}

/** The latest sign-in over that connection or from that client by another account. */
function earlierSignIn(r: Reconnect, h: HostFacts, other: OtherThanVictim): Actor | undefined {
  const t = r.e.timeMs;
  let before: SessionState | undefined;
  for (const s of h.states) {
    if (s.e.timeMs >= t - SKEW_MS) break;
    if (s.kind !== 'connected' || !other(s.user)) continue;
    const sameConnection = s.connection && r.connection && s.connection.toLowerCase() === r.connection.toLowerCase();
    if (sameConnection || sameClient(s, r.client)) before = s;
  }
  if (!before?.user) return undefined;
  return {
    user: before.user,
    knownBy: `signed in from that client at ${formatShortTime(before.e.timestamp)} (${label(before.e)})`,
    values: [],
    events: [before.e],
  };
}

/** The tscon run that made a reconnect: to its connection (or any, when the command line was not logged), just before. */
function actFor(r: Reconnect, acts: readonly TsconAct[]): TsconAct | undefined {
  const t = r.e.timeMs;
  let found: TsconAct | undefined;
  for (const a of acts) {
    if (a.used || a.timeMs > t + SKEW_MS || a.timeMs < t - TSCON_LEAD_MS) continue;
    const dest = a.args.dest;
    if (dest && (!r.connection || dest !== r.connection.toLowerCase())) continue;
    if (!dest && a.args.target && r.sessionId && a.args.target !== r.sessionId) continue;
    found = a;
  }
  return found;
}

function serviceFor(r: Reconnect | undefined, act: TsconAct | undefined, services: readonly ServiceInstall[]) {
  const at = act?.timeMs ?? r?.e.timeMs;
  if (at === undefined) return undefined;
  const dest = act?.args.dest ?? r?.connection?.toLowerCase();
  let found: ServiceInstall | undefined;
  for (const s of services) {
    if (s.used || s.timeMs > at + SKEW_MS || s.timeMs < at - SERVICE_LEAD_MS) continue;
    if (s.args.dest && dest && s.args.dest !== dest) continue;
    if (!s.args.dest && !act) continue;
    found = s;
  }
  return found;
}

/** The user of the session with this id as LSM last named it before `ms`. */
function sessionOwner(id: string | undefined, ms: number, h: HostFacts): string | undefined {
  if (!id) return undefined;
  let owner: string | undefined;
  for (const s of h.states) {
    if (s.e.timeMs > ms) break;
    if (s.sessionId === id && s.user) owner = s.user;
  }
  return owner;
}

/**
 * Takeovers on each computer of `events`, each with the attempt that holds its reconnect (one of `attempts`).
 * `events` are the computers' events in timeline order.
 */
export function findSessionTakeovers(
  events: readonly NormalizedEvent[],
  attempts: readonly Attempt[],
  names: HostNames,
  accounts: AccountNames,
  logEnd?: (computer: string) => number | undefined,
): FoundHijack[] {
  const out: FoundHijack[] = [];
  const holder = new Map<NormalizedEvent, Attempt>();
  for (const a of attempts) for (const e of a.events) if (e.eventId === 4778 || e.eventId === 25) holder.set(e, a);
  for (const h of factsOf(events, names, accounts).values()) {
    const acts = tsconActs(h.processes);
    for (const r of reconnectsOf(h.states)) {
      const found = reconnectTakeover(r, acts, h, holder);
      if (found) out.push(found);
    }
    // tscon run as SYSTEM (or by a service) onto a remote connection with no reconnect in the logs given.
    for (const act of acts) {
      const found = tsconWithoutReconnect(act, h, logEnd);
      if (found) out.push(found);
    }
    out.push(...preparedTakeovers(h, logEnd));
  }
  return out;
}

/** A session reconnected to another connection, taken over when tscon, a service or its shape says so. */
function reconnectTakeover(
  r: Reconnect,
  acts: readonly TsconAct[],
  h: HostFacts,
  holder: ReadonlyMap<NormalizedEvent, Attempt>,
): FoundHijack | undefined {
  const act = actFor(r, acts);
  const service = serviceFor(r, act, h.services);
  const shape = shapeOf(r, h);
  if (!act && !service && shape.signals.length === 0) return undefined;
  // Whoever ran tscon to their own session, or moved it to the console, took nobody's.
  const ranAs = act ? (act.system ? undefined : (act.tscon ?? act.launcher)?.user) : undefined;
  if (ranAs && sameAccount(ranAs, r.user)) return undefined;
  const actor = actorOf(r, act, service, shape.left, h);
  if (actor && sameAccount(actor.user, r.user)) return undefined;
  if (act) act.used = true;
  if (service) service.used = true;
  const how: SessionHijack['how'] = service || act?.viaService ? 'service' : act ? 'tscon' : 'shape';
  // Without its installation in the logs, the service is named by the command that started it.
  const serviceName = service?.name ?? (how === 'service' ? actor?.service : undefined);
  const sessionId = /^\d+$/.test(act?.args.target ?? service?.args.target ?? '')
    ? (act?.args.target ?? service?.args.target)
    : r.sessionId;
  const processEvents = [act?.launcher?.e, act?.tscon?.e].filter((e): e is NormalizedEvent => !!e);
  const evidence = [
    ...(service?.events ?? []),
    ...(actor?.events ?? []),
    ...processEvents,
    ...(shape.left ? [shape.left.e] : []),
    r.e,
    ...(r.lsm ? [r.lsm] : []),
  ];
  return {
    computer: r.e.computer,
    ...(holder.get(r.e) || (r.lsm && holder.get(r.lsm)) ? { attempt: holder.get(r.e) ?? holder.get(r.lsm!) } : {}),
    confidence: confidenceOf(how, act, shape.signals),
    actorValues: actor?.values ?? [],
    events: [...new Set(evidence)].sort((x, y) => x.timeMs - y.timeMs),
    hijack: {
      how,
      time: r.e.timestamp,
      victim: { user: r.user, ...(r.logonId ? { logonId: r.logonId } : {}) },
      session: {
        ...(sessionId ? { id: sessionId } : {}),
        ...(r.connection ? { connection: r.connection } : {}),
      },
      actor: {
        ...(actor ? { user: actor.user, knownBy: actor.knownBy } : {}),
        ...(act ? { ranAs: act.system ? 'SYSTEM' : (ranAs ?? 'an account the logs do not name') } : {}),
        ...(!act && service ? { ranAs: 'SYSTEM' } : {}),
        client: r.client,
      },
      ...((act?.tscon ?? act?.launcher) ? { command: (act.tscon ?? act.launcher)!.command.trim() } : {}),
      ...(service
        ? { service: { ...(service.name ? { name: service.name } : {}), command: service.command.trim() } }
        : serviceName
          ? { service: { name: serviceName } }
          : {}),
      ...(shape.signals.length ? { shape: shape.signals } : {}),
    },
  };
}

/** tscon run as SYSTEM (or by a service) onto a remote connection, whose reconnect the logs given do not hold. */
function tsconWithoutReconnect(
  act: TsconAct,
  h: HostFacts,
  logEnd: ((computer: string) => number | undefined) | undefined,
): FoundHijack | undefined {
  if (act.used || !(act.system || act.viaService) || act.args.password || !remoteConnection(act.args.dest))
    return undefined;
  // Following live logs, its reconnect may still come: told once the logs reach past the time it would.
  const p = (act.tscon ?? act.launcher)!;
  const end = logEnd?.(p.e.computer);
  if (end !== undefined && end < act.timeMs + TSCON_LEAD_MS) return undefined;
  const service = serviceFor(undefined, act, h.services);
  const actor = actorOf(undefined, act, service, undefined, h);
  const owner = sessionOwner(act.args.target, act.timeMs, h);
  // Whoever moved their own session took nobody's.
  if (actor && owner && sameAccount(actor.user, owner)) return undefined;
  if (service) service.used = true;
  return {
    computer: p.e.computer,
    confidence: 0.7,
    actorValues: actor?.values ?? [],
    events: [
      ...(service?.events ?? []),
      ...(actor?.events ?? []),
      ...[act.launcher?.e, act.tscon?.e].filter((e): e is NormalizedEvent => !!e),
    ].sort((x, y) => x.timeMs - y.timeMs),
    hijack: {
      how: service || act.viaService ? 'service' : 'tscon',
      time: p.e.timestamp,
      victim: owner ? { user: owner } : {},
      session: {
        ...(/^\d+$/.test(act.args.target ?? '') ? { id: act.args.target } : {}),
        connection: act.args.dest!,
      },
      actor: {
        ...(actor ? { user: actor.user, knownBy: actor.knownBy } : {}),
        ranAs: 'SYSTEM',
        client: {},
      },
      command: p.command.trim(),
      ...(service
        ? { service: { ...(service.name ? { name: service.name } : {}), command: service.command.trim() } }
        : {}),
    },
  };
}

/** A service that runs as SYSTEM: LocalSystem (or SYSTEM however written), or its account not logged. */
const runsAsSystem = (s: ServiceInstall) =>
  !s.account || /^(\.\\)?localsystem$|^(nt authority\\)?system$/i.test(s.account);

/**
 * Services made to run tscon as SYSTEM onto a remote connection that neither a run nor a reconnect used: a takeover
 * prepared (the service installed, then the logs end or were cleared). The actor's own session is no one else's.
 */
function preparedTakeovers(
  h: HostFacts,
  logEnd: ((computer: string) => number | undefined) | undefined,
): FoundHijack[] {
  const out: FoundHijack[] = [];
  for (const service of h.services) {
    if (service.used || service.args.password || !remoteConnection(service.args.dest) || !runsAsSystem(service))
      continue;
    const [first] = service.events;
    // Following live logs, its run may still come: told once the logs reach past the time it would.
    const end = logEnd?.(first.computer);
    if (end !== undefined && end < service.timeMs + SERVICE_LEAD_MS) continue;
    const actor = actorOf(undefined, undefined, service, undefined, h);
    const owner = sessionOwner(service.args.target, service.timeMs, h);
    if (actor && owner && sameAccount(actor.user, owner)) continue;
    service.used = true;
    out.push({
      computer: first.computer,
      confidence: 0.6,
      actorValues: actor?.values ?? [],
      events: [...new Set([...service.events, ...(actor?.events ?? [])])].sort((x, y) => x.timeMs - y.timeMs),
      hijack: {
        how: 'service',
        time: first.timestamp,
        victim: owner ? { user: owner } : {},
        session: {
          ...(/^\d+$/.test(service.args.target ?? '') ? { id: service.args.target } : {}),
          connection: service.args.dest!,
        },
        actor: { ...(actor ? { user: actor.user, knownBy: actor.knownBy } : {}), ranAs: 'SYSTEM', client: {} },
        service: { ...(service.name ? { name: service.name } : {}), command: service.command.trim() },
        prepared: true,
      },
    });
  }
  return out;
}

function confidenceOf(how: SessionHijack['how'], act: TsconAct | undefined, shape: readonly string[]): number {
  if (how === 'service') return 0.95;
  // tscon run by an account rather than SYSTEM connects another's session only with its password.
  if (act) return act.system ? 0.95 : act.args.password ? 0.5 : 0.6;
  return shape.length > 1 ? 0.8 : shape[0] === 'connection-left-by-another-session' ? 0.7 : 0.6;
}

/** The finding told for a takeover, once the attempts are numbered. */
export function hijackFinding(found: FoundHijack, marks: ValueMarks): SessionHijackFinding {
  const { markValue } = marks;
  const h = found.hijack;
  const attempt = found.attempt?.id;
  const victim = h.victim.user ? markValue(h.victim.user) : 'a user the logs do not name';
  const session = h.session.id ? `session ${markValue(h.session.id)}` : 'session';
  const client = [h.actor.client.name, h.actor.client.address].filter((x): x is string => !!x).map(markValue);
  const at = client.length ? `${client[0]}${client[1] ? ` (${client[1]})` : ''}` : '';
  const from = at ? ` from ${at}` : '';
  const onto = h.session.connection ? ` onto ${markValue(h.session.connection)}` : '';
  const ranAs = h.actor.ranAs && h.actor.ranAs !== 'SYSTEM' ? markValue(h.actor.ranAs) : h.actor.ranAs;
  const command = h.command ? `\`${markValue(h.command)}\`` : 'tscon';
  const how =
    h.how === 'service'
      ? `through a service${
          h.service
            ? ` (${[h.service.name, h.service.command]
                .filter((x): x is string => !!x)
                .map((x) => `\`${markValue(x)}\``)
                .join(': ')})`
            : ''
        } that ran ${command}${ranAs ? ` as ${ranAs}` : ''}`
      : h.how === 'tscon'
        ? `by running ${command}${ranAs ? ` as ${ranAs}` : ''}`
        : `as the reconnect's shape alone shows (no process or service event in the logs given): ${(h.shape ?? []).map(shapeText).join('; ')}`;
  const actor = h.actor.user
    ? `${markValue(h.actor.user)}, who ${markKnownBy(h.actor.knownBy ?? '', found.actorValues, marks)}`
    : 'an account the logs do not name';
  const sentences = h.prepared
    ? preparedSentences(h, found.computer, actor, victim, session, marks)
    : [
        `At ${formatShortTime(h.time)} ${h.victim.user ? `${victim}'s ${session}` : `${session} (whose user the logs given do not name)`} on ${markValue(found.computer)} was connected${onto}${from}${attempt ? ` (${attempt})` : ''}, taken over ${how}.`,
        `Actor: ${actor}${at ? `, at ${at}` : ''}. Victim: ${victim}.`,
      ];
  if (h.prepared) {
    // Told by preparedSentences.
  } else if (h.actor.ranAs === 'SYSTEM')
    sentences.push("Windows asks SYSTEM for no password to connect a session: the victim's was never given.");
  else if (h.actor.ranAs)
    sentences.push(
      `tscon ran as ${ranAs}, not SYSTEM: Windows then connects another user's session only with its password (given with /password or typed when asked). Ask ${ranAs} how they had it.`,
    );
  if (!found.attempt && h.how !== 'shape' && !h.prepared)
    sentences.push(
      'The logs given hold no reconnect of that session (Security 4778, LSM 25) to show it took: export Security and LocalSessionManager/Operational of that time.',
    );
  if (found.attempt)
    sentences.push(
      `What ${attempt} did from then on it did in ${victim}'s session, with ${victim}'s rights: the actor's act, not ${victim}'s sign-in.`,
    );
  // The service step names the service to delete; without a service, what else to look for.
  const remediation = definition.remediation.map((step) =>
    !step.includes('sc.exe delete <name>')
      ? step
      : h.service?.name
        ? step.replace('<name>', markValue(h.service.name))
        : 'Look for what else the actor left: services (Security 4697, System 7045) and scheduled tasks (4698) made by the same account, and what ran as SYSTEM around that time (Security 4688).',
  );
  return {
    id: 'session-hijack',
    computer: found.computer,
    confidence: found.confidence,
    title: h.prepared
      ? `A takeover of ${h.victim.user ? `${markValue(h.victim.user)}'s Remote Desktop session` : 'a Remote Desktop session'} prepared${h.actor.user ? ` by ${markValue(h.actor.user)}` : ''} on ${markValue(found.computer)}`
      : `${h.victim.user ? `${markValue(h.victim.user)}'s Remote Desktop session` : 'A Remote Desktop session'} taken over${h.actor.user ? ` by ${markValue(h.actor.user)}` : ''} on ${markValue(found.computer)}`,
    explanation: sentences.join(' '),
    evidence: found.events.map((e) => evidenceRef(e, marks)),
    remediation,
    ...(attempt ? { attempts: [attempt] } : {}),
    hijack: { ...h, ...(attempt ? { attempt } : {}) },
  };
}

/** A service made to take a session, with neither its run nor the reconnect in the logs given. */
function preparedSentences(
  h: SessionHijack,
  computer: string,
  actor: string,
  victim: string,
  session: string,
  { markValue }: ValueMarks,
): string[] {
  const service = [h.service?.name, h.service?.command]
    .filter((x): x is string => !!x)
    .map((x) => `\`${markValue(x)}\``)
    .join(': ');
  const by = h.actor.user ? markValue(h.actor.user) : 'an account the logs do not name';
  return [
    `At ${formatShortTime(h.time)} ${by} installed a service on ${markValue(computer)} (${service}) made to connect ${h.victim.user ? `${victim}'s ${session}` : `${session} (whose user the logs given do not name)`} onto ${markValue(h.session.connection ?? 'a remote connection')}: a takeover prepared.`,
    `Actor: ${actor}. Victim: ${victim}.`,
    "A service runs as SYSTEM, whom Windows asks for no password to connect a session: started, it takes the victim's session without it.",
    'The logs given show neither that it ran (services.exe starting tscon: Security 4688, Sysmon 1) nor a reconnect of that session (Security 4778, LSM 25): whether the session was taken they cannot tell. Export Security (with process creation) and LocalSessionManager/Operational of the time after, and check whether the service is still there (`sc.exe qc <name>`).'.replace(
      '<name>',
      h.service?.name ? markValue(h.service.name) : '<name>',
    ),
  ];
}

function shapeText(s: NonNullable<SessionHijack['shape']>[number]): string {
  return s === 'connection-left-by-another-session'
    ? "another account's session left that connection at that very moment, and the victim never signed in from that client"
    : 'the session was still connected from another client (no disconnect before it), and the victim never signed in from this one';
}

/** How the actor is known, its values from the logs marked for the redactor. */
function markKnownBy(text: string, values: readonly string[], { markValue, on }: ValueMarks): string {
  if (!on) return text;
  let out = text;
  for (const v of values) out = out.split(v).join(markValue(v));
  return out;
}
