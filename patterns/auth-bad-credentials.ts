import { ACCOUNT_STATUSES } from './auth-account-state.js';
import { LOGON_TYPE_NOT_GRANTED } from './auth-logon-right.js';
import { clientCode, failedLogon, inAttempt, onPath } from './clauses.js';
import { explained, explainedNames } from './explained.js';
import type { Pattern } from './types.js';

/** SubStatus of a wrong password (0xC000006A) or an unknown user name (0xC0000064). */
const WRONG_PASSWORD = ['0xC000006A', '0xC0000064'];

/** Status / SubStatus codes that name an account state or a missing logon right rather than a wrong password. */
const OTHER_REASON = [...ACCOUNT_STATUSES, LOGON_TYPE_NOT_GRANTED];

/** Server 2012 R2 logs NLA's 4625 with IpAddress '-': the attempt's address comes from RdpCoreTS 140. */
export const authBadCredentials = {
  id: 'auth-bad-credentials',
  title: 'Wrong user name or password',
  summary: 'Wrong user name or password.',
  status: 'test',
  attackSignals: { credentials: true, spreads: true },
  phase: 'nla',
  references: [
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4625',
    'https://purerds.org/remote-desktop-security/auditing-remote-desktop-services-logon-failures-1/',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4771',
    'https://www.rfc-editor.org/rfc/rfc4120#section-7.5.9',
  ],
  falsePositives: [
    "Password guessing from the same (NAT) address leaves 4625 events around a real user's attempt that failed for another reason.",
    'A stale credential saved on the client (Credential Manager) fails every time although the user typed the right password elsewhere.',
  ],
  when: {
    outcome: ['failed'],
    progress: { authenticated: false },
  },
  clauses: [
    // [MS] 4625 SubStatus 0xC000006A wrong password / 0xC0000064 no such user. With NLA it is logon type 3;
    // on 2012 R2 IpAddress is '-' (such events still count: they name no other client).
    failedLogon('logonFailure', { SubStatus: { in: WRONG_PASSWORD } }, { weight: 0.8, after: 5 }),
    // [MS] 0xC000006D "bad user name or authentication information" with a SubStatus that names no account state
    failedLogon(
      'genericFailure',
      { Status: '0xC000006D', SubStatus: { notIn: [...WRONG_PASSWORD, ...OTHER_REASON] } },
      { weight: 0.5, after: 5 },
    ),
    // [MS] A 4625 whose status says something else than a bad name or password (NTLM blocked, or a status we do not
    // know): RdpCoreTS 140 beside it says only "bad credentials", and the specific status decides.
    failedLogon(
      'otherStatus',
      { Status: { notIn: ['0xC000006D', ...ACCOUNT_STATUSES, LOGON_TYPE_NOT_GRANTED] } },
      { weight: 'excludes', after: 5 },
    ),
    failedLogon(
      'otherSubStatus',
      { SubStatus: { notIn: ['0x0', ...WRONG_PASSWORD, ...OTHER_REASON] } },
      { weight: 'excludes', after: 5 },
    ),
    // [WR] RdpCoreTS 140: NLA rejected the user name or password (2012 R2+ / Windows 10+)
    inAttempt('nlaRejected', { channel: 'RdpCoreTS/Operational', eventId: 140 }, 0.75),
    // [MS] event-4771 / event-4768 / event-4769 failure codes, on the domain controller that answered (RFC 4120
    // §7.5.9): 0x18 KDC_ERR_PREAUTH_FAILED (wrong password), 0x6 KDC_ERR_C_PRINCIPAL_UNKNOWN (no such user). With NLA
    // by Kerberos the client asks the DC for a ticket during CredSSP; refused there, it never sends the server
    // credentials, so the server logs no 4625 and only a handshake that ended.
    onPath(
      'kdcRefused',
      { channel: 'Security', eventId: [4771, 4768, 4769], fields: { Status: { in: ['0x18', '0x6'] } } },
      0.8,
      { join: { client: 'IpAddress', user: 'TargetUserName' } },
    ),
    // [MS] SSL_ERR_LOGON_FAILURE 2055 (0x807), SSL_ERR_NO_SUCH_USER 2567 (0xA07)
    clientCode(0.7, { in: [2055, 2567] }),
  ],
  // InvalidCredentials: "does not match an existing account" (AVD diagnostics)
  // ConnectionFailedAdErrorNoSuchMember: no such account in the domain
  avdErrors: explainedNames({
    MS: ['InvalidCredentials'],
    WR: ['ConnectionFailedAdErrorNoSuchMember', 'ConnectionFailedNoMappingOfSIDinAD'],
  }),
  codes: {
    // 0x3000001 / 0x3000015 / 0x300001A / 0x3000026: the RD Gateway refused the user name or password; 0x3000038: its
    // periodic authentication of the user failed
    mstsc: explained({ WR: [2055, 2567, 0x3000001, 0x3000015, 0x300001a, 0x3000026], SP: [7175, 0x3000038] }),
    mstscExtended: explained({ SP: [768] }),
    ntstatus: explained({ MS: [0xc0000064, 0xc000006a, 0xc000006d] }),
    failureReason: explained({ MS: [2313] }),
    sspi: explained({ SP: [0x8009030c] }),
    win32: explained({ MS: [1326] }),
    // E_PROXY_REAUTH_AUTHN_FAILED: the RD Gateway's reauthentication of the user failed
    gateway: explained({ SP: [0x800759fa] }),
    // 0x207: the Windows App's NLA sign-in failure ("… an expired password")
    clientApp: explained({ WR: [0x207] }, { '0x207': 1 }),
  },
  explanation: [
    'Windows rejected the sign-in of {logonFailure.TargetDomainName}\\{logonFailure.TargetUserName}: {logonFailure.Status|ntstatus}, sub-status {logonFailure.SubStatus|ntstatus} (Security 4625, logon type {logonFailure.LogonType}).',
    'Windows rejected the sign-in of {genericFailure.TargetDomainName}\\{genericFailure.TargetUserName}: {genericFailure.Status|ntstatus} (Security 4625, logon type {genericFailure.LogonType}, sub-status {genericFailure.SubStatus}).',
    'The Remote Desktop stack reported that the user name or password from {nlaRejected.IPString} is not correct (RdpCoreTS 140), during Network Level Authentication, before any session was created.',
    'The client gave up with {clientCode.Value|mstsc}.',
    'The domain controller {kdcRefused.computer} refused Kerberos to {kdcRefused.TargetUserName} from {kdcRefused.IpAddress}: failure code {kdcRefused.Status} (Security {kdcRefused.eventId}; 0x18 KDC_ERR_PREAUTH_FAILED: wrong password; 0x6 KDC_ERR_C_PRINCIPAL_UNKNOWN: no such user), so the client never sent the server its credentials.',
  ],
  remediation: [
    'Check the user name format and domain: DOMAIN\\user or user@domain.example; a local account on the server needs the server name as domain (SERVER\\user or .\\user).',
    'Check for a stale saved credential on the client: Control Panel → Credential Manager → Windows Credentials → entries TERMSRV/<server>; remove and re-enter it (`cmdkey /list`, `cmdkey /delete:TERMSRV/<server>`).',
    'Check Caps Lock and the keyboard layout, and whether the password was changed recently.',
    'Repeated failures lock the account out (4625 0xC0000234) and may be logged by Remote Desktop Services as event 1012; if the failures come from an address you do not know, treat it as password guessing (restrict TCP 3389, use RD Gateway or VPN, account lockout policy).',
  ],
  sample: {
    description:
      'NLA with a wrong password: Security 4625 logon type 3 0xC000006D / 0xC000006A, RdpCoreTS 140, then 103 reason 14. Later dave fails NLA with the generic 0xC000006D (no SubStatus) and mstsc gives up with 2055. At 09:10:14 lena, connecting by name (Kerberos), types a wrong password: the domain controller DC01 refuses it (4771 0x18) and the server logs only a handshake that ended.',
    file: 'samples/patterns/auth-bad-credentials/sample.xml',
  },
} as const satisfies Pattern;
