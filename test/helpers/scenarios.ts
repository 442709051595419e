/**
 * The checks of every sample scenario (test/scenarios/scenarios.test.ts, the fast tier, on `SCENARIOS_FAST`;
 * scenarios-rest.test.ts, slow, on the others): every attempt that samples/<scenario>/expected.json lists is found,
 * with its outcome, top cause, user (when listed: null means none is known) and key events (each part of the
 * attempt or cited as evidence for it), and no other attempt appears; when `findings` is listed, the host findings
 * are exactly those (each matched by id or cause, and computer); and no attempt is succeeded while its refusal is on
 * record.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../../patterns/index.js';
import { completesLogon, recordsRefusal } from '../../src/correlate/attempt-builder.js';
import { hostKey } from '../../src/correlate/index.js';
import type { DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import type { EvidenceRef, SecurityFinding } from '../../src/model/attempt.js';
import { CHANNELS, type ChannelInfo, channelOf } from '../../src/model/channels.js';
import { analyzedScenario, SAMPLES, SCENARIOS } from './samples.js';

export interface ExpectedAttempt {
  start: string;
  client: string | null;
  user?: string | null;
  /** Events that show the verdict, as `<log> <event id> #<record id>` (log: a short name of `CHANNELS`, src/model/channels.ts). */
  keyEvents?: string[];
  outcome: string;
  topCause: string | null;
  /** Other outcomes and top causes the reference leaves open (held-out scenarios). */
  acceptableOutcomes?: string[];
  acceptableTopCauses?: (string | null)[];
  /** The logon tries inside the connection, in order (JSON `tries`). */
  tries?: { time: string; outcome: string; user?: string; cause?: string }[];
  /** The Connection Broker whose leg was folded into this attempt. */
  redirectedFrom?: string;
  /** What carried the connection (JSON `connection`). */
  connection?: 'tcp' | 'vmbus' | 'unknown';
  /** The RD Gateway it came through and the client's real address there. */
  via?: { gateway: string; clientAddress?: string };
}

/** A host finding: its id and/or the cause id it explains (held-out scenarios name a security finding's id as `cause`), and its computer. */
export interface ExpectedFinding {
  id?: string;
  cause?: string;
  /** Other ids the reference leaves open (a burst of unknown-outcome connections may be either). */
  acceptableIds?: string[];
  computer: string;
  /** For a security finding: the burst's size and span. */
  count?: number;
  first?: string;
  last?: string;
  /** For a security finding: the success from the burst's source that follows it, cited. */
  successAfterBurst?: { start: string; user?: string; client?: string; keyEvents?: string[] };
}

/** What the logs' reach must say: holes in record ids, logs that rolled over. */
export interface ExpectedCoverage {
  gaps?: { channel: string; after: number; before: number; missing: number }[];
  rolledOver?: string[];
}

/** A key event's log, by its short name in the channel table (`RCM`, `LSM`, `Security`…): no list of our own. */
function logNamed(short: string, key: string): ChannelInfo {
  const row = CHANNELS.find((c) => c.short === short);
  if (!row) {
    const known = CHANNELS.map((c) => c.short).join(', ');
    throw new Error(`key event "${key}": "${short}" is not a short name in CHANNELS (src/model/channels.ts): ${known}`);
  }
  return row;
}

/**
 * Key events of the expected attempt that are neither part of it nor cited as evidence for it (or, for an
 * event logged on another computer such as the license server, for a host finding).
 */
function missingKeyEvents(a: DiagnosedAttempt, keys: string[], hostEvidence: EvidenceRef[]): string[] {
  const own = [...a.events, ...a.clientEvents, ...a.probeEvents, ...(a.redirectedFrom?.events ?? [])].map((e) => ({
    channel: e.channel,
    eventId: e.eventId,
    recordId: e.recordId ?? null,
  }));
  const cited = [...a.causes.flatMap((c) => c.evidence), ...hostEvidence];
  return keys.filter((key) => {
    const m = /^(\S+) (\d+) #(\d+)$/.exec(key);
    if (!m) throw new Error(`key event "${key}" is not "<log> <event id> #<record id>"`);
    const log = logNamed(m[1], key);
    return ![...own, ...cited].some(
      (e) => channelOf(e.channel) === log && e.eventId === Number(m[2]) && e.recordId === Number(m[3]),
    );
  });
}

function findingMatches(f: { id: string; cause?: string; computer: string }, exp: ExpectedFinding): boolean {
  if (f.computer.toLowerCase() !== exp.computer.toLowerCase()) return false;
  if (exp.acceptableIds?.includes(f.id)) return true;
  if (exp.id !== undefined && f.id !== exp.id) return false;
  return exp.cause === undefined || f.cause === exp.cause || f.id === exp.cause;
}

/** Security findings that stand for a whole burst of attempts (the security findings of the cause-id contract). */
const ATTACK_FINDINGS = new Set(['password-guessing', 'scanning']);

function clientOf(a: DiagnosedAttempt): string[] {
  return [a.client.address, a.client.name, a.server.name, a.server.address]
    .filter((x): x is string => Boolean(x))
    .map((x) => x.toLowerCase());
}

function describeAttempt(a: DiagnosedAttempt): string {
  return `${a.start} ${a.client.address ?? a.server.name ?? '?'} ${a.outcome} ${a.causes[0]?.id ?? '-'}`;
}

/** A scenario's expected.json. */
export interface Expected {
  attempts: ExpectedAttempt[];
  findings?: ExpectedFinding[];
  incidents?: { computer?: string; cause: string; kind: 'fault' | 'attack'; count: number }[];
  coverage?: ExpectedCoverage;
}

/** A scenario's expected.json, read. */
export function expectedOf(scenario: string): Expected {
  return JSON.parse(readFileSync(join(SAMPLES, scenario, 'expected.json'), 'utf8')) as Expected;
}

/** The scenario read and analyzed (`analyzedScenario`) against its expected.json. */
async function checkScenario(scenario: string): Promise<void> {
  const expected = expectedOf(scenario);
  const { timeline, analysis } = await analyzedScenario(scenario);
  expect(timeline.inputs.filter((i) => i.error || i.warnings.length)).toEqual([]);
  const { attempts, findings, incidents } = analysis;
  const unmatched = new Set(attempts);
  const legsLeft = new Set(attempts.filter((a) => a.redirectedFrom));
  const problems: string[] = [];
  for (const exp of expected.attempts) {
    const t = Date.parse(exp.start);
    // The nearest in time of: an attempt, or a Connection Broker leg folded into the attempt it led to.
    let best: { a: DiagnosedAttempt; leg: boolean; d: number } | undefined;
    for (const a of attempts) {
      // A null client: the logs name none (an RCM 261 alone), so an attempt without a client address.
      if (exp.client === null ? a.client.address !== undefined : !clientOf(a).includes(exp.client.toLowerCase()))
        continue;
      const starts: [boolean, number][] = [];
      if (unmatched.has(a)) starts.push([false, a.startMs]);
      if (a.redirectedFrom && legsLeft.has(a)) starts.push([true, a.redirectedFrom.startMs]);
      for (const [leg, ms] of starts) {
        const d = Math.abs(ms - t);
        if (d <= 10_000 && (!best || d < best.d)) best = { a, leg, d };
      }
    }
    if (!best) {
      problems.push(`missing attempt ${exp.start} ${exp.client} (${exp.outcome}, ${exp.topCause})`);
      continue;
    }
    const { a, leg } = best;
    if (leg) {
      // A redirect leg is part of the connection it led to: never a failure, never a cause of its own.
      legsLeft.delete(a);
      if (exp.outcome === 'failed' || exp.topCause !== null)
        problems.push(
          `attempt ${exp.start} ${exp.client}: expected ${exp.outcome}/${exp.topCause}, got a redirect leg`,
        );
      continue;
    }
    unmatched.delete(a);
    if (exp.user !== undefined && (a.user ?? null)?.toLowerCase() !== exp.user?.toLowerCase())
      problems.push(`attempt ${exp.start} ${exp.client}: expected user ${exp.user}, got ${a.user ?? null}`);
    const missing = missingKeyEvents(
      a,
      exp.keyEvents ?? [],
      findings.flatMap((f) => f.evidence),
    );
    if (missing.length)
      problems.push(`attempt ${exp.start} ${exp.client}: key events not shown: ${missing.join(', ')}`);
    const top = a.causes[0]?.id ?? null;
    const outcomeOk = a.outcome === exp.outcome || (exp.acceptableOutcomes?.includes(a.outcome) ?? false);
    const causeOk =
      (exp.topCause === null && exp.acceptableTopCauses === undefined) ||
      top === exp.topCause ||
      (exp.acceptableTopCauses?.includes(top) ?? false);
    if (!outcomeOk || !causeOk) {
      problems.push(
        `attempt ${exp.start} ${exp.client}: expected ${exp.outcome}/${exp.topCause}, got ${a.outcome}/${top} (${a.causes.map((c) => `${c.id}:${c.confidence}`).join(', ')})`,
      );
    }
    if (
      exp.redirectedFrom !== undefined &&
      a.redirectedFrom?.computer.toLowerCase() !== exp.redirectedFrom.toLowerCase()
    )
      problems.push(
        `attempt ${exp.start}: expected redirected by ${exp.redirectedFrom}, got ${a.redirectedFrom?.computer}`,
      );
    if (exp.connection !== undefined && a.connection !== exp.connection)
      problems.push(`attempt ${exp.start}: expected connection ${exp.connection}, got ${a.connection}`);
    if (
      exp.via !== undefined &&
      (a.via?.gateway.toLowerCase() !== exp.via.gateway.toLowerCase() || a.via?.clientAddress !== exp.via.clientAddress)
    )
      problems.push(`attempt ${exp.start}: expected via ${JSON.stringify(exp.via)}, got ${JSON.stringify(a.via)}`);
    if (exp.tries) {
      const got = (a.tries ?? []).map((t) => `${t.outcome}/${t.cause ?? '-'}`);
      const want = exp.tries.map((t) => `${t.outcome}/${t.cause ?? '-'}`);
      const timesOff = exp.tries.some(
        (t, i) => a.tries?.[i] && Math.abs(Date.parse(a.tries[i].time) - Date.parse(t.time)) > 1000,
      );
      if (got.join() !== want.join() || timesOff)
        problems.push(`attempt ${exp.start}: expected tries ${want.join(', ')}, got ${got.join(', ')}`);
    }
    if (exp.outcome === 'succeeded' && exp.topCause === null && a.causes.length)
      problems.push(`attempt ${exp.start}: succeeded but blamed on ${top}`);
  }
  // Attempts of an attack burst that the scenario grades as a whole, by its expected security finding
  // (held-out: "scanner connections not graded per attempt"), need not be listed one by one.
  const graded = new Set(
    incidents
      .filter(
        (i) =>
          i.kind === 'attack' &&
          expected.findings?.some(
            (f) =>
              ATTACK_FINDINGS.has(f.id ?? f.cause ?? '') &&
              findingMatches({ id: f.id ?? f.cause ?? '', computer: i.computer }, f),
          ),
      )
      .flatMap((i) => i.attempts),
  );
  // So are a load balancer's health probes, graded as a whole by the expected health-probes finding.
  const probesGraded = expected.findings?.filter((f) => f.id === 'health-probes') ?? [];
  for (const a of attempts)
    if (a.healthProbe && probesGraded.some((f) => f.computer.toLowerCase() === a.computer.toLowerCase()))
      graded.add(a.id);
  for (const a of unmatched) if (!graded.has(a.id)) problems.push(`unexpected attempt ${describeAttempt(a)}`);
  if (expected.findings) {
    for (const exp of expected.findings) {
      const f = findings.find((x) => findingMatches(x, exp));
      if (!f) {
        problems.push(`missing finding ${exp.id ?? exp.cause} on ${exp.computer}`);
        continue;
      }
      const burst = (f as Partial<SecurityFinding>).burst;
      if (exp.count !== undefined && burst) {
        const size = burst.count + (burst.lowerBound?.count ?? 0);
        if (burst.count !== exp.count && size !== exp.count)
          problems.push(`finding ${f.id} on ${exp.computer}: expected ${exp.count} connections, got ${burst.count}`);
        if (exp.first && Math.abs(Date.parse(burst.first) - Date.parse(exp.first)) > 1000)
          problems.push(`finding ${f.id}: expected first ${exp.first}, got ${burst.first}`);
        if (exp.last && Math.abs(Date.parse(burst.last) - Date.parse(exp.last)) > 1000)
          problems.push(`finding ${f.id}: expected last ${exp.last}, got ${burst.last}`);
      }
      const after = exp.successAfterBurst;
      if (after) {
        const ok = burst?.successes.some((x) => {
          const a = attempts.find((y) => y.id === x.attempt);
          return a && Math.abs(a.startMs - Date.parse(after.start)) <= 10_000;
        });
        if (!ok) problems.push(`finding ${f.id}: the success at ${after.start} after the burst is not named`);
      }
    }
    for (const f of findings)
      if (!expected.findings.some((exp) => findingMatches(f, exp)))
        problems.push(`unexpected finding ${f.id} (${f.cause}) on ${f.computer}`);
  }
  // Incidents, where listed: each (cause, kind, size) is there, on its computer (by short name).
  const short = (name: string) => name.split('.')[0].toLowerCase();
  for (const exp of expected.incidents ?? [])
    if (
      !incidents.some(
        (i) =>
          i.cause === exp.cause &&
          i.kind === exp.kind &&
          i.count === exp.count &&
          (exp.computer === undefined || short(i.computer) === short(exp.computer)),
      )
    )
      problems.push(
        `missing incident ${exp.kind} ${exp.count} × ${exp.cause}${exp.computer ? ` on ${exp.computer}` : ''}; got ${incidents.map((i) => `${i.kind} ${i.count} × ${i.cause} on ${i.computer}`).join(', ')}`,
      );
  const spans = timeline.reach?.spans() ?? [];
  for (const g of expected.coverage?.gaps ?? [])
    if (!spans.some((s) => s.channel === g.channel && s.gaps.some((x) => x.after === g.after && x.before === g.before)))
      problems.push(`coverage: the hole in ${g.channel} after record ${g.after} is not said`);
  for (const channel of expected.coverage?.rolledOver ?? [])
    if (!spans.some((s) => s.channel === channel && s.rolledOver))
      problems.push(`coverage: ${channel} rolled over, not said`);
  expect(problems).toEqual([]);
}

/** Findings whose evidence is the host refusing a connection (drain mode, logons disabled). */
const REFUSAL_EVENT_IDS = new Set([1070, 1071]);

/**
 * From the outcome's rules (test/diagnose/outcome.test.ts), over the scenarios: beside the other checks of each
 * scenario, so one test worker analyzes them (analyzedScenario), not each worker that runs one of the files.
 */
async function checkRefusals(name: string): Promise<void> {
  const { attempts, findings } = (await analyzedScenario(name)).analysis;
  for (const a of attempts.filter((x) => x.outcome === 'succeeded')) {
    const logon = [...a.events, ...a.clientEvents].filter(completesLogon).map((e) => e.timeMs);
    const loggedOnAt = logon.length ? Math.min(...logon) : Infinity;
    // A password mistyped at the logon screen (4625 type 10 on a host without NLA or in a Hyper-V session),
    // then typed right in the same connection, is a retry, not a refusal of the connection.
    const retry = (e: (typeof a.events)[number]) =>
      e.channel === 'Security' && e.eventId === 4625 && loggedOnAt < Infinity;
    const refusals = a.events.filter((e) => recordsRefusal(e) && !retry(e) && e.timeMs <= loggedOnAt);
    expect(
      refusals.map((e) => `${e.channel} ${e.eventId}`),
      `${a.start} ${a.client.address}`,
    ).toEqual([]);
    for (const f of findings) {
      if (hostKey(f.computer) !== hostKey(a.computer)) continue;
      for (const ev of f.evidence) {
        if (!REFUSAL_EVENT_IDS.has(ev.eventId)) continue;
        const t = Date.parse(ev.time);
        const during = t >= a.startMs - 2_000 && t <= a.endMs + 5_000 && t <= loggedOnAt;
        expect(during, `${f.id} at ${ev.time} during succeeded ${a.start} ${a.client.address}`).toBe(false);
      }
    }
  }
}

/** The checks of each of `scenarios`: its expected.json, and no success while its refusal is on record. */
export function scenarioChecks(scenarios: readonly string[]): void {
  describe('sample scenarios', () => {
    for (const scenario of scenarios) it(scenario, () => checkScenario(scenario));
  });
  describe('no attempt of a sample is succeeded while its refusal is on record', () => {
    it.each(scenarios)('%s', (name) => checkRefusals(name));
  });
}

/**
 * What a scenario's expected.json asks to be shown, each as a key: each outcome and top cause (the acceptable ones
 * too), each field an attempt or finding is checked by, each connection kind, try, log of a key event, finding,
 * incident and coverage remark; and the kinds of file the folder holds.
 */
export function scenarioFeatures(scenario: string): Set<string> {
  const e = expectedOf(scenario);
  const keys = new Set<string>();
  const add = (...xs: unknown[]) => {
    for (const x of xs) keys.add(String(x));
  };
  for (const a of e.attempts) {
    add(`outcome ${a.outcome}`, `cause ${a.topCause}`, `client ${a.client === null ? 'none' : 'named'}`);
    for (const k of Object.keys(a)) add(`attempt ${k}${k === 'user' && a.user === null ? ' none' : ''}`);
    for (const o of a.acceptableOutcomes ?? []) add(`outcome ${o}`);
    for (const c of a.acceptableTopCauses ?? []) add(`cause ${c}`);
    if (a.connection) add(`connection ${a.connection}`);
    if (a.via?.clientAddress) add('via address');
    for (const t of a.tries ?? []) add(`try ${t.outcome}/${t.cause ?? '-'}`);
    for (const k of a.keyEvents ?? []) add(`key event ${k.split(' ')[0]}`);
  }
  for (const f of e.findings ?? []) {
    add(`finding ${f.id ?? f.cause}`);
    for (const k of Object.keys(f)) add(`finding ${k}`);
  }
  for (const i of e.incidents ?? []) add(`incident ${i.kind} ${i.cause}`, `incident computer ${'computer' in i}`);
  for (const g of e.coverage?.gaps ?? []) add(`gap ${g.channel}`);
  for (const c of e.coverage?.rolledOver ?? []) add(`rolled over ${c}`);
  for (const f of filesOf(join(SAMPLES, scenario))) add(`file ${f.name.replace(/^[^.]*/, '').toLowerCase()}`);
  return keys;
}

/** The files below a folder, with their sizes. */
function filesOf(folder: string): { name: string; bytes: number }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => ({ name, bytes: statSync(join(folder, name)).size }))
    .filter((f) => statSync(join(folder, f.name)).isFile());
}

/**
 * The scenarios the fast tier checks: those named after a cause id, then, greedily, the scenario that adds the most
 * of `scenarioFeatures` not yet held for its bytes, until they hold every one any scenario holds. The others are
 * checked in the slow tier (scenarios-rest.test.ts), so `npm test` checks every scenario.
 */
export const SCENARIOS_FAST: readonly string[] = (() => {
  const features = new Map(SCENARIOS.map((s) => [s, scenarioFeatures(s)]));
  const bytes = new Map(SCENARIOS.map((s) => [s, filesOf(join(SAMPLES, s)).reduce((n, f) => n + f.bytes, 0)]));
  const chosen = SCENARIOS.filter((s) => (CAUSE_IDS as readonly string[]).includes(s));
  const held = new Set(chosen.flatMap((s) => [...features.get(s)!]));
  for (;;) {
    let best: { s: string; worth: number } | undefined;
    for (const [s, f] of features) {
      if (chosen.includes(s)) continue;
      const worth = [...f].filter((x) => !held.has(x)).length / bytes.get(s)!;
      if (worth > 0 && (!best || worth > best.worth)) best = { s, worth };
    }
    if (!best) return chosen.sort();
    chosen.push(best.s);
    for (const x of features.get(best.s)!) held.add(x);
  }
})();
