/**
 * The operating system's socket errors as tools print them (issue 60): the C library's errno with its strerror text
 * (telnet, nc, FreeRDP's "BIO_read returned a system error 110: Connection timed out"), and Windows' own messages for
 * the same failures (PsPing, Winsock). Each row is one failure of a TCP connection, by its number, its symbolic name
 * and its texts; the readers of port probes (port-probes.ts) and of a TLS library's lines (tls-library-lines.ts) say
 * what it means for the Remote Desktop port by the failure's kind:
 * - `refused`: the host answered and nothing accepts connections on that port (or a firewall answered for it);
 * - `timeout`: nothing answered in time: a firewall drops the packets, or the host is off or not at that address;
 * - `unreachable`: no route led to the host or its network;
 * - `reset`: a connection that was up was reset or closed by the far end.
 * A number is the errno of Linux (the numbers FreeRDP, telnet and nc print on Linux) or a Windows Sockets / Win32
 * error; macOS' errno differs (ECONNREFUSED is 61 there): its numbers are not read, only its texts.
 *
 * A Linux client run in another language prints the C library's text in it ("Verbindungsaufbau abgelehnt"): each errno
 * row holds glibc's translations too (socket-errors-localized.ts).
 *
 * Near miss: the same number printed by another program (errno 110 of a disk tool is no socket's) is read only where a
 * reader has found a socket's line (a probe, a BIO read); a text alone is read only by those readers.
 */
import { LOCALIZED_STRERROR, STRERROR_SOURCE } from './socket-errors-localized.js';

export type SocketFailure = 'refused' | 'timeout' | 'unreachable' | 'reset';

export interface SocketError {
  readonly failure: SocketFailure;
  /** Linux errno numbers and Windows Sockets / Win32 numbers of it. */
  readonly numbers: readonly number[];
  readonly names: readonly string[];
  /** Its texts as printed (lower case, the words as strerror or FormatMessage give them). */
  readonly texts: readonly string[];
  readonly source: string;
}

const ERRNO = 'Linux errno(3) and strerror (man7.org "errno(3)")';
const WINSOCK =
  'Microsoft Learn "Windows Sockets Error Codes" (https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2)';
const WIN32 = 'Microsoft Learn "System Error Codes (1000-1299)" and "(1300-1699)"';

const row = (
  failure: SocketFailure,
  numbers: readonly number[],
  names: readonly string[],
  texts: readonly string[],
  source: string,
): SocketError => {
  const localized = LOCALIZED_STRERROR.filter((e) => names.includes(e.name)).map((e) => e.text.toLowerCase());
  return localized.length === 0
    ? { failure, numbers, names, texts, source }
    : { failure, numbers, names, texts: [...texts, ...localized], source: `${source}; ${STRERROR_SOURCE}` };
};

export const SOCKET_ERRORS: readonly SocketError[] = [
  row('refused', [111], ['ECONNREFUSED'], ['connection refused'], ERRNO),
  row(
    'refused',
    [10061, 1225],
    ['WSAECONNREFUSED', 'ERROR_CONNECTION_REFUSED'],
    [
      'no connection could be made because the target machine actively refused it',
      'the remote computer refused the network connection',
    ],
    `${WINSOCK}; ${WIN32} (ERROR_CONNECTION_REFUSED, 1225)`,
  ),
  row('timeout', [110], ['ETIMEDOUT'], ['connection timed out', 'operation timed out'], ERRNO),
  row(
    'timeout',
    [10060, 1460],
    ['WSAETIMEDOUT', 'ERROR_TIMEOUT'],
    [
      'a connection attempt failed because the connected party did not properly respond after a period of time',
      'this operation returned because the timeout period expired',
    ],
    `${WINSOCK}; ${WIN32} (ERROR_TIMEOUT, 1460)`,
  ),
  row(
    'unreachable',
    [113, 101],
    ['EHOSTUNREACH', 'ENETUNREACH'],
    ['no route to host', 'network is unreachable'],
    ERRNO,
  ),
  row(
    'unreachable',
    [10065, 10051, 1231, 1232],
    ['WSAEHOSTUNREACH', 'WSAENETUNREACH', 'ERROR_NETWORK_UNREACHABLE', 'ERROR_HOST_UNREACHABLE'],
    [
      'a socket operation was attempted to an unreachable host',
      'a socket operation was attempted to an unreachable network',
      'the network location cannot be reached',
      'the remote system is not reachable by the transport',
    ],
    `${WINSOCK}; ${WIN32} (1231, 1232)`,
  ),
  row('reset', [104, 32], ['ECONNRESET', 'EPIPE'], ['connection reset by peer', 'broken pipe'], ERRNO),
  row(
    'reset',
    [10054, 10053],
    ['WSAECONNRESET', 'WSAECONNABORTED'],
    [
      'an existing connection was forcibly closed by the remote host',
      'an established connection was aborted by the software in your host machine',
    ],
    WINSOCK,
  ),
];

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Each row's names as one word pattern, made once (the names are fixed words: ECONNREFUSED, WSAETIMEDOUT …). */
const NAME_WORDS: ReadonlyMap<SocketError, RegExp> = new Map(
  SOCKET_ERRORS.filter((e) => e.names.length > 0).map((e) => [e, new RegExp(`\\b(?:${e.names.join('|')})\\b`, 'i')]),
);

/** The socket error a tool's text states (its strerror or Windows message, or its name), if any. */
export function socketErrorOfText(text: string): SocketError | undefined {
  const t = fold(text);
  return SOCKET_ERRORS.find((e) => e.texts.some((x) => t.includes(x)) || NAME_WORDS.get(e)?.test(text));
}
