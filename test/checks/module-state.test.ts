/**
 * The module-state check (scripts/module-state.mjs, run by `npm test` through scripts/checks.mjs) finds the
 * state a new module could add, in its usual disguises, and lets documented caches and constants be.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findModuleState, type ModuleState } from '../../scripts/module-state.mjs';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';

/** Each kind of module-level state, in the disguises a new module could give it. */
const BAD = `
let counter = 0;
export function next(): number { return ++counter; }
var legacy = 1;
export const seen = new Set<string>();
export function remember(x: string): void { seen.add(x); seen.add(x + '!'); }
const byKey = new Map<string, number>();
export function put(k: string): void { const m = byKey; m.set(k, 1); }
const pending: string[] = [];
export function queue(x: string): void { pending.push(x); }
const state = { runs: 0, last: [] as string[] };
export function run(): void { state.runs += 1; state.last.push('x'); }
const table: Record<string, number> = {};
export function forget(k: string): void { delete table[k]; }
const merged = {};
export function merge(o: object): void { Object.assign(merged, o); }
const WORD = /\\w+/g;
export function hasWord(s: string): boolean { return WORD.test(s); }
const scratch = new DataView(new ArrayBuffer(8));
export function f(x: number): number { scratch.setUint8(0, x); return scratch.getFloat64(0); }
export class Registry { static entries = 0; static add(): void { Registry.entries++; } }
export function use(): number { return legacy; }
interface Place { key: string; cache?: Map<number, string> }
function place(key: string): Place { return { key }; }
const TREE = place('root');
function fill(where: { cache?: Map<number, string> }): void { where.cache = new Map(); }
function walk(where: { cache?: Map<number, string> }): void { fill(where); }
export function start(): void { walk(TREE); }
const SEEN_IDS = new Set<number>();
function note(set: Set<number>, id: number): void { set.add(id); }
export function see(id: number): void { note(SEEN_IDS, id); }
function makeCache(): Map<string, number> { return new Map(); }
const cache = makeCache();
export function cacheIt(k: string): void { cache.set(k, 1); }
export const nextId = (() => { let n = 0; return () => ++n; })();
function makeStore() { const m = new Map<string, number>(); return { get: (k: string) => m.get(k), put(k: string): void { m.set(k, 1); } }; }
const store = makeStore();
export function keep(k: string): number | undefined { store.put(k); return store.get(k); }
function memoize(fn: (k: string) => number): (k: string) => number {
  const memo = new Map<string, number>();
  return (k) => { let v = memo.get(k); if (v === undefined) memo.set(k, (v = fn(k))); return v; };
}
export const measured = memoize((k) => k.length);
function lengthOf() { return memoize((k) => k.length); }
export const viaFactory = lengthOf();
class Tally {
  private readonly counts = new Map<string, number>();
  count(k: string): void { this.bump(k); }
  private bump(k: string): void { this.counts.set(k, (this.counts.get(k) ?? 0) + 1); }
}
function tally(): Tally { return new Tally(); }
const TALLY = tally();
export function counted(k: string): void { TALLY.count(k); }
`;

/** A table changed only by another module, through its import. */
const TABLE = 'export const NAMES = new Map<string, string>();\n';
const USER = "import { NAMES } from './table.js';\nexport function name(k: string): void { NAMES.set(k, k); }\n";

/**
 * Not state: constants never changed (also when handed to a function that only reads them), frozen constants,
 * tables a factory or an immediately called function fills before returning them (or a function that only reads
 * them), closures over values never changed, methods that do not change their object, regexes without g or y used
 * by test, g used by replace, locals, a handle on a platform global, documented caches (a memoizer's too).
 */
const GOOD = `
const TABLE = new Map([['a', 1]]);
const LIST = ['x', 'y'];
const LIMITS = { max: 3 };
const SPACE = /\\s+/g;
const WORD = /\\w/;
export function read(k: string): number { return (TABLE.get(k) ?? 0) + LIST.length + LIMITS.max + (WORD.test(k) ? 1 : 0); }
export function squash(s: string): string { return s.replace(SPACE, ' '); }
const host = self as unknown as { onmessage: (() => void) | null };
export function listen(): void { host.onmessage = () => undefined; }
function count(list: readonly string[]): number { return list.length; }
export function listed(): number { return count(LIST); }
export function local(): number[] { const mine: number[] = []; mine.push(1); let n = 0; n++; return [...mine, n]; }
/** @cache each key's value is a pure function of the key: every run gets the same answer. */
const memo = new Map<string, number>();
export function cached(k: string): number { let v = memo.get(k); if (v === undefined) memo.set(k, (v = k.length)); return v; }
/** @cache the platform's decoder, installed once at start-up. */
let native: ((s: string) => string) | undefined;
export function install(fn: (s: string) => string): void { native = fn; }
export function decode(s: string): string { return native ? native(s) : s; }
const FROZEN = Object.freeze({ a: 1, list: Object.freeze(['x']) });
export function frozen(): number { return FROZEN.a + FROZEN.list.length; }
function buildIndex(items: readonly string[]): ReadonlyMap<string, number> {
  const m = new Map<string, number>();
  items.forEach((x, i) => m.set(x, i));
  return m;
}
const INDEX = buildIndex(['a', 'b']);
export function indexOf(k: string): number { return INDEX.get(k) ?? -1; }
const lookup = (() => { const table = new Map<string, number>(); for (const k of ['a']) table.set(k, 1); return (k: string) => table.get(k); })();
export function look(k: string): number | undefined { return lookup(k); }
function greeter(name: string): () => string { return () => 'hi ' + name; }
export const greet = greeter('x');
function memoOf(fn: (k: string) => number): (k: string) => number {
  const m = new Map<string, number>();
  return (k) => { let v = m.get(k); if (v === undefined) m.set(k, (v = fn(k))); return v; };
}
/** @cache each key's length, a pure function of the key: every run gets the same answer. */
export const cachedLength = memoOf((k) => k.length);
class Point { constructor(readonly x: number) {} moved(dx: number): Point { return new Point(this.x + dx); } }
const ORIGIN = new Point(0);
export function shifted(): Point { return ORIGIN.moved(1); }
`;

/** A cache tag that says nothing. */
const THIN =
  '/** @cache */\nconst memo = new Map<string, number>();\nexport function f(k: string): void { memo.set(k, 1); }\n';

let found: ModuleState[] = [];
/** What the check finds in one example file (`name: what`, without the place of the change). */
const foundIn = (file: string) =>
  found.filter((f) => basename(f.file) === file).map((f) => `${f.name}: ${f.what.replace(/ at \S+:\d+$/, '')}`);

// All examples as one program, scanned once (building a program takes seconds).
beforeAll(() => {
  const dir = tempDir();
  const files = { 'bad.ts': BAD, 'table.ts': TABLE, 'user.ts': USER, 'good.ts': GOOD, 'thin.ts': THIN };
  const paths = Object.entries(files).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
  found = findModuleState(paths);
});

describe('module-state check', () => {
  it('flags each kind of module-level state, once per declaration', () => {
    expect(foundIn('bad.ts')).toEqual([
      'counter: module-level let',
      'legacy: module-level var',
      'seen: .add()',
      'byKey: .set() (through m)',
      'pending: .push()',
      'state: assigned a property',
      'table: deleted a property',
      'merged: Object.assign()',
      'WORD: .test()',
      'scratch: .setUint8()',
      'Registry.entries: incremented',
      'TREE: handed to a function that changes it',
      'SEEN_IDS: handed to a function that changes it',
      // A Map a factory returns, changed later.
      'cache: .set()',
      // State a call leaves in a closure: an immediately called function's, a factory's, a memoizer's, and
      // the same memoizer's result handed back by another factory.
      'nextId: keeps state in a closure: n incremented',
      'store: keeps state in a closure: m .set()',
      'measured: keeps state in a closure: memo .set()',
      'viaFactory: keeps state in a closure: memo .set()',
      // A method that changes its object (through another method), on a value a factory returns.
      'TALLY: .count()',
    ]);
  });

  it('a change made in another module is found through the import', () => {
    expect(foundIn('table.ts')).toEqual(['NAMES: .set()']);
  });

  it('lets be: constants never changed, a g regex only replaced with, locals, documented caches', () => {
    expect(foundIn('good.ts')).toEqual([]);
  });

  it('a @cache tag without a reason is not documentation', () => {
    expect(foundIn('thin.ts')).toEqual(['memo: @cache without a reason: .set()']);
  });
});

describe('the check npm test runs (node scripts/module-state.mjs <folders>)', () => {
  it('fails on undocumented state, naming each declaration, and only those', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.ts'), BAD);
    writeFileSync(join(dir, 'good.ts'), GOOD);
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'module-state.mjs'), dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/bad\.ts:2: counter: module-level let/);
    expect(r.stdout).not.toContain('good.ts');
    expect(r.stdout).toContain(`${foundIn('bad.ts').length} module-level mutable state(s)`);
  });
});
