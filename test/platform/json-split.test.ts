/**
 * The JSON reading worker (src/platform/node/json-split.ts) from the built dist/ (a worker runs compiled
 * code): a read error is the reader's own, an abort stops the worker before the file is closed, and a
 * reader let go early leaves no thread behind.
 */
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type * as FileSourceModule from '../../src/platform/node/file-source.js';
import type * as JsonSplitModule from '../../src/platform/node/json-split.js';
import type * as SiemModule from '../../parsers/siem/index.js';
import type * as AnalysisReadsModule from '../../src/diagnose/analysis-reads.js';
import type * as SourceModule from '../../src/model/source.js';
import { ROOT } from '../helpers/cli.js';
import { fleetExportLines, writeFleetExport } from '../helpers/winlogbeat.js';

const dist = <T>(path: string): Promise<T> => import(pathToFileURL(join(ROOT, 'dist', path)).href) as Promise<T>;
const { openFileInput } = await dist<typeof FileSourceModule>('src/platform/node/file-source.js');
const { splitJsonOnWorker, canSplitOnWorker, splitJsonFrom, SPLIT_ON_WORKER_FROM } = await dist<typeof JsonSplitModule>(
  'src/platform/node/json-split.js',
);
const { readSiem } = await dist<typeof SiemModule>('parsers/siem/index.js');
const { fieldsForAnalysis } = await dist<typeof AnalysisReadsModule>('src/diagnose/analysis-reads.js');
const { memoryInput } = await dist<typeof SourceModule>('src/model/source.js');

const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-json-split-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Worker threads started and ended while `run` runs. */
async function threadsOf(run: () => Promise<void>): Promise<{ started: number; running: number }> {
  const workers: Worker[] = [];
  const exited = new Set<Worker>();
  const onWorker = (w: Worker) => {
    workers.push(w);
    w.once('exit', () => exited.add(w));
  };
  process.on('worker', onWorker);
  try {
    await run();
  } finally {
    process.off('worker', onWorker);
  }
  return { started: workers.length, running: workers.filter((w) => !exited.has(w)).length };
}

describe('the JSON reading worker', () => {
  it('runs from the built dist/', () => {
    expect(canSplitOnWorker()).toBe(true);
  });

  it('is used as --threads says: 1 never, more for every JSON file, not asked for large inputs on two cores or more', async () => {
    expect(splitJsonFrom(1, 2 ** 40)).toBeUndefined();
    expect(splitJsonFrom(2, 100)).toBe(0);
    expect(splitJsonFrom(undefined, SPLIT_ON_WORKER_FROM - 1)).toBeUndefined();
    // Large inputs: from SPLIT_ON_WORKER_FROM on two cores or more, whatever the load; never on one core.
    expect(splitJsonFrom(undefined, 2 ** 30, 2)).toBe(SPLIT_ON_WORKER_FROM);
    expect(splitJsonFrom(undefined, undefined, 8)).toBe(SPLIT_ON_WORKER_FROM);
    expect(splitJsonFrom(undefined, 2 ** 30, 1)).toBeUndefined();
  });

  it('stops when the reading is aborted, before the file is closed', async () => {
    const file = writeFleetExport(dir, 8, 150);
    const abort = new AbortController();
    let batches = 0;
    const threads = await threadsOf(async () => {
      const source = await openFileInput(file, { splitJsonFrom: 0 });
      expect(source.splitJson).toBeDefined();
      try {
        for await (const _ of readSiem(source, 'json', {
          warn: () => {},
          signal: abort.signal,
          select: fieldsForAnalysis(),
        })) {
          batches++;
          abort.abort();
        }
      } finally {
        await source.close?.();
      }
    });
    expect(batches).toBe(1);
    // terminate() was awaited before the reader returned.
    expect(threads).toEqual({ started: 1, running: 0 });
  });

  it('leaves no thread behind when its reader is let go after a batch', async () => {
    const file = join(dir, 'fleet.ndjson');
    const threads = await threadsOf(async () => {
      const source = await openFileInput(file, { splitJsonFrom: 0 });
      for await (const _ of readSiem(source, 'json', { warn: () => {} })) break;
      await source.close?.();
    });
    expect(threads).toEqual({ started: 1, running: 0 });
  });

  it('says a read error as the reader on one thread says it', async () => {
    // A folder's descriptor: reading it fails with EISDIR, on either thread.
    const text = new TextEncoder().encode(`${fleetExportLines(1, 3).join('\n')}\n`);
    const failing = {
      size: 1 << 20,
      read: async () => {
        throw Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' });
      },
    };
    const base = memoryInput('export.ndjson', text);
    const head = await base.head(4096);
    const here = { ...base, random: failing, head: async (n: number) => head.subarray(0, n) };
    const fd = openSync(dir, 'r');
    try {
      const there = {
        ...here,
        splitJson: (setup: SourceModule.JsonSplitSetup) => splitJsonOnWorker(fd, 1 << 20, setup),
      };
      const errorOf = async (source: SourceModule.InputSource) => {
        try {
          for await (const _ of readSiem(source, 'json', { warn: () => {} }));
        } catch (err) {
          return { name: (err as Error).name, message: (err as Error).message };
        }
        return undefined;
      };
      const expected = await errorOf(here);
      expect(expected).toEqual({ name: 'InputFileError', message: 'cannot read the file (EISDIR)' });
      expect(await errorOf(there)).toEqual(expected);
    } finally {
      closeSync(fd);
    }
  });
});
