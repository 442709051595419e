/**
 * BinXML tokens → a small tree (elements, literal text, substitution slots). Used for template
 * definitions (parsed once per chunk, then compiled) and for flat, template-less BinXML (Windows Event
 * Forwarding), parsed per record. All offsets are chunk-relative indexes into the chunk buffer.
 */
import { u8, u16, u32, utf16Units } from './bytes.js';
import { fail } from './errors.js';
import { renderScalar, VT_STRING, xmlUtf16 } from './values.js';

export const TOK_EOF = 0x00;
export const TOK_OPEN_START = 0x01;
export const TOK_CLOSE_START = 0x02;
export const TOK_CLOSE_EMPTY = 0x03;
export const TOK_END_ELEMENT = 0x04;
export const TOK_VALUE = 0x05;
export const TOK_ATTRIBUTE = 0x06;
export const TOK_CDATA = 0x07;
export const TOK_CHARREF = 0x08;
export const TOK_ENTITYREF = 0x09;
export const TOK_PI_TARGET = 0x0a;
export const TOK_PI_DATA = 0x0b;
export const TOK_TEMPLATE_INSTANCE = 0x0c;
export const TOK_NORMAL_SUBST = 0x0d;
export const TOK_OPTIONAL_SUBST = 0x0e;
export const TOK_FRAGMENT_HEADER = 0x0f;

export const MAX_DEPTH = 64;

export const K_ELEM = 0;
export const K_TEXT = 1;
export const K_SUBST = 2;

export interface XElem {
  k: typeof K_ELEM;
  name: string;
  /** Dependency identifier: the substitution this element depends on, 0xffff (or -1) for none. */
  dep: number;
  attrs: XAttr[];
  kids: XPart[];
}
export interface XText {
  k: typeof K_TEXT;
  text: string;
}
export interface XSubst {
  k: typeof K_SUBST;
  idx: number;
  type: number;
  optional: boolean;
}
export type XPart = XElem | XText | XSubst;
export interface XAttr {
  name: string;
  parts: (XText | XSubst)[];
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** What the tree parser needs from the chunk: its bytes, its usable length, a name cache. */
export interface ChunkView {
  buf: Uint8Array;
  /** End of the usable bytes of the chunk (≤ buffer length). */
  end: number;
  names: Map<number, string>;
}

/**
 * Reads a name structure (next-offset u32, hash u16, length u16, UTF-16 chars, NUL) at `off`.
 * Returns the name; `inlineEnd` tells where an inline definition ends.
 */
export function readName(view: ChunkView, off: number): string {
  const cached = view.names.get(off);
  if (cached !== undefined) return cached;
  if (off < 0 || off + 8 > view.end) fail(`name offset 0x${off.toString(16)} outside the chunk`, off);
  const count = u16(view.buf, off + 6);
  const end = off + 8 + count * 2;
  if (end > view.end) fail(`name at 0x${off.toString(16)} (${count} chars) overruns the chunk`, off);
  const name = utf16Units(view.buf, off + 8, end);
  view.names.set(off, name);
  return name;
}

function nameSize(view: ChunkView, off: number): number {
  return 8 + u16(view.buf, off + 6) * 2 + 2;
}

/** Reads a name reference at `pos` (u32 offset); skips an inline definition. Returns [name, newPos]. */
function nameRef(view: ChunkView, pos: number, limit: number): [string, number] {
  if (pos + 4 > limit) fail('truncated name reference', pos);
  const off = u32(view.buf, pos);
  pos += 4;
  if (off === pos) {
    const name = readName(view, off);
    pos += nameSize(view, off);
    if (pos > limit) fail(`inline name at 0x${off.toString(16)} overruns its fragment`, off);
    return [name, pos];
  }
  if (off >= pos) fail(`name offset 0x${off.toString(16)} points forward of its reference`, pos - 4);
  return [readName(view, off), pos];
}

/** Is there a plausible name reference at `pos` (inline here, or an earlier readable name)? */
function plausibleName(view: ChunkView, pos: number, limit: number): boolean {
  if (pos + 4 > limit) return false;
  const off = u32(view.buf, pos);
  if (off === pos + 4) {
    if (off + 8 > limit) return false;
    return off + nameSize(view, off) <= limit;
  }
  if (off >= pos || off < 128 || off + 8 > view.end) return false;
  if (view.names.has(off)) return true;
  const count = u16(view.buf, off + 6);
  return off + 8 + count * 2 + 2 <= view.end && u16(view.buf, off + 8 + count * 2) === 0;
}

/** Parser state for one fragment. */
export class TreeParser {
  /** Flat (WEF) BinXML leaves out the dependency identifier of start elements; detected per element. */
  private flat = false;
  /** Damage read past (an element whose name reference is broken): said by the caller as a warning. */
  damaged: string | undefined;

  constructor(
    private readonly view: ChunkView,
    private readonly limit: number,
  ) {}

  /** Parses sibling content (elements, text, substitutions) until an end-element/EOF token. */
  parseContent(pos: number, depth: number, into: XPart[]): number {
    const { buf } = this.view;
    const limit = this.limit;
    for (;;) {
      if (pos >= limit) fail('BinXML content runs past its end', pos);
      const tok = u8(buf, pos);
      switch (tok & 0xbf) {
        case TOK_EOF:
        case TOK_END_ELEMENT:
          return pos;
        case TOK_OPEN_START: {
          const r = this.parseElement(pos, depth + 1);
          into.push(r[0]);
          pos = r[1];
          break;
        }
        case TOK_PI_TARGET:
          pos = nameRef(this.view, pos + 1, limit)[1];
          break;
        case TOK_PI_DATA:
          pos = this.counted(pos + 1)[1];
          break;
        case TOK_FRAGMENT_HEADER:
          pos += 4;
          break;
        default: {
          const next = this.textPart(tok, pos, into);
          if (next < 0) fail(`unexpected BinXML token 0x${tok.toString(16)}`, pos);
          pos = next;
        }
      }
    }
  }

  /** Parses one element starting at its open-start token. Returns [element, position after it]. */
  parseElement(pos: number, depth: number): [XElem, number] {
    if (depth > MAX_DEPTH) fail(`BinXML nested deeper than ${MAX_DEPTH} elements`, pos);
    const { view, limit } = this;
    const { buf } = view;
    const start = pos;
    const tok = u8(buf, pos);
    // With dependency id: token, u16 dep, u32 size, u32 name. Flat (WEF): token, u32 size, u32 name.
    let dep = -1;
    const withDep = plausibleName(view, pos + 7, limit);
    const withoutDep = plausibleName(view, pos + 5, limit);
    if (withDep && (!this.flat || !withoutDep) && !(withoutDep && u32(buf, pos + 5) === pos + 9)) {
      dep = u16(buf, pos + 1);
      pos += 7;
    } else if (withoutDep) {
      this.flat = true;
      pos += 5;
    } else if (!this.flat && pos + 11 <= limit) {
      // A broken name reference (a flipped bit): the element is read as `?` (libevtx reads such records too);
      // an inline name right after the reference is skipped, and read when it is intact.
      dep = u16(buf, pos + 1);
      pos += 7;
      const inline = pos + 4;
      const count = inline + 8 <= limit ? u16(buf, inline + 6) : -1;
      const end = inline + 8 + count * 2 + 2;
      const intact = count > 0 && end <= limit && u16(buf, end - 2) === 0;
      const name = intact ? readName(view, inline) : '?';
      this.damaged ??= `an element name reference at 0x${(pos).toString(16)} is broken; read as <${name}>`;
      pos = intact ? end : inline;
      return this.elementBody(tok, { k: K_ELEM, name, dep, attrs: [], kids: [] }, pos, depth);
    } else {
      fail('start element without a valid name', start);
    }
    const nr = nameRef(view, pos, limit);
    return this.elementBody(tok, { k: K_ELEM, name: nr[0], dep, attrs: [], kids: [] }, nr[1], depth);
  }

  /** The rest of an element after its name: attributes, content, end. Returns [element, position after it]. */
  private elementBody(tok: number, el: XElem, pos: number, depth: number): [XElem, number] {
    const { view, limit } = this;
    const { buf } = view;
    if (tok & 0x40) {
      if (pos + 4 > limit) fail('truncated attribute list', pos);
      pos += 4; // attribute list size
      while (pos < limit && (u8(buf, pos) & 0xbf) === TOK_ATTRIBUTE) {
        const an = nameRef(view, pos + 1, limit);
        const attr: XAttr = { name: an[0], parts: [] };
        pos = an[1];
        pos = this.parseAttrValue(pos, attr.parts);
        el.attrs.push(attr);
      }
    }
    if (pos >= limit) fail('truncated start element', pos);
    const close = u8(buf, pos);
    if (close === TOK_CLOSE_EMPTY) return [el, pos + 1];
    if (close !== TOK_CLOSE_START) fail(`expected end of start tag, found token 0x${close.toString(16)}`, pos);
    pos = this.parseContent(pos + 1, depth, el.kids);
    if (buf[pos] !== TOK_END_ELEMENT) fail(`element <${el.name}> not closed`, pos);
    return [el, pos + 1];
  }

  private parseAttrValue(pos: number, parts: (XText | XSubst)[]): number {
    for (;;) {
      if (pos >= this.limit) fail('truncated attribute value', pos);
      const next = this.textPart(u8(this.view.buf, pos), pos, parts);
      if (next < 0) return pos;
      pos = next;
    }
  }

  /**
   * A token of text at `pos` (a value, a substitution, a character or entity reference, CDATA), in content or an
   * attribute, added to `out`: the position after it, or -1 for a token of another kind.
   */
  private textPart(tok: number, pos: number, out: (XPart | XText | XSubst)[]): number {
    const { buf } = this.view;
    const limit = this.limit;
    switch (tok & 0xbf) {
      case TOK_VALUE: {
        const r = this.valueText(pos);
        pushText(out, r[0]);
        return r[1];
      }
      case TOK_NORMAL_SUBST:
      case TOK_OPTIONAL_SUBST:
        out.push(this.substitution(pos, tok));
        return pos + 4;
      case TOK_CHARREF:
        if (pos + 3 > limit) fail('truncated character reference', pos);
        pushText(out, String.fromCharCode(u16(buf, pos + 1)));
        return pos + 3;
      case TOK_ENTITYREF: {
        const r = nameRef(this.view, pos + 1, limit);
        pushText(out, ENTITIES[r[0]] ?? `&${r[0]};`);
        return r[1];
      }
      case TOK_CDATA: {
        const r = this.counted(pos + 1);
        pushText(out, r[0]);
        return r[1];
      }
      default:
        return -1;
    }
  }

  /** A substitution token at `pos` (4 bytes: token, u16 index, value type), in content or an attribute. */
  private substitution(pos: number, tok: number): XSubst {
    if (pos + 4 > this.limit) fail('truncated substitution', pos);
    const { buf } = this.view;
    return {
      k: K_SUBST,
      idx: u16(buf, pos + 1),
      type: u8(buf, pos + 3),
      optional: tok === TOK_OPTIONAL_SUBST,
    };
  }

  /** Value text token: type byte, then (for strings) u16 char count + UTF-16 chars. */
  private valueText(pos: number): [string, number] {
    const { buf } = this.view;
    if (pos + 2 > this.limit) fail('truncated value', pos);
    const type = u8(buf, pos + 1);
    if (type === VT_STRING || type === 0x02) {
      if (type === VT_STRING) return this.counted(pos + 2);
      if (pos + 4 > this.limit) fail('truncated value', pos);
      const n = u16(buf, pos + 2);
      if (pos + 4 + n > this.limit) fail('value overruns its fragment', pos);
      return [renderScalar(buf, pos + 4, n, type), pos + 4 + n];
    }
    fail(`value text of unsupported type 0x${type.toString(16)}`, pos);
  }

  /** u16 char count + UTF-16 chars. */
  private counted(pos: number): [string, number] {
    const { buf } = this.view;
    if (pos + 2 > this.limit) fail('truncated text', pos);
    const n = u16(buf, pos);
    const end = pos + 2 + n * 2;
    if (end > this.limit) fail(`text of ${n} chars overruns its fragment`, pos);
    return [xmlUtf16(buf, pos + 2, end), end];
  }
}

function pushText(into: (XPart | XText | XSubst)[], text: string): void {
  const last = into[into.length - 1];
  if (last && last.k === K_TEXT) last.text += text;
  else into.push({ k: K_TEXT, text });
}

/** A structural signature of a tree: equal signatures compile to the same closures. */
export function signature(nodes: readonly (XPart | XText | XSubst)[]): string {
  let s = '';
  for (const n of nodes) {
    if (n.k === K_TEXT) s += 'T' + n.text.length + ':' + n.text;
    else if (n.k === K_SUBST) s += (n.optional ? '?' : '%') + n.idx + ':' + n.type + ';';
    else {
      s += '<' + n.name.length + ':' + n.name + '@' + n.dep;
      for (const a of n.attrs) s += ' ' + a.name.length + ':' + a.name + '=' + signature(a.parts) + '/';
      s += '>' + signature(n.kids) + '>';
    }
  }
  return s;
}
