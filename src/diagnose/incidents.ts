/**
 * Incidents: failed attempts that share a computer and a top cause and are close in time, said once
 * (one explanation, evidence and remediation for the whole group). The same cause coming back after a
 * long quiet gap is a new incident. Attempts of an attack burst form incidents of kind `attack`, whose
 * remediation stops the attack instead of "fixing" the server.
 */
import {
  type Attempt,
  type CauseResult,
  type Incident,
  type SecurityFinding,
  serverLogged,
  VMBUS_CLIENT,
} from '../model/attempt.js';
import type { ValueMarks } from '../model/value-marks.js';
import { formatShortTime } from '../model/time.js';
import { commonKnown, fillSteps, knownOfAttempt } from './fill-steps.js';
import { ATTACK_REMEDIATION } from './attacks/security.js';
import { compareText } from '../model/order.js';

interface Diagnosed extends Attempt {
  causes: CauseResult[];
}

/** The same cause on the same computer after this long without a failure is a new incident. */
export const INCIDENT_QUIET_GAP_MS = 60 * 60_000;
const MAX_EVIDENCE = 8;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function groupIncidents(
  attempts: readonly Diagnosed[],
  attackOf: ReadonlyMap<string, SecurityFinding>,
  marks: ValueMarks,
  /** A cause's steps as written (placeholders unfilled), to fill for a group whose attempts differ. */
  stepsOf: (cause: string) => readonly string[] | undefined = () => undefined,
): Incident[] {
  const groups = new Map<string, Diagnosed[][]>();
  const failed = attempts.filter((a) => a.outcome === 'failed' && a.causes[0]).sort((x, y) => x.startMs - y.startMs);
  for (const a of failed) {
    const attack = attackOf.get(a.id);
    // Different account states (a password expired, an account disabled) are different faults; an attack's tries
    // (a tool's guesses) stay one incident whatever each was refused for.
    const key = `${a.computer.toLowerCase()}|${a.causes[0].id}|${attack ? `attack|${attack.burst.source}` : `fault|${a.causes[0].reason ?? ''}`}`;
    let runs = groups.get(key);
    if (!runs) groups.set(key, (runs = []));
    const run = runs[runs.length - 1];
    if (run && a.startMs - run[run.length - 1].startMs <= INCIDENT_QUIET_GAP_MS) run.push(a);
    else runs.push([a]);
  }
  const incidents = [...groups.values()]
    .flat()
    .map((run) => incident(run, attackOf.get(run[0].id), marks, stepsOf))
    .sort((x, y) => x.firstMs - y.firstMs || compareText(x.computer, y.computer));
  incidents.forEach((x, i) => {
    x.id = `I${String(i + 1).padStart(2, '0')}`;
  });
  return incidents;
}

/** Where the attempts went: the server, or for client-only attempts the names the user connected to. */
function targets(run: Diagnosed[], { markValues }: ValueMarks): string {
  const names = [
    ...new Set(run.map((a) => (serverLogged(a) ? a.computer : (a.server.name ?? a.server.address ?? a.computer)))),
  ];
  return names.length > 3 ? `${names.length} servers` : markValues(names);
}

function incident(
  run: Diagnosed[],
  attack: SecurityFinding | undefined,
  marks: ValueMarks,
  stepsOf: (cause: string) => readonly string[] | undefined,
): Incident {
  const { markValue, markValues } = marks;
  const first = run[0];
  const last = run[run.length - 1];
  // The attempt said in full: the surest diagnosis, the earliest among equals.
  const shown = run.reduce((best, a) => (a.causes[0].confidence > best.causes[0].confidence ? a : best), first);
  const top = shown.causes[0];
  const clients = new Map<string, Incident['clients'][number]>();
  for (const a of run) {
    const vmbus = a.connection === 'vmbus' && !a.client.address && !a.client.name;
    const key = `${a.client.address ?? ''}|${a.client.name ?? ''}|${vmbus}`;
    const c = clients.get(key);
    if (c) c.count++;
    else
      clients.set(key, {
        ...(a.client.address ? { address: a.client.address } : {}),
        ...(a.client.name ? { name: a.client.name } : {}),
        ...(vmbus ? { connection: 'vmbus' as const } : {}),
        count: 1,
      });
  }
  // One account once, compared as Windows compares account names (any case), in its first spelling.
  const byKey = new Map<string, string>();
  for (const a of run) if (a.user && !byKey.has(a.user.toLowerCase())) byKey.set(a.user.toLowerCase(), a.user);
  const users = [...byKey.values()].sort();
  const range =
    run.length === 1
      ? `at ${formatShortTime(first.start)}`
      : `between ${formatShortTime(first.start)} and ${formatShortTime(last.start)}`;
  const clientList = [...clients.values()]
    .sort((x, y) => y.count - x.count)
    .map(
      (c) =>
        markValues(
          [c.address, c.name].filter((x): x is string => !!x),
          ' ',
        ) || (c.connection === 'vmbus' ? `a ${VMBUS_CLIENT}` : 'an unknown client'),
    );
  const who = clientList.length > 3 ? `${clientList.length} clients` : clientList.join(', ');
  const lead = attack
    ? `${plural(run.length, 'attempt')} from ${who} ${range} failed with "${top.title}". They are part of the ${attack.id} burst from ${markValue(attack.burst.source)} (see the security findings): the attack tool's connections, not a fault of the server.`
    : `${plural(run.length, 'attempt')} from ${who} to ${targets(run, marks)} ${range} failed the same way.`;
  const example = run.length > 1 ? `${shown.id}, for example: ${top.explanation}` : top.explanation;
  return {
    id: '',
    computer: first.computer,
    cause: top.id,
    kind: attack ? 'attack' : 'fault',
    count: run.length,
    first: first.start,
    last: last.start,
    firstMs: first.startMs,
    lastMs: last.startMs,
    clients: [...clients.values()].sort((x, y) => y.count - x.count),
    users,
    attempts: run.map((a) => a.id),
    confidence: top.confidence,
    title: top.title,
    explanation: `${lead} ${example}`,
    evidence: top.evidence.slice(0, MAX_EVIDENCE),
    remediation: attack
      ? ATTACK_REMEDIATION(attack.burst.sources ?? [attack.burst.source], attack.burst.successes.length > 0, marks)
      : stepsForRun(run, top, stepsOf, marks),
    ...(attack ? { source: attack.burst.source } : {}),
  };
}

/**
 * The steps of a group: the shown attempt's, filled for it, when every attempt names the same account and server;
 * else the cause's steps filled with only what they all share (fill-steps.ts says what is left).
 */
function stepsForRun(
  run: Diagnosed[],
  top: CauseResult,
  stepsOf: (cause: string) => readonly string[] | undefined,
  marks: ValueMarks,
): string[] {
  const known = run.map((a) => ({ ...knownOfAttempt(a), user: a.user ?? a.causes[0]?.user }));
  const raw = stepsOf(top.id);
  const differ = known.some(
    (k) =>
      (k.user ?? '').toLowerCase() !== (known[0].user ?? '').toLowerCase() ||
      k.computer?.toLowerCase() !== known[0].computer?.toLowerCase(),
  );
  return raw && differ ? fillSteps(raw, commonKnown(known), marks) : [...top.remediation];
}
