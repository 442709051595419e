/**
 * While a report is to be redacted (`--redact`), each value from a log that rdpdiag puts into a sentence
 * of its own (an explanation, a title, a remediation step, an evidence summary) is marked: U+E000 before
 * it, U+E001 after (private-use characters). The redactor (src/report/redact.ts) then hides what is
 * marked and never touches rdpdiag's own words around it: an account named `User` must not turn
 * "Wrong user name or password" into "Wrong user-2 name or password". The redactor removes the marks.
 * Off otherwise (nothing is marked, so nothing needs removing): on only inside `withValueMarks`.
 */
export const VALUE_OPEN = '\uE000';
export const VALUE_CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;

let depth = 0;

/** Runs `fn` with values marked (synchronously: nothing else runs meanwhile). */
export function withValueMarks<T>(fn: () => T): T {
  depth++;
  try {
    return fn();
  } finally {
    depth--;
  }
}

/** Marks values from now until the returned function is called (a live run that redacts throughout). */
export function startValueMarks(): () => void {
  depth++;
  let stopped = false;
  return () => {
    if (!stopped) depth--;
    stopped = true;
  };
}

/** Whether values are being marked. */
export function valuesMarked(): boolean {
  return depth > 0;
}

/** A value from a log as it goes into one of rdpdiag's sentences: marked while marking is on. */
export function markValue(value: string): string {
  if (depth === 0) return value;
  return VALUE_OPEN + value.replace(MARKS, '') + VALUE_CLOSE;
}

/** A list of values as it goes into a sentence (`alice, bob`): each marked. */
export function markValues(values: readonly string[], separator = ', '): string {
  return values.map(markValue).join(separator);
}

/** The text without marks. */
export function withoutMarks(text: string): string {
  return text.replace(MARKS, '');
}
