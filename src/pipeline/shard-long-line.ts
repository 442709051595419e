/**
 * A computer's shard line too long to be parsed whole (`merge` on a shard of the older layout, one line per computer:
 * a 900 000-event computer is a 242 MB line, which `JSON.parse` and the graph decoder held at 1.3 GB): read as the
 * parts shard-lines.ts writes today, one piece (an attempt, a finding, a first event) parsed at a time, each part put
 * aside as soon as its attempts are read. Two passes over the line's bytes:
 *
 * 1. each piece parsed and let go, noting what objects it defines and references (graph-codec.ts's `~d` and `~r`)
 *    and its attempt's start: the attempts grouped as `partLines` groups them (what one object joins, attempts of one
 *    start, the findings with the attempts they reach), the groups cut into parts of about `partBytes` bytes;
 * 2. each piece decoded in the line's order with one decoder (an object a later piece references is the one an
 *    earlier defined, whatever part holds it); a part handed to `made` once its last attempt is read, the part of
 *    the computer's findings when the line ends.
 *
 * So the memory is that of the parts put aside and of the objects pieces share, not of the line. Only the layout
 * analyze writes is read so (`{"part":{"diagnosed":{…},"firsts":[…]}}`, no marker, no key twice); anything else is
 * refused with what is wrong, as a line parsed whole would be.
 */
import { concatBytes } from '../model/source.js';
import { graphDecoder } from './graph-codec.js';
import { JoinedGroups } from './joined-groups.js';
import { formatCount } from '../model/numbers.js';

/** The line's bytes from its first, read again on each call. */
export type LineBytes = () => AsyncIterable<Uint8Array>;

/** What is wrong with the line (`is not JSON`…), for `file: line N …`. */
export class LongLineError extends Error {}

/** One part of the computer, as a line of shard-lines.ts holds it. */
export interface LinePart {
  diagnosed: Record<string, unknown>;
  firsts: unknown[];
}

export interface LongLineOptions {
  /** What makes a parsed piece unusable (depth, numbers), `depth` its nesting in the line. */
  unsafe(value: unknown, depth: number): string | undefined;
  /** The longest piece read (an attempt with its events). */
  maxPiece: number;
  /**
   * The longest text in a piece, in UTF-16 units: counted while its bytes are read, so a longer one is refused before
   * its piece is built (shard-schema.ts's `MAX_SHARD_TEXT`; none when absent).
   */
  maxText?: number;
  /** About this many bytes of attempts a part. */
  partBytes: number;
  /** Short texts shared across the graphs decoded (graph-codec.ts). */
  intern?: Map<string, string>;
  /** A part of attempts without the findings, made: put it aside (its lists of findings are empty, its firsts too). */
  made(part: LinePart): void;
}

/** The lists of findings a computer's diagnosis holds, empty: what a part of attempts alone holds while read. */
const NO_FINDINGS = [
  'hostFindings',
  'hijacks',
  'rdpChanges',
  'tunnelTools',
  'outboundRdp',
  'explicitCredentials',
  'backdoors',
];

/**
 * The line's parts: the findings' first (all the computer's firsts, the diagnosis's other values), then the others
 * (each given to `made` as read; here with the diagnosis's empty lists and the computer's first event).
 */
export async function readLongPartLine(bytes: LineBytes, o: LongLineOptions): Promise<LinePart[]> {
  const plan = await planParts(bytes, o);
  const decode = graphDecoder(o.intern);
  const buckets = new Map<number, unknown[]>();
  const others: LinePart[] = new Array(plan.sizes.length);
  const head: unknown[] = [];
  const diagnosed: Record<string, unknown> = {};
  const part: Record<string, unknown> = {};
  let firsts: unknown = [];
  let attempt = 0;
  await walkLine(bytes, o, {
    attempt: (json) => {
      const i = attempt++;
      if (i >= plan.lineOf.length) throw new LongLineError('changed while it was read');
      const a = decode(json);
      const l = plan.lineOf[i]!;
      if (l < 0) {
        head.push(a);
        return;
      }
      const bucket = buckets.get(l) ?? [];
      bucket.push(a);
      if (bucket.length < plan.sizes[l]!) {
        buckets.set(l, bucket);
        return;
      }
      buckets.delete(l);
      const made: LinePart = { diagnosed: { attempts: bucket }, firsts: [] };
      for (const key of NO_FINDINGS) made.diagnosed[key] = [];
      o.made(made);
      others[l] = made;
    },
    diagnosed: (key, json, item) => {
      if (key === 'attempts') set(diagnosed, key, head);
      else if (item === 'list') set(diagnosed, key, []);
      else if (item) (diagnosed[key] as unknown[]).push(decode(json));
      else set(diagnosed, key, decode(json));
    },
    part: (key, json, item) => {
      if (key === 'diagnosed') set(part, key, diagnosed);
      else if (key === 'firsts' && item === 'list') firsts = [];
      else if (key === 'firsts' && item) (firsts as unknown[]).push(decode(json));
      else if (key === 'firsts') firsts = decode(json);
      else set(part, key, decode(json));
    },
  });
  if (attempt !== plan.lineOf.length || buckets.size) throw new LongLineError('changed while it was read');
  const rest = Object.entries(diagnosed).filter(([k, v]) => k !== 'attempts' && Array.isArray(v));
  for (const p of others) {
    p.diagnosed = { ...Object.fromEntries(rest.map(([k]) => [k, []])), attempts: p.diagnosed.attempts };
    p.firsts = (Array.isArray(firsts) ? firsts.slice(0, 1) : firsts) as unknown[];
  }
  return [{ ...part, diagnosed, firsts } as LinePart, ...others];
}

/** The first bytes of the line (at most `n`, fewer when its first chunk is shorter), as text. */
export async function lineHead(bytes: LineBytes, n: number): Promise<string> {
  for await (const chunk of bytes()) if (chunk.length) return new TextDecoder().decode(chunk.subarray(0, n));
  return '';
}

/**
 * The text of a line that is one JSON value of at most `maxBytes` bytes, each text in it at most `maxText` UTF-16
 * units: a line of another kind than a computer's (the header, the end) read whole, its texts counted as its bytes are
 * read, so one too long is refused before the line is built, let alone parsed.
 */
export async function readCheckedLine(bytes: LineBytes, maxBytes: number, maxText: number): Promise<string> {
  const r = new ByteReader(bytes(), maxText);
  const text = await r.value(maxBytes);
  if ((await r.next()) !== END) throw new LongLineError('is not JSON');
  return text;
}

/** `target[key] = value`, `__proto__` an own key as JSON.parse makes it. */
function set(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** What the first pass found: each attempt's part (-1 the findings'), and how many attempts each part holds. */
interface Plan {
  lineOf: number[];
  sizes: number[];
}

/** Pass 1: the attempts grouped and cut into parts as shard-lines.ts's `partLines` does, by bytes. */
async function planParts(bytes: LineBytes, o: LongLineOptions): Promise<Plan> {
  // Groups: 0 the computer's findings, i + 1 attempt i; joined when they reach one object (union-find).
  const joined = new JoinedGroups(1);
  const find = (g: number) => joined.find(g);
  const union = (x: number, y: number) => joined.union(x, y);
  // The group that defined each shared object (`~d`): -1 an object of plain values (written again on each line).
  const owner = new Map<number, number>();
  const sizes: number[] = [];
  const sameStart = new Map<string, number>();
  const reach = (root: unknown, group: number) => {
    const stack: unknown[] = [root];
    while (stack.length) {
      const v = stack.pop();
      if (typeof v !== 'object' || v === null) continue;
      const x = v as Record<string, unknown>;
      if (!Array.isArray(v) && Object.hasOwn(x, '~r')) {
        const first = owner.get(x['~r'] as number);
        if (first !== undefined && first >= 0) union(first, group);
        continue;
      }
      if (!Array.isArray(v) && Object.hasOwn(x, '~d') && typeof x['~d'] === 'number')
        owner.set(x['~d'], plainBody(x['~v']) ? -1 : group);
      for (const k of Array.isArray(v) ? v.keys() : Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
    }
  };
  await walkLine(bytes, o, {
    attempt: (json, size) => {
      const i = sizes.length;
      sizes.push(size);
      joined.add();
      reach(json, i + 1);
      const a = (isObject(json) && Object.hasOwn(json, '~d') ? json['~v'] : json) as Record<string, unknown>;
      const key = isObject(a) ? `${JSON.stringify(a.startMs)}\u0000${JSON.stringify(a.computer)}` : '';
      const other = sameStart.get(key);
      if (other === undefined) sameStart.set(key, i + 1);
      else union(other, i + 1);
    },
    diagnosed: (_key, json) => reach(json, 0),
    part: () => undefined,
  });
  const groups = new Map<number, number[]>([[0, []]]);
  for (let i = 0; i < sizes.length; i++) {
    const g = find(i + 1);
    const list = groups.get(g);
    if (list) list.push(i);
    else groups.set(g, [i]);
  }
  const lineOf = new Array<number>(sizes.length).fill(-1);
  const counts: number[] = [];
  let size = 0;
  for (const [g, members] of groups) {
    if (g === 0) continue;
    if (size === 0) counts.push(0);
    for (const i of members) {
      lineOf[i] = counts.length - 1;
      size += sizes[i]!;
    }
    counts[counts.length - 1]! += members.length;
    if (size >= o.partBytes) size = 0;
  }
  return { lineOf, sizes: counts };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A definition's body that decodes to an object of plain values only (shard-lines.ts's `plain`). */
function plainBody(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return true;
  if (!Array.isArray(body) && Object.hasOwn(body, '~e')) return false;
  for (const [k, x] of Object.entries(body)) {
    if (k === '~0' || typeof x !== 'object' || x === null) continue;
    if (!Array.isArray(x) && (Object.hasOwn(x, '~u') || Object.hasOwn(x, '~n'))) continue;
    return false;
  }
  return true;
}

/** What a pass does with each piece, in the line's order (`item`: 'list' when a list begins, true for its items). */
interface Visit {
  attempt(json: unknown, size: number): void;
  diagnosed(key: string, json: unknown, item: boolean | 'list'): void;
  part(key: string, json: unknown, item: boolean | 'list'): void;
}

/** Keys of no marker (graph-codec.ts): what the layout's levels hold. */
const plainKey = (key: string) => !key.startsWith('~');

/** One pass over the line: `{"part":{"diagnosed":{"attempts":[…],…},"firsts":[…]}}`, each piece parsed alone. */
async function walkLine(bytes: LineBytes, o: LongLineOptions, visit: Visit): Promise<void> {
  const r = new ByteReader(bytes(), o.maxText);
  const piece = async (depth: number): Promise<[unknown, number]> => {
    const text = await r.value(o.maxPiece);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new LongLineError('is not JSON');
    }
    const bad = o.unsafe(json, depth);
    if (bad) throw new LongLineError(bad);
    return [json, text.length];
  };
  const list = async (depth: number, each: (json: unknown, size: number) => void) =>
    r.items(async () => {
      const [json, size] = await piece(depth);
      each(json, size);
    });
  await r.keys(async (key) => {
    if (key !== 'part') throw new LongLineError('holds more than a computer');
    await r.keys(async (partKey) => {
      if (!plainKey(partKey)) throw new LongLineError(`holds a marker ${partKey} where analyze --shard writes none`);
      if (partKey === 'diagnosed') {
        visit.part(partKey, undefined, false);
        await r.keys(async (key) => {
          if (!plainKey(key)) throw new LongLineError(`holds a marker ${key} where analyze --shard writes none`);
          if (key === 'attempts') {
            visit.diagnosed(key, undefined, 'list');
            await list(4, visit.attempt);
          } else if ((await r.next()) === OPEN_LIST) {
            visit.diagnosed(key, undefined, 'list');
            await list(4, (json) => visit.diagnosed(key, json, true));
          } else visit.diagnosed(key, (await piece(3))[0], false);
        });
      } else if (partKey === 'firsts' && (await r.next()) === OPEN_LIST) {
        visit.part(partKey, undefined, 'list');
        await list(3, (json) => visit.part(partKey, json, true));
      } else visit.part(partKey, (await piece(2))[0], false);
    });
  });
  if ((await r.next()) !== END) throw new LongLineError('is not JSON');
}

const END = -1;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** The line's bytes read forward: structure a token at a time, a piece as its bytes. */
class ByteReader {
  private chunk: Uint8Array = new Uint8Array(0);
  private at = 0;
  /** The line's bytes before `chunk`. */
  private before = 0;
  private readonly source: AsyncIterator<Uint8Array>;
  private readonly decoder = new TextDecoder();

  constructor(
    source: AsyncIterable<Uint8Array>,
    private readonly maxText = Number.POSITIVE_INFINITY,
  ) {
    this.source = source[Symbol.asyncIterator]();
  }

  private async more(): Promise<boolean> {
    for (;;) {
      const r = await this.source.next();
      if (r.done) return false;
      if (r.value.length === 0) continue;
      this.before += this.chunk.length;
      this.chunk = r.value;
      this.at = 0;
      return true;
    }
  }

  /** The next byte that is not white space, not taken (END at the end). */
  async next(): Promise<number> {
    for (;;) {
      while (this.at < this.chunk.length) {
        const b = this.chunk[this.at]!;
        if (!isSpace(b)) return b;
        this.at++;
      }
      if (!(await this.more())) return END;
    }
  }

  private async take(byte: number): Promise<void> {
    if ((await this.next()) !== byte) throw new LongLineError('is not a computer line analyze --shard writes');
    this.at++;
  }

  /** An object's members: `each` reads the value of each key (no key twice). */
  async keys(each: (key: string) => Promise<void>): Promise<void> {
    await this.take(OPEN_OBJECT);
    const seen = new Set<string>();
    if ((await this.next()) === CLOSE_OBJECT) {
      this.at++;
      return;
    }
    for (;;) {
      if ((await this.next()) !== QUOTE) throw new LongLineError('is not JSON');
      let key: string;
      try {
        key = JSON.parse(await this.value(4096)) as string;
      } catch {
        throw new LongLineError('is not JSON');
      }
      if (seen.has(key)) throw new LongLineError(`holds the key ${JSON.stringify(key.slice(0, 60))} twice`);
      seen.add(key);
      await this.take(COLON);
      await each(key);
      const b = await this.next();
      this.at++;
      if (b === CLOSE_OBJECT) return;
      if (b !== COMMA) throw new LongLineError('is not JSON');
    }
  }

  /** A list's items: `each` reads each. */
  async items(each: () => Promise<void>): Promise<void> {
    await this.take(OPEN_LIST);
    if ((await this.next()) === CLOSE_LIST) {
      this.at++;
      return;
    }
    for (;;) {
      await each();
      const b = await this.next();
      this.at++;
      if (b === CLOSE_LIST) return;
      if (b !== COMMA) throw new LongLineError('is not JSON');
    }
  }

  /**
   * The text of the JSON value that begins here (its end found, not checked: JSON.parse does), at most `max` bytes;
   * each text in it at most `maxText` UTF-16 units (counted from its bytes: a UTF-8 sequence one unit, two for four
   * bytes; an escape one), refused at the first unit past it.
   */
  async value(max: number): Promise<string> {
    const first = await this.next();
    if (first === END) throw new LongLineError('is cut short');
    const scalar = first !== OPEN_OBJECT && first !== OPEN_LIST && first !== QUOTE;
    const pieces: Uint8Array[] = [];
    const maxText = this.maxText;
    let size = 0;
    let depth = 0;
    let inText = false;
    let escaped = false;
    // In a text: its units so far, and the hex digits of a \u escape still to come.
    let units = 0;
    let hex = 0;
    for (;;) {
      const c = this.chunk;
      let end = -1;
      for (let i = this.at; i < c.length; i++) {
        const b = c[i]!;
        if (inText) {
          if (hex > 0) hex--;
          else if (escaped) {
            escaped = false;
            if (b === 0x75) hex = 4;
          } else if (b === QUOTE) {
            inText = false;
            if (depth === 0) {
              end = i + 1;
              break;
            }
          } else if ((b & 0xc0) !== 0x80) {
            if (b === BACKSLASH) escaped = true;
            units += b >= 0xf0 ? 2 : 1;
            if (units > maxText) throw this.tooLong(this.before + i);
          }
        } else if (scalar) {
          if (b === COMMA || b === CLOSE_OBJECT || b === CLOSE_LIST || isSpace(b)) {
            end = i;
            break;
          }
        } else if (b === QUOTE) {
          inText = true;
          units = 0;
        } else if (b === OPEN_OBJECT || b === OPEN_LIST) depth++;
        else if (b === CLOSE_OBJECT || b === CLOSE_LIST) {
          if (--depth === 0) {
            end = i + 1;
            break;
          }
        }
      }
      const stop = end < 0 ? c.length : end;
      size += stop - this.at;
      if (size > max)
        throw new LongLineError(
          `holds a value longer than ${max >= 1024 ** 2 ? `${Math.round(max / 1024 ** 2)} MiB` : `${max} bytes`}`,
        );
      pieces.push(c.subarray(this.at, stop));
      this.at = stop;
      if (end >= 0) break;
      if (!(await this.more())) {
        if (scalar) break;
        throw new LongLineError('is cut short');
      }
    }
    return this.decoder.decode(concatBytes(pieces));
  }

  private tooLong(at: number): LongLineError {
    return new LongLineError(
      `holds a text longer than ${formatCount(this.maxText)} characters (at byte ${formatCount(at)} of the line)`,
    );
  }
}
