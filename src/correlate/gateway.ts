/**
 * RD Gateway side: one gateway's TerminalServices-Gateway/Operational events → attempts, one per connection
 * through it, with the gateway's verdict. A connection's events share an ActivityID: 200/201 connection
 * authorization (RD CAP) met / not met, 300/301 resource authorization (RD RAP) met / not met, 302 connected to
 * the session host, 303 (202 by an administrator, 307 at the session timeout, 309 at re-authorization)
 * disconnected with the bytes carried, 304 both policies met but the host could not be reached; each names the
 * user, the client's own address and, from the RAP check on, the host asked for (`Resource`). 312 (the client's
 * HTTP transport) shares the ActivityID but decides nothing. Without ActivityIDs, a user's events from one
 * client address follow each other. Whether a host's or a client's own attempt is the same connection is the
 * path scope's question (src/diagnose/scope.ts), asked once the attempts are known.
 */
import type { Attempt, Outcome } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { timestampFromMs } from '../model/time.js';
import { newAttempt } from './attempt-builder.js';
import { logKind, normalizeAddress, numberField } from './keys.js';
import { pushAll } from '../model/arrays.js';

/** 201 (RD CAP) and 301 (RD RAP): the gateway's policies refused the user. */
const POLICY_REFUSALS: ReadonlySet<number> = new Set([201, 301]);
/** 304: both policies were met, and the gateway could not connect to the host. */
const HOST_NOT_REACHED = 304;
const CONNECTED = 302;
/** Disconnected after being connected, with the bytes and seconds the connection carried. */
const DISCONNECTS: ReadonlySet<number> = new Set([303, 202, 307, 309]);
/** The events that say something of a connection (not 312, the transport). */
const CONNECTION_EVENTS: ReadonlySet<number> = new Set([
  200,
  300,
  CONNECTED,
  HOST_NOT_REACHED,
  ...POLICY_REFUSALS,
  ...DISCONNECTS,
]);

/** What the gateway's log decides of a connection through it, with the rule in words (see `Attempt.outcomeRule`). */
interface GatewayVerdict {
  outcome: Outcome;
  rule: string;
  reason?: string;
}

export function correlateGateway(
  computer: string,
  events: readonly NormalizedEvent[],
  nextId: () => string,
  live: boolean,
): Attempt[] {
  const groups: NormalizedEvent[][] = [];
  const byActivity = new Map<string, NormalizedEvent[]>();
  /** Without an ActivityID: the open connection of each user and client address. */
  const open = new Map<string, NormalizedEvent[]>();
  for (const e of events) {
    if (logKind(e) !== 'gateway') continue;
    const activity = e.activityId?.toLowerCase();
    let group = activity ? byActivity.get(activity) : undefined;
    if (!group && !activity) {
      const key = `${bareUser(e.data.Username)}|${normalizeAddress(e.data.IpAddress) ?? ''}`;
      // A new authorization (200/201) opens a new connection.
      group = e.eventId === 200 || e.eventId === 201 ? undefined : open.get(key);
      if (!group) open.set(key, (group = []));
      if (ends(e)) open.delete(key);
    }
    if (!group) {
      group = [];
      if (activity) byActivity.set(activity, group);
    }
    if (group.length === 0) groups.push(group);
    group.push(e);
  }
  const logEndMs = events.reduce((m, e) => Math.max(m, e.timeMs), -Infinity);
  foldTransportOnly(groups);
  const attempts: Attempt[] = [];
  for (const group of groups) {
    const first = group.find((e) => CONNECTION_EVENTS.has(e.eventId));
    if (!first) continue;
    const a = newAttempt(nextId(), computer, 'gateway', group[0]);
    a.events = group;
    a.end = group[group.length - 1].timestamp;
    a.endMs = group[group.length - 1].timeMs;
    startFromDuration(a, group);
    for (const e of group) {
      if (!CONNECTION_EVENTS.has(e.eventId)) continue;
      a.user ??= nonEmpty(e.data.Username);
      a.client.address ??= normalizeAddress(e.data.IpAddress);
      if (!a.server.name && !a.server.address) setTarget(a, e.data.Resource);
    }
    a.via = { gateway: computer, ...(a.client.address ? { clientAddress: a.client.address } : {}) };
    a.connection = 'tcp';
    a.progress.accepted = group.some((e) => e.eventId === CONNECTED);
    a.progress.refused = group.some((e) => POLICY_REFUSALS.has(e.eventId));
    a.progress.ended = group.some(ends);
    const verdict = gatewayVerdict(group, live, logEndMs);
    a.outcome = verdict.outcome;
    a.outcomeRule = verdict.rule;
    if (verdict.reason) a.outcomeReason = verdict.reason;
    attempts.push(a);
  }
  return attempts;
}

/**
 * A connection whose log begins at its disconnection (303 and its kin, no earlier event of it) began
 * `SessionDuration` seconds before: the attempt starts then, not when it ended.
 */
function startFromDuration(a: Attempt, group: readonly NormalizedEvent[]): void {
  const first = group.find((e) => CONNECTION_EVENTS.has(e.eventId));
  if (!first || !DISCONNECTS.has(first.eventId)) return;
  const seconds = numberField(first.data.SessionDuration);
  if (seconds === undefined || seconds <= 0 || seconds > MAX_SESSION_SECONDS) return;
  const startMs = first.timeMs - seconds * 1000;
  if (startMs >= a.startMs) return;
  a.startMs = startMs;
  a.start = timestampFromMs(startMs, 0);
}

/** A duration beyond a year is damage, not a session. */
const MAX_SESSION_SECONDS = 366 * 24 * 3600;

/** How long before a connection its client's HTTP transport (312) may have opened in tries of its own. */
const TRANSPORT_LEAD_MS = 60_000;

/**
 * The client's HTTP transport (312) opened in tries of its own (other ActivityIDs, no authorization) shortly
 * before a connection from the same address: part of that connection's story, not dropped unmentioned.
 */
function foldTransportOnly(groups: NormalizedEvent[][]): void {
  const host = (e: NormalizedEvent) => normalizeAddress(e.data.IpAddress?.replace(/:\d+$/, ''));
  // From the last back, so a run of such tries joins its connection in time order.
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (g.some((e) => CONNECTION_EVENTS.has(e.eventId))) continue;
    const from = host(g[0]);
    const last = g[g.length - 1].timeMs;
    const next = groups
      .slice(i + 1)
      .find(
        (n) =>
          n.some((e) => CONNECTION_EVENTS.has(e.eventId)) &&
          n[0].timeMs >= last &&
          n[0].timeMs - last <= TRANSPORT_LEAD_MS &&
          from !== undefined &&
          n.some((e) => host(e) === from),
      );
    if (next) {
      const joined = [...g, ...next];
      next.length = 0;
      pushAll(next, joined);
    }
  }
}

function ends(e: NormalizedEvent): boolean {
  return POLICY_REFUSALS.has(e.eventId) || e.eventId === HOST_NOT_REACHED || DISCONNECTS.has(e.eventId);
}

/**
 * The host and port a computer is asked for as `host`, `host:port`, an address, `[v6]:port` (an RD Gateway's
 * `Resource`, mstsc's server as typed); undefined for an empty name.
 */
export function targetOf(raw: string | undefined): { host: string; port?: number } | undefined {
  const r = raw?.trim();
  if (!r) return undefined;
  const withPort = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(r);
  if (!withPort) return { host: r };
  return { host: withPort[1].replace(/^\[|\]$/g, ''), port: Number(withPort[2]) };
}

function setTarget(a: Attempt, resource: string | undefined): void {
  const target = targetOf(resource);
  if (!target) return;
  if (target.port !== undefined) a.server.port = target.port;
  const address = normalizeAddress(target.host);
  if (address) a.server.address = address;
  else a.server.name = target.host;
}

function bareUser(u: string | undefined): string {
  return (u ?? '').trim().replace(/^.*\\/, '').replace(/@.*$/, '').toLowerCase();
}

function nonEmpty(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t && t !== '-' ? t : undefined;
}

/** Bytes the connection carried, from a disconnect event (client sent + received); undefined when it names none. */
function bytesCarried(e: NormalizedEvent): number | undefined {
  const sent = numberField(e.data.BytesTransfered ?? e.data.BytesTransferred);
  const received = numberField(e.data.BytesReceived);
  if (sent === undefined && received === undefined) return undefined;
  return (sent ?? 0) + (received ?? 0);
}

/**
 * The gateway's verdict: refused by its policies (201, 301) or unable to reach the host (304): failed; connected
 * and disconnected having carried data (302 then 303, or a 303 whose connection began before the log): succeeded,
 * as far as the gateway can tell (the host's own logs say whether the logon there succeeded); otherwise unknown
 * (in progress when followed live).
 */
function gatewayVerdict(group: readonly NormalizedEvent[], live: boolean, logEndMs: number): GatewayVerdict {
  if (group.some((e) => e.eventId === 201))
    return {
      outcome: 'failed',
      rule: 'the RD Gateway refused the user by its connection authorization policy (Gateway 201)',
    };
  if (group.some((e) => e.eventId === 301))
    return {
      outcome: 'failed',
      rule: 'the RD Gateway refused the host asked for by its resource authorization policy (Gateway 301)',
    };
  if (group.some((e) => e.eventId === HOST_NOT_REACHED))
    return {
      outcome: 'failed',
      rule: 'the RD Gateway met both policies but could not connect to the host (Gateway 304)',
    };
  const disconnect = group.find((e) => DISCONNECTS.has(e.eventId));
  const connected = group.some((e) => e.eventId === CONNECTED);
  if (disconnect) {
    const bytes = bytesCarried(disconnect);
    // Data carried is no logon on record: the gateway cannot see the logon at the host (a success needs its proof,
    // src/model/events.ts `logonProof`), so without the host's or the client's logs it stays unknown, said why.
    if (bytes !== undefined && bytes > 0)
      return {
        outcome: 'unknown',
        rule: connected
          ? `the RD Gateway connected the user to the host (Gateway 302) and carried ${bytes} bytes until the disconnection (Gateway ${disconnect.eventId})`
          : `the RD Gateway logged the disconnection of a connection that had carried ${bytes} bytes (Gateway ${disconnect.eventId}); it began before the gateway's log`,
        reason: `the RD Gateway ${connected ? 'connected the user to the host and ' : ''}carried ${bytes} bytes, but a gateway does not see the logon at the host: only the host's logs (Security 4624 type 10, LSM 21) or the client's (RDPClient 1027) can show it`,
      };
    return {
      outcome: 'unknown',
      rule: `the RD Gateway logged the disconnection (Gateway ${disconnect.eventId}) with no data carried`,
      reason: "the gateway's log shows the connection ending without carrying data: only the host's logs can say why",
    };
  }
  const last = group[group.length - 1].timeMs;
  if (live) return { outcome: 'in-progress', rule: "the RD Gateway's log has not yet shown how the connection ends" };
  return connected
    ? {
        outcome: 'unknown',
        rule: 'the RD Gateway connected the user to the host (Gateway 302) and its log shows no disconnection',
        reason:
          logEndMs - last < 60_000
            ? "the gateway's log ends while the connection is open: only the host's logs can say whether the logon succeeded"
            : "the gateway's log shows no disconnection of this connection: only the host's logs can say whether the logon succeeded",
      }
    : {
        outcome: 'unknown',
        rule: 'the RD Gateway logged its authorization but no connection to a host and no refusal',
        reason:
          "the gateway's log holds only the start of the connection: neither a connection to a host nor a refusal",
      };
}

const STEPS: readonly [number, string][] = [
  [200, 'the RD Gateway authorized the user (RD CAP met, Gateway 200)'],
  [201, 'the RD Gateway refused the user by its connection authorization policy (Gateway 201)'],
  [300, 'it authorized the host asked for (RD RAP met, Gateway 300)'],
  [301, 'it refused the host asked for by its resource authorization policy (Gateway 301)'],
  [CONNECTED, 'it connected to the host (Gateway 302)'],
  [HOST_NOT_REACHED, 'it could not connect to the host (Gateway 304)'],
  [303, 'the connection ended (Gateway 303)'],
  [202, 'an administrator disconnected it (Gateway 202)'],
  [307, 'it ended at the session timeout (Gateway 307)'],
  [309, 'it ended when re-authorization failed (Gateway 309)'],
];

/** How far a gateway-only attempt got, in words, from the gateway's events. */
export function describeGatewayProgress(a: Attempt): string {
  const ids = new Set(a.events.map((e) => e.eventId));
  const steps = STEPS.filter(([id]) => ids.has(id)).map(([, words]) => words);
  return steps.length ? steps.join(', then ') : "the RD Gateway's log holds no step of the connection";
}
