/**
 * While a report is to be redacted (`--redact`), each value from a log that rdpdiag puts into a sentence
 * of its own (an explanation, a title, a remediation step, an evidence summary) is marked: U+E000 before
 * it, U+E001 after (private-use characters). The redactor (src/report/redact.ts) then hides what is
 * marked and never touches rdpdiag's own words around it: an account named `User` must not turn
 * "Wrong user name or password" into "Wrong user-2 name or password". The redactor removes the marks.
 * Off otherwise (nothing is marked, so nothing needs removing). Whether a run marks is its own choice,
 * handed down as a `ValueMarks` (analysis's `marks` option), never state of this module: two runs in one
 * process, one redacted, do not mark each other's values.
 */
export const VALUE_OPEN = '\uE000';
export const VALUE_CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;

/** How one run puts values from a log into its sentences: marked (a redacted report) or as they are. */
export interface ValueMarks {
  /** Whether values are marked. */
  readonly on: boolean;
  /** A value from a log as it goes into one of rdpdiag's sentences. */
  readonly markValue: (value: string) => string;
  /** A list of values as it goes into a sentence (`alice, bob`): each marked. */
  readonly markValues: (values: readonly string[], separator?: string) => string;
}

/** Values as they are: a report that is not redacted. */
export const UNMARKED: ValueMarks = {
  on: false,
  markValue: (value) => value,
  markValues: (values, separator = ', ') => values.join(separator),
};

function mark(value: string): string {
  return VALUE_OPEN + value.replace(MARKS, '') + VALUE_CLOSE;
}

/** Values marked for the redactor: a redacted report. */
export const MARKED: ValueMarks = {
  on: true,
  markValue: mark,
  markValues: (values, separator = ', ') => values.map(mark).join(separator),
};

/** The marks of a run that redacts (`MARKED`) or not (`UNMARKED`). */
export function valueMarks(redact: boolean): ValueMarks {
  return redact ? MARKED : UNMARKED;
}

/** The text without marks. */
export function withoutMarks(text: string): string {
  return text.replace(MARKS, '');
}
