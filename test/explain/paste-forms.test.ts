/**
 * Pastes in the forms users copy them from, read end to end (`explainCode`, as `explain-code --format json` does):
 * Event Viewer's "General" tab (the message, then the Log Name / Source / Event ID… block), its "Details" Friendly
 * View (`- System`, `- EventData`, `Name value` lines), the event's XML; the Windows App / Remote Desktop clients'
 * dialogs on macOS, iOS, Android and the web; the Azure Virtual Desktop agent's and health checks' names. Each case
 * names the reading and the causes it must give (fictional names, documentation addresses).
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { lookupAvdError } from '../../src/explain/tables/index.js';
import { PATTERNS, UNEXPLAINED } from '../../patterns/index.js';
import type { Pattern } from '../../patterns/types.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { unquotedPaste } from '../../src/explain/paste-forms.js';

interface Case {
  readonly form: string;
  readonly paste: string;
  readonly table?: string;
  readonly name?: string;
  readonly sentence?: string;
  /** Among the first three likely causes. */
  readonly cause?: string;
  /** No likely cause at all (a success, or a name whose cause is not known). */
  readonly noCause?: true;
  readonly eventId?: number;
}

const general = (message: string, block: string) => `${message}\n\n${block}`;

const SECURITY = `Log Name:      Security
Source:        Microsoft-Windows-Security-Auditing
Date:          5/3/2024 9:14:22 AM`;

const FORM_CASES: readonly Case[] = [
  // Event Viewer "Details" tab, Friendly View.
  {
    form: 'details',
    paste: `- System\n\n  - Provider\n\n   [ Name]  Microsoft-Windows-Security-Auditing\n   [ Guid]  {54849625-5478-4994-a5ba-3e3b0328c30d}\n\n   EventID 4625\n\n   Version 0\n\n   Task 12544\n\n   Keywords 0x8010000000000000\n\n  - TimeCreated\n\n   [ SystemTime]  2024-05-03T09:14:22.1234567Z\n\n   EventRecordID 884211\n\n- EventData\n\n  SubjectUserSid S-1-0-0\n  SubjectLogonId 0x0\n  TargetUserName alice\n  Status 0xc000006d\n  FailureReason %%2313\n  SubStatus 0xc0000072\n  LogonType 3\n  IpAddress 192.0.2.15\n  IpPort 0\n`,
    table: 'ntstatus',
    name: 'STATUS_ACCOUNT_DISABLED',
    cause: authAccountState.id,
    eventId: 4625,
  },
  {
    form: 'details',
    paste: `- System\n  - Provider\n   [ Name]  Microsoft-Windows-Security-Auditing\n   EventID 4771\n- EventData\n  TargetUserName alice\n  ServiceName krbtgt/CORP\n  TicketOptions 0x40810010\n  Status 0x18\n  PreAuthType 2\n  IpAddress ::ffff:192.0.2.15\n  IpPort 50312\n`,
    table: 'kerberos',
    name: 'KDC_ERR_PREAUTH_FAILED',
    cause: authBadCredentials.id,
    eventId: 4771,
  },
  {
    form: 'details',
    paste: `- System\n  - Provider\n   [ Name]  Schannel\n   EventID 36887\n- EventData\n  AlertDesc 70\n`,
    table: 'tlsAlert',
    cause: tlsProtocolMismatch.id,
  },
  {
    form: 'details',
    paste: `- System\n  - Provider\n   [ Name]  Microsoft-Windows-TerminalServices-ClientActiveXCore\n   EventID 1026\n- EventData\n  Name Disconnect Reason\n  Value 264\n  CustomLevel Info\n`,
    table: 'mstsc',
    name: 'disconnectReasonConnectionTimedOut',
    cause: networkUnreachable.id,
  },
  {
    form: 'details',
    paste: `- System\n  - Provider\n   [ Name]  Microsoft-Windows-TerminalServices-LocalSessionManager\n   EventID 40\n- UserData\n  - EventXML\n   Session 3\n   Reason 5\n`,
    table: 'lsm40',
    cause: sessionLimit.id,
  },
  // The event's XML: RDPClient's Name / Value pair.
  {
    form: 'xml',
    paste:
      '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-TerminalServices-ClientActiveXCore"/><EventID>1026</EventID><Level>4</Level></System><EventData><Data Name="Name">Disconnect Reason</Data><Data Name="Value">516</Data><Data Name="CustomLevel">Info</Data></EventData></Event>',
    table: 'mstsc',
    name: 'disconnectReasonSocketConnectFailed',
    cause: networkUnreachable.id,
  },
  // Event Viewer "General" tab: counts in the message are no codes.
  {
    form: 'general',
    paste: general(
      'The user "CORP\\alice", on client computer "192.0.2.15", disconnected from the following network resource: "rdsh01.corp.example.com". Before the user disconnected, the client transferred 1234 bytes and received 5678 bytes. The client session duration was 12 seconds. Connection protocol used: "HTTP".',
      'Log Name:      Microsoft-Windows-TerminalServices-Gateway/Operational\nSource:        Microsoft-Windows-TerminalServices-Gateway\nEvent ID:      303\nLevel:         Information',
    ),
    table: 'event',
    noCause: true,
    eventId: 303,
  },
  // Two fields on one line, as a forum post retells an event (round 36): the Source ends at the comma.
  { form: 'general', paste: 'Source: Schannel, Event ID: 36874', eventId: 36874, cause: tlsProtocolMismatch.id },
  { form: 'general', paste: 'ソース:Schannel, イベントID:36874', eventId: 36874, cause: tlsProtocolMismatch.id },
  {
    form: 'general',
    paste: general(
      'An account failed to log on.\n\nFailure Information:\n\tFailure Reason:\t\tUnknown user name or bad password.\n\tStatus:\t\t\t0xC000006D\n\tSub Status:\t\t0xC0000064',
      `${SECURITY}\nEvent ID:      4625\nTask Category: Logon\nLevel:         Information\nKeywords:      Audit Failure\nComputer:      rdsh01.corp.example.com`,
    ),
    table: 'ntstatus',
    name: 'STATUS_NO_SUCH_USER',
    cause: authBadCredentials.id,
  },
  {
    form: 'general',
    paste: general(
      'The user "CORP\\alice", on client computer "192.0.2.15", did not meet connection authorization policy requirements and was therefore not authorized to access the RD Gateway server. The authentication method used was: "NTLM" and connection protocol used: "HTTP". The following error occurred: "23003".',
      'Log Name:      Microsoft-Windows-TerminalServices-Gateway/Operational\nSource:        Microsoft-Windows-TerminalServices-Gateway\nEvent ID:      201\nLevel:         Error',
    ),
    table: 'gateway',
    name: 'E_PROXY_NAP_ACCESSDENIED',
    cause: gatewayDenied.id,
  },
  // Events that record a step that succeeded point to no cause.
  {
    form: 'general',
    paste: general(
      'Remote Desktop Services: Session logon succeeded:\n\nUser: CORP\\alice\nSession ID: 2\nSource Network Address: 192.0.2.15',
      'Log Name:      Microsoft-Windows-TerminalServices-LocalSessionManager/Operational\nSource:        Microsoft-Windows-TerminalServices-LocalSessionManager\nEvent ID:      21\nLevel:         Information',
    ),
    table: 'event',
    noCause: true,
    eventId: 21,
  },
  {
    form: 'general',
    paste: general(
      'Connected to domain (CORP) with session 3.',
      'Log Name:      Microsoft-Windows-TerminalServices-RDPClient/Operational\nSource:        Microsoft-Windows-TerminalServices-ClientActiveXCore\nEvent ID:      1027',
    ),
    table: 'event',
    noCause: true,
  },
  {
    form: 'general',
    paste: general(
      'Remote Desktop Services: User authentication succeeded:\n\nUser: alice\nDomain: CORP\nSource Network Address: 192.0.2.15',
      'Log Name:      Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational\nSource:        Microsoft-Windows-TerminalServices-RemoteConnectionManager\nEvent ID:      1149',
    ),
    table: 'event',
    noCause: true,
  },
  {
    form: 'general',
    paste: general(
      'RDP ClientActiveX has been disconnected (Reason= 2308)',
      'Log Name:      Microsoft-Windows-TerminalServices-RDPClient/Operational\nSource:        Microsoft-Windows-TerminalServices-ClientActiveXCore\nEvent ID:      1026\nTask Category: Connection Sequence',
    ),
    table: 'mstsc',
    name: 'disconnectReasonAtClientWinsockFDCLOSE',
    cause: networkDropped.id,
  },
  {
    form: 'general',
    paste: general(
      'A fatal error occurred when attempting to access the TLS server credential private key. The error code returned from the cryptographic module is 0x8009030D. The internal error state is 10001.',
      'Log Name:      System\nSource:        Schannel\nEvent ID:      36870\nLevel:         Error',
    ),
    table: 'sspi',
    name: 'SEC_E_UNKNOWN_CREDENTIALS',
    sentence: 'schannel-36870',
    cause: tlsCertificate.id,
  },
  {
    form: 'general',
    paste:
      'Log Name:      System\nSource:        Microsoft-Windows-TerminalServices-Licensing\nEvent ID:      21\nLevel:         Warning\nDescription:\nThe Remote Desktop license server has no permanent licenses for the product.',
    table: 'event',
    cause: licensingCalUnavailable.id,
  },
  {
    form: 'general',
    paste:
      'Log Name:      System\nSource:        Schannel\nEvent ID:      36872\nLevel:         Error\nDescription:\nA fatal error occurred when attempting to access the TLS server credential certificate chain.',
    table: 'event',
    cause: tlsCertificate.id,
  },
  {
    form: 'general',
    paste:
      'Log Name: Microsoft-Windows-TerminalServices-RDPClient/Operational\nSource: Microsoft-Windows-TerminalServices-ClientActiveXCore\nEvent ID: 1025\nDescription:\nRDP ClientActiveX has connected to the server.',
    table: 'event',
    noCause: true,
  },
  {
    form: 'general',
    paste:
      'Log Name: Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational\nSource: Microsoft-Windows-RemoteDesktopServices-RdpCoreTS\nEvent ID: 66\nDescription:\nThe connection RDP-Tcp#3 was assigned to session 2.',
    table: 'event',
    noCause: true,
  },
  // The Windows App / Remote Desktop clients (macOS, iOS, Android, web), as their dialogs read.
  {
    form: 'client',
    paste:
      "We couldn't connect to the remote PC. This might be due to an expired password. If this keeps happening, contact your network administrator for assistance. Error code: 0x207",
    table: 'clientApp',
    sentence: 'windows-app-expired-password',
    cause: authBadCredentials.id,
  },
  // Typed alone, 0x207 is first the client control's 519 (mRemoteNG's "RDP disconnected! 519"), its Windows App reading beside it.
  { form: 'client', paste: '0x207', table: 'mstsc', cause: credsspNla.id },
  { form: 'client', paste: 'Error code: 0x516', table: 'clientApp', cause: networkUnreachable.id },
  {
    form: 'client',
    paste:
      "Unable to connect\nWe couldn't connect to the remote PC. Make sure the PC is turned on and connected to the network, and that remote access is enabled.\nError code: 0x204",
    table: 'mstsc',
    name: 'disconnectReasonSocketConnectFailed',
    sentence: 'windows-app-unreachable',
    cause: networkUnreachable.id,
  },
  { form: 'client', paste: 'Error code: 0x3000064', table: 'clientApp', cause: networkDropped.id },
  {
    form: 'client',
    paste:
      "We couldn't connect to the remote PC because of a security error. If this keeps happening, ask your admin or tech support for help.",
    table: 'mstsc',
    name: 'disconnectReasonInvalidSecurityData',
    sentence: 'windows-app-security-error',
    cause: securityLayerMismatch.id,
  },
  {
    form: 'client',
    paste:
      'Your session ended because of a protocol error. If this keeps happening, ask your admin or tech support for help.',
    sentence: 'windows-app-protocol-error',
    noCause: true,
  },
  {
    form: 'client',
    paste:
      "We couldn't connect to the gateway because of an error. If this keeps happening, ask your admin or tech support for help.",
    table: 'sentence',
    name: 'windows-app-gateway-error',
    noCause: true,
  },
  {
    form: 'client',
    paste: 'The connection was denied because the user account is not authorized for remote login.',
    sentence: 'not-authorized-remote-login',
    cause: authLogonRight.id,
  },
  {
    form: 'web client',
    paste: 'Oops, we couldn\'t connect to "Work PC". The remote PC can\'t be reached.',
    sentence: 'remote-pc-cant-be-reached',
    cause: networkUnreachable.id,
  },
  {
    form: 'client',
    paste:
      "We couldn't connect to the remote PC because the PC can't be found. Please provide the fully-qualified name or the IP address of the remote PC, and then try again.",
    name: 'disconnectReasonDNSLookupFailed',
    cause: networkUnreachable.id,
  },
  {
    form: 'client',
    paste:
      "We couldn't connect to the remote PC because a user account restriction is preventing you from signing in. Contact your network administrator for assistance. Error code: 0xc07",
    name: 'SSL_ERR_ACCOUNT_RESTRICTION',
    sentence: 'windows-app-account-restriction',
    cause: authAccountState.id,
  },
  {
    form: 'web client',
    paste:
      'Oops, we couldn\'t connect to "Desktop". The connection to the remote PC was lost. This might be because of a network connectivity problem.',
    sentence: 'windows-app-connection-lost',
    cause: networkDropped.id,
  },
  { form: 'client', paste: "Your credentials didn't work.", name: 'SEC_E_LOGON_DENIED', cause: authBadCredentials.id },
  {
    form: 'client',
    paste: "We couldn't connect to the remote PC because of a protocol error.",
    table: 'sentence',
    name: 'windows-app-protocol-error',
    noCause: true,
  },
  // The web client's messages as Microsoft Learn documents them.
  {
    form: 'web client',
    paste: "Oops, we couldn't connect to 'SessionDesktop'.",
    table: 'sentence',
    name: 'web-client-out-of-memory',
    noCause: true,
  },
  {
    form: 'web client',
    paste:
      'Oops, we couldn\'t connect to "Work PC". We couldn\'t connect to the remote PC because of a security error. If this keeps happening, ask your admin or tech support for help.',
    table: 'sentence',
    name: 'web-client-security-error',
    noCause: true,
  },
  {
    form: 'web client',
    paste:
      "Oops, we couldn't connect to SessionDesktop. Sign in failed. Please check your username and password and try again.",
    sentence: 'web-client-sign-in-failed',
    cause: authBadCredentials.id,
  },
  // Azure Virtual Desktop / Windows 365: the service's error names, the agent's errors, health checks.
  { form: 'avd', paste: 'ConnectionFailedClientDisconnect', table: 'avd', cause: networkDropped.id },
  { form: 'avd', paste: 'CodeSymbolic: ConnectionBroken', table: 'avd', cause: networkDropped.id },
  { form: 'avd', paste: 'ReverseConnectFailed', table: 'avd', cause: networkUnreachable.id },
  {
    form: 'avd',
    paste: 'ConnectionFailedReverseConnectStackDNSLookupFailed',
    table: 'avd',
    cause: networkUnreachable.id,
  },
  { form: 'avd', paste: 'InvalidCredentials', table: 'avd', cause: authBadCredentials.id },
  { form: 'avd', paste: 'ConnectionFailedUserNotAuthorized', table: 'avd', cause: authLogonRight.id },
  {
    form: 'avd',
    paste: 'Health check SupportedEncryptionCheck failed',
    table: 'avd',
    cause: securityLayerMismatch.id,
  },
  { form: 'avd', paste: 'EXPIRED_REGISTRATION_TOKEN', table: 'avd', name: 'EXPIRED_REGISTRATION_TOKEN', noCause: true },
  { form: 'avd', paste: 'NAME_ALREADY_REGISTERED', table: 'avd', name: 'NAME_ALREADY_REGISTERED', noCause: true },
  {
    form: 'avd',
    paste: 'Event 3389: Agent update failed. MissingMethodException: Method not found',
    table: 'avd',
    name: 'MissingMethodException',
  },
  {
    form: 'avd',
    paste:
      'Log Name: Application\nSource: WVD-Agent\nEvent ID: 3703\nDescription:\nRD Gateway Url: https://rdgateway.wvd.microsoft.com/api/health is not accessible',
    sentence: 'avd-gateway-url-not-accessible',
    cause: networkUnreachable.id,
  },
  {
    form: 'avd',
    paste: 'Connection not found: RDAgent does not have an active connection to the broker',
    table: 'sentence',
    name: 'avd-rdagent-no-broker-connection',
    // Microsoft names a host at its connection limit (max session limit): the text's cause (issue #60).
    cause: sessionLimit.id,
  },
  { form: 'avd', paste: 'Session host status: Shutdown', table: 'avd', name: 'Shutdown', noCause: true },
  // A status and the failed health check that led to it: the check is the failure.
  {
    form: 'avd',
    paste: 'Status: Unavailable. Health checks: DomainJoinedCheck failed',
    table: 'avd',
    name: 'DomainJoinedCheck',
  },
  {
    form: 'avd',
    paste: 'UrlsAccessibleCheck failed, the host is in the "Unavailable" state',
    table: 'avd',
    name: 'UrlsAccessibleCheck',
  },
  // RD Licensing Diagnoser's messages (Server Manager > Tools > Remote Desktop Services).
  {
    form: 'diagnoser',
    paste: 'RD Licensing Diagnoser Information: License server lic02.corp.example.test is not available.',
    sentence: 'licensing-diagnoser-server-not-available',
    cause: licensingServerUnavailable.id,
  },
  {
    form: 'diagnoser',
    paste:
      "The grace period for the Remote Desktop Session Host server has expired, but the RD Session Host server hasn't been configured with any license servers. Connections to the RD Session Host server will be denied unless a license server is configured for the RD Session Host server.",
    sentence: 'licensing-diagnoser-grace-no-server',
    cause: licensingGraceExpired.id,
  },
  {
    form: 'diagnoser',
    paste:
      'Licenses are not available for this Remote Desktop Session Host server, and RD Licensing Diagnoser has identified licensing problems for the RD Session Host server.\nLicensing mode for the Remote Desktop Session Host server is: Per User',
    sentence: 'licensing-diagnoser-licenses-not-available',
    cause: licensingCalUnavailable.id,
  },
  // PowerShell's port test (its result properties are English in every display language).
  {
    form: 'powershell',
    paste:
      'ComputerName     : srv02\nRemoteAddress    : 192.0.2.40\nRemotePort       : 3389\nInterfaceAlias   : Ethernet\nSourceAddress    : 192.0.2.7\nPingSucceeded    : True\nTcpTestSucceeded : False',
    sentence: 'test-netconnection-tcp-failed',
    cause: networkUnreachable.id,
  },
  // A trace's or script's line: the code printed signed (.NET, PowerShell), or after its variable's name.
  {
    form: 'trace',
    paste: 'the SSPI call fails with -2146893044',
    name: 'SEC_E_LOGON_DENIED',
    cause: authBadCredentials.id,
  },
  {
    form: 'trace',
    paste: 'RD Gateway connection fails, the client trace shows hr = -2146762495',
    name: 'CERT_E_EXPIRED',
  },
  { form: 'trace', paste: 'hr=0x80090322', name: 'SEC_E_WRONG_PRINCIPAL' },
  { form: 'trace', paste: 'NTSTATUS: 0xC000006D', name: 'STATUS_LOGON_FAILURE' },
];

function problems(c: Case): string[] {
  const e = explainCode(c.paste);
  const main = e.primary ?? e.extended ?? e.other;
  const out: string[] = [];
  if (c.table && main?.table !== c.table) out.push(`table ${main?.table} (expected ${c.table})`);
  if (c.name && main?.name !== c.name) out.push(`name ${main?.name} (expected ${c.name})`);
  if (c.sentence && !e.paste?.parts.some((p) => p.table === 'sentence' && p.text === c.sentence))
    out.push(`sentence ${c.sentence} not recognized`);
  const top: string[] = e.likelyCauses.slice(0, 3).map((l) => l.causeId);
  if (c.cause && !top.includes(c.cause)) out.push(`cause ${c.cause} not among ${top}`);
  if (c.noCause && e.likelyCauses.length > 0) out.push(`causes ${top} (expected none)`);
  if (c.eventId !== undefined && e.paste?.eventId !== c.eventId) out.push(`event ${e.paste?.eventId}`);
  return out;
}

describe('pastes in the forms users copy them from', () => {
  it('says so, never a code of another table, for an AVD error name it does not hold', () => {
    const e = explainCode('SessionHostPoolNotFound');
    expect(e.summary).toMatch(/Azure Virtual Desktop .*not in our tables/);
    expect(e.likelyCauses.map((c) => c.causeId)).toEqual([UNEXPLAINED]);
    // Read by its documented family, the reading says so and is no verdict.
    const family = explainCode('ConnectionFailedReverseConnectStackDNSLookupFailed');
    expect(family.other?.confidence).toBe('SP');
    expect(family.notes.join('\n')).toMatch(/read as ReverseConnectFailed/);
    expect(family.likelyCauses.every((c) => c.confidence === 'SP')).toBe(true);
  });

  it("declares, in the patterns' avdErrors, only names the AVD table holds, ranked where several share one", () => {
    const declared = (PATTERNS as readonly Pattern[]).flatMap((p) =>
      (p.avdErrors ?? []).map((d) => ({ id: p.id, ...d })),
    );
    expect(declared.length).toBeGreaterThan(10);
    for (const d of declared) {
      expect(lookupAvdError(d.name)?.name, `${d.id} ${d.name}`).toBe(d.name);
      expect(['MS', 'WR', 'SP']).toContain(d.confidence);
      const same = declared.filter((x) => x.name === d.name);
      if (same.length > 1) {
        expect(d.rank, `${d.name} in ${d.id}`).toBeDefined();
        expect(new Set(same.map((x) => x.rank)).size).toBe(same.length);
      }
    }
  });

  it('reads each one to the expected code and causes', () => {
    const wrong = FORM_CASES.map((c) => ({ c, p: problems(c) }))
      .filter((r) => r.p.length > 0)
      .map((r) => `${r.c.form}: ${r.c.paste.slice(0, 60).replace(/\s+/g, ' ')}: ${r.p.join('; ')}`);
    expect(wrong).toEqual([]);
  });

  it('sets the Details view bookkeeping aside (Keywords, Task, Logon ID, ports): no part is read from it', () => {
    const e = explainCode(FORM_CASES[0].paste);
    expect(e.paste?.form).toBe('event');
    expect(e.paste?.parts.map((p) => p.from)).toEqual(['Status', 'Failure Reason', 'Sub Status']);
  });

  it('reads "Copy details as text" (the message, then the Event Xml) once per field', () => {
    const e = explainCode(
      'Log Name: Security\nSource: Microsoft-Windows-Security-Auditing\nEvent ID: 4625\nDescription:\nAn account failed to log on.\n\tStatus:\t\t0xC000006E\n\tSub Status:\t0xC0000072\nEvent Xml:\n<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-Security-Auditing"/><EventID>4625</EventID><Keywords>0x8010000000000000</Keywords></System><EventData><Data Name="Status">0xc000006e</Data><Data Name="SubStatus">0xc0000072</Data><Data Name="LogonType">3</Data></EventData></Event>',
    );
    expect(e.other?.name).toBe('STATUS_ACCOUNT_DISABLED');
    expect(e.paste?.parts.map((p) => p.from)).toEqual(['Status', 'Sub Status']);
  });

  it('reads a negative number as a code only when it has ten digits (a 32-bit code printed signed)', () => {
    expect(() => explainCode('the offset went to -123456789 after the update')).toThrow(
      /-123456789: a number no word calls a code/,
    );
    expect(explainCode('temperature -40 and -2146893044').paste?.parts.map((p) => p.text)).toEqual(['-2146893044']);
  });

  it('does not read a license server that is available as one that is not', () => {
    expect(() => explainCode('License server lic02 is available and activated')).toThrow(
      /holds no code or known sentence/,
    );
  });

  it('reads a port test that succeeded as no failure (the port answers; the failure is past TCP)', () => {
    const e = explainCode('RemotePort       : 3389\nPingSucceeded    : True\nTcpTestSucceeded : True');
    expect(e.other?.table).toBe('commandOutput');
    expect(e.summary).toMatch(/TCP 3389 on the server answers/);
    expect(e.likelyCauses.map((c) => c.causeId)).not.toContain(networkUnreachable.id);
  });

  it("sets an IPv6 address's zone index aside", () => {
    const e = explainCode('Schannel 36888 from [fe80::5efe:c000:20f%7]:3389, AlertDesc: 40');
    expect(e.paste?.parts.map((p) => p.text)).toEqual(['40']);
    expect(e.paste?.ignored.join('\n')).toMatch(/7: an IPv6 address's zone index/);
  });

  it('never reads a source line number as a code (RdpCoreTS 227 "… at 3049 err=[…]")', () => {
    const e = explainCode(
      "'Failed to get property Disconnect Reason' in CUMRDPConnection::GetDisconnectReason at 3049 err=[0x80090302]\n\nLog Name: Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational\nSource: Microsoft-Windows-RemoteDesktopServices-RdpCoreTS\nEvent ID: 227",
    );
    expect(e.paste?.parts.map((p) => p.text)).toEqual(['0x80090302']);
    expect(e.paste?.ignored.join('\n')).toMatch(/3049: a line number/);
  });
});

describe("the RD Licensing Diagnoser's summary line", () => {
  it('near miss: the healthy summary ("Licenses are available … has not identified any licensing problems") is not it', () => {
    const healthy =
      'Licenses are available for this Remote Desktop Session Host server, and RD Licensing Diagnoser has not identified any licensing problems for the RD Session Host server.';
    // No reading at all (a refusal) or a reading without the problem's sentence and causes: never the failure.
    let e: ReturnType<typeof explainCode> | undefined;
    try {
      e = explainCode(healthy);
    } catch (err) {
      expect(String(err)).toMatch(/no code or known sentence/);
    }
    expect(e?.likelyCauses.map((c) => c.causeId) ?? []).not.toContain(licensingCalUnavailable.id);
    expect(JSON.stringify(e ?? {})).not.toMatch(/licensing-diagnoser-licenses-not-available/);
  });
});

describe('a paste quoted whole, as e-mail and Markdown quote it', () => {
  // An Event Viewer block quoted line by line in a forum post: its labels read once the marks are off.
  const block = [
    'Log Name:      Security',
    'Source:        Contoso Token Service',
    'Event ID:      411',
    'Level:         Information',
    'Keywords:      Classic,Audit Failure',
    'Description:',
    'Token validation failed.',
  ];
  it('is read as the text it quotes: the event named by its source, no code looked up', () => {
    for (const marks of ['> ', '>', '>> ', '  > ']) {
      const answer = explainCode(block.map((l) => `${marks}${l}`).join('\n'));
      expect(answer.summary).toMatch(/Event 411 of Contoso Token Service/);
      expect(answer.likelyCauses).toEqual([]);
    }
  });
  it('near miss: a paste with one line not quoted keeps its lines as they are', () => {
    const mixed = ['PS C:\\> Get-Service TermService', ...block.map((l) => `> ${l}`)].join('\n');
    expect(unquotedPaste(mixed)).toBe(mixed);
    expect(unquotedPaste('> one line only')).toBe('> one line only');
  });
});

describe('a disconnect reason printed with "ExtendedReason exDiscReasonNoInfo" (a client library\'s log line)', () => {
  it('is read by its reason: the extended name that says there is no information decides nothing', () => {
    const answer = explainCode('Session ended. Reason: 3335, ExtendedReason exDiscReasonNoInfo');
    expect(answer.primary?.name).toBe('SSL_ERR_ACCOUNT_LOCKED_OUT');
    expect(answer.likelyCauses.map((c) => c.causeId)).toContain(authAccountState.id);
  });
  it('true twin: the name typed alone is what the user asks about', () => {
    expect(explainCode('exDiscReasonNoInfo').likelyCauses).toEqual([]);
    expect(JSON.stringify(explainCode('exDiscReasonNoInfo'))).toMatch(/exDiscReasonNoInfo/);
  });
});
