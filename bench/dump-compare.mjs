#!/usr/bin/env node
/**
 * Byte-for-byte comparison of `dump` between this build and another (a copy of an earlier build): every
 * .evtx and .xml under the corpus (or the folders/files named), in JSONL and XML, this build on one thread
 * and on two, against the other on one thread. Output hashed, never kept.
 *
 *   node bench/dump-compare.mjs /tmp/old/bin/rdpdiag [FILE_OR_FOLDER…]
 *
 * Exit 0 when every output is the same, 1 when one differs (the first differing byte is shown).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.join(here, '..', 'bin', 'rdpdiag');
const [reference, ...named] = process.argv.slice(2);
if (!reference) {
  console.error('usage: dump-compare.mjs OTHER_BIN/rdpdiag [FILE_OR_FOLDER…]');
  process.exit(2);
}
const roots = named.length ? named : [path.join(here, '..', '..', 'shared', 'corpus')];

function walk(p, into) {
  const st = statSync(p);
  if (st.isFile()) {
    if (/\.(evtx|xml)$/i.test(p)) into.push(p);
    return into;
  }
  for (const name of readdirSync(p).sort()) walk(path.join(p, name), into);
  return into;
}

/** The output's SHA-256, size and first 64 KiB (to show where two outputs part), and the exit code. */
function dump(bin, file, format, threads) {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [bin, 'dump', '-q', '--format', format, '--threads', threads, file], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const hash = createHash('sha256');
    let size = 0;
    const head = [];
    let headSize = 0;
    p.stdout.on('data', (d) => {
      hash.update(d);
      size += d.length;
      if (headSize < 65536) {
        head.push(d);
        headSize += d.length;
      }
    });
    p.on('close', (code) => resolve({ hash: hash.digest('hex'), size, code, head: Buffer.concat(head) }));
  });
}

const files = roots.flatMap((r) => walk(r, []));
let differ = 0;
let bytes = 0;
for (const file of files) {
  for (const format of ['jsonl', 'xml']) {
    const old = await dump(reference, file, format, '1');
    for (const threads of ['1', '2']) {
      const now = await dump(BIN, file, format, threads);
      bytes += now.size;
      if (now.hash === old.hash && now.code === old.code) continue;
      differ++;
      let at = 0;
      while (at < Math.min(now.head.length, old.head.length) && now.head[at] === old.head[at]) at++;
      console.log(
        `DIFFERS ${format} --threads ${threads} ${file}: ${now.size} bytes (exit ${now.code}) against ${old.size} (exit ${old.code}); first difference at byte ${at}${at < 65536 ? `:\n  now: ${JSON.stringify(now.head.subarray(Math.max(0, at - 40), at + 40).toString())}\n  old: ${JSON.stringify(old.head.subarray(Math.max(0, at - 40), at + 40).toString())}` : ' (past the first 64 KiB)'}`,
      );
    }
  }
}
console.log(
  `${files.length} files, 2 formats, 1 and 2 threads: ${differ === 0 ? 'every output byte-identical' : `${differ} outputs differ`} (${(bytes / 1048576).toFixed(0)} MB compared)`,
);
process.exitCode = differ === 0 ? 0 : 1;
