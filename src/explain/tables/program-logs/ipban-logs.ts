/**
 * IPBan's log (issue 60): the service that blocks addresses after failed sign-ins logs each failed Remote Desktop
 * sign-in it reads from Windows' logs (Security 4625, RdpCoreTS 140) as "Login failure: <address>, <user name>, RDP,
 * <count>" ("Login attempt failed: …" in older versions), the user name empty when Windows logged none. The line is a
 * failed sign-in over Remote Desktop: a wrong user name or password, very often from an address on the internet trying
 * names and passwords. The address, the count and the date are never codes.
 *
 * Near misses kept out: the same line for another source ("…, SSH, 6", "…, MSSQL, 1": not Remote Desktop), IPBan's
 * "Banning ip address" and "ban pending" lines (its own action, no failure reason).
 */
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import type { KnownSentence } from '../sentences/known-sentence.js';
import { logLines } from './log-line.js';

const IPBAN = 'https://github.com/DigitalRuby/IPBan';
const line = logLines(
  'IPBan',
  'ipban',
  'English only: IPBan writes its log in English in every language of the system.',
);

export const IPBAN_LOG_SENTENCES: readonly KnownSentence[] = [
  line(
    'rdp-login-failure',
    'Login failure: 203.0.113.7, , RDP, 6',
    /\blogin (?:failure|attempt failed): [\w.:[\]%-]{2,60}, [^,\n]{0,100}, rdp\b/,
    {
      states: [authBadCredentials.id],
      numbers: "the client's address, IPBan's count of its failures and the log's date, not codes",
      meaning:
        'IPBan saw a failed Remote Desktop sign-in from that address (Windows logged it as Security 4625 or RdpCoreTS 140): a wrong user name or password, the user name empty when Windows logged none. Many such lines from addresses on the internet are someone trying names and passwords against the open port, not a user of yours; IPBan blocks the address after its configured count.',
      source: `IPBan's log lines in its issues: ${IPBAN}/issues/85 ("Login failure: …, , RDP, 6" before "ban pending"), ${IPBAN}/issues/54 ("Login attempt failed: …, , RDP, 3" before "Banning ip address")`,
      note: "On the server: the Security log's 4625 events at that time (their Sub Status says which: 0xC000006A a wrong password, 0xC0000064 no such user).",
    },
  ),
];
