/**
 * Round 30 (r30-h61c): texts of the Terminal Services era still pasted, which no other row holds. Each with the page
 * that gives its cause.
 *
 * - Windows 2000 and Server 2003 in Remote Administration mode: "You do not have access to logon to this Session."
 *   (with "Only 2 simultaneous members of the Administrators group are allowed to log on in Remote Administration
 *   mode"), shown to a user who is not an administrator: the user has no permission on the RDP-Tcp connection (not in
 *   Administrators, nor in Remote Desktop Users on Server 2003), not the two-session limit.
 * - The Terminal Server's trial (grace) period over, in the words of monitoring products and old pages ("Terminal
 *   Server Trial Period Expired"): the licensing grace period, after which the server refuses connections.
 *
 * - Remmina 1.x's dialog for a sign-in the server refused, "Authentication to RDP server … failed. Check username,
 *   password and domain.": the credentials (its newer versions say "Could not access the RDP server", third-party-clients.ts).
 *
 * Near misses: another product's trial period ("the Office trial period has expired") names no Terminal Server; "you
 * do not have access to this folder" is not the session's logon.
 */
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import { licensingGraceExpired } from '../../../../patterns/licensing-grace-expired.js';
import type { KnownSentence } from './known-sentence.js';

export const OLDER_WINDOWS_SENTENCES_H61C: readonly KnownSentence[] = [
  {
    id: 'ts-no-access-to-session',
    what: 'The Terminal Services message "You do not have access to logon to this Session." (Windows 2000 and Server 2003, Remote Administration mode)',
    states: [authLogonRight.id],
    words: { en: [/\byou do not have access to log ?on to this session\b/] },
    meaning:
      'The account may not use the Terminal Services connection: in Remote Administration mode only members of the Administrators group (and, on Windows Server 2003, of Remote Desktop Users) hold a permission on the RDP-Tcp connection, so any other account gets this message whatever the session count. Add the user to the group that has the permission, or give it the permission on RDP-Tcp (Terminal Services Configuration, Permissions).',
    confidence: 'WR',
    source:
      'Widely reported: ITPro Today JSI Tip 3238 "How do I allow non-Administrators to use Terminal Services Remote Administration mode?" (https://www.itprotoday.com/windows-78/jsi-tip-3238-how-do-i-allow-non-administrators-use-terminal-services-remote: shown when a user who is not an administrator tries Remote Administration mode; other groups are not in the default RDP-Tcp permissions); Citrix CTX106920 "Error: You do not have access to logon to this Session" (http://support.citrix.com/article/CTX106920)',
    languages: 'English only: no localized page quoting this text was found.',
  },
  {
    id: 'ts-trial-period-expired',
    what: 'The Terminal Server\'s trial period said expired ("Terminal Server Trial Period Expired")',
    states: [licensingGraceExpired.id],
    words: {
      en: [/\bterminal (?:server|services)(?:'s)? trial period\b[^.\n]{0,40}?\b(?:expired|ended|is over)\b/],
    },
    meaning:
      "The Terminal Server's licensing grace period (its trial period: 90 days on Windows 2000, 120 on Server 2003 and later) is over and no license server gives it client licences, so it refuses connections until a licensing mode and a license server with CALs are configured.",
    confidence: 'WR',
    source:
      'Widely reported: AIS Labs knowledge base "Terminal Server Trial Period Expired" (https://www.aislabs.com/kb/alert-conditions/terminal-server-and-rds/critical-non-impact/833/: the trial period has expired and the server will not accept connections; licensing in 120 days); Microsoft "Understand the licensing grace period" (https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-r2-and-2008/hh553157(v=ws.10): 120 days on Windows Server 2003 and 2008, 90 on Windows 2000)',
    languages: 'English only: no localized page quoting this text was found.',
  },
  {
    id: 'remmina-authentication-failed',
    what: 'Remmina\'s dialog "Authentication to RDP server … failed. Check username, password and domain." (Remmina 1.x)',
    states: [authBadCredentials.id],
    words: {
      en: [
        /\bauthentication to (?:the )?rdp server\b[^\n]{0,160}?\bfailed\b|\bcheck user ?name, password and domain\b/,
      ],
    },
    meaning:
      "Remmina's text for FreeRDP's authentication failure (ERRCONNECT_AUTHENTICATION_FAILED, a logon failure from Network Level Authentication): the server refused the user name, password or domain given. Through an RD Gateway, the gateway's own credentials (given apart from the computer's) are checked too.",
    confidence: 'WR',
    source:
      'Widely reported: Remmina 1.x, plugins/rdp/rdp_plugin.c (https://github.com/FreeRDP/Remmina), its message for FREERDP_ERROR_AUTHENTICATION_FAILED; Remmina issue 511 "RD Gateway authentication doesn\'t work" (https://github.com/FreeRDP/Remmina/issues/511: the dialog until the gateway\'s user and password were given too)',
    languages: "English only: Remmina's later versions replaced this text.",
  },
];
