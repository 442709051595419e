/**
 * Every try's reason, told where the tries differ: the logons Windows refused inside one connection (Security 4625)
 * each carry their own status (a misspelled domain's 0xC0000064 "no such user", a wrong password's 0xC000006A, an
 * expired password's 0xC0000071); an attempt whose tries failed for different reasons says each with its tries, and
 * its cause keeps the reason that names its own case (`CauseResult.reason`), so incidents never join different
 * account states under one title.
 */
import { formatHex32, lookupNtStatus, parseCodeValue } from '../../patterns/codes/index.js';
import type { CauseResult, LogonTry } from '../model/attempt.js';
import type { ValueMarks } from '../model/value-marks.js';
import { formatShortTime } from '../model/time.js';

/** One reason and the refused tries that gave it. */
export interface TryReason {
  /** The status that says it: the sub-status when set, else the status (`0xC0000071`). */
  code: string;
  /** Its meaning from the NTSTATUS table, when known. */
  meaning?: string;
  /** The cause it points to, when a table knows it. */
  cause?: string;
  tries: LogonTry[];
}

/** The code a refused try's reason is: its sub-status when set, else its status. */
function reasonCode(t: LogonTry): string | undefined {
  const value = parseCodeValue(t.subStatus ?? t.status ?? '');
  return value === undefined ? undefined : formatHex32(value);
}

/** The reasons of an attempt's refused tries, in the order they first came. */
export function tryReasons(tries: readonly LogonTry[] | undefined): TryReason[] {
  const out = new Map<string, TryReason>();
  for (const t of tries ?? []) {
    if (t.outcome !== 'failed') continue;
    const code = reasonCode(t);
    if (!code) continue;
    let r = out.get(code);
    if (!r) {
      const meaning = lookupNtStatus(Number.parseInt(code, 16))?.meaning;
      out.set(code, (r = { code, ...(meaning ? { meaning } : {}), ...(t.cause ? { cause: t.cause } : {}), tries: [] }));
    }
    r.tries.push(t);
  }
  return [...out.values()];
}

/** `0xC0000064 (The user name does not exist.): 4 tries, 21:01:02Z to 21:03:10Z, as CORP\bob`. */
function reasonText(r: TryReason, { markValues }: ValueMarks): string {
  const n = r.tries.length;
  const first = r.tries[0].time;
  const last = r.tries[n - 1].time;
  const when = n === 1 ? `at ${formatShortTime(first)}` : `${formatShortTime(first)} to ${formatShortTime(last)}`;
  const users = [
    ...new Map(r.tries.filter((t) => t.user).map((t) => [t.user?.toLowerCase(), t.user as string])).values(),
  ];
  return `${r.code}${r.meaning ? ` (${r.meaning.replace(/\.$/, '')})` : ''}: ${n === 1 ? '1 try' : `${n} tries`} ${when}${users.length ? ` as ${markValues(users)}` : ''}`;
}

/**
 * Tells the attempt's top cause every reason its tries failed for, when they differ, and keeps on it the reason
 * that names its case: the last refused try's whose status points to that cause.
 */
export function tellTryReasons(causes: CauseResult[], tries: readonly LogonTry[] | undefined, marks: ValueMarks): void {
  const top = causes[0];
  if (!top) return;
  const reasons = tryReasons(tries);
  const own = reasons.filter((r) => r.cause === top.id);
  if (own.length) {
    const last = own.reduce((x, y) => (y.tries[y.tries.length - 1].time > x.tries[x.tries.length - 1].time ? y : x));
    top.reason = last.code;
  }
  if (reasons.length < 2) return;
  top.explanation = `${top.explanation} Its tries failed for different reasons: ${reasons.map((r) => reasonText(r, marks)).join('; ')}.`;
}
