/**
 * The server's error info texts (issue 60, r29-h60w): the description [MS-RDPBCGR] 2.2.5.1.1 gives each code the
 * server sends in its Set Error Info PDU, which FreeRDP prints after the code's name ("ERRINFO_SERVER_INSUFFICIENT_
 * PRIVILEGES (0x00000009):The user cannot connect to the server due to insufficient access privileges."), and which
 * users paste alone, without the name or the number. One rule for every row: the description's words stand for their
 * code in the extended disconnect table (patterns/codes/mstsc-extended-reasons.ts, looked up by its symbolic name, so
 * the meaning and causes are that table's; nothing of a code is repeated here). Error info 5 has its row in
 * uncoded-sentences.ts (`errinfo-disconnected-by-other-connection`), error info 7 ("The server denied the
 * connection.") none: its five words are any program's, and FreeRDP's line carries the code's name, read by name.
 *
 * The words are the specification's, as FreeRDP's errinfo strings and the public copies of the client's tables quote
 * them; FreeRDP words "his or her session" as "their session", both read. Each pattern is a fixed run of words (no
 * repetition but single blanks), linear on any paste.
 */
import type { KnownSentence } from './known-sentence.js';
import { lookupCodeName } from '../codes/names.js';
import { lookupExtendedReason } from '../../../../patterns/codes/mstsc-extended-reasons.js';

const SRC_ERROR_INFO =
  '[MS-RDPBCGR] 2.2.5.1.1 Set Error Info PDU (https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-rdpbcgr/a21a1bd9-2303-49c1-90ec-3932435c248c): the description of each error info code, which FreeRDP (libfreerdp/core/errinfo.c) and other clients print after its name';

interface ErrorInfoText {
  /** The code's name in the extended disconnect table. */
  readonly name: string;
  /** The error info code, as [MS-RDPBCGR] numbers it. */
  readonly code: number;
  /** The description's words, lower case. */
  readonly words: RegExp;
}

/** "his or her session" in the specification, "their session" in FreeRDP's strings. */
const WHOSE = '(?:his or her|their)';

const ROWS: readonly ErrorInfoText[] = [
  {
    name: 'exDiscReasonAPIInitiatedDisconnect',
    code: 1,
    words: /the disconnection was initiated by an administrative tool on the server in another session/,
  },
  {
    name: 'exDiscReasonAPIInitiatedLogoff',
    code: 2,
    words: /the disconnection was due to a forced logoff initiated by an administrative tool on the server/,
  },
  { name: 'exDiscReasonServerIdleTimeout', code: 3, words: /the idle session limit timer on the server has elapsed/ },
  {
    name: 'exDiscReasonServerLogonTimeout',
    code: 4,
    words: /the active session limit timer on the server has elapsed/,
  },
  { name: 'exDiscReasonOutOfMemory', code: 6, words: /the server ran out of available memory resources/ },
  {
    name: 'exDiscReasonServerInsufficientPrivileges',
    code: 9,
    words: /the user cannot connect to the server due to insufficient access privileges/,
  },
  {
    name: 'exDiscReasonServerFreshCredsRequired',
    code: 10,
    words: /the server does not accept saved user credentials and requires that the user enter their credentials/,
  },
  {
    name: 'exDiscReasonRpcInitiatedDisconnectByUser',
    code: 11,
    words: new RegExp(`the disconnection was initiated by the user disconnecting ${WHOSE} session on the server`),
  },
  {
    name: 'exDiscReasonLogoffByUser',
    code: 12,
    words: new RegExp(`the disconnection was initiated by the user logging off ${WHOSE} session on the server`),
  },
];

/** Each row as a sentence standing for its extended code (a name the table lacks is a table error, tested). */
export const ERROR_INFO_TEXTS: readonly KnownSentence[] = ROWS.flatMap((row) => {
  const entry = lookupExtendedReason(row.code);
  if (!lookupCodeName(row.name) || entry?.name !== row.name) return [];
  return [
    {
      id: `errinfo-text-${row.code}`,
      what: `the server's error info ${row.code} (${row.name}) in the words of its [MS-RDPBCGR] description, as clients print it`,
      codeName: row.name,
      words: { en: [row.words] },
      meaning: `The server's own reason, sent before it ended the connection (error info ${row.code}, extended disconnect reason ${row.name}): ${entry.meaning}`,
      confidence: 'MS',
      source: SRC_ERROR_INFO,
    } satisfies KnownSentence,
  ];
});

/** The rows, for the table test (each name in the extended table, each text read as its code). */
export const ERROR_INFO_TEXT_ROWS: readonly (ErrorInfoText & { readonly source: string })[] = ROWS.map((row) => ({
  ...row,
  source: SRC_ERROR_INFO,
}));
