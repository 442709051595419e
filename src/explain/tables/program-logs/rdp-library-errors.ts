/**
 * Errors an RDP library throws by name (issue 60), as the programs built on it print them: node-rdpjs (and the web
 * clients on it: mstsc.js, WebRDP) and its Go port grdp throw `NODE_RDP_PROTOCOL_…` names, printed as
 * `[node-rdpjs] ERROR: NODE_RDP_PROTOCOL_X224_NEG_FAILURE()`. Each row reads the name by what the library's own code
 * throws it for; a number printed beside it (grdp's "with code: 5", a stack trace's line numbers) is the library's,
 * never a Remote Desktop dialog code.
 */
import type { CauseId } from '../../../../patterns/index.js';
import type { RowKind } from '../../../../patterns/codes/types.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import type { KnownSentence } from '../sentences/known-sentence.js';

const NODE_RDPJS = 'https://github.com/citronneur/node-rdpjs/blob/master/lib';
const SRC_X224 = `node-rdpjs lib/protocol/x224.js, Client.recvConnectionConfirm (${NODE_RDPJS}/protocol/x224.js)`;
const SRC_GRDP = 'grdp (the Go port of node-rdpjs, github.com/tomatome/grdp), protocol/x224/x224.go';
const SRC_NEG_RSP =
  'MS-RDPBCGR 2.2.1.2.1 RDP Negotiation Response (RDP_NEG_RSP): selectedProtocol PROTOCOL_HYBRID or PROTOCOL_HYBRID_EX, the server choosing CredSSP';
const SRC_REPORTED =
  'Widely reported: citronneur/node-rdpjs issues 7, 22 and 47, citronneur/mstsc.js issues 7, 37 and 41, Mikej81/WebRDP issue 9 (the error against servers requiring Network Level Authentication; unchecking it, or a server allowing TLS, lets node-rdpjs connect)';

/** One name: the words matched (the name, lower case), what it is, and the causes it states or what it is instead. */
function libraryError(
  name: string,
  meaning: string,
  source: string,
  states: readonly CauseId[],
  kind?: RowKind,
): KnownSentence {
  return {
    id: `node-rdpjs-${name
      .replace(/^NODE_RDP_PROTOCOL_/, '')
      .toLowerCase()
      .replace(/_/g, '-')}`,
    what: `node-rdpjs's error ${name}, as the library and the programs on it print it`,
    ...(states.length ? { states } : {}),
    ...(kind ? { kind } : {}),
    words: { en: [new RegExp(String.raw`\b${name.toLowerCase()}\b`)] },
    anyLanguage: true,
    meaning,
    confidence: /Widely reported/.test(source) ? 'WR' : 'MS',
    source,
    numbers: "the library's own numbers (a negotiation failure's code, a stack trace's lines), not dialog codes",
    languages: 'English in every language of the system: the library prints its names untranslated.',
  };
}

export const RDP_LIBRARY_ERRORS: readonly KnownSentence[] = [
  libraryError(
    'NODE_RDP_PROTOCOL_X224_NEG_FAILURE',
    "The server refused the security protocols node-rdpjs asked for (an RDP Negotiation Failure in answer to its X.224 Connection Request): node-rdpjs offers TLS (or the RDP security layer) and never CredSSP, so a server requiring Network Level Authentication refuses it; a server allowing only the RDP security layer refuses TLS. Allow the connection without NLA on the server (or use a client that does NLA), or set the server's Security Layer to Negotiate or SSL.",
    `${SRC_X224}: thrown when the Connection Confirm is TYPE_RDP_NEG_FAILURE; ${SRC_REPORTED}`,
    [credsspNla.id, securityLayerMismatch.id],
  ),
  libraryError(
    'NODE_RDP_PROTOCOL_X224_NLA_NOT_SUPPORTED',
    'The server chose Network Level Authentication (CredSSP) and node-rdpjs cannot do it: the server requires NLA. Allow connections without NLA on the server, or use a client that does NLA.',
    `${SRC_X224}: thrown when the server selected PROTOCOL_HYBRID or PROTOCOL_HYBRID_EX; ${SRC_NEG_RSP}`,
    [credsspNla.id],
  ),
  libraryError(
    'NODE_RDP_PROTOCOL_HYBRID_EX_NOT_SUPPORTED',
    'The server chose Network Level Authentication with Early User Authorization (HYBRID_EX) and the grdp client cannot continue with it: the server requires NLA.',
    `${SRC_GRDP}: logged when the server selected PROTOCOL_HYBRID_EX; ${SRC_NEG_RSP}`,
    [credsspNla.id],
  ),
  libraryError(
    'NODE_RDP_PROTOCOL_PDU_SEC_INVALID_LICENSE_CHALLENGE',
    "node-rdpjs could not decrypt the server's licensing challenge (the licensing exchange after the connection was set up): a limit of the library with this server's licensing, not a refused user; other clients connect.",
    `node-rdpjs lib/protocol/sec.js, Client.sendClientChallengeResponse: thrown when the decrypted platform challenge is not the expected one (${NODE_RDPJS}/protocol/sec.js); citronneur/node-rdpjs issue 38; Microsoft Open Specifications MS-RDPELE 2.2.2.4 Server Platform Challenge`,
    [],
    'uncatalogued',
  ),
];
