/**
 * How long a text from a log may be: the one rule, applied where an event enters the model (src/ingest/read.ts,
 * every reader's events; src/follow/follower.ts, those followed) and, for texts made of several, where a shard is written and read (src/pipeline/shard.ts).
 *
 * Windows never writes a value near it: an .evtx record lives in a 64 KiB chunk, its strings are counted in 16 bits
 * (at most 65,535 UTF-16 units), its binary data rendered in hex at most twice its bytes. A longer value is a crafted
 * log: cut, with a warning naming the file, the record and the field, never carried whole into every copy a report
 * makes of it (a 60 MB user name once made a 420 MB shard and 2.5 GB of memory).
 */

import type { InputWarning, NormalizedEvent } from './event.js';
import { formatCount } from './numbers.js';

/**
 * Characters no log export or tool output writes in a line: control characters but the tab, and U+FFFD (bytes that
 * were no text in their encoding). A line of a text export holding one is damaged: its readers skip what it is part
 * of and say so with its line (parsers/state/secedit.ts, parsers/siem/splunk/classic.ts).
 */
export const NOT_TEXT = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\ufffd]/;

/** The longest text of a log kept whole (a field's value, the message, the computer's name…), in UTF-16 units. */
export const MAX_VALUE_CHARS = 256 * 1024;

/**
 * `text` cut to at most `max` units, saying how long it was (a lone high surrogate at the cut dropped). `length` is
 * the text's length where the reader kept only its start (`text`), as the XML reader does past 4 MiB.
 */
export function cutText(text: string, max = MAX_VALUE_CHARS, length = text.length): string {
  if (length <= max) return text;
  const note = `… [cut by rdpdiag: ${length} characters]`;
  let end = Math.max(0, max - note.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + note;
}

/** The fields of an event a reader made (its own texts, its provider's, its source's and its data's). */
interface EventTexts {
  provider: object;
  source: object;
  data: Record<string, string>;
}

/** A field's name as a warning gives it: an attacker's 100 MB name is not printed whole. */
const named = (k: string) => (k.length > 60 ? `${k.slice(0, 60)}…` : k);

/** `o[k] = v`, `__proto__` an own key as a reader makes it. */
const put = (o: object, k: string, v: unknown) =>
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

/** Cuts the texts of `o` longer than MAX_VALUE_CHARS in place, each named in `cut` (made when one is). */
function cutValuesOf(o: Record<string, unknown>, prefix: string, cut: string[] | undefined): string[] | undefined {
  for (const k in o) {
    const v = o[k];
    if (typeof v === 'string' && v.length > MAX_VALUE_CHARS) {
      put(o, k, cutText(v));
      (cut ??= []).push(cutField(prefix, k, v.length));
    }
  }
  return cut;
}

/**
 * Cuts every text of `e` longer than MAX_VALUE_CHARS (`cutText`), in place: its own fields, its provider's and
 * source's, its data's values and names (a name cut keeps its place). The fields cut with their lengths
 * (`data.TargetUserName (60,000,000 characters)`), or undefined when none was (nearly always: a length read a text).
 */
export function cutLongValues(e: EventTexts): string[] | undefined {
  let cut = cutValuesOf(e as unknown as Record<string, unknown>, '', undefined);
  cut = cutValuesOf(e.provider as Record<string, unknown>, 'provider.', cut);
  cut = cutValuesOf(e.source as Record<string, unknown>, 'source.', cut);
  cut = cutValuesOf(e.data, 'data.', cut);
  const data = e.data;
  let longName = false;
  for (const k in data) if (k.length > MAX_VALUE_CHARS) longName = true;
  if (longName) {
    // Rebuilt in its order, each long name cut (a later field of the same cut name kept after it).
    const fields = Object.entries(data);
    for (const k of Object.keys(data)) delete data[k];
    for (const [k, v] of fields) {
      if (k.length <= MAX_VALUE_CHARS) put(data, k, v);
      else {
        let name = cutText(k);
        for (let i = 2; Object.hasOwn(data, name); i++) name = `${cutText(k, MAX_VALUE_CHARS - 8)} #${i}`;
        put(data, name, v);
        (cut ??= []).push(`the name of data.${named(k)} (${formatCount(k.length)} characters)`);
      }
    }
  }
  return cut;
}

/**
 * Cuts `e`'s texts longer than a log writes (`cutLongValues`), in place: the warning that says so, naming the file,
 * the line or offset, the record and each field with its length; undefined when none was cut.
 */
export function cutEventValues(e: NormalizedEvent): InputWarning | undefined {
  const cut = cutLongValues(e);
  return cut && valueCutWarning(e, cut);
}

/** A field's entry in a value-cut warning: its name (after `prefix`: `data.`) and its length in the input. */
export function cutField(prefix: string, name: string, length: number): string {
  return `${prefix}${named(name)} (${formatCount(length)} characters)`;
}

/**
 * The warning that `e`'s texts in `cut` (each `cutField`) were cut, naming the file, the line or offset and the
 * record: made where the texts are cut, at entry (`cutEventValues`), or by a reader that keeps only a text's start.
 */
export function valueCutWarning(e: NormalizedEvent, cut: string[]): InputWarning {
  const s = e.source;
  const record = e.recordId === undefined ? '' : `record ${e.recordId}: `;
  return {
    code: 'value-cut',
    file: s.file,
    ...(s.offset !== undefined ? { offset: s.offset } : {}),
    ...(s.line !== undefined ? { line: s.line } : {}),
    message: `${record}${cut.join(', ')} cut to ${formatCount(MAX_VALUE_CHARS)}: Windows never writes a value that long (the rest of the event read)`,
    kind: 'other',
  };
}

/** A value the user gave, as an error message echoes it: cut after `max` characters, its length said. */
export function echoed(value: string, max = 60): string {
  return value.length <= max ? value : `${value.slice(0, max)}… (${formatCount(value.length)} characters)`;
}

/**
 * A message with every word (a run of no blank) longer than `longest` echoed cut: what a library's message quotes
 * of the command line (an unknown command or option of megabytes) is said in a line.
 */
export function echoedWords(message: string, longest = 1024): string {
  if (message.length <= longest) return message;
  let out = '';
  let from = 0;
  let start = 0;
  for (let i = 0; i <= message.length; i++) {
    const c = i < message.length ? message.charCodeAt(i) : 0x20;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) continue;
    if (i - start > longest) {
      out += message.slice(from, start) + echoed(message.slice(start, i));
      from = i;
    }
    start = i + 1;
  }
  return out + message.slice(from);
}
