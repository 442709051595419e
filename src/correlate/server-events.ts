/**
 * What a server's event is to the join (server.ts): which events are about one connection, which open an attempt
 * where no RdpCoreTS accept holds it, the Security log's traces of connections beyond the type-10 logon, and the
 * logon and authentication results the joins ask about. Each looks at the event alone (and, for Security's traces,
 * at the log's other logons and lockouts), never at the attempts being built.
 */
import type { NormalizedEvent } from '../model/event.js';
import { classOfAddress } from '../model/address-class.js';
import { clientAddress, isMachineAccountLogon, logKind, logonType } from './keys.js';

/** RdpCoreTS events logged per connection (the rest come at listener start or are traces). */
const RDPCORE_CONNECTION_EVENTS = new Set([
  65, 66, 67, 68, 71, 72, 97, 98, 99, 100, 101, 102, 103, 104, 105, 107, 131, 132, 133, 134, 135, 136, 137, 138, 139,
  140, 141, 142, 143, 145, 146, 147, 148, 149, 153, 162, 163, 168, 169, 226, 227, 228,
]);

export const LSM_CONNECTION_EVENTS = new Set([21, 22, 23, 24, 25, 36, 39, 40, 41, 42]);

const RCM_CONNECTION_EVENTS = new Set([261, 1149, 1150, 1151, 1003, 1004, 1011, 1012]);

export function isAnchorWithoutRdpCore(e: NormalizedEvent): boolean {
  const kind = logKind(e);
  if (kind === 'rcm') return e.eventId === 1149 || e.eventId === 1151;
  if (kind === 'lsm') return (e.eventId === 21 || e.eventId === 25) && clientAddress(e) !== undefined;
  if (kind === 'security') {
    if (e.eventId === 4778) return clientAddress(e) !== undefined;
    // 4825: denied Remote Desktop for want of the right, after the credentials were checked.
    if (e.eventId === 4825) return true;
    if (e.eventId === 4624 || e.eventId === 4625) return logonType(e) === 10;
  }
  return false;
}

/** Events that are about one connection (and so may join an attempt); the rest are host context. */
export function isConnectionEvent(e: NormalizedEvent): boolean {
  const kind = logKind(e);
  if (kind === 'rdpcore') return RDPCORE_CONNECTION_EVENTS.has(e.eventId);
  if (kind === 'lsm') return LSM_CONNECTION_EVENTS.has(e.eventId);
  if (kind === 'rcm') return RCM_CONNECTION_EVENTS.has(e.eventId);
  if (kind === 'security') {
    if (isMachineAccountLogon(e)) return false;
    if (e.eventId === 4778 || e.eventId === 4779 || e.eventId === 4825) return true;
    if (e.eventId === 4624 || e.eventId === 4625) {
      const t = logonType(e);
      return t === 10 || t === 7 || (t === 3 && clientAddress(e) !== undefined) || (e.eventId === 4625 && t === 3);
    }
  }
  return false;
}

/** The two network logons CredSSP makes for one connection come this close (0.1 to 2.5 s in a real log). */
const NLA_PAIR_MS = 5_000;

/** Failed sign-ins end in their account's lockout (4740) within this. */
const LOCKOUT_AFTER_MS = 60 * 60_000;

/**
 * Security's traces of Remote Desktop connections beyond the type-10 logon, which open an attempt where no RDP channel
 * holds them (causes.md "Any subset of logs"; rdp-events.md 4624/4625): a reconnection's 4624 type 7 from a remote
 * address; a failed network-level authentication (4625 type 3) from a client that signs in over Remote Desktop in this
 * log (its address, or the workstation its network logons from that address name) or whose failures end in a lockout
 * of their account (4740, its Caller Computer Name that workstation when it names one); and the first of the two
 * network logons CredSSP makes for one connection (4624 type 3, the same account, address and workstation within
 * NLA_PAIR_MS) from such a client, so that a connection that passed NLA and never logged on is one attempt too. A single
 * network logon (a file share) is none.
 */
export function securityTraces(
  events: readonly NormalizedEvent[],
  lockouts: readonly NormalizedEvent[],
  computer: string,
): Set<NormalizedEvent> {
  const found = new Set<NormalizedEvent>();
  const own = computer.split('.')[0]!.toLowerCase();
  const workstation = (e: NormalizedEvent): string | undefined => {
    const w = e.data.WorkstationName?.trim().toLowerCase();
    return w && w !== '-' && w !== own ? w : undefined;
  };
  const security = events.filter((e) => logKind(e) === 'security' && !isMachineAccountLogon(e));
  const logons = security.filter((e) => e.eventId === 4624 || e.eventId === 4625);
  const remote = (e: NormalizedEvent) => {
    const c = classOfAddress(clientAddress(e));
    return c !== undefined && c !== 'loopback-v4' && c !== 'loopback-v6';
  };
  const rdpAddresses = new Set<string>();
  for (const e of logons) {
    if (e.eventId !== 4624) continue;
    const t = logonType(e);
    if (t === 7 && remote(e)) found.add(e);
    if ((t === 10 || t === 7) && remote(e)) rdpAddresses.add(clientAddress(e)!);
  }
  const rdpWorkstations = new Set<string>();
  for (const e of logons) {
    const w = workstation(e);
    if (w && e.eventId === 4624 && logonType(e) === 3 && rdpAddresses.has(clientAddress(e) ?? ''))
      rdpWorkstations.add(w);
  }
  const lockoutsOf = new Map<string, NormalizedEvent[]>();
  for (const l of lockouts) {
    const account = l.data.TargetUserName?.trim().toLowerCase();
    if (!account) continue;
    const list = lockoutsOf.get(account);
    if (list) list.push(l);
    else lockoutsOf.set(account, [l]);
  }
  const rdpClient = (e: NormalizedEvent) =>
    rdpAddresses.has(clientAddress(e) ?? '') || rdpWorkstations.has(workstation(e) ?? '');
  // The first lockout of the account at or after the failure, within the hour, whose caller is the failure's computer.
  const endsInLockout = (e: NormalizedEvent) => {
    const list = lockoutsOf.get(e.data.TargetUserName?.trim().toLowerCase() ?? '');
    if (!list) return false;
    const w = workstation(e);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.timeMs < e.timeMs) lo = mid + 1;
      else hi = mid;
    }
    const l = list[lo];
    if (!l || l.timeMs - e.timeMs > LOCKOUT_AFTER_MS) return false;
    const caller = l.data.TargetDomainName?.trim().toLowerCase();
    return !caller || caller === '-' || !w || caller === w;
  };
  const lastPass = new Map<string, NormalizedEvent>();
  for (const e of logons) {
    if (logonType(e) !== 3) continue;
    if (e.eventId === 4625) {
      if (rdpClient(e) || endsInLockout(e)) found.add(e);
      continue;
    }
    if (!rdpClient(e)) continue;
    const key = `${clientAddress(e) ?? ''}|${workstation(e) ?? ''}|${e.data.TargetUserName?.toLowerCase() ?? ''}`;
    const prev = lastPass.get(key);
    if (prev && e.timeMs - prev.timeMs <= NLA_PAIR_MS) {
      found.add(prev);
      lastPass.delete(key);
    } else lastPass.set(key, e);
  }
  return found;
}

/** A refusal of the credentials: RdpCoreTS 140, Security 4625. */
export function isRefusal(e: NormalizedEvent): boolean {
  return (logKind(e) === 'rdpcore' && e.eventId === 140) || isLogonFailure(e);
}

/** The network-level authentication result an event records, by log: a refusal or a pass, or undefined. */
export function nlaResult(e: NormalizedEvent): { log: string; refused: boolean } | undefined {
  const kind = logKind(e);
  if (kind === 'rdpcore' && e.eventId === 140) return { log: 'rdpcore', refused: true };
  if (kind === 'rcm' && e.eventId === 1149) return { log: 'rcm', refused: false };
  if (kind === 'security' && e.eventId === 4625) return { log: 'security', refused: true };
  if (kind === 'security' && e.eventId === 4624 && logonType(e) === 3) return { log: 'security', refused: false };
  return undefined;
}

/**
 * Network-level authentication's logon (Security 4624/4625 type 3): CredSSP runs once, when a connection opens,
 * so it is never that of a connection whose session already ended (LSM 23/24/39/40, RdpCoreTS 102/103).
 */
export function isNetworkLogon(e: NormalizedEvent): boolean {
  return logKind(e) === 'security' && (e.eventId === 4624 || e.eventId === 4625) && logonType(e) === 3;
}

export function isLogonFailure(e: NormalizedEvent): boolean {
  return logKind(e) === 'security' && e.eventId === 4625;
}

/** A record that a connection reached its session: RdpCoreTS 66, LSM's arbitration (41/42). */
export function reachedSession(x: NormalizedEvent): boolean {
  const kind = logKind(x);
  return (kind === 'rdpcore' && x.eventId === 66) || (kind === 'lsm' && (x.eventId === 41 || x.eventId === 42));
}

/** A session's remote-interactive logon (4624 type 10): one per connection. */
export function isSessionLogon(e: NormalizedEvent): boolean {
  return logKind(e) === 'security' && e.eventId === 4624 && logonType(e) === 10;
}

/** A remote-interactive logon's result (Security 4624/4625 logon type 10) that names no client. */
export function isRemoteLogonResult(e: NormalizedEvent): boolean {
  return logKind(e) === 'security' && (e.eventId === 4624 || e.eventId === 4625) && logonType(e) === 10;
}

/** A logon that completed: Security 4624 type 10 or 7, LSM 21 or 25. */
export function loggedOn(x: NormalizedEvent): boolean {
  const kind = logKind(x);
  if (kind === 'lsm') return x.eventId === 21 || x.eventId === 25;
  if (kind === 'security' && x.eventId === 4624) {
    const t = logonType(x);
    return t === 10 || t === 7;
  }
  return false;
}

/** RdpCoreTS's accept of a TCP connection (131): one per connection. */
export function isTcpAccept(x: NormalizedEvent): boolean {
  return x.eventId === 131 && logKind(x) === 'rdpcore' && (x.data.ConnType ?? 'TCP').toUpperCase() === 'TCP';
}
