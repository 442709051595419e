/**
 * CSV rows (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks) out of decoded text,
 * streamed: the Sentinel portal's "Export to CSV" and Splunk's CSV export. The first row names the columns.
 */

export interface CsvRow {
  values: string[];
  /** 1-based line where the row starts. */
  line: number;
}

/** A row longer than this (a field holding a whole log) is skipped. */
const MAX_ROW_CHARS = 16 * 1024 * 1024;

export class CsvSplitter {
  private pending = '';
  private line = 1;
  readonly problems: { line: number; message: string }[] = [];

  feed(text: string): CsvRow[] {
    this.pending += text;
    return this.rows(false);
  }

  end(): CsvRow[] {
    return this.rows(true);
  }

  /**
   * The unfinished row is parsed again only once the text held has doubled since the last try (or at the end):
   * a 50 MB field read in 60 K pieces was parsed again from its start at each piece (quadratic: 16.9 s); so the
   * tries add up to twice the row.
   */
  private retryAt = 0;

  private rows(final: boolean): CsvRow[] {
    if (!final && this.pending.length < this.retryAt) {
      this.overLimit();
      return [];
    }
    const out: CsvRow[] = [];
    const s = this.pending;
    let at = 0;
    for (;;) {
      const row = parseRow(s, at, final);
      if (!row) break;
      // The text ends inside a quoted field: the file was cut in the middle of this row.
      if (row.unclosed)
        this.problems.push({ line: this.line, message: 'the file ends inside a quoted field of this row (cut short)' });
      else if (!(row.values.length === 1 && row.values[0] === '')) out.push({ values: row.values, line: this.line });
      this.line += row.lines;
      at = row.next;
      if (at >= s.length) break;
    }
    this.pending = s.slice(at);
    this.retryAt = this.pending.length * 2;
    this.overLimit();
    return out;
  }

  private overLimit(): void {
    if (this.pending.length > MAX_ROW_CHARS) {
      this.problems.push({ line: this.line, message: `a CSV row longer than ${MAX_ROW_CHARS} characters` });
      // Resynchronise at the next line break: the quotes of that row cannot be trusted.
      const nl = this.pending.indexOf('\n', MAX_ROW_CHARS);
      this.pending = nl < 0 ? '' : this.pending.slice(nl + 1);
      this.retryAt = 0;
    }
  }
}

/** One row from `at`; undefined when the text ends inside it (and more is coming). */
function parseRow(
  s: string,
  at: number,
  final: boolean,
): { values: string[]; next: number; lines: number; unclosed?: true } | undefined {
  const values: string[] = [];
  let i = at;
  let lines = 1;
  for (;;) {
    if (i < s.length && s.charCodeAt(i) === 0x22) {
      // The closing quote found first (doubled quotes stepped over), then the field cut and its quotes undoubled
      // once: each character is looked at a bounded number of times, whatever the field holds.
      let j = i + 1;
      let close = -1;
      for (;;) {
        const q = s.indexOf('"', j);
        if (q < 0) break;
        if (s.charCodeAt(q + 1) === 0x22) {
          j = q + 2;
          continue;
        }
        close = q;
        break;
      }
      if (close < 0 && !final) return undefined;
      if (close < 0) return { values, next: s.length, lines, unclosed: true };
      const end = close < 0 ? s.length : close;
      const raw = s.slice(i + 1, end);
      for (let k = raw.indexOf('\n'); k >= 0; k = raw.indexOf('\n', k + 1)) lines++;
      const value = raw.includes('""') ? raw.split('""').join('"') : raw;
      j = close < 0 ? s.length : close + 1;
      if (j >= s.length && !final) return undefined;
      values.push(value);
      i = j;
    } else {
      let j = i;
      while (j < s.length) {
        const c = s.charCodeAt(j);
        if (c === 0x2c || c === 0x0a || c === 0x0d) break;
        j++;
      }
      if (j >= s.length && !final) return undefined;
      values.push(s.slice(i, j));
      i = j;
    }
    const c = s.charCodeAt(i);
    if (c === 0x2c) {
      i++;
      continue;
    }
    if (c === 0x0d) i++;
    if (s.charCodeAt(i) === 0x0a) i++;
    else if (i < s.length && c !== 0x0d) {
      // Characters after a closing quote: taken up to the next separator.
      while (i < s.length && s.charCodeAt(i) !== 0x2c && s.charCodeAt(i) !== 0x0a) i++;
      if (s.charCodeAt(i) === 0x2c) {
        i++;
        continue;
      }
      if (s.charCodeAt(i) === 0x0a) i++;
    }
    return { values, next: i, lines };
  }
}
