/**
 * The fleet view: when one run covers many computers (an MSP's session hosts, a SOC's pull), reports
 * lead with one row per computer (attempts, failures, incidents, findings, its worst cause) and the
 * incidents that span computers: one cause failing on several hosts at once (a shared dependency: a
 * licence server, a certificate, a GPO) and one source attacking several hosts (a sweep). Each
 * computer's own answer follows, as in any report. Computed from the analysis alone.
 */
import type { Analysis, DiagnosedAttempt } from '../diagnose/analyze.js';
import { INCIDENT_QUIET_GAP_MS } from '../diagnose/incidents.js';
import { type AttemptSide, type Incident, sideRole } from '../model/attempt.js';
import { compareText } from '../model/order.js';

/** A run is a fleet from this many computers on. */
export const FLEET_MIN_COMPUTERS = 3;

export interface FleetRow {
  computer: string;
  attempts: number;
  succeeded: number;
  failed: number;
  /** Attempts a followed (live) log left mid-way (`in-progress`). */
  inProgress: number;
  /** Attempts whose outcome the logs given cannot tell (`unknown`). */
  unknown: number;
  incidents: number;
  findings: number;
  /** The cause of most of its failed attempts (an attack's when they were an attack's). */
  worstCause?: { id: string; title: string; count: number; attack: boolean };
}

export interface FleetIncident {
  /** `shared-cause`: one cause on several computers at once; `one-source`: one source against several. */
  kind: 'shared-cause' | 'one-source';
  /** Whose logs: the servers', or the clients' (their own attempts, no server log given). */
  side: Exclude<AttemptSide, 'both'>;
  /** The cause id (shared cause), or the finding id (`password-guessing`, `scanning`) of a source's attack. */
  id: string;
  title: string;
  /** The attacking address (one-source). */
  source?: string;
  computers: string[];
  /** Failed attempts in all. */
  count: number;
  first: string;
  last: string;
  /** The per-computer incidents it gathers (shared cause). */
  incidents: string[];
}

/** How many computers of which side one cause stands on at once: `on 3 servers at once`. */
export function atOnceText(x: FleetIncident): string {
  return `on ${x.computers.length} ${x.side}s at once`;
}

/**
 * The fleet table's columns beyond succeeded and failed, each only when a row has such attempts: so a row's
 * columns add up to its attempts in every format.
 */
export function fleetOutcomeColumns(fleet: Fleet): { title: string; of: (r: FleetRow) => number }[] {
  const all: { title: string; of: (r: FleetRow) => number }[] = [
    { title: 'In progress', of: (r) => r.inProgress },
    { title: 'Unknown', of: (r) => r.unknown },
  ];
  return all.filter((c) => fleet.computers.some((r) => c.of(r) > 0));
}

/** What a responder should do of one cause on several computers. */
export const LOOK_AT_WHAT_THEY_SHARE = 'look at what they share';

/**
 * The sentence every report says of one cause on several computers at once, its title, id and computers as the
 * format writes them (plain, Markdown, HTML).
 */
export function sharedCauseText(x: FleetIncident, title: string, id: string, on: string): string {
  return `${title} (${id}) ${atOnceText(x)} (${on}): one cause, ${LOOK_AT_WHAT_THEY_SHARE}`;
}

export interface Fleet {
  /** Every computer the logs name, a short name and the full name it stands for counted once (as the report names them). */
  computersInLogs: number;
  computers: FleetRow[];
  incidents: FleetIncident[];
}

/**
 * How the report names computers: one key for a short name and the full name it stands for (`HostNames.key`), and
 * the name the report gives that computer.
 */
export interface ComputerNaming {
  key(computer: string): string;
  display(computer: string): string;
}

/** Each computer by its own lower-case name: for a run whose names need no merging. */
export const LOWER_CASE_NAMING: ComputerNaming = { key: (c) => c.toLowerCase(), display: (c) => c };

function rows(analysis: Analysis, naming: ComputerNaming): FleetRow[] {
  const byKey = new Map<string, FleetRow>();
  const tally = new Map<string, Map<string, { id: string; title: string; count: number; attack: boolean }>>();
  const row = (computer: string) => {
    const key = naming.key(computer);
    let r = byKey.get(key);
    if (!r) {
      r = {
        computer: naming.display(computer),
        attempts: 0,
        succeeded: 0,
        failed: 0,
        inProgress: 0,
        unknown: 0,
        incidents: 0,
        findings: 0,
      };
      byKey.set(key, r);
    }
    return r;
  };
  for (const a of analysis.attempts) {
    const r = row(a.computer);
    r.attempts++;
    if (a.outcome === 'succeeded') r.succeeded++;
    else if (a.outcome === 'failed') r.failed++;
    else if (a.outcome === 'unknown') r.unknown++;
    else r.inProgress++;
  }
  for (const x of analysis.incidents) {
    row(x.computer).incidents++;
    const key = naming.key(x.computer);
    let causes = tally.get(key);
    if (!causes) tally.set(key, (causes = new Map()));
    const k = `${x.cause}|${x.kind}`;
    const c = causes.get(k) ?? { id: x.cause, title: x.title, count: 0, attack: x.kind === 'attack' };
    c.count += x.count;
    causes.set(k, c);
  }
  for (const f of analysis.findings) row(f.computer).findings++;
  for (const [key, causes] of tally) {
    const worst = [...causes.values()].sort((x, y) => y.count - x.count || compareText(x.id, y.id))[0];
    const r = byKey.get(key);
    if (r && worst) r.worstCause = worst;
  }
  return [...byKey.values()].sort(
    (x, y) => y.failed - x.failed || y.findings - x.findings || compareText(x.computer, y.computer),
  );
}

function sharedCauses(
  incidents: readonly Incident[],
  attempts: ReadonlyMap<string, DiagnosedAttempt>,
): FleetIncident[] {
  const byCause = new Map<string, Incident[]>();
  const sideOf = (x: Incident): FleetIncident['side'] => {
    const side = attempts.get(x.attempts[0])?.side;
    return side ? sideRole(side) : 'server';
  };
  for (const x of incidents) {
    if (x.kind !== 'fault') continue;
    const key = `${x.cause}|${sideOf(x)}`;
    const list = byCause.get(key);
    if (list) list.push(x);
    else byCause.set(key, [x]);
  }
  const out: FleetIncident[] = [];
  for (const list of byCause.values()) {
    list.sort((x, y) => x.firstMs - y.firstMs);
    let run: Incident[] = [];
    let lastMs = -Infinity;
    const flush = () => {
      const computers = [...new Map(run.map((x) => [x.computer.toLowerCase(), x.computer])).values()];
      if (computers.length >= 2) {
        const times = run.flatMap((x) => [x.first, x.last]).sort();
        out.push({
          kind: 'shared-cause',
          side: sideOf(run[0]),
          id: run[0].cause,
          title: run[0].title,
          computers,
          count: run.reduce((n, x) => n + x.count, 0),
          first: times[0],
          last: times[times.length - 1],
          incidents: run.map((x) => x.id),
        });
      }
      run = [];
    };
    for (const x of list) {
      if (run.length && x.firstMs - lastMs > INCIDENT_QUIET_GAP_MS) flush();
      lastMs = run.length ? Math.max(lastMs, x.lastMs) : x.lastMs;
      run.push(x);
    }
    flush();
  }
  return out;
}

/** What the fleet view reads of a security headline (model.ts `SecurityHeadline`): one source against computers. */
interface SourceHeadline {
  id: string;
  source: string;
  computers: string[];
  count: number;
  first: string;
  last: string;
}

/**
 * The fleet view of an analysis (with its security headlines, model.ts), or undefined when it covers
 * fewer than FLEET_MIN_COMPUTERS computers.
 */
export function buildFleet(
  analysis: Analysis,
  headlines: readonly SourceHeadline[],
  naming: ComputerNaming = LOWER_CASE_NAMING,
  computersInLogs = 0,
): Fleet | undefined {
  const computers = rows(analysis, naming);
  if (computers.length < FLEET_MIN_COMPUTERS) return undefined;
  const sweeps: FleetIncident[] = headlines
    .filter((h) => h.computers.length >= 2)
    .map((h) => ({
      kind: 'one-source',
      side: 'server',
      id: h.id,
      title: h.id === 'scanning' ? 'Scanning' : 'Password guessing',
      source: h.source,
      computers: h.computers,
      count: h.count,
      first: h.first,
      last: h.last,
      incidents: analysis.incidents
        .filter((x) => x.kind === 'attack' && x.source === h.source && h.computers.includes(x.computer))
        .map((x) => x.id),
    }));
  const attempts = new Map(analysis.attempts.map((a) => [a.id, a]));
  const incidents = [...sharedCauses(analysis.incidents, attempts), ...sweeps].sort(
    (x, y) => y.computers.length - x.computers.length || compareText(x.first, y.first),
  );
  return { computersInLogs: Math.max(computersInLogs, computers.length), computers, incidents };
}
