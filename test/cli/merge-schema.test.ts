/**
 * Hostile input, round 4 (issue #51): every value of a shard line is checked against what `analyze --shard` writes
 * before `merge` reads it. A field of another type, a key no such object has, a `__proto__`, `constructor` or
 * `prototype` key holding an object, in the header, an attempt or an event: `merge` refuses the line (one line on
 * stderr naming the file and line, exit 2) or, when the value is still of its type, merges; never exit 3, and
 * nothing reaches a prototype.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rdpdiag, shardedFleet } from '../helpers/cli.js';
import { rng as random } from '../helpers/random.js';

const fleet = shardedFleet('rdpdiag-merge-schema-', 2, 2);

type Json = Record<string, unknown>;
/** The object a codec definition (`~d`, `~v`) holds, or the object itself. */
const body = (x: unknown): Json => ((x as Json)['~v'] ?? x) as Json;

/** Where a mutation lands in the lines of a shard: the header, or an object of its first computer line. */
const PLACES: Record<string, (lines: Json[]) => Json> = {
  header: (lines) => lines[0]!,
  diagnosed: (lines) => body(body(lines[1]!.part).diagnosed),
  attempt: (lines) => body((body(body(lines[1]!.part).diagnosed).attempts as unknown[])[0]),
  'attempt client': (lines) => body(body((body(body(lines[1]!.part).diagnosed).attempts as unknown[])[0]).client),
  event: (lines) =>
    body((body((body(body(lines[1]!.part).diagnosed).attempts as unknown[])[0]).events as unknown[])[0]),
  'first event': (lines) => body((body(lines[1]!.part).firsts as unknown[])[0]),
  // The end line: how far each log reached, the time span's ends, the inputs read (issue #61: crafted, exit 3 before).
  end: (lines) => body(lines.at(-1)!.end),
  'end reach': (lines) => body((body(lines.at(-1)!.end).reach as unknown[])[0]),
  'end span': (lines) => body(body(lines.at(-1)!.end).span),
  'end input': (lines) => body((body(lines.at(-1)!.end).inputs as unknown[])[0]),
};

const VALUES: unknown[] = [
  'x',
  5,
  -1.5,
  null,
  true,
  [],
  {},
  [[['x']]],
  { a: { b: 1 } },
  JSON.parse('{"__proto__":{"polluted":1}}'),
  undefined,
];

/** `o[key] = value` as JSON.parse makes it: an own key, `__proto__` too. */
const own = (o: Json, key: string, value: unknown) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/** Shard 2 with `mutate` applied to its parsed lines, written as `name`. */
function mutated(name: string, mutate: (lines: Json[]) => void): string {
  const lines = readFileSync(fleet.files[1]!, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Json);
  mutate(lines);
  const file = join(fleet.dir, name);
  writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  return file;
}

async function merged(file: string) {
  const r = await rdpdiag(['merge', fleet.files[0]!, file, '--format', 'json']);
  expect(r.code, r.stderr).not.toBe(3);
  expect(r.stderr).not.toMatch(/unexpected failure| {4}at /);
  expect(({} as Json).polluted).toBeUndefined();
  if (r.code === 2) {
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.json: (line \d+ )?/);
  }
  return r;
}

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
      const r = await merged(mutated('bad.json', (lines) => mutate(lines)));
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/bad\.json: line \d+ /);
    });

  it('random mutations of fields (types, keys, nesting) never exit 3', async () => {
    const next = random(51);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    for (let i = 0; i < 40; i++) {
      const place = pick(Object.keys(PLACES));
      let said = '';
      const file = mutated('bad.json', (lines) => {
        const o = PLACES[place]!(lines);
        const keys = Object.keys(o);
        const how = next();
        if (how < 0.6) {
          const key = pick(keys);
          const value = pick(VALUES);
          said = `${place}.${key} = ${JSON.stringify(value)}`;
          if (value === undefined) delete o[key];
          else o[key] = value;
        } else if (how < 0.8) {
          const key = pick(keys);
          said = `${place}.${key} nested`;
          o[key] = next() < 0.5 ? [o[key]] : { v: o[key] };
        } else {
          const key = pick(['__proto__', 'constructor', 'prototype', 'extra']);
          said = `${place} gets ${key}`;
          own(o, key, { polluted: 1 });
        }
      });
      const r = await merged(file);
      expect([0, 1, 2], said).toContain(r.code);
    }
  }, 120_000);
});
