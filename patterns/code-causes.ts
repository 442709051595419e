/**
 * Which causes a code points to, derived from the patterns' `codes` (patterns/types.ts): the code tables
 * (codes/) say what a code means and name no cause; each pattern declares the codes it explains.
 * Causes of one code come ranked (`rank`, 1 first), then in catalogue order; `byPhase` then puts first those that
 * act in a protocol phase the code can come from.
 */
import type { Confidence, ProtocolPhase } from './codes/types.js';
import { type CauseId, PATTERNS } from './index.js';
import type { CodeTableName, ExplainedName, ExplainedPair, Pattern } from './types.js';

export interface CodeCause {
  readonly causeId: CauseId;
  /** Confidence of the link from the code to the cause. */
  readonly confidence: Confidence;
  /** The protocol phase in which the cause produces the code. */
  readonly phase: ProtocolPhase;
}

export interface PairCause extends CodeCause {
  /** Why the cause fits the pair, and which log confirms it. */
  readonly why: string;
}

/** The tables whose codes are single numbers (pairs have their own lookup). */
export type SingleCodeTable = Exclude<CodeTableName, 'mstscPair'>;

interface Ranked<T> {
  readonly order: number;
  readonly rank: number;
  readonly cause: T;
}

function byRank<T>(list: Ranked<T>[]): T[] {
  return list.sort((a, b) => a.rank - b.rank || a.order - b.order).map((x) => x.cause);
}

function index<D extends { readonly rank?: number }, T>(
  declared: (p: Pattern) => readonly D[] | undefined,
  key: (d: D) => string,
  cause: (p: (typeof PATTERNS)[number], d: D) => T,
): ReadonlyMap<string, readonly T[]> {
  const lists = new Map<string, Ranked<T>[]>();
  PATTERNS.forEach((p, order) => {
    for (const d of declared(p) ?? []) {
      const list = lists.get(key(d)) ?? [];
      list.push({ order, rank: d.rank ?? Number.POSITIVE_INFINITY, cause: cause(p, d) });
      lists.set(key(d), list);
    }
  });
  return new Map([...lists].map(([k, list]) => [k, byRank(list)]));
}

/** @cache derived once per table from PATTERNS, which never change. */
const singles = new Map<SingleCodeTable, ReadonlyMap<string, readonly CodeCause[]>>();

/** The causes `code` of `table` points to, most likely first; empty when it says nothing about a cause. */
export function causesOfCode(table: SingleCodeTable, code: number): readonly CodeCause[] {
  let map = singles.get(table);
  if (!map) {
    map = index(
      (p) => p.codes?.[table],
      (d) => String(d.code),
      (p, d) => ({ causeId: p.id, confidence: d.confidence, phase: d.phase ?? p.phase }),
    );
    singles.set(table, map);
  }
  return map.get(String(code)) ?? [];
}

/** @cache derived once from PATTERNS, which never change. */
let names: ReadonlyMap<string, readonly CodeCause[]> | undefined;

/** The causes an Azure Virtual Desktop error of this name (any case) points to, most likely first. */
export function causesOfAvdError(name: string): readonly CodeCause[] {
  names ??= index<ExplainedName, CodeCause>(
    (p) => p.avdErrors,
    (d) => d.name.toLowerCase(),
    (p, d) => ({ causeId: p.id, confidence: d.confidence, phase: d.phase ?? p.phase }),
  );
  return names.get(name.trim().toLowerCase()) ?? [];
}

/** @cache derived once from PATTERNS, which never change. */
let pairs: ReadonlyMap<string, readonly PairCause[]> | undefined;

/** The causes a primary + extended pair of the mstsc dialog points to, most commonly reported first. */
export function causesOfPair(primary: number, extended: number): readonly PairCause[] {
  pairs ??= index<ExplainedPair, PairCause>(
    (p) => p.codes?.mstscPair,
    (d) => `${d.code}/${d.extended}`,
    (p, d) => ({ causeId: p.id, confidence: d.confidence, phase: d.phase ?? p.phase, why: d.why }),
  );
  return pairs.get(`${primary}/${extended}`) ?? [];
}

/**
 * Causes split by whether they act in a phase the code can come from (`phases`; undefined = any phase), each part
 * in its rank order. A cause outside those phases is what folklore names for the code, not what the protocol allows.
 */
export function byPhase<T extends { readonly phase: ProtocolPhase }>(
  causes: readonly T[],
  phases: readonly ProtocolPhase[] | undefined,
): { readonly fitting: readonly T[]; readonly outside: readonly T[] } {
  if (!phases) return { fitting: causes, outside: [] };
  return {
    fitting: causes.filter((c) => phases.includes(c.phase)),
    outside: causes.filter((c) => !phases.includes(c.phase)),
  };
}
