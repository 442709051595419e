/**
 * A chunk's templates: a template instance read (its compiled template and its substitution values), each
 * template definition parsed and compiled on first use, kept per chunk, and shared across the chunks of a file
 * by GUID and size or by structure.
 */
import {
  K_ELEM,
  TOK_EOF,
  TOK_FRAGMENT_HEADER,
  TOK_OPEN_START,
  TOK_TEMPLATE_INSTANCE,
  signature,
  TreeParser,
  type ChunkView,
  type XPart,
} from './binxml.js';
import type { ChunkOptions } from './chunk.js';
import { compileNodes, compileRecordPlan, type RecordPlan } from './compile.js';
import { EMPTY_VALUES, spend, type Ctx, type Mode, type Op, type Place, type ValTable } from './compile-ops.js';
import { CHUNK_HEADER_SIZE } from './header.js';
import type { RecordSink } from './record-sink.js';
import { latin1, u8, u32 } from './bytes.js';
import { EvtxFormatError, fail } from './errors.js';

const MAX_SHARED_TEMPLATES = 4096;
/** Work units of parsing and compiling one template (plus one per 4 bytes of its definition). */
const COMPILE_WORK = 50;

/** Grows-on-demand value tables, one per template-instance nesting depth. */
class ValPool {
  private readonly tables: ValTable[] = [];
  get(depth: number, n: number): ValTable {
    let t = this.tables[depth];
    if (!t || t.off.length < n) {
      const cap = Math.max(n, 64);
      t = { off: new Int32Array(cap), len: new Int32Array(cap), type: new Uint8Array(cap), n: 0 };
      this.tables[depth] = t;
    }
    t.n = n;
    return t;
  }
}

/** Reads the template instances of the chunk currently in `buf` (see ChunkParser, which reads its records). */
export abstract class TemplateReader implements ChunkView {
  buf: Uint8Array;
  end = 0;
  fileOffset = 0;
  names = new Map<number, string>();
  /** Identifies this parser's current chunk: template caches hanging on places are valid for it only. */
  protected gen = 0;
  /** Compiled templates by structural signature, across the chunks of a file. */
  private readonly shared = new Map<string, Op>();
  protected inProgress = new Set<number>();
  /** Where each template definition of the current chunk ends, as parsed (its data size may be damaged). */
  protected readonly defEnds = new Map<number, number>();
  private readonly pool = new ValPool();
  /** The plan of each compiled root template (null: its records are decoded as events). */
  protected readonly plans = new WeakMap<Op, RecordPlan | null>();
  /** Where records go instead of `events` while a chunk is parsed for a sink (see parseInto). */
  protected sink: RecordSink | undefined;
  /** The template and values of the instance read last (see readInstance). */
  protected instanceOp: Op = () => {};
  protected instanceValues: ValTable = EMPTY_VALUES;
  /** Work units of each compiled template (its node count). */
  private readonly weights = new WeakMap<Op, number>();
  /** The last template weighed and its weight (records in a row often share a template). */
  private weighed: Op | undefined;
  private weight = 1;

  constructor(
    buf: Uint8Array,
    protected readonly opts: ChunkOptions,
  ) {
    this.buf = buf;
  }

  /**
   * Reads the template instance at `pos`: its compiled template (`instanceOp`, compiled on first use) and
   * its substitution values (`instanceValues`); returns where the instance ends.
   */
  protected readInstance(c: Ctx, pos: number, end: number, where: Place): number {
    const buf = this.buf;
    if (pos + 10 > end) fail('truncated template instance', pos);
    const defOffset = u32(buf, pos + 6);
    pos += 10;
    const inline = defOffset === pos;
    if (inline && pos + 24 > end) fail('truncated template definition', pos);
    const op = this.template(c, defOffset, where);
    if (inline) {
      // Definition inline: next-offset u32, GUID, data size u32, BinXML (its end as parsed). The end by its data
      // size is worked out every time, not only when no parse said it (a copy met again, compiled for an earlier
      // chunk): a sum the optimized code first meets later throws it away, and it is optimized again.
      const bySize = pos + 24 + u32(buf, pos + 20);
      pos = this.defEnds.get(defOffset) ?? bySize;
      if (pos > end) fail('template definition overruns its record', defOffset);
    }
    if (op !== this.weighed) {
      this.weighed = op;
      this.weight = this.weights.get(op) ?? 1;
    }
    spend(c, 1 + this.weight);
    // Substitution array: count, then (size u16, type u8, pad u8) each, then the values.
    if (pos + 4 > end) fail('truncated substitution array', pos);
    const n = u32(buf, pos);
    pos += 4;
    if (n > (end - pos) / 4) fail(`substitution count ${n} overruns the record`, pos - 4);
    spend(c, n);
    const v = this.pool.get(c.depth, n);
    let valuePos = pos + n * 4;
    const { off, len, type } = v;
    // The descriptors lie inside the record (checked above), so inside buf: read unchecked.
    if (end > buf.length) u8(buf, end - 1);
    for (let i = 0, d = pos; i < n; i++, d += 4) {
      const size = buf[d]! | (buf[d + 1]! << 8);
      // A damaged size: the values it pushes past the record are left out (empty), the others are read.
      const fits = valuePos + size <= end;
      off[i] = valuePos;
      len[i] = fits ? size : 0;
      type[i] = fits ? buf[d + 2]! : 0;
      valuePos += size;
    }
    if (valuePos > end) {
      valuePos = end;
      c.note ??= 'substitution value sizes overrun the record; the values past its end are left empty';
    }
    this.instanceOp = op;
    this.instanceValues = v;
    return valuePos;
  }

  /** The compiled template at `defOffset` (chunk-relative), compiling it on first use. */
  private template(c: Ctx, defOffset: number, where: Place): Op {
    // Each place keeps the templates of the current chunk (`gen` identifies parser + chunk).
    let cache = where.cache;
    if (where.gen !== this.gen || !cache) {
      cache = new Map();
      where.cache = cache;
      where.gen = this.gen;
      where.lastDef = -1;
    } else if (where.lastDef === defOffset) return where.lastOp!;
    const cached = cache.get(defOffset);
    if (cached) {
      where.lastDef = defOffset;
      where.lastOp = cached;
      return cached;
    }
    const { mode, path } = where;
    if (defOffset < CHUNK_HEADER_SIZE || defOffset + 24 > this.end) {
      fail(`template definition offset 0x${defOffset.toString(16)} outside the chunk`, defOffset);
    }
    if (this.inProgress.has(defOffset)) fail(`template at 0x${defOffset.toString(16)} refers to itself`, defOffset);
    // Every chunk carries its own copy of each template (same GUID, same size): the copy compiled
    // for an earlier chunk is reused, so closures are compiled — and JIT-optimized — once per file.
    const dataSize0 = u32(this.buf, defOffset + 20);
    const guidKey = `${latin1(this.buf, defOffset + 4, defOffset + 20)}${dataSize0}|${where.key}`;
    const byGuid = this.shared.get(guidKey);
    if (byGuid && defOffset + 24 + dataSize0 <= this.end) {
      cache.set(defOffset, byGuid);
      return byGuid;
    }
    this.inProgress.add(defOffset);
    try {
      const dataSize = u32(this.buf, defOffset + 20);
      const bodyStart = defOffset + 24;
      // Parsing and compiling cost far more than running: counted per byte of definition.
      spend(c, COMPILE_WORK + (Math.min(dataSize, this.end - bodyStart) >> 2));
      let nodes: XPart[];
      let bodyEnd = bodyStart + dataSize;
      try {
        if (bodyEnd > this.end) fail(`template definition of ${dataSize} bytes overruns the chunk`, defOffset);
        const parsed = this.parseTemplateBody(bodyStart, bodyEnd);
        nodes = parsed[0];
        if (parsed[2]) c.note ??= parsed[2];
      } catch (err) {
        if (!(err instanceof EvtxFormatError)) throw err;
        // A damaged data size: the body ends at its end-of-fragment token (as omerbenamram/evtx reads it).
        const r = this.parseTemplateBody(bodyStart, this.end);
        if (r[1] < 0) throw err;
        nodes = r[0];
        bodyEnd = r[1];
        c.note ??= `template at 0x${defOffset.toString(16)} has a wrong data size (${dataSize}; its body is ${bodyEnd - bodyStart} bytes)`;
      }
      this.defEnds.set(defOffset, bodyEnd);
      // Every chunk carries its own copy of each template: share the compiled closures between
      // structurally identical copies, so they are compiled (and optimized by the JIT) once per file.
      const sig = `${where.key}|${signature(nodes)}`;
      let op = this.shared.get(sig);
      if (!op) {
        if (this.shared.size >= MAX_SHARED_TEMPLATES) this.shared.clear();
        const root = mode === 'root' || (mode === 'event' && path.length === 0);
        const plan = root ? (compileRecordPlan(nodes, mode, this.opts.systemFields) ?? null) : null;
        // Parsed for a sink, a template with a plan runs as an event only for the records its plan cannot
        // take (rare): its closures are made then, not for every template of the file.
        op = plan && this.sink ? lazyOp(nodes, mode, path) : compileNodes(nodes, mode, path);
        this.weights.set(op, countNodes(nodes));
        if (root) this.plans.set(op, plan);
        this.shared.set(sig, op);
      }
      this.shared.set(guidKey, op);
      cache.set(defOffset, op);
      return op;
    } finally {
      this.inProgress.delete(defOffset);
    }
  }

  /**
   * Parses a template body in [start, limit). Returns its nodes, the position after its end-of-fragment
   * token (-1 when it ran to `limit` without one) and the damage read past, if any.
   */
  private parseTemplateBody(start: number, limit: number): [XPart[], number, string | undefined] {
    const parser = new TreeParser(this, limit);
    const nodes: XPart[] = [];
    let pos = start;
    while (pos < limit) {
      const tok = u8(this.buf, pos);
      if (tok === TOK_FRAGMENT_HEADER) pos += 4;
      else if ((tok & 0xbf) === TOK_OPEN_START) {
        const r = parser.parseElement(pos, 0);
        nodes.push(r[0]);
        pos = r[1];
      } else if (tok === TOK_EOF) return [nodes, pos + 1, parser.damaged];
      else if (tok === TOK_TEMPLATE_INSTANCE) fail('template definition contains a template instance', pos);
      else pos = parser.parseContent(pos, 0, nodes) + 1;
    }
    return [nodes, -1, parser.damaged];
  }
}

/** A template's op compiled on its first run (`compileNodes`: pure, so the same closures as compiled at once). */
function lazyOp(nodes: XPart[], mode: Mode, path: string[]): Op {
  let op: Op | undefined;
  return (c, v) => {
    op ??= compileNodes(nodes, mode, path);
    op(c, v);
  };
}

/** Elements, attributes, texts and substitutions of a tree: the work of running it once. */
export function countNodes(nodes: readonly XPart[]): number {
  let n = 0;
  for (const node of nodes) {
    n++;
    if (node.k === K_ELEM) {
      for (const a of node.attrs) n += 1 + a.parts.length;
      n += countNodes(node.kids);
    }
  }
  return n;
}
