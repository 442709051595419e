/**
 * The <System> block of a template compiled to one flat list of field setters, run by a single loop; and its raw
 * form (`RawSystem`), filled straight from a record's values when every value is of the plain type it reads.
 */
import type { NormalizedEvent } from '../../src/model/event.js';
import { recordIdFromHalves, recordIdFromText } from '../../src/model/record-id.js';
import { instantFromFiletime, instantFromIso, instantFromParts } from '../../src/model/time.js';
import { u8, u16, u32 } from './bytes.js';
import { K_ELEM, type XElem, type XPart } from './binxml.js';
import {
  BytesMemo,
  canonicalGuidText,
  guidString,
  hex64,
  sidString,
  utf16,
  VT_FILETIME,
  VT_GUID,
  VT_HEX64,
  VT_NULL,
  VT_SID,
  VT_STRING,
  VT_SYSTEMTIME,
  VT_UINT16,
  VT_UINT64,
  VT_UINT8,
} from './values.js';
import { integerFromText } from '../../src/model/numbers.js';
import {
  attr,
  constText,
  type Ctx,
  NOOP,
  num,
  type Op,
  singleSubst,
  substText,
  textFn,
  type TextFn,
  type ValTable,
} from './compile-ops.js';

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
export function compileSystemBlock(kids: XPart[], only?: ReadonlySet<string>): Op {
  const ops = systemOps(kids, only);
  if (ops.length === 0) return NOOP;
  return (c, v) => runSystem(ops, c, v);
}

/** The System block's field ops (see compileSystemBlock). */
export function systemOps(kids: XPart[], only?: ReadonlySet<string>): SysOp[] {
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
export function rawSystemOp(ops: SysOp[]): RawSystemOp | undefined {
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

export function runSystem(ops: SysOp[], c: Ctx, v: ValTable): void {
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
