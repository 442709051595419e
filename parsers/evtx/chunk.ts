/**
 * One 64 KiB chunk: header checks, its templates (compiled once, reused by every record of the chunk)
 * and its event records → NormalizedEvents.
 */
import type { InputWarning, NormalizedEvent, WarningCode } from '../../src/model/event.js';
import type { FieldSelection } from '../../src/model/reader.js';
import { recordIdFromHalves } from '../../src/model/record-id.js';
import { instantFromFiletime } from '../../src/model/time.js';
import {
  K_ELEM,
  MAX_DEPTH,
  TOK_EOF,
  TOK_FRAGMENT_HEADER,
  TOK_OPEN_START,
  TOK_PI_DATA,
  TOK_PI_TARGET,
  TOK_TEMPLATE_INSTANCE,
  signature,
  TreeParser,
  type ChunkView,
  type XPart,
} from './binxml.js';
import { flushLeaves } from '../common/fields.js';
import { compileNodes, compileRecordPlan, fitsPlan, NO_FIELDS, type PlanField, type RecordPlan } from './compile.js';
import {
  NEED_ALL,
  NEED_SOME,
  NEED_UNDECIDED,
  place,
  spend,
  WorkBudgetError,
  type Ctx,
  type Mode,
  type Op,
  type Place,
  type ValTable,
} from './compile-ops.js';
import { RawSystem } from './compile-system.js';
import { renderScalar, VT_BINXML, VT_STRING, VT_UINT8, VT_UINT16, VT_UINT32 } from './values.js';
import { latin1, u8, u32 } from './bytes.js';
import { crc32 } from './crc32.js';
import { EvtxFormatError, fail } from './errors.js';

/** The event a record's context holds until one is made (never written: see `direct`). */
const NO_EVENT = {} as NormalizedEvent;

export const CHUNK_SIZE = 0x10000;
export const CHUNK_HEADER_SIZE = 512;
const RECORD_MAGIC = 0x00002a2a;
const MAX_SHARED_TEMPLATES = 4096;
/**
 * Work budgets (units: fragments, template nodes run, substitutions, array items). The largest real
 * record in the corpus (CAPI2, deep embedded BinXML) needs about 700 units: a record may spend
 * RECORD_WORK; once a file has spent FILE_WORK plus FILE_WORK_PER_BYTE per byte read, its records get
 * the SMALL_RECORD_WORK left, so a file of records each just under the budget ends in seconds too.
 */
export const RECORD_WORK = 100_000;
export const SMALL_RECORD_WORK = 10_000;
export const FILE_WORK = 1_000_000;
export const FILE_WORK_PER_BYTE = 4;
/** Work units of parsing and compiling one template (plus one per 4 bytes of its definition). */
const COMPILE_WORK = 50;
/**
 * @cache the places' compiled templates (their `cache`, under ROOT) are a pure function of a chunk's template
 * definitions, kept per place for the chunk being parsed and keyed by `generation` below.
 */
const ROOT = place('root', []);
/**
 * Where an Event template's embedded rest of the event is read (as a substitution among Event's children).
 * @cache as ROOT: its compiled templates are kept per chunk, keyed by `generation`.
 */
const EVENT_REST = place('event', []);
/** @cache a number each chunk parse takes once: no parse reads a template cached for another chunk. */
let generation = 0;
const CHUNK_MAGIC = [0x45, 0x6c, 0x66, 0x43, 0x68, 0x6e, 0x6b, 0x00]; // "ElfChnk\0"

export interface ChunkResult {
  events: NormalizedEvent[];
  skipped: number;
}

const EMPTY_VALUES: ValTable = { off: new Int32Array(0), len: new Int32Array(0), type: new Uint8Array(0), n: 0 };

/**
 * Takes a chunk's records in order, without the event of each where it can: a record whose template has a
 * plan (see RecordPlan) comes as its System fields and its values, to be written by the template's fixed
 * text; the others as events.
 */
export interface RecordSink {
  /** Writes the record; false when it cannot (it then comes again, as an event). */
  record(system: NormalizedEvent, plan: RecordPlan, values: RecordValues): boolean;
  /**
   * The same with the System fields raw (a plan's RawSystem: with ChunkOptions.systemFields, for the
   * templates whose System values are of the plain types); false when it cannot (it then comes as an event).
   */
  rawRecord(system: RawSystem, plan: RecordPlan, values: RecordValues): boolean;
  event(e: NormalizedEvent): void;
}

/** The substitution values of the record handed to a RecordSink, read as its plan's fields. */
export class RecordValues {
  buf: Uint8Array = new Uint8Array(0);
  v: ValTable = EMPTY_VALUES;
  /** Set by `utf16`: where the string's UTF-16LE code units lie in `buf`. */
  start = 0;
  end = 0;

  /**
   * Whether the field's value is a UTF-16 string; its code units (trailing NULs dropped) then lie in
   * `buf[start, end)`, to be written as they are unless they hold a CR or a surrogate (see `text`).
   */
  utf16(f: PlanField): boolean {
    const i = f.idx;
    const v = this.v;
    if (i < 0 || i >= v.n || v.type[i] !== VT_STRING) return false;
    const buf = this.buf;
    const off = v.off[i]!;
    let end = off + (v.len[i]! & ~1);
    if (end > buf.length) return false;
    while (end > off && buf[end - 1] === 0 && buf[end - 2] === 0) end -= 2;
    this.start = off;
    this.end = end;
    return true;
  }

  /**
   * The field's value when it is an unsigned whole number of 8 to 32 bits (written as digits, which need
   * no escaping, without making its text); -1 for any other value.
   */
  uint(f: PlanField): number {
    const i = f.idx;
    const v = this.v;
    if (i < 0 || i >= v.n) return -1;
    const type = v.type[i]!;
    const off = v.off[i]!;
    const len = v.len[i]!;
    const buf = this.buf;
    if (type === VT_UINT32) return len >= 4 && off + 4 <= buf.length ? u32(buf, off) : -1;
    if (type === VT_UINT16) return len >= 2 && off + 2 <= buf.length ? buf[off]! | (buf[off + 1]! << 8) : -1;
    if (type === VT_UINT8) return len >= 1 && off < buf.length ? buf[off]! : -1;
    return -1;
  }

  /** The field's value as the event's `data` holds it. */
  text(f: PlanField): string {
    const i = f.idx;
    const v = this.v;
    if (i < 0) return f.text;
    if (i >= v.n) return '';
    return renderScalar(this.buf, v.off[i]!, v.len[i]!, v.type[i]!);
  }
}

export interface ChunkOptions {
  file: string;
  warn: (w: InputWarning) => void;
  /** Decode only the fields the consumer reads (see FieldSelection). */
  select?: FieldSelection;
  /**
   * With `parseInto`: the System fields the sink reads of a record given by its plan, by event field name
   * (`provider.name`, `level`…); the others are left out. All when not given.
   */
  systemFields?: ReadonlySet<string>;
}

export function isChunkHeader(buf: Uint8Array): boolean {
  if (buf.length < 8) return false;
  for (let i = 0; i < 8; i++) if (buf[i] !== CHUNK_MAGIC[i]) return false;
  return true;
}

/** Grows-on-demand value tables, one per template-instance nesting depth. */
class ValPool {
  private readonly tables: ValTable[] = [];
  get(depth: number, n: number): ValTable {
    let t = this.tables[depth];
    if (!t || t.off.length < n) {
      const cap = Math.max(n, 64);
      t = { off: new Int32Array(cap), len: new Int32Array(cap), type: new Uint8Array(cap), n: 0 };
      this.tables[depth] = t;
    }
    t.n = n;
    return t;
  }
}

/** Parser of the chunk currently in `buf`; reset per chunk (templates and names live per chunk). */
export class ChunkParser implements ChunkView {
  buf: Uint8Array;
  end = 0;
  fileOffset = 0;
  names = new Map<number, string>();
  /** Identifies this parser's current chunk: template caches hanging on places are valid for it only. */
  private gen = 0;
  /** Compiled templates by structural signature, across the chunks of a file. */
  private readonly shared = new Map<string, Op>();
  private inProgress = new Set<number>();
  /** Where each template definition of the current chunk ends, as parsed (its data size may be damaged). */
  private readonly defEnds = new Map<number, number>();
  private readonly pool = new ValPool();
  /** The plan of each compiled root template (null: its records are decoded as events). */
  private readonly plans = new WeakMap<Op, RecordPlan | null>();
  /** Where records go instead of `events` while a chunk is parsed for a sink (see parseInto). */
  private sink: RecordSink | undefined;
  private readonly values = new RecordValues();
  private readonly raw = new RawSystem();
  /** Damage met by a record's attempt at its plan, said again when it is decoded as an event. */
  private carriedNote: string | undefined;
  /** The template and values of the instance read last (see readInstance). */
  private instanceOp: Op = () => {};
  private instanceValues: ValTable = EMPTY_VALUES;
  private readonly embedFn: Ctx['embed'];
  private readonly ctx: Ctx;

  constructor(
    buf: Uint8Array,
    private readonly opts: ChunkOptions,
  ) {
    this.buf = buf;
    this.embedFn = (c, off, len, where) => this.runFragment(c, off, off + len, where);
    this.ctx = {
      buf,
      ev: undefined as unknown as NormalizedEvent,
      data: {},
      pos: 0,
      depth: 0,
      hasTime: false,
      hasEventId: false,
      leaves: undefined,
      suffixes: undefined,
      embed: this.embedFn,
      work: 0,
      budget: RECORD_WORK,
      select: opts.select,
      need: NEED_ALL,
      only: undefined,
      note: undefined,
    };
  }

  /** Work spent by every record of the file so far, and the bytes of chunks parsed. */
  fileWork = 0;
  private fileBytes = 0;
  /** Work units of each compiled template (its node count). */
  private readonly weights = new WeakMap<Op, number>();
  /** The last template weighed and its weight (records in a row often share a template). */
  private weighed: Op | undefined;
  private weight = 1;

  private warn(code: WarningCode, kind: InputWarning['kind'], chunkOffset: number, message: string): void {
    this.opts.warn({ code, file: this.opts.file, offset: this.fileOffset + chunkOffset, kind, message });
  }

  /**
   * Parses the chunk held in `buf[0..length)` found at `fileOffset` into `sink` (see RecordSink); the
   * result's `events` stays empty. The caller has checked the magic.
   */
  parseInto(buf: Uint8Array, length: number, fileOffset: number, sink: RecordSink): ChunkResult {
    this.sink = this.opts.select ? undefined : sink;
    try {
      return this.parse(buf, length, fileOffset);
    } finally {
      this.sink = undefined;
    }
  }

  /**
   * Parses the chunk held in `buf[0..length)` found at `fileOffset`. The caller has checked the magic.
   */
  parse(buf: Uint8Array, length: number, fileOffset: number): ChunkResult {
    this.buf = buf;
    this.fileOffset = fileOffset;
    this.names = new Map();
    this.gen = ++generation;
    this.inProgress.clear();
    this.defEnds.clear();
    this.fileBytes += length;
    const events: NormalizedEvent[] = [];
    let skipped = 0;

    if (length < CHUNK_HEADER_SIZE) {
      this.warn(
        'evtx-chunk-truncated',
        'skipped-chunk',
        0,
        `chunk truncated to ${length} bytes (file ends inside it); skipped`,
      );
      return { events, skipped: 1 };
    }
    if (length < CHUNK_SIZE)
      this.warn(
        'evtx-chunk-truncated',
        'format',
        0,
        `chunk truncated to ${length} bytes (file ends inside it); reading what is there`,
      );

    const freeSpace = this.checkedFreeSpace(length);
    this.end = length;

    let pos = CHUNK_HEADER_SIZE;
    while (pos + 24 <= freeSpace) {
      if (u32(buf, pos) !== RECORD_MAGIC) {
        if (isZero(buf, pos, freeSpace)) break;
        const next = findRecord(buf, pos + 1, freeSpace);
        this.warn(
          'evtx-gap',
          'format',
          pos,
          `no event record at 0x${pos.toString(16)} in chunk; skipping ${next - pos} bytes to the next record`,
        );
        pos = next;
        continue;
      }
      const size = u32(buf, pos + 4);
      // A record may run past a damaged free-space offset, not past the chunk.
      if (size < 28 || pos + size > length) {
        skipped++;
        const next = findRecord(buf, pos + 8, freeSpace);
        this.warn(
          'evtx-record-size',
          'skipped-record',
          pos,
          `event record ${safeRecordId(buf, pos)} has an invalid size (${size}); skipped`,
        );
        pos = next;
        continue;
      }
      if (!this.readRecord(pos, size, events)) skipped++;
      pos += size;
    }
    const past = this.readPastFreeSpace(pos, length, events);
    skipped += past.skipped;
    const beyond = past.read;
    if (beyond > 0) {
      this.warn(
        'evtx-free-space',
        'format',
        48,
        `chunk free-space offset 0x${freeSpace.toString(16)} ends before its records: ${beyond} more record(s) found after it and read`,
      );
    }
    return { events, skipped };
  }

  /** The chunk's free-space offset, checked (a bad one: the whole chunk), and its checksums checked, with warnings. */
  private checkedFreeSpace(length: number): number {
    const buf = this.buf;
    // Header checksum: bytes 0..120 and 128..512.
    const headerCrc = crc32(buf.subarray(128, 512), crc32(buf.subarray(0, 120)));
    if (headerCrc !== u32(buf, 124))
      this.warn('evtx-chunk-checksum', 'checksum', 124, 'chunk header checksum mismatch; reading its records anyway');
    const freeSpace = u32(buf, 48);
    if (freeSpace < CHUNK_HEADER_SIZE || freeSpace > CHUNK_SIZE) {
      this.warn(
        'evtx-free-space',
        'format',
        48,
        `chunk free-space offset 0x${freeSpace.toString(16)} is invalid; scanning the whole chunk`,
      );
      return length;
    }
    if (freeSpace > length) return length;
    const dataCrc = crc32(buf.subarray(CHUNK_HEADER_SIZE, freeSpace));
    if (dataCrc !== u32(buf, 52))
      this.warn('evtx-chunk-checksum', 'checksum', 52, 'chunk records checksum mismatch; reading its records anyway');
    return freeSpace;
  }

  /**
   * Records past the free-space offset, from `from`: a damaged offset must not hide them. Only whole records (size
   * copy matches) whose id lies in the chunk header's range count; stale slack from an earlier use of the chunk
   * has older ids.
   */
  private readPastFreeSpace(
    from: number,
    length: number,
    events: NormalizedEvent[],
  ): { read: number; skipped: number } {
    const buf = this.buf;
    const firstId = u32(buf, 12) * 4294967296 + u32(buf, 8);
    const lastId = u32(buf, 20) * 4294967296 + u32(buf, 16);
    let read = 0;
    let skipped = 0;
    for (let p = findRecord(buf, from, length); p + 24 <= length; p = findRecord(buf, p, length)) {
      const size = u32(buf, p + 4);
      const id = u32(buf, p + 12) * 4294967296 + u32(buf, p + 8);
      if (size < 28 || p + size > length || u32(buf, p + size - 4) !== size || id < firstId || id > lastId) {
        p += 8;
        continue;
      }
      if (this.readRecord(p, size, events)) read++;
      else skipped++;
      p += size;
    }
    return { read, skipped };
  }

  /** The names last found to be text (records in a row share their channel and provider). */
  private textNames: [string, string] = ['', ''];

  /** isNameText, remembering the last two names that pass. */
  private isNameText(name: string): boolean {
    const known = this.textNames;
    if (name === known[0] || name === known[1]) return true;
    if (!isNameText(name)) return false;
    known[1] = known[0];
    known[0] = name;
    return true;
  }

  /** Decodes the record at `pos` into `events`; false (with a warning) when it cannot be read. */
  private readRecord(pos: number, size: number, events: NormalizedEvent[]): boolean {
    const buf = this.buf;
    try {
      const sink = this.sink;
      const ev = sink && this.direct(pos, size, sink) ? undefined : this.parseRecord(pos, size);
      const copy = u32(buf, pos + size - 4);
      const note = this.ctx.note;
      // Damage worked around inside a record that is also torn (size copy never written) is garbage.
      if (note && copy !== size) fail(note, pos);
      // A channel or provider name holding control characters is bytes of a damaged chunk read as a name:
      // it would become a log of its own. (Windows names logs and providers in printable text.)
      if (ev && (!this.isNameText(ev.channel) || !this.isNameText(ev.provider.name)))
        fail('its channel or provider name is not text (damaged record)', pos);
      if (ev === undefined) {
        // written by the sink
      } else if (sink) sink.event(ev);
      else events.push(ev);
      if (note)
        this.warn(
          'evtx-record-repaired',
          'format',
          pos,
          `event record ${safeRecordId(buf, pos)}: ${note}; read anyway`,
        );
      // A record whose trailing size copy was never written (log copied while being written) still
      // parses: keep it, but say so.
      if (copy !== size) {
        this.warn(
          'evtx-record-torn',
          'format',
          pos,
          `event record ${safeRecordId(buf, pos)}: trailing size copy ${copy} differs from its size ${size} (record possibly incomplete); read anyway`,
        );
      }
      return true;
    } catch (err) {
      if (!(err instanceof EvtxFormatError) && !(err instanceof RangeError) && !(err instanceof WorkBudgetError))
        throw err;
      const id = safeRecordId(buf, pos);
      const at = err instanceof EvtxFormatError ? err.chunkOffset : pos;
      this.warn(
        err instanceof WorkBudgetError ? 'evtx-work-budget' : 'evtx-record-unreadable',
        'skipped-record',
        pos,
        `event record ${id} unreadable (${err.message} at file offset ${this.fileOffset + at}); skipped`,
      );
      return false;
    }
  }

  /**
   * Hands the record at `pos` to the sink as its System fields and values, when its template has a plan
   * and the values fit it; false when it is to be decoded as an event (which meets the same damage, if any).
   */
  private direct(pos: number, size: number, sink: RecordSink): boolean {
    const buf = this.buf;
    const end = pos + size - 4;
    let p = pos + 24;
    if (p < end && buf[p] === TOK_FRAGMENT_HEADER) p += 4;
    if (p >= end || buf[p] !== TOK_TEMPLATE_INSTANCE) return false;
    // The event is made only when the System block goes through its op (not for a RawSystem).
    const c = this.resetContext(NO_EVENT, NEED_ALL);
    // As runFragment and templateInstance count it, so the file's work is the same either way.
    c.depth = 1;
    let after: number;
    try {
      spend(c, 1);
      after = this.readInstance(c, p, end, ROOT);
    } catch (err) {
      if (!(err instanceof EvtxFormatError) && !(err instanceof RangeError) && !(err instanceof WorkBudgetError))
        throw err;
      return false;
    }
    const v = this.instanceValues;
    let rest: ValTable | undefined;
    try {
      const plan = this.plans.get(this.instanceOp);
      if (!plan?.system || c.note !== undefined || (after < end && buf[after] !== TOK_EOF)) return false;
      let fields = plan;
      let values = v;
      const embed = plan.embed;
      if (embed < 0) {
        if (!fitsPlan(plan, v)) return false;
      } else if (embed < v.n && v.type[embed] === VT_BINXML) {
        // The rest of the event: one template instance of its own (as runFragment reads it, one level down).
        const from = v.off[embed]!;
        const to = from + v.len[embed]!;
        c.depth = 2;
        spend(c, 1);
        let q = from;
        if (q < to && buf[q] === TOK_FRAGMENT_HEADER) q += 4;
        if (q >= to || buf[q] !== TOK_TEMPLATE_INSTANCE) return false;
        const stop = this.readInstance(c, q, to, EVENT_REST);
        rest = this.instanceValues;
        const inner = this.plans.get(this.instanceOp);
        if (!inner || c.note !== undefined || (stop < to && buf[stop] !== TOK_EOF) || !fitsPlan(inner, rest))
          return false;
        fields = inner;
        values = rest;
      } else fields = NO_FIELDS;
      const view = this.values;
      view.buf = buf;
      view.v = values;
      if (!this.systemToSink(pos, plan, v, fields, view, sink)) return false;
      this.fileWork += c.work;
      return true;
    } catch (err) {
      if (!(err instanceof EvtxFormatError) && !(err instanceof RangeError) && !(err instanceof WorkBudgetError))
        throw err;
      return false;
    } finally {
      // A record decoded again as an event says the damage its templates' compiling met (compiled once).
      this.carriedNote = c.note;
      v.n = 0;
      if (rest) rest.n = 0;
      c.depth = 0;
    }
  }

  /**
   * Hands the record at `pos` to the sink (see `direct`): its System block raw when its plan can read it so, else
   * as an event; false when the sink is to get it as a decoded event.
   */
  private systemToSink(
    pos: number,
    plan: RecordPlan,
    v: ValTable,
    fields: RecordPlan,
    view: RecordValues,
    sink: RecordSink,
  ): boolean {
    const buf = this.buf;
    const raw = this.raw;
    if (plan.raw?.(buf, v, raw)) {
      if (raw.eventId < 0) return false;
      // The record header's time and id where the System block gives none (as finishRecord).
      if (raw.timeLo < 0) {
        raw.timeLo = u32(buf, pos + 16);
        raw.timeHi = u32(buf, pos + 20);
      }
      if (raw.recordLo < 0) {
        raw.recordLo = u32(buf, pos + 8);
        raw.recordHi = u32(buf, pos + 12);
      }
      return sink.rawRecord(raw, fields, view);
    }
    const c = this.ctx;
    const ev = this.newEvent(pos);
    c.ev = ev;
    c.data = ev.data;
    plan.system!(c, v);
    if (!c.hasEventId) return false;
    this.finishRecord(ev, pos);
    return sink.record(ev, fields, view);
  }

  private parseRecord(pos: number, size: number): NormalizedEvent {
    const select = this.opts.select;
    const ev = this.decodeRecord(pos, size, select ? NEED_UNDECIDED : NEED_ALL);
    // Decoded with some fields only: decoded again, whole, when those fields show it is wanted.
    if (this.ctx.need === NEED_SOME && select!.whole(ev)) return this.decodeRecord(pos, size, NEED_ALL);
    return ev;
  }

  private decodeRecord(pos: number, size: number, need: number): NormalizedEvent {
    const ev = this.newEvent(pos);
    const c = this.resetContext(ev, need);
    c.note = this.carriedNote;
    this.carriedNote = undefined;
    try {
      this.runFragment(c, pos + 24, pos + size - 4, ROOT);
    } finally {
      this.fileWork += c.work;
    }
    if (c.leaves) flushLeaves(ev.data, c.leaves);
    if (!c.hasEventId) fail('event without an EventID', pos + 24);
    this.finishRecord(ev, pos);
    return ev;
  }

  /**
   * An event with every field the record may set declared, so events are made whole at once (one object
   * shape, no property store grown field by field); absent ones stay undefined.
   */
  private newEvent(pos: number): NormalizedEvent {
    return {
      timestamp: '',
      timeMs: 0,
      channel: '',
      provider: { name: '', guid: undefined, eventSourceName: undefined },
      eventId: 0,
      qualifiers: undefined,
      version: undefined,
      level: undefined,
      task: undefined,
      opcode: undefined,
      keywords: undefined,
      recordId: undefined,
      computer: '',
      processId: undefined,
      threadId: undefined,
      userSid: undefined,
      activityId: undefined,
      relatedActivityId: undefined,
      data: {},
      message: undefined,
      source: { file: this.opts.file, format: 'evtx', offset: this.fileOffset + pos },
    };
  }

  /** The decoding context, set for a new record. */
  private resetContext(ev: NormalizedEvent, need: number): Ctx {
    const c = this.ctx;
    c.buf = this.buf;
    c.ev = ev;
    c.data = ev.data;
    c.pos = 0;
    c.depth = 0;
    c.hasTime = false;
    c.hasEventId = false;
    c.leaves = undefined;
    c.suffixes = undefined;
    c.need = need;
    c.only = undefined;
    c.work = 0;
    c.note = undefined;
    c.budget = this.fileWork > FILE_WORK + FILE_WORK_PER_BYTE * this.fileBytes ? SMALL_RECORD_WORK : RECORD_WORK;
    return c;
  }

  /** The record header's time and id where the record's System block gives none. */
  private finishRecord(ev: NormalizedEvent, pos: number): void {
    const buf = this.buf;
    if (!this.ctx.hasTime) {
      const i = instantFromFiletime(u32(buf, pos + 16), u32(buf, pos + 20));
      ev.timestamp = i.iso;
      ev.timeMs = i.ms;
    }
    if (ev.recordId === undefined) ev.recordId = recordIdFromHalves(u32(buf, pos + 8), u32(buf, pos + 12));
  }

  /** Runs a BinXML fragment (record body or embedded value) at [pos, end) in the given mode. */
  runFragment(c: Ctx, pos: number, end: number, where: Place): void {
    if (++c.depth > MAX_DEPTH) fail(`BinXML nested deeper than ${MAX_DEPTH} levels`, pos);
    spend(c, 1);
    const buf = this.buf;
    while (pos < end) {
      const tok = u8(buf, pos);
      if (tok === TOK_FRAGMENT_HEADER) {
        pos += 4;
      } else if (tok === TOK_TEMPLATE_INSTANCE) {
        pos = this.templateInstance(c, pos, end, where);
      } else if ((tok & 0xbf) === TOK_OPEN_START) {
        // Flat BinXML (no template): parse this record's tree and run it once.
        const parser = new TreeParser(this, end);
        const nodes: XPart[] = [];
        const r = parser.parseElement(pos, c.depth);
        nodes.push(r[0]);
        pos = r[1];
        if (parser.damaged) c.note ??= parser.damaged;
        spend(c, countNodes(nodes));
        compileNodes(nodes, where.mode, where.path)(c, EMPTY_VALUES);
      } else if (tok === TOK_EOF) {
        break;
      } else if (tok === TOK_PI_TARGET || tok === TOK_PI_DATA) {
        const parser = new TreeParser(this, end);
        pos = parser.parseContent(pos, c.depth, []);
        if (buf[pos] !== TOK_EOF) pos++;
      } else if (c.hasEventId) {
        // Garbage after a complete event (damaged trailing bytes): keep what was read.
        c.note ??= `unexpected BinXML token 0x${tok.toString(16)} after the event at 0x${pos.toString(16)}; the rest of the record ignored`;
        break;
      } else {
        fail(`unexpected BinXML token 0x${tok.toString(16)} at fragment level`, pos);
      }
    }
    c.depth--;
  }

  private templateInstance(c: Ctx, pos: number, end: number, where: Place): number {
    const valuePos = this.readInstance(c, pos, end, where);
    const v = this.instanceValues;
    this.instanceOp(c, v);
    v.n = 0;
    return valuePos;
  }

  /**
   * Reads the template instance at `pos`: its compiled template (`instanceOp`, compiled on first use) and
   * its substitution values (`instanceValues`); returns where the instance ends.
   */
  private readInstance(c: Ctx, pos: number, end: number, where: Place): number {
    const buf = this.buf;
    if (pos + 10 > end) fail('truncated template instance', pos);
    const defOffset = u32(buf, pos + 6);
    pos += 10;
    const inline = defOffset === pos;
    if (inline && pos + 24 > end) fail('truncated template definition', pos);
    const op = this.template(c, defOffset, where);
    if (inline) {
      // Definition inline: next-offset u32, GUID, data size u32, BinXML (its end as parsed). The end by its data
      // size is worked out every time, not only when no parse said it (a copy met again, compiled for an earlier
      // chunk): a sum the optimized code first meets later throws it away, and it is optimized again.
      const bySize = pos + 24 + u32(buf, pos + 20);
      pos = this.defEnds.get(defOffset) ?? bySize;
      if (pos > end) fail('template definition overruns its record', defOffset);
    }
    if (op !== this.weighed) {
      this.weighed = op;
      this.weight = this.weights.get(op) ?? 1;
    }
    spend(c, 1 + this.weight);
    // Substitution array: count, then (size u16, type u8, pad u8) each, then the values.
    if (pos + 4 > end) fail('truncated substitution array', pos);
    const n = u32(buf, pos);
    pos += 4;
    if (n > (end - pos) / 4) fail(`substitution count ${n} overruns the record`, pos - 4);
    spend(c, n);
    const v = this.pool.get(c.depth, n);
    let valuePos = pos + n * 4;
    const { off, len, type } = v;
    // The descriptors lie inside the record (checked above), so inside buf: read unchecked.
    if (end > buf.length) u8(buf, end - 1);
    for (let i = 0, d = pos; i < n; i++, d += 4) {
      const size = buf[d]! | (buf[d + 1]! << 8);
      // A damaged size: the values it pushes past the record are left out (empty), the others are read.
      const fits = valuePos + size <= end;
      off[i] = valuePos;
      len[i] = fits ? size : 0;
      type[i] = fits ? buf[d + 2]! : 0;
      valuePos += size;
    }
    if (valuePos > end) {
      valuePos = end;
      c.note ??= 'substitution value sizes overrun the record; the values past its end are left empty';
    }
    this.instanceOp = op;
    this.instanceValues = v;
    return valuePos;
  }

  /** The compiled template at `defOffset` (chunk-relative), compiling it on first use. */
  private template(c: Ctx, defOffset: number, where: Place): Op {
    // Each place keeps the templates of the current chunk (`gen` identifies parser + chunk).
    let cache = where.cache;
    if (where.gen !== this.gen || !cache) {
      cache = new Map();
      where.cache = cache;
      where.gen = this.gen;
      where.lastDef = -1;
    } else if (where.lastDef === defOffset) return where.lastOp!;
    const cached = cache.get(defOffset);
    if (cached) {
      where.lastDef = defOffset;
      where.lastOp = cached;
      return cached;
    }
    const { mode, path } = where;
    if (defOffset < CHUNK_HEADER_SIZE || defOffset + 24 > this.end) {
      fail(`template definition offset 0x${defOffset.toString(16)} outside the chunk`, defOffset);
    }
    if (this.inProgress.has(defOffset)) fail(`template at 0x${defOffset.toString(16)} refers to itself`, defOffset);
    // Every chunk carries its own copy of each template (same GUID, same size): the copy compiled
    // for an earlier chunk is reused, so closures are compiled — and JIT-optimized — once per file.
    const dataSize0 = u32(this.buf, defOffset + 20);
    const guidKey = `${latin1(this.buf, defOffset + 4, defOffset + 20)}${dataSize0}|${where.key}`;
    const byGuid = this.shared.get(guidKey);
    if (byGuid && defOffset + 24 + dataSize0 <= this.end) {
      cache.set(defOffset, byGuid);
      return byGuid;
    }
    this.inProgress.add(defOffset);
    try {
      const dataSize = u32(this.buf, defOffset + 20);
      const bodyStart = defOffset + 24;
      // Parsing and compiling cost far more than running: counted per byte of definition.
      spend(c, COMPILE_WORK + (Math.min(dataSize, this.end - bodyStart) >> 2));
      let nodes: XPart[];
      let bodyEnd = bodyStart + dataSize;
      try {
        if (bodyEnd > this.end) fail(`template definition of ${dataSize} bytes overruns the chunk`, defOffset);
        const parsed = this.parseTemplateBody(bodyStart, bodyEnd);
        nodes = parsed[0];
        if (parsed[2]) c.note ??= parsed[2];
      } catch (err) {
        if (!(err instanceof EvtxFormatError)) throw err;
        // A damaged data size: the body ends at its end-of-fragment token (as omerbenamram/evtx reads it).
        const r = this.parseTemplateBody(bodyStart, this.end);
        if (r[1] < 0) throw err;
        nodes = r[0];
        bodyEnd = r[1];
        c.note ??= `template at 0x${defOffset.toString(16)} has a wrong data size (${dataSize}; its body is ${bodyEnd - bodyStart} bytes)`;
      }
      this.defEnds.set(defOffset, bodyEnd);
      // Every chunk carries its own copy of each template: share the compiled closures between
      // structurally identical copies, so they are compiled (and optimized by the JIT) once per file.
      const sig = `${where.key}|${signature(nodes)}`;
      let op = this.shared.get(sig);
      if (!op) {
        if (this.shared.size >= MAX_SHARED_TEMPLATES) this.shared.clear();
        const root = mode === 'root' || (mode === 'event' && path.length === 0);
        const plan = root ? (compileRecordPlan(nodes, mode, this.opts.systemFields) ?? null) : null;
        // Parsed for a sink, a template with a plan runs as an event only for the records its plan cannot
        // take (rare): its closures are made then, not for every template of the file.
        op = plan && this.sink ? lazyOp(nodes, mode, path) : compileNodes(nodes, mode, path);
        this.weights.set(op, countNodes(nodes));
        if (root) this.plans.set(op, plan);
        this.shared.set(sig, op);
      }
      this.shared.set(guidKey, op);
      cache.set(defOffset, op);
      return op;
    } finally {
      this.inProgress.delete(defOffset);
    }
  }

  /**
   * Parses a template body in [start, limit). Returns its nodes, the position after its end-of-fragment
   * token (-1 when it ran to `limit` without one) and the damage read past, if any.
   */
  private parseTemplateBody(start: number, limit: number): [XPart[], number, string | undefined] {
    const parser = new TreeParser(this, limit);
    const nodes: XPart[] = [];
    let pos = start;
    while (pos < limit) {
      const tok = u8(this.buf, pos);
      if (tok === TOK_FRAGMENT_HEADER) pos += 4;
      else if ((tok & 0xbf) === TOK_OPEN_START) {
        const r = parser.parseElement(pos, 0);
        nodes.push(r[0]);
        pos = r[1];
      } else if (tok === TOK_EOF) return [nodes, pos + 1, parser.damaged];
      else if (tok === TOK_TEMPLATE_INSTANCE) fail('template definition contains a template instance', pos);
      else pos = parser.parseContent(pos, 0, nodes) + 1;
    }
    return [nodes, -1, parser.damaged];
  }
}

/** A template's op compiled on its first run (`compileNodes`: pure, so the same closures as compiled at once). */
function lazyOp(nodes: XPart[], mode: Mode, path: string[]): Op {
  let op: Op | undefined;
  return (c, v) => {
    op ??= compileNodes(nodes, mode, path);
    op(c, v);
  };
}

/** Elements, attributes, texts and substitutions of a tree: the work of running it once. */
function countNodes(nodes: readonly XPart[]): number {
  let n = 0;
  for (const node of nodes) {
    n++;
    if (node.k === K_ELEM) {
      for (const a of node.attrs) n += 1 + a.parts.length;
      n += countNodes(node.kids);
    }
  }
  return n;
}

function isZero(buf: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buf[i] !== 0) return false;
  return true;
}

/** Next `**\0\0` record magic at an 8-byte boundary at or after `from`, or `end`. */
function findRecord(buf: Uint8Array, from: number, end: number): number {
  let p = (from + 7) & ~7;
  for (; p + 24 <= end; p += 8) {
    if (buf[p] === 0x2a && buf[p + 1] === 0x2a && buf[p + 2] === 0 && buf[p + 3] === 0) return p;
  }
  return end;
}

function safeRecordId(buf: Uint8Array, pos: number): string {
  try {
    return String(u32(buf, pos + 12) * 4294967296 + u32(buf, pos + 8));
  } catch {
    return '?';
  }
}

/** A log or provider name as Windows writes them: no control character, no replacement character. */
function isNameText(name: string): boolean {
  return !/[\u0000-\u001f\u007f-\u009f\ufffd]/.test(name);
}
