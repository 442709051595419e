#!/usr/bin/env node
/**
 * Writes the hostile archives of issue #26 into a folder, for measuring time and peak RSS of the CLI on
 * them (`/usr/bin/time -v node bin/rdpdiag analyze OUT/shared.zip`); never committed, they are generated:
 *
 *   shared.zip      200 central-directory entries pointing at one 31 MiB deflated XML entry (about 4 GiB)
 *   fanout.zip      2,000 entries pointing at one zip of 2,000 small XML logs (4 M inputs)
 *   fanout-distinct.zip  20 copies of that zip (40,000 inputs)
 *   big-evtx.zip    one large .evtx, deflated (give its size in MiB, and a source .evtx to repeat)
 *   many-small.zip  10,000 small XML logs
 *
 *   node bench/make-hostile-zips.mjs OUT [EVTX_SOURCE EVTX_MB]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildZip, smallLog } from '../test/helpers/zip-writer.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

function main() {
  const [out, evtxSource, evtxMb] = process.argv.slice(2);
  if (!out) throw new Error('usage: node bench/make-hostile-zips.mjs OUT [EVTX_SOURCE EVTX_MB]');
  mkdirSync(out, { recursive: true });
  // Many copies of one small event: 31 MiB of XML, deflated to a few hundred KiB.
  const one = smallLog(1);
  const xml = Buffer.alloc(31 * 1024 * 1024, one.subarray(8, one.length - 10));
  xml.write('<Events>', 0);
  xml.write('</Events>\n', xml.length - 10);
  const aliases = Array.from({ length: 199 }, (_, i) => ({ name: `copy${String(i).padStart(3, '0')}.xml`, of: 0 }));
  writeFileSync(path.join(out, 'shared.zip'), buildZip([{ name: 'big.xml', data: xml }], aliases));

  const inner = buildZip(Array.from({ length: 2000 }, (_, i) => ({ name: `l${i}.xml`, data: smallLog(i) })));
  const nested = Array.from({ length: 1999 }, (_, i) => ({ name: `n${i + 1}.zip`, of: 0 }));
  writeFileSync(path.join(out, 'fanout.zip'), buildZip([{ name: 'n0.zip', data: inner, store: true }], nested));
  writeFileSync(
    path.join(out, 'fanout-distinct.zip'),
    buildZip(Array.from({ length: 20 }, (_, i) => ({ name: `n${i}.zip`, data: inner, store: true }))),
  );

  writeFileSync(
    path.join(out, 'many-small.zip'),
    buildZip(
      Array.from({ length: 10_000 }, (_, i) => ({
        name: `logs/l${String(i).padStart(5, '0')}.xml`,
        data: smallLog(i),
      })),
    ),
  );

  if (evtxSource && evtxMb) {
    const big = path.join(out, 'big.evtx');
    execFileSync(process.execPath, [path.join(HERE, 'make-big-evtx.mjs'), evtxSource, big, evtxMb], {
      stdio: 'inherit',
    });
    writeFileSync(path.join(out, 'big-evtx.zip'), buildZip([{ name: 'Security.evtx', data: readFileSync(big) }]));
    rmSync(big);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
