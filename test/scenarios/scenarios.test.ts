/**
 * Golden tests on the bundled scenarios: every attempt that samples/<scenario>/expected.json lists is
 * found, with its outcome and top cause, and no other attempt appears.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeEvents, type DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import { buildTimeline } from '../../src/ingest/timeline.js';
import { SAMPLES, SCENARIOS } from '../helpers/samples.js';

interface ExpectedAttempt {
  start: string;
  client: string;
  user: string | null;
  outcome: string;
  topCause: string | null;
  /** The Connection Broker whose leg was folded into this attempt. */
  redirectedFrom?: string;
}

const scenarios = SCENARIOS;

function clientOf(a: DiagnosedAttempt): string[] {
  return [a.client.address, a.client.name, a.server.name, a.server.address]
    .filter((x): x is string => Boolean(x))
    .map((x) => x.toLowerCase());
}

function describeAttempt(a: DiagnosedAttempt): string {
  return `${a.start} ${a.client.address ?? a.server.name ?? '?'} ${a.outcome} ${a.causes[0]?.id ?? '-'}`;
}

describe('sample scenarios', () => {
  it('has a scenario for every cause id', () => {
    const causes = new Set(
      scenarios.flatMap((s) =>
        JSON.parse(readFileSync(join(SAMPLES, s, 'expected.json'), 'utf8')).attempts.map(
          (a: ExpectedAttempt) => a.topCause,
        ),
      ),
    );
    for (const id of [
      'tls-certificate',
      'tls-protocol-mismatch',
      'credssp-nla',
      'security-layer-mismatch',
      'licensing-grace-expired',
      'licensing-server-unavailable',
      'licensing-cal-unavailable',
      'licensing-client-cache',
      'session-limit',
      'auth-bad-credentials',
      'auth-logon-right',
      'auth-account-state',
      'network-unreachable',
      'network-dropped',
      'handshake-aborted',
      'server-denied',
      'unexplained',
    ]) {
      expect(causes, id).toContain(id);
    }
  });

  for (const scenario of scenarios) {
    it(scenario, async () => {
      const expected = JSON.parse(readFileSync(join(SAMPLES, scenario, 'expected.json'), 'utf8')) as {
        attempts: ExpectedAttempt[];
      };
      const timeline = await buildTimeline([join(SAMPLES, scenario)]);
      expect(timeline.inputs.filter((i) => i.error || i.warnings.length)).toEqual([]);
      const { attempts } = analyzeEvents(timeline.events);
      const unmatched = new Set(attempts);
      const legsLeft = new Set(attempts.filter((a) => a.redirectedFrom));
      const problems: string[] = [];
      for (const exp of expected.attempts) {
        const t = Date.parse(exp.start);
        // The nearest in time of: an attempt, or a Connection Broker leg folded into the attempt it led to.
        let best: { a: DiagnosedAttempt; leg: boolean; d: number } | undefined;
        for (const a of attempts) {
          if (!clientOf(a).includes(exp.client.toLowerCase())) continue;
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
        const top = a.causes[0]?.id ?? null;
        if (a.outcome !== exp.outcome || (exp.topCause !== null && top !== exp.topCause)) {
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
        if (exp.outcome === 'succeeded' && exp.topCause === null && a.causes.length)
          problems.push(`attempt ${exp.start}: succeeded but blamed on ${top}`);
      }
      for (const a of unmatched) problems.push(`unexpected attempt ${describeAttempt(a)}`);
      expect(problems).toEqual([]);
    });
  }
});
