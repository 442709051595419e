/**
 * Apache Guacamole's protocol status codes (issue 60), as guacd, the web application and the tools built on them
 * (Next Terminal, JumpServer's Lion) print them: a status's name with its number ("521 (SESSION_CONFLICT)",
 * "UPSTREAM_NOT_FOUND (0x0207)"), the name as guacd's constant or Java exception, or a name no other program uses
 * alone. Each is Guacamole's own number, never one of our tables' codes; for an RDP connection guacd sets it from the
 * server's error info or FreeRDP's last error (src/protocols/rdp/error.c), and that is the reading given here.
 * A name other programs also use (SERVER_ERROR, CLIENT_UNAUTHORIZED) is read only with its number or guacd's prefix.
 */
import { authAccountState } from '../../../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import type { RowKind } from '../../../../patterns/codes/types.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import type { CauseId } from '../../../../patterns/index.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import { serverDenied } from '../../../../patterns/server-denied.js';
import type { KnownSentence } from '../sentences/known-sentence.js';

const REFERENCE =
  'Apache Guacamole manual, "Guacamole protocol reference", Status codes (https://guacamole.apache.org/doc/gug/protocol-reference.html)';
const STATUS_JAVA =
  'guacamole-common, GuacamoleStatus.java (https://github.com/apache/guacamole-client/blob/main/guacamole-common/src/main/java/org/apache/guacamole/protocol/GuacamoleStatus.java)';
const ERROR_C =
  'guacd, src/protocols/rdp/error.c, the RDP error info and FreeRDP errors it sends as this status (https://github.com/apache/guacamole-server/blob/main/src/protocols/rdp/error.c)';

/** What a status says of an RDP connection: the causes its RDP errors state, a code it stands for, or its kind. */
type StatusReading =
  | { readonly states: readonly CauseId[] }
  | { readonly codeName: string }
  | { readonly kind: RowKind };

interface GuacamoleStatus {
  readonly name: string;
  readonly code: number;
  /** No other program prints the name: it is read alone. */
  readonly distinctive?: true;
  readonly meaning: string;
  readonly reading: StatusReading;
  /** guacd's RDP client sends it (error.c): its source says so. */
  readonly rdp?: true;
}

/** The words of a status: its name beside its number (decimal or 0x hex), guacd's constant, or the name alone. */
function statusWords(s: GuacamoleStatus): RegExp {
  const name = s.name.toLowerCase();
  const hex = s.code.toString(16);
  const number = `(?:${s.code}|0x0?${hex})`;
  const exception = `guacamole${name.replace(/_/g, '')}exception`;
  const alone = s.distinctive ? `|\\b${name}\\b` : '';
  return new RegExp(
    `\\b${number}\\W{1,3}${name}\\b|\\b${name}\\W{1,3}${number}\\b|\\bguac_protocol_status_${name}\\b|\\b${exception}\\b${alone}`,
  );
}

/** One status: its name, number, reading and meaning, and whether its name is read alone and guacd's RDP sends it. */
function status(
  name: string,
  code: number,
  reading: StatusReading,
  meaning: string,
  marks: { readonly distinctive?: true; readonly rdp?: true } = {},
): GuacamoleStatus {
  return { name, code, reading, meaning, ...marks };
}

function statusRow(s: GuacamoleStatus): KnownSentence {
  const hex = `0x${s.code.toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    id: `guacamole-status-${s.name.toLowerCase().replace(/_/g, '-')}`,
    what: `Apache Guacamole's protocol status ${s.name} (${hex}, ${s.code})`,
    words: { en: [statusWords(s)] },
    anyLanguage: true,
    confidence: 'WR',
    languages: 'A protocol constant: the same in every language.',
    meaning: `Apache Guacamole's status ${s.name} (${hex} = ${s.code}): ${s.meaning}`,
    source: `Widely reported in public logs of Guacamole and the tools built on it; the product's own reference: ${REFERENCE}; ${STATUS_JAVA}${s.rdp ? `; ${ERROR_C}` : ''}`,
    numbers: `Apache Guacamole's protocol status code (${hex} = ${s.code}), not a Remote Desktop code`,
    ...s.reading,
  };
}

const UNSPECIFIC: StatusReading = { kind: 'unspecific' };
const GUACAMOLE_OWN: StatusReading = { kind: 'uncatalogued' };
const ALONE = { distinctive: true } as const;
const RDP = { rdp: true } as const;
const ALONE_RDP = { distinctive: true, rdp: true } as const;

const GUACAMOLE_STATUSES: readonly GuacamoleStatus[] = [
  status(
    'SERVER_ERROR',
    0x200,
    UNSPECIFIC,
    'Guacamole itself failed (an internal error of guacd or the web application), not the Remote Desktop server.',
  ),
  status(
    'SERVER_BUSY',
    0x201,
    GUACAMOLE_OWN,
    'Guacamole (guacd or the web application) was too busy to do it; not the Remote Desktop server.',
  ),
  status(
    'UPSTREAM_TIMEOUT',
    0x202,
    UNSPECIFIC,
    'the remote desktop server stopped answering guacd in time; Guacamole does not say why.',
    ALONE,
  ),
  status(
    'UPSTREAM_ERROR',
    0x203,
    UNSPECIFIC,
    "the remote desktop server reported an error guacd has no other status for (for RDP: any error info or FreeRDP error error.c does not translate); guacd's own log line before it names the error.",
    ALONE_RDP,
  ),
  status(
    'RESOURCE_NOT_FOUND',
    0x204,
    GUACAMOLE_OWN,
    'Guacamole has no such connection or stream (a connection id that does not exist, or was deleted).',
  ),
  status(
    'RESOURCE_CONFLICT',
    0x205,
    GUACAMOLE_OWN,
    'the Guacamole connection is already in use: its own concurrency limit (maximum connections, per user) is reached; not the Remote Desktop server.',
  ),
  status('RESOURCE_CLOSED', 0x206, GUACAMOLE_OWN, 'the Guacamole stream or connection was already closed.'),
  status(
    'UPSTREAM_NOT_FOUND',
    0x207,
    { states: [networkUnreachable.id] },
    "guacd could not reach the remote desktop server: for RDP, FreeRDP's connection failed (the name did not resolve, TCP failed, the TLS connection or the Kerberos KDC could not be reached).",
    ALONE_RDP,
  ),
  status(
    'UPSTREAM_UNAVAILABLE',
    0x208,
    { states: [serverDenied.id] },
    'the remote desktop server refused the connection: for RDP, the server sent error info 6 (out of memory) or 7 (it denied the connection).',
    ALONE_RDP,
  ),
  status(
    'SESSION_CONFLICT',
    0x209,
    { codeName: 'exDiscReasonReplacedByOtherConnection' },
    'the session on the remote desktop server ended because another connection took it over: for RDP, error info 5 (disconnected by another connection, the same user signing in elsewhere).',
    ALONE_RDP,
  ),
  status(
    'SESSION_TIMEOUT',
    0x20a,
    { codeName: 'exDiscReasonServerIdleTimeout' },
    "the session on the remote desktop server ended because it was idle: for RDP, error info 3 (the server's idle session time limit).",
    RDP,
  ),
  status(
    'SESSION_CLOSED',
    0x20b,
    UNSPECIFIC,
    'the session on the remote desktop server was ended by the server: for RDP, error info 1 or 2 (disconnected or logged off by an administrator or a program) or 4 (the active session time limit).',
    RDP,
  ),
  status(
    'CLIENT_UNAUTHORIZED',
    0x301,
    { states: [authBadCredentials.id, authAccountState.id, credsspNla.id, securityLayerMismatch.id] },
    "the sign-in failed: for RDP, FreeRDP's authentication failed (wrong or missing credentials, an account locked, disabled or expired, a password expired, the logon type not granted) or the security negotiation failed.",
    RDP,
  ),
  status(
    'CLIENT_FORBIDDEN',
    0x303,
    { states: [authLogonRight.id] },
    'permission was denied: for RDP, error info 9 (the user has no right to sign in remotely) or 0xA (fresh credentials required).',
    RDP,
  ),
  status(
    'CLIENT_TIMEOUT',
    0x308,
    GUACAMOLE_OWN,
    "Guacamole's client (the browser) took too long to answer: the browser's link to Guacamole, not RDP.",
  ),
  status(
    'CLIENT_TOO_MANY',
    0x31d,
    GUACAMOLE_OWN,
    "the user already uses as many Guacamole connections as Guacamole's own limits allow; not the Remote Desktop server's session limit.",
    ALONE,
  ),
];

/** Guacamole's statuses as the paste reader's sentences. */
export const GUACAMOLE_STATUS_SENTENCES: readonly KnownSentence[] = GUACAMOLE_STATUSES.map(statusRow);

/** The statuses guacd's RDP client sends (error.c), by number: its web page's CLIENT text for one is read as it. */
export const GUACAMOLE_RDP_STATUSES: ReadonlyMap<number, string> = new Map(
  GUACAMOLE_STATUSES.filter((s) => s.rdp).map((s) => [s.code, statusRow(s).id]),
);
