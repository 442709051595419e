/**
 * A computer's shard line too long to parse whole (issue #51: a shard of the older layout, one line per computer, or
 * a crafted 256 MiB line, peaked `merge` at 1.3 GB): read from the file again a piece at a time into the parts a
 * shard writes today, each put aside as made (src/pipeline/shard-long-line.ts). Here with the limits lowered so that
 * small lines take that path: it merges into the report today's lines give, byte for byte; it groups attempts as
 * `partLines` does; every malformed line is one clear error naming its file and line. The big cases are measured by
 * bench/merge-long-line.mjs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMerge } from '../../src/cli/merge.js';
import type { DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import { EVIDENCE_EVENT } from '../../src/model/attempt.js';
import { encodeGraph } from '../../src/pipeline/graph-codec.js';
import { LongLineError, readLongPartLine } from '../../src/pipeline/shard-long-line.js';
import { type LongLine, LineReadError, readLines } from '../../src/platform/node/lines.js';
import { rdpdiag } from '../helpers/cli.js';
import { fixtureEvent, joinedAttempts, shardLines } from '../helpers/shard-parts.js';
import { writeFleetExport } from '../helpers/winlogbeat.js';

let dir: string;
let whole: string;
let split: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rdpdiag-long-line-'));
  const file = writeFleetExport(dir, 2, 40);
  const shard = async (lineEvents: number) => (await shardLines(file, lineEvents)).join('');
  // The older layout (one line per computer), and today's with a computer over several lines.
  whole = join(dir, 'whole.json');
  writeFileSync(whole, await shard(Number.POSITIVE_INFINITY));
  split = join(dir, 'split.json');
  writeFileSync(split, await shard(12));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The file's lines, computer lines past `over` bytes read again. */
async function linesOf(file: string, over: number): Promise<(string | LongLine)[]> {
  const out: (string | LongLine)[] = [];
  const long = {
    over,
    kind: (head: Uint8Array) =>
      Buffer.from(head).toString().startsWith('{"part":') ? ('read again' as const) : ('hold' as const),
  };
  for await (const l of readLines(file, 1 << 30, long)) out.push(l);
  return out;
}

describe('a computer line read a piece at a time', () => {
  it('is handed over as a line to read again, never held', async () => {
    const lines = await linesOf(whole, 1024);
    const text = readFileSync(whole, 'utf8').split('\n');
    expect(lines).toHaveLength(text.length - 1);
    lines.forEach((l, i) => {
      if (typeof l === 'string') expect(l).toBe(text[i]);
      else expect(l.line).toBe(i + 1);
    });
    const long = lines.filter((l): l is LongLine => typeof l !== 'string');
    expect(long).toHaveLength(2);
    for (const l of long) {
      const chunks: Buffer[] = [];
      for await (const c of l.read()) chunks.push(c as Buffer);
      expect(Buffer.concat(chunks).toString()).toBe(text[l.line - 1]);
    }
  });

  it('is read again whole at the end of a file without a last line break, and among short lines', async () => {
    const file = join(dir, 'no-break.txt');
    const long = `{"part":${'7'.repeat(3000)}}`;
    writeFileSync(file, `a\r\n${long}\n${long}\nb\n\n${long}`);
    const lines = await linesOf(file, 100);
    expect(lines.map((l) => (typeof l === 'string' ? l : l.line))).toEqual(['a\r', 2, 3, 'b', '', 6]);
    for (const l of lines.filter((l): l is LongLine => typeof l !== 'string')) {
      const chunks: Buffer[] = [];
      for await (const c of l.read()) chunks.push(c as Buffer);
      expect(Buffer.concat(chunks).toString()).toBe(long);
    }
  });

  it('merges into the report the lines of today give, byte for byte, however the parts are cut', async () => {
    for (const format of ['json', 'markdown']) {
      const reference = await rdpdiag(['merge', split, '--format', format, '-q']);
      expect(reference.stderr, format).toBe('');
      for (const partBytes of [1, 3000, 1 << 20]) {
        const out = join(dir, `merged-${partBytes}.${format}`);
        const code = await runMerge([whole], { format, output: out, quiet: true }, { longLine: 1024, partBytes });
        expect(code, `${format} ${partBytes}`).toBe(reference.code);
        expect(readFileSync(out, 'utf8'), `${format} ${partBytes}`).toBe(reference.stdout);
      }
    }
  });

  it('a long line given twice is refused as a short one is, one line, exit 2 (issue #61)', async () => {
    const lines = readFileSync(whole, 'utf8').trimEnd().split('\n');
    const parts = lines.filter((l) => l.startsWith('{"part"'));
    // The first computer's line again, after the second's (the end's count fixed, as a copied shard's would be).
    const twice = [lines[0]!, ...parts, parts[0]!, lines.at(-1)!.replace(/"parts":\d+/, `"parts":${parts.length + 1}`)];
    const file = join(dir, 'twice.json');
    writeFileSync(file, `${twice.join('\n')}\n`);
    const errors: string[] = [];
    const code = await runMerge(
      [file],
      { format: 'json', output: join(dir, 'twice-out.json'), quiet: true },
      { longLine: 1024, partBytes: 3000 },
    ).catch((err: Error) => {
      errors.push(err.message);
      return 2;
    });
    expect(code).toBe(2);
    expect(errors.join('')).toMatch(
      /twice\.json: line \d+ holds computer "RDSH\d+\.corp\.example\.test" again, whose lines ended at line 2/,
    );
  });

  it('keeps together what one object joins, and attempts of one start, as partLines does', async () => {
    const { diagnosed } = joinedAttempts();
    const line = JSON.stringify({ part: encodeGraph({ diagnosed, firsts: [fixtureEvent(1)] }) });
    const made: number[][] = [];
    const parts = await readLongPartLine(
      async function* () {
        for (let at = 0; at < line.length; at += 7) yield new TextEncoder().encode(line.slice(at, at + 7));
      },
      {
        unsafe: () => undefined,
        maxPiece: 1 << 20,
        partBytes: 1,
        made: (p) => made.push((p.diagnosed.attempts as { n: number }[]).map((a) => a.n)),
      },
    );
    const numbers = parts.map((p) => (p.diagnosed.attempts as { n: number }[]).map((a) => a.n));
    // The finding's part first (the attempt of the event it cites), then the others in their order, each made once.
    expect(numbers).toEqual([[5], [1], [2, 4], [3], [6, 7], [8]]);
    // Each part of attempts alone made once, as soon as its last attempt is read.
    expect(made).toHaveLength(numbers.length - 1);
    expect(made).toEqual(expect.arrayContaining(numbers.slice(1)));
    expect(parts[0]!.diagnosed.hostFindings).toHaveLength(1);
    expect(parts[0]!.firsts).toHaveLength(1);
    for (const p of parts.slice(1)) {
      expect(Object.keys(p.diagnosed).sort()).toEqual(Object.keys(diagnosed).sort());
      expect(p.diagnosed.hostFindings).toEqual([]);
      expect(p.firsts).toEqual([parts[0]!.firsts[0]]);
    }
    // One object across parts, as in the line: the event two attempts hold, the one the finding cites.
    const byN = new Map(
      parts.flatMap((p) => p.diagnosed.attempts as (DiagnosedAttempt & { n: number })[]).map((a) => [a.n, a]),
    );
    expect(byN.get(2)!.events[1]).toBe(byN.get(4)!.events[0]);
    const finding = (parts[0]!.diagnosed.hostFindings as { evidence: object[] }[])[0]!;
    expect((finding.evidence[0] as { [EVIDENCE_EVENT]: unknown })[EVIDENCE_EVENT]).toBe(byN.get(5)!.events[1]);
  });
});

describe('a long line that is not a computer analyze --shard writes', () => {
  const header = () => readFileSync(whole, 'utf8').split('\n')[0]!;
  const withLine = (name: string, line: string) => {
    const file = join(dir, name);
    writeFileSync(file, `${header()}\n${line}\n`);
    return file;
  };
  /** Refused read whole (as a line of today) and a piece at a time, each time one line naming file and line. */
  const refused = async (file: string, message: RegExp) => {
    const r = await rdpdiag(['merge', file, '-q']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^rdpdiag: error: \S+bad\.json: line 2 [^\n]*\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const out = join(dir, 'refused.json');
    await expect(runMerge([file], { format: 'json', output: out, quiet: true }, { longLine: 200 })).rejects.toThrow(
      message,
    );
  };

  it('refuses junk past the limit at once, naming the file and line', async () => {
    const file = withLine('junk.json', 'x'.repeat(400));
    const lines: unknown[] = [];
    const long = { over: 200, kind: () => ({ refuse: 'neither a computer nor the end of a shard' }) };
    await expect(async () => {
      for await (const l of readLines(file, 1 << 20, long)) lines.push(l);
    }).rejects.toThrow(
      new LineReadError('line 2 is longer than 200 bytes and neither a computer nor the end of a shard', 2),
    );
    expect(lines).toHaveLength(1);
    const out = join(dir, 'junk-out.json');
    await expect(runMerge([file], { format: 'json', output: out, quiet: true }, { longLine: 200 })).rejects.toThrow(
      /junk\.json: line 2 is longer than 200 bytes and neither a computer nor the end of a shard/,
    );
  });

  it('refuses a computer line that is not JSON, cut short, or of another layout, naming the line', async () => {
    const cases: [string, RegExp][] = [
      [`{"part":{"diagnosed":{"attempts":[{"a":1},{not json}]}}}`, /line 2 is not JSON/],
      [`{"part":{"diagnosed":{"attempts":[{"a":"${'y'.repeat(300)}`, /line 2 is cut short/],
      [
        `{"part":{"diagnosed":{"attempts":[]},"diagnosed":{}, "x":"${'y'.repeat(300)}"}}`,
        /line 2 holds the key "diagnosed" twice/,
      ],
      [`{"part":{"~0":1,"diagnosed":{"attempts":[]},"x":"${'y'.repeat(300)}"}}`, /line 2 holds a marker ~0/],
      [`{"part":{"diagnosed":{"attempts":[]}},"end":"${'y'.repeat(300)}"}`, /line 2 holds more than a computer/],
      [`{"part":null,"x":"${'y'.repeat(300)}"}`, /line 2 is not a computer line analyze --shard writes/],
      [
        `{"part":{"diagnosed":{"attempts":[${'['.repeat(300)}${']'.repeat(300)}]}}}`,
        /line 2 is nested more than 256 deep/,
      ],
      [
        `{"part":{"diagnosed":{"attempts":[{"startMs":1e400,"x":"${'y'.repeat(300)}"}]}}}`,
        /line 2 holds a number out of range/,
      ],
      [
        `{"part":{"diagnosed":{"attempts":[{"~r":7}]},"firsts":[],"x":"${'y'.repeat(300)}"}}`,
        /line 2 does not read back \(a reference to 7 before it\)/,
      ],
      [
        `{"part":{"diagnosed":{"attempts":[{"computer":"A","events":7}]},"firsts":[],"x":"${'y'.repeat(300)}"}}`,
        /line 2 has an attempt of no computer or events/,
      ],
      [
        `{"part":{"diagnosed":{"attempts":[]},"firsts":[]},"x":"${'y'.repeat(300)}"}`,
        /line 2 holds more than a computer/,
      ],
      [
        `{"part":{"diagnosed":{"attempts":[],"hostFindings":[],"hijacks":[],"rdpChanges":[],"tunnelTools":[],"outboundRdp":[]},"firsts":[]}}${' '.repeat(100)}x`,
        /line 2 is not JSON/,
      ],
      [
        `{"part":{"diagnosed":{"attempts":[],"hostFindings":[],"hijacks":[],"rdpChanges":[],"tunnelTools":[],"outboundRdp":[]},"firsts":[], "y":"${'y'.repeat(300)}"}}`,
        /line 2 is no computer/,
      ],
    ];
    for (const [line, message] of cases) await refused(withLine('bad.json', line), message);
  });

  it('refuses every crafted computer line as a line read whole is refused: one line, exit 2', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const lists = '"hostFindings":[],"hijacks":[],"rdpChanges":[],"tunnelTools":[],"outboundRdp":[]';
    const first = '{"computer":"x","timestamp":"x","source":{}}';
    for (const line of [
      '{"part":{}}',
      '{"part":null}',
      '{"part":[]}',
      '{"part":{"~r":"__proto__"}}',
      '{"part":{"~d":"__proto__","~v":{}}}',
      '{"part":{"~n":"12abc"}}',
      `{"part":${deep}}`,
      `{"part":{"diagnosed":{"attempts":[${deep}]}}}`,
      '{"part":{"diagnosed":{"attempts":[]},"firsts":[{"startMs":1e400}]}}',
      `{"part":{"diagnosed":{"attempts":[],${lists}},"firsts":[{"computer":null,"timestamp":"x","source":{}}]}}`,
      `{"part":{"diagnosed":{"attempts":"x",${lists}},"firsts":[${first}]}}`,
      `{"part":{"diagnosed":{"attempts":[1],${lists}},"firsts":[${first}]}}`,
      `{"part":{"diagnosed":{"attempts":[{"~d":"__proto__","~v":{}}],${lists}},"firsts":[${first}]}}`,
      `{"part":{"diagnosed":{"attempts":[{"~r":"length"}],${lists}},"firsts":[${first}]}}`,
      `{"part":{"diagnosed":{"attempts":[{"~u":1}],${lists}},"firsts":[${first}]}}`,
      `{"part":{"diagnosed":{"__proto__":[],"attempts":[],${lists}},"firsts":[${first}]}}`,
      `{"part":{"diagnosed":{"attempts":[],${lists}},"firsts":[${first}],"__proto__":1}}`,
      '{"part":',
      '{"part":{"diagnosed":{"attempts":[{"a":"\\u12"}]}}}',
    ]) {
      const file = withLine('bad.json', line);
      const r = await rdpdiag(['merge', file, '-q']);
      expect(r.code, line.slice(0, 200)).toBe(2);
      const out = join(dir, 'crafted.json');
      await expect(
        runMerge([file], { format: 'json', output: out, quiet: true }, { longLine: 8 }),
        line.slice(0, 200),
      ).rejects.toThrow(
        // Refused at its line, or (a line of harmless keys more) read, the file then cut short as it is.
        /bad\.json: (line 2 .*: not a shard file written by analyze --shard|cut short \(no end line\).*)$/,
      );
    }
  });

  it('refuses a piece longer than its limit, and a line that changed between its two readings', async () => {
    const line = JSON.stringify({ part: { diagnosed: { attempts: [{ a: 'z'.repeat(500) }] }, firsts: [] } });
    const bytes = (text: string) =>
      async function* () {
        yield new TextEncoder().encode(text);
      };
    const o = { unsafe: () => undefined, maxPiece: 100, partBytes: 1, made: () => undefined };
    await expect(readLongPartLine(bytes(line), o)).rejects.toThrow(
      new LongLineError('holds a value longer than 100 bytes'),
    );
    let reading = 0;
    const changing = () => (reading++ === 0 ? bytes(line)() : bytes(line.replace('[{', '[{"b":1},{'))());
    await expect(readLongPartLine(changing, { ...o, maxPiece: 1000 })).rejects.toThrow(
      new LongLineError('changed while it was read'),
    );
  });
});
