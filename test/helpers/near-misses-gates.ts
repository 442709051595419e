/**
 * Issue 60 (r24-h60d): near misses of round 24, each with the public page it was written from, shared by
 * near-misses-gates.test.ts (a few, fast) and near-misses-gates-rest.test.ts (the sweep). Wordings written for
 * these tests in the forms those pages show: another product's message (a VPN client, a remote-control product, SSH, a
 * database, a web server, activation, a licence server), a Remote Desktop text of success or a normal end, numbers
 * that are no code. None may rank a Remote Desktop cause; the twins, true Remote Desktop pastes, keep theirs.
 */
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';

export interface NearMiss {
  readonly paste: string;
  readonly source: string;
}

const nm = (source: string, ...pastes: string[]): NearMiss[] => pastes.map((paste) => ({ paste, source }));

export const NEAR_MISSES_ROUND24: readonly NearMiss[] = [
  ...nm(
    'https://learn.microsoft.com/en-us/sql/relational-databases/errors-events/mssqlserver-18456-database-engine-error',
    "Login failed for user 'svc_report'. Reason: The account is disabled. [CLIENT: 192.168.4.20]",
    "Login failed for user 'FABRIKAM\\ana'. Reason: Password did not match that for the login provided. [CLIENT: <local machine>]",
  ),
  ...nm(
    'https://irohastack.com/en/kms-0xc004f074-fix-en/',
    'PS C:\\> Test-NetConnection -ComputerName kms01.fabrikam.com -Port 1688\nTcpTestSucceeded : False',
  ),
  ...nm(
    'https://docs.oracle.com/en/java/javase/17/security/java-secure-socket-extension-jsse-reference-guide.html',
    'javax.net.ssl.SSLHandshakeException: Received fatal alert: protocol_version',
  ),
  ...nm(
    'https://www.autodesk.com/support/technical/article/caas/sfdcarticles/sfdcarticles/FLEXnet-Licensing-error-15-10-10061.html',
    'FLEXnet Licensing error:-15,570. System Error: 10035 "WinSock: Operation would block"',
  ),
  ...nm(
    'https://0nol.com/fortinet/forticlient-vpn-error-7200.html',
    'Credential or SSLVPN configuration is wrong (-7200)',
  ),
  ...nm(
    'https://secure.sparklabs.com/support/kb/article/error-auth-received-control-message-auth_failed/',
    'AUTH: Received control message: AUTH_FAILED',
  ),
  ...nm(
    'https://support.anydesk.com/docs/session-has-ended-unexpectedly.md',
    'Session ended unexpectedly\nwin32_10060',
  ),
  ...nm(
    'https://the.earth.li/~sgtatham/putty/0.76/htmldoc/Chapter10.html',
    'PuTTY Fatal Error\nNetwork error: Software caused connection abort',
  ),
  ...nm(
    'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/qwinsta',
    ' SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE\n>console           ana                       1  Active\n rdp-tcp                                 65536  Listen',
  ),
  ...nm(
    'https://ponderthebits.com/2018/02/windows-rdp-related-event-logs-identification-tracking-and-investigation/',
    'Remote Desktop Services: Session logoff succeeded:\n\nUser: FABRIKAM\\ana\nSession ID: 4',
  ),
];

/**
 * The Remote Desktop client's dialog words told of another product, with no word of Remote Desktop: that product's
 * (sentences.ts `namesOtherProductOnly`, described-symptoms.ts `OTHER_PRODUCTS`).
 */
export const OTHER_PRODUCT_DIALOG_WORDS: readonly NearMiss[] = [
  ...nm(
    'https://learn.microsoft.com/en-us/microsoftteams/troubleshoot/teams-sign-in/resolve-sign-in-errors',
    'Teams keeps asking me to sign in and then says the account is locked',
    'Outlook keeps prompting for my password, then says the account has been disabled',
  ),
  ...nm('https://docs.omnissa.com/category/Horizon_Client', 'Horizon Client: your account has been disabled'),
  ...nm('https://support.anydesk.com/docs/session-has-ended-unexpectedly.md', 'AnyDesk: your credentials did not work'),
];

export interface Twin {
  readonly paste: string;
  readonly cause: string;
}

/** True Remote Desktop pastes of the same families: each keeps its reading beside the narrowed gates. */
export const TWINS_ROUND24: readonly Twin[] = [
  // A Remote Desktop dialog's own sentence, with no other product's line around it.
  { paste: 'Your account has been disabled. Please see your system administrator.', cause: authAccountState.id },
  // xrdp's log line: no quotes, no reason, no client field; SQL Server's form is not read into it.
  { paste: 'login failed for user ana', cause: authBadCredentials.id },
  // The same dialog words beside Remote Desktop's name: the client's, though another product is named too.
  { paste: 'Citrix works, but Remote Desktop says your account has been disabled', cause: authAccountState.id },
  // A port test of a moved Remote Desktop listener the paste names as such: still Remote Desktop's port (r27-s21n: a
  // port the paste never names as Remote Desktop's is said for that port, console-output.ts `unnamedPortSaid`).
  {
    paste:
      'The RDP listener was moved to 3390.\nTest-NetConnection -ComputerName rdsh02 -Port 3390\nTcpTestSucceeded : False',
    cause: networkUnreachable.id,
  },
  // Remote Desktop's own licensing, not another program's licence server.
  {
    paste:
      'The remote session was disconnected because there are no Remote Desktop License Servers available to provide a license.',
    cause: licensingGraceExpired.id,
  },
];
