/** `dump` writes every record of every corpus .evtx as the bytes of its record text (JSON lines and XML). */
import { describe, expect, it } from 'vitest';
import { corpusEvtxFiles, corpusFile, hasCorpus, noCorpusReason, readAll } from '../parsers/evtx/helpers.js';
import { expectedJsonl, expectedXml, written } from '../report/event-dump-bytes.js';

describe.skipIf(!hasCorpus)('dump records of every corpus log', () => {
  if (!hasCorpus) console.warn(noCorpusReason);
  for (const rel of hasCorpus ? corpusEvtxFiles() : []) {
    it(`the same bytes as the record texts: ${rel}`, async () => {
      const { events } = await readAll(corpusFile(rel));
      for (const format of ['jsonl', 'xml'] as const) {
        const expected = Buffer.concat(events.map(format === 'jsonl' ? expectedJsonl : expectedXml));
        expect(written(format, events).equals(expected), `${format} of ${rel}`).toBe(true);
      }
    });
  }
});
