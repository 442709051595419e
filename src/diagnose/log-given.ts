/**
 * Which of a computer's logs were given and what moments they cover: what a finding that rests on a log's silence
 * asks before it speaks (issue 66: a log not given is no event that did not happen; causes.md "Any subset of logs").
 */
import type { HostNames } from '../correlate/index.js';
import type { LogReach } from '../ingest/log-reach.js';
import type { SecurityFinding } from '../model/attempt.js';
import { kindOfChannel, type LogKind } from '../model/channels.js';
import type { NormalizedEvent } from '../model/event.js';
import type { ValueMarks } from '../model/value-marks.js';
import type { LogCovers } from './findings.js';

/** The logs that name a connection's client: a source "never seen before" rests on them. */
const CONNECTION_LOGS: ReadonlySet<LogKind> = new Set(['rcm', 'rdpcore', 'lsm', 'security']);

/** Whether a computer's connection logs given all begin before a time and hold no record-id holes (`CoversBefore`). */
export function connectionLogsCoverBefore(
  reach: LogReach,
  names: HostNames,
): (computer: string, ms: number) => boolean {
  const spans = reach.spans().filter((s) => CONNECTION_LOGS.has(kindOfChannel(s.channel)));
  return (computer, ms) => {
    const own = spans.filter((s) => names.key(s.computer) === names.key(computer));
    return own.length > 0 && own.every((s) => s.firstMs < ms && !s.filtered && s.gaps.length === 0 && !s.moreGaps);
  };
}

/**
 * Whether a computer's log of a channel is among the inputs and holds a moment (it begins before it and, with
 * `reaches`, goes on to it): what a finding that rests on that log's silence asks (issue 66: a log not given is no
 * event that did not happen).
 */
export function logGivenAt(
  reach: LogReach,
  names: HostNames,
): (computer: string, channel: string, ms: number, reaches?: boolean) => boolean {
  const spans = reach.spans();
  return (computer, channel, ms, reaches = true) => {
    const key = names.key(computer);
    const wanted = channel.toLowerCase();
    return spans.some(
      (s) =>
        s.channel.toLowerCase() === wanted &&
        names.key(s.computer) === key &&
        s.firstMs <= ms &&
        (!reaches || s.lastMs >= ms),
    );
  };
}

/**
 * Whether the log of a matcher is among a computer's inputs and reaches past a time: from the timeline's log reach,
 * else from the events themselves (`findHostFindings`' sentences that rest on that log's silence).
 */
export function logCovers(
  reach: LogReach | undefined,
  events: readonly NormalizedEvent[],
  names: HostNames,
): LogCovers {
  const ends = new Map<string, number>();
  // Each computer's and channel's key made once, not once an event (a run's events name a few of each).
  const keys = new Map<string, Map<string, string>>();
  const note = (computer: string, channel: string, ms: number) => {
    let byChannel = keys.get(computer);
    if (!byChannel) keys.set(computer, (byChannel = new Map()));
    let key = byChannel.get(channel);
    if (key === undefined) byChannel.set(channel, (key = `${names.key(computer)}|${channel.toLowerCase()}`));
    if (!(ms <= (ends.get(key) ?? -Infinity))) ends.set(key, ms);
  };
  if (reach) for (const s of reach.spans()) note(s.computer, s.channel, s.lastMs);
  else for (const e of events) note(e.computer, e.channel, e.timeMs);
  const entries = [...ends];
  return (computer, m, ms) => {
    const wanted = [m.channel ?? []].flat().map((c) => c.toLowerCase());
    const key = names.key(computer);
    return entries.some(([k, last]) => {
      const bar = k.indexOf('|');
      if (k.slice(0, bar) !== key || last < ms) return false;
      const channel = k.slice(bar + 1);
      return wanted.some((w) => channel === w || channel.endsWith(`/${w}`) || channel.endsWith(`-${w}`));
    });
  };
}

/**
 * "No credential offered" (scanning) rests on the log that records a refused network-level sign-in (Security 4625):
 * where the computer's Security log is not among the inputs or does not cover the burst, whether credentials were
 * offered is unknown, and the finding says so (`unknown`), its confidence lowered (causes.md "Any subset of logs").
 */
export function credentialsUnknown(
  f: SecurityFinding,
  reach: LogReach,
  names: HostNames,
  { markValue }: ValueMarks,
): void {
  if (f.id !== 'scanning' || f.burst.unknownOutcome) return;
  const from = Date.parse(f.burst.first);
  const to = Date.parse(f.burst.last);
  const covered = reach
    .spans()
    .some(
      (s) =>
        kindOfChannel(s.channel) === 'security' &&
        names.key(s.computer) === names.key(f.computer) &&
        s.firstMs <= from &&
        s.lastMs >= to,
    );
  if (covered) return;
  f.unknown = ['Security'];
  f.confidence = Math.min(f.confidence, 0.5);
  f.explanation += ` Whether credentials were offered is unknown: ${markValue(f.computer)}'s Security log, where a refused network-level sign-in (4625) would show, is not among the inputs or does not cover that time; with it, this may be password guessing.`;
}
