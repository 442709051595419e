/**
 * What a chain's first computer's logs show of its source (issue #51: read once for every chain, by first label and
 * name, where each chain filtered every attempt of the fleet, quadratic in `merge` on a crafted shard: 16,000 copies
 * of the lateral sample took 272 s of CPU, 18 s now; `npm run bench merge-lateral`). Checked against the rule as it
 * reads, attempt by attempt, on random fleets whose names mix short names, FQDNs and one label in two domains.
 */
import { describe, expect, it } from 'vitest';
import { lateralChainFindings } from '../../src/diagnose/attacks/lateral-chains.js';
import { formatShortTime } from '../../src/model/time.js';
import { type Attempt, serverLogged } from '../../src/model/attempt.js';
import { UNMARKED } from '../../src/model/value-marks.js';
import { rng as random } from '../helpers/random.js';

const NAMES = ['APP01', 'app01.corp.example.test', 'APP01.other.example.test', 'FS02.corp.example.test', 'fs02', ''];
const SOURCES = Array.from({ length: 16 }, (_, i) => `10.0.0.${i + 5}`);
const DAY = 24 * 3600_000;

const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, -1)}0000Z`;

/** `count` attempts over `days` days. */
function fleet(seed: number, count: number, days = 4): Attempt[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const t0 = Date.UTC(2025, 9, 6, 8);
  return Array.from({ length: count }, (_, i) => {
    const startMs = t0 + Math.floor(next() * days * DAY);
    const endMs = startMs + Math.floor(next() * 3 * 3600_000);
    const client = next() < 0.4;
    const from = pick(NAMES);
    return {
      id: `A${String(i + 1).padStart(3, '0')}`,
      computer: pick(NAMES.slice(0, -1)),
      side: client ? 'client' : next() < 0.8 ? 'server' : 'both',
      start: iso(startMs),
      end: iso(endMs),
      startMs,
      endMs,
      client: client ? {} : { address: pick(SOURCES), ...(from ? { name: from } : {}) },
      server: client ? { name: pick(NAMES.slice(0, -1)) } : {},
      outcome: next() < 0.8 ? 'succeeded' : 'failed',
      user: 'CORP\\alice',
      events: [],
      clientEvents: [],
      probeEvents: [],
      causes: [],
    } as unknown as Attempt;
  });
}

/** The rule as it reads: the attempts its computer logged, filtered whole for each chain. */
function expectedSay(root: Attempt, attempts: readonly Attempt[]): string | undefined {
  const short = (n: string) => n.toLowerCase().split('.')[0]!;
  const same = (x: string, y: string) => {
    if (!x || !y) return false;
    const a = x.toLowerCase();
    const b = y.toLowerCase();
    return a === b || ((!a.includes('.') || !b.includes('.')) && short(a) === short(b));
  };
  const source = root.client.address!;
  const here = attempts.filter((a) => serverLogged(a) && same(a.computer, root.computer));
  const reach = here.some((a) => a.startMs <= root.startMs - DAY);
  const before = here.some(
    (a) => a !== root && a.startMs < root.startMs && a.client.address?.toLowerCase() === source.toLowerCase(),
  );
  if (reach && !before) return `had never connected to ${root.computer} before`;
  if (!reach && !before) {
    const earliest = here.reduce((a, b) => (b.startMs < a.startMs ? b : a), root);
    return `its logs hold no connection before ${formatShortTime(earliest.start)},`;
  }
  return undefined;
}

describe('what a chain’s first computer knows of its source', () => {
  it('is what its attempts show, name by name, on random fleets', () => {
    const kinds = { never: 0, unknown: 0, seen: 0 };
    for (let seed = 1; seed <= 40; seed++) {
      const attempts = fleet(seed, 120);
      // Every chain told (each reaches a "domain controller"), so each root's first clause can be checked.
      const found = lateralChainFindings(attempts, [], UNMARKED, () => true);
      for (const f of found) {
        const root = attempts.find((a) => a.id === f.attempts![0])!;
        const say = expectedSay(root, attempts);
        const clause = /(had never connected to .*? before|its logs hold no connection before [^,]*,)/.exec(
          f.explanation,
        );
        expect(clause?.[1], `seed ${seed}, ${root.id}`).toBe(say);
        kinds[say === undefined ? 'seen' : say.startsWith('had') ? 'never' : 'unknown']++;
      }
    }
    // The fleets make chains of each kind of first clause.
    expect(kinds.never).toBeGreaterThan(20);
    expect(kinds.unknown).toBeGreaterThan(20);
    expect(kinds.seen).toBeGreaterThan(20);
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
