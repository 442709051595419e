/**
 * More failures as users describe them in English (described-symptoms.ts reads them with the others): a connection
 * that times out, a port nothing listens on, a computer or an RD Gateway not reached, an account without the right to
 * sign in through Remote Desktop, and licensing in the users' words ("no RDS licenses installed", "will stop working in
 * 98 days"). Each family of wordings with the causes a public page links it to.
 *
 * Near misses each row keeps out: a session that "times out after 15 minutes idle" is a time limit, not a connection
 * timing out (`unless`); "port 443 is listening" says nothing failed; another product's timeout (VNC, SSH, SQL Server)
 * is that product's (described-symptoms.ts `OTHER_PRODUCTS`, and no Remote Desktop word beside it); "Office will stop
 * working in 30 days" names no Remote Desktop.
 */
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { gatewayHostUnreachable } from '../../../../patterns/gateway-host-unreachable.js';
import { licensingCalUnavailable } from '../../../../patterns/licensing-cal-unavailable.js';
import { licensingGraceExpired } from '../../../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../../../patterns/licensing-server-unavailable.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { NOT_RUNNING, OTHER_SERVICE } from './described-server-side.js';
import { concept, LEARN, type SymptomConcept } from './symptom-concept.js';

const WINSOCK = `Microsoft Learn "Windows Sockets Error Codes" (${LEARN}/windows/win32/winsock/windows-sockets-error-codes-2`;
const RDP_TROUBLESHOOTING = `Microsoft Learn "General Remote Desktop connection troubleshooting" (${LEARN}/troubleshoot/windows-server/remote/troubleshoot-rdp-connection`;

/** A session that ends after a time set for it (idle, time limits), not a connection that got no answer. */
const TIME_LIMIT =
  /\b(?:idle|inactiv\w*|time ?limits?|screen ?saver|lock ?screen|session (?:times? ?out|timed out|timeouts?)|after \d+ ?(?:min\w*|hours?|hrs?)|(?:logon|login|log on|sign[- ]in|welcome) (?:screen|timeout|time ?out))\b/;

/** The commands that look for the Remote Desktop listener, or its port and name, in a clause. */
/** The Remote Desktop listener as users name it (its connection's name RDP-Tcp, "the listener", "listener state"). */
const LISTENER = /\b(?:rdp-tcp|(?:rdp |rdp-tcp |the |its )?listener(?: state)?)\b/;
const LISTENER_CHECK = /\b3389\b|\bnetstat\b|\bfindstr\b|get-nettcpconnection|\bqwinsta\b|query session|rdp-tcp/;

/**
 * A timeout of a later step, the connection made: FreeRDP's "Timeout waiting for activation" (the server did not finish
 * the session's setup in time, rdp_client_wait_for_activation), not a connection that got no answer.
 */
const TIME_LIMIT_OR_LATER_STEP = new RegExp(String.raw`${TIME_LIMIT.source}|\bwaiting for activation\b`);

/** A clause that says the grace period counts down: its "no licenses" is the grace period's, not missing CALs. */
const GRACE_COUNTDOWN =
  /\b(?:will stop working|stops? working in|stop accepting|grace period|days? left|days? remaining)\b/;

/** Another product's licensing (Office's shared computer activation, Windows' activation, a KMS). */
const OTHER_LICENSING = /\b(?:office|shared computer|product key|activat\w*|kms|windows licen[cs]e)\b/;

export const DESCRIBED_CONNECTION: readonly SymptomConcept[] = [
  {
    // Round 26 (r26-h60k): the clocks apart, in the users' words ("my clock is out of sync with the domain
    // controller"): the dialog's "time or date difference" (SEC_E_TIME_SKEW), Kerberos refusing a ticket beyond the
    // tolerance, so Network Level Authentication cannot complete.
    ...concept(
      'clock-skew',
      'the clocks of the client, the server or the domain controller apart (Kerberos tolerates 5 minutes)',
      [credsspNla],
      `Microsoft Learn "Maximum tolerance for computer clock synchronization" (${LEARN}/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/maximum-tolerance-for-computer-clock-synchronization: beyond it Kerberos refuses the authentication) and the Remote Desktop dialog "… because there is a time or date difference between your computer and the remote computer" (SEC_E_TIME_SKEW)`,
      {
        en: 'clock skew|time skew|clocks out of sync|clock out of sync|clock is out of sync|clocks are out of sync|time is out of sync',
      },
    ),
    said: {
      subject:
        /\b(?:clock|clocks|system time|date and time|time and date|time difference|time sync\w*|time service|w32time)\b/,
      failed:
        /\b(?:out of sync|skew\w*|wrong|behind|ahead|differs?|different|off by|drift\w*|mismatch\w*|not (?:synchroni[sz]ed|in sync|synced))\b/,
    },
  },
  {
    ...concept(
      'timed-out',
      'the connection timing out (nothing answered the client in time)',
      [networkUnreachable],
      `${WINSOCK}: WSAETIMEDOUT 10060 "Connection timed out", the connected party did not respond); ${RDP_TROUBLESHOOTING}: the firewall, the listener and its port); irohastack.com "RDP custom port: cannot connect" (https://irohastack.com/en/rdp-custom-port-cannot-connect-en/: the client times out when a firewall blocks the port or nothing listens on it)`,
      {
        en: "timeout|timeouts|timed out|times out|timing out|time out|connection timeout*|connect timeout*|took too long to respond|takes too long to respond|did not respond in time|didn't respond in time",
      },
    ),
    unless: TIME_LIMIT_OR_LATER_STEP,
  },
  {
    ...concept(
      'not-listening',
      'nothing listening on the Remote Desktop port (the listener down)',
      [networkUnreachable],
      `${RDP_TROUBLESHOOTING}: check the RDP listener, netstat shows port 3389 LISTENING, another program on the port); irohastack.com "RDP custom port: cannot connect" (https://irohastack.com/en/rdp-custom-port-cannot-connect-en/: no LISTEN entry for the port in netstat)`,
      {
        en: "not listening|isn't listening|not in listening state|not in a listening state|not in the listening state|stopped listening|no longer listening|no listener|listener is down|listener is not running|listener isn't running|listener is missing|listener missing|nothing listening|nothing is listening|nothing listens|no rdp-tcp session|no rdp-tcp listener",
      },
    ),
    // Round 31: the listener (RDP-Tcp) in any clause that says it not running, by the predicates of Remote Desktop's
    // service said down (described-server-side.ts `NOT_RUNNING`, another service's or port's excepted): one
    // reading of the listener down, the service's concept reading TermService alone.
    said: { subject: LISTENER, failed: NOT_RUNNING, unless: OTHER_SERVICE, sentence: true },
  },
  {
    // The command that looks for the listener, reported empty in words ("netstat -ano | findstr :3389 returns
    // nothing"): no socket in LISTENING state on the port, the listener down. The same words about another command
    // ("dir returns nothing") name no listener.
    ...concept(
      'listener-check-empty',
      'the check for the Remote Desktop listener (netstat or findstr on port 3389, qwinsta) finding nothing: nothing listens on the port',
      [networkUnreachable],
      `${RDP_TROUBLESHOOTING}: "netstat -a -o" (or "netstat -ano | findstr 3389") should show port 3389 in LISTENING state, and "qwinsta" the rdp-tcp listener; when they do not, the listener is not running)`,
      {
        en: '3389 returns nothing|returns nothing|returned nothing|shows nothing|showed nothing|prints nothing|printed nothing|gives nothing|no output|returns no output|shows no output|returns no results|returned no results|returns empty|comes back empty|came back empty|output is empty|empty output|nothing is returned|nothing returned',
      },
    ),
    within: LISTENER_CHECK,
  },
  {
    ...concept(
      'not-reached',
      'the remote computer not reached on the network (no answer, no route, the socket not connected)',
      [networkUnreachable],
      `${WINSOCK}: WSAEHOSTUNREACH 10065 "No route to host", WSAENETUNREACH 10051 "Network is unreachable"); ${RDP_TROUBLESHOOTING}); irohastack.com on "This remote computer can't be reached" (https://irohastack.com/?p=6141: network, name resolution, TCP 3389 not reached)`,
      {
        en: "can't be reached|cannot be reached|could not be reached|couldn't be reached|unreachable|not reachable|isn't reachable|no route to host|can't reach the server|can't reach the remote*|cannot reach the server|cannot reach the remote*|unable to reach the*|server is not responding|server isn't responding|computer is not responding|computer isn't responding|pc is not responding|host is not responding|not responding to ping*|socket connection failed|socket connect failed|failed to connect socket|socket error*|no longer reachable|not reachable anymore|no longer responding|neither ping nor rdp|neither ping nor remote desktop|can't ping or rdp|cannot ping or rdp|can't ping nor rdp|no ping and no rdp",
      },
    ),
    // Round 26 (r26-h60k): the computer named and said not found ("the PC can't be found", the clients' "We couldn't
    // find the PC" retold): its name not resolving or nothing answering; never a file, an account or a certificate
    // not found (`unless`).
    said: {
      subject: /\b(?:pc|computer|server|host|machine|remote pc|remote computer)\b/,
      failed:
        /\b(?:(?:can(?:'t|not)|could(?:n't| not)) be found|(?:is|was) not found|can(?:'t|not) find (?:it|the (?:pc|computer|server|host)))\b/,
      unless:
        /\b(?:certificate|cert|file|files|folder|user|account|licen[cs]\w*|profile|driver|printer|path|key|module|dll|setting|policy)\b/,
    },
  },
  {
    ...concept(
      'gateway-not-reached',
      'the RD Gateway not reached or unavailable',
      [networkUnreachable],
      `Microsoft Learn "IMsTscAxEvents::OnDisconnected" (${LEARN}/windows/win32/termserv/imstscaxevents-ondisconnected: the disconnect reasons of an RD Gateway temporarily unavailable or its address unreachable); Microsoft Learn "RD Gateway Server Availability" (${LEARN}/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/ee890969(v=ws.10))`,
      {
        en: "gateway server is temporarily unavailable|gateway is temporarily unavailable|gateway server is temporally unavailable|gateway is temporally unavailable|gateway server is unavailable|gateway is unavailable|gateway unavailable|gateway server is not available|gateway is not available|can't connect to the rd gateway|cannot connect to the rd gateway|can't connect to the remote desktop gateway|cannot connect to the remote desktop gateway|can't reach the gateway|cannot reach the gateway|can't reach the rd gateway|cannot reach the rd gateway",
      },
    ),
    // Round 26 (r26-h60k): the gateway named and said not reached ("Windows App says it couldn't connect to the
    // gateway", "the gateway is down"), never its policies refusing (gateway-policy) nor the gateway reaching the
    // computer behind it (gateway-host-not-reached: the gateway the subject of "reach").
    said: {
      subject: /\b(?:rd ?gateway|remote desktop gateway|gateway server|(?:to|the) gateway)\b/,
      failed:
        /\b(?:could(?:n't| not) (?:connect|reach)|can(?:'t|not) (?:connect|reach)|unable to (?:connect|reach)|not reachable|unreachable|cannot be reached|can't be reached|(?:is|was) (?:down|offline|unavailable|not available)|not responding|timed out|times out)\b/,
      unless:
        /\b(?:polic(?:y|ies)|authori[sz]\w*|permission|allowed|denied|certificate|cert|gateway (?:can(?:'t|not)|could(?:n't| not)|is unable to|unable to) (?:connect|reach))\b/,
    },
  },
  concept(
    'gateway-host-not-reached',
    'the RD Gateway not reaching the computer behind it',
    [gatewayHostUnreachable],
    `Microsoft Learn "Event ID 304 — RD Gateway Server Connections" (${LEARN}/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/cc727375(v=ws.10): the user met both authorization policies, the gateway could not connect to the resource)`,
    {
      en: "gateway can't reach*|gateway cannot reach*|gateway could not reach*|gateway couldn't reach*|gateway is unable to reach*|gateway unable to reach*|gateway can't connect to the*|gateway cannot connect to the*|gateway could not connect to the*|gateway couldn't connect to the*",
    },
  ),
  {
    ...concept(
      'no-logon-right',
      'the account without the right to sign in through Remote Desktop',
      [authLogonRight],
      `Microsoft Learn "Troubleshooting access denied and user not authorized issues in Microsoft Remote Desktop Services" (${LEARN}/troubleshoot/windows-server/remote/troubleshooting-access-denied-and-user-not-authorized-rds-issues) and "The local policy of this system does not permit you to logon interactively" (${LEARN}/troubleshoot/windows-server/remote/local-policy-not-permit-log-on-interactively: not in the Remote Desktop Users group)`,
      {
        en: "not in the remote desktop users group|not in remote desktop users|isn't in the remote desktop users group|not a member of the remote desktop users*|not a member of the group remote desktop users*|not in the group remote desktop users*|not a member of remote desktop users|not member of the remote desktop users*|not member of remote desktop users|not members of the remote desktop users*|not members of remote desktop users|not part of the remote desktop users group|not authorized for remote login|not authorized for remote logon|not permit you to log on|not permit you to logon|doesn't permit you to log on|not permitted to log on|right to sign in through remote desktop services|right to log on through remote desktop services|denied by the deny log on through remote desktop services|not authorized to log on remotely|not authorized to logon remotely|not allowed to log on remotely|not allowed to log in remotely|not allowed to connect remotely|no permission to log on remotely|no rdp permission*|no remote desktop permission*|not allowed to rdp|no rdp access|doesn't have rdp access|does not have rdp access|don't have rdp access|do not have rdp access",
      },
    ),
    // Round 26 (r26-h60k): a rule of the machine named and a refusal said of it in one clause, as users retell the
    // dialogs ("the local policy of this system does not allow you to log in", "the Allow log on through Remote
    // Desktop Services user right has no effect"); never a password's or an account's rule (the account's state) nor
    // the network's (a firewall, a port, the gateway: their own rows).
    said: {
      subject:
        /\b(?:(?:local |security |group )?polic(?:y|ies) of (?:this|the) (?:system|computer|server)|local (?:security )?policy|user rights?(?: assignment)?|logon rights?|log ?on rights?|log (?:on|in) (?:locally|interactively|remotely|through remote desktop services)|logon (?:locally|interactively|remotely)|remote (?:login|logon|log ?in|sign[- ]?in))\b/,
      failed:
        /\b(?:(?:does|do|did)(?: not|n't) (?:allow|permit)|(?:is|are|was|were)(?: not|n't) (?:allowed|permitted)|not (?:allowed|permitted) to|(?:has|have|had) no effect|denie[sd]|prevents?|prevented)\b/,
      unless: /\b(?:passwords?|credentials|lock\w*|expir\w*|firewall|port|gateway|licen[cs]\w*|sav(?:e|es|ed|ing))\b/,
    },
  },
  {
    // Round 26 (r26-h60k): the licensing mode said unset ("the TS Licensing mode has not been configured", RCM 1068's
    // words retold; "licensing mode is not configured" in Server Manager): no licensing mode or license server given
    // the session host, which refuses connections once the grace period is over.
    ...concept(
      'licensing-mode-unset',
      'the Remote Desktop licensing mode (or the license server) not configured on the session host',
      [licensingServerUnavailable, licensingGraceExpired],
      `Microsoft Learn "Troubleshoot session host virtual machine configuration" (${LEARN}/azure/virtual-desktop/troubleshoot-vm-configuration: "Remote Desktop licensing mode is not configured", set the licensing mode and the license server) and "License your RDS deployment with client access licenses" (${LEARN}/windows-server/remote/remote-desktop-services/rds-client-access-license: the licensing mode and the 120-day grace period)`,
      { en: 'licensing mode is not configured|licensing mode has not been configured|licensing mode not configured' },
      'ts licensing mode|rd licensing mode|rds licensing mode|remote desktop licensing mode',
    ),
    // Office's shared computer activation, Windows' own activation: another product's licensing mode.
    unless: OTHER_LICENSING,
    said: {
      unless: OTHER_LICENSING,
      subject: /\b(?:licensing mode|license mode|licence mode|licensing type)\b/,
      failed: /\b(?:(?:not|never) (?:been )?(?:configured|set|specified|defined)|unconfigured|unset|missing|empty)\b/,
    },
  },
  concept(
    'grace-countdown',
    'the licensing grace period counting down (Remote Desktop Services stopping in some days)',
    [licensingGraceExpired],
    `Microsoft Learn "Troubleshoot session host virtual machine configuration" (${LEARN}/azure/virtual-desktop/troubleshoot-vm-configuration: "Remote Desktop Services will stop working in X days", the licensing mode not configured) and "License your RDS deployment with client access licenses" (${LEARN}/windows-server/remote/remote-desktop-services/rds-client-access-license: the 120-day grace period)`,
    {
      en: 'will stop working in|stops working in|days left in the grace period|days remaining in the grace period|grace period days left',
    },
  ),
  {
    ...concept(
      'no-licenses-installed',
      'no client access licenses installed',
      [licensingCalUnavailable],
      `Microsoft Learn "License your RDS deployment with client access licenses (CALs)" (${LEARN}/windows-server/remote/remote-desktop-services/rds-client-access-license: install RDS CALs on the license server); Microsoft Learn "Cannot connect to RDS because no RD Licensing servers are available" (${LEARN}/troubleshoot/windows-server/remote/cannot-connect-rds-no-license-server: the "No licenses available" error)`,
      {
        en: 'no rds licenses|no rds licences|no rds license|no licenses installed|no licences installed|no license installed|no cals installed|no rds cals installed|licenses are not installed|licenses not installed|no licenses have been installed',
      },
    ),
    // "No RDS licenses installed and will stop working in 90 days": the grace period counting down (no license
    // server or licensing mode yet), not licenses missing on a license server: the clause's statement decides.
    unless: GRACE_COUNTDOWN,
  },
];
