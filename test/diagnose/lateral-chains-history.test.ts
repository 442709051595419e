/**
 * What a chain's first computer's logs show of its source (issue #51: read once for every chain, by first label and
 * name, where each chain filtered every attempt of the fleet, quadratic in `merge` on a crafted shard: 16,000 copies
 * of the lateral sample took 272 s of CPU, 18 s now; `npm run bench merge-lateral`). Checked against the rule as it
 * reads, attempt by attempt, on random fleets whose names mix short names, FQDNs and one label in two domains (the
 * first few here; the rest in lateral-chains-history-rest.test.ts, slow tier).
 */
import { describe, expect, it } from 'vitest';
import { lateralChainFindings } from '../../src/diagnose/attacks/lateral-chains.js';
import type { Attempt } from '../../src/model/attempt.js';
import { UNMARKED } from '../../src/model/value-marks.js';
import { DAY, expectFirstClausesOf, fleet, iso } from '../helpers/lateral-fleets.js';

describe('what a chain’s first computer knows of its source', () => {
  it('is what its attempts show, name by name, on random fleets (the first; the rest: the -rest file)', () => {
    expectFirstClausesOf('fast');
  });

  it('reads each attempt a number of times that does not grow with the fleet (linear, not quadratic)', () => {
    /** Reads of the attempts' fields the chains look up, for a fleet of `count` attempts as dense at every size. */
    const reads = (count: number) => {
      let n = 0;
      const attempts = fleet(7, count, count / 30).map((a) => {
        for (const key of ['computer', 'startMs', 'endMs', 'client', 'server', 'side', 'outcome'] as const) {
          const value = a[key];
          Object.defineProperty(a, key, {
            get: () => {
              n++;
              return value;
            },
          });
        }
        return a;
      });
      lateralChainFindings(attempts, [], UNMARKED, () => true);
      return n;
    };
    // The ratio, not the size, tells: 4.5 at 500 and 2,000 attempts as at 1,500 and 6,000; a filter per chain gives 16.
    const small = reads(500);
    const large = reads(2000);
    // Four times the attempts: about four times the reads (a filter of every attempt per chain made it sixteen).
    expect(large / small).toBeLessThan(5);
  });

  it('a session of many hops is one chain of each, every branch in its order, each hop once', () => {
    const t0 = Date.UTC(2025, 9, 6, 8);
    const at = (ms: number) => ({ startMs: ms, endMs: ms + 1000, start: iso(ms), end: iso(ms + 1000) });
    const base = {
      events: [],
      clientEvents: [],
      probeEvents: [],
      causes: [],
      user: 'CORP\\alice',
      outcome: 'succeeded',
    };
    const session = {
      ...base,
      ...at(t0),
      endMs: t0 + 30 * DAY,
      end: iso(t0 + 30 * DAY),
      id: 'A001',
      computer: 'JUMP01.corp.example.test',
      side: 'server',
      client: { address: '10.0.0.5' },
      server: {},
    };
    const hops = Array.from({ length: 3000 }, (_, i) => ({
      ...base,
      ...at(t0 + (i + 1) * 60_000),
      id: `A${String(i + 2).padStart(4, '0')}`,
      computer: 'JUMP01.corp.example.test',
      side: 'client',
      client: {},
      server: { name: `SRV${i}.corp.example.test` },
    }));
    const [f, ...more] = lateralChainFindings([session, ...hops] as unknown as Attempt[], [], UNMARKED, () => true);
    expect(more).toEqual([]);
    expect(f!.attempts).toEqual(['A001', ...hops.map((h) => h.id)]);
    expect(f!.title).toBe(
      `Lateral movement over Remote Desktop: ${hops.map((_, i) => `${i === 0 ? '10.0.0.5 → ' : ''}JUMP01 → SRV${i}`).join('; ')}`,
    );
    expect(f!.explanation).toMatch(/One chain of 3000 hops, from its first source/);
  });
});
