// One XML export parsed by one parser, in this process; prints `@@bench {...}` on stderr (seconds, peak
// RSS, events). `rdpdiag`: our streaming reader (parsers/xml); `fast-xml-parser`: the baseline the choice
// of our own reader is measured against (it needs the whole document as one string).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [parser, path] = process.argv.slice(2);
const started = process.hrtime.bigint();
let events = 0;
if (parser === 'rdpdiag') {
  const { readXml } = await import(pathToFileURL(join(root, 'dist', 'parsers', 'xml', 'index.js')).href);
  const { openInput } = await import(
    pathToFileURL(join(root, 'dist', 'src', 'platform', 'node', 'file-source.js')).href
  );
  const source = await openInput(path);
  try {
    for await (const batch of readXml(source, { warn: () => {} })) events += batch.length;
  } finally {
    await source.close?.();
  }
} else if (parser === 'fast-xml-parser') {
  const { XMLParser } = await import('fast-xml-parser');
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(path, 'utf8'));
  const list = doc.Events?.Event ?? doc.Event ?? [];
  events = Array.isArray(list) ? list.length : 1;
} else {
  throw new Error(`unknown parser ${parser}`);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stderr.write(
  `\n@@bench ${JSON.stringify({ code: 0, seconds, events, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
);
