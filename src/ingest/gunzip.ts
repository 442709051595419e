/**
 * A gzip file's bytes unpacked as a stream (fflate's streaming `Gunzip`, loaded only when an input is
 * gzipped): nothing but the pieces in flight is held, so a large `.ndjson.gz` streams like its text. A
 * damaged stream ends the input with a clear error.
 */
import { Gunzip } from 'fflate';
import { InputFileError } from '../model/reader.js';

/** Compressed bytes handed to the inflater at a time: bounds what one push can expand to. */
const PIECE = 16 * 1024;

export async function* gunzipped(chunks: AsyncIterable<Uint8Array>, name = 'input'): AsyncGenerator<Uint8Array> {
  let out: Uint8Array[] = [];
  const inflater = new Gunzip((data) => {
    out.push(data);
  });
  try {
    for await (const chunk of chunks) {
      for (let at = 0; at < chunk.length; at += PIECE) {
        inflater.push(chunk.subarray(at, at + PIECE), false);
        if (out.length) {
          const ready = out;
          out = [];
          yield* ready;
        }
      }
    }
    inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof InputFileError) throw err;
    throw new InputFileError(name, `damaged gzip data (${(err as Error).message})`);
  }
  yield* out;
}
