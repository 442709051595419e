/**
 * Coverage: which channels the inputs held, which ones the patterns would have wanted, and the exact
 * command to export a missing one when it would confirm or rule out a cause of a failed attempt.
 *
 * Presence is by (machine, channel): a pattern's evidence is logged by one machine (the server's System log, the
 * client's, a domain controller's Security log), and a log is present for that machine when some computer in that
 * role holds it. A computer's roles are those its own events tell (`EventRow.role`: a listener's 261 a server, mstsc's
 * 1024 a client, a KDC's 4768/4771 a domain controller, marked by `LogReach` as the logs are read) and those the
 * attempts give it (the server and the client of a connection, the RD Gateway of a gateway's attempt). A computer
 * with no role told may be any: its logs count for every machine.
 */
import { evidenceLogs } from '../../patterns/evidence.js';
import { UNEXPLAINED } from '../../patterns/index.js';
import type { Pattern } from '../../patterns/types.js';
import { type Attempt, type CauseResult, sideRole } from '../model/attempt.js';
import {
  CHANNELS,
  type ChannelInfo,
  channelNamed,
  exportCommandFor,
  MACHINE_WORDS,
  type Machine,
} from '../model/channels.js';
import type { NormalizedEvent } from '../model/event.js';
import type { ComputerLogs, LogSpan } from '../ingest/log-reach.js';
import { CONFIDENT, meetsCondition } from './engine.js';
import { compareText } from '../model/order.js';

export interface Coverage {
  channels: Record<string, number>;
  missing: string[];
  advice: string[];
  /** How far each computer's logs reach (first and last record, holes, rolled over or cleared). */
  logs?: LogSpan[];
}

type PatternChannels = readonly { info: ChannelInfo; where: Machine }[];
/** @cache derived once per pattern (constant data). */
const channelsOf = new WeakMap<Pattern, PatternChannels>();

/** The channels a pattern's evidence is logged in, with the machine that logs it (derived once per pattern). */
function channelsOfPattern(p: Pattern): PatternChannels {
  const known = channelsOf.get(p);
  if (known) return known;
  const out: { info: ChannelInfo; where: Machine }[] = [];
  for (const log of evidenceLogs(p))
    if (!out.some((o) => o.info === log.channel && o.where === log.where))
      out.push({ info: log.channel, where: log.where });
  channelsOf.set(p, out);
  return out;
}

/** Events read per channel. */
export function countChannels(events: readonly NormalizedEvent[]): Record<string, number> {
  const channels: Record<string, number> = Object.create(null); // channel names from logs: no inherited keys
  for (const e of events) channels[e.channel] = (channels[e.channel] ?? 0) + 1;
  return channels;
}

/** Which machines have which channels: per machine, the channels (lower case) some computer in that role holds. */
type Presence = (info: ChannelInfo, where: Machine) => boolean;

/**
 * The channels each machine's computers hold: `computers` (each with the roles its events tell) and the roles the
 * attempts give them; `key` tells two names of one computer apart. A computer with no role may be any machine.
 */
export function presenceByMachine(
  computers: readonly ComputerLogs[],
  attempts: readonly Attempt[],
  key: (computer: string) => string,
): Presence {
  const hosts = new Map<string, { channels: Set<string>; roles: Set<Machine> }>();
  const hostOf = (computer: string) => {
    const k = key(computer);
    let h = hosts.get(k);
    if (!h) hosts.set(k, (h = { channels: new Set(), roles: new Set() }));
    return h;
  };
  for (const c of computers) {
    const h = hostOf(c.computer);
    for (const channel of c.channels) h.channels.add(channel.toLowerCase());
    for (const role of c.roles) h.roles.add(role);
  }
  // Only computers whose logs were read: a client named by a server's logs is one when its own logs are here.
  const given = (computer: string | undefined) => (computer ? hosts.get(key(computer)) : undefined);
  for (const a of attempts) {
    const role = sideRole(a.side);
    given(a.computer)?.roles.add(role);
    given(a.clientComputer)?.roles.add('client');
    if (role !== 'client') given(a.client.name)?.roles.add('client');
    if (a.via) given(a.via.gateway)?.roles.add('gateway');
  }
  const known = new Map<string, boolean>();
  return (info, where) => {
    const k = `${where}|${info.name}`;
    let is = known.get(k);
    if (is === undefined) {
      const name = info.name.toLowerCase();
      is = [...hosts.values()].some((h) => h.channels.has(name) && (h.roles.size === 0 || h.roles.has(where)));
      known.set(k, is);
    }
    return is;
  };
}

/**
 * `byMachine`: which machines' computers hold which channels (`presenceByMachine`); without it, a channel read from
 * any computer counts for every machine.
 */
export function computeCoverage(
  channels: Record<string, number>,
  attempts: readonly (Attempt & { causes: CauseResult[] })[],
  patterns: readonly Pattern[],
  byMachine?: Presence,
): Coverage {
  const read = new Set(Object.keys(channels).map((c) => c.toLowerCase()));
  const presence = new Map<ChannelInfo, boolean>();
  const present = (info: ChannelInfo) => {
    let known = presence.get(info);
    if (known === undefined) presence.set(info, (known = read.has(info.name.toLowerCase())));
    return known;
  };
  const presentOn = (info: ChannelInfo, where: Machine) => (byMachine ? byMachine(info, where) : present(info));

  // The logs a pattern's evidence needs that the run lacks do not depend on the attempt: found once a pattern.
  const gapsOf = new Map<Pattern, { info: ChannelInfo; where: Machine; key: string }[]>();
  const gaps = (p: Pattern) => {
    let g = gapsOf.get(p);
    if (!g) {
      g = [];
      for (const { info, where } of channelsOfPattern(p))
        if (!presentOn(info, where)) g.push({ info, where, key: `${info.name}|${where}` });
      gapsOf.set(p, g);
    }
    return g;
  };

  const wanted = new Map<string, { info: ChannelInfo; where: Machine; causes: Set<string>; attempts: Set<string> }>();
  for (const a of attempts) {
    if (a.outcome !== 'failed') continue;
    const top = a.causes[0];
    if (top && top.id !== UNEXPLAINED && top.confidence >= CONFIDENT) continue;
    for (const p of patterns) {
      const missing = gaps(p);
      if (missing.length === 0 || !meetsCondition(p.when, a)) continue;
      for (const { info, where, key } of missing) {
        let w = wanted.get(key);
        if (!w) wanted.set(key, (w = { info, where, causes: new Set(), attempts: new Set() }));
        w.causes.add(p.id);
        w.attempts.add(a.id);
      }
    }
  }
  const advice = [...wanted.values()]
    .sort((x, y) => y.attempts.size - x.attempts.size || compareText(x.info.short, y.info.short))
    .map((w) => {
      const where = MACHINE_WORDS[w.where].on;
      const cmd = exportCommandFor(w.info, w.where);
      return `${w.info.short} (${w.info.name}) is missing: it would confirm or rule out ${[...w.causes].sort().join(', ')} for ${w.attempts.size} failed attempt(s). Export it ${where} with: ${cmd}`;
    });
  if (attempts.length === 0) {
    // Nothing could be correlated: say which logs show connection attempts at all, why once, then one line a log.
    const absent = ['RdpCoreTS', 'RCM', 'LSM', 'RDPClient']
      .map((short) => channelNamed(short))
      .filter((i) => !present(i));
    if (absent.length)
      advice.push(
        `No log that records connection attempts is in the inputs (${absent.map((i) => i.short).join(', ')}): each records every attempt, so without one of them no attempt can be found. Export one:`,
      );
    for (const info of absent)
      advice.push(`${info.short}, ${MACHINE_WORDS[info.machines[0]].on}: ${exportCommandFor(info)}`);
  }
  // An optional log (Sysmon) is no gap: it is named only where a finding would have said more with it.
  const missing = CHANNELS.filter(
    (c) => !present(c) && !c.optional && (c.machines.includes('server') || c.machines.includes('client')),
  ).map((c) => c.name);
  const sorted: Record<string, number> = Object.create(null);
  for (const k of Object.keys(channels).sort()) sorted[k] = channels[k];
  return { channels: sorted, missing, advice };
}
