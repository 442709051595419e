/**
 * The random fleets of test/diagnose/lateral-chains-history.test.ts (the fast tier, the first seeds) and
 * lateral-chains-history-rest.test.ts (slow tier, the others): attempts whose names mix short names, FQDNs and one
 * label in two domains, and the rule of a chain's first clause as it reads, attempt by attempt.
 */
import { expect } from 'vitest';
import { lateralChainFindings } from '../../src/diagnose/attacks/lateral-chains.js';
import { formatShortTime } from '../../src/model/time.js';
import { type Attempt, serverLogged } from '../../src/model/attempt.js';
import { UNMARKED } from '../../src/model/value-marks.js';
import { rng as random } from './random.js';

const NAMES = ['APP01', 'app01.corp.example.test', 'APP01.other.example.test', 'FS02.corp.example.test', 'fs02', ''];
const SOURCES = Array.from({ length: 16 }, (_, i) => `10.0.0.${i + 5}`);
export const DAY = 24 * 3600_000;

export const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, -1)}0000Z`;

/** `count` attempts over `days` days. */
export function fleet(seed: number, count: number, days = 4): Attempt[] {
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

/** The seeds of the fleets: the fast tier checks the first `FIRST_CLAUSE_SEEDS_FAST`, the slow tier the rest. */
const FIRST_CLAUSE_SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);
const FIRST_CLAUSE_SEEDS_FAST = 8;
/** Each tier's seeds, and how many chains of each kind of first clause its fleets make at the least. */
const FIRST_CLAUSE_TIERS = {
  fast: { seeds: FIRST_CLAUSE_SEEDS.slice(0, FIRST_CLAUSE_SEEDS_FAST), least: 5 },
  rest: { seeds: FIRST_CLAUSE_SEEDS.slice(FIRST_CLAUSE_SEEDS_FAST), least: 16 },
} as const;

/**
 * `checkFirstClauses` on the seeds of one tier (the fast tier's first few, the slow tier's rest), whose fleets make
 * chains of each kind of first clause.
 */
export function expectFirstClausesOf(tier: keyof typeof FIRST_CLAUSE_TIERS): void {
  const { seeds, least } = FIRST_CLAUSE_TIERS[tier];
  const kinds = checkFirstClauses(seeds);
  for (const [kind, n] of Object.entries(kinds))
    expect(n, `${tier}: chains of first clause ${kind}`).toBeGreaterThanOrEqual(least);
}

/**
 * Each chain's first clause on the fleets of `seeds` (120 attempts each) is the rule's, as it reads: how many chains
 * of each kind of first clause (never connected before, no connection in its logs before, seen).
 */
function checkFirstClauses(seeds: readonly number[]): { never: number; unknown: number; seen: number } {
  const kinds = { never: 0, unknown: 0, seen: 0 };
  for (const seed of seeds) {
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
  return kinds;
}
