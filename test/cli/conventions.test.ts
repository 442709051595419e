/** Command-line conventions: usage errors, `-o` everywhere, CSV that spreadsheets open safely. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../src/report/csv.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { eventViewerExport } from '../helpers/xml-events.js';

describe('usage errors', () => {
  it('with no arguments, prints the usage on stderr and exits 2', async () => {
    const r = await rdpdiag([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: rdpdiag \[options\] \[command\]/);
    expect(r.stderr).toContain('analyze [options] <paths...>');
  });

  const empty = tempDir();
  const cases: [string, string[], RegExp][] = [
    ['missing paths', ['analyze'], /missing required argument 'paths'/],
    ['timeline without paths', ['timeline'], /missing required argument 'paths' \(see rdpdiag timeline --help\)/],
    ['dump without a file', ['dump'], /missing required argument 'file'/],
    [
      'explain-code without a code',
      ['explain-code'],
      /missing the code: give the dialog's code, its text in quotes, or - to paste on standard input/,
    ],
    ['unknown command', ['frob'], /unknown command 'frob' \(see rdpdiag --help\)/],
    ['unknown option', ['analyze', 'samples/healthy-day', '--bogus'], /unknown option '--bogus'/],
    ['misspelt option', ['analyze', 'samples/healthy-day', '--formt', 'json'], /did you mean --format\?/],
    ['option without its value', ['analyze', 'samples/healthy-day', '--since'], /argument missing/],
    ['bad path (analyze)', ['analyze', '/nonexistent/x.evtx'], /\/nonexistent\/x\.evtx: no such file or folder/],
    ['bad path (timeline)', ['timeline', '/nonexistent/x.evtx'], /no such file or folder/],
    ['bad path (dump)', ['dump', '/nonexistent/x.evtx'], /no such file or folder/],
    [
      'a bad path beside a good one',
      ['analyze', 'samples/healthy-day/Security.xml', '/nonexistent'],
      /\/nonexistent: no such/,
    ],
    ['empty folder', ['analyze', empty], /no log in this folder \(rdpdiag reads \.evtx .*\.tgz files\)/],
    ['unknown report format', ['analyze', 'samples/healthy-day', '--format', 'pdf'], /unknown --format "pdf"/],
    ['unknown timeline format', ['timeline', 'samples/healthy-day', '--format', 'xml'], /unknown --format "xml"/],
    ['bad time', ['timeline', 'samples/healthy-day', '--since', 'soon'], /cannot read the time "soon"/],
    ['no such day', ['analyze', 'samples/healthy-day', '--until', '2024-04-31'], /"2024-04-31": there is no such time/],
    ['a 60th second', ['timeline', 'samples/healthy-day', '--since', '2024-05-02T23:59:60Z'], /no such time/],
    ['bad zone', ['timeline', 'samples/healthy-day', '--tz', 'Mars/Base'], /unknown time zone/],
    ['unwritable output', ['analyze', 'samples/healthy-day', '-o', '/nonexistent/r.json'], /cannot write/],
    ['--follow without input', ['analyze', '--follow'], /--follow needs files or folders/],
    ['--channel as a live source', ['analyze', '--follow', '--channel', 'LSM'], /use --live-channel LSM/],
  ];
  it.each(cases)('%s: one line on stderr, nothing on stdout, exit 2', async (_what, args, message) => {
    const r = await rdpdiag(args);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^rdpdiag: error: [^\n]+\n$/);
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
  });
});

describe('-o/--output', () => {
  it('writes what timeline and dump print to a file instead', async () => {
    const dir = tempDir();
    for (const [command, args] of [
      ['timeline', ['samples/healthy-day', '--format', 'csv']],
      ['dump', ['samples/healthy-day/Security.xml', '--format', 'xml']],
    ] as const) {
      const out = join(dir, `${command}.out`);
      const toFile = await rdpdiag([command, ...args, '-o', out, '-q']);
      expect(toFile.code).toBe(0);
      expect(toFile.stdout).toBe('');
      // A CSV file begins with the byte-order mark Excel needs (test/report/csv-spreadsheet.test.ts); the rest is the same.
      const bom = command === 'timeline' ? '\uFEFF' : '';
      expect(readFileSync(out, 'utf8')).toBe(bom + (await rdpdiag([command, ...args, '-q'])).stdout);
    }
  });
});

describe('CSV', () => {
  it('quotes as RFC 4180 says and neutralises what a spreadsheet would run as a formula', async () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x.example","y")')).toBe(`"'=HYPERLINK(""http://x.example"",""y"")"`);
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}1+1`).startsWith(`'`) || csvCell(`${start}1+1`).startsWith(`"'`)).toBe(true);
    expect(csvCell('\r1')).toBe(`"'\r1"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
    expect(csvRow(['a', 1, null, '@b'])).toBe("a,1,,'@b\r\n");
  });

  it('timeline --format csv: stable columns, one row per event, hostile values neutralised', async () => {
    const dir = tempDir();
    writeTemp(
      dir,
      'evil.xml',
      eventViewerExport([
        {
          id: 131,
          record: 1,
          time: '2024-05-02T09:14:01.5000000Z',
          computer: '=cmd|calc!A1',
          eventData: { ClientIP: '=cmd|calc!A1', ConnType: 'TCP' },
        },
        {
          id: 131,
          record: 2,
          time: '2024-05-02T09:14:02.5000000Z',
          computer: '@SUM(1)',
          eventData: { ClientIP: '192.0.2.10:50000', ConnType: '@SUM(1)' },
        },
      ]),
    );
    const r = await rdpdiag(['timeline', dir, '--format', 'csv', '-q']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'time,computer,channel,provider,event_id,record_id,level,activity_id,user_sid,summary,details,data,source,time_spreadsheet',
    );
    expect(lines).toHaveLength(4); // header, two events, and the empty string after the last CRLF
    expect(lines[1]).toMatch(/^2024-05-02T09:14:01\.5000000Z,/);
    // No cell may start with a formula character once parsed back.
    for (const line of lines.slice(1, 3)) {
      for (const cell of parseCsvLine(line)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(parseCsvLine(lines[1])[1]).toBe("'=cmd|calc!A1");
    expect(parseCsvLine(lines[2])[1]).toBe("'@SUM(1)");
  });

  it('analyze --format csv (or -o report.csv): one row per attempt', async () => {
    const json = JSON.parse((await rdpdiag(['analyze', 'samples/auth-bad-credentials', '--format', 'json'])).stdout);
    const dir = tempDir();
    const r = await rdpdiag(['analyze', 'samples/auth-bad-credentials', '-o', join(dir, 'r.csv')]);
    expect(r.code).toBe(1);
    const text = readFileSync(join(dir, 'r.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = text.slice(1).trimEnd().split('\r\n').map(parseCsvLine);
    expect(rows[0].slice(0, 4)).toEqual(['id', 'start', 'end', 'outcome']);
    expect(rows.slice(1).map((row) => [row[0], row[3], row[10]])).toEqual(
      json.attempts.map((a: { id: string; outcome: string; causes: { id: string }[] }) => [
        a.id,
        a.outcome,
        a.causes[0]?.id ?? '',
      ]),
    );
  });
});

/** A small RFC 4180 reader for one line (no embedded newlines in these tests). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let cell = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else cell += line[i++];
      }
      cells.push(cell);
      i++; // the comma
    } else {
      const end = line.indexOf(',', i);
      cells.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return cells;
}
