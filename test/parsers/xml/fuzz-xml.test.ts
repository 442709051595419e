/** Damaged XML never crashes or hangs the reader: every outcome is events, warnings, or a named error. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXml } from '../../../src/platform/node/files.js';
import { InputFileError } from '../../../src/model/reader.js';
import { ROOT } from '../../helpers/cli.js';
import { collect, tempDir, writeTemp } from '../../helpers/collect.js';
import { xorshift32 as rng } from '../../helpers/random.js';

const SOURCES = [
  'samples/healthy-day/RdpCoreTS-Operational.xml',
  'samples/auth-bad-credentials/RdpCoreTS-Operational.xml',
  'samples/ipv6-clients/Security.xml',
];
const NASTY = [
  '<',
  '>',
  '&',
  '&#x110000;',
  '<!--',
  ']]>',
  '<![CDATA[',
  "'",
  '"',
  '</Event>',
  '<Event>',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '\u0000',
  '\uFFFF',
];

describe('readXml on damaged input', () => {
  const dir = tempDir();
  for (const source of SOURCES) {
    it(`survives 60 mutations of ${source}`, async () => {
      const original = readFileSync(join(ROOT, source));
      const random = rng(source.length * 7919);
      for (let round = 0; round < 60; round++) {
        let bytes = Buffer.from(original);
        const kind = round % 3;
        if (kind === 0) {
          for (let k = 0; k < 20; k++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
        } else if (kind === 1) {
          bytes = bytes.subarray(0, Math.floor(random() * bytes.length));
        } else {
          const at = Math.floor(random() * bytes.length);
          const insert = Buffer.from(NASTY[Math.floor(random() * NASTY.length)], 'utf8');
          bytes = Buffer.concat([bytes.subarray(0, at), insert, bytes.subarray(at)]);
        }
        const path = writeTemp(dir, `m-${round}.xml`, bytes);
        const { events, warnings, error } = await collect(readXml, path);
        if (error) expect(error, `round ${round}: ${error.message}`).toBeInstanceOf(InputFileError);
        for (const w of warnings) expect(w.line ?? w.offset).toBeDefined();
        for (const e of events) expect(e.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
      }
    });
  }
});
