/**
 * The Remote Desktop client's own text for each disconnect reason (what mstsc and the ActiveX control's
 * GetErrorDescription show in the dialog, often pasted with no "Error code" line under it): each text stands for its
 * code in the primary disconnect table (patterns/codes/mstsc-disconnect-reasons.ts, looked up by its number, so the
 * name, meaning and causes are that table's; no knowledge of a code is repeated here). One rule for every row: the
 * text's own distinctive words (the part after a first sentence several texts share, "This computer can't connect to
 * the remote computer."), read on the paste with its case, blanks and apostrophes folded, so a dialog copied with its
 * title, cut after those words or with its lines rejoined is read the same.
 *
 * A text that states a cause its code's row does not declare says so (`states`): "the username or password is not
 * valid" is a wrong password whatever gateway code carries it. A text that states none (a certificate, a smart-card
 * reader, a proxy) leads to no cause, as its code does.
 *
 * Source: the TechNet wiki article 37870 "Remote Desktop client troubleshooting: disconnect codes and reasons" (the
 * client's texts by code), as public copies of that list quote it (the Xpra project's win32 logon module, which names
 * the article). English only: no localized page quoting these texts was found; the code under the dialog is read in
 * every language.
 */
import type { KnownSentence } from './known-sentence.js';
import { lookupDisconnectReason } from '../../../../patterns/codes/mstsc-disconnect-reasons.js';
import type { CauseId } from '../../../../patterns/index.js';
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import { authAccountState } from '../../../../patterns/auth-account-state.js';
import { gatewayDenied } from '../../../../patterns/gateway-denied.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';

const SRC_TECHNET_TEXTS =
  'Widely reported: TechNet wiki 37870 "Remote Desktop client troubleshooting: disconnect codes and reasons" (https://social.technet.microsoft.com/wiki/contents/articles/37870.remote-desktop-client-troubleshooting-disconnect-codes-and-reasons.aspx), the client\'s text for each code, as public copies quote it (the Xpra project\'s win32 logon module)';

export interface ClientErrorText {
  /** The primary disconnect reason (decimal, as RDPClient 1026 logs it). */
  readonly code: number;
  /** The text's own words, lower case, as the client shows them (apostrophes may be left out in a paste). */
  readonly words: string;
  /** The causes the words state that the code's row does not declare. */
  readonly states?: readonly CauseId[];
  /** Sentences of other tables that match inside this text and say less (a shared first sentence). */
  readonly overrides?: readonly string[];
}

const GENERIC_FIRST = ['cannot-connect-generic'];

/** The gateway's web sign-in texts (an authentication website first, then the program), each its own code. */
const WEB_SIGN_IN: readonly (readonly [number, string])[] = [
  [50331709, 'to use this program or computer, first log on to the following website'],
  [50331710, 'to use this program or computer, you must first log on to an authentication website'],
  [50331711, 'to continue using the program or computer, first log on to the following website'],
  [50331712, 'to continue using the program or computer, you must first log on to an authentication website'],
];

/** Each row's words are quoted from the client's text of its code (SRC_TECHNET_TEXTS). */
const ROWS: readonly ClientErrorText[] = [
  {
    code: 3,
    words: 'session has ended, possibly for one of the following reasons: the administrator has ended the session',
  },
  { code: 262, words: 'your computer does not have enough virtual memory available', overrides: GENERIC_FIRST },
  { code: 264, words: "the two computers couldn't connect in the amount of time allotted", overrides: GENERIC_FIRST },
  { code: 266, words: 'the smart card service is not running' },
  { code: 522, words: 'a smart card reader was not detected' },
  { code: 772, words: 'the connection was lost due to a network error', overrides: GENERIC_FIRST },
  { code: 778, words: 'there is no card inserted in the smart card reader' },
  { code: 1032, words: 'the specified computer name contains invalid characters' },
  { code: 1034, words: 'an error has occurred in the smart card subsystem' },
  {
    code: 2308,
    words: 'the connection to the remote computer was lost, possibly due to network connectivity problems',
  },
  { code: 2567, words: 'the specified username does not exist' },
  { code: 2820, words: 'an error occurred that prevented the connection', overrides: GENERIC_FIRST },
  { code: 2822, words: 'because of an error in data encryption, this session will end' },
  {
    code: 3079,
    words: 'a user account restriction (for example, a time-of-day restriction) is preventing you from logging on',
  },
  { code: 3337, words: 'requires you to type a password on the windows security dialog box' },
  { code: 3590, words: "the client can't connect because it doesn't support fips encryption level" },
  { code: 3592, words: 'failed to reconnect to your remote session' },
  { code: 3593, words: "the remote pc doesn't support restricted administration mode" },
  { code: 3848, words: 'a connection will not be made because credentials may not be sent to the remote computer' },
  { code: 4103, words: 'the system administrator has restricted the times during which you may log in' },
  { code: 4104, words: 'your computer is running low on video resources' },
  { code: 4359, words: 'the system administrator has limited the computers you can log on with' },
  { code: 5127, words: 'the kerberos sub-protocol user2user is required' },
  { code: 8711, words: 'because your smart card is locked out', overrides: ['account-locked'] },
  { code: 9479, words: 'could not auto-reconnect to your applications' },
  {
    code: 50331649,
    words: 'because the username or password is not valid. type a valid user name and password',
    states: [authBadCredentials.id],
  },
  { code: 50331650, words: "because it can't verify the certificate revocation list" },
  {
    code: 50331651,
    words:
      'the requested remote desktop gateway server address and the server ssl certificate subject name do not match',
  },
  { code: 50331652, words: 'because the ssl certificate was revoked by the certification authority' },
  { code: 50331657, words: 'an error occurred while sending data to the remote desktop gateway server' },
  { code: 50331658, words: 'an error occurred while receiving data from the remote desktop gateway server' },
  { code: 50331659, words: 'because an alternate logon method is required' },
  { code: 50331660, words: 'because the remote desktop gateway server address is unreachable or incorrect' },
  {
    code: 50331662,
    words: 'because the remote desktop services client component is missing or is an incorrect version',
  },
  {
    code: 50331663,
    words: 'because the remote desktop gateway server is running low on server resources',
    overrides: ['gateway-unavailable'],
  },
  { code: 50331664, words: 'because an incorrect version of rpcrt4.dll has been detected' },
  { code: 50331665, words: 'because no smart card service is installed' },
  { code: 50331666, words: "can't stay connected to the remote computer because the smart card has been removed" },
  { code: 50331667, words: 'because no smart card is available' },
  {
    code: 50331668,
    words: 'because the smart card has been removed. reinsert the smart card',
    overrides: ['client-text-50331666'],
  },
  {
    code: 50331669,
    words: 'because the user name or password is not valid. please type a valid user name and password',
    states: [authBadCredentials.id],
  },
  { code: 50331672, words: 'the remote desktop gateway server has ended the connection' },
  { code: 50331673, words: 'the remote desktop gateway server administrator has ended the connection' },
  {
    code: 50331674,
    words: 'your credentials (the combination of user name, domain, and password) were incorrect',
    states: [authBadCredentials.id],
  },
  {
    code: 50331676,
    words: 'your user account is not authorized to access the rd gateway',
    states: [gatewayDenied.id],
  },
  {
    code: 50331679,
    words: 'because your network administrator has restricted access to this rd gateway server',
    states: [gatewayDenied.id],
  },
  { code: 50331680, words: 'because the web proxy server requires authentication' },
  {
    code: 50331681,
    words: 'because your password has expired or you must change the password',
    states: [authAccountState.id],
    overrides: ['password-expired'],
  },
  { code: 50331682, words: 'because the remote desktop gateway server reached its maximum allowed connections' },
  { code: 50331683, words: 'because the remote desktop gateway server does not support the request' },
  { code: 50331684, words: "because the client does not support one of the remote desktop gateway's capabilities" },
  { code: 50331685, words: 'because the remote desktop gateway server and this computer are incompatible' },
  { code: 50331686, words: 'because the credentials used are not valid. insert a valid smart card' },
  {
    code: 50331687,
    words: 'did not pass the network access protection requirements set by your network administrator',
  },
  { code: 50331688, words: 'because no certificate was configured to use at the remote desktop gateway server' },
  {
    code: 50331689,
    words:
      'because the rd gateway server that you are trying to connect to is not allowed by your computer administrator',
  },
  {
    code: 50331690,
    words:
      'did not meet the network access protection requirements set by your network administrator, for one of the following reasons',
  },
  {
    code: 50331691,
    words:
      'a user name and password are required to authenticate to the remote desktop gateway server instead of smart card credentials',
  },
  {
    code: 50331692,
    words:
      'smart card credentials are required to authenticate to the remote desktop gateway server instead of a user name and password',
  },
  { code: 50331693, words: 'because no smart card reader is detected' },
  { code: 50331695, words: 'because authentication to the firewall failed due to missing firewall credentials' },
  { code: 50331696, words: 'because authentication to the firewall failed due to invalid firewall credentials' },
  { code: 50331700, words: 'because an invalid cookie was sent to the remote desktop gateway server' },
  { code: 50331701, words: 'because the cookie was rejected by the remote desktop gateway server' },
  {
    code: 50331703,
    words:
      'because the remote desktop gateway server is expecting an authentication method different from the one attempted',
  },
  {
    code: 50331704,
    words: 'the rd gateway connection ended because periodic user authentication failed',
    states: [authBadCredentials.id],
  },
  {
    code: 50331705,
    words: 'the rd gateway connection ended because periodic user authorization failed. try reconnecting',
  },
  {
    code: 50331707,
    words: 'because the remote desktop gateway and the remote computer are unable to exchange policies',
  },
  {
    code: 50331708,
    words:
      'possibly because the smart card is not valid, the smart card certificate was not found in the certificate store',
  },
  ...WEB_SIGN_IN.map(([code, words]) => ({ code, words })),
  { code: 50331713, words: "didn't pass the network access protection (nap) requirements" },
  { code: 50331714, words: 'because the size of the cookie exceeded the supported size' },
  { code: 50331716, words: "can't connect to the remote computer using the specified forward proxy configuration" },
  {
    code: 50331717,
    words: 'cannot connect to the remote resource because you do not have permission to this resource',
  },
  { code: 50331718, words: 'there are currently no resources available to connect to' },
  { code: 50331719, words: 'an error occurred while remote desktop connection was accessing this resource' },
  { code: 50331721, words: 'your remote desktop client needs to be updated to the newest version' },
];

/** The row's words as a pattern on the folded paste: any run of blanks as one, an apostrophe optional. */
function wordsPattern(words: string): RegExp {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, ' ?');
  return new RegExp(escaped.replace(/'/g, "'?"));
}

/**
 * The old client's (Remote Desktop Connection 6.1 on Windows XP SP3 and Server 2003) "Authentication error (code
 * 0x507)": no table of ours has 0x507. A public page shows it where the client's CredSSP provider (tspkg, credssp.dll)
 * had been added to the registry and the computer not restarted: the client could not do Network Level
 * Authentication. One page only: speculative.
 */
const OLD_CLIENT_SENTENCES: readonly KnownSentence[] = [
  {
    id: 'old-client-authentication-error-0x507',
    what: 'the old Remote Desktop client\'s (Windows XP SP3, Server 2003) "Authentication error (code 0x507)"',
    states: [credsspNla.id],
    words: { en: [/\bauthentication error(?: has occurred)? ?\(code:? ?0x0{0,5}507\)/] },
    numbers: "the old client's own code, in none of our tables",
    meaning:
      "The old client could not do Network Level Authentication with a server that requires it: on Windows XP SP3 the CredSSP provider must be enabled in the registry (tspkg in Lsa's Security Packages, credssp.dll in SecurityProviders, Microsoft's KB951608) and the computer restarted; before the restart the client shows this error. Without CredSSP on the client, only a server that does not require NLA accepts it.",
    confidence: 'SP',
    source:
      'Widely reported on one public page only, our inference beyond it: "Remote computer requires network level authentication" (https://gamevid.ru/en/repair/udalennyi-kompyuter-trebuet-proverki-podlinnosti-na-urovne-seti-otklyuchit/: the registry steps, then "Authentication error (code 0x507)" when the computer was not restarted); Microsoft KB951608 "Description of the Credential Security Support Provider (CredSSP) in Windows XP Service Pack 3"',
  },
];

/** Each row as a sentence standing for its code (a row whose code the table lacks is a table error, tested). */
const TEXT_SENTENCES: readonly KnownSentence[] = ROWS.flatMap((row) => {
  const entry = lookupDisconnectReason(row.code);
  if (!entry) return [];
  const hex = `0x${row.code.toString(16).toUpperCase()}`;
  return [
    {
      id: `client-text-${row.code}`,
      what: `the Remote Desktop client's text of disconnect reason ${row.code} (${hex}, ${entry.name}): "…${row.words}…"`,
      codeName: entry.name,
      ...(row.states ? { states: row.states } : {}),
      words: { en: [wordsPattern(row.words)] },
      ...(row.overrides ? { overrides: row.overrides } : {}),
      meaning: `The client's own text of disconnect reason ${row.code} (${hex}, ${entry.name}): ${entry.meaning}`,
      confidence: 'WR',
      source: SRC_TECHNET_TEXTS,
    } satisfies KnownSentence,
  ];
});

export const CLIENT_ERROR_TEXTS: readonly KnownSentence[] = [...TEXT_SENTENCES, ...OLD_CLIENT_SENTENCES];

/** The rows, for the table test (every code in the disconnect table, every text read as its code). */
export const CLIENT_ERROR_TEXT_ROWS: readonly (ClientErrorText & { readonly source: string })[] = ROWS.map((row) => ({
  ...row,
  source: SRC_TECHNET_TEXTS,
}));
