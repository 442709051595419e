/**
 * Every real .evtx through `dump`'s template plans: byte for byte what the event writer gives for the
 * reader's events, in JSONL and XML (bench/dump-compare.mjs checks the whole CLI against an earlier build).
 */
import { describe, expect, it } from 'vitest';
import { expectSameDump } from '../helpers/range-dump.js';
import { corpusEvtxFiles, corpusFile, hasCorpus, noCorpusReason } from '../parsers/evtx/helpers.js';

describe.skipIf(!hasCorpus)(`dump from template plans on real logs (${hasCorpus ? 'corpus' : noCorpusReason})`, () => {
  it.each(hasCorpus ? corpusEvtxFiles() : [])('%s', async (rel) => {
    await expectSameDump(corpusFile(rel));
  });

  // Records refused by the plan path run their template's op, made on that first run (ChunkParser.template).
  it.each(hasCorpus ? corpusEvtxFiles().filter((rel) => /\/(System|Security)\.evtx$/.test(rel)) : [])(
    '%s, every record refused by its plan',
    async (rel) => {
      const r = await expectSameDump(corpusFile(rel), true);
      expect(r.planned).toBe(0);
    },
  );
});
