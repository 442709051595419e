/**
 * FreeRDP 1.0's own lines (issue 60), printed to the terminal before FreeRDP had its logger (libfreerdp-core/tcp.c,
 * connection.c), still pasted from old distributions' and Homebrew's xfreerdp: the name lookup's failure, and the
 * negotiation failure FreeRDP prints after it. Where the lookup failed, nothing was negotiated: the first line decides.
 * Newer FreeRDP's lines ("… negotiation or connection failure") are read in third-party-clients.ts.
 */
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import type { KnownSentence } from '../sentences/known-sentence.js';
import { logLines } from './log-line.js';

const FREERDP = 'https://github.com/FreeRDP/FreeRDP';
const TCP_C = `FreeRDP 1.0 libfreerdp-core/tcp.c, tcp_connect's "transport_connect: getaddrinfo (%s)" with gai_strerror's text (${FREERDP}/blob/1.0.2/libfreerdp-core/tcp.c)`;
const CONNECTION_C = `FreeRDP 1.0 libfreerdp-core/connection.c, rdp_client_connect's "Error: protocol security negotiation failure" (${FREERDP}/blob/1.0.2/libfreerdp-core/connection.c)`;
const issue = (n: number, what: string) => `FreeRDP issue ${n}, ${what} (${FREERDP}/issues/${n})`;

const line = logLines(
  'FreeRDP 1.0',
  'freerdp1',
  "English only: FreeRDP's own words are English; the lookup's reason in parentheses is the system's, in its language, and is not needed.",
);

/** The lookup's line, any reason in parentheses (gai_strerror's text in the system's language). */
const LOOKUP = /\btransport_connect: getaddrinfo \(/;
/** FreeRDP 1.0's negotiation line, as it printed it and as users retype it ("negotition"). */
const NEGOTIATION = /\berror: ?protocol security negoti?a?tion failure\b/;

const LOOKUP_NOTE =
  'FreeRDP 1.0 knows only its old options ("xfreerdp -u user host"): given the newer "/v:host" form, it takes an option for the server\'s name and this lookup fails (FreeRDP issues 1639 and 4424); use the old form or a newer FreeRDP. Otherwise check the name (a typo, a short name outside its DNS suffix, a VPN\'s DNS not in use) or connect by address.';

export const FREERDP_LEGACY_LOG_SENTENCES: readonly KnownSentence[] = [
  line('getaddrinfo', 'transport_connect: getaddrinfo (…)', LOOKUP, {
    states: [networkUnreachable.id],
    meaning:
      "FreeRDP could not resolve the server's name (getaddrinfo failed; the reason in parentheses is the system's, in its language), so it never connected: a negotiation failure printed after it is the consequence, not a refused security protocol.",
    source: `${TCP_C}; ${issue(1712, '"transport_connect: getaddrinfo (Name or service not known)" then the negotiation failure')}; ${issue(4424, 'the same in Italian, "Errore temporaneo nella risoluzione del nome"')}`,
    note: LOOKUP_NOTE,
    overrides: ['freerdp1-negotiation-failure', 'freerdp-nego-or-connection-failure'],
  }),
  line('negotiation-failure', 'Error: protocol security negotiation failure', NEGOTIATION, {
    states: [securityLayerMismatch.id, networkUnreachable.id],
    meaning:
      'FreeRDP 1.0 could not connect or agree a security protocol with the server: either nothing answered, or the server refused every security protocol offered (RDP, TLS, NLA). The lines before it say which; a getaddrinfo line means the name did not resolve.',
    source: `${CONNECTION_C}; ${issue(457, 'the line alone, against a Windows XP server')}`,
  }),
];
