/**
 * What a pattern's clauses say about where its evidence is logged: the one derivation that coverage
 * advice and `explain-code` share, so neither restates a cause's event ids.
 */
import { type ChannelInfo, channelNamed, type Machine } from '../src/model/channels.js';
import type { EventMatcher, EvidenceClause, Pattern } from './types.js';

/** A matcher field given as one value or a list, as a list. */
export function listOf<T>(v: T | readonly T[] | undefined): readonly T[] {
  return v === undefined ? [] : Array.isArray(v) ? (v as readonly T[]) : [v as T];
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

/** The RD Licensing service logs on the license server, whatever the channel (System on older builds). */
const LICENSE_SERVER_PROVIDERS = /^(TermServLicensing|Microsoft-Windows-TerminalServices-Licensing)$/i;

function machineOf(clause: EvidenceClause, channel: ChannelInfo): Machine {
  if (clause.scope === 'client') return 'client';
  if (!channel.machines.includes('server')) return channel.machines[0];
  const providers = listOf(clause.match.provider);
  if (providers.length > 0 && providers.every((p) => LICENSE_SERVER_PROVIDERS.test(p))) return 'license-server';
  return 'server';
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
