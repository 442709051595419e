/**
 * `Get-WinEvent … | Export-Clixml` (rdp-events.md §5.3; CLIXML is MS-PSRP §2.2.5): `<Objs>` holding one
 * `<Obj>` per record. A small push tokenizer hands back each top-level `<Obj>` as a tree: no entity is
 * expanded beyond the predefined five and character references (a DOCTYPE is skipped), nesting, elements
 * and a record's size are bounded, and a record over budget is skipped whole.
 */
import type { PowerShellRecord } from './record.js';

export interface ClixmlNode {
  name: string;
  attrs: Record<string, string>;
  children: ClixmlNode[];
  text: string;
}

export interface ClixmlLimits {
  maxRecord: number;
  maxDepth: number;
  maxElements: number;
}

export interface ClixmlPiece {
  node?: ClixmlNode;
  line: number;
  /** Why the record was skipped (budget, malformed markup). */
  problem?: string;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character references and the five predefined entities, then CLIXML's `_xHHHH_` escapes (MS-PSRP 2.2.5.3.2). */
export function decodeClixmlText(s: string): string {
  const xml =
    s.indexOf('&') === -1
      ? s
      : s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
          if (ref[0] !== '#') return PREDEFINED[ref] ?? whole;
          const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
          return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        });
  return xml.indexOf('_x') === -1
    ? xml
    : xml.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const ATTR = /([A-Za-z_:][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;

export class ClixmlTokenizer {
  private buf = '';
  private pos = 0;
  private line = 1;
  private countedTo = 0;
  /** The record being built (empty between records). */
  private stack: ClixmlNode[] = [];
  private outer: string[] = [];
  private recordStart = 0;
  private recordLine = 0;
  private elements = 0;
  /** Skipping a record over budget: the depth of `<Obj>` still open in it. */
  private skipping: { depth: number; problem: string } | undefined;
  /** The input cannot be read on (a construct that never ends). */
  fatal: string | undefined;
  /** The first top-level element's name (`Objs` for CLIXML). */
  root: string | undefined;

  constructor(private readonly limits: ClixmlLimits) {}

  feed(text: string, final = false): ClixmlPiece[] {
    this.buf = this.buf.slice(this.pos) + text;
    this.recordStart -= this.pos;
    this.countedTo -= this.pos;
    this.pos = 0;
    const out: ClixmlPiece[] = [];
    const buf = this.buf;
    for (;;) {
      const lt = buf.indexOf('<', this.pos);
      if (lt === -1) {
        if (final || buf.length - this.pos > this.limits.maxRecord) this.pos = buf.length;
        break;
      }
      if (lt > this.pos && this.stack.length && !this.skipping)
        this.top().text += decodeClixmlText(buf.slice(this.pos, lt));
      const end = this.constructEnd(buf, lt);
      if (end === -1) {
        this.pos = lt;
        if (buf.length - lt > this.limits.maxRecord) this.fatal = `markup at line ${this.line} is never closed`;
        break;
      }
      this.countLines(lt);
      this.handle(buf.slice(lt, end), out);
      this.pos = end;
      if (this.stack.length && !this.skipping && this.pos - this.recordStart > this.limits.maxRecord)
        this.skip(`a record larger than ${this.limits.maxRecord} characters`);
    }
    if (!final && this.stack.length && !this.skipping && buf.length - this.recordStart > this.limits.maxRecord)
      this.skip(`a record larger than ${this.limits.maxRecord} characters`);
    if (this.stack.length === 0 || this.skipping) {
      // Nothing of the past is needed any more.
      this.countLines(this.pos);
    }
    return out;
  }

  private top(): ClixmlNode {
    return this.stack[this.stack.length - 1] as ClixmlNode;
  }

  private countLines(to: number): void {
    for (
      let i = this.buf.indexOf('\n', Math.max(0, this.countedTo));
      i !== -1 && i < to;
      i = this.buf.indexOf('\n', i + 1)
    )
      this.line++;
    this.countedTo = Math.max(this.countedTo, to);
  }

  /** Where the construct starting at `lt` ends (just after it), or -1 when it is not all there yet. */
  private constructEnd(buf: string, lt: number): number {
    if (buf.startsWith('<!--', lt)) return endAfter(buf, '-->', lt + 4);
    if (buf.startsWith('<?', lt)) return endAfter(buf, '?>', lt + 2);
    if (buf.startsWith('<![CDATA[', lt)) return endAfter(buf, ']]>', lt + 9);
    if (buf.startsWith('<!', lt)) {
      // DOCTYPE, with an internal subset in brackets: skipped, never expanded.
      const bracket = buf.indexOf('[', lt);
      const close = buf.indexOf('>', lt);
      if (bracket !== -1 && (close === -1 || bracket < close)) return endAfter(buf, ']>', bracket);
      return close === -1 ? -1 : close + 1;
    }
    let quote = 0;
    for (let i = lt + 1; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) return i + 1;
    }
    return -1;
  }

  private handle(tag: string, out: ClixmlPiece[]): void {
    if (tag.startsWith('<![CDATA[')) {
      if (this.stack.length && !this.skipping) this.top().text += tag.slice(9, -3);
      return;
    }
    if (tag.startsWith('<!') || tag.startsWith('<?')) return;
    const closing = tag[1] === '/';
    const selfClosing = !closing && tag.endsWith('/>');
    const nameMatch = /^<\/?([A-Za-z_][\w.:-]*)/.exec(tag);
    if (!nameMatch) {
      this.malformed(`not a tag: ${tag.slice(0, 40)}`);
      return;
    }
    const name = (nameMatch[1] ?? '').replace(/^.*:/, '');
    if (this.skipping) {
      if (name !== 'Obj' || selfClosing) return;
      this.skipping.depth += closing ? -1 : 1;
      if (this.skipping.depth <= 0) {
        out.push({ line: this.recordLine, problem: this.skipping.problem });
        this.skipping = undefined;
        this.stack = [];
      }
      return;
    }
    if (closing) {
      if (this.stack.length === 0) {
        if (this.outer[this.outer.length - 1] === name) this.outer.pop();
        return;
      }
      const open = this.stack.pop() as ClixmlNode;
      if (open.name !== name) {
        this.stack.push(open);
        this.malformed(`</${name}> closes <${open.name}>`);
        return;
      }
      if (this.stack.length === 0) out.push({ node: open, line: this.recordLine });
      return;
    }
    const attrs: Record<string, string> = {};
    for (const m of tag.matchAll(ATTR)) attrs[m[1] ?? ''] = decodeClixmlText(m[3] ?? m[4] ?? '');
    const node: ClixmlNode = { name, attrs, children: [], text: '' };
    if (this.stack.length === 0) {
      this.root ??= name;
      if (name !== 'Obj') {
        if (!selfClosing) this.outer.push(name);
        return;
      }
      this.recordStart = this.pos;
      this.recordLine = this.line;
      this.elements = 0;
    } else {
      this.top().children.push(node);
      if (++this.elements > this.limits.maxElements) {
        this.skip(`a record of more than ${this.limits.maxElements} elements`);
        return;
      }
      if (this.stack.length >= this.limits.maxDepth) {
        this.skip(`a record nested more than ${this.limits.maxDepth} deep`);
        return;
      }
    }
    if (!selfClosing) this.stack.push(node);
    else if (this.stack.length === 0) out.push({ node, line: this.recordLine });
  }

  /** Drops the record being built; reading goes on at its end (the `<Obj>` nesting is still followed). */
  private skip(problem: string): void {
    const depth = this.stack.filter((n) => n.name === 'Obj').length;
    this.stack = [];
    this.skipping = { depth, problem };
  }

  /** Malformed markup in a record: the rest of it is passed over, following its <Obj> nesting. */
  private malformed(problem: string): void {
    if (this.stack.length) this.skip(`malformed markup (${problem})`);
  }

  /** A record begun and never closed. */
  get unfinished(): { line: number } | undefined {
    return this.stack.length || this.skipping ? { line: this.recordLine } : undefined;
  }
}

function endAfter(buf: string, marker: string, from: number): number {
  const i = buf.indexOf(marker, from);
  return i === -1 ? -1 : i + marker.length;
}

const SCALARS = new Set([
  'S',
  'I32',
  'I64',
  'U32',
  'U64',
  'I16',
  'U16',
  'By',
  'SB',
  'B',
  'DT',
  'G',
  'Db',
  'Sg',
  'D',
  'C',
  'TS',
  'URI',
  'Version',
  'XD',
  'SBK',
]);

/** A property's value: a scalar's text, an object's ToString (or its `Value` property), null for `<Nil>`. */
function propertyValue(node: ClixmlNode): string | null {
  if (node.name === 'Nil') return null;
  if (SCALARS.has(node.name)) return node.text;
  if (node.name === 'BA') return node.text;
  if (node.name === 'Obj') {
    const props = node.children.find((c) => c.name === 'Props');
    const value = props?.children.find((c) => c.attrs.N === 'Value');
    if (value && value.name !== 'Obj') return propertyValue(value);
    const str = node.children.find((c) => c.name === 'ToString');
    if (str) return str.text;
  }
  return null;
}

/** A top-level `<Obj>` as a record; undefined when it is not an event record. */
export function recordFromClixml(node: ClixmlNode): PowerShellRecord | undefined {
  const props = new Map<string, string | null>();
  let values: (string | null)[] | undefined;
  let message: string | undefined;
  for (const group of node.children) {
    if (group.name !== 'Props' && group.name !== 'MS') continue;
    for (const p of group.children) {
      const name = p.attrs.N;
      if (name === undefined) continue;
      if (name === 'Properties') {
        const list = p.children.find((c) => c.name === 'LST' || c.name === 'IE');
        // At the default -Depth the list's items are only their type name (`<S>…EventProperty</S>`).
        if (list?.children.every((c) => c.name === 'Obj' || c.name === 'Nil'))
          values = list.children.map(propertyValue);
        continue;
      }
      if (name === 'Message') {
        message = propertyValue(p) ?? undefined;
        continue;
      }
      props.set(name, propertyValue(p));
    }
  }
  if (!props.has('Id') && !props.has('TimeCreated')) return undefined;
  return { props, values, message };
}
