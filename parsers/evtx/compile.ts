/**
 * Compiles a BinXML tree (a template definition, or a flat record) into closures that write the
 * NormalizedEvent fields straight from the substitution values: no XML text, no DOM per record.
 */
import type { NormalizedEvent } from '../../src/model/event.js';
import { instantFromFiletime, instantFromIso, instantFromParts } from '../../src/model/time.js';
import { K_ELEM, K_SUBST, K_TEXT, type XAttr, type XElem, type XPart, type XSubst, type XText } from './binxml.js';
import {
  canonicalGuidText, guidString, numberFromText, numberValue, renderArray, renderScalar, sidString, VT_ARRAY,
  VT_BINXML, VT_FILETIME, VT_GUID, VT_NULL, VT_SID, VT_STRING, VT_SYSTEMTIME,
} from './values.js';

/** The substitution values of one template instance: offsets/sizes/types in the chunk buffer. */
export interface ValTable {
  off: Int32Array;
  len: Int32Array;
  type: Uint8Array;
  n: number;
}

export type Mode = 'root' | 'event' | 'system' | 'eventdata' | 'leaves' | 'rendering';

/** Per-record state the compiled closures write into. */
export interface Ctx {
  buf: Buffer;
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
  /** Runs embedded BinXML (value type 0x21) in the given mode; supplied by the record reader. */
  embed: (c: Ctx, off: number, len: number, mode: Mode, path: string[]) => void;
}

export type Op = (c: Ctx, v: ValTable) => void;
type TextFn = (c: Ctx, v: ValTable) => string;

const NOOP: Op = () => {};

function isNull(v: ValTable, idx: number): boolean {
  return idx >= v.n || v.type[idx] === VT_NULL;
}

/** A substitution rendered as text (arrays joined as Windows does inside attributes: with commas). */
function substText(c: Ctx, v: ValTable, idx: number): string {
  if (idx >= v.n) return '';
  const t = v.type[idx];
  if (t === VT_STRING) return renderScalar(c.buf, v.off[idx], v.len[idx], t);
  if (t & VT_ARRAY) return renderArray(c.buf, v.off[idx], v.len[idx], t).join(',');
  if (t === VT_BINXML) return '';
  return renderScalar(c.buf, v.off[idx], v.len[idx], t);
}

function textFn(parts: (XPart | XText | XSubst)[]): TextFn {
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
  if (fns.length === 0) return () => '';
  if (fns.length === 1) return fns[0];
  return (c, v) => {
    let s = '';
    for (let i = 0; i < fns.length; i++) s += fns[i](c, v);
    return s;
  };
}

function attr(el: XElem, name: string): XAttr | undefined {
  for (const a of el.attrs) if (a.name === name) return a;
  return undefined;
}

function singleSubst(parts: (XPart | XText | XSubst)[]): XSubst | undefined {
  return parts.length === 1 && parts[0].k === K_SUBST ? parts[0] : undefined;
}

type NumFn = (c: Ctx, v: ValTable) => number | undefined;

function numFn(parts: (XPart | XText | XSubst)[]): NumFn {
  const s = singleSubst(parts);
  if (s) {
    const idx = s.idx;
    return (c, v) => (idx < v.n ? numberValue(c.buf, v.off[idx], v.len[idx], v.type[idx]) : undefined);
  }
  const t = textFn(parts);
  return (c, v) => numberFromText(t(c, v));
}

function guidFn(parts: (XPart | XText | XSubst)[]): (c: Ctx, v: ValTable) => string | undefined {
  const s = singleSubst(parts);
  if (s) {
    const idx = s.idx;
    return (c, v) => {
      if (idx >= v.n) return undefined;
      const t = v.type[idx];
      if (t === VT_GUID) return v.len[idx] >= 16 ? guidString(c.buf, v.off[idx]) : undefined;
      if (t === VT_NULL) return undefined;
      return canonicalGuidText(substText(c, v, idx));
    };
  }
  const t = textFn(parts);
  return (c, v) => canonicalGuidText(t(c, v));
}

function optText(parts: (XPart | XText | XSubst)[]): (c: Ctx, v: ValTable) => string | undefined {
  const s = singleSubst(parts);
  if (s) {
    const idx = s.idx;
    return (c, v) => {
      if (isNull(v, idx)) return undefined;
      const t = v.type[idx];
      if (t === VT_SID) return sidString(c.buf, v.off[idx], v.len[idx]);
      return substText(c, v, idx);
    };
  }
  return textFn(parts);
}

function timeOp(parts: (XPart | XText | XSubst)[]): Op {
  const s = singleSubst(parts);
  const setFromText = (c: Ctx, text: string) => {
    const i = instantFromIso(text);
    if (i) {
      c.ev.timestamp = i.iso;
      c.ev.timeMs = i.ms;
      c.hasTime = true;
    }
  };
  if (s) {
    const idx = s.idx;
    return (c, v) => {
      if (idx >= v.n) return;
      const t = v.type[idx];
      const off = v.off[idx];
      try {
        if (t === VT_FILETIME && v.len[idx] >= 8) {
          const i = instantFromFiletime(c.buf.readUInt32LE(off), c.buf.readUInt32LE(off + 4));
          c.ev.timestamp = i.iso;
          c.ev.timeMs = i.ms;
          c.hasTime = true;
        } else if (t === VT_SYSTEMTIME && v.len[idx] >= 16) {
          const b = c.buf;
          const i = instantFromParts(b.readUInt16LE(off), b.readUInt16LE(off + 2), b.readUInt16LE(off + 6),
            b.readUInt16LE(off + 8), b.readUInt16LE(off + 10), b.readUInt16LE(off + 12), b.readUInt16LE(off + 14) % 1000);
          c.ev.timestamp = i.iso;
          c.ev.timeMs = i.ms;
          c.hasTime = true;
        } else if (t !== VT_NULL) {
          setFromText(c, substText(c, v, idx));
        }
      } catch {
        // out-of-range time: leave it to the record header's time
      }
    };
  }
  const t = textFn(parts);
  return (c, v) => setFromText(c, t(c, v));
}

/** Wraps an element's op so the element disappears when the substitution it depends on is null. */
function depGuard(el: XElem, op: Op): Op {
  const dep = el.dep;
  if (dep < 0 || dep === 0xffff) return op;
  return (c, v) => {
    if (dep < v.n && v.type[dep] === VT_NULL) return;
    op(c, v);
  };
}

function seq(ops: Op[]): Op {
  const list = ops.filter((o) => o !== NOOP);
  if (list.length === 0) return NOOP;
  if (list.length === 1) return list[0];
  if (list.length === 2) {
    const [a, b] = list;
    return (c, v) => {
      a(c, v);
      b(c, v);
    };
  }
  return (c, v) => {
    for (let i = 0; i < list.length; i++) list[i](c, v);
  };
}

/** Compiles sibling nodes in a given context. `path` is the element path (for leaf disambiguation). */
export function compileNodes(nodes: XPart[], mode: Mode, path: string[] = []): Op {
  const ops: Op[] = [];
  for (const n of nodes) {
    if (n.k === K_ELEM) ops.push(compileElement(n, mode, path));
    else if (n.k === K_SUBST) ops.push(compileSubstChild(n, mode, path));
    else if (mode === 'eventdata' && n.text.trim() !== '') ops.push(NOOP);
  }
  return seq(ops);
}

/** A substitution directly among children: embedded BinXML becomes more children in this context. */
function compileSubstChild(s: XSubst, mode: Mode, path: string[]): Op {
  if (mode === 'system' || mode === 'rendering') return NOOP;
  const idx = s.idx;
  return (c, v) => {
    if (idx < v.n && v.type[idx] === VT_BINXML) c.embed(c, v.off[idx], v.len[idx], mode, path);
  };
}

function compileElement(el: XElem, mode: Mode, path: string[]): Op {
  switch (mode) {
    case 'root':
      if (el.name === 'Event') return compileNodes(el.kids, 'event', []);
      return compileElement(el, 'event', path);
    case 'event':
      switch (el.name) {
        case 'System':
          return compileNodes(el.kids, 'system');
        case 'EventData': {
          const inner = compileNodes(el.kids, 'eventdata', ['EventData']);
          return (c, v) => {
            c.pos = 0;
            inner(c, v);
          };
        }
        case 'UserData':
          return compileNodes(el.kids, 'leaves', []);
        case 'RenderingInfo':
          return compileNodes(el.kids, 'rendering');
        default:
          return compileNodes(el.kids, 'leaves', [el.name]);
      }
    case 'system':
      return depGuard(el, compileSystem(el));
    case 'eventdata':
      return depGuard(el, compileEventDataChild(el));
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

function compileSystem(el: XElem): Op {
  const ops: Op[] = [];
  switch (el.name) {
    case 'Provider': {
      const name = attr(el, 'Name');
      const guid = attr(el, 'Guid');
      const esn = attr(el, 'EventSourceName');
      if (name) {
        const f = textFn(name.parts);
        ops.push((c, v) => {
          c.ev.provider.name = f(c, v);
        });
      }
      if (guid) {
        const f = guidFn(guid.parts);
        ops.push((c, v) => {
          const g = f(c, v);
          if (g) c.ev.provider.guid = g;
        });
      }
      if (esn) {
        const f = optText(esn.parts);
        ops.push((c, v) => {
          const s = f(c, v);
          if (s) c.ev.provider.eventSourceName = s;
        });
      }
      break;
    }
    case 'EventID': {
      const f = numFn(el.kids);
      ops.push((c, v) => {
        const n = f(c, v);
        if (n !== undefined) {
          c.ev.eventId = n;
          c.hasEventId = true;
        }
      });
      const q = attr(el, 'Qualifiers');
      if (q) {
        const g = numFn(q.parts);
        ops.push((c, v) => {
          const n = g(c, v);
          if (n !== undefined) c.ev.qualifiers = n;
        });
      }
      break;
    }
    case 'Version': {
      const f = numFn(el.kids);
      ops.push((c, v) => {
        const n = f(c, v);
        if (n !== undefined) c.ev.version = n;
      });
      break;
    }
    case 'Level': {
      const f = numFn(el.kids);
      ops.push((c, v) => {
        const n = f(c, v);
        if (n !== undefined) c.ev.level = n;
      });
      break;
    }
    case 'Task': {
      const f = numFn(el.kids);
      ops.push((c, v) => {
        const n = f(c, v);
        if (n !== undefined) c.ev.task = n;
      });
      break;
    }
    case 'Opcode': {
      const f = numFn(el.kids);
      ops.push((c, v) => {
        const n = f(c, v);
        if (n !== undefined) c.ev.opcode = n;
      });
      break;
    }
    case 'EventRecordID': {
      const f = numFn(el.kids);
      ops.push((c, v) => {
        const n = f(c, v);
        if (n !== undefined) c.ev.recordId = n;
      });
      break;
    }
    case 'Keywords': {
      const f = optText(el.kids);
      ops.push((c, v) => {
        const s = f(c, v);
        if (s) c.ev.keywords = s;
      });
      break;
    }
    case 'TimeCreated': {
      const st = attr(el, 'SystemTime');
      if (st) ops.push(timeOp(st.parts));
      break;
    }
    case 'Correlation': {
      const a = attr(el, 'ActivityID');
      const r = attr(el, 'RelatedActivityID');
      if (a) {
        const f = guidFn(a.parts);
        ops.push((c, v) => {
          const g = f(c, v);
          if (g) c.ev.activityId = g;
        });
      }
      if (r) {
        const f = guidFn(r.parts);
        ops.push((c, v) => {
          const g = f(c, v);
          if (g) c.ev.relatedActivityId = g;
        });
      }
      break;
    }
    case 'Execution': {
      const p = attr(el, 'ProcessID');
      const t = attr(el, 'ThreadID');
      if (p) {
        const f = numFn(p.parts);
        ops.push((c, v) => {
          const n = f(c, v);
          if (n !== undefined) c.ev.processId = n;
        });
      }
      if (t) {
        const f = numFn(t.parts);
        ops.push((c, v) => {
          const n = f(c, v);
          if (n !== undefined) c.ev.threadId = n;
        });
      }
      break;
    }
    case 'Channel': {
      const f = textFn(el.kids);
      ops.push((c, v) => {
        c.ev.channel = f(c, v);
      });
      break;
    }
    case 'Computer': {
      const f = textFn(el.kids);
      ops.push((c, v) => {
        c.ev.computer = f(c, v);
      });
      break;
    }
    case 'Security': {
      const u = attr(el, 'UserID');
      if (u) {
        const f = optText(u.parts);
        ops.push((c, v) => {
          const s = f(c, v);
          if (s) c.ev.userSid = s;
        });
      }
      break;
    }
  }
  return seq(ops);
}

/** Adds a field; a repeated key keeps the first value, later ones get `[n]`. */
export function putField(data: Record<string, string>, key: string, value: string): void {
  if (data[key] === undefined) {
    data[key] = value;
    return;
  }
  let i = 1;
  while (data[`${key}[${i}]`] !== undefined) i++;
  data[`${key}[${i}]`] = value;
}

/** A UserData leaf met while running a record: flushed into `data` by `flushLeaves` at the end. */
export interface Leaf {
  /** Full element path below UserData (`X509Objects/Certificate/Subject/CN`). */
  path: string;
  /** The path of its parent element, '' at the top. */
  parent: string;
  name: string;
  value: string;
}

function pushLeaf(c: Ctx, path: string, parent: string, name: string, value: string): void {
  (c.leaves ??= []).push({ path, parent, name, value });
}

/**
 * Writes the UserData leaves keyed by element name. When a name repeats, the first occurrence keeps
 * the plain name and the others are keyed by their element path (`CertificateChain/ChainElement/Certificate`),
 * a path met again getting the occurrence number on its parent (`X509Objects/Certificate/Subject[2]/CN`).
 * Leaves are then written grouped by path (paths in order of first appearance), so a reader that folds
 * keys to their last segment sees, for each name, the last value of the last path holding it — the same
 * view a path-keyed XML flattening gives.
 */
export function flushLeaves(data: Record<string, string>, leaves: Leaf[]): void {
  let unique = true;
  if (leaves.length > 1) {
    const names = new Set<string>();
    for (const l of leaves) {
      if (names.has(l.name) || data[l.name] !== undefined) {
        unique = false;
        break;
      }
      names.add(l.name);
    }
  } else if (leaves.length === 1 && data[leaves[0].name] !== undefined) {
    unique = false;
  }
  if (unique) {
    for (const l of leaves) data[l.name] = l.value;
    return;
  }
  const groups = new Map<string, Leaf[]>();
  for (const l of leaves) {
    const g = groups.get(l.path);
    if (g) g.push(l);
    else groups.set(l.path, [l]);
  }
  for (const g of groups.values()) {
    for (let i = 0; i < g.length; i++) {
      const l = g[i];
      if (data[l.name] === undefined) data[l.name] = l.value;
      else if (i === 0 && data[l.path] === undefined) data[l.path] = l.value;
      else {
        const key = l.parent === '' ? l.name : `${l.parent}[${i + 1}]/${l.name}`;
        putField(data, key, l.value);
      }
    }
  }
}

/** A child of `<EventData>`: `Data Name=…` by name, else `<Element>[position]`; arrays repeat the element. */
function compileEventDataChild(el: XElem): Op {
  const nameAttr = el.name === 'Data' ? attr(el, 'Name') : undefined;
  const nameFn = nameAttr ? textFn(nameAttr.parts) : undefined;
  const elName = el.name;
  const hasElemKids = el.kids.some((k) => k.k === K_ELEM);
  const key = (c: Ctx, v: ValTable): string => {
    const n = nameFn ? nameFn(c, v) : '';
    return n !== '' ? n : `${elName}[${c.pos}]`;
  };
  if (hasElemKids) {
    // Structured content under EventData: its leaves, by name.
    const inner = compileNodes(el.kids, 'leaves', ['EventData', elName]);
    return (c, v) => {
      c.pos++;
      inner(c, v);
    };
  }
  const s = singleSubst(el.kids);
  if (s) {
    const idx = s.idx;
    return (c, v) => {
      if (idx >= v.n) {
        putField(c.data, key(c, v), '');
        c.pos++;
        return;
      }
      const t = v.type[idx];
      if (t & VT_ARRAY) {
        const items = renderArray(c.buf, v.off[idx], v.len[idx], t);
        for (const item of items) {
          putField(c.data, key(c, v), item);
          c.pos++;
        }
        return;
      }
      if (t === VT_BINXML) {
        const k = key(c, v);
        c.pos++;
        c.embed(c, v.off[idx], v.len[idx], 'leaves', ['EventData', k]);
        return;
      }
      putField(c.data, key(c, v), renderScalar(c.buf, v.off[idx], v.len[idx], t));
      c.pos++;
    };
  }
  const f = textFn(el.kids);
  return (c, v) => {
    putField(c.data, key(c, v), f(c, v));
    c.pos++;
  };
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
    return (c, v) => {
      if (idx < v.n && v.type[idx] & VT_ARRAY) {
        for (const item of renderArray(c.buf, v.off[idx], v.len[idx], v.type[idx])) pushLeaf(c, full, parent, name, item);
        return;
      }
      if (idx < v.n && v.type[idx] === VT_BINXML) {
        c.embed(c, v.off[idx], v.len[idx], 'leaves', [...path, name]);
        return;
      }
      pushLeaf(c, full, parent, name, substText(c, v, idx));
    };
  }
  const f = textFn(el.kids);
  return (c, v) => pushLeaf(c, full, parent, name, f(c, v));
}
