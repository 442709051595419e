/**
 * One line of a Remote Desktop client's or server's own log (xrdp, rdesktop, guacd), read as what it says: the
 * shape the log tables (xrdp-logs.ts, rdesktop-logs.ts, guacamole-logs.ts) write their rows through. A row whose line
 * holds a number that looks like a code (rdesktop's "got 0x0") says what it is (`numbers`): the paste is read by the line.
 */
import type { KnownSentence } from '../sentences/known-sentence.js';

/** What a row says beyond its words: its causes, code or kind, its meaning, source and note. */
type LogLineReading = Pick<
  KnownSentence,
  'states' | 'codeName' | 'kind' | 'overrides' | 'note' | 'numbers' | 'generic'
> & {
  readonly meaning: string;
  readonly source: string;
};

/** One row of `product`'s log: the line recognized when every one of `words` matches the folded paste. */
type LogLineRow = (
  id: string,
  said: string,
  words: RegExp | readonly RegExp[],
  reading: LogLineReading,
) => KnownSentence;

/**
 * The row writer of a product's log table: `name` says it in each row's `what`, `prefix` begins each row's id,
 * `languages` says why its lines are read in English only.
 */
export function logLines(name: string, prefix: string, languages: string): LogLineRow {
  return (id, said, words, reading) => ({
    id: `${prefix}-${id}`,
    what: `${name}'s log line "${said}"`,
    words: { en: words instanceof RegExp ? [words] : words },
    anyLanguage: true,
    confidence: 'WR',
    languages,
    ...reading,
    source: `Widely reported in public logs and threads quoting it; the product's own text: ${reading.source}`,
  });
}
