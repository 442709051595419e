/**
 * Lateral movement from any start (`lateral-movement`, T1021.001): every chain of Remote Desktop hops, a session on
 * B (itself entered over Remote Desktop) opening Remote Desktop to C while it lasts, and on from C, told as one chain
 * with its first source, whatever came before it (an attack's own chains are `attack-path.ts`'s). A hop is known
 * from B's client log (its attempt made from B), from C's logs naming B (its client's name), or, across a computer
 * that left no logs, from the next server naming that computer's address as its client while B's connection to it
 * lasted. Told when it matters: the first source is on the internet, never seen before on its computer (whose logs
 * reach a day further back) or not known there (its logs begin too late to say), a hop reaches a domain controller,
 * or a hop signs in with a service account or the built-in Administrator. An administrator's jump-host hop with a
 * named account from a workstation the logs show connecting before is not.
 */
import { lateralMovement } from '../../../patterns/findings/lateral-movement.js';
import { isInternetAddress } from '../../model/address-class.js';
import {
  type Attempt,
  clientComputerOf,
  type Finding,
  type SecurityFinding,
  serverLogged,
} from '../../model/attempt.js';
import type { ValueMarks } from '../../model/value-marks.js';
import { evidenceRef } from '../evidence-refs.js';
import { formatShortTime } from '../../model/time.js';

/** How far back a computer's attempts must reach for a source to count as never seen there. */
const HISTORY_MS = 24 * 3600_000;

interface Hop {
  /** The attempt that carried the hop (its client side, its server side, or both). */
  attempt: Attempt;
  from: string;
  to: string;
  toAddress?: string;
  user?: string;
  /** The next session, when the destination's logs hold it. */
  next?: Attempt;
  /** The hop's source left no logs: the chain went on through it (the next server named its address). */
  through?: string;
  /** The hop before it in the chain (none for the first source's session's own). */
  parent?: Hop;
}

const short = (name: string) => name.toLowerCase().split('.')[0]!;

function sameComputer(x: string | undefined, y: string | undefined): boolean {
  if (!x || !y) return false;
  const a = x.toLowerCase();
  const b = y.toLowerCase();
  return a === b || ((!a.includes('.') || !b.includes('.')) && short(a) === short(b));
}

/** A computer's short name (`APP01`), an address as it is. */
const shortName = (name: string) => (/^[\d.:]+$/.test(name) ? name : name.split('.')[0]!);

/** A service account or the built-in Administrator: no person signs in with them interactively. */
export function isServiceOrBuiltinAdmin(user: string | undefined): boolean {
  const u = (user ?? '').split('\\').pop()!.toLowerCase();
  return /^(svc|service)[-_.]|[-_.](svc|service)$|^svc\w*$/.test(u) || u === 'administrator';
}

/** The attempts, in start order, that started while `s` lasted (`byStart` sorted by start): found by halving. */
function startedDuring(byStart: readonly Attempt[], s: Attempt): Attempt[] {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byStart[mid]!.startMs < s.startMs) lo = mid + 1;
    else hi = mid;
  }
  const out: Attempt[] = [];
  for (let i = lo; i < byStart.length && byStart[i]!.startMs <= s.endMs; i++) out.push(byStart[i]!);
  return out;
}

/**
 * The hops out of one session: its computer's own attempts while it lasted, and the servers that name it
 * (`byStart`: every attempt, sorted by start).
 */
function hopsFrom(session: Attempt, byStart: readonly Attempt[]): Hop[] {
  const out: Hop[] = [];
  const seen = new Set<Attempt>();
  for (const a of startedDuring(byStart, session)) {
    if (a === session || seen.has(a)) continue;
    const from = clientComputerOf(a);
    const named = serverLogged(a) && a.side === 'server' && sameComputer(a.client.name, session.computer);
    if (!(from && sameComputer(from, session.computer)) && !named) continue;
    if (serverLogged(a) && sameComputer(a.computer, session.computer)) continue;
    seen.add(a);
    const to = serverLogged(a) ? a.computer : (a.server.name ?? a.server.address ?? 'an unnamed computer');
    const user = serverLogged(a) && a.user ? a.user : session.user;
    const hop: Hop = {
      attempt: a,
      from: session.computer,
      to,
      ...(a.server.address && a.server.address !== to ? { toAddress: a.server.address } : {}),
      ...(user ? { user } : {}),
      ...(serverLogged(a) && a.outcome === 'succeeded' ? { next: a } : {}),
    };
    out.push(hop);
    // A destination that left no logs: the next server that names its address as its client, while this lasted.
    if (!serverLogged(a) && (a.server.address || a.server.name)) {
      for (const d of startedDuring(byStart, a)) {
        if (d === a || seen.has(d) || !serverLogged(d) || d.outcome !== 'succeeded') continue;
        const byAddress = a.server.address && d.client.address?.toLowerCase() === a.server.address.toLowerCase();
        const byName = a.server.name && sameComputer(d.client.name, a.server.name);
        if (!byAddress && !byName) continue;
        seen.add(d);
        out.push({
          attempt: d,
          from: to,
          to: d.computer,
          ...(d.user ? { user: d.user } : {}),
          next: d,
          through: to,
          parent: hop,
        });
      }
    }
  }
  return out;
}

/** What a computer's logs show of its past, of the attempts it logged (those of some of its names). */
class History {
  /** Its earliest attempt (the first of them in the attempts' order), with that place. */
  earliest?: Attempt;
  private at = -1;
  /** The earliest start of an attempt from each client address (lower case). */
  private readonly from = new Map<string, number>();

  add(a: Attempt, at: number): void {
    if (!this.earliest || a.startMs < this.earliest.startMs) {
      this.earliest = a;
      this.at = at;
    }
    const address = a.client.address?.toLowerCase();
    if (address === undefined) return;
    const first = this.from.get(address);
    if (first === undefined || a.startMs < first) this.from.set(address, a.startMs);
  }

  /** Did `address` connect before `ms`? */
  connectedBefore(address: string, ms: number): boolean {
    return (this.from.get(address) ?? Number.POSITIVE_INFINITY) < ms;
  }

  /** Of two histories, the earliest attempt (the first in the attempts' order on a tie). */
  static earliest(x: History, y: History | undefined): Attempt | undefined {
    if (!y?.earliest) return x.earliest;
    if (!x.earliest) return y.earliest;
    if (x.earliest.startMs !== y.earliest.startMs)
      return x.earliest.startMs < y.earliest.startMs ? x.earliest : y.earliest;
    return x.at < y.at ? x.earliest : y.earliest;
  }
}

/**
 * The histories of the computers that logged attempts, read once for every chain: a computer's attempts are those
 * `sameComputer` joins to its name (the same name, or a name without a dot and one of its first label), so each
 * first label keeps the history of all its names, of its names without a dot, and of each name.
 */
class Histories {
  private readonly byLabel = new Map<string, { all: History; dotless: History; named: Map<string, History> }>();

  constructor(attempts: readonly Attempt[]) {
    attempts.forEach((a, at) => {
      if (!serverLogged(a) || !a.computer) return;
      const name = a.computer.toLowerCase();
      let label = this.byLabel.get(short(name));
      if (!label)
        this.byLabel.set(short(name), (label = { all: new History(), dotless: new History(), named: new Map() }));
      label.all.add(a, at);
      if (!name.includes('.')) label.dotless.add(a, at);
      let named = label.named.get(name);
      if (!named) label.named.set(name, (named = new History()));
      named.add(a, at);
    });
  }

  /** What `computer`'s logs show: one history, or a name's and its label's names without a dot (two). */
  of(computer: string): [History] | [History, History] | [] {
    const name = computer.toLowerCase();
    const label = name ? this.byLabel.get(short(name)) : undefined;
    if (!label) return [];
    if (!name.includes('.')) return [label.all];
    const named = label.named.get(name);
    return named ? [named, label.dotless] : [label.dotless];
  }
}

/** Why a chain matters, in words; none when it does not. */
function reasonsOf(
  root: Attempt,
  hops: readonly Hop[],
  histories: () => Histories,
  isDomainController: (computer: string) => boolean,
  markValue: (v: string) => string,
): string[] {
  const reasons: string[] = [];
  const source = root.client.address;
  if (isInternetAddress(source)) reasons.push(`it began from ${markValue(source!)}, an address on the internet`);
  else if (source) {
    const here = histories().of(root.computer);
    const reach = here.some((h) => h.earliest !== undefined && h.earliest.startMs <= root.startMs - HISTORY_MS);
    const before = here.some((h) => h.connectedBefore(source.toLowerCase(), root.startMs));
    if (reach && !before)
      reasons.push(
        `its first source ${markValue(source)} had never connected to ${markValue(root.computer)} before, in logs that reach further back`,
      );
    else if (!reach && !before) {
      // What the logs cannot say is said, not taken for "seen before": the source is not known there.
      const first = here.length ? History.earliest(here[0], here[1]) : undefined;
      const earliest = first && first.startMs < root.startMs ? first : root;
      reasons.push(
        `its first source ${markValue(source)} is not known to ${markValue(root.computer)}: its logs hold no connection before ${formatShortTime(earliest.start)}, so they cannot show whether it had connected before`,
      );
    }
  }
  const dcs = [...new Set(hops.filter((h) => isDomainController(h.to)).map((h) => h.to))];
  if (dcs.length)
    reasons.push(
      `it reached ${dcs.length === 1 ? 'a domain controller' : 'domain controllers'}, ${dcs.map(markValue).join(', ')}`,
    );
  const service = [
    ...new Set([root.user, ...hops.map((h) => h.user)].filter((u): u is string => isServiceOrBuiltinAdmin(u))),
  ];
  if (service.length)
    reasons.push(
      `it signed in interactively with ${service.map(markValue).join(', ')}, ${service.length === 1 ? 'an account' : 'accounts'} no person should use at a desktop`,
    );
  return reasons;
}

/**
 * The chains of Remote Desktop hops that no attack's own story tells (`told`: the attempts an attack's finding
 * already holds), one `lateral-movement` finding each, from its first source.
 */
export function lateralChainFindings(
  attempts: readonly Attempt[],
  attacks: readonly SecurityFinding[],
  marks: ValueMarks,
  isDomainController: (computer: string) => boolean,
): Finding[] {
  const { markValue } = marks;
  const told = new Set(
    attacks.flatMap((f) => [
      ...f.burst.successes.map((s) => s.attempt),
      ...(f.burst.lateralMovement ?? []).flatMap((m) => [m.attempt, m.session]),
    ]),
  );
  const sessions = attempts.filter(
    (a) => serverLogged(a) && a.outcome === 'succeeded' && (a.client.address || a.client.name),
  );
  const hops = new Map<Attempt, Hop[]>();
  const byStart = [...attempts].sort((x, y) => x.startMs - y.startMs);
  for (const s of sessions) {
    const list = hopsFrom(s, byStart);
    if (list.length) hops.set(s, list);
  }
  const reached = new Set([...hops.values()].flat().flatMap((h) => (h.next ? [h.next] : [])));
  let read: Histories | undefined;
  const histories = () => (read ??= new Histories(attempts));
  const out: Finding[] = [];
  for (const root of sessions) {
    if (!hops.has(root) || reached.has(root) || told.has(root.id)) continue;
    // The whole chain (a tree, when a session went on to several computers), hop by hop in time order.
    // Each hop's attempt once (the first hop that carried it), found by its attempt.
    const chain: Hop[] = [];
    const hopOf = new Map<Attempt, Hop>();
    const queue: { s: Attempt; via?: Hop }[] = [{ s: root }];
    const visited = new Set<Attempt>();
    for (let q = 0; q < queue.length; q++) {
      const { s, via } = queue[q]!;
      if (visited.has(s)) continue;
      visited.add(s);
      for (const h of hops.get(s) ?? []) {
        if (hopOf.has(h.attempt)) continue;
        const hop = { ...h, ...(h.parent ? {} : via ? { parent: via } : {}) };
        if (h.through) hop.parent = (h.parent && hopOf.get(h.parent.attempt)) ?? h.parent;
        chain.push(hop);
        hopOf.set(hop.attempt, hop);
        if (hop.next) queue.push({ s: hop.next, via: hop });
      }
    }
    chain.sort((x, y) => x.attempt.startMs - y.attempt.startMs);
    if (chain.every((h) => told.has(h.attempt.id))) continue;
    const reasons = reasonsOf(root, chain, histories, isDomainController, markValue);
    if (reasons.length === 0) continue;
    const first = root.client.address ?? root.client.name!;
    // Each branch from the first source to where it ended: `203.0.113.7 → APP01 → FS02 → DC01`.
    const parents = new Set(chain.map((c) => c.parent));
    const leaves = chain.filter((h) => !parents.has(h));
    const branches = leaves.map((leaf) => {
      const names: string[] = [];
      for (let h: Hop | undefined = leaf; h; h = h.parent) names.push(h.to);
      return names.reverse();
    });
    const pathText = branches
      .map((b, i) =>
        [...(i === 0 ? [first, root.computer] : [root.computer]), ...b].map((n) => markValue(shortName(n))).join(' → '),
      )
      .join('; ');
    const hopText = chain.map(
      (h) =>
        `${h.attempt.id} ${markValue(h.from)} → ${markValue(h.to)}${h.toAddress ? ` (${markValue(h.toAddress)})` : ''}${h.user ? ` as ${markValue(h.user)}` : ''} at ${formatShortTime(h.attempt.start)}, ${h.attempt.outcome}${h.through ? ` (${markValue(h.through)} left no logs: ${markValue(h.to)} names it as the client)` : ''}`,
    );
    out.push({
      id: lateralMovement.id,
      computer: root.computer,
      confidence: 0.85,
      title: `Lateral movement over Remote Desktop: ${pathText}`,
      explanation: `${markValue(first)} signed in to ${markValue(root.computer)}${root.user ? ` as ${markValue(root.user)}` : ''} over Remote Desktop (${root.id}, ${formatShortTime(root.start)} to ${formatShortTime(root.end)}), and from that session on went on: ${hopText.join('; ')}. One chain of ${chain.length} ${chain.length === 1 ? 'hop' : 'hops'}, from its first source. It matters because ${reasons.join('; ')}.`,
      evidence: [root, ...chain.map((h) => h.attempt)].slice(0, 6).flatMap((a) => {
        const e = a.events[0] ?? a.clientEvents[0];
        return e ? [evidenceRef(e, marks)] : [];
      }),
      remediation: [...lateralMovement.remediation],
      attempts: [root.id, ...chain.map((h) => h.attempt.id)],
    });
  }
  return out;
}
