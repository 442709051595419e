/**
 * Robustness: truncated and bit-flipped copies of real corpus files must never hang, crash or blow up
 * memory: the reader either reads what it can (with warnings) or rejects the file as not EVTX.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputFileError } from '../../../src/model/reader.js';
import { rng } from '../../helpers/random.js';
import { corpusFile, hasCorpus, noCorpusReason, readAll } from './helpers.js';

if (!hasCorpus) console.warn(noCorpusReason);

const dir = mkdtempSync(path.join(tmpdir(), 'rdpdiag-evtx-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAMPLES = [
  'omerbenamram__evtx/samples/Security_short_selected.evtx',
  'mdecrevoisier__EVTX-to-MITRE-Attack/TA0001-Initial access/T1078-Valid accounts/ID1149-RDP success logins to multiple hosts.evtx',
  'omerbenamram__evtx/samples/E_Windows_system32_winevt_logs_Microsoft-Windows-CAPI2%4Operational.evtx',
];

async function survives(bytes: Buffer, name: string): Promise<number> {
  const f = path.join(dir, name);
  writeFileSync(f, bytes);
  try {
    const { events } = await readAll(f);
    for (const e of events) {
      expect(typeof e.eventId).toBe('number');
      expect(typeof e.timestamp).toBe('string');
    }
    return events.length;
  } catch (err) {
    expect(err).toBeInstanceOf(InputFileError); // only for a destroyed file header
    return -1;
  } finally {
    rmSync(f, { force: true });
  }
}

describe.skipIf(!hasCorpus)('evtx fuzzing (truncation, bit flips)', () => {
  for (const [i, rel] of SAMPLES.entries()) {
    it(`survives damage to ${path.basename(rel)}`, async () => {
      const original = readFileSync(corpusFile(rel));
      const random = rng(1234 + i);
      const before = process.memoryUsage().rss;
      // truncations, including inside the file header, chunk headers and records
      for (const cut of [
        0,
        7,
        100,
        4095,
        4096 + 100,
        4096 + 600,
        4096 + 5000,
        ...Array.from({ length: 6 }, () => Math.floor(random() * original.length)),
      ]) {
        await survives(original.subarray(0, cut), `cut-${cut}.evtx`);
      }
      // bit flips and random bytes, everywhere after the file signature
      for (let round = 0; round < 25; round++) {
        const copy = Buffer.from(original);
        const flips = 1 + Math.floor(random() * 200);
        for (let k = 0; k < flips; k++) {
          const at = 8 + Math.floor(random() * (copy.length - 8));
          copy[at] = random() < 0.5 ? copy[at] ^ (1 << Math.floor(random() * 8)) : Math.floor(random() * 256);
        }
        await survives(copy, `flip-${round}.evtx`);
      }
      // damage concentrated in the first chunk's header and tables
      for (let round = 0; round < 10; round++) {
        const copy = Buffer.from(original);
        for (let k = 0; k < 40; k++) copy[4096 + Math.floor(random() * 1024)] = Math.floor(random() * 256);
        await survives(copy, `head-${round}.evtx`);
      }
      expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    });
  }
});
