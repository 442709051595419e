/**
 * Compiles a BinXML tree (a template definition, or a flat record) into closures that write the
 * NormalizedEvent fields straight from the substitution values: no XML text, no DOM per record.
 */
import { K_ELEM, K_SUBST, K_TEXT, type XElem, type XPart, type XSubst } from './binxml.js';
import { renderArray, renderScalar, VT_ARRAY, VT_BINXML, VT_NULL } from './values.js';
import {
  attr,
  constText,
  type Ctx,
  depGuard,
  lenAt,
  type Mode,
  need,
  NEED_ALL,
  NEED_NONE,
  NOOP,
  offAt,
  type Op,
  type Place,
  place,
  pushLeaf,
  put,
  seq,
  singleSubst,
  spend,
  substText,
  type TextFn,
  textFn,
  typeAt,
  type ValTable,
  whenNeeded,
} from './compile-ops.js';
import { compileSystemBlock, type RawSystemOp, rawSystemOp, runSystem, systemOps } from './compile-system.js';
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
