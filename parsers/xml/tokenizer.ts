/**
 * A push tokenizer for event-log XML: fed text in pieces, it hands back each complete `<Event>` element
 * as a small tree. It is deliberately not a general XML parser:
 * - no entity is ever expanded beyond the five predefined ones and character references (a DOCTYPE
 *   and its internal subset are skipped, so "billion laughs" is inert);
 * - nesting, a single construct (tag, text, comment) and a whole event are bounded in size, so no
 *   input can make memory grow without limit; an element's text longer than a construct may be is kept to its
 *   first `maxConstruct` characters with its length (`XmlElement.length`), the event read (the reader cuts it
 *   to a log value's length, src/model/value-length.ts); so is an attribute's value inside an event
 *   (`XmlElement.attrLengths`), its start tag then read a piece at a time;
 * - after an error it resynchronizes at the next `<Event`, so one bad event does not lose the rest.
 * Here: the buffer fed, the construct at hand, long start tags, problems and resynchronization; the event's tree is
 * built by EventTreeBuilder (event-tree.ts), a start tag read by `parseTag` (tag.ts), the buffer scanned by scan.ts.
 */
import { EventTreeBuilder } from './event-tree.js';
import { findDoctypeEnd, findEventStart, findLineStartEvent, findTagEnd, TAG_HAS_LT, textPieceEnd } from './scan.js';
import { decodeEntities, isNameStart, isSpace, localName, parseTag, SyntaxProblem } from './tag.js';

export interface XmlElement {
  /** Local name (namespace prefix dropped). */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** The text's length in the input, when longer than the `maxConstruct` characters kept in `text`. */
  length?: number;
  /** By attribute: its value's length in the input, when longer than the `maxConstruct` characters kept in `attrs`. */
  attrLengths?: Record<string, number>;
}

export interface PositionedElement {
  element: XmlElement;
  /** Name of the element that encloses this event (`Events` for Event Viewer exports), or '' at top level. */
  parent: string;
  line: number;
  column: number;
}

export interface XmlProblem {
  code: 'xml-malformed' | 'xml-event-budget' | 'xml-event-cut-off' | 'xml-event-unclosed';
  message: string;
  line: number;
  column: number;
  /** true: the input is broken (malformed markup); false: something was lost but the input is fine (cut off). */
  malformed: boolean;
}

export interface TokenizerLimits {
  maxDepth: number;
  /** Largest single construct (start tag, text run, comment, CDATA section), in characters. */
  maxConstruct: number;
  /** Largest whole event, in characters. */
  maxEvent: number;
  /** Most elements in one event (real ones have a few dozen; CAPI2 chains a few hundred). */
  maxElements: number;
  /** Most attributes in one event (and in one tag outside events). */
  maxAttributes: number;
}

export const DEFAULT_LIMITS: TokenizerLimits = {
  maxDepth: 64,
  maxConstruct: 4 * 1024 * 1024,
  maxEvent: 16 * 1024 * 1024,
  maxElements: 50_000,
  maxAttributes: 100_000,
};

const EVENT = 'Event';
/** An open construct up to this long is scanned again at every feed (a live tail's next lines finish it at once). */
const RESCAN_FREE = 64 * 1024;

/**
 * A start tag inside an event longer than a construct may be (a crafted 4 MiB attribute value), read a piece at a
 * time: its attributes read so far, and the one whose value is being read.
 */
interface LongTag {
  name: string;
  attrs: Record<string, string>;
  attrLengths: Record<string, number> | undefined;
  count: number;
  /** Attributes the event may still have. */
  budget: number;
  value: { name: string; quote: number; parts: string[]; kept: number; chars: number } | undefined;
}

export class EventXmlTokenizer extends EventTreeBuilder {
  private buf = '';
  private pos = 0;
  /** Characters discarded from the front of `buf` so far (absolute offset of buf[0]). */
  private base = 0;
  /** A problem whose skipped stretch is still being measured (seeking the next `<Event`). */
  private pendingSkip: { problem: XmlProblem; from: number } | undefined;
  /** Line/column bookkeeping: the position in `buf` up to which newlines were counted. */
  private countedTo = 0;
  private line = 1;
  private lineStart = 0; // position in buf (may be negative after a discard) where the current line starts
  /** A start tag longer than a construct, inside an event, being read a piece at a time. */
  private longTag: LongTag | undefined;
  /** Absolute character offset of the current event's `<Event`. */
  private eventOffset = 0;
  private seeking = false;
  /** Characters from `pos` the buffer must hold before a construct left open is scanned again (0: any). */
  private rescanAt = 0;
  private sawDeclaration = false;
  readonly problems: XmlProblem[] = [];
  /** Problems before this index are complete (their skipped stretch is known) and may be reported. */
  get settledProblems(): number {
    return this.pendingSkip ? this.problems.indexOf(this.pendingSkip.problem) : this.problems.length;
  }

  constructor(limits: Partial<TokenizerLimits> = {}) {
    super({ ...DEFAULT_LIMITS, ...limits });
  }

  get hasDeclaration(): boolean {
    return this.sawDeclaration;
  }

  /** Feed more text; returns the events completed by it. */
  feed(text: string): PositionedElement[] {
    if (this.pos > 0) this.discardConsumed();
    this.buf += text;
    const out: PositionedElement[] = [];
    if (this.buf.length - this.pos < this.rescanAt) return out;
    this.run(out, false);
    return out;
  }

  /** Signal the end of input; returns any events still completed and records a cut-off event. */
  end(): PositionedElement[] {
    const out: PositionedElement[] = [];
    this.run(out, true);
    if (this.pendingSkip) this.settleSkip(this.base + this.buf.length, undefined);
    this.longTag = undefined;
    if (this.stack.length > 0) {
      this.problems.push({
        code: 'xml-event-cut-off',
        message: `input ends inside the <Event> that starts at line ${this.eventStart.line}, column ${this.eventStart.column}; that event is lost`,
        line: this.eventStart.line,
        column: this.eventStart.column,
        malformed: false,
      });
      this.stack = [];
    }
    this.buf = '';
    this.pos = 0;
    this.countedTo = 0;
    return out;
  }

  private discardConsumed(): void {
    this.advanceCount(this.pos);
    this.base += this.pos;
    this.buf = this.buf.slice(this.pos);
    this.countedTo -= this.pos;
    this.lineStart -= this.pos;
    this.pos = 0;
  }

  private advanceCount(to: number): void {
    let i = this.buf.indexOf('\n', this.countedTo);
    while (i !== -1 && i < to) {
      this.line++;
      this.lineStart = i + 1;
      i = this.buf.indexOf('\n', i + 1);
    }
    if (to > this.countedTo) this.countedTo = to;
  }

  private positionOf(at: number): { line: number; column: number } {
    this.advanceCount(at);
    return { line: this.line, column: at - this.lineStart + 1 };
  }

  private run(out: PositionedElement[], final: boolean): void {
    const buf = this.buf;
    this.rescanAt = 0;
    while (this.pos < buf.length) {
      if (this.seeking) {
        const next = findEventStart(buf, this.pos);
        if (next === -1) {
          // Keep a short tail in case `<Event` is split across feeds.
          this.pos = Math.max(this.pos, buf.length - 7);
          if (final) this.pos = buf.length;
          return;
        }
        this.pos = next;
        this.seeking = false;
        if (this.pendingSkip) this.settleSkip(this.base + next, this.positionOf(next).line);
      }
      try {
        if (!this.step(out, final)) {
          this.waitForMore();
          return;
        }
      } catch (err) {
        if (!(err instanceof SyntaxProblem)) throw err;
        this.fail(err.message, err.at, err.malformed);
      }
    }
  }

  /**
   * A construct longer than RESCAN_FREE left open is scanned again only once the buffer holds twice as much of it
   * (never past the size limit, so that limit is still seen): a long tag or text fed a few characters at a time
   * costs linear time, not a scan from its start per feed.
   */
  private waitForMore(): void {
    const open = this.buf.length - this.pos;
    this.rescanAt = open > RESCAN_FREE ? Math.min(2 * open, this.limits.maxConstruct + 1) : 0;
  }

  private fail(message: string, at: number, malformed: boolean): void {
    const from = Math.min(at, this.buf.length);
    const where = this.positionOf(from);
    const problem: XmlProblem = {
      code: malformed ? 'xml-malformed' : 'xml-event-budget',
      message: this.withLostEvent(message),
      ...where,
      malformed,
    };
    this.problems.push(problem);
    this.pendingSkip = { problem, from: this.base + from };
    this.stack = [];
    this.longTag = undefined;
    this.eventChars = 0;
    this.seeking = true;
    this.pos = Math.max(this.pos, at) + 1;
  }

  /** Adds "the <Event> at line N is lost" when the problem is inside an event. */
  private withLostEvent(message: string): string {
    if (this.stack.length === 0 || / event skipped$/.test(message)) return message;
    return `${message} (in the <Event> at line ${this.eventStart.line}, which is lost)`;
  }

  /** Completes the pending problem with how much was skipped and where reading resumed. */
  private settleSkip(to: number, resumeLine: number | undefined): void {
    const pending = this.pendingSkip;
    if (!pending) return;
    this.pendingSkip = undefined;
    const n = Math.max(0, to - pending.from);
    pending.problem.message +=
      resumeLine === undefined
        ? `; skipped the rest of the input (${n} characters)`
        : `; skipped ${n} characters, reading again at the <Event> on line ${resumeLine}`;
  }

  /**
   * An unterminated or malformed construct (comment, PI, DOCTYPE, CDATA, start tag) with an `<Event` at
   * the start of a later line: exports never have one inside such a construct, so reading resumes there.
   */
  private resyncAt(what: string, at: number, next: number): boolean {
    const where = this.positionOf(at);
    const resume = this.positionOf(next);
    this.problems.push({
      code: 'xml-malformed',
      message: `${this.withLostEvent(what)}; skipped ${next - at} characters, reading again at the <Event> on line ${resume.line}`,
      ...where,
      malformed: true,
    });
    this.stack = [];
    this.eventChars = 0;
    this.pos = next;
    return true;
  }

  /** Handles one construct at `pos`. Returns false when more input is needed. */
  private step(out: PositionedElement[], final: boolean): boolean {
    if (this.longTag) return this.continueLongTag(this.longTag, out, final);
    const buf = this.buf;
    const lt = buf.indexOf('<', this.pos);
    if (lt === -1) {
      if (final) {
        this.text(buf.slice(this.pos), this.pos);
        this.pos = buf.length;
        return true;
      }
      if (buf.length - this.pos > this.limits.maxConstruct) {
        if (this.stack.length === 0)
          throw new SyntaxProblem(`a run of text longer than ${this.limits.maxConstruct} characters`, this.pos);
        // A value longer than a construct may be (a crafted log): handed on in pieces, its start kept, its event
        // read. An entity reference the buffer ends inside waits for its end.
        const end = textPieceEnd(buf, this.pos);
        this.text(buf.slice(this.pos, end), this.pos);
        this.pos = end;
      }
      return false;
    }
    if (lt > this.pos) {
      this.text(buf.slice(this.pos, lt), this.pos);
      this.pos = lt;
    }
    const c1 = buf.charCodeAt(lt + 1);
    if (Number.isNaN(c1)) return this.needMore(final, lt, 'a tag');
    if (c1 === 0x21 /* ! */) return this.markupDeclaration(lt, final);
    if (c1 === 0x3f /* ? */) {
      const end = buf.indexOf('?>', lt + 2);
      const next = findLineStartEvent(buf, lt + 2, end);
      if (next !== -1) return this.resyncAt('unterminated processing instruction', lt, next);
      if (end === -1) return this.needMore(final, lt, 'a processing instruction');
      if (buf.startsWith('<?xml', lt) && this.stack.length === 0 && this.outer.length === 0) this.sawDeclaration = true;
      this.pos = end + 2;
      return true;
    }
    if (c1 === 0x2f /* / */) {
      const gt = buf.indexOf('>', lt + 2);
      if (gt === -1) return this.needMore(final, lt, 'an end tag');
      const name = localName(buf.slice(lt + 2, gt).trim());
      this.pos = gt + 1;
      this.endElement(name, lt, out);
      return true;
    }
    const gt = findTagEnd(buf, lt + 1);
    if (gt < 0) {
      const next = findLineStartEvent(buf, lt + 1, -1);
      if (next !== -1) return this.resyncAt('unterminated start tag or attribute quote', lt, next);
      if (gt === TAG_HAS_LT) throw new SyntaxProblem('"<" inside a start tag (unterminated attribute quote?)', lt);
      // Inside an event, a tag longer than a construct may be is read a piece at a time (its values cut, kept).
      if (!final && this.stack.length > 0 && buf.length - lt > this.limits.maxConstruct) return this.beginLongTag(lt);
      return this.needMore(final, lt, 'a start tag');
    }
    this.pos = gt + 1;
    this.startElement(buf, lt, gt, out);
    return true;
  }

  private needMore(final: boolean, at: number, what: string): boolean {
    if (final) {
      // A file cut off mid-construct: end() reports the event it was in as lost; outside events, the
      // construct never closed and everything after it is skipped: say so.
      if (this.stack.length === 0 && this.buf.length - at > 0) {
        this.problems.push({
          code: 'xml-malformed',
          message: `${what} that is never closed; skipped the rest of the input (${this.buf.length - at} characters)`,
          ...this.positionOf(at),
          malformed: true,
        });
      }
      this.pos = this.buf.length;
      return true;
    }
    if (this.buf.length - at > this.limits.maxConstruct) {
      throw new SyntaxProblem(`${what} longer than ${this.limits.maxConstruct} characters`, at);
    }
    return false;
  }

  private markupDeclaration(lt: number, final: boolean): boolean {
    const buf = this.buf;
    if (buf.startsWith('<!--', lt)) {
      const end = buf.indexOf('-->', lt + 4);
      const next = findLineStartEvent(buf, lt + 4, end);
      if (next !== -1) return this.resyncAt('unterminated comment', lt, next);
      if (end === -1) return this.needMore(final, lt, 'a comment');
      this.pos = end + 3;
      return true;
    }
    if (buf.startsWith('<![CDATA[', lt)) {
      const end = buf.indexOf(']]>', lt + 9);
      const next = findLineStartEvent(buf, lt + 9, end);
      if (next !== -1) return this.resyncAt('unterminated CDATA section', lt, next);
      if (end === -1) return this.needMore(final, lt, 'a CDATA section');
      this.appendText(buf.slice(lt + 9, end), lt);
      this.pos = end + 3;
      return true;
    }
    if (buf.length - lt < 9 && !final) return false;
    if (buf.startsWith('<!DOCTYPE', lt)) {
      // Skipped whole, internal subset included: its entities are never declared, so never expanded.
      const end = findDoctypeEnd(buf, lt + 9);
      const next = findLineStartEvent(buf, lt + 9, end);
      if (next !== -1) return this.resyncAt('unterminated DOCTYPE declaration', lt, next);
      if (end === -1) return this.needMore(final, lt, 'a DOCTYPE declaration');
      this.pos = end + 1;
      return true;
    }
    throw new SyntaxProblem('unexpected "<!"', lt);
  }

  private startElement(buf: string, lt: number, gt: number, out: PositionedElement[]): void {
    const selfClosing = buf.charCodeAt(gt - 1) === 0x2f;
    const inner = buf.slice(lt + 1, selfClosing ? gt - 1 : gt);
    const inEvent = this.stack.length > 0;
    const attrBudget = this.limits.maxAttributes - (inEvent ? this.eventAttributes : 0);
    const { name, attrs, count, attrLengths } = parseTag(inner, lt, attrBudget, this.limits);
    if (name === EVENT && this.stack.length > 0) {
      // Events never nest: the open one was never closed. It is lost; this one starts afresh.
      const lost = this.eventStart;
      this.problems.push({
        code: 'xml-event-unclosed',
        message: `the <Event> at line ${lost.line} is not closed before the next <Event>; skipped ${this.base + lt - this.eventOffset} characters of it`,
        line: lost.line,
        column: lost.column,
        malformed: false,
      });
      this.stack = [];
    }
    if (this.stack.length === 0) {
      if (name !== EVENT) {
        // Outside events: only the enclosing root(s) matter.
        if (!this.sawRootElement) {
          this.sawRootElement = true;
          this.firstRootName = name;
        }
        if (!selfClosing) {
          if (this.outer.length >= this.limits.maxDepth) {
            throw new SyntaxProblem(`elements nested deeper than ${this.limits.maxDepth}`, lt);
          }
          this.outer.push(name);
        }
        return;
      }
      this.sawRootElement = true;
      this.firstRootName ??= name;
      const where = this.positionOf(lt);
      this.eventStart = { ...where, parent: this.outer.at(-1) ?? '' };
      this.eventChars = 0;
      this.eventOffset = this.base + lt;
      this.eventElements = 0;
      this.eventAttributes = 0;
    }
    this.placeElement(name, attrs, count, selfClosing, lt, gt - lt, out, attrLengths);
  }

  /**
   * Starts reading the tag at `lt`, past a construct's length, a piece at a time: its name read here (a name that
   * long, or an `<Event>` in an event, is refused as any tag that long), its attributes by `continueLongTag`.
   */
  private beginLongTag(lt: number): boolean {
    const buf = this.buf;
    let i = lt + 1;
    while (i < buf.length && !isSpace(buf.charCodeAt(i)) && buf.charCodeAt(i) !== 0x2f) i++;
    const qname = buf.slice(lt + 1, i);
    if (i === buf.length || localName(qname) === EVENT)
      throw new SyntaxProblem(`a start tag longer than ${this.limits.maxConstruct} characters`, lt);
    if (qname === '' || !isNameStart(qname.charCodeAt(0)))
      throw new SyntaxProblem(`invalid element name "${qname.slice(0, 40)}"`, lt);
    this.countEventChars(i - lt, lt);
    this.longTag = {
      name: localName(qname),
      attrs: {},
      attrLengths: undefined,
      count: 0,
      budget: this.limits.maxAttributes - this.eventAttributes,
      value: undefined,
    };
    this.pos = i;
    return true;
  }

  /**
   * Reads on in a long start tag (`beginLongTag`): attributes as `parseTag` reads them, a value's pieces decoded as
   * they come (never ending inside `&…;`), its first `maxConstruct` characters kept and its length counted. The tag
   * closed, its element is placed as `startElement` places one. Returns false when more input is needed.
   */
  private continueLongTag(tag: LongTag, out: PositionedElement[], final: boolean): boolean {
    const buf = this.buf;
    const n = buf.length;
    const value = tag.value;
    if (value) {
      let i = this.pos;
      while (i < n) {
        const c = buf.charCodeAt(i);
        if (c === value.quote) break;
        if (c === 0x3c) throw new SyntaxProblem('"<" inside a start tag (unterminated attribute quote?)', i);
        i++;
      }
      const end = i < n ? i : textPieceEnd(buf, this.pos);
      const piece = decodeEntities(buf.slice(this.pos, end), this.pos);
      value.chars += piece.length;
      const room = this.limits.maxConstruct - value.kept;
      if (room > 0) {
        const kept = piece.length > room ? piece.slice(0, room) : piece;
        this.countEventChars(kept.length, this.pos);
        value.parts.push(kept);
        value.kept += kept.length;
      }
      if (i === n) {
        this.pos = end;
        return this.needMore(final, end, 'a start tag');
      }
      this.pos = i + 1;
      tag.value = undefined;
      if (!value.name.startsWith('xmlns')) {
        const local = localName(value.name);
        tag.attrs[local] = value.parts.join('');
        if (value.chars > value.kept) (tag.attrLengths ??= {})[local] = value.chars;
      }
      return true;
    }
    let i = this.pos;
    while (i < n && isSpace(buf.charCodeAt(i))) i++;
    this.pos = i;
    if (i === n) return this.needMore(final, i, 'a start tag');
    const c = buf.charCodeAt(i);
    if (c === 0x3e /* > */ || c === 0x2f /* / */) {
      const selfClosing = c === 0x2f;
      if (selfClosing && i + 1 === n) return this.needMore(final, i, 'a start tag');
      if (selfClosing && buf.charCodeAt(i + 1) !== 0x3e)
        throw new SyntaxProblem(`"/" not followed by ">" in <${tag.name}>`, i);
      this.pos = i + (selfClosing ? 2 : 1);
      this.longTag = undefined;
      this.placeElement(tag.name, tag.attrs, tag.count, selfClosing, i, 0, out, tag.attrLengths);
      return true;
    }
    // An attribute's name, `=` and opening quote: read whole, or waited for.
    let eq = i;
    while (eq < n && buf.charCodeAt(eq) !== 0x3d) {
      const e = buf.charCodeAt(eq);
      if (e === 0x3c || e === 0x3e) throw new SyntaxProblem(`attribute without a value in <${tag.name}>`, eq);
      eq++;
    }
    let q = eq + 1;
    while (q < n && isSpace(buf.charCodeAt(q))) q++;
    if (q >= n) {
      if (n - i > this.limits.maxConstruct)
        throw new SyntaxProblem(`an attribute name longer than ${this.limits.maxConstruct} characters`, i);
      return this.needMore(final, i, 'a start tag');
    }
    const attrName = buf.slice(i, eq).trim();
    const quote = buf.charCodeAt(q);
    if (quote !== 0x22 && quote !== 0x27)
      throw new SyntaxProblem(`attribute ${attrName} of <${tag.name}> is not quoted`, q);
    if (++tag.count > tag.budget)
      throw new SyntaxProblem(
        `more than ${this.limits.maxAttributes} attributes in one event; event skipped`,
        i,
        false,
      );
    this.countEventChars(q + 1 - i, i);
    tag.value = { name: attrName, quote, parts: [], kept: 0, chars: 0 };
    this.pos = q + 1;
    return true;
  }
}
