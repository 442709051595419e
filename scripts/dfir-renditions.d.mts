import type { NormalizedEvent } from '../src/model/event.js';

export interface DfirRendition {
  name: string;
  /** The folder of samples/dfir/ it is written to. */
  dir: string;
  file: string;
  /** Every field the verdicts read, and the time to the millisecond. */
  lossless: boolean;
  /** How far the format's times may be from the log's (Velociraptor's float seconds). */
  timePrecisionMs?: number;
  render(
    events: readonly NormalizedEvent[],
    how: { eventRow: (provider: string, id: number) => { hex?: readonly string[]; hex64?: readonly string[] } | undefined },
  ): string;
}

/** Every rendition as the responders' tools write it, as scripts/make-dfir-samples.mjs writes samples/dfir/. */
export const DFIR_RENDITIONS: readonly DfirRendition[];
