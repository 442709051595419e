/** A text file's lines, read as a stream (a shard file for `merge`): never held whole. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export async function* readLines(path: string): AsyncIterable<string> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  try {
    for await (const line of lines) yield line;
  } finally {
    lines.close();
  }
}
