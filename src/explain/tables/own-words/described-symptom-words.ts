/**
 * Round 30 (r30-h61c): two more families of users' own words, each read by its structure, not by one page's phrase.
 *
 * - Another way into the same computer works while Remote Desktop does not ("I can still connect with PuTTY, but
 *   Remote Desktop no longer connects", "SSH works, RDP times out", "TeamViewer gets in but mstsc can't"): the computer
 *   is up and reached over the network, so what stops Remote Desktop is its own port, listener or a firewall rule for
 *   it. The product that works is named only as a witness: described-reading.ts reads the paste although it names
 *   that product, as long as every statement naming the product says it works (`witnessOnly`).
 * - An account said not allowed to sign in ("the user is not allowed to log in", "users are not permitted to log on")
 *   beside Remote Desktop: the right to sign in through Remote Desktop Services.
 *
 * - The client connecting once a security layer is chosen by hand ("if I choose RDP or TLS I can connect", "with
 *   /sec:tls it works") while it could not connect before: the security layer, not the network.
 *
 * Near misses each row keeps out: the other product failing too or instead ("RDP works but PuTTY is refused": the
 * product's own failure, the reader's gate); nothing failing ("SSH and RDP both work"); a sign-in refused for its
 * hours or its workstation (the account's state: `auth-account-state`), for a password or a lock, or to another
 * product's portal, mailbox or VPN.
 */
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import { concept, LEARN, type SymptomConcept } from './symptom-concept.js';

/**
 * Another way into the same machine, named as users name it: an SSH client or shell, a file transfer, another
 * remote-control tool, the hypervisor's or the cloud's console, a web page or a file share the machine serves.
 */
export const OTHER_WAY_IN =
  /\b(?:putty|ssh|sftp|winscp|scp|vnc|realvnc|tightvnc|ultravnc|teamviewer|team viewer|anydesk|any desk|chrome remote desktop|rustdesk|splashtop|parsec|(?:web|serial|vm|hyper-v|vmware|cloud|recovery|vnc|kvm|droplet|azure|aws) console|console access|smb|file shares?|shared folders?|iis|website|web page|http)\b/;

/** Remote Desktop itself: what the other statement says fails. */
const REMOTE_DESKTOP = /\brdp\b|remote desktop|\bmstsc\b|\b3389\b|\bremote (?:in|into)\b/;

/**
 * A sign-in refused for another reason than the right to use Remote Desktop: the account's hours or workstation, its
 * password, a lock or an expiry (the account's state), or another product's sign-in (a VPN, a portal, mail, SSH).
 */
const NOT_REMOTE_DESKTOP_SIGN_IN =
  /\b(?:at this time|hours|from this (?:computer|workstation|device|pc)|password|lock\w*|expir\w*|disabled|vpn|portal|website|web ?site|e-?mail|mailbox|ssh|sftp|ftp|app store|wi-?fi)\b/;

/**
 * A security layer chosen by hand in the client ("if I choose RDP or TLS I can connect", "with /sec:tls it works",
 * "after setting the security to RDP it connects"): the client's own mode, not negotiation.
 */
const SECURITY_MODE_CHOSEN =
  /\b(?:choose|chose|chosen|select|selected|selecting|set|setting|force|forced|forcing|switch(?:ed|ing)? to|chang(?:e|ed|ing) (?:it )?to|pick|picked)\b[^.;,\n]{0,30}?\b(?:rdp|tls|ssl|nla)\b|\/sec:(?:rdp|tls|nla)\b/;
/** Connecting said to fail in the same paste's other statement: the failure, not a mode ("can't connect", "error"). */
const CONNECTING_FAILS =
  /\b(?:can't|cannot|can not|cant|couldn't|could not|unable to|fail(?:s|ed)? to|won't|doesn't|does not) (?:connect|log ?in)\w*|\b(?:connection|connecting) (?:fails|failed|error)\b/;

export const DESCRIBED_SYMPTOM_WORDS_H61C: readonly SymptomConcept[] = [
  {
    // The client connects once its security layer is chosen by hand (RDP, TLS or NLA) and not with its default
    // negotiation: the server's security layer or encryption level and the client's cannot be agreed.
    ...concept(
      'security-mode-chosen',
      "the client connecting once its security layer is chosen by hand (RDP, TLS or NLA) and not by negotiation: the server's security layer or encryption level and the client's not agreed",
      [securityLayerMismatch],
      `Microsoft Learn "Require use of specific security layer for remote (RDP) connections" (${LEARN}/windows/client-management/mdm/policy-csp-remotedesktopservices: Negotiate, RDP or SSL (TLS), the server's choice); FreeRDP's manual (https://github.com/FreeRDP/FreeRDP/wiki/CommandLineInterface: /sec:rdp, /sec:tls, /sec:nla force one security protocol instead of negotiating)`,
      {
        en: 'only works with /sec:rdp|only works with /sec:tls|only connects with /sec:rdp|only connects with /sec:tls',
      },
    ),
    contrast: { works: SECURITY_MODE_CHOSEN, fails: CONNECTING_FAILS },
  },
  {
    ...concept(
      'other-way-in-works',
      'another way into the same computer working (SSH, another remote-control tool, its console or a share) while Remote Desktop does not connect: the computer is up and reachable, so Remote Desktop itself is not answering (its listener, its port, Remote Desktop turned off, or a firewall rule for it)',
      [networkUnreachable],
      `Microsoft Learn "General Remote Desktop connection troubleshooting" (${LEARN}/troubleshoot/windows-server/remote/troubleshoot-rdp-connection: check that Remote Desktop is enabled, the RDP listener and its port 3389, and the firewall); "Remote Desktop Won't Connect: An Admin's Checklist" (https://www.amarbhattarai.com/2026/06/remote-desktop-wont-connect-admins.html: the gates in order, Test-NetConnection to port 3389, the service running but nothing listening, a port changed and forgotten)`,
      { en: 'ssh works but rdp|ssh works but remote desktop|putty works but rdp|putty works but remote desktop' },
    ),
    contrast: { works: OTHER_WAY_IN, fails: REMOTE_DESKTOP },
  },
  {
    ...concept(
      'user-not-allowed',
      'the account said not allowed to sign in: without the right to sign in through Remote Desktop (not in Remote Desktop Users or Administrators, or denied by policy)',
      [authLogonRight],
      `Microsoft Learn "Troubleshooting access denied and user not authorized issues in Microsoft Remote Desktop Services" (${LEARN}/troubleshoot/windows-server/remote/troubleshooting-access-denied-and-user-not-authorized-rds-issues: "The connection was denied because the user account is not authorized for remote login": the account lacks the user rights to connect); Microsoft Learn "Allow log on through Remote Desktop Services" (${LEARN}/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/allow-log-on-through-remote-desktop-services)`,
      { en: 'user is not allowed to log in|user is not allowed to log on|users are not allowed to log in' },
    ),
    // The account named and refused the sign-in in one clause; never for its hours or its workstation (the account's
    // state), a password, a lock, nor another product's sign-in.
    unless: NOT_REMOTE_DESKTOP_SIGN_IN,
    said: {
      subject:
        /\b(?:(?:the|this|that|my|our|a|any|new|non-?admin|standard|regular|normal|domain|local) )?(?:users?|accounts?|user accounts?)\b/,
      failed:
        /\b(?:(?:is|are|was|were)(?: not|n't)|not|never) (?:allowed|permitted|authori[sz]ed) to (?:log ?(?:in|on)|login|logon|sign ?in|connect)\b/,
      unless: NOT_REMOTE_DESKTOP_SIGN_IN,
    },
  },
];
