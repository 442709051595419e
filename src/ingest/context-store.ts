/**
 * Context events held compactly: events analysis reads only when they fall near a connection attempt (a
 * Schannel flood on a busy server is millions of them). Events alike in everything but their time and
 * record id (channel, provider, event id, computer, fields, source file, user SID, message: a "shape")
 * share one entry; per shape only the times and record ids are kept, in typed arrays (18 bytes an event).
 * Which of them become event objects is decided after correlation (`select`), so those far from every
 * attempt never do. An event that does not fit (a record id that is not a safe integer, a time past year
 * 9999, a fields map too large to share, more shapes than the cap) is kept as a plain slim event instead:
 * nothing is lost.
 */
import type { EventSource, NormalizedEvent, Provider } from '../model/event.js';
import { compareRecordIds } from '../model/record-id.js';
import { timestampFromMs } from '../model/time.js';

/** Shapes kept at most (a log whose every event differs must not grow the map without bound). */
const MAX_SHAPES = 50_000;
/** Field maps with more entries are not shared (as `slim.ts`: their key would cost more than it saves). */
const MAX_SHARED_FIELDS = 8;
/** A shape's arrays grow by doubling up to this many events, then in pages of this many. */
const PAGE_BITS = 13;
const PAGE = 1 << PAGE_BITS;
const FIRST_CAPACITY = 4;
/** Times past what a Date can hold are not rebuilt. */
const MAX_MS = 8.64e15;

class Page {
  readonly ms: Float64Array;
  /** The 100 ns ticks within the millisecond. */
  readonly ticks: Uint16Array;
  /** NaN: no record id. */
  readonly ids: Float64Array;
  constructor(capacity: number) {
    this.ms = new Float64Array(capacity);
    this.ticks = new Uint16Array(capacity);
    this.ids = new Float64Array(capacity);
  }
}

class Shape {
  readonly pages: Page[] = [new Page(FIRST_CAPACITY)];
  count = 0;
  /** Position of its first event in timeline order (time, then record id). */
  first = 0;
  constructor(readonly template: NormalizedEvent) {}

  push(ms: number, ticks: number, id: number): void {
    const n = this.count;
    let page = this.pages[n >>> PAGE_BITS];
    const at = n & (PAGE - 1);
    if (page === undefined) this.pages.push((page = new Page(PAGE)));
    else if (at === page.ms.length) {
      // Only the first page grows (it is the last one, below PAGE events): doubled, copied.
      const grown = new Page(Math.min(page.ms.length * 2, PAGE));
      grown.ms.set(page.ms);
      grown.ticks.set(page.ticks);
      grown.ids.set(page.ids);
      this.pages[0] = page = grown;
    }
    page.ms[at] = ms;
    page.ticks[at] = ticks;
    page.ids[at] = id;
    this.count = n + 1;
    if (n > 0 && this.before(n, this.first)) this.first = n;
  }

  ms(i: number): number {
    return this.pages[i >>> PAGE_BITS].ms[i & (PAGE - 1)];
  }

  /** Does event `i` come before event `j` in timeline order (`compareEvents`: time, then record id)? */
  private before(i: number, j: number): boolean {
    const a = this.pages[i >>> PAGE_BITS];
    const b = this.pages[j >>> PAGE_BITS];
    const x = i & (PAGE - 1);
    const y = j & (PAGE - 1);
    if (a.ms[x] !== b.ms[y]) return a.ms[x] < b.ms[y];
    if (a.ticks[x] !== b.ticks[y]) return a.ticks[x] < b.ticks[y];
    return compareRecordIds(idOf(a.ids[x]), idOf(b.ids[y])) < 0;
  }

  /** Event `i` as the slim event it was stored from. */
  event(i: number, times = new Timestamps()): NormalizedEvent {
    const page = this.pages[i >>> PAGE_BITS];
    const at = i & (PAGE - 1);
    const t = this.template;
    const ms = page.ms[at];
    const e: NormalizedEvent = {
      timestamp: times.of(ms, page.ticks[at]),
      timeMs: ms,
      channel: t.channel,
      provider: t.provider,
      eventId: t.eventId,
      computer: t.computer,
      data: t.data,
      source: t.source,
      recordId: idOf(page.ids[at]),
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

const idOf = (id: number): number | undefined => (Number.isNaN(id) ? undefined : id);

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
  private lastKey = '';
  private lastShape: Shape | undefined;
  /** Events held. */
  size = 0;

  add(e: NormalizedEvent): void {
    this.size++;
    const ticks = this.ticksOf(e);
    const rid = e.recordId;
    const id = rid === undefined ? Number.NaN : typeof rid === 'number' && Number.isSafeInteger(rid) ? rid : undefined;
    const shape = ticks < 0 || id === undefined ? undefined : this.shapeOf(e);
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
    if (!(ticks >= 0 && Number.isInteger(ms) && Math.abs(ms) < MAX_MS && timestampFromMs(ms, ticks) === ts)) return -1;
    this.lastTimestamp = ts;
    this.lastMs = e.timeMs;
    this.lastTicks = ticks;
    return ticks;
  }

  private shapeOf(e: NormalizedEvent): Shape | undefined {
    const p = e.provider;
    let key = `${part(e.channel)}${part(p.name)}${optional(p.eventSourceName)}${e.eventId}:${part(e.computer)}${part(e.source.format)}${part(e.source.file)}${optional(e.userSid)}${optional(e.message)}`;
    let n = 0;
    for (const k in e.data) {
      if (++n > MAX_SHARED_FIELDS) return undefined;
      key += part(k) + part(e.data[k]);
    }
    if (key === this.lastKey && this.lastShape) return this.lastShape;
    let shape = this.shapes.get(key);
    if (shape === undefined) {
      if (this.shapes.size >= MAX_SHAPES) return undefined;
      const template = slimCopy(e, providerOf(p), { file: e.source.file, format: e.source.format });
      this.shapes.set(key, (shape = new Shape(template)));
    }
    this.lastKey = key;
    this.lastShape = shape;
    return shape;
  }

  /**
   * Each shape's first event (in timeline order) and every event kept whole: together they carry every
   * computer name and field value the store holds, each where it first appears.
   */
  firsts(): NormalizedEvent[] {
    const out = [...this.fallback];
    for (const s of this.shapes.values()) out.push(s.event(s.first));
    return out;
  }

  /**
   * The events whose time lies inside one of their computer's spans (`spansOf`: sorted, not overlapping,
   * both ends included; undefined for none), as event objects, in no particular order.
   */
  select(spansOf: (computer: string) => readonly (readonly [number, number])[] | undefined): NormalizedEvent[] {
    const out: NormalizedEvent[] = [];
    for (const e of this.fallback) {
      const spans = spansOf(e.computer);
      if (spans && inside(spans, e.timeMs)) out.push(e);
    }
    const times = new Timestamps();
    for (const s of this.shapes.values()) {
      const spans = spansOf(s.template.computer);
      if (!spans?.length) continue;
      for (let i = 0; i < s.count; i++) if (inside(spans, s.ms(i))) out.push(s.event(i, times));
    }
    return out;
  }

  /** Every event held, as `select` gives them (for tests and for callers that want them all). */
  all(): NormalizedEvent[] {
    return this.select(() => [[Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]]);
  }
}

function inside(spans: readonly (readonly [number, number])[], ms: number): boolean {
  let lo = 0;
  let hi = spans.length;
  // The first span that ends at or after `ms`.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid][1] < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo][0] <= ms;
}
