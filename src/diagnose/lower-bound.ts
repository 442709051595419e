/**
 * When the logs that show an attack's connections begin during it (rolled over or cleared), the attack is
 * bigger than its attempts: the other logs of that computer still hold connections the attempts miss (a
 * listener's 261, a Schannel alert, a 4625 each stand for one). Their count beyond the attempts of that time
 * is a lower bound, said in the attack's headline; no attempt is invented for it.
 */
import type { Attempt, Incident, LowerBound, SecurityFinding } from '../model/attempt.js';
import { kindOfChannel } from '../model/channels.js';
import { CONNECTION_MARKERS, connectionMarkerRows } from '../model/events.js';
import type { LogReach, LogSpan, MarkerKind } from '../ingest/log-reach.js';
import { minOf } from '../model/arrays.js';

/** An attack whose first attempt is this close after a log's oldest record began during the attack. */
const BEGIN_SLACK_MS = 60_000;
/** Markers further apart than this are separate runs (as the security lens splits bursts). */
const RUN_GAP_MS = 10 * 60_000;

/**
 * The logs whose events each stand for one connection (the event table's `marker`s), each with its markers in
 * `CONNECTION_MARKERS` order. `rdp`: each marker is a connection to Remote Desktop, so what the log holds beyond the
 * attempts of the whole burst counts; Schannel also serves other TLS listeners, so only what it holds before the
 * RDP logs begin does. One failed handshake logs one of each of a log's markers: the larger count, never their sum.
 */
const MARKER_CHANNELS: readonly { markers: MarkerKind[]; channel: string; rdp: boolean }[] = (() => {
  const out: { markers: MarkerKind[]; channel: string; rdp: boolean }[] = [];
  const rows = connectionMarkerRows();
  for (const marker of CONNECTION_MARKERS)
    for (const { channel, kind, rdp } of rows) {
      if (kind !== marker) continue;
      const log = out.find((o) => o.channel === channel.name);
      if (log) log.markers.push(kind);
      else out.push({ markers: [kind], channel: channel.name, rdp });
    }
  return out;
})();

/** What one marker of each kind stands for, in words, and whether it names the client (RdpCoreTS 131, 4625 do). */
const MARKER_WORDS: Readonly<Record<MarkerKind, { what: string; namesClient: boolean }>> = {
  listener: { what: 'connections accepted', namesClient: false },
  'rdpcore-accept': { what: 'connections', namesClient: true },
  'schannel-alert': { what: 'TLS alerts sent', namesClient: false },
  'schannel-suite': { what: 'TLS handshakes refused', namesClient: false },
  'logon-failure': { what: 'failed logons', namesClient: true },
};

/** Logs whose records each attempt is made of: those that show connections. */
const CONNECTION_KINDS = new Set(['rdpcore', 'rcm', 'lsm', 'security']);

/**
 * The lower bound of a burst on `computer` between `firstMs` and `lastMs`, when a log that shows its
 * connections begins during it. `sameComputer` says whether a logged name is that computer.
 */
export function lowerBoundOf(
  reach: LogReach,
  spans: readonly LogSpan[],
  sameComputer: (name: string) => boolean,
  attempts: readonly Attempt[],
  firstMs: number,
  lastMs: number,
): LowerBound | undefined {
  const own = spans.filter((s) => sameComputer(s.computer) && CONNECTION_KINDS.has(kindOfChannel(s.channel)));
  const begun = own.filter(
    (s) => (s.rolledOver || s.cleared !== undefined) && s.firstMs >= firstMs - BEGIN_SLACK_MS && s.firstMs <= lastMs,
  );
  if (begun.length === 0) return undefined;
  const beginMs = minOf(begun.map((s) => s.firstMs));
  const first = begun.find((s) => s.firstMs === beginMs)!.first;
  const counts: { channel: string; count: number }[] = [];
  const extent: NonNullable<LowerBound['extent']> = [];
  let earliest = { ms: Number.POSITIVE_INFINITY, channel: '' };
  for (const { markers, channel, rdp } of MARKER_CHANNELS) {
    let best = 0;
    let seen: (typeof extent)[number] | undefined;
    for (const marker of markers) {
      // The run of this log's connections that the attack is part of, back to where it began.
      const all = reach.times(sameComputer, marker);
      const times = all.filter((t) => t <= lastMs + BEGIN_SLACK_MS);
      if (times.length === 0) continue;
      let from = times.length - 1;
      while (from > 0 && times[from] - times[from - 1] <= RUN_GAP_MS) from--;
      const runStart = times[from];
      // …and on after it while the run goes on: its whole extent in this log.
      let to = times.length - 1;
      while (to + 1 < all.length && all[to + 1] - all[to] <= RUN_GAP_MS) to++;
      if (times[times.length - 1] >= firstMs - RUN_GAP_MS && (!seen || to - from + 1 >= seen.count))
        seen = {
          channel,
          count: to - from + 1,
          ...MARKER_WORDS[marker],
          first: new Date(runStart).toISOString(),
          last: new Date(all[to]).toISOString(),
        };
      if (runStart < earliest.ms) earliest = { ms: runStart, channel };
      // Before the connection logs begin, no attempt can have been found: each is one more.
      let before = 0;
      for (let i = from; i < times.length && times[i] < beginMs; i++) before++;
      best = Math.max(best, before);
      if (rdp) {
        const found = attempts.filter(
          (a) => sameComputer(a.computer) && a.startMs >= runStart && a.startMs <= lastMs + BEGIN_SLACK_MS,
        ).length;
        best = Math.max(best, times.length - from - found);
      }
    }
    if (best > 0) counts.push({ channel, count: best });
    if (seen) extent.push(seen);
  }
  extent.sort((x, y) => y.count - x.count);
  if (counts.length === 0) return undefined;
  counts.sort((x, y) => y.count - x.count);
  // No evidence before the attack's first attempt: it began then (or when its logs did, if earlier).
  if (!(earliest.ms < firstMs)) earliest = { ms: Math.min(firstMs, beginMs), channel: begun[0].channel };
  return {
    count: counts[0].count,
    from: counts.map((c) => c.channel),
    byChannel: counts,
    logsBegin: {
      channels: begun.map((s) => s.channel).sort(),
      first,
      how: begun.some((s) => s.rolledOver) ? 'rolled over' : 'cleared',
    },
    first: new Date(earliest.ms).toISOString(),
    firstIn: earliest.channel,
    ...(extent.length ? { extent } : {}),
  };
}

/** Each attack (security finding, and its incidents) whose logs begin during it gets its lower bound. */
export function addLowerBounds(
  reach: LogReach,
  attempts: readonly Attempt[],
  findings: readonly SecurityFinding[],
  incidents: readonly Incident[],
  sameComputer: (a: string, b: string) => boolean,
): void {
  const spans = reach.spans();
  for (const f of findings) {
    const on = (name: string) => sameComputer(name, f.computer);
    const bound = lowerBoundOf(reach, spans, on, attempts, Date.parse(f.burst.first), Date.parse(f.burst.last));
    if (!bound) continue;
    f.burst.lowerBound = bound;
    const ids = new Set(f.burst.attempts);
    for (const x of incidents)
      if (x.kind === 'attack' && on(x.computer) && x.attempts.some((id) => ids.has(id))) x.lowerBound = bound;
  }
}
