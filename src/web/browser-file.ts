/**
 * A browser `File` as an input of the core: read in slices, never loaded whole. Reads in file order (the
 * readers' way) continue one stream of the file, each into the same memory (a "bring your own buffer"
 * reader): no new buffer per slice, so a 1 GB file does not leave a gigabyte of slices for the garbage
 * collector to find. Where a browser's file streams cannot do that, each slice is read on its own.
 */
import { type InputToOpen, type RandomAccessBytes, randomAccessInput } from '../model/source.js';

/**
 * What reads are under way hold (the file's slice, its stream and reader), kept from the worker's global
 * scope: an awaited read is otherwise reachable only from the stream it waits on, and a collected stream
 * would leave the read pending for ever.
 * @cache not a result: it only keeps reads under way reachable until they finish (each removes itself), so no run sees another's.
 */
const reading = new Set<unknown>();

export function fileInput(file: Blob, name: string, onRead?: (position: number) => void): InputToOpen {
  return { name, open: async () => randomAccessInput(name, blobBytes(file, onRead)) };
}

/** A picked file that changed or moved since: the browser refuses to read it. */
function readError(err: unknown): Error {
  return Object.assign(new Error(`the browser could not read the file (${(err as Error)?.name}); pick it again`), {
    code: 'EIO',
  });
}

/** A read without a byte stream: the range as one slice, read whole. */
async function sliceRead(file: Blob, into: Uint8Array, position: number, length: number): Promise<number> {
  let bytes: ArrayBuffer;
  try {
    bytes = await file.slice(position, position + length).arrayBuffer();
  } catch (err) {
    throw readError(err);
  }
  into.set(new Uint8Array(bytes), 0);
  return bytes.byteLength;
}

function blobBytes(file: Blob, onRead?: (position: number) => void): RandomAccessBytes {
  let reader: ReadableStreamBYOBReader | undefined;
  /** Where the open stream stands in the file. */
  let at = 0;
  /** The memory each stream read fills (handed back by every read: it is transferred, not copied). */
  let scratch = new ArrayBuffer(0);
  let byob = true;
  /** The open stream's slice and stream, held as long as its reader. */
  let held: { slice: Blob; stream: ReadableStream<Uint8Array> } | undefined;

  const stop = () => {
    reader?.cancel().catch(() => {});
    reader = undefined;
    held = undefined;
  };

  const openAt = (position: number): ReadableStreamBYOBReader | undefined => {
    if (!byob) return undefined;
    try {
      const slice = file.slice(position);
      const stream = slice.stream();
      held = { slice, stream };
      return stream.getReader({ mode: 'byob' });
    } catch {
      byob = false; // this browser's file streams are not byte streams
      return undefined;
    }
  };

  /** Reads run one after the other (a stream has one position). */
  let queue: Promise<unknown> = Promise.resolve();

  const read = async (into: Uint8Array, position: number, length: number): Promise<number> => {
    // readNow's closure holds the slice, the stream, the reader and the buffers.
    reading.add(readNow);
    try {
      return await readNow(into, position, length);
    } finally {
      reading.delete(readNow);
    }
  };

  const readNow = async (into: Uint8Array, position: number, length: number): Promise<number> => {
    length = Math.min(length, file.size - position);
    if (length <= 0) return 0;
    if (!reader || !held || at !== position) {
      stop();
      reader = openAt(position);
      at = position;
    }
    if (!reader) {
      const n = await sliceRead(file, into, position, length);
      onRead?.(position + n);
      return n;
    }
    let n = 0;
    try {
      while (n < length) {
        if (scratch.byteLength < length - n) scratch = new ArrayBuffer(length);
        const { value, done } = await reader.read(new Uint8Array(scratch, 0, length - n));
        if (value) {
          into.set(value, n);
          n += value.byteLength;
          scratch = value.buffer as ArrayBuffer;
        }
        if (done) {
          reader = undefined;
          break;
        }
      }
    } catch (err) {
      reader = undefined;
      throw readError(err);
    }
    at = position + n;
    onRead?.(at);
    return n;
  };

  return {
    size: file.size,
    read(into, position, length) {
      const result = queue.then(() => read(into, position, length));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      stop();
    },
  };
}
