import { clientCode, inAttempt, inClient, inWindow, onPath } from './clauses.js';
import { explained, explainedNames } from './explained.js';
import type { Pattern } from './types.js';

export const credsspNla = {
  id: 'credssp-nla',
  title: 'Network Level Authentication (CredSSP) could not complete',
  summary:
    'CredSSP / Network Level Authentication could not complete (encryption-oracle remediation mismatch, NLA unsupported, no domain controller, delegation policy, clock skew).',
  status: 'test',
  phase: 'nla',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-machines/windows/credssp-encryption-oracle-remediation',
    'https://learn.microsoft.com/en-us/archive/technet-wiki/37847.rdp-direct-connection-with-nla-remote-desktop-client-event-logs',
    'https://learn.microsoft.com/en-us/windows/win32/termserv/imstscaxevents-ondisconnected',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4771',
  ],
  falsePositives: [
    "RdpCoreTS 139 with a SEC_E code also appears when a scanner or an outdated client gives up the CredSSP exchange; the client's own log (LsaSrv 6041, 1026) tells which.",
  ],
  when: {
    outcome: ['failed'],
    progress: { authenticated: false, session: false },
  },
  clauses: [
    // [MS] LsaSrv 6041 on the client: Encryption Oracle Remediation (CVE-2018-0886) refused the server's CredSSP version
    inClient('oracle', { channel: 'System', provider: 'LsaSrv', eventId: 6041 }, 0.85, { before: 10, after: 10 }),
    // [MS]/[WR] client codes: 2825 NLA required but unsupported, 6151 no authenticating authority,
    // 5639/3848 delegation policy, 5895 NTLM-only delegation refused, 7431 clock skew, 3593 Restricted Admin asked of a
    // server that does not support it (a refusal only the client can name: the server logs a handshake that ended)
    clientCode(0.6, { in: [2825, 6151, 5639, 5895, 7431, 3848, 3593] }),
    // [MS] code meanings; [WR] that RdpCoreTS 139 carries them for NLA failures
    inAttempt(
      'noAuthority',
      { channel: 'RdpCoreTS/Operational', eventId: 139, fields: { ResultCode: { in: ['0x80090311', '0x80090324'] } } },
      0.55,
    ),
    // [SP] SEC_E_INVALID_TOKEN / SEC_E_WRONG_PRINCIPAL: CredSSP broke, reason not specific
    inAttempt(
      'tokenError',
      { channel: 'RdpCoreTS/Operational', eventId: 139, fields: { ResultCode: { in: ['0x80090308', '0x80090322'] } } },
      0.3,
    ),
    // [MS] STATUS_TIME_DIFFERENCE_AT_DC
    inWindow('clockSkew', { channel: 'Security', eventId: 4625, fields: { Status: '0xC0000133' } }, 0.6, {
      sameClient: true,
    }),
    // [MS] event-4771 / event-4768 / event-4769 failure code 0x25 KRB_AP_ERR_SKEW (RFC 4120 §7.5.9), on the domain
    // controller that answered: the client's clock differs from the DC's by more than the allowed skew (5 minutes),
    // so Kerberos in CredSSP fails before the server sees a credential.
    onPath('kdcClockSkew', { channel: 'Security', eventId: [4771, 4768, 4769], fields: { Status: '0x25' } }, 0.75, {
      join: { client: 'IpAddress', user: 'TargetUserName' },
    }),
    // [MS] meaning; [SP] link to the client's 6151
    inWindow('noLogonServers', { channel: 'Security', eventId: 4625, fields: { Status: '0xC000005E' } }, 0.45, {
      sameClient: true,
    }),
    // [WR] LsaSrv 40960/40961: no authentication protocol available (often no DC reachable)
    inClient('clientLsa', { channel: 'System', provider: 'LsaSrv', eventId: [40960, 40961] }, 0.35, {
      before: 10,
      after: 10,
    }),
    inWindow('serverLsa', { channel: 'System', provider: 'LsaSrv', eventId: [40960, 40961] }, 0.25, {
      before: 10,
      after: 10,
    }),
    // NLA ran and rejected the password: CredSSP itself works (auth-bad-credentials).
    inAttempt('badPassword', { channel: 'RdpCoreTS/Operational', eventId: 140 }, 'excludes'),
  ],
  codes: {
    // InternalErrorHasOccurred (0x4): a failed NLA exchange also ends without a reason
    mstsc: explained({ WR: [519, 2825, 3593, 3848, 5639, 5895, 6151, 7431], SP: [4, 5127, 8455] }, { 4: 3 }),
    mstscExtended: explained({ SP: [10] }),
    mstscPair: [
      {
        code: 2308,
        extended: 7,
        confidence: 'SP',
        rank: 10,
        why: "Forum reports also blame NLA/CredSSP mismatches, but a failed NLA exchange ends before the server could send 0x7. Confirm with the client's System LsaSrv 6041 and RdpCoreTS 139.",
      },
    ],
    lsm40: explained({ SP: [10] }),
    // 0xC000018D STATUS_TRUSTED_RELATIONSHIP_FAILURE ([MS-ERREF] 2.3.1: "The trust relationship between this
    // workstation and the primary domain failed"): the server's secure channel to its domain is broken, so it cannot
    // have the user's domain credentials checked during NLA: no authenticating authority, as with 0xC000005E (r30-h61d).
    // Its neighbours there say the same of the path to an authority: 0xC000018B STATUS_NO_TRUST_SAM_ACCOUNT (no
    // computer account for this trust), 0xC000018C STATUS_TRUSTED_DOMAIN_FAILURE (the trust to the user's domain),
    // 0xC0000192 STATUS_NETLOGON_NOT_STARTED (the reference: "The server could not pass the logon to Netlogon").
    ntstatus: explained({ WR: [0xc0000133], SP: [0xc000005e, 0xc000018b, 0xc000018c, 0xc000018d, 0xc0000192] }),
    // 1311 ERROR_NO_LOGON_SERVERS, the Win32 form of STATUS_NO_LOGON_SERVERS (0x8007051F): no domain controller answered;
    // 1789 ERROR_TRUSTED_RELATIONSHIP_FAILURE, the Win32 form of 0xC000018D.
    win32: explained({ SP: [1311, 1789] }),
    // SEC_E_INTERNAL_ERROR (client dialog: LSA cannot be contacted)
    sspi: explained(
      {
        WR: [0x80090302, 0x80090311, 0x80090324],
        // 0x8007007E (a module missing: CredSSP's in a trimmed Windows) and 0x80010105 (a call during NLA failed).
        SP: [0x80090304, 0x80090308, 0x80090322, 0x80090350, 0x8007007e, 0x80010105],
      },
      { '0x80090304': 2, '0x80090308': 2 },
    ),
    // 0x207: NLA itself failing, when the credentials are right
    clientApp: explained({ SP: [0x207] }, { '0x207': 4 }),
  },
  // Azure Virtual Desktop's "The session host is not correctly joined to the Active Directory" (Microsoft Learn,
  // Windows Virtual Desktop troubleshooting, "ConnectionFailedAdTrustedRelationshipFailure"): the same broken trust.
  avdErrors: explainedNames({ SP: ['ConnectionFailedAdTrustedRelationshipFailure'] }),
  explanation: [
    'The client logged LsaSrv {oracle.eventId} at {oracle.time}: CredSSP could not agree a protocol version with the server because the client\'s "Encryption Oracle Remediation" policy does not permit the version the server offered (the CVE-2018-0886 updates are missing on one side).',
    'The refused target was {oracle.Data[0]}, which offered CredSSP version {oracle.Data[1]}.',
    'The client gave up with {clientCode.Value|mstsc}.',
    "The server's security layer reported {noAuthority.ResultCode|hresult} for {noAuthority.IPString} (RdpCoreTS 139) before any user was authenticated.",
    "The server's security layer reported {tokenError.ResultCode|hresult} (RdpCoreTS 139) during Network Level Authentication.",
    'Windows rejected the logon of {clockSkew.TargetDomainName}\\{clockSkew.TargetUserName} with {clockSkew.Status|ntstatus}.',
    "The domain controller {kdcClockSkew.computer} refused Kerberos to {kdcClockSkew.TargetUserName} from {kdcClockSkew.IpAddress}: failure code {kdcClockSkew.Status} (Security {kdcClockSkew.eventId}; 0x25 KRB_AP_ERR_SKEW: the client's clock differs from the domain controller's by more than 5 minutes).",
    'Windows rejected the logon of {noLogonServers.TargetDomainName}\\{noLogonServers.TargetUserName} with {noLogonServers.Status|ntstatus}.',
    'LsaSrv on the client logged event {clientLsa.eventId}: no authentication protocol could be agreed with the target.',
    'LsaSrv on the server logged event {serverLsa.eventId} at {serverLsa.time}.',
  ],
  remediation: [
    'Encryption Oracle Remediation (LsaSrv 6041): install the CredSSP updates (May 2018 or later) on BOTH client and server; that is the fix. Only as a temporary bridge, set Computer Configuration → Administrative Templates → System → Credentials Delegation → "Encryption Oracle Remediation" = Vulnerable (HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\CredSSP\\Parameters `AllowEncryptionOracle`=2) on the patched side: it re-opens CVE-2018-0886 (an attacker in the middle can relay the credentials), so remove it as soon as the other side is patched.',
    'No authenticating authority (6151, SEC_E_NO_AUTHENTICATING_AUTHORITY) or no logon servers: make sure the server and the client can reach a domain controller (DNS, `nltest /sc_verify:<domain>`, `Test-ComputerSecureChannel`), and that the user typed a domain that exists (DOMAIN\\user or user@domain.example).',
    'Clock skew (7431, 0xC0000133): fix time synchronisation (`w32tm /query /status`, `w32tm /resync`); Kerberos allows 5 minutes by default.',
    'Delegation policy (5639, 3848, 5895): check Computer Configuration → Administrative Templates → System → Credentials Delegation ("Allow delegating default/saved credentials", "…with NTLM-only server authentication") on the client, and that the server name used has a TERMSRV SPN so Kerberos can be used (`setspn -L <server>`).',
    'Restricted Admin not supported (3593): the client asked for Restricted Admin mode (`mstsc /restrictedAdmin`, or a policy requiring it) and the server does not allow it (`DisableRestrictedAdmin` missing or 1 under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa, or a server older than Windows Server 2012 R2 without its update). Connect without /restrictedAdmin (or with /remoteGuard, Remote Credential Guard, in a domain); enable Restricted Admin on the server (`DisableRestrictedAdmin`=0) only on purpose: it lets a password hash sign in.',
    'NLA not supported by the client (2825): update the client (mstsc 6.0+ with CredSSP enabled) rather than turning NLA off on the server.',
    "Do not disable Network Level Authentication (`UserAuthentication`=0 under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp) as a permanent fix: it exposes the logon screen (and the server's resources before authentication) to anyone who can reach port 3389. Use it only for minutes, to confirm the diagnosis, with port 3389 not reachable from outside, then revert.",
  ],
  sample: {
    description:
      "A patched client connects to an unpatched server: LsaSrv 6041 on the client, the server logs a connection that ends with no authentication. Then the server cannot reach a domain controller (client 6151, RdpCoreTS 139 0x80090311, 4625 0xC000005E, LsaSrv 40960/40961 on both ends), a client whose clock is off (7431, 139 0x80090324, 4625 0xC0000133), and a connection by a name the server's SPN does not carry (139 0x80090322). At 12:10:03 mia's laptop, its clock 9 minutes slow, connects by name: the domain controller DC01 refuses its Kerberos request (4771 0x25) and the server logs only a handshake that ended.",
    file: 'samples/patterns/credssp-nla/sample.xml',
  },
} as const satisfies Pattern;
