/**
 * The dump path's side of a chunk parse: the sink a record is handed to as its System fields and values
 * (`RecordSink`), and those values read as its plan's fields (`RecordValues`).
 */
import type { NormalizedEvent } from '../../src/model/event.js';
import type { PlanField, RecordPlan } from './compile.js';
import { EMPTY_VALUES, type ValTable } from './compile-ops.js';
import type { RawSystem } from './compile-system.js';
import { renderScalar, VT_STRING, VT_UINT8, VT_UINT16, VT_UINT32 } from './values.js';
import { u32 } from './bytes.js';

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
