/**
 * The file name endings rdpdiag picks up, apart from the readers (which `read.ts` loads): the CLI's messages
 * and folder walks need the list without loading every parser.
 */
/** A 7-Zip archive's ending: picked up in folders and archives, read through an installed 7-Zip or refused by name. */
export const SEVEN_ZIP_ENDING = '.7z';

/** Names picked up in an archive or a folder: logs, and archives within them. */
export const READ_ENDINGS = [
  '.evtx',
  '.xml',
  '.zip',
  '.json',
  '.jsonl',
  '.ndjson',
  '.csv',
  '.gz',
  '.log',
  // A machine's state as Windows' tools save it (parsers/state): `.reg` exports, secedit's `.inf`.
  '.reg',
  '.inf',
  '.tar',
  '.tgz',
  // Refused with what to do (seven-zip.ts), never passed over in silence.
  SEVEN_ZIP_ENDING,
];

/** The endings of what rdpdiag reads, as messages list them (a `.7z` is picked up to be refused, not read). */
export const READABLE_EXTENSIONS = READ_ENDINGS.filter((x) => x !== SEVEN_ZIP_ENDING);

/**
 * A text file of command output picked up as a machine's state: in a folder any `.txt` (read by content, passed over
 * when it is none); in an archive only the names `rdpdiag collect` gives them (`state-*.txt`, `rdp-settings.txt`), so
 * an archive's notes stay skipped in silence.
 */
export const STATE_TEXT_ENDING = '.txt';
export function isStateTextName(lower: string): boolean {
  const base = lower.slice(Math.max(lower.lastIndexOf('/'), lower.lastIndexOf('\\')) + 1);
  return base.endsWith(STATE_TEXT_ENDING) && (base.startsWith('state-') || base === 'rdp-settings.txt');
}

/** File name endings picked up when walking a folder (a file named explicitly is read whatever its name). */
export const LOG_EXTENSIONS = [...READ_ENDINGS, STATE_TEXT_ENDING];
