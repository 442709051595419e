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
    return this.make(this.decoder.decode(bytes, { stream: true }), false);
  }

  /** The end of the text. */
  end(): SplitJsonPiece {
    return this.make(this.decoder.decode(), true);
  }

  private make(text: string, final: boolean): SplitJsonPiece {
    const parts: string[] = [];
    const ends: number[] = [];
    const lines: number[] = [];
    let at = 0;
    const unread = this.cutter.cut(text, final, (record, line) => {
      parts.push(record);
      at += record.length;
      ends.push(at);
      lines.push(line);
    });
    return {
      text: parts.join(''),
      ends: Int32Array.from(ends),
      lines: Float64Array.from(lines),
      problems: this.cutter.problems(),
      unread,
    };
  }
}
