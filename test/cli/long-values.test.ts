/**
 * Hostile input, round 4 (issue #51): a value of megabytes in a log, or a text of megabytes in a shard. Windows
 * never writes one (an .evtx record lives in a 64 KiB chunk), so `analyze` cuts it where events enter the model
 * (src/model/value-length.ts), with a warning naming the file, the line and the record, and reads the rest as it
 * was; `analyze --shard` writes no text longer than MAX_SHARD_TEXT, and `merge` refuses a line holding one (one line,
 * exit 2), counted as its bytes are read, before the piece or the line is built: a 120 MB user name in a shard
 * peaked `merge` at 948 MB, a 60 MB one in an export `analyze` at 2.5 GB. Memory itself is measured by
 * bench/merge-long-line.mjs; here the refusals and the cuts.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { runMerge } from '../../src/cli/merge.js';
import { cutText, MAX_VALUE_CHARS } from '../../src/model/value-length.js';
import { shardLine } from '../../src/pipeline/shard.js';
import { LongLineError, readCheckedLine } from '../../src/pipeline/shard-long-line.js';
import { MAX_SHARD_TEXT } from '../../src/pipeline/shard-schema.js';
import { rdpdiag, writeShards } from '../helpers/cli.js';

const SAMPLE = 'samples/siem/ecs/winlogbeat8-hits.ndjson';
const XML = 'samples/broker-farm-five-users/RDSH11-Security.xml';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rdpdiag-long-values-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `file` copied into the test folder with its first `from` replaced by `to`. */
function crafted(file: string, name: string, from: string, to: string): string {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  const out = join(dir, name);
  writeFileSync(out, text.replace(from, to));
  return out;
}

/** `file`'s folder copied into the test folder (its logs), `file` crafted as `crafted` does: the folder. */
function craftedFolder(file: string, name: string, from: string, to: string, sub = 'folder'): string {
  const folder = join(dir, sub);
  mkdirSync(folder, { recursive: true });
  for (const f of readdirSync(dirname(file)))
    if (f.endsWith('.xml')) copyFileSync(join(dirname(file), f), join(folder, f));
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(folder, name), text.replace(from, to));
  rmSync(join(folder, basename(file)));
  return folder;
}

interface Report {
  inputs: { warnings?: { code: string; line?: number; message: string }[] }[];
  attempts: { id: string; outcome: string; user?: string; causes: { id: string }[] }[];
}

/**
 * `input`, crafted from the log at `XML`, analyzed beside that log: the same exit code, the one warning `said`, every
 * record read, nothing malformed, the same attempts and causes; the crafted input's report.
 */
async function cutOnce(input: string, said: RegExp): Promise<Report> {
  const plain = await rdpdiag(['analyze', dirname(XML), '--format', 'json', '-q']);
  const r = await rdpdiag(['analyze', input, '--format', 'json']);
  expect(r.code, r.stderr.slice(0, 2000)).toBe(plain.code);
  expect(r.stderr).toMatch(said);
  expect(r.stderr).toMatch(/: \d+ record\(s\) read, 0 record\(s\) skipped\n/);
  expect(r.stderr).not.toMatch(/malformed/);
  const report = JSON.parse(r.stdout) as Report;
  const before = JSON.parse(plain.stdout) as Report;
  expect(report.inputs.flatMap((i) => i.warnings ?? [])).toEqual([
    expect.objectContaining({ code: 'value-cut', line: 1 }),
  ]);
  const shape = (x: Report) => x.attempts.map((a) => [a.id, a.outcome, a.causes.map((c) => c.id)]);
  expect(shape(report)).toEqual(shape(before));
  return report;
}

describe('a value longer than a log writes', () => {
  const long = 'x'.repeat(MAX_VALUE_CHARS + 5);
  for (const [file, from, to, line] of [
    [SAMPLE, '"TargetUserName":"alice"', `"TargetUserName":"${long}"`, 7],
    [XML, "<Data Name='TargetUserName'>alice</Data>", `<Data Name='TargetUserName'>${long}</Data>`, 1],
  ] as const) {
    it(`is cut where it enters, with a warning naming file, line and record, the rest read (${file})`, async () => {
      // The XML with the logs beside it, whose attempts name the user.
      const name = `long-user.${file.split('.').pop()}`;
      const xml = file.endsWith('.xml');
      const input = xml ? craftedFolder(file, name, from, to) : crafted(file, name, from, to);
      const plain = await rdpdiag(['analyze', xml ? dirname(file) : file, '--format', 'json', '-q']);
      const r = await rdpdiag(['analyze', input, '--format', 'json']);
      expect(r.code).toBe(plain.code);
      expect(r.stderr).toMatch(
        new RegExp(
          `warning: \\S+long-user\\.\\w+:${line}: record \\d+: data\\.TargetUserName \\(262,149 characters\\) cut to 262,144: Windows never writes a value that long \\(the rest of the event read\\)`,
        ),
      );
      const report = JSON.parse(r.stdout) as Report;
      const before = JSON.parse(plain.stdout) as Report;
      const warned = report.inputs.flatMap((i) => i.warnings ?? []);
      expect(warned).toEqual([expect.objectContaining({ code: 'value-cut', line })]);
      // The same attempts, outcomes and causes; the user read as far as it was kept, and said to be cut.
      const shape = (x: Report) => x.attempts.map((a) => [a.id, a.outcome, a.causes.map((c) => c.id)]);
      expect(shape(report)).toEqual(shape(before));
      const users = report.attempts.map((a) => a.user ?? '');
      expect(users.some((u) => u.includes(cutText(long)))).toBe(true);
      for (const u of users) expect(u.length).toBeLessThan(MAX_VALUE_CHARS + 100);
    });
  }

  // Past the XML reader's construct limit (4 MiB) and past its event limit (16 MiB): the value was a construct too
  // long, its whole event lost as malformed XML (issue #61); now cut as any value, its length said.
  for (const size of [4 * 1024 * 1024 + 5, 20 * 1024 * 1024])
    it(`an XML value of ${size.toLocaleString('en-US')} characters is cut with one warning, its event read`, async () => {
      const huge = 'x'.repeat(size);
      const from = "<Data Name='TargetUserName'>alice</Data>";
      const input = craftedFolder(XML, 'long-user.xml', from, `<Data Name='TargetUserName'>${huge}</Data>`);
      const report = await cutOnce(
        input,
        new RegExp(
          `\n  warning: \\S+long-user\\.xml:1: record \\d+: data\\.TargetUserName \\(${size.toLocaleString('en-US')} characters\\) cut to 262,144: Windows never writes a value that long \\(the rest of the event read\\)\n$`,
        ),
      );
      const users = report.attempts.map((a) => a.user ?? '');
      expect(users.some((u) => u.includes(cutText(huge)))).toBe(true);
      expect(cutText(huge)).toMatch(new RegExp(`… \\[cut by rdpdiag: ${size} characters\\]$`));
    });

  // The same in an attribute (issue #61): its start tag was a construct too long, its whole event lost. A Data Name
  // is cut as a value is; a TimeCreated cut cannot be read, so its event alone is skipped, said.
  for (const size of [4 * 1024 * 1024 + 5, 20 * 1024 * 1024]) {
    const said = size.toLocaleString('en-US');
    it(`an XML Data Name of ${said} characters is cut with one warning, its event read`, async () => {
      const from = "<Data Name='ProcessName'>-</Data>";
      const input = craftedFolder(XML, 'long-name.xml', from, `<Data Name='${'n'.repeat(size)}'>-</Data>`, 'attr');
      onTestFinished(() => rmSync(input, { recursive: true }));
      await cutOnce(
        input,
        new RegExp(
          `\n  warning: \\S+long-name\\.xml:1: record 610441: the name of data\\.n{60}… \\(${said} characters\\) cut to 262,144: Windows never writes a value that long \\(the rest of the event read\\)\n$`,
        ),
      );
    });

    it(`an XML TimeCreated of ${said} characters: that event skipped with one warning, the rest read`, async () => {
      const from = "SystemTime='2024-09-17T07:58:05.7530000Z'";
      const input = craftedFolder(
        XML,
        'long-time.xml',
        from,
        `SystemTime='2024-09-17T07:58:05.${'7'.repeat(size)}Z'`,
        'attr',
      );
      onTestFinished(() => rmSync(input, { recursive: true }));
      const r = await rdpdiag(['analyze', input, '--format', 'json']);
      expect(r.code, r.stderr.slice(0, 2000)).toBeLessThan(2);
      expect(r.stderr).not.toMatch(/malformed/);
      const report = JSON.parse(r.stdout) as Report;
      const warned = report.inputs.flatMap((i) => i.warnings ?? []);
      expect(warned).toEqual([expect.objectContaining({ code: 'xml-event-unreadable', line: 1 })]);
      expect(warned[0].message).toMatch(
        new RegExp(
          `^event has no valid TimeCreated \\("2024-09-17T07:58:05\\.7+"…: ${said.replace(/\d/g, '.')}.* characters\\); event skipped$`,
        ),
      );
      expect(r.stderr).toMatch(/long-time\.xml: \d+ record\(s\) read, 1 record\(s\) skipped\n/);
      expect(r.stderr.length).toBeLessThan(3000);
    });
  }

  it('goes through analyze --shard and merge as cut, the one run’s report', async () => {
    const input = crafted(SAMPLE, 'long-user.ndjson', '"TargetUserName":"alice"', `"TargetUserName":"${long}"`);
    const shards = await writeShards([input], 2, dir, 'long-s', ['-q']);
    const merged = await rdpdiag(['merge', ...shards, '--format', 'json']);
    const one = await rdpdiag(['analyze', input, '--format', 'json', '-q']);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(one.code);
    expect(merged.stdout).toBe(one.stdout);
  });
});

describe('a shard text longer than analyze --shard writes', () => {
  let shards: string[];
  beforeAll(async () => {
    shards = await writeShards([SAMPLE], 2, dir, 's', ['-q']);
  });
  const huge = 'u'.repeat(MAX_SHARD_TEXT + 1);
  /** The shard holding computer lines, with `from` of line `index` (0-based; -1 the last) replaced by `to`. */
  const withText = (name: string, index: number, from: RegExp, to: string) => {
    const file = shards.find((f) => readFileSync(f, 'utf8').includes('"user":'))!;
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const i = index < 0 ? lines.length + index : index;
    expect(lines[i]).toMatch(from);
    lines[i] = lines[i]!.replace(from, to);
    const out = join(dir, name);
    writeFileSync(out, `${lines.join('\n')}\n`);
    return { file: out, others: shards.filter((f) => f !== file), line: i + 1 };
  };
  const cases = [
    ['an attempt’s user', 1, /"user":"[^"]*"/, `"user":"${huge}"`],
    ['the version in the header', 0, /"version":"[^"]*"/, `"version":"${huge}"`],
    ['an input’s path in the end line', -1, /"path":"[^"]*"/, `"path":"${huge}"`],
  ] as const;

  for (const [what, index, from, to] of cases)
    it(`is refused, read whole or a piece at a time: one line, exit 2 (${what})`, async () => {
      const { file, others, line } = withText('long-text.json', index, from, to);
      const r = await rdpdiag(['merge', file, ...others, '--format', 'json']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `rdpdiag: error: ${file}: line ${line} holds a text longer than 4,194,304 characters: not a shard file written by analyze --shard\n`,
      );
      // Past the long-line limit: counted as its bytes are read, refused at the first character too many.
      const out = join(dir, 'never.json');
      await expect(
        runMerge([file, ...others], { format: 'json', output: out, quiet: true }, { longLine: 1024 }),
      ).rejects.toThrow(
        new RegExp(
          `long-text\\.json: line ${line} holds a text longer than 4,194,304 characters \\(at byte [\\d,]+ of the line\\): not a shard file written by analyze --shard$`,
        ),
      );
    });

  it('is counted in UTF-16 units from its bytes (escapes, two to four byte sequences), across chunks', async () => {
    // 9 units: a, é, 中, 😀 (two), \u00e9, \n, \", z; the key's own 1.
    const text = 'aé中😀\\u00e9\\n\\"z';
    const line = `{"k":"${text}","n":[1,{"d":true}]}`;
    expect((JSON.parse(line) as { k: string }).k).toHaveLength(9);
    const bytes = new TextEncoder().encode(line);
    const byteAtATime = () =>
      (async function* () {
        for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1);
      })();
    expect(await readCheckedLine(byteAtATime, 1000, 9)).toBe(line);
    await expect(readCheckedLine(byteAtATime, 1000, 8)).rejects.toThrow(
      new LongLineError('holds a text longer than 8 characters (at byte 26 of the line)'),
    );
    await expect(readCheckedLine(byteAtATime, 10, 100)).rejects.toThrow(
      new LongLineError('holds a value longer than 10 bytes'),
    );
    await expect(readCheckedLine(byteAtATime, 1000, 0)).rejects.toThrow(/longer than 0 characters \(at byte 2 /);
  });

  it('is cut by analyze --shard as it writes the line, with a warning naming the computer', () => {
    const warnings: string[] = [];
    const big = { part: { a: 'v'.repeat(MAX_SHARD_TEXT + 7), b: ['w'.repeat(10)] } };
    const line = shardLine(big, 'RDSH01', warnings);
    const read = JSON.parse(line) as typeof big;
    expect(read.part.a).toBe(cutText(big.part.a, MAX_SHARD_TEXT));
    expect(read.part.b).toEqual(big.part.b);
    expect(warnings).toEqual([
      'computer "RDSH01": 1 text(s) of its analysis longer than 4,194,304 characters, which merge does not read: cut there in the shard',
    ]);
    // A long line of short texts is written as it is, with nothing said.
    const many = { part: Array.from({ length: 300 }, () => 'y'.repeat(MAX_SHARD_TEXT / 200)) };
    expect(shardLine(many, 'RDSH01', warnings)).toBe(JSON.stringify(many));
    expect(warnings).toHaveLength(1);
  });
});
