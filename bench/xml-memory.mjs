// Issue 2's memory target: reading a 200 MB XML export keeps peak RSS under 150 MB.
// Writes a wevtutil-shaped and an Event Viewer-shaped export of ~200 MB into a temp folder, then runs
// `rdpdiag dump` on each in a child process and reports its peak RSS and throughput. The same files are
// then parsed by our reader alone and by fast-xml-parser (the baseline our own reader is measured against).
const BASELINE_RUNS = Number(process.env.XML_BENCH_RUNS ?? 3);
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_BYTES = Number(process.env.XML_BENCH_MB ?? 200) * 1024 * 1024;

function event(i) {
  const t = new Date(Date.UTC(2024, 4, 2) + i * 250).toISOString().replace('Z', '0000Z');
  const act = `{F420${(i >>> 4).toString(16).padStart(4, '0').toUpperCase()}-2222-3333-4444-555566660000}`;
  return `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>131</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>15</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='${t}'/><EventRecordID>${i + 1}</EventRecordID><Correlation ActivityID='${act}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnType'>TCP</Data><Data Name='ClientIP'>192.0.2.${i % 250}:${49152 + (i % 16000)}</Data></EventData></Event>`;
}

async function writeExport(path, shape) {
  const out = createWriteStream(path);
  let bytes = 0;
  let i = 0;
  const write = (s) => new Promise((resolve) => (out.write(s) ? resolve() : out.once('drain', resolve)));
  if (shape === 'events') await write('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<Events>\n');
  while (bytes < TARGET_BYTES) {
    let chunk = '';
    for (let k = 0; k < 1000; k++) chunk += event(i++) + (shape === 'events' ? '\n' : '\r\n');
    bytes += chunk.length;
    await write(chunk);
  }
  if (shape === 'events') await write('</Events>\n');
  await new Promise((resolve) => out.end(resolve));
  return i;
}

/** Parses `path` with one parser in a child process; the median of `runs` runs. */
function parseWith(parser, path, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(
      process.execPath,
      ['--max-old-space-size=16384', join(root, 'bench', 'xml-baseline.mjs'), parser, path],
      { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const line = (r.stderr ?? '').split('\n').find((l) => l.startsWith('@@bench '));
    // A side that measured nothing is a broken bench, not a row of NaN: fail loudly with what it said.
    if (!line || r.status !== 0)
      throw new Error(
        `bench xml: ${parser} measured nothing on ${path} (exit ${r.status}):\n${(r.stderr ?? '').slice(-2000)}`,
      );
    const result = JSON.parse(line.slice(8));
    if (!(result.events > 0)) throw new Error(`bench xml: ${parser} read no event from ${path}`);
    results.push(result);
  }
  results.sort((a, b) => a.seconds - b.seconds);
  return results[Math.floor(results.length / 2)];
}

export async function benchXmlMemory() {
  const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-xml-bench-'));
  const rows = [];
  const parsers = [];
  try {
    for (const shape of ['stream', 'events']) {
      const path = join(dir, `${shape}.xml`);
      const records = await writeExport(path, shape);
      const size = statSync(path).size;
      const r = spawnSync(process.execPath, [join(root, 'bench', 'child-max-rss.mjs'), 'dump', path], {
        encoding: 'utf8',
        maxBuffer: 1024 * 1024 * 1024,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const line = (r.stderr ?? '').split('\n').find((l) => l.startsWith('@@bench '));
      const m = line ? JSON.parse(line.slice(8)) : { code: r.status, seconds: NaN, maxRssBytes: NaN };
      rows.push({
        shape,
        sizeMB: +(size / 1048576).toFixed(1),
        records,
        seconds: +m.seconds.toFixed(2),
        mbPerSec: +(size / 1048576 / m.seconds).toFixed(1),
        peakRssMB: +(m.maxRssBytes / 1048576).toFixed(1),
        exit: m.code,
      });
      const ours = parseWith('rdpdiag', path, BASELINE_RUNS);
      const baseline = parseWith('fast-xml-parser', path, BASELINE_RUNS);
      for (const [name, x] of [
        ['rdpdiag parsers/xml (streaming)', ours],
        ['fast-xml-parser (whole string)', baseline],
      ]) {
        parsers.push({
          shape,
          parser: name,
          events: x.events,
          seconds: +x.seconds.toFixed(2),
          mbPerSec: +(size / 1048576 / x.seconds).toFixed(1),
          peakRssMB: +(x.maxRssBytes / 1048576).toFixed(1),
          speedup: name.startsWith('rdpdiag') ? +(baseline.seconds / ours.seconds).toFixed(2) : 1,
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('\nXML export reading (rdpdiag dump, jsonl to /dev/null), target: peak RSS < 150 MB on 200 MB');
  console.table(rows);
  console.log(
    `\nXML parsing alone, the same files: our reader against fast-xml-parser (median of ${BASELINE_RUNS} runs each; speedup = its time / ours)`,
  );
  console.table(parsers);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchXmlMemory();
