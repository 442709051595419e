/**
 * Issue #60 (h60o): the Terminal Services era's listener texts (RemoteConnectionManager 1050, 1059, 1062, 1064, 1065),
 * the client texts of older wordings (error info 5 as clients print it, "total login time limit", the server
 * authentication warning) and client lines (FreeRDP's BIO_read system error alone, Go's dial errors to 3389), pasted
 * with values of our own: each read with the cause its row states, a near miss beside each rule.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { PROVIDER_EVENT_SENTENCES } from '../../src/explain/tables/sentences/provider-events.js';
import { THIRD_PARTY_SENTENCES } from '../../src/explain/tables/program-logs/third-party-clients.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

/** [the paste, the cause read first, a near miss that must not be read with that cause]. */
const CASES: readonly (readonly [string, string, string])[] = [
  [
    'The Terminal Server listener Custom-RDP is configured with inconsistent authentication and encryption settings. The Encryption Level is currently set to 3 and Security Layer is set to 0.',
    securityLayerMismatch.id,
    'The listener is configured with consistent settings.',
  ],
  // Round 25 (r25-s19w): Microsoft's page for 1036 (cc775339, "Terminal Server Listener Availability"), its Message.
  [
    'ID: 1036\nSource: Microsoft-Windows-TerminalServices-RemoteConnectionManager\nVersion: 6.0\nSymbolic Name: EVENT_TS_WINSTATION_START_FAILED\nMessage: Terminal Server session creation failed. The relevant status code was %1.',
    networkUnreachable.id,
    'Session creation failed for the database pool. The relevant status code was 5.',
  ],
  [
    'Warning: The Terminal Server authentication certificate configuration data was invalid and the service reset it.',
    tlsCertificate.id,
    'The configuration data of the backup agent was invalid and the service reset it.',
  ],
  [
    'The terminal server is configured to use a template-based certificate for Transport Layer Security (TLS) 1.0\\Secure Sockets Layer (SSL) authentication and encryption, but the subject name on the certificate is invalid.',
    tlsCertificate.id,
    'The subject name on the certificate is invalid for this mail server.',
  ],
  [
    'The terminal server cannot install a new template-based certificate to be used for Transport Layer Security (TLS) 1.0\\Secure Sockets Layer (SSL) authentication and encryption.',
    tlsCertificate.id,
    'The print server cannot install a new driver package.',
  ],
  [
    'The template-based certificate that is being used by the terminal server for Transport Layer Security (TLS) 1.0\\Secure Sockets Layer (SSL) authentication and encryption has expired and cannot be replaced by the terminal server.',
    tlsCertificate.id,
    'The template has expired and cannot be replaced by the document editor.',
  ],
  [
    '[INFO][com.freerdp.core] - ERRINFO_DISCONNECTED_BY_OTHER_CONNECTION:\nAnother user connected to the server, forcing the disconnection of the current connection.',
    sessionLimit.id,
    'Another user connected to the shared drive yesterday.',
  ],
  [
    'The remote session ended because the total login time limit was reached.',
    sessionLimit.id,
    'The quiz ended because the total time limit was reached.',
  ],
  [
    'This problem can occur if the remote PC is running a version of Windows that is not configured to support server authentication.',
    securityLayerMismatch.id,
    'This problem can occur if the printer is running an old firmware.',
  ],
  [
    'OnRdpDisconnected: "Your credentials were not accepted by the Remote Desktop Gateway. Please try again."\n"detailed_error_code": "710"',
    authBadCredentials.id,
    'Your credentials were not accepted by the mail server.',
  ],
  [
    '[ERROR][com.freerdp.core] - transport_connect: getaddrinfo (Nome o servizio sconosciuto)\n[ERROR][com.freerdp.core] - Error: protocol security negotiation or connection failure',
    networkUnreachable.id,
    'getaddrinfo is the resolver call of the C library.',
  ],
  [
    '[ERROR][com.freerdp.crypto] - BIO_read returned a system error 104: Connection reset by peer',
    networkDropped.id,
    'BIO_read returned 0 bytes from the test file',
  ],
  [
    'rdp probe failed: dial tcp 192.0.2.41:3389: i/o timeout',
    networkUnreachable.id,
    'dial tcp 192.0.2.41:443: i/o timeout',
  ],
  [
    'dial tcp 198.51.100.7:3389: connect: connection refused',
    networkUnreachable.id,
    'dial tcp 198.51.100.7:5432: connect: connection refused',
  ],
];

describe('older English texts and client lines read with the cause their rows state', () => {
  it.each(CASES.map(([paste, cause]) => [paste, cause] as const))('%s', (paste, cause) => {
    expect(causeIds(paste)[0]).toBe(cause);
  });

  it.each(CASES.map(([, cause, near]) => [near, cause] as const))('near miss: %s', (near, cause) => {
    expect(causeIds(answerOrRefused(near))).not.toContain(cause);
  });
});

describe('the Windows Server 2008 listener events are rows of their provider', () => {
  const ids = [1036, 1050, 1059, 1062, 1064, 1065];
  it.each(ids)('RemoteConnectionManager %i has a row with a cause', (id) => {
    const row = PROVIDER_EVENT_SENTENCES.find((s) => s.event?.id === id);
    expect(row?.event?.provider).toBe('Microsoft-Windows-TerminalServices-RemoteConnectionManager');
    expect(row?.states?.length).toBeGreaterThan(0);
    expect(row?.source).toMatch(/learn\.microsoft\.com/);
  });
});

it('a failed name lookup before the negotiation line is not a negotiation failure (near miss: the line alone)', () => {
  const line = '[ERROR][com.freerdp.core] - Error: protocol security negotiation or connection failure';
  const lookup = '[ERROR][com.freerdp.core] - transport_connect: getaddrinfo (Name or service not known)';
  expect(causeIds(`${lookup}\n${line}`)).toEqual([networkUnreachable.id]);
  expect(causeIds(line)).toContain(securityLayerMismatch.id);
});

describe("xfreerdp's exit codes are its FreeRDP connection errors", () => {
  const rows = THIRD_PARTY_SENTENCES.filter((s) => s.id.startsWith('xfreerdp-exit-'));
  it.each(rows.map((s) => [s.id, s] as const))('%s reads as its ERRCONNECT row does', (_, row) => {
    const [, name, suffix] = /XF_EXIT_(\w+): FreeRDP's ERRCONNECT_(\w+)/.exec(row.what) ?? [];
    const code = row.id.replace('xfreerdp-exit-', '');
    expect(suffix).toBeDefined();
    expect(causeIds(`ERRCONNECT_${suffix}`).length + (row.kind ? 1 : 0)).toBeGreaterThan(0);
    expect(causeIds(`XF_EXIT_${name}`)).toEqual(causeIds(`ERRCONNECT_${suffix}`));
    expect(causeIds(`xfreerdp /v:rdp.example.test exits with code ${code}`)).toEqual(causeIds(`ERRCONNECT_${suffix}`));
  });

  it('near miss: a crash or a signal has the same status, and another program the same number', () => {
    expect(causeIds(answerOrRefused('xfreerdp crashed: Aborted (core dumped), exit code 134'))).toEqual([]);
    expect(causeIds(answerOrRefused('the backup job exited with exit code 135'))).toEqual([]);
  });
});
