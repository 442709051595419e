/**
 * Failures users describe by a contrast, what works beside what does not (described-symptoms.ts reads them with the
 * others, described-reading.ts `findContrast`): the computer reached by its IP address but not by its name (the name
 * not resolving), and the computer answering ping while Remote Desktop cannot connect (the port, its listener or a
 * firewall). Each with the causes a public page links it to.
 *
 * Near misses each row keeps out: "ping works by name and IP but RDP doesn't connect" names both in the statement that
 * works (no contrast of name and address: the ping row reads it); "ping fails but RDP works" has nothing failing to
 * connect; "I can't ping it and RDP doesn't connect" has nothing that works; a paste that says it is solved.
 */
import { networkUnreachable } from '../../../patterns/network-unreachable.js';
import { concept, LEARN, type SymptomConcept } from './symptom-concept.js';

/** An IP address: the word or the dotted number. */
const ADDRESS = /\bip\b|\bip ?address|\bipv[46]\b|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/;
/** A computer's name as users write it (its PC name, host name, FQDN, NetBIOS or DNS name). */
const NAME =
  /\b(?:pc|computer|host|server|machine|netbios|dns|device|network|its|the|by|with)[ -]?name\b|\bhostname\b|\bfqdn\b/;
/** Ping, by its name or its answer. */
const PING = /\bping\w*/;
/** Remote Desktop connecting or signing in, or its port tested (telnet, 3389). */
const CONNECTING = /\bconnect\w*|\brdp\b|remote desktop|\bmstsc\b|\blog ?(?:in|on)\b|\btelnet\b|\bport 3389\b|\b3389\b/;

export const DESCRIBED_CONTRAST: readonly SymptomConcept[] = [
  {
    ...concept(
      'name-not-resolved',
      "the computer's name not resolving to its address (DNS, the hosts file, NetBIOS), since its IP address works",
      [networkUnreachable],
      `Microsoft Learn "Cannot Connect to Remote Systems Using Host Name" (${LEARN}/previous-versions/windows/it-pro/windows-2000-server/cc940089(v=technet.10): only IP addresses but not host names work, the hosts file or the DNS configuration); Windows Vista help "Troubleshoot Remote Desktop problems" ("The remote computer cannot be found": verify the name, try the IP address instead)`,
      {
        en: "name resolution fails|name resolution failed|name resolution doesn't work|name does not resolve|name doesn't resolve|name is not resolving|name isn't resolving|can't resolve the name|cannot resolve the name|could not resolve the name|hostname does not resolve|hostname doesn't resolve",
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
];
