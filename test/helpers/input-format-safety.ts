/**
 * The hostile variants of every input format (test/ingest/input-format-safety.test.ts, whose comment says the
 * contract): the fast tier feeds each format one variant and each variant to several formats (`isFast`), the slow
 * tier (input-format-safety-rest.test.ts) the other pairs, so `npm test` feeds every format every variant.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type DetectedFormat, detectFormat, INPUT_FORMATS } from '../../src/ingest/input-formats.js';
import { MAX_VALUE_CHARS } from '../../src/model/value-length.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { ROOT, rdpdiag } from './cli.js';
import { tempDir, writeTemp } from './collect.js';
import { evtxOf, failedLogon, filetimeOf } from './evtx-events.js';
import { rawControls } from './hostile.js';
import { xorshift32 } from './random.js';
import { SEVEN_ZIP, withoutSevenZip } from './seven-zip.js';
import { tarHeader, tarPad } from './tar.js';
import { buildZip } from './zip-bombs.js';

/** Bytes a format's detection looks at (src/ingest/read.ts reads its first 64 KiB). */
const HEAD = 64 * 1024;

/** A file's first `HEAD` bytes (the samples' 15 MB are not read whole to tell their formats). */
function head(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(HEAD);
    return bytes.subarray(0, readSync(fd, bytes, 0, HEAD, 0));
  } finally {
    closeSync(fd);
  }
}

/** The smallest file under `samples/` of each format the registry tells from its first bytes. */
function samplesByFormat(): Map<DetectedFormat, Buffer> {
  const smallest = new Map<DetectedFormat, { size: number; path: string }>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const size = statSync(path).size;
        const format = detectFormat(head(path));
        const had = smallest.get(format);
        if (!had || size < had.size) smallest.set(format, { size, path });
      }
    }
  };
  walk(join(ROOT, 'samples'));
  return new Map([...smallest].map(([format, { path }]) => [format, readFileSync(path)]));
}

const SAMPLES = samplesByFormat();
const xmlSample = (): Buffer => {
  const xml = SAMPLES.get('xml');
  if (!xml) throw new Error('no XML export under samples/');
  return xml;
};
const at = (iso: string) => filetimeOf(iso);

/** Formats no sample holds (binary logs and containers), made here from the XML sample or the test writers. */
const MADE: Partial<Record<DetectedFormat, () => Buffer>> = {
  evtx: () => evtxOf([failedLogon(1n, at('2024-05-02T09:00:00Z')), failedLogon(2n, at('2024-05-02T09:00:05Z'))]),
  zip: () => buildZip([{ name: 'export.xml', data: xmlSample() }]),
  gzip: () => gzipSync(xmlSample()),
  tar: () => Buffer.concat([tarHeader('export.xml', xmlSample().length), tarPad(xmlSample()), Buffer.alloc(1024)]),
  '7z': () => SEVEN_ZIP,
};

function seedOf(format: DetectedFormat): Buffer | undefined {
  return SAMPLES.get(format) ?? MADE[format]?.();
}

/** `n` bytes of seeded junk, NULs and high bytes included. */
function junk(n: number, seed: number): Buffer {
  const r = xorshift32(seed);
  return Buffer.from(Array.from({ length: n }, () => Math.floor(r() * 256)));
}

/** Whether `bytes` read as UTF-16LE text (a BOM, or NULs at odd places in its first letters). */
const utf16 = (b: Buffer) => (b[0] === 0xff && b[1] === 0xfe) || (b.length > 3 && b[1] === 0 && b[3] === 0);

/** Where the longest run of letters and digits starts and ends in `bytes` (in its own encoding): a value. */
function longestWord(b: Buffer): { start: number; end: number; unit: number } {
  const unit = utf16(b) ? 2 : 1;
  let best = { start: 0, end: 0, unit };
  let start = 0;
  for (let i = 0; i + unit <= b.length; i += unit) {
    const c = b[i]!;
    const word = (unit === 1 || b[i + 1] === 0) && /[A-Za-z0-9]/.test(String.fromCharCode(c));
    if (!word) start = i + unit;
    else if (i + unit - start > best.end - best.start) best = { start, end: i + unit, unit };
  }
  return best;
}

const encode = (text: string, unit: number) => Buffer.from(text, unit === 2 ? 'utf16le' : 'utf8');

/** The attack in a value: a colour, a terminal title, a bell, a right-to-left override. */
const CONTROLS = '\u001b[31m\u001b]0;x\u0007\u202e';

interface Variant {
  name: string;
  of(seed: Buffer): Buffer;
  /** Damage that leaves everything before it readable: every record of the seed is still read. */
  keepsAll?: boolean;
}

export const VARIANTS: Variant[] = [
  { name: 'cut in half', of: (s) => s.subarray(0, Math.floor(s.length / 2)) },
  { name: 'binary junk after it', of: (s) => Buffer.concat([s, junk(4096, s.length)]), keepsAll: true },
  {
    name: 'binary junk in its middle',
    of: (s) => {
      const out = Buffer.from(s);
      junk(Math.min(512, out.length >> 2), 7).copy(out, out.length >> 1);
      return out;
    },
  },
  {
    name: 'control characters and a bidi override in a value',
    of: (s) => {
      const w = longestWord(s);
      const hostile = encode(CONTROLS, w.unit);
      // Written over the value where it is long enough (a binary log's offsets stay), else into it.
      if (w.end - w.start >= hostile.length) {
        const out = Buffer.from(s);
        hostile.copy(out, w.start);
        return out;
      }
      return Buffer.concat([s.subarray(0, w.end), hostile, s.subarray(w.end)]);
    },
  },
  {
    name: 'a value longer than a log writes',
    of: (s) => {
      const w = longestWord(s);
      return Buffer.concat([
        s.subarray(0, w.end),
        encode('A'.repeat(MAX_VALUE_CHARS + 1000), w.unit),
        s.subarray(w.end),
      ]);
    },
  },
];

const STACK = /^\s+at .+[:(]\d+:\d+\)?$|\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/m;

/** What reading `path` gives: records and state items read, and the warnings and errors naming it. */
async function readOf(path: string) {
  const t = await buildTimeline([path]);
  const name = basename(path);
  const mine = t.inputs.filter((i) => i.path.includes(name));
  const read = mine.reduce((n, i) => n + i.records + (i.stateItems ?? 0), 0);
  const said = mine.flatMap((i) => [...i.warnings, ...(i.error ? [i.error] : [])]);
  return { read, said, failed: mine.some((i) => i.error) };
}

/**
 * Whether the fast tier feeds format `f` (its index in `INPUT_FORMATS`) variant `v` (in `VARIANTS`): one variant a
 * format, the variants in turn, so each format and each variant is fed in the edit loop (about a fifth of the pairs).
 */
export const isFast = (f: number, v: number): boolean => f % VARIANTS.length === v;

/** The contract, as tests of the pairs of format and variant that `chosen` takes (and, with `general`, the rest). */
export function hostileVariantsSuite(title: string, chosen: (f: number, v: number) => boolean, general = false): void {
  describe(title, () => {
    withoutSevenZip();
    const dir = tempDir('rdpdiag-input-safety-');

    // Each format's file read whole once, for all its variants.
    const wholes = new Map<DetectedFormat, ReturnType<typeof readOf>>();
    const wholeOf = (format: DetectedFormat, seed: Buffer) => {
      if (!wholes.has(format)) wholes.set(format, readOf(writeTemp(dir, `${format}-whole.log`, seed)));
      return wholes.get(format)!;
    };

    if (general) {
      it('has a file of every format the registry declares, told as that format', () => {
        for (const format of INPUT_FORMATS) {
          const seed = seedOf(format);
          expect(seed, `no file of format ${format}: add a sample under samples/ (or make one in MADE)`).toBeDefined();
          expect(detectFormat(seed!.subarray(0, HEAD)), format).toBe(format);
        }
      });

      it('an empty file: nothing read, said, no exit 0', async () => {
        const file = writeTemp(dir, 'empty.log', '');
        const r = await rdpdiag(['analyze', file]);
        expect(r.stderr).toContain('empty.log');
        expect(r.code).toBe(2);
        expect(r.stderr + r.stdout).not.toMatch(STACK);
      });
    }

    for (const [f, format] of INPUT_FORMATS.entries()) {
      for (const [k, variant] of VARIANTS.entries()) {
        if (!chosen(f, k)) continue;
        const name = `${format}: ${variant.name}`;
        it(`${name}: no throw, its loss said with a place, nothing raw printed`, async () => {
          const seed = seedOf(format);
          if (!seed) throw new Error(`no file of format ${format}`);
          const whole = await wholeOf(format, seed);
          const file = writeTemp(dir, `${format}-${k}.log`, variant.of(seed));
          const got = await readOf(file);
          const r = await rdpdiag(['analyze', file]);
          expect(r.stderr + r.stdout).not.toMatch(STACK);
          expect(rawControls(r.stdout)).toEqual([]);
          expect(rawControls(r.stderr)).toEqual([]);
          expect([0, 1, 2]).toContain(r.code);
          if (r.code === 2) expect(got.read === 0 || got.failed, 'exit 2 with records read and no error').toBe(true);
          if (variant.keepsAll) expect(got.read, 'what stands before the junk').toBeGreaterThanOrEqual(whole.read);
          if (got.read < whole.read) {
            const placed = got.said.some((w) => w.offset !== undefined || w.line !== undefined);
            expect(placed || (got.read === 0 && got.failed), 'a loss said with its offset or line').toBe(true);
            expect(r.stderr, 'the file named').toContain(basename(file));
          }
        });
      }
    }
  });
}
