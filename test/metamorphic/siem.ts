/**
 * Every SIEM rendition of a folder's records, the one implementation scripts/make-siem-samples.mjs writes
 * samples/siem/ with (scripts/siem-renditions.mjs): the first three carry every record whole (`lossless`); the last
 * two lose digits of time and fields.
 */
import type { NormalizedEvent } from '../../src/model/event.js';
import { eventRow } from '../../src/model/events.js';
import { toEventXml } from '../../src/report/event-dump.js';
import { SIEM_RENDITIONS as RENDITIONS } from '../../scripts/siem-renditions.mjs';

export interface SiemRendition {
  name: string;
  file: string;
  lossless: boolean;
  render(events: readonly NormalizedEvent[]): string;
}

export const SIEM_RENDITIONS: readonly SiemRendition[] = RENDITIONS.map((r) => ({
  name: r.name,
  file: r.file,
  lossless: r.lossless,
  render: (events) => r.render(events, { idPrefix: 'rdpdiag-metamorphic', toEventXml, eventRow }),
}));
