/** The record splitter holds at most its limit of an unfinished line or value, however long it grows. */
import { describe, expect, it } from 'vitest';
import { JsonRecordSplitter, type RawRecord } from '../../../parsers/siem/records.js';

const LIMIT = 1000;
const held = (s: JsonRecordSplitter) => (s as unknown as { heldChars: number }).heldChars;

function feedAll(s: JsonRecordSplitter, pieces: Iterable<string>): { records: RawRecord[]; most: number } {
  const records: RawRecord[] = [];
  let most = 0;
  for (const p of pieces) {
    records.push(...s.feed(p));
    most = Math.max(most, held(s));
  }
  records.push(...s.end());
  return { records, most };
}

/** A splitter of at most `LIMIT` characters a record, fed every piece then ended: what it gave and held at most. */
function splitAll(pieces: Iterable<string>): { s: JsonRecordSplitter; records: RawRecord[]; most: number } {
  const s = new JsonRecordSplitter({ maxRecordChars: LIMIT });
  return { s, ...feedAll(s, pieces) };
}

function* longLine(open: string, pieces: number, close: string): Generator<string> {
  yield open;
  for (let i = 0; i < pieces; i++) yield 'A'.repeat(97);
  yield close;
}

describe('JsonRecordSplitter: an over-long line or value in bounded memory', () => {
  it('NDJSON: a line 100 times the limit is skipped once, the records around it read, never more than the limit held', () => {
    const { s, records, most } = splitAll(['{"a":1}\n{"b":"', ...longLine('', 1000, '"}\n'), '{"c":3}\n']);
    expect(records.map((r) => [r.text, r.line])).toEqual([
      ['{"a":1}', 1],
      ['{"c":3}', 3],
    ]);
    expect(s.problems).toEqual([{ line: 2, message: `a line longer than ${LIMIT} characters`, skipped: true }]);
    expect(most).toBeLessThanOrEqual(LIMIT);
  });

  it('NDJSON: a first line over the limit is still NDJSON; the next lines are read', () => {
    const { s, records, most } = splitAll([...longLine('{"m":"', 50, '"}\n'), '{"c":3}\n{"d":4}']);
    expect(records.map((r) => r.text)).toEqual(['{"c":3}', '{"d":4}']);
    expect(s.problems.map((p) => p.line)).toEqual([1]);
    expect(most).toBeLessThanOrEqual(LIMIT);
  });

  it('a line cut over many pieces is whole when it ends under the limit', () => {
    const text = `{"x":"${'y'.repeat(600)}"}\n{"z":1}`;
    const pieces = Array.from({ length: Math.ceil(text.length / 7) }, (_, i) => text.slice(i * 7, i * 7 + 7));
    const { s, records } = splitAll(pieces);
    expect(records.map((r) => r.text)).toEqual([`{"x":"${'y'.repeat(600)}"}`, '{"z":1}']);
    expect(s.problems).toEqual([]);
  });

  it('an array: a value 100 times the limit is skipped, the next one read, never more than the limit held', () => {
    const { s, records, most } = splitAll(['[{"a":1},\n{"b":"', ...longLine('', 1000, '"},'), '\n{"c":3}]']);
    expect(records.map((r) => [r.text, r.line])).toEqual([
      ['{"a":1}', 1],
      ['{"c":3}', 3],
    ]);
    expect(s.problems).toEqual([
      {
        line: 2,
        message: `a JSON value larger than ${LIMIT} characters (export one record a line, NDJSON)`,
        skipped: true,
      },
    ]);
    expect(most).toBeLessThanOrEqual(LIMIT + 100);
  });

  it('blank lines before the first record are counted, not kept', () => {
    const blanks = Array.from({ length: 70 }, () => '\n'.repeat(1000));
    const { records, most } = splitAll([...blanks, '{"a":1}\n{"b":2}\n']);
    expect(records.map((r) => [r.text, r.line])).toEqual([
      ['{"a":1}', 70_001],
      ['{"b":2}', 70_002],
    ]);
    expect(most).toBe(0);
  });
});

describe("ClassicSplitter: Splunk's classic text with a line that never ends", () => {
  it('skips the line once, in bounded memory, and keeps the events around it', async () => {
    const { ClassicSplitter } = await import('../../../parsers/siem/splunk/classic.js');
    const s = new ClassicSplitter();
    const event = (n: number) => `05/01/2024 10:00:0${n} AM\nLogName=Security\nEventCode=4625\n`;
    const out = [...s.feed(event(1)), ...s.feed('Message=')];
    let most = 0;
    for (let i = 0; i < 3000; i++) {
      out.push(...s.feed('A'.repeat(1000)));
      most = Math.max(most, (s as unknown as { pending: string }).pending.length);
    }
    out.push(...s.feed(`\n${event(2)}`), ...s.end());
    expect(out.map((r) => [r.text.split('\n')[0], r.line])).toEqual([
      ['05/01/2024 10:00:01 AM', 1],
      ['05/01/2024 10:00:02 AM', 5],
    ]);
    expect(s.problems).toEqual([{ line: 4, message: 'a line of more than 1048576 characters' }]);
    expect(most).toBeLessThanOrEqual(1024 * 1024);
  });
});

describe("ClassicSplitter: Splunk's classic text damaged or cut", () => {
  const event = (n: number, message = `Logon ${n}`) =>
    `05/01/2024 10:00:0${n} AM\nLogName=Security\nEventCode=4625\nRecordNumber=${n}\nMessage=${message}\n`;
  const split = async (...texts: string[]) => {
    const { ClassicSplitter } = await import('../../../parsers/siem/splunk/classic.js');
    const s = new ClassicSplitter();
    const out = [...texts.flatMap((t) => s.feed(t)), ...s.end()];
    return { out: out.map((r) => [r.line, r.text]), problems: s.problems };
  };

  it("junk over an event and the next one's time line: read up to it, the rest said, never joined", async () => {
    // The junk swallowed event 2's time line: its keys must not become event 1's (EventCode=4625 twice).
    const damaged = `05/01/2024 10:00:01 AM\nLogName=Security\nEventCode=46\u0001\ufffd\u0012\nEventCode=4625\nRecordNumber=2\nMessage=Logon 2\n`;
    const { out, problems } = await split(damaged, event(3));
    expect(out).toEqual([
      [1, '05/01/2024 10:00:01 AM\nLogName=Security'],
      [7, event(3).trimEnd()],
    ]);
    expect(problems).toEqual([
      {
        line: 3,
        message:
          'bytes that are no text (damaged): the event of line 1 read up to them, its lines from there to the next event not read (an event whose start the damage covers is lost with them)',
      },
    ]);
  });

  it('junk after the last event: the event whole, the junk said', async () => {
    const { out, problems } = await split(event(1), '\u0000\u0091\ufffd\u0007 junk\n');
    expect(out).toEqual([[1, event(1).trimEnd()]]);
    expect(problems.map((p) => p.line)).toEqual([6]);
  });

  it('a last line without its line end: read as it stands, the possible cut said with its line', async () => {
    const { out, problems } = await split(event(1), '05/01/2024 10:00:02 AM\nLogName=Security\nEventCo');
    expect(out.map(([line]) => line)).toEqual([1, 6]);
    expect(problems).toEqual([
      {
        line: 8,
        message: 'line 8 has no line end (the export may be cut there): its event read as it stands',
        skipped: false,
      },
    ]);
    // A tab is text: a message with one is not damage.
    expect((await split(event(1, 'a\tb'))).problems).toEqual([]);
  });
});

describe('JsonRecordSplitter: a bad first line is one line (issue #51)', () => {
  const good = '{"winlog":{"event_id":21}}';
  for (const [what, first] of [
    ['a record cut short', '{"winlog":{"event_id":21,"computer_name":"RDSH'],
    ['not JSON', '{not json'],
  ] as const)
    it(`NDJSON whose first line is ${what}: that line alone is lost, the rest read as lines`, () => {
      const s = new JsonRecordSplitter();
      const text = [first, ...Array(93).fill(good)].join('\n');
      const { records } = feedAll(s, [text.slice(0, 30), text.slice(30)]);
      expect(records).toHaveLength(94);
      expect(records[0]).toEqual({ text: first, line: 1 });
      expect(records[93]).toEqual({ text: good, line: 94 });
    });

  it('pretty-printed JSON (inner lines indented) is still scanned as objects', () => {
    const s = new JsonRecordSplitter();
    const { records } = feedAll(s, ['{\n  "a": {"b": 1},\n  "c": 2\n}\n{\n  "d": 3\n}\n']);
    expect(records.map((r) => JSON.parse(r.text))).toEqual([{ a: { b: 1 }, c: 2 }, { d: 3 }]);
  });
});

describe('JsonRecordSplitter: lines of no JSON before the records (issue #51)', () => {
  it('are passed over, said once with their lines, and the records after them read as NDJSON', () => {
    const s = new JsonRecordSplitter();
    const junk = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? '' : `junk line ${i} "quoted" }`)).join('\n');
    const text = `${junk}\n{"a":1}\n{not json\n{"b":2}\n`;
    const pieces = Array.from({ length: Math.ceil(text.length / 333) }, (_, i) => text.slice(i * 333, i * 333 + 333));
    const { records } = feedAll(s, pieces);
    expect(records.map((r) => [r.text, r.line])).toEqual([
      ['{"a":1}', 3001],
      ['{not json', 3002],
      ['{"b":2}', 3003],
    ]);
    expect(s.problems).toHaveLength(1);
    expect(s.problems[0]!.line).toBe(2);
    expect(s.problems[0]!.message).toBe(
      '2,571 line(s) before the first record (lines 2–3000) are no JSON: passed over; the records start on line 3,001',
    );
  });

  it('a file of junk alone says so once at its end', () => {
    const s = new JsonRecordSplitter();
    const { records } = feedAll(s, ['banner\nmore', ' banner\n']);
    expect(records).toEqual([]);
    expect(s.problems.map((p) => p.message)).toEqual([
      '2 line(s) before the first record (lines 1–2) are no JSON: passed over',
    ]);
  });
});

describe('JsonRecordSplitter: NDJSON found by its record lines, however many bad lines come first (issue #51)', () => {
  const good = '{"winlog":{"event_id":21}}';
  for (const bad of [9, 100, 5000])
    it(`${bad} lines of \`{not json\` then records: every record read as a line, each bad line one record`, () => {
      const s = new JsonRecordSplitter();
      const text = [...Array(bad).fill('{not json'), ...Array(94).fill(good)].join('\n');
      const pieces = Array.from({ length: Math.ceil(text.length / 700) }, (_, i) => text.slice(i * 700, i * 700 + 700));
      const { records } = feedAll(s, pieces);
      expect(records).toHaveLength(bad + 94);
      expect(records[0]).toEqual({ text: '{not json', line: 1 });
      expect(records[bad]).toEqual({ text: good, line: bad + 1 });
      expect(records.at(-1)).toEqual({ text: good, line: bad + 94 });
    });

  it('a first line of JSON longer than the limit, then records: still NDJSON, the records read', () => {
    const s = new JsonRecordSplitter({ maxRecordChars: LIMIT });
    const { records } = feedAll(s, ['{"junk":"', ...longLine('', 50, '"}\n'), `${good}\n${good}\n`]);
    expect(records).toEqual([
      { text: good, line: 2 },
      { text: good, line: 3 },
    ]);
    expect(s.problems.map((p) => [p.line, p.skipped])).toEqual([[1, true]]);
  });

  it('a first line `[1,2,3]` then records: NDJSON, that line handed on as a record of its own (line 1)', () => {
    const s = new JsonRecordSplitter();
    const { records } = feedAll(s, ['[1,2,', `3]\n${good}\n${good}\n`]);
    expect(records.map((r) => [r.text, r.line])).toEqual([
      ['[1,2,3]', 1],
      [good, 2],
      [good, 3],
    ]);
  });

  it('an array on one line, or over many, is still scanned for the records in it', () => {
    for (const text of [`[${good},${good}]\n`, `[\n  ${good},\n  ${good}\n]\n`]) {
      const { records } = feedAll(new JsonRecordSplitter(), [text]);
      expect(records.map((r) => r.text)).toEqual([good, good]);
    }
  });

  it('pretty-printed objects after a bad first line are still scanned (a `}` at a line start)', () => {
    const { records } = feedAll(new JsonRecordSplitter(), ['{\n  "a": 1,\n  "b": {"c": 2}\n}\n{\n  "d": 3\n}\n']);
    expect(records.map((r) => JSON.parse(r.text))).toEqual([{ a: 1, b: { c: 2 } }, { d: 3 }]);
  });
});
