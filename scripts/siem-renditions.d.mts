import type { NormalizedEvent } from '../src/model/event.js';

export interface SiemRendition {
  name: string;
  /** The folder of samples/siem/ it is written to. */
  dir: string;
  file: string;
  /** Every record whole: time to the 100 ns, every field. */
  lossless: boolean;
  render(
    events: readonly NormalizedEvent[],
    how: {
      idPrefix: string;
      toEventXml: (e: NormalizedEvent) => string;
      eventRow: (provider: string, id: number) => { message?: string; fields?: readonly string[] } | undefined;
    },
  ): string;
}

/** Every SIEM rendition, as scripts/make-siem-samples.mjs writes samples/siem/. */
export const SIEM_RENDITIONS: readonly SiemRendition[];
