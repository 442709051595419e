/**
 * Context events held compactly: events analysis reads only when they fall near a connection attempt (a
 * Schannel flood on a busy server is millions of them). Events alike in everything but their time and
 * record id (channel, provider, event id, computer, fields, source file, user SID, message: a "shape")
 * share one entry; per shape only the times and record ids are kept, as deltas of a few bytes an event.
 * Which of them become event objects is decided after correlation (`select`), so those far from every
 * attempt never do. An event that does not fit (no record id or one above 2^48, a time past year 9999, a
 * fields map too large to share, more shapes than the cap) is kept as a plain slim event instead: nothing
 * is lost.
 */
import type { EventSource, NormalizedEvent, Provider } from '../model/event.js';
import { timestampFromMs } from '../model/time.js';

/** Shapes kept at most (a log whose every event differs must not grow the map without bound). */
const MAX_SHAPES = 50_000;
/** Field maps with more entries are not shared (as `slim.ts`: their key would cost more than it saves). */
const MAX_SHARED_FIELDS = 8;
/** Record ids and times (ms) below this in magnitude are stored, so deltas stay safe integers. */
const LIMIT = 2 ** 48;
/** A shape's bytes grow by doubling up to this size, then in chunks of it. */
const CHUNK = 65_536;
/** The most one event takes: three varints of at most 8, 2 and 8 bytes. */
const MAX_EVENT_BYTES = 18;

/**
 * One shape's events, each as three variable-length numbers (7 bits a byte): the change of its time in
 * ms from the previous event's (zigzag: negative too), its 100 ns ticks within the millisecond, and the
 * change of its record id. Floods log near times and near ids: a few bytes an event.
 */
class Shape {
  /** Full chunks, then `bytes` up to `length`. */
  private readonly chunks: Uint8Array[] = [];
  private bytes = new Uint8Array(32);
  private length = 0;
  private lastMs = 0;
  private lastId = 0;
  count = 0;
  /** The shape's first event in timeline order (time, then record id). */
  private firstMs = 0;
  private firstTicks = 0;
  private firstId = 0;
  /** The template's field names, in order. */
  private readonly keys: string[];
  constructor(readonly template: NormalizedEvent) {
    this.keys = Object.keys(template.data);
  }

  push(ms: number, ticks: number, id: number): void {
    if (this.length + MAX_EVENT_BYTES > this.bytes.length) {
      if (this.bytes.length < CHUNK) {
        const grown = new Uint8Array(this.bytes.length * 2);
        grown.set(this.bytes);
        this.bytes = grown;
      } else {
        this.chunks.push(this.bytes.subarray(0, this.length));
        this.bytes = new Uint8Array(CHUNK);
        this.length = 0;
      }
    }
    this.put(zigzag(ms - this.lastMs));
    this.put(ticks);
    this.put(zigzag(id - this.lastId));
    this.lastMs = ms;
    this.lastId = id;
    if (
      this.count++ === 0 ||
      ms < this.firstMs ||
      (ms === this.firstMs && (ticks < this.firstTicks || (ticks === this.firstTicks && id < this.firstId)))
    ) {
      this.firstMs = ms;
      this.firstTicks = ticks;
      this.firstId = id;
    }
  }

  private put(v: number): void {
    const bytes = this.bytes;
    let at = this.length;
    while (v >= 128) {
      bytes[at++] = (v % 128) | 128;
      v = Math.floor(v / 128);
    }
    bytes[at++] = v;
    this.length = at;
  }

  /**
   * Appends to `runs` the events (in the order they were added) whose time lies inside `spans` (sorted,
   * not overlapping, both ends included), in runs in timeline order: a new run whenever an event's time
   * and record id are not above the previous one's. Events mostly come in time order: the span looked at
   * only moves forward until a time goes back.
   */
  collect(spans: readonly (readonly [number, number])[], runs: NormalizedEvent[][], times: Timestamps): void {
    let ms = 0;
    let id = 0;
    let span = 0;
    let lastMs = Number.NEGATIVE_INFINITY;
    let run: NormalizedEvent[] | undefined;
    let runMs = 0;
    let runTicks = 0;
    let runId = 0;
    for (const bytes of [...this.chunks, this.bytes.subarray(0, this.length)]) {
      let at = 0;
      const read = (): number => {
        let b = bytes[at++];
        let v = b & 127;
        let scale = 128;
        while (b & 128) {
          b = bytes[at++];
          v += (b & 127) * scale;
          scale *= 128;
        }
        return v;
      };
      while (at < bytes.length) {
        ms += unzigzag(read());
        const ticks = read();
        id += unzigzag(read());
        if (ms < lastMs) span = firstEndingAtOrAfter(spans, ms);
        else while (span < spans.length && spans[span][1] < ms) span++;
        lastMs = ms;
        if (span >= spans.length || spans[span][0] > ms) continue;
        // One shape's events differ only in time and record id: timeline order is theirs.
        if (!run || ms < runMs || (ms === runMs && (ticks < runTicks || (ticks === runTicks && id < runId))))
          runs.push((run = []));
        run.push(this.event(ms, ticks, id, times));
        runMs = ms;
        runTicks = ticks;
        runId = id;
      }
    }
  }

  /** Is `e` of this shape: the same in everything but its time and record id (as the store's key says)? */
  holds(e: NormalizedEvent): boolean {
    const t = this.template;
    if (
      e.eventId !== t.eventId ||
      e.channel !== t.channel ||
      e.computer !== t.computer ||
      e.provider.name !== t.provider.name ||
      e.provider.eventSourceName !== t.provider.eventSourceName ||
      e.source.file !== t.source.file ||
      e.source.format !== t.source.format ||
      e.userSid !== t.userSid ||
      e.message !== t.message
    )
      return false;
    // The same fields with the same values, in the same order.
    const keys = this.keys;
    let i = 0;
    for (const k in e.data) if (k !== keys[i++] || e.data[k] !== t.data[k]) return false;
    return i === keys.length;
  }

  first(): NormalizedEvent {
    return this.event(this.firstMs, this.firstTicks, this.firstId);
  }

  /**
   * An event of the shape, as the slim event it was stored from. Made whole in one literal (a property
   * added afterwards would cost every event a second allocation); absent fields stay absent.
   */
  event(ms: number, ticks: number, id: number, times = new Timestamps()): NormalizedEvent {
    const t = this.template;
    const timestamp = times.of(ms, ticks);
    if (t.userSid !== undefined && t.message === undefined)
      return {
        timestamp,
        timeMs: ms,
        channel: t.channel,
        provider: t.provider,
        eventId: t.eventId,
        computer: t.computer,
        data: t.data,
        source: t.source,
        recordId: id,
        userSid: t.userSid,
      };
    const e: NormalizedEvent = {
      timestamp,
      timeMs: ms,
      channel: t.channel,
      provider: t.provider,
      eventId: t.eventId,
      computer: t.computer,
      data: t.data,
      source: t.source,
      recordId: id,
    };
    if (t.userSid !== undefined) e.userSid = t.userSid;
    if (t.message !== undefined) e.message = t.message;
    return e;
  }
}

/**
 * Timestamps rebuilt from times, the last few remembered: a flood logs many events in the same 100 ns
 * tick, and one string for them all is less to allocate and quicker to compare.
 */
class Timestamps {
  private readonly ms = new Float64Array(8).fill(Number.NaN);
  private readonly ticks = new Uint16Array(8);
  private readonly text: string[] = new Array(8).fill('');

  of(ms: number, ticks: number): string {
    const slot = (ms * 7 + ticks) & 7;
    if (this.ms[slot] === ms && this.ticks[slot] === ticks) return this.text[slot];
    const text = timestampFromMs(ms, ticks);
    this.ms[slot] = ms;
    this.ticks[slot] = ticks;
    this.text[slot] = text;
    return text;
  }
}

const zigzag = (n: number): number => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (z: number): number => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

/** `s` with its length first, so keys built of several strings cannot run into each other. */
const part = (s: string): string => `${s.length}:${s}`;
const optional = (s: string | undefined): string => (s === undefined ? '-' : `+${s.length}:${s}`);

/**
 * The slim copy analysis keeps of a context event: time, channel, provider (name and classic source),
 * event id, computer, fields, source file (no byte offset), record id, user SID and message.
 */
function slimCopy(e: NormalizedEvent, provider: Provider, source: EventSource): NormalizedEvent {
  const slim: NormalizedEvent = {
    timestamp: e.timestamp,
    timeMs: e.timeMs,
    channel: e.channel,
    provider,
    eventId: e.eventId,
    computer: e.computer,
    data: e.data,
    source,
    recordId: e.recordId,
  };
  // Absent fields stay absent (a property holding undefined would still take its slot).
  if (e.userSid !== undefined) slim.userSid = e.userSid;
  if (e.message !== undefined) slim.message = e.message;
  return slim;
}

const providerOf = (p: Provider): Provider =>
  p.eventSourceName === undefined ? { name: p.name } : { name: p.name, eventSourceName: p.eventSourceName };

export class ContextStore {
  private readonly shapes = new Map<string, Shape>();
  /** Events kept as slim objects (see the module comment). */
  private readonly fallback: NormalizedEvent[] = [];
  /** The last timestamp checked, and its sub-millisecond ticks (floods repeat the same time). */
  private lastTimestamp = '';
  private lastMs = Number.NaN;
  private lastTicks = 0;
  /** Per event id, the shape its last event had. */
  private readonly recent = new Map<number, Shape>();
  /** Events held. */
  size = 0;

  add(e: NormalizedEvent): void {
    this.size++;
    const ticks = this.ticksOf(e);
    const id = e.recordId;
    const shape =
      ticks < 0 || typeof id !== 'number' || !Number.isInteger(id) || id < 0 || id >= LIMIT
        ? undefined
        : this.shapeOf(e);
    if (shape === undefined) {
      this.fallback.push(slimCopy(e, providerOf(e.provider), { file: e.source.file, format: e.source.format }));
      return;
    }
    shape.push(e.timeMs, ticks, id as number);
  }

  /** The event's 100 ns ticks within its millisecond; -1 when its timestamp cannot be rebuilt from them. */
  private ticksOf(e: NormalizedEvent): number {
    const ts = e.timestamp;
    if (ts === this.lastTimestamp && e.timeMs === this.lastMs) return this.lastTicks;
    // `YYYY-MM-DDTHH:MM:SS.fffffffZ`: the last four digits of the fraction.
    const ticks = ts.length === 28 ? Number(ts.slice(23, 27)) : -1;
    const ms = e.timeMs;
    if (!(ticks >= 0 && Number.isInteger(ms) && Math.abs(ms) < LIMIT && timestampFromMs(ms, ticks) === ts)) return -1;
    this.lastTimestamp = ts;
    this.lastMs = e.timeMs;
    this.lastTicks = ticks;
    return ticks;
  }

  private shapeOf(e: NormalizedEvent): Shape | undefined {
    // A flood repeats a few shapes: the last one of this event id, compared field by field, is mostly it
    // (cheaper than building the key).
    const recent = this.recent.get(e.eventId);
    if (recent?.holds(e)) return recent;
    const p = e.provider;
    let key = `${part(e.channel)}${part(p.name)}${optional(p.eventSourceName)}${e.eventId}:${part(e.computer)}${part(e.source.format)}${part(e.source.file)}${optional(e.userSid)}${optional(e.message)}`;
    let n = 0;
    for (const k in e.data) {
      if (++n > MAX_SHARED_FIELDS) return undefined;
      key += part(k) + part(e.data[k]);
    }
    let shape = this.shapes.get(key);
    if (shape === undefined) {
      if (this.shapes.size >= MAX_SHAPES) return undefined;
      const template = slimCopy(e, providerOf(p), { file: e.source.file, format: e.source.format });
      this.shapes.set(key, (shape = new Shape(template)));
    }
    if (this.recent.size < MAX_SHAPES) this.recent.set(e.eventId, shape);
    return shape;
  }

  /**
   * Each shape's first event (in timeline order) and every event kept whole: together they carry every
   * computer name and field value the store holds, each where it first appears.
   */
  firsts(): NormalizedEvent[] {
    const out = [...this.fallback];
    for (const s of this.shapes.values()) out.push(s.first());
    return out;
  }

  /**
   * The events whose time lies inside one of their computer's spans (`spansOf`: sorted, not overlapping,
   * both ends included; undefined for none), as event objects, in no particular order.
   */
  select(spansOf: (computer: string) => readonly (readonly [number, number])[] | undefined): NormalizedEvent[] {
    return this.selectRuns(spansOf).flat();
  }

  /**
   * `select`'s events in runs, each in timeline order (one shape's events while their time and record id
   * go up; an event kept whole alone) and of one computer and event id; the runs in no particular order.
   */
  selectRuns(spansOf: (computer: string) => readonly (readonly [number, number])[] | undefined): NormalizedEvent[][] {
    const times = new Timestamps();
    const runs: NormalizedEvent[][] = [];
    for (const e of this.fallback) {
      const spans = spansOf(e.computer);
      if (spans && inside(spans, e.timeMs)) runs.push([e]);
    }
    for (const s of this.shapes.values()) {
      const spans = spansOf(s.template.computer);
      if (!spans?.length) continue;
      s.collect(spans, runs, times);
    }
    return runs;
  }

  /** Every event held, as `select` gives them (for tests and for callers that want them all). */
  all(): NormalizedEvent[] {
    return this.select(() => [[Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]]);
  }
}

function inside(spans: readonly (readonly [number, number])[], ms: number): boolean {
  const at = firstEndingAtOrAfter(spans, ms);
  return at < spans.length && spans[at][0] <= ms;
}

/** The first of `spans` (sorted, not overlapping) that ends at or after `ms`, or their count. */
function firstEndingAtOrAfter(spans: readonly (readonly [number, number])[], ms: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid][1] < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
