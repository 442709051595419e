/**
 * The Security log's own texts for a failed sign-in as users paste them without the 4625 event's "Failure Reason:"
 * label (issue 60): each reads as the FailureReason it is (patterns/codes/ntstatus.ts FAILURE_REASONS, its causes from
 * `causesOfCode('failureReason', …)`: never restated here).
 *
 * - The Windows 2000/2003 events 529–539 ("Logon Failure:" then "Reason: …"), whose reasons are the same msobjs.dll
 *   strings 4625 shows (Microsoft KB 174073, "Logon Failure: Account currently disabled"), and those strings alone
 *   where the words are Windows' own ("Account currently disabled"); a reason many products print ("Account locked
 *   out", "An error occurred during logon") only after "Logon Failure".
 * - The descriptions of the same events in Microsoft's "Audit logon events" table ("Logon failure. A logon attempt was
 *   made using a disabled account."), each with the reason it describes.
 * - Winlogon event 4002, the logon hours restriction applied to a signed-in user.
 *
 * Near misses kept out: another product's "Account lock-out" or "User Account has been locked" (no Windows string),
 * SQL Server's "Login failed for user 'sa'. Reason: …" (its own reasons), a bare "Account locked out" with nothing
 * naming the Windows sign-in.
 */
import { causesOfCode } from '../../../../patterns/code-causes.js';
import { FAILURE_REASONS, type FailureReasonEntry } from '../../../../patterns/codes/ntstatus.js';
import { authAccountState } from '../../../../patterns/auth-account-state.js';
import type { KnownSentence } from './known-sentence.js';

const KB_174073 =
  'Microsoft KB 174073 "Interpreting security auditing events related to user authentication" (https://www.betaarchive.com/wiki/index.php/Microsoft_KB_Archive/174073: 529–539 "Logon Failure: <reason>"); the events\' message "Logon Failure: Reason: <reason>" as EventTracker (https://kb.eventtracker.com/evtpass/evtPages/EventId_530_Security_45400.asp) and Ultimate Windows Security (event 532) show it';
const AUDIT_LOGON_EVENTS =
  'Microsoft\'s "Audit logon events" table of Windows 2000/2003 (the descriptions of 529–539, as routers.com "Windows NT Event Log ID Numbers" (http://routers.com/EventLogIDs.html) and eventid.net event 539 quote it)';
const WINLOGON_4002 =
  'Microsoft Learn "Event ID 4002 — Windows Logon Availability" (https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/cc733989(v=ws.10)): Winlogon EVENT_LOGON_HOURS_POLICY_APPLIED';

const ENGLISH = "English only: no localized page of ours quotes these events' wording.";
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A reason's words as typed: its final period optional, "logon" or "log on", blanks as they come. */
const wordsOf = (text: string) =>
  escapeRegExp(text.replace(/\.$/, '').toLowerCase())
    .replace(/ /g, '\\s{1,3}')
    .replace(/\blogon\b/g, 'log\\s?on');

/** The FailureReason by its message id (FAILURE_REASONS holds every one this table names). */
const reason = (id: number): FailureReasonEntry => {
  const found = FAILURE_REASONS.find((f) => f.id === id);
  if (!found) throw new Error(`FailureReason ${id} is not in FAILURE_REASONS`);
  return found;
};

/**
 * The reasons whose words no other product prints: read alone too. The others ("Account locked out.", "An error
 * occurred during logon.", "Unknown user name or bad password.", read by message-texts.ts) only after "Logon Failure".
 */
const STANDS_ALONE: readonly number[] = [2305, 2306, 2308, 2309, 2310, 2311, 2312];

/** One reason read as the FailureReason it is: its causes, kind and meaning. */
const asReason = (f: FailureReasonEntry) => ({
  states: causesOfCode('failureReason', f.id).map((c) => c.causeId),
  ...(f.kind ? { kind: f.kind } : {}),
});

/** A FailureReason after "Logon Failure" (529–539's message, with or without "Reason:"), or alone where it can be. */
const legacyReason = (f: FailureReasonEntry): KnownSentence => {
  const text = wordsOf(f.text);
  const prefix = String.raw`\blog ?on failure\s{0,3}[:.\-\u2013]?\s{0,3}(?:reason\s{0,3}:?\s{0,3})?`;
  return {
    id: `logon-failure-reason-${f.id}`,
    what: `the Security log's reason "${f.text}" (%%${f.id}), as the 529–539 events and users write it`,
    ...asReason(f),
    // After 4625's own label the row of uncoded-sentences.ts reads it.
    words: {
      en: [
        new RegExp(
          STANDS_ALONE.includes(f.id) ? String.raw`(?<!failure reason:?\s{0,3})\b${text}\b` : `${prefix}${text}\\b`,
        ),
      ],
    },
    meaning: `A failed sign-in whose reason is Windows' FailureReason %%${f.id}, "${f.text}" (the reason of Security event 4625, and of the Windows 2000/2003 events 529–539).${f.note ? ` ${f.note}` : ''} The Status and Sub Status of a 4625 say more: paste them with it.`,
    confidence: 'MS',
    source: `${KB_174073}; the reason strings of msobjs.dll (patterns/codes/ntstatus.ts FAILURE_REASONS)`,
    languages: ENGLISH,
  };
};

/** [reason id, the "Audit logon events" description's words]. */
const DESCRIPTIONS: readonly (readonly [id: number, words: RegExp])[] = [
  [2313, /\ba logon attempt was made with an unknown user name or a known user name with a bad password\b/],
  [2311, /\blog ?on\b.{0,80}\boutside (?:of )?the allowed time\b/],
  [2310, /\ba logon attempt was made using a disabled account\b/],
  [2305, /\ba logon attempt was made using an expired account\b/],
  [2312, /\b(?:by a user who|the user) is not allowed to log ?on at this computer\b/],
  [2308, /\battempted to log ?on with a (?:logon )?type that is not allowed\b/],
  [2309, /\bthe password for the specified account has expired\b/],
  [2306, /\bthe net ?logon service is not active\b/],
  [2304, /\bthe logon attempt failed for other reasons\b/],
  [2307, /\bthe account was locked out at the time the logon attempt was made\b/],
];

const description = ([id, words]: (typeof DESCRIPTIONS)[number]): KnownSentence => {
  const f = reason(id);
  return {
    id: `audit-logon-description-${id}`,
    what: `the "Audit logon events" description of a failed sign-in whose reason is "${f.text}" (%%${id})`,
    ...asReason(f),
    words: { en: [words] },
    meaning: `Microsoft's description of a failed sign-in (Security events 529–539 of Windows 2000/2003, 4625 since) whose reason is "${f.text}" (%%${id}).${f.note ? ` ${f.note}` : ''}`,
    confidence: 'WR',
    source: `Widely reported: ${AUDIT_LOGON_EVENTS}`,
    languages: ENGLISH,
  };
};

export const SECURITY_LOG_TEXTS: readonly KnownSentence[] = [
  ...FAILURE_REASONS.filter((f) => f.id !== 2313).map(legacyReason),
  ...DESCRIPTIONS.map(description),
  {
    id: 'winlogon-4002-logon-hours',
    what: 'Winlogon event 4002 ("The logon hours restriction policy is applied to the logged on user")',
    states: [authAccountState.id],
    words: { en: [/\bthe logon hours restriction policy is applied to the logged on user\b/] },
    meaning:
      "The user's account may sign in only during its logon hours (Active Directory, the account's Logon Hours) and they ended: Windows locked, disconnected or signed the session off as its policy says, and a new sign-in is refused until the hours allow it. Not a network failure and not the password.",
    confidence: 'MS',
    source: WINLOGON_4002,
    languages: ENGLISH,
  },
];
