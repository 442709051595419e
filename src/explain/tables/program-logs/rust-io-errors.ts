/**
 * Rust's I/O errors as the Remote Desktop clients written in Rust print them (issue 60): IronRDP and the programs on
 * it (Teleport's desktop access, its rdp_client) print the error's debug form, `Os { code: 104, kind:
 * ConnectionReset, message: "Connection reset by peer" }` or `Error { kind: TimedOut, message: "connection timed out"
 * }`. The `kind` is std::io::ErrorKind, the same on every system; the `code` is the system's errno (104 is Linux's
 * ECONNRESET, 54 macOS' and FreeBSD's, 10054 Windows'): never a code of our tables, and read only by its kind.
 * Near miss: a kind of another failure (NotFound, PermissionDenied: a file) is no socket's and is not read here.
 */
import type { CauseId } from '../../../../patterns/index.js';
import { handshakeAborted } from '../../../../patterns/handshake-aborted.js';
import { networkDropped } from '../../../../patterns/network-dropped.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { tlsProtocolMismatch } from '../../../../patterns/tls-protocol-mismatch.js';
import type { KnownSentence } from '../sentences/known-sentence.js';

const ERROR_KIND = 'Rust std::io::ErrorKind (https://doc.rust-lang.org/std/io/enum.ErrorKind.html)';
const NUMBERS =
  "the system's errno inside Rust's I/O error (104 is Linux's ECONNRESET, 54 macOS' and FreeBSD's), not a Remote Desktop code";

/** One group of kinds: the kinds' names, what they mean for the connection, its causes and the reports quoting it. */
function ioKind(id: string, kinds: readonly string[], states: readonly CauseId[], meaning: string, seen: string) {
  const names = kinds.join('|').toLowerCase();
  return {
    id: `rust-io-${id}`,
    what: `Rust's I/O error of kind ${kinds.join(' / ')}, as IronRDP and Teleport print it`,
    states,
    // The debug form: "kind: ConnectionReset" inside Os { … } or Error { … }.
    words: { en: [new RegExp(String.raw`\bkind: (?:${names})\b`)] },
    anyLanguage: true,
    meaning,
    confidence: 'WR',
    source: `Widely reported in public logs quoting it; the kind's own name: ${ERROR_KIND}; ${seen}`,
    numbers: NUMBERS,
    languages: 'English in every language of the system: Rust prints the kind by its name.',
  } satisfies KnownSentence;
}

export const RUST_IO_SENTENCES: readonly KnownSentence[] = [
  ioKind(
    'reset',
    ['ConnectionReset', 'ConnectionAborted', 'BrokenPipe'],
    [networkDropped.id, handshakeAborted.id, tlsProtocolMismatch.id],
    "The connection to the Remote Desktop server was up and the far end reset or closed it: the network cut it, or the server closed it during the handshake. Teleport's guide names the usual case of its desktop access: the Windows host has no certificate or no TLS cipher suite the client accepts, and closes the TLS handshake.",
    'Teleport\'s desktop access troubleshooting (https://github.com/gravitational/teleport/pull/39892: "Rdp(Io(Os { code: 54, kind: ConnectionReset, … }))": the desktop does not support secure cipher suites for TLS)',
  ),
  ioKind(
    'refused',
    ['ConnectionRefused'],
    [networkUnreachable.id],
    'Nothing accepted the connection on the Remote Desktop port: the host answered and no listener is there (Remote Desktop off, another port), or a firewall refused it for the host.',
    'the errno ECONNREFUSED as Rust prints it (https://doc.rust-lang.org/std/io/enum.ErrorKind.html#variant.ConnectionRefused)',
  ),
  ioKind(
    'timeout',
    ['TimedOut'],
    [networkUnreachable.id, networkDropped.id],
    "Nothing answered in time: while connecting (Tcp(…) in Teleport's line), the server is off, not at that address, or a firewall drops the packets to its port; on a connection that was up, the far end went silent.",
    'Teleport issue 16118 (https://github.com/gravitational/teleport/issues/16118: "Tcp(Error { kind: TimedOut, message: \\"connection timed out\\" })" when the desktop could not be reached)',
  ),
  ioKind(
    'unreachable',
    ['HostUnreachable', 'NetworkUnreachable'],
    [networkUnreachable.id],
    'No route led to the Remote Desktop server or its network from the machine that connects (for Teleport, its Windows desktop service): a routing, VPN or address problem.',
    'the errnos EHOSTUNREACH and ENETUNREACH as Rust prints them',
  ),
];
