/**
 * How far each log reaches, per computer and channel: first and last record (time and record id), holes in
 * the record ids, whether the log rolled over or was cleared, and the times of the events that each stand for
 * one connection (the event table's `marker`s, src/model/events.ts: RCM 261, RdpCoreTS 131, Schannel
 * 36888/36874, Security 4625), so that what a log that rolled
 * over no longer shows can be counted in the others, as a lower bound. Windows numbers a log's records from 1
 * and overwrites the oldest when the file is full (or archives it): an oldest record id well above 1 with no
 * hole after it means the older records were overwritten (in a log file, .evtx: an XML export may be a query's
 * time window); a 1102 (Security) or 104 (System) says it was cleared.
 */
import { type ChannelInfo, kindOfChannel, type LogKind, type Machine } from '../model/channels.js';
import { hasRecordIdContinuity, type NormalizedEvent } from '../model/event.js';
import {
  type ConnectionMarker,
  channelOfRow,
  connectionMarkerRows,
  EVENTS,
  type EventRow,
  roleRows,
} from '../model/events.js';
import { minOf, pushAll, pushTo } from '../model/arrays.js';

/** A hole in a log's record ids: `missing` records between `after` and `before` were not among the inputs. */
export interface RecordGap {
  after: number;
  before: number;
  missing: number;
}

export interface LogSpan {
  computer: string;
  channel: string;
  events: number;
  first: string;
  last: string;
  firstMs: number;
  lastMs: number;
  firstRecordId?: number;
  lastRecordId?: number;
  /**
   * The oldest record is not the log's first and the ids run on without holes: older records were overwritten
   * (of an export: and it begins after connections another log shows it would have recorded).
   */
  rolledOver: boolean;
  /** A filtered export (most ids between first and last absent): it says nothing of what the log once held. */
  filtered: boolean;
  /**
   * Read only from inputs whose record ids have no continuity (SIEM exports, hunts: `RECORD_ID_CONTINUITY`): a hole
   * in them is events a query left out, so none is listed (`gaps` empty), and one with holes is `filtered`.
   */
  fromQuery?: true;
  /** The log's clearing (Security 1102, System 104) is among its records: the time of the newest. */
  cleared?: string;
  gaps: RecordGap[];
  /** Holes beyond the first MAX_GAPS listed, counted. */
  moreGaps: number;
}

/** The events that each stand for one connection the computer accepted, per log. */
export type MarkerKind = ConnectionMarker;

/**
 * Events by id with what each tells: the log they are in, and their provider where that log holds several providers'
 * events (System); in a log of one provider the id alone tells.
 */
type ByEventId<T> = ReadonlyMap<number, readonly { kind: LogKind; provider?: string; value: T }[]>;

function byEventId<R extends { row: EventRow; channel: ChannelInfo }, T>(
  rows: readonly R[],
  value: (r: R) => T,
): ByEventId<T> {
  const out = new Map<number, { kind: LogKind; provider?: string; value: T }[]>();
  for (const r of rows) {
    const provider = r.channel.providers.length > 1 ? r.row.provider.toLowerCase() : undefined;
    pushTo(out, r.row.id, { kind: r.channel.kind, ...(provider ? { provider } : {}), value: value(r) });
  }
  return out;
}

/** What `table` says of `e`, read in a log of `kind`. */
function lookUp<T>(table: ByEventId<T>, e: NormalizedEvent, kind: LogKind): T | undefined {
  const candidates = table.get(e.eventId);
  if (!candidates) return undefined;
  for (const c of candidates)
    if (c.kind === kind && (c.provider === undefined || e.provider.name.toLowerCase() === c.provider)) return c.value;
  return undefined;
}

/** The marker events by id. */
const MARKERS = byEventId(connectionMarkerRows(), (r) => r.kind);

/** The events that say a connection passed network authentication (RCM 1149), by log. */
const AUTHENTICATED: ReadonlyMap<LogKind, ReadonlySet<number>> = (() => {
  const out = new Map<LogKind, Set<number>>();
  for (const row of EVENTS) {
    const kind = row.authenticates && channelOfRow(row)?.kind;
    if (!kind) continue;
    const ids = out.get(kind) ?? new Set<number>();
    out.set(kind, ids.add(row.id));
  }
  return out;
})();

/** The events whose presence tells a computer's role (the event table's `role`), by id. */
const ROLES = byEventId(roleRows(), (r) => r.role);

/** The ids of the events that tell a computer's role: readers must not leave them out (`FieldSelection.interest`). */
export const ROLE_EVENT_IDS: ReadonlySet<number> = new Set(ROLES.keys());

/** How much later than a connection it would have recorded a log must begin to have lost it. */
const LATE_BEGIN_MS = 60_000;

/** Record-id holes listed per log (the rest counted). */
const MAX_GAPS = 20;
/**
 * Id runs kept per log while reading: beyond this a log's holes are only counted (`overflow`). A fleet has thousands
 * of logs, most filtered by the export (a hole for every record left out), so a log's runs stay a few KiB.
 */
const MAX_RUNS = 256;

class Reach {
  events = 0;
  first = '';
  last = '';
  firstMs = Infinity;
  lastMs = -Infinity;
  /**
   * Sorted, disjoint runs of record ids, flat: from, to, from, to… (a pair an array cost some 60 bytes a run, and a
   * fleet's filtered logs hold thousands of runs each).
   */
  runs: number[] = [];
  /** More holes than `MAX_RUNS`: those past it are counted in `hiddenGaps` and `hiddenMissing`, the last run stretched over them. */
  overflow = false;
  hiddenGaps = 0;
  hiddenMissing = 0;
  cleared?: string;
  /** Read from a log file (.evtx): its oldest record is the log's. An XML export may be a query's window. */
  fromFile = false;
  /** Some of its events came from an input whose record ids run on as the log's (`RECORD_ID_CONTINUITY`). */
  continuous = false;
  /** The files its events came from (the last one remembered, so most events cost one comparison). */
  readonly files = new Set<string>();
  private lastFile = '';
  /** Some of its records were left out unread (`InputSummary.unread`): the holes in its ids are rdpdiag's. */
  unread = false;
  /** RCM: its oldest 1149 (credentials accepted, a logon follows, which LSM records: the event table's `authenticates`). */
  firstAuthMs = Infinity;
  markers = new Map<MarkerKind, number[]>();
  /** The roles its events tell (a domain controller's 4768, a listener's 261): see `EventRow.role`. */
  readonly roles = new Set<Machine>();
  constructor(
    readonly computer: string,
    readonly channel: string,
    readonly kind: LogKind,
  ) {}

  add(e: NormalizedEvent): void {
    this.events++;
    if (e.source.format === 'evtx') this.fromFile = true;
    if (e.source.file !== this.lastFile) {
      this.files.add((this.lastFile = e.source.file));
      if (!this.continuous) this.continuous = hasRecordIdContinuity(e.source.format);
    }
    if (e.timeMs < this.firstMs || this.first === '') {
      this.firstMs = e.timeMs;
      this.first = e.timestamp;
    }
    if (e.timeMs > this.lastMs || this.last === '') {
      this.lastMs = e.timeMs;
      this.last = e.timestamp;
    }
    if (typeof e.recordId === 'number') this.addId(e.recordId);
    if (
      (this.kind === 'security' && e.eventId === 1102) ||
      (this.kind === 'system' && e.eventId === 104 && /eventlog/i.test(e.provider.name))
    )
      if (!this.cleared || e.timestamp > this.cleared) this.cleared = e.timestamp;
    if (AUTHENTICATED.get(this.kind)?.has(e.eventId) && e.timeMs < this.firstAuthMs) this.firstAuthMs = e.timeMs;
    const role = lookUp(ROLES, e, this.kind);
    if (role) this.roles.add(role);
    const marker = lookUp(MARKERS, e, this.kind);
    if (marker) {
      const list = this.markers.get(marker);
      if (list) list.push(e.timeMs);
      else this.markers.set(marker, [e.timeMs]);
    }
  }

  private addId(id: number): void {
    const runs = this.runs;
    const n = runs.length;
    // Records mostly come in id order: extend the last run.
    if (n && id === runs[n - 1] + 1) {
      runs[n - 1] = id;
      return;
    }
    if (n && id > runs[n - 1] + 1) {
      if (n < 2 * MAX_RUNS) runs.push(id, id);
      else {
        this.overflow = true;
        this.hiddenGaps++;
        this.hiddenMissing += id - runs[n - 1] - 1;
        runs[n - 1] = id;
      }
      return;
    }
    // Out of order (a wrapped file's chunks): find its place (`lo`: the first run ending at or after `id`).
    let lo = 0;
    let hi = n / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (runs[2 * mid + 1] < id) lo = mid + 1;
      else hi = mid;
    }
    const at = 2 * lo;
    if (at < n && id >= runs[at] && id <= runs[at + 1]) return;
    const joinsBefore = lo > 0 && runs[at - 1] + 1 === id;
    const joinsAfter = at < n && runs[at] - 1 === id;
    if (joinsBefore && joinsAfter) {
      runs[at - 1] = runs[at + 1];
      runs.splice(at, 2);
    } else if (joinsBefore) runs[at - 1] = id;
    else if (joinsAfter) runs[at] = id;
    else if (n < 2 * MAX_RUNS) runs.splice(at, 0, id, id);
    else this.overflow = true;
  }

  span(): LogSpan {
    const runs = this.runs;
    const gaps: RecordGap[] = [];
    let missing = this.hiddenMissing;
    for (let i = 2; i < runs.length; i += 2) {
      const gap = { after: runs[i - 1], before: runs[i], missing: runs[i] - runs[i - 1] - 1 };
      missing += gap.missing;
      if (gaps.length < MAX_GAPS) gaps.push(gap);
    }
    const firstRecordId = runs.length ? runs[0] : undefined;
    const lastRecordId = runs.length ? runs[runs.length - 1] : undefined;
    const range = firstRecordId !== undefined && lastRecordId !== undefined ? lastRecordId - firstRecordId + 1 : 0;
    // Ids of a query's answer (a SIEM export, a hunt) run with holes wherever it left events out: they tell nothing.
    const fromQuery = !this.continuous && runs.length > 0;
    const holes = runs.length > 2 || this.hiddenGaps > 0;
    // A filtered export keeps a few records of a long range; a log that rolled over keeps nearly all of it.
    const filtered = this.unread || this.overflow || (range > 0 && missing > range / 2) || (fromQuery && holes);
    const untold = this.unread || fromQuery;
    return {
      computer: this.computer,
      channel: this.channel,
      events: this.events,
      first: this.first,
      last: this.last,
      firstMs: this.firstMs,
      lastMs: this.lastMs,
      ...(firstRecordId !== undefined ? { firstRecordId, lastRecordId } : {}),
      rolledOver:
        this.fromFile && !filtered && firstRecordId !== undefined && firstRecordId > 1 && this.cleared === undefined,
      filtered,
      ...(fromQuery ? { fromQuery } : {}),
      ...(this.cleared ? { cleared: this.cleared } : {}),
      gaps: untold ? [] : gaps,
      moreGaps: untold ? 0 : Math.max(0, runs.length / 2 - 1 - gaps.length) + this.hiddenGaps,
    };
  }
}

/** One log's reach as plain data (`LogReach.export`): what a shard of the run hands to `merge`. */
export interface ReachState {
  computer: string;
  channel: string;
  events: number;
  first: string;
  last: string;
  firstMs: number | null;
  lastMs: number | null;
  runs: number[];
  overflow: boolean;
  /** Holes past the runs kept (absent in the files of versions before they were counted). */
  hiddenGaps?: number;
  hiddenMissing?: number;
  cleared?: string;
  fromFile: boolean;
  /** Absent in the files of versions before it was told: then true (its holes listed, as they were). */
  continuous?: boolean;
  files: string[];
  unread: boolean;
  firstAuthMs: number | null;
  markers: [MarkerKind, number[]][];
  /** Absent in the files of versions before roles were told. */
  roles?: Machine[];
}

/** A computer as its logs show it: the channels read from it and the roles its events tell. */
export interface ComputerLogs {
  computer: string;
  channels: string[];
  roles: Machine[];
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Collects each log's reach as the timeline reads it. */
export class LogReach {
  private readonly logs = new Map<string, Reach>();

  /** The same logs by computer, then channel: found per event without building a key. */
  private readonly byComputer = new Map<string, Map<string, Reach>>();

  add(e: NormalizedEvent): void {
    let channels = this.byComputer.get(e.computer);
    if (!channels) this.byComputer.set(e.computer, (channels = new Map()));
    let r = channels.get(e.channel);
    if (!r) {
      r = new Reach(e.computer, e.channel, kindOfChannel(e.channel));
      channels.set(e.channel, r);
      this.logs.set(`${e.computer}\u0000${e.channel}`, r);
    }
    r.add(e);
  }

  /**
   * A record read again (the same computer, log and record id) from another input, not counted: its input's format
   * still tells whether the log's ids run on (`RECORD_ID_CONTINUITY`), whichever input came first.
   */
  readAgain(e: NormalizedEvent): void {
    const r = this.byComputer.get(e.computer)?.get(e.channel);
    if (r && !r.continuous) r.continuous = hasRecordIdContinuity(e.source.format);
  }

  /**
   * Records of this input were left out unread: its logs other than those read whole are filtered exports
   * (what was left out is never of those: see `FieldSelection.interest`).
   */
  leftOut(file: string, readWhole: (channel: string) => boolean): void {
    for (const r of this.logs.values()) if (r.files.has(file) && !readWhole(r.channel)) r.unread = true;
  }

  /** Every log read, by computer and channel name. */
  spans(): LogSpan[] {
    const spans = [...this.logs.values()].map((r) => r.span());
    // A computer renamed mid-log (joined to a domain, say) logs on under its new name: that part's oldest
    // record follows the old name's newest, and nothing was overwritten between them.
    for (const s of spans)
      if (
        s.rolledOver &&
        spans.some((o) => o !== s && o.channel === s.channel && o.lastRecordId === (s.firstRecordId ?? 0) - 1)
      )
        s.rolledOver = false;
    // An export (not the log file) may be a query's time window, so an oldest record id above 1 proves
    // nothing by itself; but a log that begins after connections it would have recorded (RdpCoreTS after an
    // RCM 261, LSM after a 1149) no longer held them: it rolled over.
    for (const s of spans) {
      if (s.rolledOver || s.filtered || s.cleared || (s.firstRecordId ?? 1) <= 1) continue;
      const kind = kindOfChannel(s.channel);
      if (kind !== 'rdpcore' && kind !== 'lsm') continue;
      const rcm = [...(this.byComputer.get(s.computer)?.values() ?? [])].filter((r) => r.kind === 'rcm');
      const before = Math.min(
        ...rcm.map((r) => (kind === 'rdpcore' ? minOf(r.markers.get('listener') ?? []) : r.firstAuthMs)),
      );
      if (before < s.firstMs - LATE_BEGIN_MS) s.rolledOver = true;
    }
    return spans.sort((a, b) =>
      a.computer < b.computer ? -1 : a.computer > b.computer ? 1 : a.channel < b.channel ? -1 : 1,
    );
  }

  /** Every log's reach as plain data, for another process to `absorb` (`analyze --shard`, then `merge`). */
  export(): ReachState[] {
    return [...this.logs.values()].map((r) => ({
      computer: r.computer,
      channel: r.channel,
      events: r.events,
      first: r.first,
      last: r.last,
      firstMs: finite(r.firstMs),
      lastMs: finite(r.lastMs),
      runs: r.runs,
      overflow: r.overflow,
      ...(r.hiddenGaps ? { hiddenGaps: r.hiddenGaps, hiddenMissing: r.hiddenMissing } : {}),
      ...(r.cleared !== undefined ? { cleared: r.cleared } : {}),
      fromFile: r.fromFile,
      continuous: r.continuous,
      files: [...r.files],
      unread: r.unread,
      firstAuthMs: finite(r.firstAuthMs),
      markers: [...r.markers],
      ...(r.roles.size ? { roles: [...r.roles] } : {}),
    }));
  }

  /**
   * The logs another reading exported (`export`), of other computers: a log already here (the same computer and
   * channel read twice) is an error, since the parts of a run never share a computer.
   */
  absorb(states: readonly ReachState[]): void {
    for (const s of states) {
      const key = `${s.computer}\u0000${s.channel}`;
      if (this.logs.has(key)) throw new Error(`the log ${s.channel} of ${s.computer} is in two parts`);
      const r = new Reach(s.computer, s.channel, kindOfChannel(s.channel));
      r.events = s.events;
      r.first = s.first;
      r.last = s.last;
      r.firstMs = s.firstMs ?? Infinity;
      r.lastMs = s.lastMs ?? -Infinity;
      r.runs = s.runs.slice();
      r.overflow = s.overflow;
      r.hiddenGaps = s.hiddenGaps ?? 0;
      r.hiddenMissing = s.hiddenMissing ?? 0;
      if (s.cleared !== undefined) r.cleared = s.cleared;
      r.fromFile = s.fromFile;
      r.continuous = s.continuous ?? true;
      for (const f of s.files) r.files.add(f);
      r.unread = s.unread;
      r.firstAuthMs = s.firstAuthMs ?? Infinity;
      for (const [kind, times] of s.markers) r.markers.set(kind, times.slice());
      for (const role of s.roles ?? []) r.roles.add(role);
      let channels = this.byComputer.get(s.computer);
      if (!channels) this.byComputer.set(s.computer, (channels = new Map()));
      channels.set(s.channel, r);
      this.logs.set(key, r);
    }
  }

  /** Each computer's channels and the roles its events tell, by its name in the logs (sorted). */
  computers(): ComputerLogs[] {
    return [...this.byComputer]
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([computer, logs]) => ({
        computer,
        channels: [...logs.keys()].sort(),
        roles: [...new Set([...logs.values()].flatMap((r) => [...r.roles]))].sort(),
      }));
  }

  /** The times of a computer's events of one kind, in order. */
  times(computer: (name: string) => boolean, marker: MarkerKind): number[] {
    const out: number[] = [];
    for (const r of this.logs.values()) if (computer(r.computer)) pushAll(out, r.markers.get(marker) ?? []);
    return out.sort((a, b) => a - b);
  }
}
