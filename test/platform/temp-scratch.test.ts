// An archive within an archive (issue #51: a 1 GiB nested zip peaked at 2.2 GB) is written to a private temporary
// file and read from there, not held in memory: the limits (bomb ratios, the inputs budget) hold as before, the file
// is 0600 and gone once its archive is read, and an unusable temporary folder is the spill's one-line error.
// `inMemoryUpTo: 0` takes the scratch path for archives of any size.
import { mkdtempSync, readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_LIMITS } from '../../src/ingest/archive.js';
import { readInputs } from '../../src/ingest/read.js';
import type { InputSummary } from '../../src/model/event.js';
import { type InputSource, memoryInput, type Scratch } from '../../src/model/source.js';
import { SpillError } from '../../src/model/spill.js';
import { tempScratch } from '../../src/platform/node/temp-scratch.js';
import { pointTempAt } from '../helpers/temp-folder.js';
import { buildZip, smallLog } from '../helpers/zip-bombs.js';

/** The modes of the scratch files this process holds open (Linux: unlinked files are still in /proc/self/fd). */
function openScratchModes(): number[] {
  const modes: number[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    let target: string;
    try {
      target = readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      continue;
    }
    if (target.includes('rdpdiag-archive-')) modes.push(statSync(`/proc/self/fd/${fd}`).mode & 0o777);
  }
  return modes;
}

describe('archives within archives read from a temporary file', () => {
  let dir: string;
  let giveBack = () => {};
  const useTemp = (folder: string) => {
    giveBack();
    giveBack = pointTempAt(folder);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rdpdiag-scratch-test-'));
    useTemp(dir);
  });
  afterEach(() => {
    giveBack();
    giveBack = () => {};
    rmSync(dir, { recursive: true, force: true });
  });

  /** `source` read with every nested archive put in a scratch file; the scratch files made, and what was seen open. */
  async function readScratched(source: InputSource, limits = DEFAULT_ARCHIVE_LIMITS) {
    const made: number[] = [];
    const modes: number[] = [];
    const scratch = (): Scratch => {
      const s = tempScratch();
      made.push(0);
      return {
        write(bytes) {
          s.write(bytes);
          made[made.length - 1]! += bytes.length;
          if (process.platform === 'linux') modes.push(...openScratchModes());
        },
        finish: () => s.finish(),
        discard: () => s.discard(),
      };
    };
    let events = 0;
    const summaries: InputSummary[] = await readInputs(
      [{ name: source.name, open: async () => source }],
      (batch) => {
        events += batch.length;
      },
      { archiveLimits: limits, scratch: { scratch, inMemoryUpTo: 0 } },
    );
    return { events, summaries, made, modes };
  }

  it('a zip in a zip: read from a 0600 file, the same logs, nothing left behind', async () => {
    const inner = buildZip([
      { name: 'a.xml', data: smallLog(1) },
      { name: 'b.xml', data: smallLog(2) },
    ]);
    const outer = buildZip([
      { name: 'inner.zip', data: inner },
      { name: 'c.xml', data: smallLog(3) },
    ]);
    const { events, summaries, made, modes } = await readScratched(memoryInput('case.zip', outer));
    expect(events).toBe(3);
    expect(summaries.map((s) => [s.path, s.records, s.error])).toEqual([
      ['case.zip/c.xml', 1, undefined],
      ['case.zip/inner.zip/a.xml', 1, undefined],
      ['case.zip/inner.zip/b.xml', 1, undefined],
    ]);
    expect(made).toEqual([inner.length]);
    if (process.platform === 'linux') {
      expect(modes.length).toBeGreaterThan(0);
      expect(new Set(modes)).toEqual(new Set([0o600]));
      expect(openScratchModes()).toEqual([]);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the limits hold: a bomb inside is refused, the inputs budget is shared', async () => {
    // The smallest bomb the default limits judge by its ratio (an entry of the floor's size).
    const bomb = Buffer.alloc(DEFAULT_ARCHIVE_LIMITS.ratioFloorBytes);
    const inner = buildZip([
      { name: 'bomb.xml', data: bomb },
      ...Array.from({ length: 30 }, (_, i) => ({ name: `l${i}.xml`, data: smallLog(i) })),
    ]);
    const outer = buildZip(Array.from({ length: 5 }, (_, i) => ({ name: `n${i}.zip`, data: inner, store: true })));
    const { events, summaries, made } = await readScratched(memoryInput('case.zip', outer), {
      ...DEFAULT_ARCHIVE_LIMITS,
      maxInputs: 50,
    });
    const messages = summaries.flatMap((s) => s.warnings.map((w) => w.message));
    expect(messages.some((m) => /bomb\.xml" skipped: .*a zip bomb/.test(m))).toBe(true);
    expect(messages.some((m) => /more than 50 logs/.test(m))).toBe(true);
    expect(events).toBeLessThanOrEqual(50);
    expect(events).toBeGreaterThan(20);
    expect(made.length).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a damaged archive within: its error, the file removed', async () => {
    const inner = buildZip([{ name: 'a.xml', data: smallLog(1) }]).subarray(0, 40);
    const outer = buildZip([
      { name: 'inner.zip', data: Buffer.concat([Buffer.from('PK\u0003\u0004'), inner]) },
      { name: 'b.xml', data: smallLog(2) },
    ]);
    const { events, summaries, made } = await readScratched(memoryInput('case.zip', outer));
    expect(events).toBe(1);
    expect(summaries.find((s) => s.path === 'case.zip/inner.zip')?.error?.message).toMatch(/cannot read the archive/);
    expect(made).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an unusable temporary folder: the spill’s one-line error, naming the folder', async () => {
    const gone = join(dir, 'gone');
    useTemp(gone);
    const inner = buildZip([{ name: 'a.xml', data: smallLog(1) }]);
    const outer = buildZip([{ name: 'inner.zip', data: inner }]);
    const thrown = await readScratched(memoryInput('case.zip', outer)).catch((err: unknown) => err);
    expect(thrown).toBeInstanceOf(SpillError);
    expect((thrown as Error).message).toBe(
      `the temporary folder ${gone} cannot be used (it does not exist (or is a link to nothing)): rdpdiag unpacks the archives within archives there; set TMPDIR to a folder it can write`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
