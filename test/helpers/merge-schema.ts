/**
 * The shard lines' mutations of test/cli/merge-schema.test.ts (the fast tier: every refusal, and the first few of a
 * seeded stream of random mutations) and merge-schema-rest.test.ts (slow: the rest of that stream): see the test
 * for the claims.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { rdpdiag } from './cli.js';
import { rng as random } from './random.js';

/** A sharded fleet (`shardedFleet`): its folder and shard files. */
export interface Fleet {
  dir: string;
  files: string[];
}

export type Json = Record<string, unknown>;
/** The object a codec definition (`~d`, `~v`) holds, or the object itself. */
const body = (x: unknown): Json => ((x as Json)['~v'] ?? x) as Json;

/** Where a mutation lands in the lines of a shard: the header, or an object of its first computer line. */
export const PLACES: Record<string, (lines: Json[]) => Json> = {
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
export const own = (o: Json, key: string, value: unknown) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/** Shard 2 of `fleet` with `mutate` applied to its parsed lines, written as `name`. */
export function mutated(fleet: Fleet, name: string, mutate: (lines: Json[]) => void): string {
  const lines = readFileSync(fleet.files[1]!, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Json);
  mutate(lines);
  const file = join(fleet.dir, name);
  writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  return file;
}

/** Shard 1 of `fleet` merged with `file`: never exit 3, nothing reaches a prototype, a refusal one line. */
export async function merged(fleet: Fleet, file: string) {
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

/** How many random mutations the seeded stream holds in all (the fast tier merges the first `RANDOM_MUTATIONS_FAST`). */
export const RANDOM_MUTATIONS = 40;
export const RANDOM_MUTATIONS_FAST = 10;

/**
 * The random mutations of fields (types, keys, nesting) of the seeded stream from `from` (included) to `to`
 * (excluded), each merged: none exits 3.
 */
export async function randomMutations(fleet: Fleet, from: number, to: number): Promise<void> {
  const next = random(51);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  for (let i = 0; i < to; i++) {
    const place = pick(Object.keys(PLACES));
    let said = '';
    const file = mutated(fleet, 'bad.json', (lines) => {
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
    if (i < from) continue;
    const r = await merged(fleet, file);
    expect([0, 1, 2], said).toContain(r.code);
  }
}
