/**
 * `account-lockout` (patterns/findings/account-lockout.ts): each Security 4740 of a computer, with the failed sign-ins
 * of its account before it on that computer (4625), their source (address, workstation) and the lockout's Caller
 * Computer Name, a stale saved credential told apart from guessing, and the unlock (4767) that followed: a host finding
 * of each computer (`findLockouts`, `lockoutFinding`), its failures named by their records.
 */
import { accountLockout as definition } from '../../patterns/findings/account-lockout.js';
import { authAccountState } from '../../patterns/auth-account-state.js';
import type { AccountLockout, EvidenceRef, Finding } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import type { ValueMarks } from '../model/value-marks.js';
import { clientAddress, logKind, logonType } from '../correlate/index.js';
import type { HostNames } from '../correlate/index.js';
import { evidenceRef } from './evidence-refs.js';
import { formatShortTime } from '../model/time.js';

/** The failed sign-ins that lock an account come within this before its lockout (the lockout window is minutes). */
const FAILURES_BEFORE_MS = 60 * 60_000;
/** Windows logs the lockout just before the 4625 of the try that tripped it. */
const TRIPPED_AFTER_MS = 2_000;
/** Failures spread over this long, one source, one account: a saved credential retried, not a person typing. */
const SPREAD_MS = 10 * 60_000;
/** A source that failed this many accounts in the hour is trying accounts, not replaying one. */
const GUESSED_ACCOUNTS = 3;
/** Failures listed as evidence; the rest counted. */
const SHOWN_FAILURES = 8;

export interface FoundLockout {
  computer: string;
  lockout: NormalizedEvent;
  unlock?: NormalizedEvent;
  /** The account's failed sign-ins on the computer that did it, in time order. */
  failures: NormalizedEvent[];
  /** Accounts the main source failed on that computer in the same hour (the locked one among them). */
  sourceAccounts: string[];
  /** When the computer's Security log given ends (an unlock after it is unknown). */
  securityEndMs: number;
  securityEnd: string;
}

const lower = (v: string | undefined) => (v ?? '').trim().toLowerCase();
const isSecurity = (e: NormalizedEvent, id: number) => e.eventId === id && logKind(e) === 'security';
const workstationOf = (e: NormalizedEvent) => {
  const w = e.data.WorkstationName?.trim();
  return w && w !== '-' ? w : undefined;
};
const sourceKey = (e: NormalizedEvent) => `${clientAddress(e) ?? ''}|${lower(workstationOf(e))}`;

/** Each computer's lockouts, with their failures and unlock, in time order. */
export function findLockouts(events: readonly NormalizedEvent[], names: HostNames): FoundLockout[] {
  const byComputer = new Map<string, NormalizedEvent[]>();
  for (const e of events) {
    if (!(isSecurity(e, 4740) || isSecurity(e, 4767) || isSecurity(e, 4625))) continue;
    const key = names.key(e.computer);
    const list = byComputer.get(key);
    if (list) list.push(e);
    else byComputer.set(key, [e]);
  }
  const ends = new Map<string, NormalizedEvent>();
  for (const e of events) {
    if (logKind(e) !== 'security') continue;
    const key = names.key(e.computer);
    const last = ends.get(key);
    if (!last || e.timeMs > last.timeMs) ends.set(key, e);
  }
  const found: FoundLockout[] = [];
  for (const [key, list] of byComputer) {
    const lockouts = list.filter((e) => isSecurity(e, 4740));
    if (!lockouts.length) continue;
    const failuresOf = new Map<string, NormalizedEvent[]>();
    for (const e of list) {
      if (!isSecurity(e, 4625)) continue;
      const account = lower(e.data.TargetUserName);
      const l = failuresOf.get(account);
      if (l) l.push(e);
      else failuresOf.set(account, [e]);
    }
    const end = ends.get(key)!;
    const previous = new Map<string, number>();
    for (const lockout of lockouts) {
      const account = lower(lockout.data.TargetUserName);
      const since = Math.max(previous.get(account) ?? -Infinity, lockout.timeMs - FAILURES_BEFORE_MS);
      const failures = (failuresOf.get(account) ?? []).filter(
        (f) => f.timeMs > since && f.timeMs <= lockout.timeMs + TRIPPED_AFTER_MS,
      );
      previous.set(account, lockout.timeMs + TRIPPED_AFTER_MS);
      const unlock = list.find(
        (e) => isSecurity(e, 4767) && e.timeMs >= lockout.timeMs && lower(e.data.TargetUserName) === account,
      );
      const main = mainSource(failures);
      const sourceAccounts = main
        ? [
            ...new Set(
              list
                .filter(
                  (e) =>
                    isSecurity(e, 4625) &&
                    sourceKey(e) === main &&
                    e.timeMs > lockout.timeMs - FAILURES_BEFORE_MS &&
                    e.timeMs <= lockout.timeMs + TRIPPED_AFTER_MS,
                )
                .map((e) => e.data.TargetUserName?.trim() ?? ''),
            ),
          ].filter(Boolean)
        : [];
      found.push({
        computer: lockout.computer,
        lockout,
        ...(unlock ? { unlock } : {}),
        failures,
        sourceAccounts,
        securityEndMs: end.timeMs,
        securityEnd: end.timestamp,
      });
    }
  }
  return found.sort((x, y) => x.lockout.timeMs - y.lockout.timeMs);
}

/** The source (address and workstation) with the most failures. */
function mainSource(failures: readonly NormalizedEvent[]): string | undefined {
  const counts = new Map<string, number>();
  for (const f of failures) counts.set(sourceKey(f), (counts.get(sourceKey(f)) ?? 0) + 1);
  let best: string | undefined;
  for (const [k, n] of counts) if (best === undefined || n > counts.get(best)!) best = k;
  return best;
}

export type LockoutKind = AccountLockout['kind'];

/** What the failures look like: one source and account spread over time, several accounts, or tries in moments. */
export function lockoutKind(found: FoundLockout): LockoutKind {
  const sources = new Set(found.failures.map(sourceKey));
  if (!found.failures.length) return 'unknown-source';
  if (found.sourceAccounts.length >= GUESSED_ACCOUNTS || sources.size >= GUESSED_ACCOUNTS) return 'guessing';
  const span = found.failures[found.failures.length - 1]!.timeMs - found.failures[0]!.timeMs;
  if (sources.size === 1 && found.sourceAccounts.length <= 1 && span >= SPREAD_MS) return 'stale-credential';
  return 'repeated-tries';
}

/** Each source of the failures (address, workstation) with how many failed and how. */
function sourcesInWords(failures: readonly NormalizedEvent[], markValue: ValueMarks['markValue']): string {
  const sources = [...new Map(failures.map((f) => [sourceKey(f), f])).values()];
  return sources
    .map((f) => {
      const address = clientAddress(f);
      const ws = workstationOf(f);
      const type = logonType(f);
      const n = failures.filter((x) => sourceKey(x) === sourceKey(f)).length;
      return `${[address, ws]
        .filter((v): v is string => !!v)
        .map(markValue)
        .join(
          ' (',
        )}${address && ws ? ')' : ''}${address || ws ? '' : 'a source the log does not name'}: ${n} ${n === 1 ? 'failure' : 'failures'}${type === 3 ? ', network logons (NLA)' : type === 10 ? ', at the logon screen' : ''}`;
    })
    .join('; ');
}

/** The lockout told in order: what locked, the failures that did it, what they look like, the unlock. */
function lockoutStory(found: FoundLockout, kind: LockoutKind, marks: ValueMarks): string[] {
  const { markValue, markValues } = marks;
  const { lockout, failures, unlock } = found;
  const account = lockout.data.TargetUserName?.trim() || '?';
  const caller = lockout.data.TargetDomainName?.trim();
  const first = failures[0];
  const last = failures[failures.length - 1];
  const sentences = [
    `${markValue(lockout.computer)} locked out ${markValue(account)} at ${formatShortTime(lockout.timestamp)} (Security 4740${caller && caller !== '-' ? `, Caller Computer Name ${markValue(caller)}` : ''}).`,
  ];
  if (first && last)
    sentences.push(
      `${failures.length} failed ${failures.length === 1 ? 'sign-in' : 'sign-ins'} for it came before it on this computer, ${formatShortTime(first.timestamp)} to ${formatShortTime(last.timestamp)}, from ${sourcesInWords(failures, markValue)}.`,
    );
  else
    sentences.push(
      caller && caller !== '-'
        ? `This log holds none of the failed sign-ins that did it: they were made at ${markValue(caller)}, whose Security log (4625, and 4771/4776 on the domain controller) names the process and address.`
        : 'This log holds none of the failed sign-ins that did it, and names no computer they came from.',
    );
  const others = found.sourceAccounts.filter((a) => lower(a) !== lower(account));
  switch (kind) {
    case 'stale-credential':
      sentences.push(
        'One source, one account, spread over time: the pattern of a saved credential still sending an old password (after a password change), not of someone guessing.',
      );
      break;
    case 'guessing':
      sentences.push(
        `The same source failed ${others.length ? `other accounts too (${markValues(others)})` : 'from several places'} in the same hour: someone trying accounts or passwords (or testing the lockout policy), not a saved credential.`,
      );
      break;
    case 'repeated-tries':
      sentences.push(
        'The tries came close together: a person retrying a password, or a script; a saved credential usually retries over a longer time.',
      );
      break;
    case 'unknown-source':
      break;
  }
  if (unlock)
    sentences.push(
      `${markValue(unlock.data.SubjectUserName?.trim() || 'someone')} unlocked it at ${formatShortTime(unlock.timestamp)} (Security 4767).`,
    );
  else
    sentences.push(
      `The logs given hold no unlock (4767) of it up to ${formatShortTime(found.securityEnd)}, where this computer's Security log ends: it may still be locked, or unlocked by the lockout duration or on another computer.`,
    );
  return sentences;
}

/** The finding told for one lockout. */
export function lockoutFinding(found: FoundLockout, marks: ValueMarks): Finding {
  const { markValue } = marks;
  const { lockout, failures, unlock } = found;
  const account = lockout.data.TargetUserName?.trim() || '?';
  const caller = lockout.data.TargetDomainName?.trim();
  const kind = lockoutKind(found);
  const sources = [...new Map(failures.map((f) => [sourceKey(f), f])).values()];
  const sentences = lockoutStory(found, kind, marks);
  const evidence: EvidenceRef[] = [
    evidenceRef(lockout, marks),
    ...(unlock ? [evidenceRef(unlock, marks)] : []),
    ...failures.slice(-SHOWN_FAILURES).map((f) => evidenceRef(f, marks)),
  ];
  const remediation = [
    kind === 'guessing' ? definition.remediation[1]! : definition.remediation[0]!,
    ...(kind === 'repeated-tries' ? [definition.remediation[1]!] : []),
    definition.remediation[2]!,
  ];
  return {
    id: definition.id,
    computer: lockout.computer,
    cause: authAccountState.id,
    confidence: kind === 'guessing' ? 0.8 : 0.9,
    title: `${markValue(account)} was locked out on ${markValue(lockout.computer)}${
      sources.length === 1
        ? ` by failed sign-ins from ${markValue(clientAddress(sources[0]!) ?? workstationOf(sources[0]!) ?? '?')}`
        : caller && caller !== '-'
          ? ` (caller ${markValue(caller)})`
          : ''
    }`,
    explanation: sentences.join(' '),
    evidence,
    remediation,
    lockout: {
      account,
      time: lockout.timestamp,
      ...(caller && caller !== '-' ? { callerComputer: caller } : {}),
      sources: sources.map((f) => ({
        ...(clientAddress(f) ? { address: clientAddress(f)! } : {}),
        ...(workstationOf(f) ? { workstation: workstationOf(f)! } : {}),
        failures: failures.filter((x) => sourceKey(x) === sourceKey(f)).length,
      })),
      failures: failures.length,
      kind,
      ...(unlock ? { unlock: { time: unlock.timestamp, by: unlock.data.SubjectUserName?.trim() ?? '' } } : {}),
    },
  };
}
