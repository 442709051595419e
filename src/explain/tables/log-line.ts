/**
 * One line of a Remote Desktop client's or server's own log (xrdp, rdesktop, guacd), read as what it says: the
 * shape the log tables (xrdp-logs.ts, rdesktop-logs.ts, guacamole-logs.ts) write their rows through. A row whose line
 * holds a number that looks like a code (rdesktop's "got 0x0") says what it is (`numbers`): the paste is read by the line.
 */
import type { KnownSentence } from './known-sentence.js';

/** What a row says beyond its words: its causes, code or kind, its meaning, source and note. */
export type LogLineReading = Pick<
  KnownSentence,
  'states' | 'codeName' | 'kind' | 'overrides' | 'note' | 'numbers' | 'generic'
> & {
  readonly meaning: string;
  readonly source: string;
};

/** The product a log is written by: its name (in each row's `what`) and its languages. */
export interface LogProduct {
  readonly name: string;
  readonly languages: string;
}

/** A log line of `product`, recognized when every one of `words` matches the folded paste. */
export function logLine(
  product: LogProduct,
  id: string,
  said: string,
  words: readonly RegExp[],
  reading: LogLineReading,
): KnownSentence {
  return {
    id,
    what: `${product.name}'s log line "${said}"`,
    words: { en: words },
    anyLanguage: true,
    confidence: 'WR',
    languages: product.languages,
    ...reading,
    source: `Widely reported in public logs and threads quoting it; the product's own text: ${reading.source}`,
  };
}
