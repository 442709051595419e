/**
 * Records left out before `JSON.parse`: most lines of a SIEM export are events rdpdiag does not read
 * (logoffs, process starts, other channels), and parsing them costs more than the rest of the analysis.
 * A record is left out only when its raw text proves it: every event id it states (under each key a
 * mapper takes one from, nested or dotted, in embedded XML or Splunk's classic text) is one the consumer
 * does not read, it names none of the channels the consumer reads whole (in any case), and nothing in it
 * could hide either (a `\u` escape of a letter or digit, a columnar or whole-response record holding many
 * events). Any doubt keeps the record. One regular expression finds all of these in one pass (a fifth of the
 * parse it saves); a dozen `indexOf` scans, or a loop over the characters, cost as much as the parse.
 */
import type { EventInterest } from '../../src/model/reader.js';

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** What may follow an unquoted id: JSON's delimiters, XML's `<`, the `\\` of a `\\n` in a JSON string. */
const ENDS_NUMBER = new Set([0x2c, 0x7d, 0x5d, 0x3c, 0x5c, 0x20, 0x09, 0x0a, 0x0d]);

/** Not an id where the key's name was found (a value that only looks like the key, `<EventIDs>`). */
const NOT_AN_ID = -2;
/** Something there keeps the record whatever else it says. */
const KEEP = -1;

/** The decimal at `at` (quoted or not, spaces around), or KEEP when there is none there. */
function decimalAt(s: string, at: number, quotes: boolean): number {
  let i = at;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  const quoted = quotes && s.charCodeAt(i) === 0x22;
  if (quoted) i++;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  let n = 0;
  let digits = 0;
  for (; i < s.length && isDigit(s.charCodeAt(i)); i++) {
    if (++digits > 9) return KEEP;
    n = n * 10 + s.charCodeAt(i) - 0x30;
  }
  if (digits === 0) return KEEP;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  if (quoted) return s.charCodeAt(i) === 0x22 ? n : KEEP;
  // A number must end there (`4634.5`, `4634e3`, `4634x` are not this id).
  return i >= s.length || ENDS_NUMBER.has(s.charCodeAt(i)) ? n : KEEP;
}

/** Is the next thing after `at` a `:` (the text before was a key, not a value)? */
function keyEnds(s: string, at: number): number {
  let i = at;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return s.charCodeAt(i) === 0x3a /* : */ ? i + 1 : -1;
}

/**
 * What the one pass looks for (letters without case): the channel words; a printable ASCII character
 * written `\\u00XX`, which could spell any of the rest (Go's encoder, Winlogbeat's, writes `<` as
 * `\\u003c`); keys of records holding many events by position (Log Analytics `tables`, Splunk
 * `json_rows`/`json_cols`, `_search` `hits`); the places the mappers take an event id from: the keys
 * `event_id`, `EventID`, `code` (`event.code`), quoted or after a dot (`winlog.event_id`), an XML
 * `<EventID>` inside a string, Splunk's classic `EventCode=`.
 */
const FIXED = String.raw`\\u00[2-7]|"(?:rows|columns|hits|tables)"|event_?id"|[".]code"|<eventid|eventcode=`;

/** The id a match (lower-cased) states; NOT_AN_ID when it states none; KEEP when the record must be kept. */
function idOf(s: string, at: number, match: string): number {
  const end = at + match.length;
  const k = match;
  if (k.startsWith('\\u00')) return KEEP;
  if (k === 'eventcode=') return decimalAt(s, end, false);
  if (k === '<eventid') {
    const after = s.charCodeAt(end);
    if (after !== 0x3e /* > */ && !isSpace(after)) return NOT_AN_ID;
    const close = s.indexOf('>', end);
    return close < 0 ? KEEP : decimalAt(s, close + 1, false);
  }
  const value = keyEnds(s, end);
  if (value < 0) return NOT_AN_ID;
  // `"rows"`, `"hits"`…: many events in one record.
  if (k.charCodeAt(0) === 0x22 && k !== '"code"') return KEEP;
  return decimalAt(s, value, true);
}

/** A test of a raw JSON record: true when it is certainly an event outside `interest`. */
export function unreadTest(interest: EventInterest): (record: string) => boolean {
  const words = interest.channelWords.map((w) => w.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'));
  const pattern = new RegExp(`${words.map((w) => `${w}|`).join('')}${FIXED}`, 'gi');
  const channel = new Set(interest.channelWords.map((w) => w.toLowerCase()));
  const { ids } = interest;
  return (s) => {
    if (s.charCodeAt(0) !== 0x7b /* { */) return false;
    pattern.lastIndex = 0;
    let found = 0;
    for (let m = pattern.exec(s); m; m = pattern.exec(s)) {
      const match = m[0].toLowerCase();
      if (channel.has(match)) return false;
      const id = idOf(s, m.index, match);
      if (id === NOT_AN_ID) continue;
      if (id === KEEP || ids.has(id)) return false;
      found++;
    }
    return found > 0;
  };
}
