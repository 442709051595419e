/**
 * What a pattern's clauses say about where its evidence is logged: the one derivation that coverage
 * advice and `explain-code` share, so neither restates a cause's event ids.
 */
import { type ChannelInfo, channelNamed, type Machine } from '../src/model/channels.js';
import { eventRowsOf, machinesOf } from '../src/model/events.js';
import type { EventMatcher, EvidenceClause, Pattern } from './types.js';

/** A matcher field given as one value or a list, as a list. */
export function listOf<T>(v: T | readonly T[] | undefined): readonly T[] {
  return v === undefined ? [] : Array.isArray(v) ? (v as readonly T[]) : [v as T];
}

/** The matchers a clause reads: its own, and what clears it (`clearedBy`). */
export function clauseMatchers(c: Pick<EvidenceClause, 'match' | 'clearedBy'>): EventMatcher[] {
  return c.clearedBy ? [c.match, c.clearedBy] : [c.match];
}

/** The event ids a matcher looks for. */
export function idsOf(m: EventMatcher): readonly number[] {
  return listOf(m.eventId);
}

export interface EvidenceLog {
  readonly channel: ChannelInfo;
  /** The machine whose log holds the events. */
  readonly where: Machine;
  readonly events: readonly number[];
}

/**
 * The machine whose log holds a clause's events in this channel: the client for client-scope clauses; else the
 * channel's own machine, or, for a channel logged on several machines (System), the machine the event table says
 * logs the clause's events when all of them agree (the RD Licensing service's on the license server).
 */
function machineOf(clause: EvidenceClause, channel: ChannelInfo): Machine {
  if (clause.scope === 'client') return 'client';
  if (!channel.machines.includes('server')) return channel.machines[0];
  const rows = eventRowsOf(idsOf(clause.match), listOf(clause.match.provider));
  const usual = new Set(rows.map((r) => machinesOf(r)[0]));
  const [only] = usual;
  return usual.size === 1 && only ? only : 'server';
}

/** The logs (channel and machine) where a pattern's supporting clauses look, with their event ids. */
export function evidenceLogs(p: Pattern): EvidenceLog[] {
  const out: EvidenceLog[] = [];
  for (const clause of p.clauses) {
    if (clause.excludes) continue;
    for (const wanted of listOf(clause.match.channel)) {
      const channel = channelNamed(wanted);
      const where = machineOf(clause, channel);
      const row = out.find((r) => r.channel === channel && r.where === where);
      const events = idsOf(clause.match);
      if (row) (row.events as number[]).push(...events.filter((id) => !row.events.includes(id)));
      else out.push({ channel, where, events: [...events] });
    }
  }
  return out;
}
