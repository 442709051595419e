/**
 * What a compiled op is: the substitution values it reads (`ValTable`), the record context it writes (`Ctx`), the
 * work budget it spends, and the small combinators the compilers share.
 */
import { putField, type Leaf, type Suffixes } from '../common/fields.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import type { FieldSelection } from '../../src/model/reader.js';
import { u8, u16, u32 } from './bytes.js';
import { K_SUBST, K_TEXT, type XAttr, type XElem, type XPart, type XSubst, type XText } from './binxml.js';
import {
  numberValue,
  renderArray,
  renderScalar,
  VT_ARRAY,
  VT_BINXML,
  VT_HEX32,
  VT_HEX64,
  VT_NULL,
  VT_STRING,
  VT_UINT16,
  VT_UINT32,
  VT_UINT64,
  VT_UINT8,
} from './values.js';

/** The substitution values of one template instance: offsets/sizes/types in the chunk buffer. */
export interface ValTable {
  off: Int32Array;
  len: Int32Array;
  type: Uint8Array;
  n: number;
}

/** The values of an instance with none (a flat BinXML record's, a sink's before its first record). */
export const EMPTY_VALUES: ValTable = { off: new Int32Array(0), len: new Int32Array(0), type: new Uint8Array(0), n: 0 };

/** The type of substitution `i`: VT_NULL when the record has no such value (fewer than the template uses). */
export function typeAt(v: ValTable, i: number): number {
  return i < v.n ? (v.type[i] ?? VT_NULL) : VT_NULL;
}

/** Where substitution `i`'s bytes start (0 when the record has no such value; its length is then 0). */
export function offAt(v: ValTable, i: number): number {
  return i < v.n ? (v.off[i] ?? 0) : 0;
}

/** How many bytes substitution `i` has: 0 when the record has no such value. */
export function lenAt(v: ValTable, i: number): number {
  return i < v.n ? (v.len[i] ?? 0) : 0;
}

export type Mode = 'root' | 'event' | 'system' | 'eventdata' | 'leaves' | 'rendering';

/** Where embedded BinXML lands: the mode and element path it is compiled for, with a cache key. */
export interface Place {
  mode: Mode;
  path: string[];
  key: string;
  /** Compiled templates of one chunk for this place, by definition offset (see ChunkParser). */
  cache: Map<number, Op> | undefined;
  gen: number;
  /** The last template found in `cache` (records in a row often share one). */
  lastDef: number;
  lastOp: Op | undefined;
}

export function place(mode: Mode, path: string[]): Place {
  return { mode, path, key: `${mode}|${path.join('/')}`, cache: undefined, gen: -1, lastDef: -1, lastOp: undefined };
}

const TWO_POW_32 = 4294967296;

/** A number from an integer value: the common widths inline, the rest via numberValue. */
export function num(buf: Uint8Array, off: number, len: number, t: number): number | undefined {
  if (t === VT_UINT16 && len >= 2) return u16(buf, off);
  if (t === VT_UINT8 && len >= 1) return u8(buf, off);
  if ((t === VT_UINT32 || t === VT_HEX32) && len >= 4) return u32(buf, off);
  if ((t === VT_UINT64 || t === VT_HEX64) && len >= 8) return u32(buf, off + 4) * TWO_POW_32 + u32(buf, off);
  return numberValue(buf, off, len, t);
}

/** Per-record state the compiled closures write into. */
export interface Ctx {
  buf: Uint8Array;
  ev: NormalizedEvent;
  data: Record<string, string>;
  /** Position of the next EventData child (for `Data[i]` / `Binary[i]` keys). */
  pos: number;
  depth: number;
  /** Set when TimeCreated was found. */
  hasTime: boolean;
  hasEventId: boolean;
  /** UserData leaves of the record, in document order (see `flushLeaves`). */
  leaves: Leaf[] | undefined;
  /** Suffix counters of repeated EventData keys (created on the first repeat). */
  suffixes: Suffixes | undefined;
  /** Runs embedded BinXML (value type 0x21) in the given mode; supplied by the record reader. */
  embed: (c: Ctx, off: number, len: number, where: Place) => void;
  /**
   * Work spent on this record (fragments, template nodes, substitutions, array items): embedded BinXML
   * can reference itself several times per level, so depth alone does not bound the work.
   */
  work: number;
  /** Work this record may spend before it is skipped (see ChunkParser). */
  budget: number;
  /** Which fields the consumer reads (none given: all). */
  select: FieldSelection | undefined;
  /** What this record decodes: NEED_UNDECIDED until its first field, once its System block is known. */
  need: number;
  /** With NEED_SOME: the names decoded. */
  only: ReadonlySet<string> | undefined;
  /** Damage met and worked around while decoding this record (warned about once it is read). */
  note: string | undefined;
}

export const NEED_UNDECIDED = 0;
export const NEED_ALL = 1;
export const NEED_NONE = 2;
export const NEED_SOME = 3;

/** Which fields this record decodes, asked once its System block is known (System precedes the fields). */
export function need(c: Ctx): number {
  if (c.need !== NEED_UNDECIDED) return c.need;
  // Without an event id or time yet, nothing sure can be said about the event: decode everything.
  if (!c.select || !c.hasEventId || !c.hasTime) return (c.need = NEED_ALL);
  const pick = c.select.pick(c.ev);
  if (pick === true) return (c.need = NEED_ALL);
  if (pick === false) return (c.need = NEED_NONE);
  c.only = pick;
  return (c.need = NEED_SOME);
}

/** An op that writes fields: skipped when the record decodes none (or, `wholeOnly`, not all of them). */
export function whenNeeded(op: Op, wholeOnly: boolean): Op {
  if (op === NOOP) return op;
  return (c, v) => {
    const n = need(c);
    if (n === NEED_ALL || (n === NEED_SOME && !wholeOnly)) op(c, v);
  };
}

/** Thrown when a record needs more work than its budget: the record is skipped, the file read on. */
export class WorkBudgetError extends Error {
  constructor(readonly budget: number) {
    super(`decoding needs more than ${budget} steps (self-referencing or hugely repeated BinXML)`);
    this.name = 'WorkBudgetError';
  }
}

/** Counts `units` of work against the record's budget. */
export function spend(c: Ctx, units: number): void {
  c.work += units;
  if (c.work > c.budget) throw new WorkBudgetError(c.budget);
}

export type Op = (c: Ctx, v: ValTable) => void;
export type TextFn = (c: Ctx, v: ValTable) => string;

export const NOOP: Op = () => {};

/** A substitution rendered as text (arrays joined as Windows does inside attributes: with commas). */
export function substText(c: Ctx, v: ValTable, idx: number): string {
  if (idx >= v.n) return '';
  const t = typeAt(v, idx);
  if (t === VT_STRING) return renderScalar(c.buf, offAt(v, idx), lenAt(v, idx), t);
  if (t & VT_ARRAY) return renderArray(c.buf, offAt(v, idx), lenAt(v, idx), t).join(',');
  if (t === VT_BINXML) return '';
  return renderScalar(c.buf, offAt(v, idx), lenAt(v, idx), t);
}

/** The text of parts that are all literal (no substitution), else undefined. */
export function constText(parts: (XPart | XText | XSubst)[]): string | undefined {
  let s = '';
  for (const p of parts) {
    if (p.k !== K_TEXT) return undefined;
    s += p.text;
  }
  return s;
}

/** Text of mixed content: literals and substitutions rendered and concatenated. */
export function textFn(parts: (XPart | XText | XSubst)[]): TextFn {
  const k = constText(parts);
  if (k !== undefined) return () => k;
  const fns: TextFn[] = [];
  for (const p of parts) {
    if (p.k === K_TEXT) {
      const t = p.text;
      fns.push(() => t);
    } else if (p.k === K_SUBST) {
      const idx = p.idx;
      fns.push((c, v) => substText(c, v, idx));
    } else {
      const inner = textFn(p.kids);
      fns.push(inner);
    }
  }
  const [only] = fns;
  if (!only) return () => '';
  if (fns.length === 1) return only;
  return (c, v) => {
    let s = '';
    for (const fn of fns) s += fn(c, v);
    return s;
  };
}

export function attr(el: XElem, name: string): XAttr | undefined {
  for (const a of el.attrs) if (a.name === name) return a;
  return undefined;
}

export function singleSubst(parts: (XPart | XText | XSubst)[]): XSubst | undefined {
  const [only] = parts;
  return parts.length === 1 && only?.k === K_SUBST ? only : undefined;
}

/** Wraps an element's op so the element disappears when the substitution it depends on is null. */
export function depGuard(el: XElem, op: Op): Op {
  const dep = el.dep;
  if (dep < 0 || dep === 0xffff) return op;
  return (c, v) => {
    if (dep < v.n && typeAt(v, dep) === VT_NULL) return;
    op(c, v);
  };
}

export function seq(ops: Op[]): Op {
  const list = ops.filter((o) => o !== NOOP);
  const [a, b] = list;
  if (!a) return NOOP;
  if (!b) return a;
  if (list.length === 2) {
    return (c, v) => {
      a(c, v);
      b(c, v);
    };
  }
  return (c, v) => {
    for (const op of list) op(c, v);
  };
}

/** putField for the record being decoded (its suffix counters live in the context). */
export function put(c: Ctx, key: string, value: string): void {
  if (c.need === NEED_SOME && !c.only!.has(key)) return;
  const data = c.data;
  if (data[key] === undefined) data[key] = value;
  else putField(data, key, value, (c.suffixes ??= new Map()));
}

/** A UserData leaf met while running a record: flushed into `data` by `flushLeaves` at the end. */
export function pushLeaf(c: Ctx, path: string, parent: string, name: string, value: string): void {
  if (c.need === NEED_SOME && !c.only!.has(name)) return;
  (c.leaves ??= []).push({ path, parent, name, value });
}
