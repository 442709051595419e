/**
 * Nothing lost to one bad line (issue #61): a binary line or a tool's `[INFO] …` lines before an NDJSON export's
 * records are passed over with a warning naming the file and the lines, the records read.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rdpdiag } from '../helpers/cli.js';

const NDJSON = 'samples/siem/ecs/winlogbeat8-hits.ndjson';

const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-bad-line-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  attempts: unknown[];
  inputs: { path: string; records: number; warnings?: { code: string; line?: number; message: string }[] }[];
}

async function analyzed(file: string): Promise<{ report: Report; stderr: string }> {
  const r = await rdpdiag(['analyze', file, '--format', 'json']);
  expect(r.code, r.stderr).toBeLessThan(2);
  return { report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

describe('lines before NDJSON records', async () => {
  const whole = await analyzed(NDJSON);
  const records = whole.report.inputs[0].records;

  it.each([
    ['a binary line', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x41, 0x00, 0x0d, 0x0a]), 1],
    ['a NUL-led binary line', Buffer.from([0x00, 0x13, 0x37, 0x00, 0x00, 0x99, 0x0a]), 1],
    ['[INFO] lines', Buffer.from('[INFO] export started\n[WARN] 2 shards slow\n'), 2],
    ['a dated log line', Buffer.from('[2024-05-02 09:00:00] exporting\n'), 1],
  ])('%s: passed over, named, every record read', async (_name, before, lines) => {
    const file = join(dir, `${_name.replace(/\W+/g, '-')}.ndjson`);
    writeFileSync(file, Buffer.concat([before as Buffer, readFileSync(NDJSON)]));
    const { report, stderr } = await analyzed(file);
    expect(report.inputs[0].records).toBe(records);
    expect(report.attempts.length).toBe(whole.report.attempts.length);
    const warning = report.inputs[0].warnings?.find((w) => w.line === 1);
    expect(warning?.message).toContain(`${lines} line(s) before the first record`);
    expect(stderr).toContain(`${file}:1: ${lines} line(s) before the first record`);
  });

  it('a JSON array of records still opens with its `[`', async () => {
    const lines = readFileSync(NDJSON, 'utf8').trim().split('\n');
    const file = join(dir, 'array.json');
    writeFileSync(file, `[\n${lines.join(',\n')}\n]\n`);
    const { report } = await analyzed(file);
    expect(report.inputs[0].records).toBe(records);
    expect(report.inputs[0].warnings ?? []).toEqual([]);
  });
});
