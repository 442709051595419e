/**
 * Hostile input, round 4 (issue #51), as the CLI shows it: a bad first NDJSON line costs that record only (never
 * "no events" with exit 0), and a loss of data (a cut gzip or archive) is always shown in full with its offset,
 * never folded into "and N more" behind cheap warnings.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { warningLines } from '../../src/cli/io.js';
import { addWarning, type InputSummary, type WarningCode } from '../../src/model/event.js';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';

const HITS_FILE = join(ROOT, 'samples/siem/ecs/winlogbeat8-hits.ndjson');
const HITS = readFileSync(HITS_FILE, 'utf8');
/** The JSON report of the export as it is, to compare a damaged copy's with. */
const analyzeHits = () => rdpdiag(['analyze', HITS_FILE, '--format', 'json']);
/** The attempts' starts in a JSON report. */
const starts = (out: string) => JSON.parse(out).attempts.map((a: { start: string }) => a.start);

describe('a first line is one line', () => {
  for (const [what, first] of [
    ['not JSON', '{not json'],
    ['a record cut short', HITS.slice(0, 200)],
  ] as const)
    it(`NDJSON whose first line is ${what}: the records after it are read, the line named, exit 1`, async () => {
      const dir = tempDir();
      const file = writeTemp(dir, 'hits.ndjson', `${first}\n${HITS}`);
      const plain = await analyzeHits();
      const r = await rdpdiag(['analyze', file, '--format', 'json']);
      expect(r.stderr).not.toMatch(/No events were read/);
      expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: not JSON`));
      expect(r.code).toBe(1);
      expect(starts(r.stdout).length).toBeGreaterThan(0);
      expect(starts(r.stdout)).toEqual(starts(plain.stdout));
    });
});

describe('no event read, records lost', () => {
  it('is exit 2 with the loss named, never "No events were read" and exit 0', async () => {
    const dir = tempDir();
    const file = writeTemp(dir, 'bad.ndjson', '{not json\n{"winlog":{"event_id":\n');
    const r = await rdpdiag(['analyze', file]);
    expect(r.stderr).toMatch(/record\(s\) skipped/);
    expect(r.code).toBe(2);
  });
});

describe('junk before the records', () => {
  it('300,000 lines of no JSON before an NDJSON export: passed over with one warning, the records read', async () => {
    const dir = tempDir();
    const junk = 'x\n'.repeat(300_000);
    const file = writeTemp(dir, 'hits.ndjson', `${junk}${HITS}`);
    const plain = await analyzeHits();
    const r = await rdpdiag(['analyze', file, '--format', 'json']);
    expect(r.stderr).toMatch(/300,000 line\(s\) before the first record \(lines 1–300000\) are no JSON: passed over/);
    expect(starts(r.stdout)).toEqual(starts(plain.stdout));
    expect(r.code).toBe(plain.code);
  });
});

describe('warnings that cannot be hidden', () => {
  it('a cut gzip after five cheap kinds of warning is shown in full with its offset', () => {
    const s: InputSummary = {
      path: 'x.gz',
      format: 'unknown',
      records: 1,
      skipped: 0,
      warnings: [],
      warningCounts: {},
    };
    const cheap: WarningCode[] = [
      'json-malformed',
      'record-unreadable',
      'record-unrecognized',
      'lossy-time',
      'value-too-deep',
    ];
    for (const code of cheap) addWarning(s, { code, file: 'x.gz', line: 3, kind: 'skipped-record', message: code });
    addWarning(s, {
      code: 'record-unreadable',
      file: 'x.gz',
      line: 9,
      kind: 'skipped-record',
      message: 'again',
    });
    addWarning(s, { code: 'lossy-fields', file: 'x.gz', line: 4, kind: 'other', message: 'lossy' });
    addWarning(s, {
      code: 'gzip-cut-short',
      file: 'x.gz',
      offset: 4967,
      kind: 'other',
      message: 'the gzip data is cut short at byte 4,967',
    });
    const lines = warningLines(s);
    expect(lines).toContain('  warning: x.gz at offset 0x1367 (4967): the gzip data is cut short at byte 4,967');
    expect(lines.at(-1)).toBe('  … and 1 more warning(s) (lossy-fields ×1)');
  });
});

describe('what would block or wait for ever', () => {
  it('--follow on an archive is refused at once (exit 2), not an error then a wait', async () => {
    const dir = tempDir();
    const file = writeTemp(dir, 'lsm.xml.gz', gzipSync(readFileSync(join(ROOT, 'samples/healthy-day/Security.xml'))));
    const r = await rdpdiag(['analyze', '--follow', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a gzip file does not grow as a log does and cannot be followed/);
  });

  it('--follow --shard is refused (exit 2), not --shard ignored', async () => {
    const r = await rdpdiag(['analyze', '--follow', join(ROOT, 'samples/healthy-day/Security.xml'), '--shard', '1/2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--shard .* not with --follow/);
  });

  it('-o at a FIFO that nothing reads is refused at once; --credentials at a FIFO too', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'out');
    execFileSync('mkfifo', [fifo]);
    const r = await rdpdiag(['analyze', join(ROOT, 'samples/healthy-day'), '-o', fifo, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*out: a named pipe \(FIFO\) that nothing reads/);
    const c = await rdpdiag(['pull', 'splunk', '--url', 'https://127.0.0.1:9/', '--credentials', fifo]);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/named pipe/);
  });
});

describe('redaction leaks', () => {
  it("--redact --format json: a host name quoted in a skipped record's warning is hidden, on stderr and in the report", async () => {
    const dir = tempDir();
    const lines = HITS.trimEnd().split('\n');
    const bad = JSON.parse(lines[1]!);
    bad._source['@timestamp'] = 'SECRETHOST01.corp.example.test';
    delete bad._source.winlog.time_created;
    const file = writeTemp(dir, 'leak.ndjson', `${[...lines, JSON.stringify(bad)].join('\n')}\n`);
    const r = await rdpdiag(['analyze', file, '--redact', '--format', 'json']);
    expect(r.stderr).toMatch(/no valid winlog\.time_created or @timestamp \("…"\)/);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/SECRETHOST01/i);
  });
});
