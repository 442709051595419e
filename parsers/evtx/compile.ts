/**
 * Compiles a BinXML tree (a template definition, or a flat record) into closures that write the
 * NormalizedEvent fields straight from the substitution values: no XML text, no DOM per record.
 */
import { putField, type Leaf, type Suffixes } from '../common/fields.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import type { FieldSelection } from '../../src/model/reader.js';
import { recordIdFromHalves, recordIdFromText } from '../../src/model/record-id.js';
import { instantFromFiletime, instantFromIso, instantFromParts } from '../../src/model/time.js';
import { u8, u16, u32 } from './bytes.js';
import { K_ELEM, K_SUBST, K_TEXT, type XAttr, type XElem, type XPart, type XSubst, type XText } from './binxml.js';
import {
  BytesMemo,
  canonicalGuidText,
  guidString,
  hex64,
  numberValue,
  renderArray,
  renderScalar,
  sidString,
  utf16,
  VT_ARRAY,
  VT_BINXML,
  VT_FILETIME,
  VT_GUID,
  VT_HEX32,
  VT_HEX64,
  VT_NULL,
  VT_SID,
  VT_STRING,
  VT_SYSTEMTIME,
  VT_UINT16,
  VT_UINT32,
  VT_UINT64,
  VT_UINT8,
} from './values.js';
import { integerFromText } from '../../src/model/numbers.js';

/** The substitution values of one template instance: offsets/sizes/types in the chunk buffer. */
export interface ValTable {
  off: Int32Array;
  len: Int32Array;
  type: Uint8Array;
  n: number;
}

/** The type of substitution `i`: VT_NULL when the record has no such value (fewer than the template uses). */
function typeAt(v: ValTable, i: number): number {
  return i < v.n ? (v.type[i] ?? VT_NULL) : VT_NULL;
}

/** Where substitution `i`'s bytes start (0 when the record has no such value; its length is then 0). */
function offAt(v: ValTable, i: number): number {
  return i < v.n ? (v.off[i] ?? 0) : 0;
}

/** How many bytes substitution `i` has: 0 when the record has no such value. */
function lenAt(v: ValTable, i: number): number {
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
function num(buf: Uint8Array, off: number, len: number, t: number): number | undefined {
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
function need(c: Ctx): number {
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
function whenNeeded(op: Op, wholeOnly: boolean): Op {
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
type TextFn = (c: Ctx, v: ValTable) => string;

const NOOP: Op = () => {};

/** A substitution rendered as text (arrays joined as Windows does inside attributes: with commas). */
function substText(c: Ctx, v: ValTable, idx: number): string {
  if (idx >= v.n) return '';
  const t = typeAt(v, idx);
  if (t === VT_STRING) return renderScalar(c.buf, offAt(v, idx), lenAt(v, idx), t);
  if (t & VT_ARRAY) return renderArray(c.buf, offAt(v, idx), lenAt(v, idx), t).join(',');
  if (t === VT_BINXML) return '';
  return renderScalar(c.buf, offAt(v, idx), lenAt(v, idx), t);
}

/** The text of parts that are all literal (no substitution), else undefined. */
function constText(parts: (XPart | XText | XSubst)[]): string | undefined {
  let s = '';
  for (const p of parts) {
    if (p.k !== K_TEXT) return undefined;
    s += p.text;
  }
  return s;
}

/** Text of mixed content: literals and substitutions rendered and concatenated. */
function textFn(parts: (XPart | XText | XSubst)[]): TextFn {
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

function attr(el: XElem, name: string): XAttr | undefined {
  for (const a of el.attrs) if (a.name === name) return a;
  return undefined;
}

function singleSubst(parts: (XPart | XText | XSubst)[]): XSubst | undefined {
  const [only] = parts;
  return parts.length === 1 && only?.k === K_SUBST ? only : undefined;
}

/** Wraps an element's op so the element disappears when the substitution it depends on is null. */
function depGuard(el: XElem, op: Op): Op {
  const dep = el.dep;
  if (dep < 0 || dep === 0xffff) return op;
  return (c, v) => {
    if (dep < v.n && typeAt(v, dep) === VT_NULL) return;
    op(c, v);
  };
}

function seq(ops: Op[]): Op {
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

/** Compiles sibling nodes in a given context. `path` is the element path (for leaf disambiguation). */
export function compileNodes(nodes: XPart[], mode: Mode, path: string[] = []): Op {
  if (mode === 'eventdata') return compileEventDataBlock(nodes, false);
  const ops: Op[] = [];
  for (const n of nodes) {
    if (n.k === K_ELEM) ops.push(compileElement(n, mode, path));
    else if (n.k === K_SUBST) ops.push(compileSubstChild(n, mode, path));
  }
  return seq(ops);
}

/** A substitution directly among children: embedded BinXML becomes more children in this context. */
function compileSubstChild(s: XSubst, mode: Mode, path: string[]): Op {
  if (mode === 'system' || mode === 'rendering') return NOOP;
  const idx = s.idx;
  const where = place(mode, path);
  return (c, v) => {
    if (idx < v.n && typeAt(v, idx) === VT_BINXML) c.embed(c, offAt(v, idx), lenAt(v, idx), where);
  };
}

/** Children of `<Event>` besides System; a first child by any other name is System with a damaged name. */
const EVENT_CHILDREN = new Set([
  'System',
  'EventData',
  'UserData',
  'RenderingInfo',
  'ProcessingErrorData',
  'DebugData',
  'BinaryEventData',
]);

/**
 * A template's root element is the Event whatever its (possibly bit-flipped) name, and its first child is
 * System: libevtx reads such records, and so do we.
 */
function compileEvent(el: XElem): Op {
  const kids = el.kids;
  const first = kids.find((k): k is XElem => k.k === K_ELEM);
  if (first && !EVENT_CHILDREN.has(first.name) && !kids.some((k) => k.k === K_ELEM && k.name === 'System')) {
    return seq([
      compileSystemBlock(first.kids),
      compileNodes(
        kids.filter((k) => k !== first),
        'event',
        [],
      ),
    ]);
  }
  return compileNodes(kids, 'event', []);
}

function compileElement(el: XElem, mode: Mode, path: string[]): Op {
  switch (mode) {
    case 'root':
      return compileEvent(el);
    case 'event':
      switch (el.name) {
        case 'System':
          return compileSystemBlock(el.kids);
        case 'EventData':
          return compileEventDataBlock(el.kids, true);
        case 'UserData':
          return whenNeeded(compileNodes(el.kids, 'leaves', []), false);
        case 'RenderingInfo':
          return whenNeeded(compileNodes(el.kids, 'rendering'), true);
        default:
          return whenNeeded(compileNodes(el.kids, 'leaves', [el.name]), false);
      }
    case 'system':
      return compileSystemBlock([el]);
    case 'eventdata':
      return compileEventDataBlock([el], false);
    case 'leaves':
      return depGuard(el, compileLeaf(el, path));
    case 'rendering':
      if (el.name === 'Message') {
        const t = textFn(el.kids);
        return (c, v) => {
          const m = t(c, v);
          if (m) c.ev.message = m;
        };
      }
      return NOOP;
  }
}

// ---- System: one flat op list per template, run by a single loop (hot, monomorphic) ----

const F_PROVIDER_NAME = 1;
const F_PROVIDER_GUID = 2;
const F_PROVIDER_ESN = 3;
const F_EVENTID = 4;
const F_QUALIFIERS = 5;
const F_VERSION = 6;
const F_LEVEL = 7;
const F_TASK = 8;
const F_OPCODE = 9;
const F_KEYWORDS = 10;
const F_TIME = 11;
const F_RECORDID = 12;
const F_ACTIVITY = 13;
const F_RELATED = 14;
const F_PID = 15;
const F_TID = 16;
const F_CHANNEL = 17;
const F_COMPUTER = 18;
const F_USERSID = 19;

interface SysOp {
  f: number;
  /** Dependency substitution of the element (-1: none): the element is absent when it is null. */
  dep: number;
  /** The lone substitution giving the value, or -1. */
  idx: number;
  /** Literal value (no substitution), when idx is -1 and the parts are all text. */
  text: string | undefined;
  /** Mixed content, when neither of the above. */
  fn: TextFn | undefined;
  memo: BytesMemo | undefined;
}

const SYSTEM_FIELDS: Record<string, [attr: string | undefined, f: number][]> = {
  Provider: [
    ['Name', F_PROVIDER_NAME],
    ['Guid', F_PROVIDER_GUID],
    ['EventSourceName', F_PROVIDER_ESN],
  ],
  EventID: [
    [undefined, F_EVENTID],
    ['Qualifiers', F_QUALIFIERS],
  ],
  Version: [[undefined, F_VERSION]],
  Level: [[undefined, F_LEVEL]],
  Task: [[undefined, F_TASK]],
  Opcode: [[undefined, F_OPCODE]],
  Keywords: [[undefined, F_KEYWORDS]],
  TimeCreated: [['SystemTime', F_TIME]],
  EventRecordID: [[undefined, F_RECORDID]],
  Correlation: [
    ['ActivityID', F_ACTIVITY],
    ['RelatedActivityID', F_RELATED],
  ],
  Execution: [
    ['ProcessID', F_PID],
    ['ThreadID', F_TID],
  ],
  Channel: [[undefined, F_CHANNEL]],
  Computer: [[undefined, F_COMPUTER]],
  Security: [['UserID', F_USERSID]],
};

/** The order of System's children in every Windows template. */
const SYSTEM_ORDER = Object.keys(SYSTEM_FIELDS);

/**
 * The System field an element stands for: its name, or — for a name damaged on disk — the one field
 * that fits between its known neighbours in the fixed order of System's children.
 */
function systemNames(elements: XElem[]): (string | undefined)[] {
  const rank = elements.map((e) => SYSTEM_ORDER.indexOf(e.name));
  return elements.map((e, i) => {
    if (rank[i] !== -1) return e.name;
    // Neighbours must be known (or absent at the ends) and leave exactly one field between them.
    const lo = i === 0 ? -1 : (rank[i - 1] ?? -1);
    const hi = i === elements.length - 1 ? SYSTEM_ORDER.length : (rank[i + 1] ?? -1);
    if ((i > 0 && lo === -1) || hi === -1 || hi - lo !== 2) return undefined;
    return SYSTEM_ORDER[lo + 1];
  });
}

/** System fields by the name of the event field each fills (`provider.name`: the provider's). */
const SYSTEM_FIELD_NAMES: Record<number, string> = {
  [F_PROVIDER_NAME]: 'provider.name',
  [F_PROVIDER_GUID]: 'provider.guid',
  [F_PROVIDER_ESN]: 'provider.eventSourceName',
  [F_EVENTID]: 'eventId',
  [F_QUALIFIERS]: 'qualifiers',
  [F_VERSION]: 'version',
  [F_LEVEL]: 'level',
  [F_TASK]: 'task',
  [F_OPCODE]: 'opcode',
  [F_KEYWORDS]: 'keywords',
  [F_TIME]: 'timestamp',
  [F_RECORDID]: 'recordId',
  [F_ACTIVITY]: 'activityId',
  [F_RELATED]: 'relatedActivityId',
  [F_PID]: 'processId',
  [F_TID]: 'threadId',
  [F_CHANNEL]: 'channel',
  [F_COMPUTER]: 'computer',
  [F_USERSID]: 'userSid',
};

/**
 * `only`: the names of the System fields decoded (see SYSTEM_FIELD_NAMES); the event id, time and record id
 * always are (a record without them is read differently).
 */
function compileSystemBlock(kids: XPart[], only?: ReadonlySet<string>): Op {
  const ops = systemOps(kids, only);
  if (ops.length === 0) return NOOP;
  return (c, v) => runSystem(ops, c, v);
}

/** The System block's field ops (see compileSystemBlock). */
function systemOps(kids: XPart[], only?: ReadonlySet<string>): SysOp[] {
  const ops: SysOp[] = [];
  const elements = kids.filter((k): k is XElem => k.k === K_ELEM);
  const names = systemNames(elements);
  for (const [i, el] of elements.entries()) {
    const name = names[i];
    const fields = name === undefined ? undefined : SYSTEM_FIELDS[name];
    if (!fields) continue;
    const dep = el.dep < 0 || el.dep === 0xffff ? -1 : el.dep;
    for (const [attrName, f] of fields) {
      if (only && f !== F_EVENTID && f !== F_TIME && f !== F_RECORDID && !only.has(SYSTEM_FIELD_NAMES[f]!)) continue;
      const parts = attrName === undefined ? el.kids : attr(el, attrName)?.parts;
      if (!parts) continue;
      const s = singleSubst(parts);
      const text = s ? undefined : constText(parts);
      const memo =
        f === F_PROVIDER_NAME || f === F_CHANNEL || f === F_COMPUTER || f === F_PROVIDER_GUID || f === F_USERSID
          ? new BytesMemo()
          : undefined;
      ops.push({ f, dep, idx: s ? s.idx : -1, text, fn: s || text !== undefined ? undefined : textFn(parts), memo });
    }
  }
  return ops;
}

/**
 * A record's System fields as `dump --format jsonl` writes them, kept raw: numbers, the FILETIME's and the
 * record id's halves, where the activity GUID's bytes lie, and the memoized provider, channel and computer
 * names. The writer puts them as digits and hex: no event, Instant or timestamp string is made per record
 * (the System block written from the compiled template, as EventData already is: evtx 0.12's design).
 */
export class RawSystem {
  buf: Uint8Array = new Uint8Array(0);
  /** EventID (-1: none, and the record is read as an event). */
  eventId = -1;
  /** Level (-1: none). */
  level = -1;
  /** EventRecordID's halves (low -1: none, the record header's are taken). */
  recordLo = -1;
  recordHi = 0;
  /** TimeCreated's FILETIME halves (low -1: none, the record header's are taken). */
  timeLo = -1;
  timeHi = 0;
  provider = '';
  channel = '';
  computer = '';
  /** Where the activity GUID's 16 bytes lie in `buf` (-1: none). */
  activity = -1;
}

/** The System fields a RawSystem holds. */
const RAW_FIELDS: ReadonlySet<number> = new Set([
  F_PROVIDER_NAME,
  F_EVENTID,
  F_LEVEL,
  F_TIME,
  F_RECORDID,
  F_ACTIVITY,
  F_CHANNEL,
  F_COMPUTER,
]);

/** Fills a RawSystem from a record's values; false when a value is not of the plain type it reads (see RecordPlan.raw). */
export type RawSystemOp = (buf: Uint8Array, v: ValTable, r: RawSystem) => boolean;

/** A System field op of a RawSystem: `lit` is a literal's value (its number for EventID and Level). */
interface RawOp {
  f: number;
  dep: number;
  idx: number;
  lit: string | number | undefined;
  memo: BytesMemo | undefined;
}

/**
 * The raw System op of a template whose System fields are among the ones a RawSystem holds, each from one
 * substitution, or a literal name, EventID or Level; undefined otherwise (its records go through the System op).
 */
function rawSystemOp(ops: SysOp[]): RawSystemOp | undefined {
  const raw: RawOp[] = [];
  for (const op of ops) {
    if (!RAW_FIELDS.has(op.f)) return undefined;
    let lit: string | number | undefined;
    if (op.idx < 0) {
      if (op.text === undefined) return undefined;
      if (op.f === F_PROVIDER_NAME || op.f === F_CHANNEL || op.f === F_COMPUTER) lit = op.text;
      else if (op.f === F_EVENTID || op.f === F_LEVEL) {
        // As systemFromText reads it: a literal that is no whole number sets nothing (-1).
        const n = integerFromText(op.text);
        if (n !== undefined && !(n >= 0 && n <= 0xffffffff)) return undefined;
        lit = n ?? -1;
      } else return undefined;
    }
    raw.push({ f: op.f, dep: op.dep, idx: op.idx, lit, memo: op.memo });
  }
  return (buf, v, r) => runRawSystem(raw, buf, v, r);
}

/**
 * runSystem for a RawSystem: the same fields from the same values, for the types Windows writes them in
 * (UInt16 EventID, UInt8 Level, UInt64 record id, FILETIME, GUID, strings); false at any other type, and the
 * record then goes through runSystem, which reads every type.
 */
function runRawSystem(ops: RawOp[], buf: Uint8Array, v: ValTable, r: RawSystem): boolean {
  r.buf = buf;
  r.eventId = -1;
  r.level = -1;
  r.recordLo = -1;
  r.timeLo = -1;
  r.provider = '';
  r.channel = '';
  r.computer = '';
  r.activity = -1;
  const n = v.n;
  const types = v.type;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    const dep = op.dep;
    if (dep >= 0 && dep < n && types[dep]! === VT_NULL) continue;
    const idx = op.idx;
    if (idx < 0) {
      const lit = op.lit;
      if (typeof lit === 'number') {
        if (op.f === F_EVENTID) r.eventId = lit;
        else r.level = lit;
      } else if (op.f === F_PROVIDER_NAME) r.provider = lit!;
      else if (op.f === F_CHANNEL) r.channel = lit!;
      else r.computer = lit!;
      continue;
    }
    if (idx >= n) continue;
    const t = types[idx]!;
    if (t === VT_NULL) continue;
    const off = v.off[idx]!;
    const len = v.len[idx]!;
    switch (op.f) {
      case F_EVENTID:
        if (t !== VT_UINT16 || len < 2) return false;
        r.eventId = u16(buf, off);
        break;
      case F_LEVEL:
        if (t !== VT_UINT8 || len < 1) return false;
        r.level = u8(buf, off);
        break;
      case F_RECORDID:
        if ((t !== VT_UINT64 && t !== VT_HEX64) || len < 8) return false;
        r.recordLo = u32(buf, off);
        r.recordHi = u32(buf, off + 4);
        break;
      case F_TIME:
        if (t !== VT_FILETIME || len < 8) return false;
        r.timeLo = u32(buf, off);
        r.timeHi = u32(buf, off + 4);
        break;
      case F_ACTIVITY:
        if (t !== VT_GUID || len < 16) return false;
        r.activity = off;
        break;
      case F_PROVIDER_NAME:
        if (t !== VT_STRING) return false;
        r.provider = op.memo!.get(buf, off, len, utf16);
        break;
      case F_CHANNEL:
        if (t !== VT_STRING) return false;
        r.channel = op.memo!.get(buf, off, len, utf16);
        break;
      case F_COMPUTER:
        if (t !== VT_STRING) return false;
        r.computer = op.memo!.get(buf, off, len, utf16);
        break;
      default:
        return false;
    }
  }
  return true;
}

/** A numeric System field (`F_EVENTID`…`F_TID`) set to its value. */
function setNumber(f: number, n: number, c: Ctx): void {
  const ev = c.ev;
  switch (f) {
    case F_EVENTID:
      ev.eventId = n;
      c.hasEventId = true;
      return;
    case F_LEVEL:
      ev.level = n;
      return;
    case F_TASK:
      ev.task = n;
      return;
    case F_OPCODE:
      ev.opcode = n;
      return;
    case F_VERSION:
      ev.version = n;
      return;
    case F_QUALIFIERS:
      ev.qualifiers = n;
      return;
    case F_PID:
      ev.processId = n;
      return;
    case F_TID:
      ev.threadId = n;
  }
}

function runSystem(ops: SysOp[], c: Ctx, v: ValTable): void {
  const buf = c.buf;
  const ev = c.ev;
  // Indexes below v.n are inside the value table's arrays: read unchecked.
  const n = v.n;
  const types = v.type;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    const dep = op.dep;
    if (dep >= 0 && dep < n && types[dep]! === VT_NULL) continue;
    const idx = op.idx;
    if (idx < 0) {
      systemFromText(op.f, op.text !== undefined ? op.text : op.fn!(c, v), c);
      continue;
    }
    if (idx >= n) continue;
    const t = types[idx]!;
    if (t === VT_NULL) continue;
    const off = v.off[idx]!;
    const len = v.len[idx]!;
    switch (op.f) {
      case F_EVENTID:
      case F_LEVEL:
      case F_TASK:
      case F_OPCODE:
      case F_VERSION:
      case F_QUALIFIERS:
      case F_PID:
      case F_TID: {
        const n = num(buf, off, len, t);
        if (n !== undefined) setNumber(op.f, n, c);
        break;
      }
      case F_RECORDID: {
        // Exact above 2^53 (kept as digits): a 64-bit value is read from its halves.
        const n =
          (t === VT_UINT64 || t === VT_HEX64) && len >= 8
            ? recordIdFromHalves(u32(buf, off), u32(buf, off + 4))
            : num(buf, off, len, t);
        if (n !== undefined) ev.recordId = n;
        break;
      }
      case F_TIME:
        setTime(c, buf, off, len, t, v, idx);
        break;
      case F_KEYWORDS: {
        const k =
          (t === VT_HEX64 || t === VT_UINT64) && len >= 8
            ? hex64(u32(buf, off), u32(buf, off + 4))
            : substText(c, v, idx);
        if (k) ev.keywords = k;
        break;
      }
      case F_PROVIDER_NAME:
        ev.provider.name = t === VT_STRING ? op.memo!.get(buf, off, len, utf16) : substText(c, v, idx);
        break;
      case F_CHANNEL:
        ev.channel = t === VT_STRING ? op.memo!.get(buf, off, len, utf16) : substText(c, v, idx);
        break;
      case F_COMPUTER:
        ev.computer = t === VT_STRING ? op.memo!.get(buf, off, len, utf16) : substText(c, v, idx);
        break;
      case F_PROVIDER_GUID:
        if (t === VT_GUID && len >= 16) ev.provider.guid = op.memo!.get(buf, off, 16, guidString);
        else {
          const g = t === VT_GUID ? undefined : canonicalGuidText(substText(c, v, idx));
          if (g) ev.provider.guid = g;
        }
        break;
      case F_ACTIVITY:
      case F_RELATED: {
        const g =
          t === VT_GUID ? (len >= 16 ? guidString(buf, off) : undefined) : canonicalGuidText(substText(c, v, idx));
        if (g) setGuid(op.f, g, ev);
        break;
      }
      case F_USERSID: {
        const sid = t === VT_SID ? op.memo!.get(buf, off, len, sidText) : substText(c, v, idx);
        if (sid) ev.userSid = sid;
        break;
      }
      case F_PROVIDER_ESN: {
        const e = t === VT_SID ? sidString(buf, off, len) : substText(c, v, idx);
        if (e) ev.provider.eventSourceName = e;
        break;
      }
    }
  }
}

/** A SID's text, '' when the bytes are not one (for BytesMemo, which keeps strings). */
const sidText = (buf: Uint8Array, off: number, len: number) => sidString(buf, off, len) ?? '';

function setGuid(f: number, g: string, ev: NormalizedEvent): void {
  if (f === F_PROVIDER_GUID) ev.provider.guid = g;
  else if (f === F_ACTIVITY) ev.activityId = g;
  else ev.relatedActivityId = g;
}

function setTime(c: Ctx, buf: Uint8Array, off: number, len: number, t: number, v: ValTable, idx: number): void {
  try {
    let i: { iso: string; ms: number } | undefined;
    if (t === VT_FILETIME && len >= 8) i = instantFromFiletime(u32(buf, off), u32(buf, off + 4));
    else if (t === VT_SYSTEMTIME && len >= 16) {
      i = instantFromParts(
        u16(buf, off),
        u16(buf, off + 2),
        u16(buf, off + 6),
        u16(buf, off + 8),
        u16(buf, off + 10),
        u16(buf, off + 12),
        u16(buf, off + 14) % 1000,
      );
    } else i = instantFromIso(substText(c, v, idx));
    if (i) {
      c.ev.timestamp = i.iso;
      c.ev.timeMs = i.ms;
      c.hasTime = true;
    }
  } catch {
    // out-of-range time: the record header's time is used
  }
}

/** A System field given as literal or mixed text (flat WEF BinXML, or literals in a template). */
function systemFromText(f: number, text: string, c: Ctx): void {
  const ev = c.ev;
  switch (f) {
    case F_PROVIDER_NAME:
      ev.provider.name = text;
      return;
    case F_CHANNEL:
      ev.channel = text;
      return;
    case F_COMPUTER:
      ev.computer = text;
      return;
    case F_PROVIDER_GUID:
    case F_ACTIVITY:
    case F_RELATED: {
      const g = canonicalGuidText(text);
      if (g) setGuid(f, g, ev);
      return;
    }
    case F_PROVIDER_ESN:
      if (text) ev.provider.eventSourceName = text;
      return;
    case F_USERSID:
      if (text) ev.userSid = text;
      return;
    case F_KEYWORDS:
      if (text) ev.keywords = text;
      return;
    case F_TIME: {
      const i = instantFromIso(text);
      if (i) {
        ev.timestamp = i.iso;
        ev.timeMs = i.ms;
        c.hasTime = true;
      }
      return;
    }
    case F_RECORDID: {
      const id = recordIdFromText(text);
      if (id !== undefined) ev.recordId = id;
      return;
    }
  }
  const n = integerFromText(text);
  if (n === undefined) return;
  switch (f) {
    case F_EVENTID:
      ev.eventId = n;
      c.hasEventId = true;
      break;
    case F_QUALIFIERS:
      ev.qualifiers = n;
      break;
    case F_VERSION:
      ev.version = n;
      break;
    case F_LEVEL:
      ev.level = n;
      break;
    case F_TASK:
      ev.task = n;
      break;
    case F_OPCODE:
      ev.opcode = n;
      break;
    case F_PID:
      ev.processId = n;
      break;
    case F_TID:
      ev.threadId = n;
      break;
  }
}

/** putField for the record being decoded (its suffix counters live in the context). */
function put(c: Ctx, key: string, value: string): void {
  if (c.need === NEED_SOME && !c.only!.has(key)) return;
  const data = c.data;
  if (data[key] === undefined) data[key] = value;
  else putField(data, key, value, (c.suffixes ??= new Map()));
}

/** A UserData leaf met while running a record: flushed into `data` by `flushLeaves` at the end. */
function pushLeaf(c: Ctx, path: string, parent: string, name: string, value: string): void {
  if (c.need === NEED_SOME && !c.only!.has(name)) return;
  (c.leaves ??= []).push({ path, parent, name, value });
}

// ---- EventData: one flat op list per template, run by a single loop ----

const D_SUBST = 0; // <Data …>%n</Data>
const D_TEXT = 1; // <Data …>literal or mixed</Data>
const D_STRUCT = 2; // <Data …><Element>…</Element></Data>: its leaves
const D_EMBED = 3; // %n (BinXML) directly among EventData children

interface DataOp {
  kind: number;
  dep: number;
  elName: string;
  /** Literal name ('' = positional), unless nameFn. */
  name: string;
  nameFn: TextFn | undefined;
  idx: number;
  fn: TextFn | undefined;
  inner: Op | undefined;
  where: Place | undefined;
}

/**
 * Children of `<EventData>`: `Data Name=…` by name, else `<Element>[position]` where the position counts
 * the rendered children (an array substitution repeats its element per item, a null dependency drops it).
 */
function compileEventDataBlock(kids: XPart[], resetPosition: boolean): Op {
  const ops: DataOp[] = [];
  for (const n of kids) {
    if (n.k === K_SUBST) {
      ops.push({
        kind: D_EMBED,
        dep: -1,
        elName: '',
        name: '',
        nameFn: undefined,
        idx: n.idx,
        fn: undefined,
        inner: undefined,
        where: place('eventdata', ['EventData']),
      });
      continue;
    }
    if (n.k !== K_ELEM) continue;
    const el = n;
    const nameAttr = el.name === 'Data' ? attr(el, 'Name') : undefined;
    const constName = nameAttr ? constText(nameAttr.parts) : '';
    const op: DataOp = {
      kind: D_TEXT,
      dep: el.dep < 0 || el.dep === 0xffff ? -1 : el.dep,
      elName: el.name,
      name: constName ?? '',
      nameFn: nameAttr && constName === undefined ? textFn(nameAttr.parts) : undefined,
      idx: -1,
      fn: undefined,
      inner: undefined,
      where: undefined,
    };
    const s = singleSubst(el.kids);
    if (el.kids.some((k) => k.k === K_ELEM)) {
      op.kind = D_STRUCT;
      op.inner = compileNodes(el.kids, 'leaves', ['EventData', el.name]);
    } else if (s) {
      op.kind = D_SUBST;
      op.idx = s.idx;
    } else {
      op.fn = textFn(el.kids);
    }
    ops.push(op);
  }
  if (ops.length === 0) {
    return resetPosition ? (c) => void (c.pos = 0) : NOOP;
  }
  return (c, v) => {
    if (resetPosition) c.pos = 0;
    runEventData(ops, c, v);
  };
}

function dataKey(op: DataOp, c: Ctx, v: ValTable): string {
  const n = op.nameFn ? op.nameFn(c, v) : op.name;
  return n !== '' ? n : `${op.elName}[${c.pos}]`;
}

function runEventData(ops: DataOp[], c: Ctx, v: ValTable): void {
  const needed = need(c);
  if (needed === NEED_NONE) return;
  for (const op of ops) {
    const dep = op.dep;
    if (dep >= 0 && dep < v.n && typeAt(v, dep) === VT_NULL) continue;
    switch (op.kind) {
      case D_SUBST: {
        const idx = op.idx;
        if (idx >= v.n) {
          put(c, dataKey(op, c, v), '');
          c.pos++;
          break;
        }
        const t = typeAt(v, idx);
        if (t & VT_ARRAY) {
          const items = renderArray(c.buf, offAt(v, idx), lenAt(v, idx), t);
          spend(c, items.length);
          for (const item of items) {
            put(c, dataKey(op, c, v), item);
            c.pos++;
          }
        } else if (t === VT_BINXML) {
          const k = dataKey(op, c, v);
          c.pos++;
          c.embed(c, offAt(v, idx), lenAt(v, idx), place('leaves', ['EventData', k]));
        } else {
          const k = dataKey(op, c, v);
          if (needed === NEED_ALL || c.only!.has(k)) put(c, k, renderScalar(c.buf, offAt(v, idx), lenAt(v, idx), t));
          c.pos++;
        }
        break;
      }
      case D_TEXT: {
        const k = dataKey(op, c, v);
        if (needed === NEED_ALL || c.only!.has(k)) put(c, k, op.fn!(c, v));
        c.pos++;
        break;
      }
      case D_STRUCT:
        c.pos++;
        op.inner!(c, v);
        break;
      case D_EMBED: {
        const idx = op.idx;
        if (idx < v.n && typeAt(v, idx) === VT_BINXML) c.embed(c, offAt(v, idx), lenAt(v, idx), op.where!);
        break;
      }
    }
  }
}

function compileLeaf(el: XElem, path: string[]): Op {
  const isBranch = el.kids.some((k) => k.k === K_ELEM || (k.k === K_SUBST && k.type === VT_BINXML));
  if (isBranch) return compileNodes(el.kids, 'leaves', [...path, el.name]);
  const name = el.name;
  const parent = path.join('/');
  const full = parent === '' ? name : `${parent}/${name}`;
  const s = singleSubst(el.kids);
  if (s) {
    const idx = s.idx;
    const where = place('leaves', [...path, name]);
    return (c, v) => {
      if (idx < v.n && typeAt(v, idx) & VT_ARRAY) {
        const items = renderArray(c.buf, offAt(v, idx), lenAt(v, idx), typeAt(v, idx));
        spend(c, items.length);
        for (const item of items) pushLeaf(c, full, parent, name, item);
        return;
      }
      if (idx < v.n && typeAt(v, idx) === VT_BINXML) {
        c.embed(c, offAt(v, idx), lenAt(v, idx), where);
        return;
      }
      pushLeaf(c, full, parent, name, substText(c, v, idx));
    };
  }
  const f = textFn(el.kids);
  return (c, v) => pushLeaf(c, full, parent, name, f(c, v));
}

// ---- Record plans: a template whose records a writer renders from the substitution values alone ----

/** One EventData field of a plan: its key and the substitution giving its value (-1: `text`, a literal). */
export interface PlanField {
  key: string;
  idx: number;
  /** The element's dependency substitution (-1: none): when it is null the record leaves the plan. */
  dep: number;
  text: string;
}

/**
 * What a writer needs to render a template's records without an event's `data`: for an Event template,
 * the System block's op (the generic one: it fills the event's System fields); the EventData fields, keys
 * fixed, in order; or the substitution whose embedded BinXML (a template instance of its own, with its own
 * plan) holds them, as Windows writes events. A record fits its plans when no field's dependency is null
 * and no value is an array or BinXML; the others are decoded as events.
 */
export interface RecordPlan {
  system: Op | undefined;
  /** The System block into a RawSystem, when `systemFields` were given and it can (see rawSystemOp). */
  raw: RawSystemOp | undefined;
  fields: PlanField[];
  /** The substitution holding the rest of the event as embedded BinXML (-1: none). */
  embed: number;
}

/** The plan of an event without EventData. */
export const NO_FIELDS: RecordPlan = { system: undefined, raw: undefined, fields: [], embed: -1 };

/** An array index (`"0"`, `"17"`): an object lists such keys first, not in insertion order. */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/**
 * The plan of a template (see RecordPlan), or undefined when its records need the generic path. `root`: an
 * Event of System (first, once) and at most one more child, EventData or a substitution; `event` (what such
 * a substitution embeds): at most an EventData. Its `Data` children each hold one substitution or literal
 * text under a literal or positional name, the keys distinct and none an array index. `systemFields`: the
 * System fields its records' writer reads (see compileSystemBlock; all when not given).
 */
export function compileRecordPlan(
  nodes: XPart[],
  mode: 'root' | 'event',
  systemFields?: ReadonlySet<string>,
): RecordPlan | undefined {
  let kids = nodes.filter((n) => n.k !== K_TEXT);
  let system: Op | undefined;
  let raw: RawSystemOp | undefined;
  if (mode === 'root') {
    const [event] = kids;
    if (kids.length !== 1 || event?.k !== K_ELEM) return undefined;
    const [first, ...rest] = event.kids.filter((n) => n.k !== K_TEXT);
    if (first?.k !== K_ELEM || first.name !== 'System') return undefined;
    const ops = systemOps(first.kids, systemFields);
    system = ops.length === 0 ? NOOP : (c, v) => runSystem(ops, c, v);
    raw = systemFields ? rawSystemOp(ops) : undefined;
    kids = rest;
  }
  const [only, ...more] = kids;
  if (only === undefined) return { system, raw, fields: [], embed: -1 };
  if (more.length > 0) return undefined;
  if (only.k === K_SUBST) return mode === 'root' ? { system, raw, fields: [], embed: only.idx } : undefined;
  if (only.k !== K_ELEM || only.name !== 'EventData') return undefined;
  const fields: PlanField[] = [];
  const keys = new Set<string>();
  for (const n of only.kids) {
    if (n.k === K_TEXT) continue;
    if (n.k !== K_ELEM) return undefined;
    const nameAttr = n.name === 'Data' ? attr(n, 'Name') : undefined;
    const name = nameAttr ? constText(nameAttr.parts) : '';
    if (name === undefined || n.kids.some((k) => k.k === K_ELEM)) return undefined;
    const s = singleSubst(n.kids);
    const text = s ? '' : constText(n.kids);
    if (text === undefined) return undefined;
    // Positions count the rendered children: with no element dropped and no array, the field's index.
    const key = name !== '' ? name : `${n.name}[${fields.length}]`;
    if (keys.has(key) || ARRAY_INDEX.test(key)) return undefined;
    keys.add(key);
    fields.push({ key, idx: s ? s.idx : -1, dep: n.dep < 0 || n.dep === 0xffff ? -1 : n.dep, text });
  }
  return { system, raw, fields, embed: -1 };
}

/** Whether a record's values fit its template's plan (see RecordPlan). */
export function fitsPlan(plan: RecordPlan, v: ValTable): boolean {
  const n = v.n;
  const types = v.type;
  for (const f of plan.fields) {
    if (f.dep >= 0 && f.dep < n && types[f.dep] === VT_NULL) return false;
    if (f.idx >= 0 && f.idx < n) {
      const t = types[f.idx]!;
      if (t & VT_ARRAY || t === VT_BINXML) return false;
    }
  }
  return true;
}
