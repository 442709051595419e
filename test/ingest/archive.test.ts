import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_LIMITS, newArchiveBudget, openZip } from '../../src/ingest/archive.js';
import { readInputs } from '../../src/ingest/read.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { memoryBytes } from '../../src/model/source.js';
import { pathInput } from '../../src/platform/node/file-source.js';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { buildZip } from '../helpers/zip-bombs.js';

const sample = (name: string) => readFileSync(join(ROOT, 'samples', 'healthy-day', name));
const lsm = sample('LocalSessionManager-Operational.xml');

/** Sets an entry's uncompressed size in the central directory (a header that lies). */
function lieAboutSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = Uint8Array.from(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    if (Buffer.from(out.subarray(i + 46, i + 46 + nameLength)).toString() === entryName)
      view.setUint32(i + 24, size, true);
  }
  return out;
}

async function readZip(zip: Uint8Array, limits = DEFAULT_ARCHIVE_LIMITS) {
  return openZip('logs.zip', memoryBytes(zip), newArchiveBudget(limits));
}

describe('zip archives', () => {
  it('lists log entries in folder order, named under the archive, and skips other files silently', async () => {
    const zip = zipSync({
      'b/System.evtx': new Uint8Array(10),
      'a.xml': lsm,
      'notes.txt': new Uint8Array(5),
      'b/': new Uint8Array(0),
      'B/x.XML': lsm,
    });
    const { inputs, warnings } = await readZip(zip);
    expect(inputs.map((i) => i.name)).toEqual(['logs.zip/B/x.XML', 'logs.zip/a.xml', 'logs.zip/b/System.evtx']);
    expect(warnings).toEqual([]);
    const head = await inputs[1].head(5);
    expect(Buffer.from(head).toString()).toBe(lsm.subarray(0, 5).toString());
  });

  it('a name without the UTF-8 flag is code page 437 (older Explorer, many tools); with it, UTF-8', async () => {
    // Written with ASCII stand-ins of one byte each, then 0x82 (CP437 é) put in their place, bit 11 left clear.
    const zip = Uint8Array.from(zipSync({ 'S~curit~.xml': lsm, 'd\u00e9j\u00e0.xml': lsm }));
    const stand = Buffer.from('S~curit~.xml');
    for (let at = Buffer.from(zip).indexOf(stand); at >= 0; at = Buffer.from(zip).indexOf(stand, at + 1))
      for (const k of [1, 7]) zip[at + k] = 0x82;
    const { inputs } = await readZip(zip);
    expect(inputs.map((i) => i.name).sort()).toEqual(['logs.zip/Sécurité.xml', 'logs.zip/déjà.xml']);
  });

  it('refuses entries whose names leave the archive, with a warning naming them', async () => {
    const zip = zipSync({
      '../evil.xml': lsm,
      '/etc/abs.xml': lsm,
      'C:/win.xml': lsm,
      'a/../../up.xml': lsm,
      'ok.xml': lsm,
    });
    const { inputs, warnings } = await readZip(zip);
    expect(inputs.map((i) => i.name)).toEqual(['logs.zip/ok.xml']);
    expect(warnings.map((w) => w.message)).toEqual([
      'archive entry "/etc/abs.xml" skipped: an absolute path',
      'archive entry "../evil.xml" skipped: a path leaving the archive (`..`)',
      'archive entry "C:/win.xml" skipped: a drive path',
      'archive entry "a/../../up.xml" skipped: a path leaving the archive (`..`)',
    ]);
    expect(warnings.every((w) => w.file === 'logs.zip')).toBe(true);
  });

  it('refuses a zip bomb by its ratio, by the total it would unpack to, and by its entry count', async () => {
    // The smallest bomb the default limits judge by its ratio: an entry of the floor's size (smaller ones are never
    // refused for their ratio), zeros deflated natively (fflate took most of this file's time over 40 MiB).
    const zeros = new Uint8Array(DEFAULT_ARCHIVE_LIMITS.ratioFloorBytes);
    const bomb = await readZip(
      buildZip([
        { name: 'bomb.evtx', data: zeros },
        { name: 'ok.xml', data: lsm },
      ]),
    );
    expect(bomb.inputs.map((i) => i.name)).toEqual(['logs.zip/ok.xml']);
    expect(bomb.warnings[0].message).toMatch(
      /^archive entry "bomb\.evtx" skipped: it would expand \d+ times .*zip bomb/,
    );

    const total = await readZip(zipSync({ 'a.xml': lsm, 'b.xml': lsm, 'c.xml': lsm }), {
      ...DEFAULT_ARCHIVE_LIMITS,
      maxTotalBytes: 2 * lsm.length + 10,
    });
    expect(total.inputs.map((i) => i.name)).toEqual(['logs.zip/a.xml', 'logs.zip/b.xml']);
    expect(total.warnings[0].message).toMatch(/"c\.xml" skipped: the archive would unpack to more than/);

    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20; i++) many[`f${i}.xml`] = new Uint8Array(1);
    await expect(readZip(zipSync(many), { ...DEFAULT_ARCHIVE_LIMITS, maxEntries: 10 })).rejects.toThrow(
      /20 entries, more than the 10/,
    );
  });

  it('stops an entry that unpacks to more than its header says', async () => {
    const zip = lieAboutSize(zipSync({ 'small.xml': new Uint8Array(1024 * 1024).fill(0x20) }), 'small.xml', 1000);
    const { inputs } = await readZip(zip);
    const read = async () => {
      for await (const _ of inputs[0].chunks()) {
        // drain
      }
    };
    await expect(read()).rejects.toThrow(/more than its header says/);
  });

  it('reads nested archives and reports a damaged archive as that input’s error', async () => {
    const dir = tempDir();
    const inner = zipSync({ 'LSM.xml': lsm });
    const outer = writeTemp(dir, 'outer.zip', zipSync({ 'inner.zip': inner }));
    const broken = writeTemp(dir, 'broken.zip', zipSync({ 'x.xml': lsm }).subarray(0, 200));
    const events: NormalizedEvent[] = [];
    const summaries = await readInputs(
      [outer, broken].map((f) => pathInput(f)),
      (batch) => {
        events.push(...batch);
      },
    );
    expect(summaries.map((s) => [s.path.slice(dir.length + 1), s.records, s.error?.message])).toEqual([
      [join('outer.zip', 'inner.zip', 'LSM.xml'), 26, undefined],
      ['broken.zip', 0, expect.stringMatching(/^cannot read the archive: no end of central directory/)],
    ]);
    expect(events).toHaveLength(26);
    // A log in an archive is named on from the archive's path with the platform's separator.
    expect(events[0].source.file).toBe(join(dir, 'outer.zip', 'inner.zip', 'LSM.xml'));
  });

  it('names the logs of an archive with a Windows path with backslashes, nested ones too', async () => {
    const inner = zipSync({ 'LSM.xml': lsm });
    const zip = zipSync({ 'case/inner.zip': inner, 'case/a.xml': lsm });
    const { inputs } = await openZip('C:\\cases\\logs.zip', memoryBytes(zip), newArchiveBudget(), '\\');
    expect(inputs.map((i) => [i.name, i.pathSeparator])).toEqual([
      ['C:\\cases\\logs.zip\\case\\a.xml', '\\'],
      ['C:\\cases\\logs.zip\\case\\inner.zip', '\\'],
    ]);
    const nested = await readInputs([{ name: inputs[1].name, open: async () => inputs[1] }], () => undefined);
    expect(nested.map((s) => s.path)).toEqual(['C:\\cases\\logs.zip\\case\\inner.zip\\LSM.xml']);
  });
});

describe('rdpdiag with a .zip', () => {
  it('gives the same JSON report for a zip of a sample folder as for the folder', async () => {
    // A small scenario (a tenth of healthy-day's bytes) with host logs, a client/ subfolder and expected.json: each
    // of its files zipped under the scenario's folder name.
    const scenario = 'clause-udp-and-reconnect-failure';
    const dir = tempDir();
    const files: Record<string, Uint8Array> = {};
    for (const e of readdirSync(join(ROOT, 'samples', scenario), { recursive: true, withFileTypes: true }))
      if (e.isFile()) {
        const path = join(e.parentPath, e.name);
        files[relative(join(ROOT, 'samples'), path).split(sep).join('/')] = readFileSync(path);
      }
    expect(Object.keys(files).filter((f) => f.startsWith(`${scenario}/client/`))).toHaveLength(1);
    expect(Object.keys(files)).toContain(`${scenario}/expected.json`);
    const zip = writeTemp(dir, 'case.zip', zipSync(files));
    const fromZip = await rdpdiag(['analyze', zip, '--format', 'json']);
    const fromFolder = await rdpdiag(['analyze', `samples/${scenario}`, '--format', 'json']);
    expect(fromZip.code).toBe(fromFolder.code);
    // Paths as the JSON spells them, with the platform's separator (the terminal's as they are).
    const inJson = (p: string) => JSON.stringify(p).slice(1, -1);
    const zipped = join(zip, scenario) + sep;
    const folder = join('samples', scenario) + sep;
    // The scenario's expected.json is passed over with the same note from the zip as from the folder.
    expect(fromZip.stderr.replaceAll(zipped, folder)).toBe(fromFolder.stderr);
    expect(fromZip.stdout.replaceAll(inJson(zipped), inJson(folder))).toBe(fromFolder.stdout);
  });

  it('reads a folder holding zips, and warns about refused entries without failing', async () => {
    const dir = tempDir();
    writeTemp(dir, 'a.zip', zipSync({ '../../escape.xml': lsm, 'LSM.xml': lsm }));
    const r = await rdpdiag(['timeline', dir, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(26);
    expect(r.stderr).toContain(`archive entry "../../escape.xml" skipped: a path leaving the archive`);
  });
});
