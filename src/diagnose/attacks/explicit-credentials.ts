/**
 * `explicit-credentials` (its home as data: patterns/findings/explicit-credentials.ts): Security 4648 whose target is
 * `TERMSRV/<host>`, logged by the computer a Remote Desktop connection was made from. Each is joined to the connection
 * it opened when the run holds it (an attempt made from that computer to that host, begun at most seconds after the
 * 4648 or minutes before it: mstsc's prompt waits for the user), its `explicitCredentials`; the others are one finding
 * per computer listing account → target, information unless an attacker's session was open on that computer then.
 */
import { sameAccount } from '../../model/accounts.js';
import { explicitCredentials as definition, TERMSRV } from '../../../patterns/findings/explicit-credentials.js';
import { type HostNames, logKind } from '../../correlate/index.js';
import type { Attempt, ExplicitCredentials, Finding, SecurityFinding } from '../../model/attempt.js';
import { clientComputerOf, serverLogged } from '../../model/attempt.js';
import type { NormalizedEvent } from '../../model/event.js';
import type { ValueMarks } from '../../model/value-marks.js';
import { evidenceRef } from '../evidence-refs.js';
import { formatShortTime } from '../../model/time.js';
import { present } from './process-accounts.js';

const TERMSRV_RE = new RegExp(TERMSRV, 'i');
/** The log a Remote Desktop client writes of each connection it makes (mstsc and the programs hosting its control). */
const RDP_CLIENT_LOG = 'Microsoft-Windows-TerminalServices-RDPClient/Operational';
/** The 4648 comes after the connection began (mstsc's credential prompt waits for the user) by at most this… */
const AFTER_START_MS = 5 * 60_000;
/** …or before its first event by at most this (saved credentials, a client clock a little ahead). */
const BEFORE_START_MS = 10_000;

type Use = ExplicitCredentials & { timeMs: number; event: NormalizedEvent };

/** One computer's uses whose connection the run does not hold (a finding once attacks are known). */
export interface FoundExplicitCredentials {
  computer: string;
  uses: Use[];
}

function account(domain: string | undefined, user: string | undefined): string | undefined {
  const u = present(user);
  if (!u) return undefined;
  const d = present(domain);
  return d ? `${d}\\${u}` : u;
}

/** The host a 4648 names as `TERMSRV/<host>` (`TargetInfo`, else `TargetServerName`). */
export function termsrvTarget(e: NormalizedEvent): string | undefined {
  for (const field of [e.data.TargetInfo, e.data.TargetServerName]) {
    const v = field?.trim() ?? '';
    if (TERMSRV_RE.test(v)) return v.replace(TERMSRV_RE, '').replace(/[/:].*$/, '') || undefined;
  }
  return undefined;
}

function useOf(e: NormalizedEvent): Use | undefined {
  if (e.eventId !== 4648 || logKind(e) !== 'security') return undefined;
  const target = termsrvTarget(e);
  const used = account(e.data.TargetDomainName, e.data.TargetUserName);
  if (!target || !used) return undefined;
  const by = account(e.data.SubjectDomainName, e.data.SubjectUserName);
  const process = present(e.data.ProcessName);
  return {
    time: e.timestamp,
    ...(by ? { by } : {}),
    account: used,
    target,
    ...(process ? { process } : {}),
    timeMs: e.timeMs,
    event: e,
  };
}

function sameHost(x: string | undefined, y: string | undefined): boolean {
  if (!x || !y) return false;
  const a = x.toLowerCase();
  const b = y.toLowerCase();
  return a === b || a.split('.')[0] === b.split('.')[0];
}

/** The computer an attempt was made from, when the logs name it. */
/** Does `a` go to `target` (as the client named it, its address, or the server whose logs hold it)? */
function goesTo(a: Attempt, target: string): boolean {
  return (
    sameHost(a.server.name, target) ||
    a.server.address?.toLowerCase() === target.toLowerCase() ||
    (serverLogged(a) && sameHost(a.computer, target))
  );
}

/**
 * Joins each 4648 to `TERMSRV/…` to the attempt it opened (marking it, `explicitCredentials`), and returns per
 * computer those the run holds no connection of.
 */
export function findExplicitCredentials(
  events: readonly NormalizedEvent[],
  attempts: readonly Attempt[],
  names: HostNames,
): FoundExplicitCredentials[] {
  const out = new Map<string, FoundExplicitCredentials>();
  const seen = new Set<string>();
  for (const e of events) {
    const use = useOf(e);
    if (!use) continue;
    // CredSSP logs one for each leg of one sign-in (µs apart): one use.
    const key =
      `${names.key(e.computer)}|${use.by ?? ''}|${use.account}|${use.target}|${Math.floor(use.timeMs / 1000)}`.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    let opened: Attempt | undefined;
    for (const a of attempts) {
      const from = clientComputerOf(a);
      if (!from || names.key(from) !== names.key(e.computer) || !goesTo(a, use.target)) continue;
      if (use.timeMs < a.startMs - BEFORE_START_MS || use.timeMs > a.startMs + AFTER_START_MS) continue;
      // The latest connection begun before it: the one whose prompt it answered.
      if (!opened || Math.abs(a.startMs - use.timeMs) < Math.abs(opened.startMs - use.timeMs)) opened = a;
    }
    if (opened) {
      const { timeMs: _t, event: _e, ...shown } = use;
      const list = (opened.explicitCredentials ??= []);
      if (!list.some((x) => x.account === shown.account && x.by === shown.by)) list.push(shown);
      // A client's log names no account: the credentials given are the connection's.
      opened.user ??= shown.account;
      continue;
    }
    let host = out.get(names.key(e.computer));
    if (!host) out.set(names.key(e.computer), (host = { computer: e.computer, uses: [] }));
    host.uses.push(use);
  }
  return [...out.values()];
}

/** The attack whose session was open on `computer` at `timeMs`, and that session. */
function attackSessionAt(
  computer: string,
  timeMs: number,
  attempts: ReadonlyMap<string, Attempt>,
  attacks: readonly SecurityFinding[],
  names: HostNames,
): { attack: SecurityFinding; session: Attempt } | undefined {
  for (const f of attacks)
    for (const s of f.burst.successes) {
      const a = attempts.get(s.attempt);
      if (
        a &&
        serverLogged(a) &&
        names.key(a.computer) === names.key(computer) &&
        timeMs >= a.startMs &&
        timeMs <= a.endMs
      )
        return { attack: f, session: a };
    }
  return undefined;
}

/** One finding per computer: account → target for the uses whose connection the run does not hold. */
export function explicitCredentialFindings(
  found: readonly FoundExplicitCredentials[],
  attempts: readonly Attempt[],
  attacks: readonly SecurityFinding[],
  names: HostNames,
  marks: ValueMarks,
  clientLogCovers: (computer: string, ms: number) => boolean = () => true,
): Finding[] {
  const { markValue } = marks;
  const byId = new Map(attempts.map((a) => [a.id, a]));
  return found.map((host) => {
    const uses = [...host.uses].sort((x, y) => x.timeMs - y.timeMs);
    const during = uses
      .map((u) => attackSessionAt(host.computer, u.timeMs, byId, attacks, names))
      .find((x) => x !== undefined);
    const pairs = uses.map(
      (u) =>
        `${u.by && !sameAccount(u.by, u.account) ? `${markValue(u.by)} used ` : ''}${markValue(u.account)} → ${markValue(u.target)} at ${formatShortTime(u.time)}${u.process ? ` (${markValue(u.process)})` : ''}`,
    );
    // "Not in the logs given" rests on this computer's RDPClient log, where each connection would be.
    const unknown = uses.every((u) => clientLogCovers(host.computer, u.timeMs)) ? undefined : [RDP_CLIENT_LOG];
    const sentences = [
      `${markValue(host.computer)} logged explicit credentials for Remote Desktop (Security 4648, TERMSRV/<host>): ${pairs.join('; ')}.`,
      unknown
        ? `Whether the connections they opened are in the logs is unknown: the RDPClient log of ${markValue(host.computer)} (${RDP_CLIENT_LOG}), which would hold them, is not among the inputs for it then, or does not reach them; the targets’ own logs would hold them too.`
        : 'The connections they opened are not in the logs given (the RDPClient log of this computer, or the targets’ own logs, would hold them).',
      during
        ? `The first came while the attacker's session from ${markValue(during.attack.burst.source)} was open on ${markValue(host.computer)} (${during.session.id}${during.session.user ? ` as ${markValue(during.session.user)}` : ''}): the attacker moving on with these accounts. Treat them as compromised and examine the targets.`
        : 'From a jump host this is who went where; check each pair against who should administer that computer.',
    ];
    const shown = uses.map(({ timeMs: _t, event: _e, ...u }) => u);
    return {
      id: definition.id,
      computer: host.computer,
      confidence: during ? 0.85 : 0.7,
      ...(unknown ? { unknown } : {}),
      title: `Explicit credentials for Remote Desktop from ${markValue(host.computer)}: ${[...new Set(uses.map((u) => `${markValue(u.account)} → ${markValue(u.target)}`))].slice(0, 3).join(', ')}${uses.length > 3 ? ', …' : ''}`,
      explanation: sentences.join(' '),
      evidence: uses.slice(0, 8).map((u) => evidenceRef(u.event, marks)),
      remediation: [...definition.remediation],
      ...(during ? { attempts: [during.session.id] } : {}),
      explicitCredentials: {
        uses: shown,
        ...(during ? { duringAttack: { attack: during.attack.burst.source, session: during.session.id } } : {}),
      },
    };
  });
}
