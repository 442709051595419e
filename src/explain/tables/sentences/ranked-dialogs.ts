/**
 * Dialogs whose words name no single cause but whose pages rank a few (issue 60, r29-h60w): the client's protocol
 * error (code 0x1104), its "authentication is not enabled" refusal, GNOME's Remote Desktop Viewer's catch-all; and the shapes every such row uses (`rankedBy`,
 * `rankedUnless` of known-sentence.ts), which the Windows client's "Because of a protocol error, this session will be
 * disconnected" (uncoded-sentences.ts) and Remmina's catch-all (third-party-clients.ts) use too.
 *
 * The rule, once for every row: the causes the pages that treat the dialog give are ranked in `states`, each said as
 * the pages' (never as the words'), with where the pages disagree; where they disagree, by where each cause acts in
 * the connection sequence (rdp-events.md). A ranking holds for the server and client the pages are about: a paste
 * naming another (`rankedUnless`: a Linux RDP server, a client hosting many sessions in one process) gets the reading
 * without the ranking, no cause.
 *
 * Every pattern is a fixed run of words with bounded optional parts: linear on any paste.
 */
import type { KnownSentence } from './known-sentence.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import { tlsCertificate } from '../../../../patterns/tls-certificate.js';

/**
 * An RDP server that is not Windows' (xrdp, ThinLinc, KDE's krdp, GNOME Remote Desktop, VirtualBox's VRDE), named as
 * such: the pages' rankings are about a Windows listener, its security layer, its certificate and what holds its port.
 * Not "Linux" alone: a Linux client (Remmina's users) connects to Windows servers.
 */
export const NOT_A_WINDOWS_LISTENER = /\b(?:xrdp|thinlinc|krdp|gnome[ -]remote[ -]desktop|vrde|virtualbox)\b/i;

/**
 * A client that hosts many sessions in one process (mRemoteNG and its "RDP disconnected!" notices, RDCMan, Royal
 * TS), or a session shadowed from another (Task Manager's "remote control" of a user): its protocol errors are reported as the client's memory running short
 * (mRemoteNG's maintainers, issue 864), which no cause of the catalogue covers.
 */
export const MANY_SESSIONS_IN_ONE_CLIENT =
  /mremote|\brdcman\b|remote desktop connection manager|royal ?ts\b|rdp disconnected!|\bshadow(?:ing|ed)?\b|\bremote control(?:led|ling)? (?:a |the )?user\b/i;

const SRC_0x1104 =
  'Widely reported: Microsoft\'s Azure VM health article "RDP failed due to protocol error 0x1104 detected at the client" (make sure TermService listens on port 3389, or move the other application off it); Huawei Cloud ECS help "a protocol error (code: 0x1104) is detected when you use MSTSC" (port 3389 closed in the security group or used by another process, the security layer); ThinLinc sites\' notes for their Linux servers ("no known fix")';

const SRC_VINAGRE =
  "GNOME Vinagre (Remote Desktop Viewer), plugins/rdp/vinagre-rdp-tab.c (https://gitlab.gnome.org/GNOME/vinagre): `vinagre_utils_show_error_dialog (_(\"Error connecting to host.\"), NULL, window)` when freerdp_connect fails, with no reason; its VNC and SPICE tabs show the same words for their own failures. Widely reported: Remmina's and Vinagre's users fixed it by removing the server's entry from ~/.freerdp/known_hosts (a server certificate that changed, which FreeRDP 1.x refused without asking)";

const SRC_AUTH_REQUIRED =
  'Widely reported: the Remote Desktop client\'s message as public pages quote it: a KB page "Microsoft RDP Remote Computer Requires Authentication" (a Windows Server 2008 client against Windows Server 2016, whose RDP defaults changed), the wrdp (Wicked RDP Manager) FAQ (set "Require use of specific security layer for remote (RDP) connections" to RDP), and public configuration notes for RDP clients (the host\'s SecurityLayer 2, TLS required, refuses a client without CredSSP even with NLA off; turning CredSSP off in an .rdp file makes mstsc stop with this message)';

export const RANKED_DIALOGS: readonly KnownSentence[] = [
  {
    id: 'authentication-required-not-enabled',
    what: 'the client\'s "The connection cannot proceed because authentication is not enabled and the remote computer requires that authentication be enabled to connect."',
    states: [securityLayerMismatch.id, credsspNla.id],
    words: {
      en: [
        /the connection cannot proceed because authentication is not enabled and the remote computer requires that authentication be enabled/,
      ],
    },
    meaning:
      'The server requires an authenticated connection (its security layer set to TLS, or Network Level Authentication) and the client connects without it: an old client, or CredSSP or server authentication turned off in the client\'s settings (.rdp "enablecredsspsupport:i:0", "authentication level"). The words do not say which of the two the server requires.',
    rankedBy:
      "the public pages that treat it rank the server's security layer first (TLS required: set it to Negotiate, or let the client use TLS), then Network Level Authentication (a client with CredSSP turned off or too old for it).",
    confidence: 'WR',
    source: SRC_AUTH_REQUIRED,
  },
  {
    id: 'client-protocol-error-0x1104',
    what: 'the client\'s "Because of a protocol error detected at the client (code 0x1104), this session will be disconnected"',
    states: [networkUnreachable.id, securityLayerMismatch.id],
    words: { en: [/protocol error(?: detected at the client)? ?\(code:? ?0x0{0,4}1104\)/] },
    meaning:
      "The client could not understand what answered it and ended the connection. Microsoft's Azure page and Huawei Cloud's help find another program on port 3389 (or TermService not listening there), so the client met no RDP listener; Huawei's help adds the security layer the two sides could not agree on. Against a Linux RDP server (xrdp, ThinLinc) those pages do not apply.",
    rankedBy:
      "the pages that treat it (Microsoft's Azure VM page, Huawei Cloud's ECS help) rank another program on the RDP port first, the security layer second; netstat -anob on the server shows what holds port 3389.",
    rankedUnless: NOT_A_WINDOWS_LISTENER,
    confidence: 'WR',
    source: SRC_0x1104,
  },
  {
    id: 'vinagre-error-connecting',
    what: 'GNOME Remote Desktop Viewer\'s (Vinagre) catch-all "Error connecting to host." on an RDP connection',
    generic: true,
    states: [tlsCertificate.id, networkUnreachable.id, credsspNla.id],
    // Its words are any program's: read only beside Remote Desktop's or Vinagre's name, never beside VNC's or SPICE's.
    words: { en: [/\berror connecting to host\b/, /remote desktop|vinagre|\brdp\b/] },
    meaning:
      "Vinagre's message for any RDP connection FreeRDP could not make: it prints no reason. Its users' reports point first to a server certificate that changed since the last connection (FreeRDP refuses it; remove the server's line from ~/.freerdp/known_hosts), then to a server not reached (address, port, firewall) and to Network Level Authentication.",
    rankedBy:
      "Vinagre prints no reason; its users' reports rank a changed server certificate (the entry in ~/.freerdp/known_hosts) first, a server not reached second, Network Level Authentication third. Running xfreerdp with the same address prints the reason.",
    rankedUnless: /\bvnc\b|\bspice\b/i,
    confidence: 'WR',
    source: SRC_VINAGRE,
  },
];
