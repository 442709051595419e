/**
 * A fleet's attempts put aside once their computer is done (src/pipeline/by-computer.ts), so a fleet's memory is not
 * its attempts': what only the report reads of an attempt (its records and logon tries, its ActivityIDs, connection
 * name and session id) and its events go to a `Spill` and are read back when asked, one attempt at a time; the
 * fields the fleet pass and the report read often stay in memory, in columns (`AttemptColumns`): numbers in typed
 * arrays, texts and the small parts many attempts have alike (how far it got, its server, no cause) once each.
 *
 * An attempt put aside is a handle that holds only its row; its prototype (one for every attempt of a run) reads
 * every field from the columns or the spill, in the order the attempt had them (`LAZY_FIELDS`, for what walks every
 * field). A field set on it later is kept in the columns too; set on a copy made with its prototype (the output
 * sanitizer's), it is the copy's own.
 *
 * Its events come back as copies, each naming its attempt (`EVENT_ATTEMPT`), but for those `held`: events that
 * something else of its computer's analysis names (evidence of causes and host findings, session takeovers…) stay
 * the same objects (`HELD_EVENTS`), so that what finds an event's attempt by the event finds it. Until the fleet
 * pass is over (`afterFleet`) `events` are those the fleet pass reads (`fleet`); after it, those the report reads.
 */
import type { DiagnosedAttempt } from '../diagnose/analyze.js';
import { EVIDENCE_EVENT, type RecordRef } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import {
  decodeEvents,
  decodeRecordRefs,
  type EncodedEvents,
  type EncodedRecordRefs,
  encodeEvents,
  encodeRecordRefs,
} from '../model/event-codec.js';
import { EVENT_ATTEMPT, HELD_EVENTS, LAZY_FIELDS, type Spill } from '../model/spill.js';

const ROW = Symbol('row');

/** An event put aside: the index of a held one, or the event itself. */
type Put = number | NormalizedEvent;

/** What the report reads of one attempt (a key only when the attempt has the field), as the spill keeps it. */
interface StoredBody extends Omit<Body, 'records' | 'events' | 'probeEvents'> {
  records?: EncodedRecordRefs | readonly RecordRef[];
  events?: EncodedEvents;
  probeEvents?: EncodedEvents;
}

/** What the report reads of one attempt (a key only when the attempt has the field). */
interface Body {
  records?: DiagnosedAttempt['records'];
  tries?: DiagnosedAttempt['tries'];
  activityIds?: DiagnosedAttempt['activityIds'];
  connectionName?: string;
  sessionId?: string;
  /**
   * The events the report reads, when they are not those the fleet pass reads: with `fleetAt`, only those the fleet
   * pass does not read (each event is put aside once), theirs going at those places among them.
   */
  events?: Put[];
  fleetAt?: number[];
  probeEvents?: NormalizedEvent[];
}

const NONE: readonly NormalizedEvent[] = Object.freeze([]);
const NO_HANDLE = 0xffffffff;

/** The fields put aside in the spill, of every attempt. */
const BODY_FIELDS = new Set(['records', 'tries', 'activityIds', 'connectionName', 'sessionId']);
/** Fields kept as a reference to a value kept once (`values`). */
const REF_FIELDS = [
  'causes',
  'computer',
  'side',
  'server',
  'connection',
  'clientEvents',
  'progress',
  'outcome',
  'mergedProbes',
  'user',
  'outcomeRule',
  'outcomeReason',
] as const;
const REF_COLUMN = new Map<string, number>(REF_FIELDS.map((k, i) => [k, i]));
/** The parts many attempts have alike, kept once by their fields (an empty list only: a cause list is its own). */
const ALIKE = new Set<string>(['progress', 'server', 'causes', 'clientEvents']);
const CLIENT_FIELDS = new Set(['address', 'name', 'port']);
/** The attempt's other fields, few attempts have: kept as they are (`extras`). */
const RARE_FIELDS = [
  'clientComputer',
  'clientDisconnectReason',
  'redirectedFrom',
  'via',
  'healthProbe',
  'takeover',
  'explicitCredentials',
  'trace',
] as const;

/** Every field an attempt put aside reads through its prototype. */
const KNOWN = new Set<string>([
  ...BODY_FIELDS,
  ...REF_FIELDS,
  ...RARE_FIELDS,
  'events',
  'probeEvents',
  'id',
  'start',
  'end',
  'startMs',
  'endMs',
  'client',
]);

/** Each of them by a number (`AttemptColumns.shapeHas`). */
const KNOWN_NUMBER = new Map<string, number>([...KNOWN].map((k, i) => [k, i]));

/** Reads a field of a row (`a` its handle). */
type Reader = (row: number, a: DiagnosedAttempt) => unknown;

/** Fixed-width ISO 8601 with 100 ns digits (`src/model/time.ts`): its first 23 characters are its milliseconds'. */
const TICKS_RAW = -1;

/** A typed array that grows. */
class Column<T extends Float64Array | Uint32Array | Int16Array | Uint16Array | Uint8Array> {
  constructor(
    public data: T,
    private readonly fill: number,
  ) {
    data.fill(fill);
  }
  set(row: number, value: number): void {
    if (row >= this.data.length) {
      const grown = new (this.data.constructor as new (n: number) => T)(Math.max(2 * this.data.length, row + 1));
      grown.fill(this.fill);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[row] = value;
  }
  get(row: number): number {
    return row < this.data.length ? this.data[row]! : this.fill;
  }
}

const f64 = (fill = Number.NaN) => new Column(new Float64Array(1024), fill);
const u32 = (fill = NO_HANDLE) => new Column(new Uint32Array(1024), fill);

/** The attempts' fields, a row each. */
class AttemptColumns {
  readonly body = u32();
  readonly fleet = u32();
  readonly startMs = f64();
  readonly endMs = f64();
  readonly startTicks = new Column(new Int16Array(1024), TICKS_RAW);
  readonly endTicks = new Column(new Int16Array(1024), TICKS_RAW);
  readonly id = f64();
  readonly refs = REF_FIELDS.map(() => u32());
  readonly clientShape = u32();
  readonly clientAddress = u32();
  readonly clientName = u32();
  readonly clientPort = f64();
  /** Each row's field names in order (an index into `shapes`). */
  readonly shape = u32();
  /** Fields of a row kept as they are (rare ones, or values the columns do not hold); `hasExtras` 1 for its rows. */
  readonly extras = new Map<number, Record<string, unknown>>();
  readonly hasExtras = new Column(new Uint8Array(1024), 0);
  readonly held = new Map<number, readonly NormalizedEvent[]>();
  /** Values kept once: texts, numbers, the parts many attempts have alike; and lists of their own. */
  private readonly values: unknown[] = [undefined];
  private readonly valueIndex = new Map<unknown, number>([[undefined, 0]]);
  private readonly alike = new Map<string, number>();
  readonly shapes: (readonly string[])[] = [];
  readonly shapeSets: ReadonlySet<string>[] = [];
  /** Of each shape, 1 for each field it has that the prototype reads (by `KNOWN_NUMBER`). */
  private readonly shapeKnown: Uint8Array[] = [];
  private readonly shapeIndex = new Map<string, number>();

  shapeOf(keys: readonly string[]): number {
    const key = keys.join('\u0000');
    let at = this.shapeIndex.get(key);
    if (at === undefined) {
      at = this.shapes.push(Object.freeze([...keys])) - 1;
      this.shapeSets.push(new Set(keys));
      const known = new Uint8Array(KNOWN_NUMBER.size);
      for (const k of keys) if (KNOWN_NUMBER.has(k)) known[KNOWN_NUMBER.get(k)!] = 1;
      this.shapeKnown.push(known);
      this.shapeIndex.set(key, at);
    }
    return at;
  }

  /** Has the row the field numbered `known` (`KNOWN_NUMBER`)? */
  shapeHas(row: number, known: number): boolean {
    return this.shapeKnown[this.shape.get(row)]![known] === 1;
  }

  /** A value kept once when it is a primitive or alike, else as its own. */
  ref(value: unknown, alike: boolean): number {
    if (typeof value !== 'object' || value === null) {
      let at = this.valueIndex.get(value);
      if (at === undefined) {
        at = this.values.push(value) - 1;
        this.valueIndex.set(value, at);
      }
      return at;
    }
    if (alike && (!Array.isArray(value) || value.length === 0)) {
      // Each field by name, type and value, in order: alike only when nothing could tell them apart.
      const key = `${Array.isArray(value)}\u0000${Object.entries(value)
        .map(([k, v]) => `${k}\u0001${typeof v}\u0001${String(v)}`)
        .join('\u0000')}`;
      let at = this.alike.get(key);
      if (at === undefined) {
        at = this.values.push(Object.freeze(value)) - 1;
        this.alike.set(key, at);
      }
      return at;
    }
    return this.values.push(value) - 1;
  }

  value(at: number): unknown {
    return this.values[at];
  }
}

/** A put-aside attempt's own: its row. */
type Handle = { [ROW]?: number };

export class SpilledAttempts {
  private reportPhase = false;
  private lastBody = -1;
  private body: Body = {};
  private lastFleet = -1;
  private fleetEvents: Put[] = [];
  private readonly columns = new AttemptColumns();
  private rows = 0;
  /** Makes a handle of a row, with the prototype that reads its fields. */
  private readonly handle: new (
    row: number,
  ) => DiagnosedAttempt;
  private readonly readers = new Map<string, Reader>();

  constructor(private readonly spill: Spill) {
    const store = this;
    const fields: PropertyDescriptorMap = {};
    for (const key of KNOWN) {
      const read = this.readerOf(key);
      this.readers.set(key, read);
      fields[key] = {
        get(this: Handle) {
          const row = this[ROW];
          return row === undefined ? undefined : read(row, this as DiagnosedAttempt);
        },
        set(this: Handle, value: unknown) {
          const row = Object.hasOwn(this, ROW) ? this[ROW] : undefined;
          if (row === undefined)
            Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
          else store.write(row, key, value);
        },
        enumerable: false,
        configurable: true,
      };
    }
    fields[HELD_EVENTS] = {
      get(this: Handle) {
        const row = this[ROW];
        if (row === undefined || store.columns.fleet.get(row) === NO_HANDLE) return undefined;
        // Its client's events stay in memory as they are.
        const held = store.columns.held.get(row) ?? NONE;
        const client = (this as DiagnosedAttempt).clientEvents;
        return client?.length ? [...held, ...client] : held;
      },
      enumerable: false,
      configurable: true,
    };
    fields[LAZY_FIELDS] = {
      get(this: Handle) {
        const row = this[ROW];
        return row === undefined ? [] : store.columns.shapes[store.columns.shape.get(row)];
      },
      enumerable: false,
      configurable: true,
    };
    function Handle(this: Handle, row: number) {
      this[ROW] = row;
    }
    Handle.prototype = Object.create(Object.prototype, fields);
    this.handle = Handle as unknown as new (row: number) => DiagnosedAttempt;
  }

  /**
   * The attempt with its records and tries put aside; with `fleet` (a subset of its events in their order, those
   * the fleet pass reads) its events too: `fleet` until `afterFleet`, then all of them (with `whole`: the report
   * shows every event of some attempts, known after the fleet pass) or `fleet` again; `held` (of its events) stay.
   */
  put(
    a: DiagnosedAttempt,
    events?: { fleet: readonly NormalizedEvent[]; whole: boolean; held: ReadonlySet<object> },
  ): DiagnosedAttempt {
    const c = this.columns;
    const row = this.rows++;
    const body: StoredBody = {};
    for (const key of BODY_FIELDS) {
      const value = (a as unknown as Record<string, unknown>)[key];
      if (value !== undefined) (body as Record<string, unknown>)[key] = value;
    }
    if (Array.isArray(body.records)) body.records = encodeRecordRefs(body.records);
    const keys = Object.keys(a);
    if (events) {
      const held = a.events.filter((e) => events.held.has(e));
      const at = new Map(held.map((e, i) => [e, i]));
      const put = (e: NormalizedEvent): Put => at.get(e) ?? e;
      if (events.whole) {
        const rest = notAmong(a.events, events.fleet);
        if (rest) {
          body.events = encodeEvents(rest.others.map(put));
          body.fleetAt = rest.at;
        } else body.events = encodeEvents(a.events.map(put));
        if (a.probeEvents.length) body.probeEvents = encodeEvents(a.probeEvents);
      }
      c.fleet.set(row, this.spill.put(JSON.stringify(encodeEvents(events.fleet.map(put)))));
      if (held.length) c.held.set(row, held);
    }
    c.body.set(row, this.spill.put(JSON.stringify(body)));
    c.shape.set(row, c.shapeOf(keys));
    const handle = new this.handle(row);
    const fields = a as unknown as Record<string, unknown>;
    // Times in ms first: the timestamps' text is made from them.
    for (const key of ['startMs', 'endMs']) if (key in fields) this.write(row, key, fields[key], false);
    for (const key of keys) {
      if (BODY_FIELDS.has(key) || key === 'startMs' || key === 'endMs') continue;
      if (events && (key === 'events' || key === 'probeEvents')) continue;
      if (KNOWN.has(key)) this.write(row, key, fields[key], false);
      else (handle as unknown as Record<string, unknown>)[key] = fields[key];
    }
    for (const key of Object.getOwnPropertySymbols(a))
      (handle as unknown as Record<symbol, unknown>)[key] = (a as unknown as Record<symbol, unknown>)[key];
    return handle;
  }

  /** Keeps `value` as the field `key` of `row`; `added`: the field may be new to the row. */
  private write(row: number, key: string, value: unknown, added = true): void {
    const c = this.columns;
    if (added) {
      const shape = c.shape.get(row);
      if (!c.shapeSets[shape]!.has(key)) c.shape.set(row, c.shapeOf([...c.shapes[shape]!, key]));
      // The 100 ns digits of its times follow their milliseconds: a time in ms set again keeps its text.
      if (key === 'startMs' || key === 'endMs') {
        const text = key === 'startMs' ? 'start' : 'end';
        const before = c.shapeSets[c.shape.get(row)]!.has(text)
          ? this.read(row, text, {} as DiagnosedAttempt)
          : undefined;
        this.write(row, key, value, false);
        if (before !== undefined) this.write(row, text, before, false);
        return;
      }
    }
    const extras = c.extras.get(row);
    if (extras && key in extras) delete extras[key];
    if (this.kept(row, key, value)) return;
    if (extras) extras[key] = value;
    else {
      c.extras.set(row, { [key]: value });
      c.hasExtras.set(row, 1);
    }
  }

  /** Keeps the value in a column when one holds it; false when it must be kept as it is. */
  private kept(row: number, key: string, value: unknown): boolean {
    const c = this.columns;
    const ref = REF_COLUMN.get(key);
    if (ref !== undefined) {
      c.refs[ref]!.set(row, c.ref(value, ALIKE.has(key)));
      return true;
    }
    switch (key) {
      case 'startMs':
      case 'endMs':
        if (typeof value !== 'number' || Number.isNaN(value)) return false;
        c[key].set(row, value);
        return true;
      case 'start':
      case 'end': {
        const ms = key === 'start' ? c.startMs.get(row) : c.endMs.get(row);
        const ticks = typeof value === 'string' ? ticksOf(value, ms) : TICKS_RAW;
        (key === 'start' ? c.startTicks : c.endTicks).set(row, ticks);
        return ticks !== TICKS_RAW;
      }
      case 'id': {
        const n = typeof value === 'string' ? attemptNumber(value) : undefined;
        c.id.set(row, n ?? Number.NaN);
        return n !== undefined;
      }
      case 'client': {
        if (!isPlainClient(value)) {
          c.clientShape.set(row, NO_HANDLE);
          return false;
        }
        c.clientShape.set(row, c.shapeOf(Object.keys(value)));
        c.clientAddress.set(row, c.ref(value.address, false));
        c.clientName.set(row, c.ref(value.name, false));
        c.clientPort.set(row, value.port ?? Number.NaN);
        return true;
      }
      default:
        return false;
    }
  }

  /** The field `key` of `row` (`a` its handle). */
  private read(row: number, key: string, a: DiagnosedAttempt): unknown {
    return this.readers.get(key)!(row, a);
  }

  /**
   * What reads the field `key` of a row, made once per field: the fleet pass and the report read fields of every
   * attempt many times over (a sort by start reads two per comparison).
   */
  private readerOf(key: string): Reader {
    const c = this.columns;
    const own = this.ownReaderOf(key);
    return (row, a) => {
      if (c.hasExtras.get(row) !== 0) {
        const extras = c.extras.get(row)!;
        if (key in extras) return extras[key];
      }
      return own(row, a);
    };
  }

  /** What reads the field `key` of a row from where `put` and `write` keep it, but for a value kept as it is. */
  private ownReaderOf(key: string): Reader {
    const c = this.columns;
    if (BODY_FIELDS.has(key)) return (row, a) => (this.bodyOf(row, a) as Record<string, unknown>)[key];
    if (key === 'probeEvents')
      return (row, a) => {
        if (c.fleet.get(row) === NO_HANDLE) return undefined;
        return ((this.reportPhase ? this.bodyOf(row, a).probeEvents : undefined) ?? []).slice();
      };
    if (key === 'events')
      return (row, a) => {
        if (c.fleet.get(row) === NO_HANDLE) return undefined;
        const held = c.held.get(row) ?? NONE;
        const body = this.reportPhase ? this.bodyOf(row, a) : undefined;
        const fleet = body?.events && !body.fleetAt ? undefined : this.fleetOf(row, a);
        const list = body?.events ? (fleet ? among(body.events, fleet, body.fleetAt!) : body.events) : fleet!;
        return list.map((e) => (typeof e === 'number' ? held[e]! : e));
      };
    const k = KNOWN_NUMBER.get(key)!;
    const inShape = (read: (row: number) => unknown): Reader => {
      return (row) => (c.shapeHas(row, k) ? read(row) : undefined);
    };
    const ref = REF_COLUMN.get(key);
    if (ref !== undefined) {
      const column = c.refs[ref]!;
      return inShape((row) => c.value(column.get(row)));
    }
    switch (key) {
      case 'startMs':
      case 'endMs': {
        const column = c[key];
        return inShape((row) => column.get(row));
      }
      case 'start':
        return inShape((row) => timestampOf(c.startMs.get(row), c.startTicks.get(row)));
      case 'end':
        return inShape((row) => timestampOf(c.endMs.get(row), c.endTicks.get(row)));
      case 'id':
        return inShape((row) => `A${String(c.id.get(row)).padStart(3, '0')}`);
      case 'client':
        return inShape((row) => {
          const client: Record<string, unknown> = {};
          for (const f of c.shapes[c.clientShape.get(row)]!)
            client[f] =
              f === 'port'
                ? c.clientPort.get(row)
                : c.value((f === 'address' ? c.clientAddress : c.clientName).get(row));
          return client;
        });
      default:
        return () => undefined;
    }
  }

  /** From now on the attempts show the events the report reads. */
  afterFleet(): void {
    this.reportPhase = true;
  }

  /** The last one read back is held: an attempt's fields are mostly asked for one after another. */
  private bodyOf(row: number, a: DiagnosedAttempt): Body {
    const handle = this.columns.body.get(row);
    if (handle !== this.lastBody) {
      const { records, events, probeEvents, ...rest } = JSON.parse(this.spill.get(handle)) as StoredBody;
      this.body = rest;
      if (records) this.body.records = decodeRecordRefs(records as EncodedRecordRefs | RecordRef[]);
      if (events) this.body.events = decodeEvents(events);
      if (probeEvents) this.body.probeEvents = decodeEvents(probeEvents) as NormalizedEvent[];
      this.lastBody = handle;
      owned(this.body.events, a);
      owned(this.body.probeEvents, a);
    }
    return this.body;
  }

  private fleetOf(row: number, a: DiagnosedAttempt): Put[] {
    const handle = this.columns.fleet.get(row);
    if (handle !== this.lastFleet) {
      this.fleetEvents = decodeEvents(JSON.parse(this.spill.get(handle)) as EncodedEvents);
      this.lastFleet = handle;
      owned(this.fleetEvents, a);
    }
    return this.fleetEvents;
  }
}

/**
 * `all` without `some` when `some` are some of its items in its order: the others and the places of `some` in `all`.
 */
function notAmong<T>(all: readonly T[], some: readonly T[]): { others: T[]; at: number[] } | undefined {
  const others: T[] = [];
  const at: number[] = [];
  for (let i = 0; i < all.length; i++)
    if (at.length < some.length && all[i] === some[at.length]) at.push(i);
    else others.push(all[i]!);
  return at.length === some.length ? { others, at } : undefined;
}

/** What `notAmong` took apart, together again: `some` at their places `at` among `others`. */
function among<T>(others: readonly T[], some: readonly T[], at: readonly number[]): T[] {
  const all: T[] = new Array(others.length + some.length);
  let o = 0;
  let s = 0;
  for (let i = 0; i < all.length; i++) all[i] = s < at.length && at[s] === i ? some[s++]! : others[o++]!;
  return all;
}

/** The 100 ns digits of a timestamp that its milliseconds give the rest of, or TICKS_RAW. */
function ticksOf(timestamp: string, ms: number): number {
  if (timestamp.length !== 28 || !Number.isFinite(ms)) return TICKS_RAW;
  const ticks = Number(timestamp.slice(23, 27));
  return Number.isInteger(ticks) && timestampOf(ms, ticks) === timestamp ? ticks : TICKS_RAW;
}

function timestampOf(ms: number, ticks: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}${String(ticks).padStart(4, '0')}Z`;
}

/** The number of an attempt id as `numberAttempts` writes it (`A001`), if it is one. */
function attemptNumber(id: string): number | undefined {
  const m = /^A(\d{3,15})$/.exec(id);
  if (!m) return undefined;
  const n = Number(m[1]);
  return String(n).padStart(3, '0') === m[1] ? n : undefined;
}

function isPlainClient(value: unknown): value is { address?: string; name?: string; port?: number } {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const [k, v] of Object.entries(value)) {
    if (!CLIENT_FIELDS.has(k)) return false;
    if (k === 'port' ? typeof v !== 'number' || Number.isNaN(v) : typeof v !== 'string') return false;
  }
  return Object.getOwnPropertySymbols(value).length === 0;
}

/** Events read back name their attempt. */
function owned(events: readonly Put[] | undefined, a: DiagnosedAttempt): void {
  for (const e of events ?? []) if (typeof e !== 'number') (e as { [EVENT_ATTEMPT]?: unknown })[EVENT_ATTEMPT] = a;
}

/**
 * The events of `attempts` that what else a computer's analysis found names: evidence of causes and host findings,
 * and the events of session takeovers, Remote Desktop switched on and tunnel tools, from which the fleet pass makes
 * findings. The report finds the attempt of such an event by the event itself, so it stays where it is.
 */
export function citedEvents(attempts: readonly DiagnosedAttempt[], others: readonly unknown[]): ReadonlySet<object> {
  const all = new Set<object>();
  for (const a of attempts)
    for (const list of [a.events, a.probeEvents, a.clientEvents]) for (const e of list) all.add(e);
  const skip = new Set<object>(attempts);
  const cited = new Set<object>();
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value) || skip.has(value)) return;
    seen.add(value);
    if (all.has(value)) {
      cited.add(value);
      return;
    }
    const evidenced = (value as { [EVIDENCE_EVENT]?: NormalizedEvent })[EVIDENCE_EVENT];
    if (evidenced && all.has(evidenced)) cited.add(evidenced);
    for (const v of Array.isArray(value) ? value : Object.values(value)) visit(v);
  };
  for (const a of attempts) visit(a.causes);
  for (const o of others) visit(o);
  return cited;
}
