import { expandInputs } from '../ingest/inputs.js';
import { readInputs } from '../ingest/read.js';
import { toDumpRecord, toEventXml } from '../report/event-dump.js';
import { EXIT_CLEAN, EXIT_USAGE_OR_INPUT, UsageError } from './exit.js';
import { reportInputs, writeOut } from './io.js';

export interface DumpOptions {
  format: string;
  quiet?: boolean;
}

/** `rdpdiag dump <file>`: every record of one input, in file order, whatever its format. */
export async function runDump(file: string, o: DumpOptions): Promise<number> {
  if (o.format !== 'jsonl' && o.format !== 'xml')
    throw new UsageError(`unknown --format "${o.format}" (use jsonl or xml)`);
  const { files, missing } = await expandInputs([file]);
  if (o.format === 'xml') await writeOut(`<?xml version="1.0" encoding="utf-8"?>\n<Events>\n`);
  const summaries = await readInputs(files, async (batch) => {
    let out = '';
    for (const e of batch) out += (o.format === 'xml' ? toEventXml(e) : JSON.stringify(toDumpRecord(e))) + '\n';
    await writeOut(out);
  });
  if (o.format === 'xml') await writeOut(`</Events>\n`);
  const failed = reportInputs(summaries, missing, { quiet: o.quiet, every: true });
  return failed ? EXIT_USAGE_OR_INPUT : EXIT_CLEAN;
}
