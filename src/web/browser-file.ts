/** A browser `File` as an input of the core: read in slices (`File.slice`), never loaded whole. */
import { type InputToOpen, randomAccessInput } from '../model/source.js';

export function fileInput(file: Blob, name: string, onRead?: (position: number) => void): InputToOpen {
  return {
    name,
    open: async () =>
      randomAccessInput(name, {
        size: file.size,
        async read(into, position, length) {
          let bytes: ArrayBuffer;
          try {
            bytes = await file.slice(position, position + length).arrayBuffer();
          } catch (err) {
            // A picked file that changed or moved since: the browser refuses to read it.
            throw Object.assign(
              new Error(`the browser could not read the file (${(err as Error).name}); pick it again`),
              {
                code: 'EIO',
              },
            );
          }
          into.set(new Uint8Array(bytes), 0);
          onRead?.(position + bytes.byteLength);
          return bytes.byteLength;
        },
      }),
  };
}
