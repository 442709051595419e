/**
 * Port tests, firewall logs and the TLS library's lines read as what they show (issue 60, round 22:
 * src/explain/tables/command-output/port-probes.ts, firewall-logs.ts, tls-library-lines.ts and socket-errors.ts), in wordings written
 * for these tests from the forms the tools' own pages show, fictional names, documentation addresses. Each state with
 * its cause and a near miss (an open port, another service's port, traffic allowed, another program's TLS).
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { asCommandOutput, causeIds, sentenceIds } from '../helpers/explain.js';

const UNREACHABLE = [networkUnreachable.id];

/** A command output read as `command`, its summary matching `says`, its causes `causes`. */
function expectProbe(paste: string, command: string, says: RegExp, causes: readonly string[]) {
  const e = asCommandOutput(paste, command);
  expect(e.summary, paste).toMatch(says);
  expect(causeIds(e), paste).toEqual(causes);
}

describe('port tests: the state of the port', () => {
  it.each([
    ['nmap filtered', 'PORT     STATE    SERVICE\n3389/tcp filtered ms-wbt-server', 'nmap', /no answer \(filtered\)/],
    [
      'nmap closed, with its report line',
      'Nmap scan report for rdsh21.example.net (192.0.2.21)\nPORT     STATE  SERVICE\n3389/tcp closed ms-wbt-server',
      'nmap',
      /^TCP 3389 on rdsh21\.example\.net is closed/,
    ],
    ['PortQry FILTERED', 'TCP port 3389 (ms-wbt-server service): FILTERED', 'portqry', /filtered/],
    ['PortQry NOT LISTENING', 'TCP port 3389 (ms-wbt-server service): NOT LISTENING', 'portqry', /is closed/],
    [
      "Windows telnet's failure",
      'Connecting To 192.0.2.8...Could not open connection to the host, on port 3389: Connect failed',
      'telnet',
      /no answer/,
    ],
    [
      "telnet's timeout, the port from its command",
      '$ telnet rdsh22.example.net 3389\nTrying 192.0.2.22...\ntelnet: Unable to connect to remote host: Connection timed out',
      'telnet',
      /^TCP 3389 on rdsh22\.example\.net gets no answer/,
    ],
    ['nc refused', 'nc: connect to 192.0.2.9 port 3389 (tcp) failed: Connection refused', 'netcat', /is closed/],
    ['nc no route', 'nc: connect to 192.0.2.9 port 3389 (tcp) failed: No route to host', 'netcat', /cannot be reached/],
    [
      "PsPing's timeout",
      'TCP connect to 192.0.2.10:3389:\nConnecting to 192.0.2.10:3389: This operation returned because the timeout period expired.',
      'psping',
      /no answer/,
    ],
    [
      'Test-Connection -TcpPort False',
      'PS C:\\> Test-Connection rdsh23 -TcpPort 3389\nFalse',
      'test-connection',
      /^TCP 3389 on rdsh23 gets no answer/,
    ],
    [
      'curl timed out',
      'curl: (28) Failed to connect to 192.0.2.11 port 3389 after 21003 ms: Timed out',
      'curl',
      /no answer/,
    ],
    [
      'Ncat refused, the port from its command',
      '> ncat -v rdsh24.example.net 3389\nNcat: Connection refused.',
      'netcat',
      /is closed/,
    ],
    [
      'nmap with every port filtered, none listed',
      'All 1 scanned ports on 192.0.2.12 are in ignored states.\nNot shown: 1 filtered tcp ports (no-response)',
      'nmap',
      /no answer/,
    ],
    ["bash's /dev/tcp refused", 'bash: /dev/tcp/192.0.2.13/3389: Connection refused', 'bash-dev-tcp', /is closed/],
  ])('%s: nothing reached the listener', (_, paste, command, says) => expectProbe(paste, command, says, UNREACHABLE));

  it.each([
    ['nmap open', '3389/tcp open  ms-wbt-server', 'nmap'],
    ['PortQry LISTENING', 'TCP port 3389 (ms-wbt-server service): LISTENING', 'portqry'],
    ['nc succeeded', 'Connection to 192.0.2.9 3389 port [tcp/ms-wbt-server] succeeded!', 'netcat'],
    ['a PsPing reply', 'Connecting to 192.0.2.10:3389: from 192.0.2.50:50110: 0.92ms', 'psping'],
    ['Test-Connection True', 'Test-Connection -TargetName rdsh23 -TcpPort 3389\nTrue', 'test-connection'],
  ])('near miss: %s: the port answers, no cause', (_, paste, command) =>
    expectProbe(paste, command, /answers: the network path and a listener are fine/, []),
  );

  it.each([
    ['nmap of SSH', '22/tcp filtered ssh', 'nmap'],
    ['nc to SSH', 'nc: connect to 192.0.2.9 port 22 (tcp) failed: Connection refused', 'netcat'],
    ['Ncat to SSH', '$ ncat 192.0.2.9 22\nNcat: Connection refused.', 'netcat'],
    [
      "a TcpClient's refusal on 22",
      'Exception calling ".ctor" with "2" argument(s): "No connection could be made because the target machine actively refused it 192.0.2.9:22"',
      'socket-exception',
    ],
  ])("near miss: %s: another service's port, no cause", (_, paste, command) =>
    expectProbe(paste, command, /a test of SSH's port, not of Remote Desktop's/, []),
  );

  it("near miss: nmap's host seems down: its ping got no answer, nothing said of the port", () =>
    expectProbe(
      'Note: Host seems down. If it is really up, but blocking our ping probes, try -Pn\nNmap done: 1 IP address (0 hosts up) scanned in 3.10 seconds',
      'nmap',
      /nothing is said of TCP 3389/,
      [],
    ));
});

const WFP = (verb: string, app: string, direction: string, local: string, remote: string) =>
  `The Windows Filtering Platform has ${verb} a connection.\n\nApplication Information:\n\tProcess ID:\t\t3120\n\tApplication Name:\t${app}\n\nNetwork Information:\n\tDirection:\t\t${direction}\n\tSource Address:\t\t192.0.2.30\n\tSource Port:\t\t${local}\n\tDestination Address:\t198.51.100.40\n\tDestination Port:\t\t${remote}\n\tProtocol:\t\t6`;

describe('firewall logs: whose traffic, on which port', () => {
  it.each([
    [
      'a 5157 inbound to 3389',
      WFP('blocked', '\\device\\harddiskvolume3\\windows\\system32\\svchost.exe', 'Inbound', '3389', '50221'),
      'wfp-event',
    ],
    [
      'a pfirewall.log DROP to 3389',
      '2025-02-03 08:15:02 DROP TCP 198.51.100.40 192.0.2.30 50222 3389 52 S 0 0 64240 - - - RECEIVE',
      'pfirewall-log',
    ],
    [
      "simplewall's line",
      '"03/02/2025 08:15","NT AUTHORITY\\NETWORK SERVICE","C:\\Windows\\System32\\svchost.exe","192.0.2.30","3389 (ms-wbt-server)","198.51.100.40","50223","tcp","simplewall\\Internal\\BlockRecvAccept","#1001","Inbound","Blocked"',
      'simplewall-log',
    ],
    [
      "ufw's BLOCK",
      'kernel: [UFW BLOCK] IN=eth0 OUT= SRC=198.51.100.40 DST=192.0.2.30 LEN=52 PROTO=TCP SPT=50224 DPT=3389 WINDOW=64240 SYN',
      'netfilter-log',
    ],
  ])('%s: blocked before the listener', (_, paste, command) =>
    expectProbe(paste, command, /blocked a connection to Remote Desktop's port \(TCP 3389\)/, UNREACHABLE),
  );

  it("the Connection Broker's SQL Server connection blocked: named with its port, no cause of the catalogue", () =>
    expectProbe(
      WFP('blocked', '\\device\\harddiskvolume3\\windows\\system32\\tssdis.exe', 'Outbound', '50301', '1433'),
      'wfp-event',
      /blocked an outbound connection of the RD Connection Broker service \(tssdis\.exe\) on port 1433 \(SQL Server's port/,
      [],
    ));

  it.each([
    [
      'a 5156 permitted',
      WFP('permitted', '\\device\\harddiskvolume3\\windows\\system32\\svchost.exe', 'Inbound', '3389', '50225'),
      'wfp-event',
      /allowed the connection to Remote Desktop's port/,
    ],
    [
      'an ALLOW line',
      '2025-02-03 08:15:02 ALLOW TCP 198.51.100.40 192.0.2.30 50226 3389 0 - 0 0 0 - - - RECEIVE',
      'pfirewall-log',
      /allowed the connection/,
    ],
    [
      "NetBIOS's drop",
      '2025-02-03 08:15:02 DROP UDP 192.0.2.31 192.0.2.255 137 137 78 - - - - - - - RECEIVE',
      'pfirewall-log',
      /port 137\b.*not Remote Desktop's own port/,
    ],
    [
      "ufw's BLOCK of SSH",
      '[UFW BLOCK] IN=eth0 OUT= SRC=198.51.100.40 DST=192.0.2.30 PROTO=TCP SPT=50227 DPT=22 SYN',
      'netfilter-log',
      /port 22 \(SSH\)/,
    ],
  ])('near miss: %s: no cause', (_, paste, command, says) => expectProbe(paste, command, says, []));
});

const FREERDP = '[09:12:44:101] [4410:4411] [ERROR][com.freerdp';

describe("the TLS library's lines in a Remote Desktop client's log", () => {
  it("internal_error beside FreeRDP's expired-password guess: CredSSP first, the expired password second", () => {
    const paste = `${FREERDP}.core] - freerdp_set_last_error ERRCONNECT_PASSWORD_CERTAINLY_EXPIRED [0x0002000F]\n${FREERDP}.core.transport] - BIO_read returned an error: error:14094438:SSL routines:ssl3_read_bytes:tlsv1 alert internal error`;
    expect(sentenceIds(paste)).toEqual(['tls-line-alert-internal-error']);
    expect(causeIds(paste).slice(0, 2)).toEqual([credsspNla.id, authAccountState.id]);
  });
  it.each([
    [
      'access_denied',
      'SSL_read: Failure in SSL library (protocol error?)\nSSL_read: error:14094419:SSL routines:SSL3_READ_BYTES:tlsv1 alert access denied',
      [authBadCredentials.id, credsspNla.id],
    ],
    [
      'handshake_failure',
      `${FREERDP}.crypto] - error:14094410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure`,
      [tlsProtocolMismatch.id],
    ],
    [
      'unsupported protocol',
      `${FREERDP}.crypto] - error:1425F102:SSL routines:ssl_choose_client_version:unsupported protocol`,
      [tlsProtocolMismatch.id],
    ],
    [
      'certificate verify failed',
      `${FREERDP}.core.gateway.tls] - error:0A000086:SSL routines::certificate verify failed`,
      [tlsCertificate.id],
    ],
    [
      'unexpected eof',
      `${FREERDP}.core.transport] - BIO_read returned an error: error:0A000126:SSL routines::unexpected eof while reading`,
      [networkDropped.id],
    ],
    [
      'a BIO read timed out, with the transport error',
      `${FREERDP}.core.transport] - BIO_read returned a system error 110: Connection timed out\n${FREERDP}.core] - transport_read_layer:freerdp_set_last_error_ex ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]`,
      [networkDropped.id],
    ],
    [
      'a BIO read refused',
      `${FREERDP}.core.transport] - BIO_read returned a system error 111: Connection refused`,
      UNREACHABLE,
    ],
  ])('%s', (_, paste, causes) => expect(causeIds(paste).slice(0, causes.length), paste).toEqual(causes));

  it.each([
    ["curl's handshake failure", 'curl: (35) error:0A000410:SSL routines::sslv3 alert handshake failure'],
    ["a web server's certificate", 'wget: error:0A000086:SSL routines::certificate verify failed'],
  ])("near miss: %s: another program's TLS, no line of ours", (_, paste) =>
    expect(
      sentenceIds(paste).filter((s) => s.startsWith('tls-line-')),
      paste,
    ).toEqual([]),
  );
});
