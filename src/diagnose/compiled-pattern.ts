/**
 * Patterns as the engine reads them: each clause's matcher compiled and its reach resolved once, every
 * pattern of one shape (see `Clause`). Compiled once per pattern and per pattern list (documented caches).
 */
import { idsOf } from '../../patterns/evidence.js';
import type { AttemptCondition, EvidenceClause, PathJoin, Pattern } from '../../patterns/types.js';
import { compileMatcher, type CompiledMatcher } from './match.js';
import { type Reach, reachOf } from './scope.js';

const DEFAULT_THRESHOLD = 0.3;

/**
 * A clause as the engine reads it. Patterns are object literals of several shapes (optional fields
 * present or not); read through one class, every clause and pattern has the same shape, and a one-shot
 * run, which reads them mostly before any code is optimized, looks each field up the same way each time.
 */
export class Clause {
  readonly name: string;
  readonly scope: EvidenceClause['scope'];
  readonly weight: number;
  readonly required: boolean;
  readonly excludes: boolean;
  readonly sameClient: boolean;
  /** How far around the attempt it looks (scope.ts). */
  readonly reach: Reach;
  /** Path scope: how its events name the attempt. */
  readonly join: PathJoin | undefined;
  readonly ids: readonly number[];
  readonly matcher: CompiledMatcher;
  /** History scope: what ends the condition (`EvidenceClause.clearedBy`), with its ids. */
  readonly cleared: { readonly ids: readonly number[]; readonly matcher: CompiledMatcher } | undefined;

  constructor(c: EvidenceClause) {
    this.name = c.name;
    this.scope = c.scope;
    this.weight = c.weight;
    this.required = c.required === true;
    this.excludes = c.excludes === true;
    this.sameClient = c.sameClient === true;
    this.reach = reachOf(c);
    this.join = c.join;
    this.ids = idsOf(c.match);
    this.matcher = compileMatcher(c.match);
    this.cleared = c.clearedBy ? { ids: idsOf(c.clearedBy), matcher: compileMatcher(c.clearedBy) } : undefined;
  }
}

/** A pattern as the engine reads it (see `Clause`). */
export class CompiledPattern {
  readonly id: string;
  readonly title: string;
  readonly threshold: number;
  /** The protocol phase its cause acts in. */
  readonly phase: Pattern['phase'];
  readonly when: AttemptCondition;
  readonly clauses: readonly Clause[];
  /** The clauses that support the pattern (not those that exclude it). */
  readonly supporting: readonly Clause[];
  readonly explanation: readonly string[];
  readonly remediation: readonly string[];

  constructor(p: Pattern) {
    this.id = p.id;
    this.title = p.title;
    this.threshold = p.threshold ?? DEFAULT_THRESHOLD;
    this.phase = p.phase;
    this.when = p.when;
    this.clauses = p.clauses.map((c) => new Clause(c));
    this.supporting = this.clauses.filter((c) => !c.excludes);
    this.explanation = p.explanation;
    this.remediation = p.remediation;
  }
}

/** @cache a pattern compiled once (patterns are constant data; the compiled form holds no run's state). */
const compiledPatterns = new WeakMap<Pattern, CompiledPattern>();

function compiledPattern(p: Pattern): CompiledPattern {
  let c = compiledPatterns.get(p);
  if (!c) compiledPatterns.set(p, (c = new CompiledPattern(p)));
  return c;
}

/** @cache a list of patterns compiled once (constant data). */
const compiledLists = new WeakMap<readonly Pattern[], CompiledPattern[]>();

export function compiledPatternList(patterns: readonly Pattern[]): CompiledPattern[] {
  let list = compiledLists.get(patterns);
  if (!list) compiledLists.set(patterns, (list = patterns.map(compiledPattern)));
  return list;
}
