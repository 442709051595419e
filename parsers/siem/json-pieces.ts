/**
 * JSON records cut out of an export's text and the unread ones left out (`unread.ts`): what `readSiem` does
 * to each piece of the text it reads, and what a platform thread does in its place (`InputSource.splitJson`),
 * one implementation for both.
 */
import type { EventInterest } from '../../src/model/reader.js';
import type { JsonSplitSetup, SplitJsonPiece } from '../../src/model/source.js';
import { type RecordLimits, JsonRecordSplitter, type RecordProblem } from './records.js';
import { unreadTest } from './unread.js';

/** Cuts records out of text in order, hands on those the consumer may read and counts the others. */
export class JsonRecordCutter {
  private readonly splitter: JsonRecordSplitter;
  private readonly unread: ((record: string) => boolean) | undefined;

  constructor(interest: EventInterest | undefined, limits: Partial<RecordLimits> = {}) {
    this.splitter = new JsonRecordSplitter(limits);
    this.unread = interest ? unreadTest(interest) : undefined;
  }

  /** The records of the next text (`final`: the text's end) to `keep`; returns how many were left out unread. */
  cut(text: string, final: boolean, keep: (record: string, line: number) => void): number {
    const splitter = this.splitter;
    const records = final ? splitter.feed(text).concat(splitter.end()) : splitter.feed(text);
    const unread = this.unread;
    let left = 0;
    for (const r of records) {
      if (unread?.(r.text)) left++;
      else keep(r.text, r.line);
    }
    return left;
  }

  /** The text has stopped growing: an NDJSON line not yet ended that is a whole record is handed on now. */
  atRest(keep: (record: string, line: number) => void): void {
    for (const r of this.splitter.atRest()) if (!this.unread?.(r.text)) keep(r.text, r.line);
  }

  /** The splitter's problems since the last call (a line that is not JSON, a record over the size limit). */
  problems(): RecordProblem[] {
    return this.splitter.problems.splice(0);
  }
}

/**
 * Text decoded from at most this many bytes at a time, and records gathered into strings of at most this many
 * characters (a longer record is a string of its own). V8 keeps a longer string outside the young generation:
 * a MiB of text made there for each piece, on the thread that cuts and on the one that parses, made the old
 * generation grow and be collected over and over (on the 2 M-event fleet: 15.4 s and 315 MiB, now 13.5 s and
 * 237 MiB).
 */
const SEGMENT_CHARS = 60 * 1024;

/** `bytes` decoded (a stream's next bytes) in texts of at most SEGMENT_CHARS characters. */
export function* decodedSegments(decoder: TextDecoder, bytes: Uint8Array): Generator<string> {
  for (let at = 0; at < bytes.length; at += SEGMENT_CHARS)
    yield decoder.decode(bytes.subarray(at, at + SEGMENT_CHARS), { stream: true });
}

/** The pieces `InputSource.splitJson` yields, made from the input's bytes read in order. */
export class JsonPieceSplitter {
  private readonly decoder: TextDecoder;
  private readonly cutter: JsonRecordCutter;

  constructor(setup: JsonSplitSetup, limits: Partial<RecordLimits> = {}) {
    this.decoder = new TextDecoder(setup.encoding);
    this.cutter = new JsonRecordCutter(setup.interest, limits);
  }

  /** The next bytes, `pieceBytes` of them but at the end (the decoder copies them out). */
  piece(bytes: Uint8Array): SplitJsonPiece {
    const piece = new PieceBuilder();
    for (const text of decodedSegments(this.decoder, bytes)) piece.unread += this.cutter.cut(text, false, piece.keep);
    return piece.made(this.cutter.problems());
  }

  /** The end of the text. */
  end(): SplitJsonPiece {
    const piece = new PieceBuilder();
    piece.unread += this.cutter.cut(this.decoder.decode(), true, piece.keep);
    return piece.made(this.cutter.problems());
  }
}

/** A piece's kept records gathered into segments. */
class PieceBuilder {
  unread = 0;
  private readonly texts: string[] = [];
  private readonly counts: number[] = [];
  private readonly ends: number[] = [];
  private readonly lines: number[] = [];
  private parts: string[] = [];
  private chars = 0;

  readonly keep = (record: string, line: number): void => {
    if (this.chars + record.length > SEGMENT_CHARS && this.parts.length) this.close();
    this.parts.push(record);
    this.chars += record.length;
    this.ends.push(this.chars);
    this.lines.push(line);
  };

  private close(): void {
    this.texts.push(this.parts.join(''));
    this.counts.push(this.parts.length);
    this.parts = [];
    this.chars = 0;
  }

  made(problems: RecordProblem[]): SplitJsonPiece {
    if (this.parts.length) this.close();
    return {
      texts: this.texts,
      counts: Int32Array.from(this.counts),
      ends: Int32Array.from(this.ends),
      lines: Float64Array.from(this.lines),
      problems,
      unread: this.unread,
    };
  }
}
