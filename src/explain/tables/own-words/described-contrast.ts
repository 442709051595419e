/**
 * Failures users describe by a contrast, what works beside what does not (described-symptoms.ts reads them with the
 * others, described-reading.ts `findContrast`): the computer reached by its IP address but not by its name (the name
 * not resolving), and the computer answering ping while Remote Desktop cannot connect (the port, its listener or a
 * firewall). Each with the causes a public page links it to.
 *
 * Remote Desktop working from the machine itself (RDPCheck, 127.0.0.2) or its LAN and not from outside or over a VPN:
 * the path between (port forwarding, a firewall, the VPN's routing), as RDP Wrapper's maintainers answer such reports.
 *
 * Near misses each row keeps out: "it works on the LAN and remotely too" names both in the statement that works;
 * "ping works by name and IP but RDP doesn't connect" names both in the statement that works (no contrast of name and
 * address: the ping row reads it); "ping fails but RDP works" has nothing failing to connect; "I can't ping it and RDP
 * doesn't connect" has nothing that works; a paste that says it is solved.
 */
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { concept, LEARN, type SymptomConcept } from './symptom-concept.js';

/** An IP address: the word or the dotted number. */
const ADDRESS = /\bip\b|\bip ?address|\bipv[46]\b|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/;
/** A computer's name as users write it (its PC name, host name, FQDN, NetBIOS or DNS name). */
const NAME =
  /\b(?:pc|computer|host|server|machine|netbios|dns|device|network|its|the|by|with)[ -]?name\b|\bhostname\b|\bfqdn\b/;
/** Ping, by its name or its answer. */
const PING = /\bping\w*/;
/**
 * Remote Desktop connecting or signing in, or its port tested (telnet, 3389). Connecting to a file share is another
 * service that works ("ping answers and the admin$ share opens; mstsc times out"), not Remote Desktop.
 */
const CONNECTING =
  /\bconnect\w*(?! (?:to |with )?(?:(?:it|its|the|a|an|that|this|my|our|their) )?(?:[\w$]{1,20} )?(?:(?:shares?|smb|files?|folders?|drives?|printers?)\b|c\$|admin\$|\\\\))|\brdp\b|remote desktop|\bmstsc\b|\blog ?(?:in|on)\b|\btelnet\b|\bport 3389\b|\b3389\b/;

/**
 * The machine itself or its own network: a connection from the same computer (127.0.0.2, localhost, RDP Wrapper's
 * RDPCheck, which connects to the machine it runs on) or from inside the local network.
 */
const LOCAL =
  /(?<!\boutside (?:of )?(?:the |my |our )?)\blocal(?:ly| network| lan)\b|^ ?local\b|(?<!\boutside (?:of )?(?:the |my |our )?(?:local )?)\blan\b|\blocalhost\b|\b127\.0\.0\.\d{1,3}\b|\brdp ?check\w*|\bsame (?:computer|machine|pc|network)\b|\binside the (?:network|lan)\b/;
/** Another computer, or from outside the local network (the internet, a WAN address, "remotely"). */
const REMOTE =
  /\bremotely\b|\bremote access\b|\bfrom (?:another|other|a different) (?:computer|pc|machine|device|network)\b|\boutside(?: of)? (?:the|my|our)(?: local| home| office| own)? (?:network|lan|house|office)\b|\bfrom outside\b|\bexternal(?:ly)?\b|\b(?:over|from) the internet\b|\bwan\b|\b(?:over|via|through|on|from|using) (?:the |our |my )?(?:vpn|tailscale|zero ?tier|hamachi|wireguard|netbird|openvpn|twingate)\b|\bfrom home\b/;

/**
 * A VPN named as the path the connection takes (the word, or a client's name). Round 28 (r28-h60v): the mesh VPNs
 * users RDP over (Tailscale, ZeroTier, Hamachi, NetBird, Twingate; their own pages: https://tailscale.com/kb/1095/secure-rdp-windows,
 * https://docs.zerotier.com/, https://vpn.net/, https://docs.netbird.io/, https://www.twingate.com/docs).
 */
const VPN =
  /\bvpn\b|\banyconnect\b|\bglobalprotect\b|\bforticlient\b|\bopenvpn\b|\bwireguard\b|\btailscale\b|\bzero ?tier\b|\bhamachi\b|\bnetbird\b|\btwingate\b/;

/** Remote Desktop's default port, by its number or as "the default port". */
const DEFAULT_PORT = /\b(?:port )?3389\b|\bdefault (?:rdp )?port\b/;
/** Another port set for it: "any other port", "a custom port", "the new port", "PortNumber set to 50102", a number other than 3389. */
const OTHER_PORT =
  /\b(?:any |an? |the )?(?:other|another|different|custom|new|non-?standard|changed|alternate) (?:rdp )?port\b|\bport(?:number)? (?:(?:is|was) )?(?:(?:changed|set|moved) )?(?:to )?(?!3389\b)\d{2,5}\b/;

/** The built-in administrators (or a domain admin) as users name them. */
const ADMINS = /\b(?:admins?|administrators?|domain admins?|local admins?|admin accounts?|administrator accounts?)\b/;
/** The other accounts: standard, regular or normal users, a user not an administrator. */
const NON_ADMINS =
  /\b(?:(?:standard|regular|normal|ordinary|other|domain|non-?admin|my) (?:users?|accounts?)|non-?admins?|non-?administrators?|users)\b/;

export const DESCRIBED_CONTRAST: readonly SymptomConcept[] = [
  {
    // Round 26 (r26-h60k): administrators connect, other users do not ("admins can RDP, standard users can't"): by
    // default only Administrators and Remote Desktop Users hold the right to sign in through Remote Desktop Services.
    ...concept(
      'only-admins-connect',
      'administrators connecting while other users cannot: those users without the right to sign in through Remote Desktop (not in Remote Desktop Users, or denied by policy)',
      [authLogonRight],
      `Microsoft Learn "Allow log on through Remote Desktop Services" (${LEARN}/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/allow-log-on-through-remote-desktop-services: by default Administrators, and Remote Desktop Users on workstations and servers, hold the right; add users to Remote Desktop Users)`,
      {
        en: 'only admins can connect|only administrators can connect|only admins can rdp|only administrators can rdp|only admins can log in|only administrators can log in|only admin accounts can',
      },
    ),
    contrast: { works: ADMINS, fails: NON_ADMINS },
    // Round 28 (r28-h60v): the same said in one clause ("only Administrator users are allowed to login using Remote
    // Desktop"); never another task only admins may do ("only admins can change the RDP port").
    // Round 31 (r31-h62c): the user's own connection said possible only through the Administrator account ("I can
    // only set-up a connection via the Administrator account of the Windows 10 pc. For each other user we get an
    // error.", https://github.com/FreeRDP/Remmina/issues/880): "only" before the connecting, the account after it.
    said: {
      subject:
        /\bonly (?:the )?(?:admins?|administrators?|admin(?:istrator)? (?:users?|accounts?)|members of the administrators group)\b|\b(?:via|with|as|using|through) (?:the |an? |my |our )?(?:built-in |local )?admin(?:istrator)?s? (?:account|user)\b/,
      failed:
        /\b(?:can|could|may|are (?:allowed|able|permitted) to|is (?:allowed|able|permitted) to|have (?:access|permission)) (?:to )?(?:log ?(?:in|on)|login|sign ?in|connect|rdp|remote (?:in|into)|use (?:rdp|remote desktop)|access (?:it|the (?:pc|computer|server|machine)) (?:via|by|through|over|with) (?:rdp|remote desktop))\b|\bcan only (?:set-?up|establish|make|open|get) (?:a |an |the )?(?:connection|session|rdp connection|remote connection)\b|\bcan only (?:connect|log ?(?:in|on)|login|sign ?in|rdp)\b/,
    },
  },
  {
    // Round 26 (r26-h60k): one clause that puts the VPN on the path and says Remote Desktop fails over it ("if I
    // connect to the VPN I can no longer RDP to my PC", "RDP doesn't connect while on the VPN"): its routing (a split
    // tunnel, an address range the home network shares, no internal DNS). Never the VPN itself failing ("I can't
    // connect to the VPN", "the VPN drops": the VPN's, `unless`), nor Remote Desktop named only before the VPN.
    ...concept(
      'vpn-path',
      'Remote Desktop failing once the VPN is connected: the path through the VPN (its routing, an address range the local network shares, name resolution)',
      [networkUnreachable],
      'TechRepublic "10 things you should know about troubleshooting VPN connections" (https://www.techrepublic.com/article/ten-things-you-should-know-about-troubleshooting-vpn-connections/: users on the VPN who cannot reach the corporate network because their local network uses the same network ID, or whose names do not resolve without an internal DNS server)',
      {
        en: "rdp fails over the vpn|rdp fails over vpn|rdp does not work over vpn|rdp doesn't work over vpn|rdp not working over vpn|rdp does not work on the vpn|rdp doesn't work on the vpn|rdp not working on vpn|remote desktop does not work over vpn|remote desktop doesn't work over vpn",
      },
    ),
    path: true,
    said: {
      subject: VPN,
      failed:
        /(?:\bcan(?:'t|not| no longer)|\bno longer|\bunable to|\bcould(?:n't| not)|\bwon't|\bfails? to) (?:rdp\b|remote (?:in|into)\b|(?:connect|reach|access)\b[^.;!?]{0,60}?\b(?:rdp|remote desktop|mstsc|3389|remote (?:pc|computer))\b)|\b(?:rdp|remote desktop|mstsc)\b[^.;!?]{0,40}?\b(?:stops? working|no longer works?|(?:does|did)(?: not|n't) (?:work|connect)|won't (?:work|connect))\b/,
      unless:
        /(?:\bcan(?:'t|not)|\bunable to|\bwon't|\bcould(?:n't| not)|\bfails? to|\bnot) (?:connect|log ?in|sign ?in|get) (?:in)?to (?:the |my |our |a |work |company |corporate )*vpn\b|\bvpn (?:is |was |keeps )?(?:down|disconnect\w*|drops?|dropped|fails?|failed|not connect\w*)\b/,
      sentence: true,
    },
  },
  {
    ...concept(
      'name-not-resolved',
      "the computer's name not resolving to its address (DNS, the hosts file, NetBIOS), since its IP address works",
      [networkUnreachable],
      `Microsoft Learn "Cannot Connect to Remote Systems Using Host Name" (${LEARN}/previous-versions/windows/it-pro/windows-2000-server/cc940089(v=technet.10): only IP addresses but not host names work, the hosts file or the DNS configuration); Windows Vista help "Troubleshoot Remote Desktop problems" ("The remote computer cannot be found": verify the name, try the IP address instead)`,
      {
        en: "name resolution fails|name resolution failed|name resolution doesn't work|name does not resolve|name doesn't resolve|name is not resolving|name isn't resolving|can't resolve the name|cannot resolve the name|could not resolve the name|hostname does not resolve|hostname doesn't resolve|host name no longer works|hostname no longer works|computer name no longer works|host name doesn't work|hostname doesn't work|host name does not work|hostname does not work|computer name doesn't work|computer name does not work",
      },
    ),
    contrast: { works: ADDRESS, fails: NAME },
  },
  {
    ...concept(
      'pings-but-no-connection',
      'the computer answering ping while Remote Desktop cannot connect: its port blocked, another port set, or nothing listening',
      [networkUnreachable],
      `Microsoft Learn "General Remote Desktop connection troubleshooting" (${LEARN}/troubleshoot/windows-server/remote/troubleshoot-rdp-connection: the RDP listener, its port, the firewall); irohastack.com "RDP custom port: cannot connect" (https://irohastack.com/en/rdp-custom-port-cannot-connect-en/: the port changed on the server and not in the client, or not allowed through the firewall)`,
      { en: 'ping works but|pings fine but|pingable but|can ping it but|can ping the server but|ping replies but' },
    ),
    contrast: { works: PING, fails: CONNECTING },
  },
  {
    // Round 36: Remote Desktop answering on its default port and not on the one set for it instead ("3389 works, any
    // other port gets no connection"): Windows Firewall's Remote Desktop rules open TCP 3389 only, so a port set in
    // PortNumber needs a rule of its own (and a forwarding of its own on a router).
    ...concept(
      'default-port-only',
      "Remote Desktop connecting on its default port 3389 and not on another port set for it: Windows Firewall's Remote Desktop rules open 3389 only, so the new port needs an inbound rule of its own (and, from outside, a forwarding of its own)",
      [networkUnreachable],
      `Microsoft Learn "Change the listening port for Remote Desktop on your computer" (${LEARN}/windows-server/remote/remote-desktop-services/clients/change-listening-port: after changing PortNumber, add a firewall rule that allows the new port, New-NetFirewallRule -LocalPort); RDP Wrapper's maintainers on a custom port blocked by the firewall (https://github.com/stascorp/rdpwrap/issues/1231)`,
      {
        en: 'only works on port 3389|only works on 3389|only works on the default port|works on 3389 but not on|works on port 3389 but not on',
      },
    ),
    contrast: { works: DEFAULT_PORT, fails: OTHER_PORT },
  },
  {
    ...concept(
      'works-locally-not-remotely',
      "Remote Desktop working from the machine itself or its local network and not from elsewhere: the path from outside (the router's port forwarding, a firewall, a port not opened)",
      [networkUnreachable],
      `irohastack.com "RDP from remote work not connecting" (https://irohastack.com/en/rdp-from-remote-work-not-connecting-en/: over a VPN, its connectivity and routing first, then name resolution, the firewall); RDP Wrapper's maintainers on such reports (https://github.com/stascorp/rdpwrap/issues/1768 "only work locally 127.0.0.2": check the firewall, open a port other than 3389 by hand; https://github.com/stascorp/rdpwrap/issues/2074 "rdp only working on local network": port forwarding; https://github.com/stascorp/rdpwrap/issues/1231 the firewall blocking a custom port); Microsoft Learn "General Remote Desktop connection troubleshooting" (${LEARN}/troubleshoot/windows-server/remote/troubleshoot-rdp-connection: the port, the firewall)`,
      {
        en: 'works locally but not remotely|only works locally|only works on the local network|only works on lan|only working on local network|works on lan but not|works on the lan but not',
      },
    ),
    contrast: { works: LOCAL, fails: REMOTE },
  },
];
