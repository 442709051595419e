/**
 * The event being collected: its open elements (and those outside events, such as `<Events>`), each element placed
 * in its parent, its text kept to the construct limit and its length counted, the event handed on when its root
 * closes; the budgets of one event (elements, depth, characters).
 */
import { decodeEntities, SyntaxProblem } from './tag.js';
import type { PositionedElement, TokenizerLimits, XmlElement } from './tokenizer.js';

interface OpenElement {
  element: XmlElement;
  /** The characters of text it holds in the input (kept or not); what is kept is in `element.text`. */
  textChars: number;
}

/** Builds the tree of each event from the tags and texts the tokenizer reads (see EventXmlTokenizer). */
export abstract class EventTreeBuilder {
  /** Open elements outside any event (e.g. `<Events>`), by name. */
  protected outer: string[] = [];
  /** Open elements of the event being collected; empty when between events. */
  protected stack: OpenElement[] = [];
  protected eventStart = { line: 0, column: 0, parent: '' };
  protected eventChars = 0;
  protected eventElements = 0;
  protected eventAttributes = 0;
  protected sawRootElement = false;
  /** Names of top-level elements that are not `Events`/`Event` (used to name unknown formats). */
  firstRootName: string | undefined;

  constructor(protected readonly limits: TokenizerLimits) {}

  /** An element of the open event whose start tag was read (`startElement`, `continueLongTag`): counted, placed. */
  protected placeElement(
    name: string,
    attrs: Record<string, string>,
    count: number,
    selfClosing: boolean,
    at: number,
    /** The tag's characters not yet counted in the event's. */
    chars: number,
    out: PositionedElement[],
    attrLengths?: Record<string, number>,
  ): void {
    this.eventAttributes += count;
    if (++this.eventElements > this.limits.maxElements) {
      throw new SyntaxProblem(
        `the <Event> at line ${this.eventStart.line} has more than ${this.limits.maxElements} elements; event skipped`,
        at,
        false,
      );
    }
    if (this.stack.length >= this.limits.maxDepth) {
      throw new SyntaxProblem(`elements nested deeper than ${this.limits.maxDepth}`, at);
    }
    this.countEventChars(chars, at);
    const element: XmlElement = { name, attrs, children: [], text: '' };
    if (attrLengths) element.attrLengths = attrLengths;
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.element.children.push(element);
    if (selfClosing) {
      if (!parent) this.emit(element, out);
    } else {
      this.stack.push({ element, textChars: 0 });
    }
  }

  protected endElement(name: string, at: number, out: PositionedElement[]): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      const open = this.outer[this.outer.length - 1];
      if (open === name) {
        this.outer.pop();
        return;
      }
      throw new SyntaxProblem(
        open ? `end tag </${name}> does not match <${open}>` : `unexpected end tag </${name}>`,
        at,
      );
    }
    if (top.element.name !== name) {
      throw new SyntaxProblem(`end tag </${name}> does not match <${top.element.name}>`, at);
    }
    this.stack.pop();
    if (top.textChars > top.element.text.length) top.element.length = top.textChars;
    if (this.stack.length === 0) this.emit(top.element, out);
  }

  private emit(element: XmlElement, out: PositionedElement[]): void {
    out.push({ element, parent: this.eventStart.parent, line: this.eventStart.line, column: this.eventStart.column });
  }

  protected text(raw: string, at: number): void {
    if (this.stack.length === 0) {
      if (this.outer.length === 0 && raw.trim() !== '' && !this.sawRootElement) {
        throw new SyntaxProblem('text before the first element: this does not look like XML', at);
      }
      return;
    }
    this.appendText(decodeEntities(raw, at), at);
  }

  /** An element's text is kept up to `maxConstruct` characters; the rest is counted, not kept. */
  protected appendText(text: string, at: number): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    const held = top.textChars;
    top.textChars = held + text.length;
    const room = this.limits.maxConstruct - held;
    if (room <= 0) return;
    const kept = text.length > room ? text.slice(0, room) : text;
    this.countEventChars(kept.length, at);
    // Appended, not gathered and joined: most elements hold one piece, and an element's pieces between its
    // children (the indentation) are never read.
    top.element.text += kept;
  }

  protected countEventChars(n: number, at: number): void {
    this.eventChars += n;
    if (this.eventChars > this.limits.maxEvent) {
      throw new SyntaxProblem(`an event larger than ${this.limits.maxEvent} characters`, at);
    }
  }
}
