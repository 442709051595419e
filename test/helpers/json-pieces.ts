/** A JSON export cut into records elsewhere and by `readSiem` itself, compared (test/parsers/siem/json-pieces*.test.ts). */
import { expect } from 'vitest';
import { JsonPieceSplitter, readSiem } from '../../parsers/siem/index.js';
import { fieldsForAnalysis } from '../../src/diagnose/analysis-reads.js';
import type { InputWarning, NormalizedEvent } from '../../src/model/event.js';
import { type InputSource, memoryInput } from '../../src/model/source.js';

/** The input with a `splitJson` that cuts its pieces here, as the worker does; counts the pieces it made. */
function cutElsewhere(name: string, bytes: Uint8Array, made: { pieces: number }): InputSource {
  return {
    ...memoryInput(name, bytes),
    async *splitJson(setup) {
      const splitter = new JsonPieceSplitter(setup);
      for (let at = setup.start; at < bytes.length; at += setup.pieceBytes) {
        made.pieces++;
        yield splitter.piece(bytes.subarray(at, Math.min(bytes.length, at + setup.pieceBytes)));
      }
      made.pieces++;
      yield splitter.end();
    },
  };
}

async function read(source: InputSource, select = fieldsForAnalysis()) {
  const events: NormalizedEvent[] = [];
  const warnings: InputWarning[] = [];
  let unread = 0;
  const batches: number[] = [];
  for await (const batch of readSiem(source, 'json', {
    warn: (w) => warnings.push(w),
    select,
    unread: (n) => {
      unread += n;
    },
  })) {
    batches.push(batch.length);
    events.push(...batch);
  }
  return { events, warnings, unread, batches };
}

export async function expectSameReading(text: string, select = fieldsForAnalysis()) {
  const bytes = new TextEncoder().encode(text);
  const made = { pieces: 0 };
  const here = await read(memoryInput('export.json', bytes), select);
  const elsewhere = await read(cutElsewhere('export.json', bytes, made), select);
  expect(made.pieces).toBeGreaterThan(0);
  expect(elsewhere.events).toEqual(here.events);
  expect(elsewhere.warnings).toEqual(here.warnings);
  expect(elsewhere.unread).toBe(here.unread);
  expect(elsewhere.batches).toEqual(here.batches);
  return { ...here, pieces: made.pieces };
}
