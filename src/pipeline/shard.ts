/**
 * A fleet analyzed in N parts, by computer: `analyze --shard K/N` reads every input but keeps only the computers
 * whose name falls in part K (`shardOfComputer`), diagnoses each of them (`diagnoseComputers`, as a run does one
 * computer at a time, see by-computer.ts) and writes what the fleet-wide pass (`judgeFleet`) and the report need of
 * them: a shard file. `rdpdiag merge` reads the N files and runs the fleet-wide pass over all of them (attempt
 * numbers, attacks across computers, lateral movement, incidents, coverage), then writes any report: the report one
 * run over all the inputs gives.
 *
 * The shard file is NDJSON: a header line (`{"rdpdiag":"shard","schema":1,"version","shard":K,"of":N,"hash"}`), one
 * line per computer (`{"part": …}`: its diagnosed attempts with all their events, its host findings, sessions taken
 * over, Remote Desktop changes and tunnel tools, and its first event; a graph written by graph-codec.ts; a computer
 * of many events over several such lines, shard-lines.ts), and an end
 * line (`{"end": …}`: the inputs read, events per channel, how far each log reaches, the time span, the part count),
 * whose absence says the file was cut short.
 *
 * What joins computers is seen within a shard only: a client's RDPClient log joined to its server, an RD Gateway's
 * or broker's log read for a connection to another computer. A shard whose logs hold such a join says so
 * (`across`), and `merge` warns that its report may then differ from one run's.
 */
import { PATTERNS } from '../../patterns/index.js';
import { firstLabel, HostNames, mayFoldAcrossComputers } from '../correlate/index.js';
import { type ComputersDiagnosed, type DiagnosedAttempt, diagnoseComputers } from '../diagnose/analyze.js';
import { pathIds } from '../diagnose/scope.js';
import { LogReach, type ReachState } from '../ingest/log-reach.js';
import { type TimeSpanState, TimeSpanTracker } from '../ingest/time-span.js';
import { type BuildTimelineOptions, type ByComputer, compareEvents, type Timeline } from '../ingest/timeline.js';
import type { InputSummary, NormalizedEvent } from '../model/event.js';
import { compareInputNames } from '../model/source.js';
import { SpillError } from '../model/spill.js';
import { cutText } from '../model/value-length.js';
import { valueMarks } from '../model/value-marks.js';
import { VERSION } from '../model/version.js';
import { HELD_WHOLE_EVENTS, readingForAnalysis } from './analysis-report.js';
import { ComputerPasses, type PassChoices, putAside } from './by-computer.js';
import { decodeGraph, encodeGraph } from './graph-codec.js';
import { PART_LINE_EVENTS, partLines } from './shard-lines.js';
import {
  type LineBytes,
  type LinePart,
  LongLineError,
  lineHead,
  readCheckedLine,
  readLongPartLine,
} from './shard-long-line.js';
import {
  attemptsProblem,
  MAX_SHARD_TEXT,
  partProblem,
  partShapeProblem,
  shardEndProblem,
  shardHeaderProblem,
  shardPartProblem,
  unsafeValue,
} from './shard-schema.js';
import { SpilledAttempts } from './spilled-attempts.js';
import { MAX_SHARDS, SHARD_HASH, ShardError, type ShardSpec, shardOfComputer } from './shard-spec.js';
import { formatCount } from '../model/numbers.js';

/** The shard file's version of its layout: a merge refuses another. */
const SCHEMA = 1;

interface ShardHeader {
  rdpdiag: 'shard';
  schema: number;
  version: string;
  shard: number;
  of: number;
  hash: string;
}

/** One computer (or, when they had to be analyzed together, several): what `judgeFleet` and the report read. */
interface ShardPart {
  /** Read back by `merge`: the shard it came from. */
  k?: number;
  diagnosed: ComputersDiagnosed;
  /** The first event of each name its computers are logged by, in timeline order (names, HostNames). */
  firsts: NormalizedEvent[];
}

interface ShardEnd {
  parts: number;
  inputs: InputSummary[];
  passedOver?: string[];
  duplicates: number;
  channelCounts: Record<string, number>;
  reach: ReachState[];
  span: TimeSpanState;
  read: Timeline['read'];
  /** Something read joins computers (see the file's comment): why, for `merge` to warn. */
  across?: string;
}

/**
 * Reads the inputs for `analyze --shard K/N` and hands the shard file's lines to `write` as they are made: only the
 * computers of part K, each diagnosed alone and written as soon as the input moves on to another (it comes grouped by
 * computer, as `pull` sorts it), so a shard's memory follows its busiest computer. When the computers cannot be taken
 * one at a time (their events come back, a log reaches across computers), the part is analyzed whole (from the events
 * held alongside, or a second read) after a `{"restart":true}` line that tells `merge` to forget the computers before.
 */
export async function readShard<T extends Timeline>(
  read: (options: BuildTimelineOptions) => Promise<T>,
  shard: ShardSpec,
  version: string,
  write: (line: string) => void,
  lineEvents = PART_LINE_EVENTS,
): Promise<{ timeline: T; warnings: string[] }> {
  const ours = new Map<string, boolean>();
  const take = (e: NormalizedEvent) => {
    let mine = ours.get(e.computer);
    if (mine === undefined) ours.set(e.computer, (mine = shardOfComputer(e.computer, shard.n) === shard.k));
    return mine;
  };
  const marks = valueMarks(false);
  const passes = new ComputerPasses({ marks });
  const header: ShardHeader = {
    rdpdiag: 'shard',
    schema: SCHEMA,
    version,
    shard: shard.k,
    of: shard.n,
    hash: SHARD_HASH,
  };
  write(`${JSON.stringify(header)}\n`);
  let parts = 0;
  const warnings: string[] = [];
  // A computer of many events goes over several lines, each a part `merge` reads as any (shard-lines.ts).
  const part = (p: ShardPart) => {
    for (const line of partLines(p, lineEvents)) {
      write(`${shardLine({ part: encodeGraph(line) }, p.firsts[0]?.computer ?? '', warnings)}\n`);
      parts++;
    }
  };
  // Each computer the passes finish is written at once and let go (the passes keep only their checks' state).
  const reading: ByComputer = {
    key: (e) => passes.reading.key(e),
    ungrouped: (key) => passes.reading.ungrouped(key),
    done: (events, context) => {
      const going = passes.reading.done(events, context);
      for (let d = passes.parts.shift(); d; d = passes.parts.shift())
        part({ diagnosed: d, firsts: [passes.firsts.shift()!] });
      return going;
    },
  };
  let timeline = await read({ ...readingForAnalysis(), take, byComputer: reading, wholeUpTo: HELD_WHOLE_EVENTS });
  let across: string | undefined;
  if (passes.crossing !== undefined) {
    if (parts) write(`${JSON.stringify({ restart: true })}\n`);
    parts = 0;
    if (!timeline.wholeKept) timeline = await read({ ...readingForAnalysis(), take });
    const whole = diagnoseComputers(timeline.events, {
      ...(timeline.reach ? { reach: timeline.reach } : {}),
      ...(timeline.context ? { context: timeline.context } : {}),
      marks,
    });
    if (whole.firsts.length) part({ diagnosed: whole.result, firsts: firstOfEachName(whole.firsts) });
    across = joinsComputers(timeline.events);
  }
  timeline.events = [];
  delete timeline.context;
  const end: ShardEnd = {
    parts,
    inputs: timeline.inputs,
    ...(timeline.passedOver ? { passedOver: timeline.passedOver } : {}),
    duplicates: timeline.duplicates,
    channelCounts: { ...timeline.channelCounts },
    reach: (timeline.reach ?? new LogReach()).export(),
    span: timeline.spanState ?? { count: 0, low: [], high: [] },
    read: timeline.read,
    ...(across ? { across } : {}),
  };
  write(`${shardLine({ end: encodeGraph(end) }, '', warnings)}\n`);
  return { timeline, warnings };
}

/**
 * A shard line's text, each text in it at most MAX_SHARD_TEXT long (what `merge` reads): one longer (made by the
 * analysis of many values a log holds at their longest) cut, with a warning naming the computer.
 */
export function shardLine(value: object, computer: string, warnings: string[]): string {
  const text = JSON.stringify(value);
  // A line no longer than the longest text holds none longer.
  if (text.length <= MAX_SHARD_TEXT) return text;
  let cut = 0;
  const kept = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'string' || v.length <= MAX_SHARD_TEXT) return v;
    cut++;
    return cutText(v, MAX_SHARD_TEXT);
  });
  if (!cut) return text;
  const whose = computer ? `computer ${JSON.stringify(computer.slice(0, 200))}` : 'the end of the shard';
  warnings.push(
    `${whose}: ${cut} text(s) of its analysis longer than ${formatCount(MAX_SHARD_TEXT)} characters, which merge does not read: cut there in the shard`,
  );
  return kept;
}

/** A part's line holds its computer's findings (the first of its lines): shard-lines.ts writes the others without. */
function holdsFindings(d: ComputersDiagnosed): boolean {
  if (d.firstIndexed) return true;
  for (const v of Object.values(d)) if (Array.isArray(v) && v !== d.attempts && v.length > 0) return true;
  return false;
}

/** What tells an attempt from every other of its computer: its side, start and first record (a record is in one attempt). */
function attemptKey(a: DiagnosedAttempt): string | undefined {
  const e = a.events[0] ?? a.clientEvents[0] ?? a.probeEvents[0];
  if (!e) return undefined;
  return `${a.side}\u0000${a.startMs}\u0000${e.timestamp}\u0000${e.channel}\u0000${String(e.recordId ?? '')}`;
}

/** The first event of each computer name, in timeline order (what the report and HostNames read of them). */
function firstOfEachName(events: readonly NormalizedEvent[]): NormalizedEvent[] {
  const seen = new Set<string>();
  const out: NormalizedEvent[] = [];
  for (const e of events)
    if (!seen.has(e.computer)) {
      seen.add(e.computer);
      out.push(e);
    }
  return out;
}

/** An RD Gateway's (or another path hop's) log read for connections to other computers, which a part sees among its own only. */
function joinsComputers(events: readonly NormalizedEvent[]): string | undefined {
  const path = pathIds(PATTERNS);
  const hop = events.find((e) => path.has(e.eventId));
  return hop ? `${hop.computer} logged event ${hop.eventId}, read for connections to other computers` : undefined;
}

/** What the report asks of each attempt's events (`ReportChoices.eventsShown`, `failedWhole`). */
/** What the report reads of each attempt, and where the rest may be put aside (as `analyze` does: by-computer.ts). */
export type MergeReads = Pick<PassChoices, 'eventsShown' | 'failedWhole' | 'detailedLater' | 'spill'>;

/**
 * Reads shard files (`add`, one line at a time) and, once all are in (`finish`), gives the timeline and the
 * computers diagnosed that `analyzeTimeline` turns into the one run's report. Each part keeps of its attempts'
 * events what the report shows and the fleet pass reads, as a run does (`putAside`; with a spill, the rest put aside).
 */
export class ShardMerger {
  private readonly shards = new Map<number, { file: string; header: ShardHeader; end?: ShardEnd; parts: number }>();
  private readonly parts: ShardPart[] = [];
  private current?: { file: string; header?: ShardHeader; k?: number; line: number };
  private n?: number;
  /** Short texts shared by the parts (computer, channel, user names): one string each, as in a run. */
  private readonly texts = new Map<string, string>();

  /** The attempts' parts put aside, with `reads.spill`. */
  private readonly spilled?: SpilledAttempts;

  constructor(
    private readonly reads: MergeReads,
    /** The version of rdpdiag merging: every shard must have been written by it. */
    private readonly program: string = VERSION,
  ) {
    if (reads.spill) this.spilled = new SpilledAttempts(reads.spill);
  }

  /** Starts the next file. */
  open(file: string): void {
    this.close();
    this.current = { file, line: 0 };
  }

  /** One line of the file opened last. */
  line(text: string): void {
    const c = this.current;
    if (!c) throw new Error('line before open');
    c.line++;
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw ShardError.at(c.file, c.line, 'is not JSON: not a shard file written by analyze --shard');
    }
    const bad = unsafeValue(value);
    if (bad) throw new ShardError(`${c.file}: line ${c.line} ${bad}: not a shard file written by analyze --shard`);
    if (!c.header) {
      c.header = this.header(c.file, value, c.line);
      c.k = c.header.shard;
      return;
    }
    const shard = this.shards.get(c.k!)!;
    if (shard.end) throw ShardError.at(c.file, c.line, 'follows the end of the shard');
    const o = value as { part?: unknown; end?: unknown; restart?: unknown };
    if (o && typeof o === 'object' && o.restart === true) {
      // The shard went on to analyze its computers together: those written before are in what follows.
      for (let i = this.parts.length - 1; i >= 0; i--) if (this.parts[i]!.k === c.k) this.parts.splice(i, 1);
      shard.parts = 0;
      this.forgetLines(c.k!);
    } else if (o && typeof o === 'object' && 'part' in o) {
      const part = this.decoded(c.file, c.line, () => decodeGraph(o.part, this.texts), partProblem) as ShardPart;
      part.k = c.k!;
      this.placed(c.file, c.line, c.k!, part);
      const first = part.firsts[0]!.computer;
      this.once(c.file, c.line, c.k!, first, holdsFindings(part.diagnosed), part.diagnosed.attempts.map(attemptKey));
      this.putPartAside(c.file, c.line, part);
      this.parts.push(part);
      shard.parts++;
    } else if (o && typeof o === 'object' && 'end' in o) {
      shard.end = this.decoded(c.file, c.line, () => decodeGraph(o.end), endProblem) as ShardEnd;
      if (shard.end.parts !== shard.parts)
        throw new ShardError(`${c.file}: holds ${shard.parts} computers of the ${shard.end.parts} it says it has`);
    } else throw ShardError.at(c.file, c.line, 'is neither a computer nor the end of a shard');
  }

  /**
   * A computer's line too long to be parsed whole (`bytes` reads it from its first byte, again on each call): read a
   * piece at a time into the parts a shard writes today (shard-long-line.ts), each put aside as it is made. Long lines
   * of another kind (a header, an end) are read whole, as `line` reads them, once each text in them is known to be at
   * most MAX_SHARD_TEXT long. `partBytes`: about this many bytes of attempts a part.
   */
  async longLine(bytes: LineBytes, partBytes = LONG_LINE_PART_BYTES): Promise<void> {
    const c = this.current;
    if (!c) throw new Error('line before open');
    if (!(await lineHead(bytes, 8)).startsWith('{"part":')) {
      // Another line (a header, an end): read whole as any, once its texts are known to be of a shard's lengths.
      let text: string;
      try {
        text = await readCheckedLine(bytes, MAX_PIECE, MAX_SHARD_TEXT);
      } catch (err) {
        if (!(err instanceof LongLineError)) throw err;
        throw ShardError.at(c.file, c.line + 1, `${err.message}: not a shard file written by analyze --shard`);
      }
      this.line(text);
      return;
    }
    c.line++;
    if (!c.header)
      throw new ShardError(`${c.file}: not a shard file (write one with rdpdiag analyze --shard K/N -o FILE)`);
    const shard = this.shards.get(c.k!)!;
    if (shard.end) throw ShardError.at(c.file, c.line, 'follows the end of the shard');
    /** What tells each attempt of the line, taken before it is put aside (`once`). */
    const keys: (string | undefined)[] = [];
    const putAsidePart = (p: LinePart) => {
      const part = p as unknown as ShardPart;
      // Checked whole before it is put aside (the schema reads own fields; an attempt put aside reads them through
      // its prototype).
      const why = attemptsProblem(part.diagnosed.attempts) ?? shardPartProblem(part);
      if (why) throw new LongLineError(why);
      for (const a of part.diagnosed.attempts) keys.push(attemptKey(a));
      putAside(part.diagnosed, this.reads, this.spilled);
    };
    let made: LinePart[];
    try {
      made = await readLongPartLine(bytes, {
        unsafe: unsafeValue,
        maxPiece: MAX_PIECE,
        maxText: MAX_SHARD_TEXT,
        partBytes,
        intern: this.texts,
        made: putAsidePart,
      });
    } catch (err) {
      if (err instanceof SpillError) throw err;
      const why = err instanceof LongLineError ? err.message : `does not read back (${(err as Error).message})`;
      throw new ShardError(`${c.file}: line ${c.line} ${why}: not a shard file written by analyze --shard`);
    }
    made.forEach((p, i) => {
      const part = this.decoded(c.file, c.line, () => p as unknown as ShardPart, partShapeProblem);
      part.k = c.k!;
      this.placed(c.file, c.line, c.k!, part);
      if (i === 0) {
        // The part of the computer's findings, with all its firsts: the line is checked whole here.
        for (const a of part.diagnosed.attempts) keys.push(attemptKey(a));
        this.once(c.file, c.line, c.k!, part.firsts[0]!.computer, holdsFindings(part.diagnosed), keys);
      }
      if (i === 0) this.putPartAside(c.file, c.line, part);
      this.parts.push(part);
    });
    // One line of the file, one of the parts its end counts.
    shard.parts++;
  }

  /**
   * The computer whose lines are being read (`analyze --shard` writes a computer's lines one after another, its
   * findings on the first: shard-lines.ts): its shard, the line read last, the attempts read of it.
   */
  private lines?: { k: number; computer: string; line: number; attempts: Set<string> };
  /** The computers whose lines are done, by shard and name key: the line they ended at. */
  private readonly linesDone = new Map<string, number>();

  /**
   * Each part once: a line of a computer whose lines ended before, a second line with its findings, or an attempt
   * read before, is a part given twice (a line copied in the file), which merge would count twice; refused.
   */
  private once(
    file: string,
    line: number,
    k: number,
    first: string,
    findings: boolean,
    keys: readonly (string | undefined)[],
  ): void {
    const computer = firstLabel(first);
    const named = JSON.stringify(first.slice(0, 200));
    let at = this.lines;
    if (!at || at.k !== k || at.computer !== computer) {
      if (at) this.linesDone.set(`${at.k}\u0000${at.computer}`, at.line);
      const ended = this.linesDone.get(`${k}\u0000${computer}`);
      if (ended !== undefined)
        throw ShardError.at(
          file,
          line,
          `holds computer ${named} again, whose lines ended at line ${ended}: a part given twice (merge would count it twice)`,
        );
      at = this.lines = { k, computer, line, attempts: new Set() };
    } else if (line !== at.line && findings)
      throw ShardError.at(
        file,
        line,
        `holds the findings of computer ${named} again (its first line held them): a part given twice (merge would count it twice)`,
      );
    at.line = line;
    for (const key of keys) {
      if (key === undefined) continue;
      if (at.attempts.has(key))
        throw ShardError.at(
          file,
          line,
          `holds an attempt of computer ${named} again (the one of ${key.split('\u0000')[2]}): a part given twice (merge would count it twice)`,
        );
      at.attempts.add(key);
    }
  }

  /** A shard that starts its computers again (`restart`): what was read of them is forgotten. */
  private forgetLines(k: number): void {
    if (this.lines?.k === k) this.lines = undefined;
    for (const key of [...this.linesDone.keys()]) if (key.startsWith(`${k}\u0000`)) this.linesDone.delete(key);
  }

  /** Computers seen, by the key shards part them by: the file and shard each came in. */
  private readonly placedIn = new Map<string, { file: string; k: number }>();

  /** A line's value made by `make`, or the line refused (`problem` says what is wrong with it). */
  /** The attempts of `part` put aside (spilled past the memory budget); a failure there is said as the line's. */
  private putPartAside(file: string, line: number, part: ShardPart): void {
    this.decoded(
      file,
      line,
      () => putAside(part.diagnosed, this.reads, this.spilled),
      () => undefined,
    );
  }

  private decoded<T>(file: string, line: number, make: () => T, problem: (v: T) => string | undefined): T {
    let v: T;
    let why: string | undefined;
    try {
      v = make();
      why = problem(v);
    } catch (err) {
      if (err instanceof SpillError) throw err;
      why = err instanceof ShardError ? err.message : `does not read back (${(err as Error).message})`;
    }
    if (why) throw new ShardError(`${file}: line ${line} ${why}: not a shard file written by analyze --shard`);
    return v!;
  }

  /** Each computer in one shard only, the one its name hashes to: else the shards were not made by one parting. */
  private placed(file: string, line: number, k: number, part: ShardPart): void {
    const n = this.n!;
    for (const e of part.firsts) {
      const key = firstLabel(e.computer);
      const other = this.placedIn.get(key);
      if (other && other.file !== file)
        throw new ShardError(
          `${file}: computer ${JSON.stringify(e.computer.slice(0, 200))} is also in ${other.file}: each computer must be in one shard only (merge would count it twice)`,
        );
      const hashed = shardOfComputer(e.computer, n);
      if (hashed !== k)
        throw new ShardError(
          `${file}: line ${line} holds computer ${JSON.stringify(e.computer.slice(0, 200))}, whose name hashes to shard ${hashed}/${n}, not ${k}/${n}: shards written by analyze --shard part computers so`,
        );
      this.placedIn.set(key, { file, k });
    }
  }

  private header(file: string, value: unknown, line: number): ShardHeader {
    const h = value as Partial<ShardHeader> | null;
    if (!h || typeof h !== 'object' || h.rdpdiag !== 'shard')
      throw new ShardError(`${file}: not a shard file (write one with rdpdiag analyze --shard K/N -o FILE)`);
    if (h.schema !== SCHEMA || typeof h.version !== 'string')
      throw new ShardError(`${file}: a shard file of another layout (schema ${String(h.schema)}): analyze again`);
    if (
      !Number.isSafeInteger(h.shard) ||
      !Number.isSafeInteger(h.of) ||
      h.shard! < 1 ||
      h.shard! > h.of! ||
      h.of! > MAX_SHARDS
    )
      throw new ShardError(`${file}: its shard number is not K of N (1 ≤ K ≤ N ≤ ${MAX_SHARDS})`);
    if (h.hash !== SHARD_HASH) throw new ShardError(`${file}: its computers were parted by another hash (${h.hash})`);
    const odd = shardHeaderProblem(h);
    if (odd)
      throw ShardError.at(
        file,
        line,
        `is a header whose ${odd.replace(/^\./, '')}: not a shard file written by analyze --shard`,
      );
    // Each shard against this program, not against the first one read: all shards of another version are refused
    // too, and the odd one is the one named.
    if (h.version !== this.program)
      throw new ShardError(
        `${file}: written by rdpdiag ${JSON.stringify(h.version.slice(0, 40))}${h.version.length > 40 ? '…' : ''}, this is rdpdiag ${this.program}: analyze every shard with the rdpdiag that merges them`,
      );
    if (this.n !== undefined && h.of !== this.n)
      throw new ShardError(
        `${file}: shard ${h.shard}/${h.of}, the others are of ${this.n}: every shard must be of one N`,
      );
    const other = this.shards.get(h.shard!);
    if (other) throw new ShardError(`${file}: shard ${h.shard}/${h.of} again (also ${other.file})`);
    this.n = h.of;
    this.shards.set(h.shard!, { file, header: h as ShardHeader, parts: 0 });
    return h as ShardHeader;
  }

  /** Ends the file opened last: it must have been a whole shard. */
  close(): void {
    const c = this.current;
    this.current = undefined;
    if (!c) return;
    if (!c.header) throw new ShardError(`${c.file}: empty, not a shard file`);
    if (!this.shards.get(c.k!)?.end) throw new ShardError(`${c.file}: cut short (no end line): write the shard again`);
  }

  /** The merged timeline and computers; warnings (a join between computers a shard saw) for stderr. */
  finish(): {
    timeline: Timeline;
    passes: { parts: ComputersDiagnosed[]; firsts: NormalizedEvent[]; afterFleet(): void };
    warnings: string[];
  } {
    this.close();
    const n = this.n;
    if (n === undefined) throw new ShardError('no shard file given');
    const missing = [];
    for (let k = 1; k <= n; k++) if (!this.shards.has(k)) missing.push(`${k}/${n}`);
    if (missing.length) throw new ShardError(`shard ${missing.join(', ')} missing: merge needs all ${n} shards`);
    const ends = [...this.shards.entries()].sort(([a], [b]) => a - b).map(([, s]) => s.end!);
    // The inputs each shard read, once each, in the order one run reads them.
    const inputs = new Map<string, InputSummary>();
    for (const e of ends) for (const s of e.inputs) if (!inputs.has(s.path)) inputs.set(s.path, s);
    const channelCounts: Record<string, number> = Object.create(null);
    const reach = new LogReach();
    const span = new TimeSpanTracker();
    for (const e of ends) {
      for (const [channel, count] of Object.entries(e.channelCounts))
        channelCounts[channel] = (channelCounts[channel] ?? 0) + count;
      reach.absorb(e.reach);
      span.absorb(e.span);
    }
    // Every shard read the same inputs (one folder or export, parted by computer): what was read is any one's.
    // Otherwise (each its own export, as `pull splunk --shard` gives) the shards' reads add up.
    const sameInputs = ends.every(
      (e) => e.inputs.map((s) => s.path).join('\n') === ends[0]!.inputs.map((s) => s.path).join('\n'),
    );
    const read = sameInputs ? ends[0]!.read : addReads(ends.map((e) => e.read));
    const passedOver = [...new Set(ends.flatMap((e) => e.passedOver ?? []))];
    const timeline: Timeline = {
      events: [],
      // As a run lists them: folders passed over first, then the inputs in the order they are read.
      inputs: [
        ...[...inputs.values()].filter((s) => s.format === 'folder'),
        ...[...inputs.values()].filter((s) => s.format !== 'folder').sort((a, b) => compareInputNames(a.path, b.path)),
      ],
      ...(passedOver.length ? { passedOver } : {}),
      duplicates: ends.reduce((sum, e) => sum + e.duplicates, 0),
      channelCounts,
      reach,
      ...(span.span() ? { span: span.span() } : {}),
      read,
    };
    // The computers in the order one run meets them: by their first event.
    const parts = this.parts.sort((x, y) => compareEvents(x.firsts[0]!, y.firsts[0]!));
    const warnings = [...this.shards.entries()]
      .sort(([a], [b]) => a - b)
      .filter(([, s]) => s.end?.across)
      .map(
        ([k, s]) =>
          `shard ${k}/${n} (${s.file}): ${s.end!.across}; what joins computers is seen within a shard only, so this report may differ from one run over all the logs`,
      );
    const firsts = parts.flatMap((p) => p.firsts).sort(compareEvents);
    const names = HostNames.fromEvents(firsts);
    warnings.push(...clientsAcross(parts, names, n));
    if (
      mayFoldAcrossComputers(
        parts.flatMap((p) => p.diagnosed.attempts),
        names,
      )
    )
      warnings.push(
        "a connection that may be a Connection Broker's redirection is followed by its client on another computer: one run may fold the two into one attempt, shards do not, so this report may differ from one run over all the logs",
      );
    const afterFleet = () => this.spilled?.afterFleet();
    return { timeline, passes: { parts: parts.map((p) => p.diagnosed), firsts, afterFleet }, warnings };
  }
}

/** A long computer line is read a part of about this many bytes of attempts at a time (shard-long-line.ts). */
const LONG_LINE_PART_BYTES = 4 * 1024 * 1024;
/** The longest piece of a long computer line (an attempt with its events): the longest line read whole before. */
const MAX_PIECE = 256 * 1024 * 1024;

/** What is wrong with a decoded end line. */
function endProblem(v: unknown): string | undefined {
  const why = shardEndProblem(v);
  if (why) return why;
  const e = v as ShardEnd;
  if (!Number.isSafeInteger(e.parts) || !Number.isSafeInteger(e.duplicates))
    return 'is an end whose counts are not whole numbers';
  const span = TimeSpanTracker.stateProblem(e.span);
  return span && `is an end whose time span holds ${span}`;
}

/**
 * A client's connection (its RDPClient log) to a computer whose logs are in another shard: one run joins the two ends
 * into one attempt, shards cannot. Said once per pair of shards.
 */
function clientsAcross(parts: readonly ShardPart[], names: HostNames, n: number): string[] {
  const shardOf = new Map<string, number>();
  for (const p of parts) for (const e of p.firsts) shardOf.set(names.key(e.computer), p.k!);
  const said = new Set<string>();
  const out: string[] = [];
  for (const p of parts)
    for (const a of p.diagnosed.attempts) {
      if (a.side !== 'client' || !a.server.name) continue;
      const other = shardOf.get(names.key(a.server.name));
      if (other === undefined || other === p.k || said.has(`${p.k}/${other}`)) continue;
      said.add(`${p.k}/${other}`);
      out.push(
        `${a.computer} (shard ${p.k}/${n}) connected to ${a.server.name} (shard ${other}/${n}): one run joins both ends of such a connection into one attempt, shards cannot, so this report may differ from one run over all the logs`,
      );
    }
  return out;
}

function addReads(reads: readonly Timeline['read'][]): Timeline['read'] {
  const out: Timeline['read'] = { records: 0, droppedBy: {} };
  for (const r of reads) {
    out.records += r.records;
    for (const [name, count] of Object.entries(r.droppedBy) as [keyof Timeline['read']['droppedBy'], number][])
      out.droppedBy[name] = (out.droppedBy[name] ?? 0) + count;
    if (r.span) {
      if (!out.span) out.span = { ...r.span };
      else {
        if (r.span.start < out.span.start) out.span.start = r.span.start;
        if (r.span.end > out.span.end) out.span.end = r.span.end;
      }
    }
  }
  return out;
}
