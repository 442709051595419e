/**
 * A computer of a shard file (src/pipeline/shard.ts) over several `part` lines when its attempts hold many events,
 * so that no line is huge (`merge` parses a line whole: a 250 MB line cost it 1.3 GB) and `merge`, this one and the
 * ones before it, reads each line as it reads any computer. The lines are parts of their own, each a whole graph:
 *
 * - the first holds the computer's findings (host findings, session takeovers, Remote Desktop changes, tunnel tools,
 *   its first indexed event…) with the attempts that share an object with them;
 * - the others hold the rest of its attempts, empty lists of findings, and the computer's first event.
 *
 * What one object joins stays on one line: an event two attempts hold, or one a cause or a finding cites, keeps being
 * one object (what finds an event's attempt by the event, or what a finding cites, finds it); so does an attempt a
 * takeover names. Only objects of plain values (a provider's name and GUID) are written again on each line. Attempts
 * that start at the same millisecond on the same computer stay on one line in their order, so the fleet pass, which
 * sorts the attempts of all parts by their start (a stable sort), numbers them as it does from one line.
 */
import type { ComputersDiagnosed, DiagnosedAttempt } from '../diagnose/analyze.js';
import { EVIDENCE_EVENT } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { JoinedGroups } from './joined-groups.js';

/** A computer whose attempts hold more events than this is written over several lines, about this many each. */
export const PART_LINE_EVENTS = 5000;

/** One computer (or several analyzed together) as a shard writes it: see shard.ts. */
export interface PartOfShard {
  diagnosed: ComputersDiagnosed;
  firsts: NormalizedEvent[];
}

const weight = (a: DiagnosedAttempt) => 1 + a.events.length + a.probeEvents.length + a.clientEvents.length;

/**
 * An object of plain values only (no object in it, no evidence's event): written again wherever it is reached, as
 * equal values, never joining what reaches it.
 */
function plain(v: object): boolean {
  if (EVIDENCE_EVENT in v) return false;
  for (const x of Array.isArray(v) ? v : Object.values(v)) if (typeof x === 'object' && x !== null) return false;
  return true;
}

/** `part` as the parts its lines hold: itself when its attempts hold at most `lineEvents` events. */
export function partLines<P extends PartOfShard>(part: P, lineEvents = PART_LINE_EVENTS): PartOfShard[] {
  const { attempts, ...rest } = part.diagnosed;
  let total = 0;
  for (const a of attempts) total += weight(a);
  if (total <= lineEvents) return [part];
  // Groups: 0 the computer's findings, i + 1 attempt i; joined when they reach one object (union-find).
  const joined = new JoinedGroups(attempts.length + 1);
  const find = (g: number) => joined.find(g);
  const union = (x: number, y: number) => joined.union(x, y);
  const owner = new Map<object, number>();
  const reach = (root: unknown, group: number) => {
    const stack: unknown[] = [root];
    while (stack.length) {
      const v = stack.pop();
      if (typeof v !== 'object' || v === null || plain(v)) continue;
      const first = owner.get(v);
      if (first !== undefined) {
        union(first, group);
        continue;
      }
      owner.set(v, group);
      if (Array.isArray(v)) for (const x of v) stack.push(x);
      else {
        for (const x of Object.values(v)) stack.push(x);
        const cited = (v as { [EVIDENCE_EVENT]?: unknown })[EVIDENCE_EVENT];
        if (cited) stack.push(cited);
      }
    }
  };
  reach(rest, 0);
  const sameStart = new Map<string, number>();
  attempts.forEach((a, i) => {
    reach(a, i + 1);
    const key = `${a.startMs}\u0000${a.computer}`;
    const other = sameStart.get(key);
    if (other === undefined) sameStart.set(key, i + 1);
    else union(other, i + 1);
  });
  // The attempts of each group, in their order; the groups in the order of their first attempt.
  const groups = new Map<number, number[]>([[0, []]]);
  attempts.forEach((_, i) => {
    const g = find(i + 1);
    const list = groups.get(g);
    if (list) list.push(i);
    else groups.set(g, [i]);
  });
  const lines: number[][] = [];
  let line: number[] = [];
  let size = 0;
  for (const [g, members] of groups) {
    if (g === 0) continue;
    line.push(...members);
    for (const i of members) size += weight(attempts[i]!);
    if (size >= lineEvents) {
      lines.push(line);
      line = [];
      size = 0;
    }
  }
  if (line.length) lines.push(line);
  const head: PartOfShard = {
    diagnosed: { ...part.diagnosed, attempts: groups.get(0)!.map((i) => attempts[i]!) },
    firsts: part.firsts,
  };
  const none = Object.fromEntries(
    Object.entries(rest).flatMap(([k, v]) => (Array.isArray(v) ? [[k, []]] : [])),
  ) as unknown as Omit<ComputersDiagnosed, 'attempts'>;
  return [
    head,
    ...lines.map((l) => ({
      diagnosed: { ...none, attempts: l.sort((x, y) => x - y).map((i) => attempts[i]!) },
      firsts: part.firsts.slice(0, 1),
    })),
  ];
}
