/**
 * NDJSON whose records follow bad lines (issue #51): detection and reading do not depend on how many come
 * first or how long the first is; every record is read and the bad lines are named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/read.js';
import type { InputSummary } from '../../src/model/event.js';
import { memoryInput, streamInput } from '../../src/model/source.js';
import { ROOT } from '../helpers/cli.js';

const RECORDS = readFileSync(join(ROOT, 'samples/siem/ecs/winlogbeat8-hits.ndjson'), 'utf8');
const COUNT = RECORDS.split('\n').filter((l) => l.trim()).length;

async function read(text: string, piped: boolean): Promise<{ events: number; summary: InputSummary }> {
  const bytes = new TextEncoder().encode(text);
  const input = piped
    ? streamInput(
        '(stdin)',
        (async function* () {
          for (let at = 0; at < bytes.length; at += 65536) yield bytes.subarray(at, at + 65536);
        })(),
      )
    : memoryInput('junk.ndjson', bytes);
  let events = 0;
  const [summary] = await readInputs([{ name: input.name, open: async () => input }], (batch) => {
    events += batch.length;
  });
  return { events, summary: summary! };
}

describe('NDJSON after bad lines (issue #51)', () => {
  for (const piped of [false, true])
    it(`12 lines of \`{not json\` first${piped ? ', piped' : ''}: every record read, the bad lines named`, async () => {
      const { events, summary } = await read(`${'{not json\n'.repeat(12)}${RECORDS}`, piped);
      expect(summary.error).toBeUndefined();
      expect(events).toBe(COUNT);
      expect(summary.skipped).toBe(12);
      expect(summary.warnings[0]).toMatchObject({ code: 'json-malformed', line: 1 });
      expect(summary.warningCounts['json-malformed']?.count).toBe(12);
    });

  it('a first line of JSON longer than detection reads (17 MiB): still NDJSON, its records read', async () => {
    const { events, summary } = await read(`{"junk":"${'a'.repeat(17 * 1024 * 1024)}"}\n${RECORDS}`, false);
    expect(summary.error).toBeUndefined();
    expect(events).toBe(COUNT);
    expect(summary.warnings[0]).toMatchObject({ code: 'record-unrecognized', line: 1 });
  });

  it('a first line `[1,2,3]`: said as line 1 (no record in it), the records after it read', async () => {
    const { events, summary } = await read(`[1,2,3]\n${RECORDS}`, false);
    expect(events).toBe(COUNT);
    expect(summary.warnings[0]).toMatchObject({ code: 'record-unrecognized', line: 1 });
  });

  for (const piped of [false, true])
    it(`17 MiB of lines of text first (past what detection reads)${piped ? ', piped' : ''}: its records read`, async () => {
      // A file is looked through for a record line; a pipe (read once, never held whole) is read on as JSON.
      const lines = Math.ceil((17 * 1024 * 1024) / 10);
      const { events, summary } = await read(`${'junk line\n'.repeat(lines)}${RECORDS}`, piped);
      expect(summary.error).toBeUndefined();
      expect(events).toBe(COUNT);
      expect(summary.warnings[0]).toMatchObject({ code: 'json-malformed', line: 1 });
      const n = lines.toLocaleString('en-US');
      expect(summary.warnings[0]!.message).toBe(
        `${n} line(s) before the first record (lines 1–${lines}) are no JSON: passed over; the records start on line ${(lines + 1).toLocaleString('en-US')}`,
      );
    });

  it('17 MiB of lines of text first in a .gz (read as a stream, as a pipe is): its records read', async () => {
    const lines = Math.ceil((17 * 1024 * 1024) / 10);
    const gz = gzipSync(Buffer.from(`${'junk line\n'.repeat(lines)}${RECORDS}`));
    let events = 0;
    const [summary] = await readInputs(
      [{ name: 'junk.ndjson.gz', open: async () => memoryInput('junk.ndjson.gz', gz) }],
      (b) => {
        events += b.length;
      },
    );
    expect(summary!.error).toBeUndefined();
    expect(events).toBe(COUNT);
    expect(summary!.warnings[0]!.message).toContain(`${lines.toLocaleString('en-US')} line(s) before the first record`);
  });

  it('17 MiB of lines of text and no record, piped: the unknown format a file of them is', async () => {
    const text = 'junk line\n'.repeat(Math.ceil((17 * 1024 * 1024) / 10));
    const file = await read(text, false);
    const pipe = await read(text, true);
    expect(file.events + pipe.events).toBe(0);
    expect(pipe.summary.error?.message).toMatch(/^unknown format: /);
    expect(pipe.summary.error?.message).toBe(file.summary.error?.message);
  });

  it('17 MiB of text, then a line of JSON of no known export, piped: read as JSON, that said', async () => {
    const { events, summary } = await read(
      `${'junk line\n'.repeat(Math.ceil((17 * 1024 * 1024) / 10))}{"a":1}\n`,
      true,
    );
    expect(events).toBe(0);
    expect(summary.error?.message).toMatch(/^JSON or CSV records of no known SIEM export \(keys: a\)/);
  });
});
