/**
 * One event record: decoded into an event (its BinXML fragments run through the compiled templates), or handed
 * to a sink as its System fields and values when its template has a plan; the work budgets of a record and a file.
 */
import type { InputWarning, NormalizedEvent, WarningCode } from '../../src/model/event.js';
import { recordIdFromHalves } from '../../src/model/record-id.js';
import { instantFromFiletime } from '../../src/model/time.js';
import {
  MAX_DEPTH,
  TOK_EOF,
  TOK_FRAGMENT_HEADER,
  TOK_OPEN_START,
  TOK_PI_DATA,
  TOK_PI_TARGET,
  TOK_TEMPLATE_INSTANCE,
  TreeParser,
  type XPart,
} from './binxml.js';
import type { ChunkOptions } from './chunk.js';
import { flushLeaves } from '../common/fields.js';
import { compileNodes, fitsPlan, NO_FIELDS, type RecordPlan } from './compile.js';
import {
  EMPTY_VALUES,
  NEED_ALL,
  NEED_SOME,
  NEED_UNDECIDED,
  place,
  spend,
  WorkBudgetError,
  type Ctx,
  type Place,
  type ValTable,
} from './compile-ops.js';
import { RawSystem } from './compile-system.js';
import { RecordValues, type RecordSink } from './record-sink.js';
import { countNodes, TemplateReader } from './templates.js';
import { VT_BINXML } from './values.js';
import { u8, u32 } from './bytes.js';
import { EvtxFormatError, fail } from './errors.js';

/** The event a record's context holds until one is made (never written: see `direct`). */
const NO_EVENT = {} as NormalizedEvent;

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
/**
 * @cache the places' compiled templates (their `cache`, under ROOT) are a pure function of a chunk's template
 * definitions, kept per place for the chunk being parsed and keyed by `generation` (chunk.ts).
 */
const ROOT = place('root', []);
/**
 * Where an Event template's embedded rest of the event is read (as a substitution among Event's children).
 * @cache as ROOT: its compiled templates are kept per chunk, keyed by `generation` (chunk.ts).
 */
const EVENT_REST = place('event', []);

/** Reads the event records of the chunk currently in `buf` (see ChunkParser, which finds them). */
export abstract class RecordReader extends TemplateReader {
  private readonly values = new RecordValues();
  private readonly raw = new RawSystem();
  /** Damage met by a record's attempt at its plan, said again when it is decoded as an event. */
  private carriedNote: string | undefined;
  private readonly embedFn: Ctx['embed'];
  private readonly ctx: Ctx;

  constructor(buf: Uint8Array, opts: ChunkOptions) {
    super(buf, opts);
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
  protected fileBytes = 0;

  protected warn(code: WarningCode, kind: InputWarning['kind'], chunkOffset: number, message: string): void {
    this.opts.warn({ code, file: this.opts.file, offset: this.fileOffset + chunkOffset, kind, message });
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
  protected readRecord(pos: number, size: number, events: NormalizedEvent[]): boolean {
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
}

/** The id in the record header at `pos`, or `?` when the chunk ends before it. */
export function safeRecordId(buf: Uint8Array, pos: number): string {
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
