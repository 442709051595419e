/**
 * The security lens: bursts of failures from one source are an attack (password guessing, scanning),
 * not a fault to fix on the server. A burst is a run of failed attempts from one client against one
 * computer at machine speed (consecutive failures seconds apart, which no person typing a password
 * does) or against several accounts. A user who mistypes a password twice is not one.
 */
import { type CauseId, UNEXPLAINED } from '../../patterns/index.js';
import type { Attempt, CauseResult, EvidenceRef, SecurityFinding, SourceSuccess } from '../model/attempt.js';
import { evidenceRef, formatShortTime } from './engine.js';

/** Events that show a logon went through. */
const LOGON_EVENTS = new Set([1149, 4624, 21, 25, 4778]);

interface Diagnosed extends Attempt {
  causes: CauseResult[];
}

/** Failures from one source further apart than this are separate runs. */
const RUN_GAP_MS = 10 * 60_000;
/** A typical gap between failures below this is machine speed (mstsc's prompt takes a person longer). */
const MACHINE_GAP_MS = 3_000;
/** At machine speed, this many failures make a burst. */
const MACHINE_MIN = 3;
/** Against this many accounts… */
const MANY_ACCOUNTS = 3;
/** …with at least this many failures, a run is guessing whatever its speed. */
const MANY_ACCOUNTS_MIN = 4;

/** Causes that show a credential was offered (so the burst guessed passwords rather than only knocked). */
const CREDENTIAL_CAUSES: ReadonlySet<string> = new Set<CauseId>([
  'auth-bad-credentials',
  'auth-account-state',
  'auth-logon-right',
]);

export const ATTACK_REMEDIATION = (source: string, signedIn: boolean): string[] => [
  `Block ${source} at the firewall or perimeter now.`,
  'Do not expose TCP 3389 to the internet: allow it only from known addresses (host firewall, network security group), or publish Remote Desktop through an RD Gateway or VPN with multi-factor authentication.',
  'Set an account lockout policy (Computer Configuration → Windows Settings → Security Settings → Account Policies → Account Lockout Policy), rename or disable the built-in Administrator for remote sign-in, and keep Network Level Authentication on.',
  ...(signedIn
    ? [
        `${source} signed in successfully: treat those accounts as compromised. Reset their passwords (and krbtgt twice on a domain controller), review what the sessions did (Security 4624/4634/4688, new services and scheduled tasks, new accounts), and isolate the computer if anything was changed.`,
      ]
    : []),
  'Do not change TLS, NLA or the security layer because of these failures: they are the attack tool’s connections, not a fault of the server.',
];

function sourceOf(a: Attempt): string | undefined {
  return a.client.address ?? a.client.name;
}

function median(values: number[]): number {
  if (values.length === 0) return Infinity;
  const s = [...values].sort((x, y) => x - y);
  return s[Math.floor((s.length - 1) / 2)];
}

function isBurst(run: Diagnosed[]): boolean {
  const gaps = run.slice(1).map((a, i) => a.startMs - run[i].startMs);
  if (run.length >= MACHINE_MIN && median(gaps) < MACHINE_GAP_MS) return true;
  const accounts = new Set(run.map((a) => a.user?.toLowerCase()).filter(Boolean));
  return run.length >= MANY_ACCOUNTS_MIN && accounts.size >= MANY_ACCOUNTS;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** Security findings and, per attempt id, the finding whose burst the attempt is part of. */
export function findSecurityBursts(attempts: readonly Diagnosed[]): {
  findings: SecurityFinding[];
  attackOf: Map<string, SecurityFinding>;
} {
  const bySource = new Map<string, Diagnosed[]>();
  for (const a of attempts) {
    const source = sourceOf(a);
    if (!source || a.side === 'client') continue;
    const key = `${a.computer.toLowerCase()}|${source.toLowerCase()}`;
    const list = bySource.get(key);
    if (list) list.push(a);
    else bySource.set(key, [a]);
  }
  const findings: SecurityFinding[] = [];
  const attackOf = new Map<string, SecurityFinding>();
  for (const list of bySource.values()) {
    list.sort((x, y) => x.startMs - y.startMs);
    const failed = list.filter((a) => a.outcome === 'failed');
    let run: Diagnosed[] = [];
    const flush = () => {
      if (run.length && isBurst(run)) {
        const f = securityFinding(run, list);
        findings.push(f);
        for (const a of run) attackOf.set(a.id, f);
      }
      run = [];
    };
    for (const a of failed) {
      if (run.length && a.startMs - run[run.length - 1].startMs > RUN_GAP_MS) flush();
      run.push(a);
    }
    flush();
  }
  findings.sort((x, y) => x.computer.localeCompare(y.computer) || x.burst.first.localeCompare(y.burst.first));
  return { findings, attackOf };
}

function securityFinding(run: Diagnosed[], fromSource: Diagnosed[]): SecurityFinding {
  const first = run[0];
  const last = run[run.length - 1];
  const source = sourceOf(first)!;
  const names = [...new Set(run.map((a) => a.client.name).filter((n): n is string => !!n && n !== source))];
  const accounts = [...new Set(run.map((a) => a.user).filter((u): u is string => !!u))].sort();
  const causeCount = new Map<string, number>();
  for (const a of run) {
    const id = a.causes[0]?.id ?? UNEXPLAINED;
    causeCount.set(id, (causeCount.get(id) ?? 0) + 1);
  }
  const causes = [...causeCount].map(([id, count]) => ({ id, count })).sort((x, y) => y.count - x.count);
  const guessing = run.some((a) => a.user || CREDENTIAL_CAUSES.has(a.causes[0]?.id ?? ''));
  const successes: SourceSuccess[] = fromSource
    .filter((a) => a.outcome === 'succeeded' && a.endMs >= first.startMs)
    .map((a) => ({ attempt: a.id, time: a.start, user: a.user }));
  const id = guessing ? 'password-guessing' : 'scanning';
  const who = `${source}${names.length ? ` (${names.join(', ')})` : ''}`;
  const span = `between ${formatShortTime(first.start)} and ${formatShortTime(last.start)} (${duration(last.startMs - first.startMs)})`;
  const what = causes.map((c) => `${c.count} ${c.id}`).join(', ');
  const sentences = [
    `${who} made ${plural(run.length, 'failed connection attempt')} to ${first.computer} ${span}: ${what}.`,
    accounts.length
      ? `Accounts tried: ${accounts.slice(0, 10).join(', ')}${accounts.length > 10 ? ` and ${accounts.length - 10} more` : ''}.`
      : 'No account name was offered.',
    guessing
      ? 'Failures this fast from one source are an attack tool guessing passwords, not a fault to fix on the server.'
      : 'Connections that open and drop in the handshake this fast, with no credential offered, are a scanner.',
    successes.length
      ? `The same source then signed in successfully ${plural(successes.length, 'time')}: ${successes
          .map((s) => `${s.attempt} at ${formatShortTime(s.time)}${s.user ? ` as ${s.user}` : ''}`)
          .join('; ')}.`
      : 'No successful sign-in from this source is in the logs.',
  ];
  const evidence: EvidenceRef[] = [];
  for (const a of [first, last]) {
    const e = a.causes[0]?.evidence[0];
    if (e && !evidence.includes(e)) evidence.push(e);
  }
  // Each successful logon from the source, by the event that shows it (RCM 1149, 4624, LSM 21/25, 4778).
  for (const s of fromSource.filter((a) => successes.some((x) => x.attempt === a.id))) {
    const logon = s.events.find((e) => LOGON_EVENTS.has(e.eventId));
    if (logon) evidence.push(evidenceRef(logon));
  }
  return {
    id,
    computer: first.computer,
    confidence: successes.length || guessing ? 0.9 : 0.8,
    title: guessing
      ? `Password guessing from ${source}${successes.length ? ': the source then signed in' : ''}`
      : `Scanning from ${source}`,
    explanation: sentences.join(' '),
    evidence,
    remediation: ATTACK_REMEDIATION(source, successes.length > 0),
    burst: {
      source,
      count: run.length,
      first: first.start,
      last: last.start,
      accounts,
      causes,
      successes,
      attempts: run.map((a) => a.id),
    },
  };
}
