/**
 * The server's Logon Errors Info (MS-RDPBCGR 2.2.13.1.1.1, sent in the Save Session Info PDU): what Winlogon on the
 * server reports to the client during the logon inside the session, by the names users paste. FreeRDP logs it as
 * "Logon Error Info <data> [<type>]" (its data: LOGON_FAILED_BAD_PASSWORD, LOGON_FAILED_UPDATE_PASSWORD,
 * LOGON_FAILED_OTHER, LOGON_WARNING, or a session id; its type: LOGON_MSG_*); Microsoft's client control names the
 * same values (IMsTscAxEvents::OnLogonError). Each name is read by itself, never as the number it stands for (0 to 3
 * are the numbers of many tables); the data is read before the type printed beside it. Data only: each entry with its
 * page. Matching: one regular expression per entry over the paste, without nested quantifiers (linear).
 */
import type { RowKind } from '../../../../patterns/codes/types.js';
import type { KnownSentence } from '../sentences/known-sentence.js';
import { authAccountState } from '../../../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import { sessionLimit } from '../../../../patterns/session-limit.js';

const SRC_ONLOGONERROR =
  'Microsoft Learn "IMsTscAxEvents::OnLogonError method" (the logon error codes: LOGON_FAILED_BAD_PASSWORD 0, LOGON_FAILED_UPDATE_PASSWORD 1, LOGON_FAILED_OTHER 2, LOGON_WARNING 3, the ARBITRATION_CODE_* values), https://learn.microsoft.com/en-us/windows/win32/termserv/imstscaxevents-onlogonerror';
const SRC_SPEC = 'MS-RDPBCGR 2.2.13.1.1.1 Logon Errors Info (TS_LOGON_ERRORS_INFO)';
const SRC_FREERDP =
  'FreeRDP\'s log line "Logon Error Info <data> [<type>]" (FreeRDP pull request 3871 "Print logon error info.", https://github.com/FreeRDP/FreeRDP/pull/3871; issue 11883 quotes "Logon Error Info LOGON_FAILED_OTHER")';
// The control's lError beside a name ("lError = 2 (LOGON_FAILED_OTHER)") is no code of the dialogs.
const NUMBERS =
  "the Remote Desktop ActiveX control's logon error code (IMsTscAxEvents::OnLogonError's lError), not a code of the dialogs";
const LANGUAGES = "The control's and the protocol's names, the same in every language.";
const NOTE =
  "Logon Error Info is sent by the server after the connection is made, from the logon inside the session (Winlogon): the connection's own authentication (NLA) had passed or was not used. The server's Security log (4625) and its Winlogon and TerminalServices logs at that time say more.";

/** What every data row says of its source, its languages and the numbers beside it. */
const DATA_ROW = {
  confidence: 'MS',
  source: `${SRC_ONLOGONERROR}; ${SRC_SPEC}; ${SRC_FREERDP}`,
  note: NOTE,
  anyLanguage: true,
  languages: LANGUAGES,
  numbers: NUMBERS,
} as const;

/** The data's name, with the type FreeRDP prints beside it in brackets, as one match (longer than the type alone). */
const dataWords = (name: string) =>
  new RegExp(String.raw`\b${name}\b(?:\s{0,4}\[\s{0,4}logon_msg_[a-z_]{1,30}\s{0,4}\])?`);

const DATA: readonly KnownSentence[] = [
  {
    id: 'logon-error-info-bad-password',
    what: "The server's Logon Error Info LOGON_FAILED_BAD_PASSWORD (MS-RDPBCGR Logon Errors Info, data 0x0)",
    states: [authBadCredentials.id],
    words: { en: [dataWords('logon_failed_bad_password')] },
    meaning:
      'The logon on the server failed because the credentials are not valid (a wrong user name or password at the logon inside the session).',
    ...DATA_ROW,
  },
  {
    id: 'logon-error-info-update-password',
    what: "The server's Logon Error Info LOGON_FAILED_UPDATE_PASSWORD (MS-RDPBCGR Logon Errors Info, data 0x1)",
    states: [authAccountState.id],
    words: { en: [dataWords('logon_failed_update_password')] },
    meaning: 'The password has expired: the user must change it before the logon on the server can go on.',
    ...DATA_ROW,
  },
  {
    id: 'logon-error-info-failed-other',
    what: "The server's Logon Error Info LOGON_FAILED_OTHER (MS-RDPBCGR Logon Errors Info, data 0x2)",
    words: { en: [dataWords('logon_failed_other')] },
    meaning:
      'Another logon or post-logon error occurred on the server, and the client shows a logon screen: the name says no more (not a wrong password, not an expired one).',
    kind: 'unspecific',
    ...DATA_ROW,
  },
  {
    // FreeRDP issue 11883: LOGON_FAILED_OTHER where the computer had an active console session. The console words
    // state the session rule; the name alone (above) stays unspecific.
    id: 'logon-error-info-failed-other-console',
    what: "The server's Logon Error Info LOGON_FAILED_OTHER with an active console session in the same text",
    states: [sessionLimit.id],
    overrides: ['logon-error-info-failed-other'],
    words: {
      en: [
        dataWords('logon_failed_other'),
        /\b(?:an|the) active console session\b|\bactive console session (?:on|exists|is)\b/,
      ],
    },
    meaning:
      'The logon on the server failed while a console session was active on it: the session rule refused a second session (a client edition of Windows runs one interactive session at a time, and a server can be limited to one session per user or to its number of sessions). The console user signing out or disconnecting, or the server allowing the session, lets it through.',
    ...DATA_ROW,
    confidence: 'WR',
    source: `Widely reported in FreeRDP's issues; ${DATA_ROW.source}; FreeRDP issue 11883 "Starting an app via RDP fails when there is an active console session (Logon Error Info LOGON_FAILED_OTHER)" (https://github.com/FreeRDP/FreeRDP/issues/11883)`,
  },
  {
    id: 'logon-error-info-warning',
    what: "The server's Logon Error Info LOGON_WARNING (MS-RDPBCGR Logon Errors Info, data 0x3)",
    words: { en: [dataWords('logon_warning')] },
    meaning:
      'The logon on the server showed a warning: the client displays a dialog with information for the user. No failure.',
    kind: 'informational',
    ...DATA_ROW,
  },
];

/** The types (MS-RDPBCGR's LOGON_MSG_* names; the ActiveX control's ARBITRATION_CODE_* for the same values). */
// A dialog Winlogon shows names no cause (the session's state or the other user's answer decides); a logon that
// goes on is no failure.
const TYPES: readonly (readonly [string, string, string, RowKind])[] = [
  ['disconnect_refused', '0xFFFFFFF9', 'Winlogon is showing the "Disconnect Refused" dialog.', 'unspecific'],
  ['no_permission', '0xFFFFFFFA', 'Winlogon is showing the "No Permission" dialog.', 'unspecific'],
  ['reconnect_options', '0xFFFFFFFC', 'Winlogon is showing the reconnect dialog.', 'informational'],
  ['session_terminate', '0xFFFFFFFD', 'Winlogon is ending the logon silently.', 'unspecific'],
  ['session_continue', '0xFFFFFFFE', 'Winlogon goes on with the logon: no failure.', 'informational'],
];

/**
 * The Session Contention dialog (ARBITRATION_CODE_BUMP_OPTIONS, 0xFFFFFFFB): Winlogon asks the user whether to take
 * the seat of a session already signed in, which it does only where the session rules allow no second session (a
 * client edition's one interactive session, a server's one session per user): the session limit, with the data name
 * printed beside it or alone.
 */
const CONTENTION: KnownSentence = {
  id: 'logon-error-info-type-bump-options',
  what: "The server's Logon Error Info type LOGON_MSG_BUMP_OPTIONS (MS-RDPBCGR Logon Errors Info, 0xFFFFFFFB)",
  states: [sessionLimit.id],
  words: { en: [/\blogon_msg_bump_options\b|\barbitration_code_bump_options\b/] },
  meaning:
    'Winlogon on the server is showing the Session Contention dialog: another session holds the computer (a user signed in at its console or remotely) and the session rules allow no second one, so the user is asked whether to disconnect it ("Another user is signed in. If you continue, they\'ll be disconnected."). Signing the other session out, or allowing more sessions on the server, lets the connection through without taking it over.',
  confidence: 'MS',
  source: `${SRC_ONLOGONERROR} (ARBITRATION_CODE_BUMP_OPTIONS: "Winlogon is displaying the Session Contention dialog box"); ${SRC_SPEC}`,
  note: NOTE,
  anyLanguage: true,
  languages: LANGUAGES,
};

const TYPE_SENTENCES: readonly KnownSentence[] = TYPES.map(([name, value, meaning, kind]) => ({
  id: `logon-error-info-type-${name.replace(/_/g, '-')}`,
  what: `The server's Logon Error Info type LOGON_MSG_${name.toUpperCase()} (MS-RDPBCGR Logon Errors Info, ${value})`,
  words: { en: [new RegExp(String.raw`\blogon_msg_${name}\b`)] },
  meaning,
  kind,
  confidence: 'MS',
  source: `${SRC_SPEC}; the same values as ${SRC_ONLOGONERROR}`,
  note: NOTE,
}));

/** Each data name overrides the types: "LOGON_FAILED_OTHER [LOGON_MSG_SESSION_CONTINUE]" is the data's reading. */
/** The contention dialog says more than the data beside it (LOGON_FAILED_OTHER names no reason): it overrides the data. */
export const LOGON_ERROR_INFO_SENTENCES: readonly KnownSentence[] = [
  ...DATA.map((d) => ({ ...d, overrides: [...(d.overrides ?? []), ...TYPE_SENTENCES.map((t) => t.id)] })),
  ...TYPE_SENTENCES,
  { ...CONTENTION, overrides: DATA.filter((d) => !d.states).map((d) => d.id) },
];
