/**
 * Hostile input, round 4 (issue #51): every value of a shard line is checked against what `analyze --shard` writes
 * before `merge` reads it. A field of another type, a key no such object has, a `__proto__`, `constructor` or
 * `prototype` key holding an object, in the header, an attempt or an event: `merge` refuses the line (one line on
 * stderr naming the file and line, exit 2) or, when the value is still of its type, merges; never exit 3, and
 * nothing reaches a prototype.
 */
import { describe, expect, it } from 'vitest';
import { shardedFleet } from '../helpers/cli.js';
import {
  type Json,
  merged,
  mutated,
  own,
  PLACES,
  RANDOM_MUTATIONS_FAST,
  randomMutations,
} from '../helpers/merge-schema.js';

const fleet = shardedFleet('rdpdiag-merge-schema-', 2, 2);

describe('merge checks every value of a shard line', () => {
  const refusedOnes: [string, (lines: Json[]) => void][] = [
    ['a __proto__ key in an attempt', (l) => own(PLACES.attempt!(l), '__proto__', { outcome: 'succeeded' })],
    ['a constructor key in an attempt', (l) => own(PLACES.attempt!(l), 'constructor', { prototype: { x: 1 } })],
    ['a __proto__ key in the header', (l) => own(PLACES.header!(l), '__proto__', { of: 1e9 })],
    ['a prototype key in an event', (l) => (PLACES.event!(l).prototype = { x: 1 })],
    ['a startMs of text', (l) => (PLACES.attempt!(l).startMs = 'x')],
    ['an outcome of no outcome', (l) => (PLACES.attempt!(l).outcome = 'pwned')],
    ['an event id of text', (l) => (PLACES.event!(l).eventId = '4625')],
    ['event data of objects', (l) => (PLACES.event!(l).data = { a: { b: 1 } })],
    ['a client port of text', (l) => (PLACES['attempt client']!(l).port = '3389')],
    ['an unknown attempt field', (l) => (PLACES.attempt!(l).extra = 1)],
    ['a reach of lists', (l) => ((PLACES.end!(l).reach as unknown[])[0] = [[['x']]])],
    ['a reach whose markers are of no kind', (l) => (PLACES['end reach']!(l).markers = [['zz', [1]]])],
    ['a reach whose first time is text', (l) => (PLACES['end reach']!(l).firstMs = 'x')],
    ['a span whose earliest events are a number', (l) => (PLACES['end span']!(l).low = 5)],
    ['a span whose latest events are none', (l) => (PLACES['end span']!(l).high = [])],
    ['a span of an object', (l) => (PLACES.end!(l).span = { a: { b: 1 } })],
    [
      'a span of ten thousand earliest events',
      (l) => {
        const span = PLACES['end span']!(l);
        span.low = Array(10_000).fill((span.low as unknown[])[0]);
      },
    ],
    ['an input whose warnings are a number', (l) => (PLACES['end input']!(l).warnings = 5)],
  ];
  for (const [what, mutate] of refusedOnes)
    it(`${what} is refused: one line naming file and line, exit 2`, async () => {
      const r = await merged(
        fleet,
        mutated(fleet, 'bad.json', (lines) => mutate(lines)),
      );
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/bad\.json: line \d+ /);
    });

  // The first few of a seeded stream of random mutations; merge-schema-rest.test.ts (slow tier) merges the rest.
  it('random mutations of fields (types, keys, nesting) never exit 3', async () => {
    await randomMutations(fleet, 0, RANDOM_MUTATIONS_FAST);
  }, 120_000);
});
