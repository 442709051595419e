/**
 * A load balancer's (or monitoring system's) health probes: one internal address opening short connections to
 * the RDP port at a fixed interval, never offering a credential. Each one reads as a handshake that was
 * aborted; together they are one benign line, never an incident, never an attack. A scan is not one: it
 * comes from outside, or fast, or at an irregular pace.
 */
import { handshakeAborted } from '../../patterns/handshake-aborted.js';
import { UNEXPLAINED } from '../../patterns/index.js';
import { classOfAddress, isInternetAddress } from '../model/address-class.js';
import type { Attempt, CauseResult, EvidenceRef, Finding } from '../model/attempt.js';
import type { ValueMarks } from '../model/value-marks.js';
import { evidenceRef } from './evidence-refs.js';
import { formatShortTime } from '../model/time.js';

interface Diagnosed extends Attempt {
  causes: CauseResult[];
}

/** At least this many connections in a row (three intervals) show a period. */
const MIN_PROBES = 4;
/** A probe closes within this long: it opens the port and leaves. */
const MAX_PROBE_MS = 15_000;
/** Probe periods are seconds to minutes (Azure LB 5–15 s, AWS 10–30 s, F5 5 s, monitoring 1–5 min); faster is a scanner. */
const MIN_PERIOD_MS = 5_000;
const MAX_PERIOD_MS = 15 * 60_000;
/** Each interval within this fraction of the period (timers jitter a little; a person or a scanner more). */
const JITTER = 0.2;
/** Of the intervals, this share must keep the period (a probe skipped while another connection ran). */
const REGULAR_SHARE = 0.9;

/** Causes a probe's connection can show: none of them offers a credential or names a fault of TLS or licensing. */
const PROBE_CAUSES: ReadonlySet<string> = new Set([handshakeAborted.id, UNEXPLAINED]);

/** A connection a health probe makes: short, never authenticated, no account, no logon, no cause but an aborted handshake. */
function looksLikeProbe(a: Diagnosed): boolean {
  return (
    a.side === 'server' &&
    a.connection !== 'vmbus' &&
    (a.outcome === 'failed' || a.outcome === 'unknown') &&
    !a.progress.authenticated &&
    !a.progress.session &&
    !a.user &&
    a.endMs - a.startMs <= MAX_PROBE_MS &&
    (a.causes.length === 0 || PROBE_CAUSES.has(a.causes[0].id))
  );
}

function median(values: number[]): number {
  const s = [...values].sort((x, y) => x - y);
  return s[Math.floor((s.length - 1) / 2)];
}

/** The period of the run's connections, when they keep one; undefined when their pace is not a timer's. */
function periodOf(run: readonly Diagnosed[]): number | undefined {
  if (run.length < MIN_PROBES) return undefined;
  const gaps = run.slice(1).map((a, i) => a.startMs - run[i].startMs);
  const period = median(gaps);
  if (period < MIN_PERIOD_MS || period > MAX_PERIOD_MS) return undefined;
  const regular = gaps.filter((g) => Math.abs(g - period) <= period * JITTER).length;
  return regular >= Math.ceil(gaps.length * REGULAR_SHARE) ? period : undefined;
}

function every(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s} s`;
  return s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/**
 * Per computer and source address, runs of probe-like connections at a fixed period: a `health-probes` finding
 * each, and the ids of the attempts it stands for (kept out of incidents and of the security lens).
 */
export function findHealthProbes(
  attempts: readonly Diagnosed[],
  marks: ValueMarks,
): { findings: Finding[]; probes: Set<string> } {
  const bySource = new Map<string, Diagnosed[]>();
  for (const a of attempts) {
    const source = a.client.address;
    if (!source || !classOfAddress(source) || isInternetAddress(source) || !looksLikeProbe(a)) continue;
    const key = `${a.computer.toLowerCase()}|${source}`;
    const list = bySource.get(key);
    if (list) list.push(a);
    else bySource.set(key, [a]);
  }
  const findings: Finding[] = [];
  const probes = new Set<string>();
  for (const list of bySource.values()) {
    list.sort((x, y) => x.startMs - y.startMs);
    const period = periodOf(list);
    if (period === undefined) continue;
    // A probe-like connection off the beat (a person's cancelled prompt from the same address) is not one.
    const onBeat = list.filter((a, i) => {
      const gaps = [
        i > 0 ? a.startMs - list[i - 1].startMs : NaN,
        i < list.length - 1 ? list[i + 1].startMs - a.startMs : NaN,
      ];
      return gaps.some((g) => Math.abs(g - period) <= period * JITTER);
    });
    for (const a of onBeat) probes.add(a.id);
    findings.push(finding(onBeat, period, marks));
  }
  return { findings, probes };
}

function finding(run: Diagnosed[], period: number, marks: ValueMarks): Finding {
  const { markValue } = marks;
  const first = run[0];
  const last = run[run.length - 1];
  const source = first.client.address!;
  const evidence: EvidenceRef[] = [first, last].filter((a) => a.events[0]).map((a) => evidenceRef(a.events[0], marks));
  return {
    id: 'health-probes',
    computer: first.computer,
    cause: handshakeAborted.id,
    confidence: 0.8,
    title: `Health probes from ${markValue(source)} every ${every(period)}`,
    explanation: `${markValue(source)}, an internal address, opened ${run.length} short connections to ${markValue(first.computer)} between ${formatShortTime(first.start)} and ${formatShortTime(last.start)}, one every ${every(period)}, each closed in the handshake without offering a credential: a load balancer's or monitoring system's health probe of the RDP port, not a user and not a fault. They are left out of the incidents.`,
    evidence,
    attempts: run.map((a) => a.id),
    remediation: [
      `Nothing to fix. To keep them out of the Remote Desktop logs, point the health check at another port or service, or lengthen its interval.`,
    ],
  };
}
