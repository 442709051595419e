/**
 * Failures whose cause sits on another computer: an RD Session Host could not give a licence because its license
 * server has no CAL of the type or is not activated; a sign-in was refused because the account was locked out on a
 * domain controller. The failing server's logs tell the symptom, the other computer's host finding where to start.
 * A finding whose definition names causes in `upstreamFor` bears on failed attempts with those causes on other
 * computers (never on peers' own conditions): a lockout on its account's attempts while it held; a license server's
 * condition on the servers it serves — those its finding names, or, when the run holds one such license server, any
 * that is not its own license server.
 * Each attempt and incident so explained points to it (`upstream`), says so and leads its steps with it.
 */
import {
  type CauseResult,
  type DiagnosedAttempt,
  type Finding,
  type Incident,
  serverLogged,
  type Upstream,
} from '../model/attempt.js';
import { sameAccount } from '../model/accounts.js';
import type { ValueMarks } from '../model/value-marks.js';
import { ATTACK_FINDINGS, FINDINGS } from '../../patterns/index.js';
import { firstLabel, type HostNames } from '../correlate/index.js';

/** How long before a failure a condition logged on another computer still bears on it (the licensing clauses' week). */
const BEFORE_MS = 7 * 24 * 3600_000;
/** A license server logs its refusal in the same moment as the host's: a finding a little after the failure counts. */
const AFTER_MS = 5 * 60_000;
/** The status of a locked-out account's refused sign-in (4625 / 4771 / 4776). */
const LOCKED_OUT = '0xc0000234';

/** Per finding id, the causes it explains on other computers (`upstreamFor`). */
const UPSTREAM_FOR: ReadonlyMap<string, readonly string[]> = new Map(
  [...FINDINGS, ...ATTACK_FINDINGS].flatMap((f) => (f.upstreamFor ? [[f.id, f.upstreamFor] as const] : [])),
);

/** Marks failed attempts and incidents whose cause another computer's finding explains. */
export function pointUpstream(
  attempts: readonly DiagnosedAttempt[],
  incidents: Incident[],
  findings: readonly Finding[],
  names: HostNames,
  marks: ValueMarks,
): void {
  const roles = findings.filter((f) => UPSTREAM_FOR.has(f.id));
  if (roles.length === 0) return;
  const byId = new Map(attempts.map((a) => [a.id, a]));
  for (const a of attempts) {
    const cause = a.causes[0];
    if (a.outcome !== 'failed' || !cause) continue;
    const server = serverLogged(a) ? a.computer : a.server.name;
    const found = upstreamOf(cause, server, a.user, a.startMs, roles, names);
    if (found.length) pointTo(cause, found, marks);
  }
  for (const inc of incidents) {
    if (inc.kind !== 'fault') continue;
    const seen = new Map<string, Finding>();
    for (const id of inc.attempts) {
      const cause = byId.get(id)?.causes[0];
      if (cause?.id !== inc.cause) continue;
      for (const u of cause.upstream ?? []) {
        const f = roles.find((x) => x.id === u.finding && x.computer === u.computer);
        if (f) seen.set(`${f.id}|${f.computer}`, f);
      }
    }
    if (seen.size) pointTo(inc, [...seen.values()], marks);
  }
}

function upstreamOf(
  cause: CauseResult,
  server: string | undefined,
  user: string | undefined,
  ms: number,
  roles: readonly Finding[],
  names: HostNames,
): Finding[] {
  const here = server ? names.key(server) : undefined;
  // A server that logs a license server's condition itself is its own license server.
  const ownRole = roles.some((f) => !f.lockout && names.key(f.computer) === here);
  const bearing = roles.filter((f) => {
    if (names.key(f.computer) === here || !UPSTREAM_FOR.get(f.id)?.includes(cause.id)) return false;
    const at = firstTime(f);
    return at >= ms - BEFORE_MS && at <= ms + AFTER_MS;
  });
  const accounts = bearing.filter((f) => f.lockout);
  const hosts = bearing.filter((f) => !f.lockout);
  return [
    // A lockout explains its account's refusals while it held, and only the locked-out status.
    ...accounts.filter(
      (f) =>
        (!cause.reason || cause.reason.toLowerCase() === LOCKED_OUT) &&
        !(f.lockout!.unlock && Date.parse(f.lockout!.unlock.time) < ms) &&
        user !== undefined &&
        sameAccount(user, f.lockout!.account),
    ),
    ...(ownRole ? [] : servedBy(hosts, server, names)),
  ];
}

/** The conditions of the computers serving `server`: those that name it, else the run's only one. */
function servedBy(hosts: readonly Finding[], server: string | undefined, names: HostNames): Finding[] {
  if (hosts.length === 0) return [];
  const label = server ? firstLabel(server).toLowerCase() : undefined;
  const naming = label ? hosts.filter((f) => namesHost(f.explanation, label)) : [];
  if (naming.length) return naming;
  const computers = new Set(hosts.map((f) => names.key(f.computer)));
  return computers.size === 1 ? [...hosts] : [];
}

/** Whether a text names a computer by its first label as a whole word (`RDSH06`, `RDSH06.corp…`). */
function namesHost(text: string, label: string): boolean {
  const lower = text.toLowerCase();
  for (let i = lower.indexOf(label); i >= 0; i = lower.indexOf(label, i + 1)) {
    const before = i === 0 ? '' : lower[i - 1]!;
    const after = lower[i + label.length] ?? '';
    if (!/[\w-]/.test(before) && !/[\w-]/.test(after)) return true;
  }
  return false;
}

/** When the finding's condition was first logged (ms). */
function firstTime(f: Finding): number {
  if (f.first) return Date.parse(f.first);
  const times = f.evidence.map((e) => Date.parse(e.time)).filter((t) => Number.isFinite(t));
  return times.length ? Math.min(...times) : Number.NaN;
}

function pointTo(target: CauseResult | Incident, found: readonly Finding[], { markValue }: ValueMarks): void {
  target.upstream = found.map((f): Upstream => ({ finding: f.id, computer: f.computer }));
  const said = found.map((f) => `on ${markValue(f.computer)}, "${f.title}" [${f.id}]`).join('; ');
  target.explanation += ` Where this starts is another computer's finding: ${said} (see its host finding).`;
  const steps = found.map(
    (f) => `First, host finding ${f.id} on ${markValue(f.computer)}: ${f.remediation[0] ?? 'see that finding.'}`,
  );
  target.remediation = [...steps, ...target.remediation];
}
