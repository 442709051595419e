/**
 * The server said to require a secure connection that the client cannot make (issue 60, round 31): mstsc's own
 * dialog words it as a term and a predicate ("The remote computer requires Network Level Authentication, which your
 * computer does not support"), and users retell it with the same structure about another client ("windows wants a
 * secure connection and rdesktop seems not to be able to handle it", "the server requires NLA and my client doesn't
 * support it"): the server's demand (a secure, encrypted connection; NLA, CredSSP, TLS, its security layer) and the
 * client's inability, in one sentence. The client cannot do the server's security protocol: CredSSP (NLA) first, the
 * security layer second (causes.md `credssp-nla`, `security-layer-mismatch`).
 *
 * Sources: Microsoft Learn "Remote Desktop Connection: the remote computer requires Network Level Authentication,
 * which your computer does not support" (the client's dialog); rdesktop's own message when a server requires CredSSP
 * ("Failed to connect, CredSSP required by server", rdesktop's issues: https://github.com/rdesktop/rdesktop/issues/71
 * where releases before 1.8.4 could not do CredSSP); FreeRDP's "HYBRID_REQUIRED_BY_SERVER" (nego.c).
 *
 * Near misses: the same words about a website, a mail or VPN client (`unless`), read only in a paste about Remote
 * Desktop (the reader's gate); negations and questions are the reader's. Each pattern one alternation of fixed words
 * with bounded gaps: linear in the sentence.
 */
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import { concept, LEARN, type SymptomConcept } from './symptom-concept.js';

/** The server's demand: a verb of requiring, then the secure connection or the protocol, a few words apart. */
const DEMAND =
  /\b(?:wants|want|requires|required|require|demands|needs|insists on|enforces|expects)\b[^.!?\n]{0,24}?\b(?:secure connection|secured connection|encrypted connection|network level authentication|nla|credssp|tls|ssl|security layer)\b/;
/** The client's inability, as users say it. */
const CANNOT =
  /\b(?:(?:is |are |seems |seem |seems to be )?(?:not (?:to be )?able to|unable to)|can'?t|cannot|doesn'?t|does not|didn'?t|did not|won'?t|fails? to)\s(?:handle|support|do|speak|negotiate|cope with|manage)\b/;
/** Another product's secure connection. */
const OTHER_PRODUCT =
  /\b(?:website|web site|browser|https|mail|smtp|imap|outlook|vpn client|ftp|mysql|sql server|ssh)\b/;

export const SECURE_CONNECTION_CONCEPTS: readonly SymptomConcept[] = [
  {
    ...concept(
      'secure-connection-required',
      "the server's required security protocol (NLA/CredSSP, TLS) that the client cannot do",
      [credsspNla, securityLayerMismatch],
      `Microsoft Learn "Remote Desktop Services: the remote computer requires Network Level Authentication, which your computer does not support" (${LEARN}/troubleshoot/windows-server/remote/cannot-connect-rds-server: the client's dialog); rdesktop's "CredSSP required by server" (https://github.com/rdesktop/rdesktop/issues/71: rdesktop before 1.8.4 could not do CredSSP)`,
      { en: 'requires network level authentication, which your computer does not support' },
    ),
    unless: OTHER_PRODUCT,
    said: { subject: DEMAND, failed: CANNOT, unless: OTHER_PRODUCT, sentence: true },
  },
];
