import { clientCode, errorInfoSent, failedLogonStatus, inAttempt } from './clauses.js';
import { explained, explainedNames } from './explained.js';
import type { Pattern } from './types.js';

/** STATUS_LOGON_TYPE_NOT_GRANTED: a 4625 with it in Status or SubStatus is no wrong password. */
export const LOGON_TYPE_NOT_GRANTED = '0xC000015B';

export const authLogonRight = {
  id: 'auth-logon-right',
  title: 'The account is not allowed to sign in through Remote Desktop',
  summary: 'The account may not sign in through Remote Desktop: not in Remote Desktop Users, or denied by policy.',
  status: 'test',
  attackSignals: { credentials: true },
  phase: 'logon',
  references: [
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4625',
    'https://learn.microsoft.com/en-us/archive/technet-wiki/37874.rds-session-host-server-disconnect-codes',
  ],
  falsePositives: [
    'An account denied Remote Desktop on purpose ("Deny log on through Remote Desktop Services"): the cause is right, but it is policy rather than a fault.',
  ],
  when: {
    // NLA (a network logon) may succeed, so `authenticated` may be true; the interactive logon is refused.
    outcome: ['failed'],
  },
  clauses: [
    // [MS] STATUS_LOGON_TYPE_NOT_GRANTED (FailureReason %%2308), usually logon type 10 after NLA succeeded
    ...failedLogonStatus(['notGranted', 'notGrantedSub'], LOGON_TYPE_NOT_GRANTED, { weight: 0.85, after: 30 }),
    // [MS/observed] Security 4825 "A user was denied the access to Remote Desktop": valid credentials, not in
    // Remote Desktop Users or Administrators (the audit of the refusal itself, with AccountName, ClientAddress).
    inAttempt('denied4825', { channel: 'Security', eventId: 4825 }, 0.9),
    // [MS] meaning; [WR] mapping: LSM 40 reason 9, insufficient privileges
    inAttempt('lsmPrivileges', { channel: 'LocalSessionManager/Operational', eventId: 40, fields: { Reason: 9 } }, 0.6),
    // [SP] by analogy with the observed SetErrorInfo(0x5): error-info 9 = insufficient privileges
    inAttempt('errorInfo', errorInfoSent(9), 0.45),
    // Context: NLA succeeded (RCM 1149), so the password was right. Adds no weight.
    inAttempt('nlaPassed', { channel: 'RemoteConnectionManager/Operational', eventId: 1149 }, 0),
    // [WR] TechNet client list: 4871 logon-type restriction
    clientCode(0.5, 4871),
  ],
  // ConnectionFailedUserNotAuthorized: not assigned to the desktop or app
  avdErrors: explainedNames({ WR: ['ConnectionFailedUserNotAuthorized'] }),
  codes: {
    mstsc: explained({ SP: [4871] }),
    mstscExtended: explained({ WR: [9], SP: [7] }, { 7: 4 }),
    mstscPair: [
      {
        code: 2308,
        extended: 7,
        confidence: 'SP',
        rank: 5,
        why: 'The account lacks the right to sign in through Remote Desktop Services. Confirm with Security 4625 Status 0xC000015B.',
      },
    ],
    lsm40: explained({ WR: [9] }),
    ntstatus: explained({ MS: [0xc000015b], SP: [0xc0000413] }),
    failureReason: explained({ MS: [2308] }),
    // [MS] ERROR_LOGON_TYPE_NOT_GRANTED, the Win32 error of STATUS_LOGON_TYPE_NOT_GRANTED
    // 7037 ERROR_CTX_LOGON_DISABLED: the account's own Remote Desktop logon is switched off (its text: "Your interactive
    // logon privilege has been disabled").
    win32: explained({ MS: [1385], SP: [7037] }),
  },
  explanation: [
    'Windows refused the Remote Desktop sign-in of {notGranted.TargetDomainName}\\{notGranted.TargetUserName}: {notGranted.Status|ntstatus} (Security 4625, logon type {notGranted.LogonType}: "{notGranted.FailureReason|failure-reason}").',
    'Windows refused the Remote Desktop sign-in of {notGrantedSub.TargetDomainName}\\{notGrantedSub.TargetUserName}: {notGrantedSub.SubStatus|ntstatus} (Security 4625, logon type {notGrantedSub.LogonType}).',
    'Windows denied {denied4825.AccountDomain}\\{denied4825.AccountName} access to Remote Desktop (Security 4825 at {denied4825.time}): the credentials were valid, but the account is not a member of Remote Desktop Users or Administrators.',
    'Session {lsmPrivileges.Session} was disconnected with reason {lsmPrivileges.Reason|lsm40}.',
    'The server sent the client error-info 9, "insufficient privileges" ({errorInfo.MethodName}).',
    'The client disconnected with {clientCode.Value|mstsc}.',
    'Network Level Authentication of {nlaPassed.Param2}\\{nlaPassed.Param1} had succeeded (RCM 1149 at {nlaPassed.time}), so the password is right: the account lacks the right to sign in through Remote Desktop Services.',
  ],
  remediation: [
    'Add the user (or a group it belongs to) to the server\'s local "Remote Desktop Users" group: `Add-LocalGroupMember -Group "Remote Desktop Users" -Member DOMAIN\\user` (or `net localgroup "Remote Desktop Users" DOMAIN\\user /add`). On a domain controller use the policy instead: local groups do not exist there.',
    'Check Computer Configuration → Windows Settings → Security Settings → Local Policies → User Rights Assignment: "Allow log on through Remote Desktop Services" must include Remote Desktop Users (or the user), and "Deny log on through Remote Desktop Services" must not include the user or any of their groups (Deny wins).',
    'If a domain GPO sets these rights, change it there: run `gpresult /h gp.html` on the server to see which GPO wins, then `gpupdate /force`.',
    'Do not add the user to Administrators to make Remote Desktop work: grant only the Remote Desktop logon right.',
  ],
  sample: {
    description:
      'Bob passes NLA but is not in Remote Desktop Users: Security 4625 logon type 10 0xC000015B (%%2308), LSM 40 reason 9. Carol is denied network logon, so NLA itself fails (4625 logon type 3, SubStatus 0xC000015B; mstsc 4871); frank is refused after NLA with error-info 9.',
    file: 'samples/patterns/auth-logon-right/sample.xml',
  },
} as const satisfies Pattern;
