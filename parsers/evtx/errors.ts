/** A structural problem in an .evtx file, with the chunk-relative offset where it was found. */
export class EvtxFormatError extends Error {
  constructor(
    message: string,
    /** Offset inside the chunk buffer (chunk-relative); the reader adds the chunk's file offset. */
    readonly chunkOffset: number,
  ) {
    super(message);
    this.name = 'EvtxFormatError';
  }
}

export function fail(message: string, offset: number): never {
  throw new EvtxFormatError(message, offset);
}
