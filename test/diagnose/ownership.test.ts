import { describe, expect, it } from 'vitest';
import { EvidenceOwners, OWNERSHIP_SLACK_MS } from '../../src/diagnose/ownership.js';
import type { Attempt } from '../../src/model/attempt.js';
import type { NormalizedEvent } from '../../src/model/event.js';

const HOST = 'RDSH01.corp.example.test';
const BASE = Date.parse('2024-05-02T09:00:00Z');

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function attempt(i: number, startMs: number, endMs: number, address: string | undefined, succeeded: boolean): Attempt {
  return {
    id: `A${String(i + 1).padStart(3, '0')}`,
    side: 'server',
    computer: HOST,
    startMs,
    endMs,
    outcome: succeeded ? 'succeeded' : 'failed',
    client: { address },
    events: [],
    clientEvents: [],
    probeEvents: [],
    activityIds: [],
  } as unknown as Attempt;
}

function schannel(timeMs: number, eventId: number, recordId: number, address?: string): NormalizedEvent {
  return {
    timestamp: new Date(timeMs).toISOString(),
    timeMs,
    channel: 'System',
    provider: { name: 'Schannel' },
    eventId,
    computer: HOST,
    data: address ? { ClientIP: address } : {},
    source: { file: 'System.evtx', format: 'evtx' },
    recordId,
  };
}

/**
 * The rule as documented, searched the slow way: each event (in time order) goes to the attempt with
 * the lowest gap, plus 2 s when it already has an event of that kind, plus 1 ms when it succeeded; within
 * the slack, from the same client (or one not named); ties to the later-starting attempt.
 */
function reference(attempts: Attempt[], events: NormalizedEvent[], kinds: Int32Array): number[] {
  const taken = new Set<string>();
  return events.map((e, k) => {
    const address = e.data.ClientIP;
    let best = -1;
    let bestScore = Number.POSITIVE_INFINITY;
    attempts.forEach((a, i) => {
      if (address && a.client.address && a.client.address !== address) return;
      const gap = e.timeMs < a.startMs ? a.startMs - e.timeMs : e.timeMs > a.endMs ? e.timeMs - a.endMs : 0;
      if (gap > OWNERSHIP_SLACK_MS) return;
      const score = gap + (taken.has(`${i}:${kinds[k]}`) ? 2_000 : 0) + (a.outcome === 'succeeded' ? 1 : 0);
      if (score <= bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) taken.add(`${best}:${kinds[k]}`);
    return best;
  });
}

describe('evidence ownership', () => {
  it('gives each event the attempt the documented rule picks, bursts of identical events included', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = random(seed);
      const addresses = ['192.0.2.10', '192.0.2.11', undefined];
      const attempts: Attempt[] = [];
      let t = BASE;
      for (let i = 0; i < 30; i++) {
        t += Math.floor(rnd() * 8_000);
        attempts.push(attempt(i, t, t + Math.floor(rnd() * 5_000), addresses[Math.floor(rnd() * 3)], rnd() < 0.15));
      }
      attempts.sort((x, y) => x.startMs - y.startMs);
      // Floods: several events of one moment, kind and client in a row, as Schannel logs them.
      const events: NormalizedEvent[] = [];
      const kinds: number[] = [];
      let at = BASE - 40_000;
      while (events.length < 400) {
        at += Math.floor(rnd() * 3_000);
        const kind = Math.floor(rnd() * 2);
        const address = rnd() < 0.3 ? addresses[Math.floor(rnd() * 2)] : undefined;
        for (let n = 1 + Math.floor(rnd() * 12); n > 0; n--) {
          events.push(schannel(at, kind ? 36888 : 36874, events.length + 1, address));
          kinds.push(kind);
        }
      }
      const owners = new EvidenceOwners(attempts, (c) => c.toLowerCase());
      // The host's index hands them over per event id, each list in time order.
      const lists = [0, 1].map((kind) => {
        const ofKind = events.filter((_, k) => kinds[k] === kind);
        return { id: kind ? 36888 : 36874, events: ofKind, at: ofKind.map((_, k) => k) };
      });
      const given = owners.assignHost(HOST.toLowerCase(), lists);
      const expected = reference(attempts, events, Int32Array.from(kinds));
      const got = events.map((e) => attempts.findIndex((a) => owners.serverEventsOf(a).includes(e)));
      expect(got, `seed ${seed}`).toEqual(expected);
      const givenTo = new Map(lists.flatMap((l, n) => l.events.map((e, k) => [e, given[n][k]] as const)));
      expect(events.map((e) => givenTo.get(e))).toEqual(expected);
    }
  });
});
