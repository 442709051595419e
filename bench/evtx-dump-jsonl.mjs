#!/usr/bin/env node
// Dumps an .evtx with our parser as JSONL (one record per line, the shape compare-dump.py expects):
//   node bench/evtx-dump-jsonl.mjs FILE.evtx > out.jsonl      (uses dist/, build with `npx tsc -p tsconfig.build.json`)
// EVTX_MODULE=/path/to/src/platform/node/files.js overrides the module location.
import { pathToFileURL, fileURLToPath } from 'node:url';
import path from 'node:path';
import { dumpShape } from '../test/helpers/evtx-dump-shape.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const modPath = process.env.EVTX_MODULE ?? path.join(here, '..', 'dist', 'src', 'platform', 'node', 'files.js');
const { readEvtx } = await import(pathToFileURL(modPath).href);

const file = process.argv[2];
if (!file) {
  console.error('usage: evtx-dump-jsonl.mjs FILE.evtx');
  process.exit(2);
}
const warnings = [];
const out = [];
let n = 0;
for await (const batch of readEvtx(file, { warn: (w) => warnings.push(w) })) {
  for (const e of batch) {
    n++;
    out.push(JSON.stringify(dumpShape(e)));
    if (out.length >= 1000) {
      process.stdout.write(out.join('\n') + '\n');
      out.length = 0;
    }
  }
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
if (process.env.EVTX_WARNINGS) for (const w of warnings) console.error(`${w.kind} @${w.offset}: ${w.message}`);
console.error(
  `records=${n} warnings=${warnings.length} skipped=${warnings.filter((w) => w.kind.startsWith('skipped')).length}`,
);
