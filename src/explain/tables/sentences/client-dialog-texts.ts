/**
 * Client-side texts of a Remote Desktop connection that no code of our tables stands for (issue 60, round 21): the
 * client's text of an RD Gateway / Azure Virtual Desktop disconnect reason beyond the disconnect table, the identity
 * prompt's revoked certificate, and Apache Guacamole's refusal of a connection already in use (its own limit, not the
 * remote desktop server's). Each read by what its own words state, or said to be no Remote Desktop cause.
 *
 * Sources, each entry's own; English only: no localized page quoting these texts was found.
 */
import type { KnownSentence } from './known-sentence.js';
import type { Confidence } from '../../../../patterns/codes/types.js';
import { REMOTE_DESKTOP_WORDS } from '../other-products/other-subsystems.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../../../patterns/tls-protocol-mismatch.js';

const SRC_TECHNET_TEXTS =
  'Widely reported: TechNet wiki 37870 "Remote Desktop client troubleshooting: disconnect codes and reasons" (https://social.technet.microsoft.com/wiki/contents/articles/37870.remote-desktop-client-troubleshooting-disconnect-codes-and-reasons.aspx), the client\'s text for each code, as public copies quote it (the Xpra project\'s win32 logon module)';
const SRC_SECURITY_PACKAGE = `${SRC_TECHNET_TEXTS}, disconnect reason 50331671; our inference beyond one public page: schooltechnician.co.uk "Security package error – Windows 10 RDP" (https://www.schooltechnician.co.uk/security-package-error-windows-10-rdp/: through an RD Gateway, the client reaching the internet through a web proxy)`;
const SRC_GUAC_TUNNEL =
  'Widely reported: Apache Guacamole web application, guacamole/src/main/frontend/src/translations/en.json (https://github.com/apache/guacamole-client): ERROR_TUNNEL_205 (RESOURCE_CONFLICT); its database authentication, extensions/guacamole-auth-jdbc/…/tunnel/RestrictedGuacamoleTunnelService.java ("Cannot connect. This connection is in use." when the connection\'s max-connections is reached)';
const SRC_REVOKED =
  'Widely reported on one public page, our inference beyond it: irohastack.com "Fix RDP certificate error: \\"The certificate has been revoked\\"" (https://irohastack.com/en/rdp-certificate-revoked-en/: the warning the Remote Desktop client shows while connecting)';

/** What the words say (their causes, or what the text is instead), then its meaning, confidence, source and note. */
type Reading = Pick<KnownSentence, 'states' | 'kind' | 'otherProduct'>;
type Said = readonly [meaning: string, confidence: Confidence, source: string, note?: string];

/** A client text read by its words (every pattern must match), each row written once through this shape. */
function clientText(id: string, what: string, en: readonly RegExp[], reading: Reading, said: Said): KnownSentence {
  const [meaning, confidence, source, note] = said;
  return { id, what, ...reading, words: { en }, meaning, confidence, source, ...(note ? { note } : {}) };
}

export const CLIENT_DIALOG_TEXTS: readonly KnownSentence[] = [
  // Its code (0x3000017) names no cause; its words do: a security package (an SSP: Schannel's TLS, CredSSP) failed in
  // the transport layer. Read here rather than as the code's row, whose code is marked unspecific.
  clientText(
    'gateway-transport-security-package-error',
    'The client\'s text of disconnect reason 50331671 (0x3000017) "… because a security package error occurred in the transport layer"',
    [/because a security package error occurred in the transport layer/],
    { states: [tlsProtocolMismatch.id, credsspNla.id] },
    [
      "The client's security package failed in the transport layer of the connection (through an RD Gateway, its HTTPS transport): the TLS exchange (Schannel) or the CredSSP authentication carried in it did not complete. Not a wrong password, not licensing.",
      'SP',
      SRC_SECURITY_PACKAGE,
      'Through an RD Gateway, one public page meets it when the client reaches the internet through a web proxy that alters the HTTP transport: try without the proxy, then compare the TLS versions and cipher suites of the client and the gateway.',
    ],
  ),
  clientText(
    'client-https-ports-not-allowed',
    'The client\'s text of disconnect reason 50331722 "Your network configuration doesn\'t allow the necessary HTTPS ports"',
    [/your network configuration doesn'?t allow the necessary https ports/],
    { states: [networkUnreachable.id] },
    [
      "The client could not reach the service's HTTPS port (443: the RD Gateway, or Azure Virtual Desktop's gateway): a firewall or a web proxy on the client's network blocks it. The text asks to allow those ports or to disable the web proxy.",
      'WR',
      `${SRC_TECHNET_TEXTS}, disconnect reason 50331722`,
      'From the client: Test-NetConnection <gateway> -Port 443; try without the web proxy, or have the network allow HTTPS to the gateway.',
    ],
  ),
  // Only in a paste that names Remote Desktop: a browser, a code signature and a smart card show the same words.
  clientText(
    'identity-certificate-revoked',
    'The identity prompt "The certificate has been revoked"',
    [/\bthe certificate has been revoked\b/, REMOTE_DESKTOP_WORDS],
    { states: [tlsCertificate.id] },
    [
      "The client's revocation check says the certificate it was shown has been revoked by its CA: a certificate to replace (or, where the client cannot reach the CA's revocation list or OCSP responder, a check to let through). Through an RD Gateway, the certificate may be the gateway's.",
      'SP',
      SRC_REVOKED,
      'On the client: certutil -verify -urlfetch on the certificate (exported from the prompt) tells a revoked certificate from an unreachable revocation list; on the server, replace the listener certificate.',
    ],
  ),
  clientText(
    'guacamole-connection-in-use',
    'Apache Guacamole\'s page "This connection is currently in use, and concurrent access to this connection is not allowed"',
    [
      /this connection is currently in use,? and concurrent access to this connection is not allowed|cannot connect\. this connection (?:group )?is in use\./,
    ],
    { kind: 'uncatalogued', otherProduct: true },
    [
      "Guacamole itself refused the connection (its RESOURCE_CONFLICT status): the Guacamole connection is already in use up to its own limit of concurrent uses (max-connections in its database authentication). The remote desktop server was not asked: no Remote Desktop cause. Wait for the other use to end, or raise the connection's limit in Guacamole's connection settings.",
      'WR',
      SRC_GUAC_TUNNEL,
    ],
  ),
];
