import { clientCode, failedLogon, failedLogonStatus, onPath } from './clauses.js';
import { explained } from './explained.js';
import type { Pattern } from './types.js';

/**
 * Account-state NTSTATUS codes: disabled, locked out, expired, password expired, must change password,
 * outside logon hours, workstation restriction.
 */
const ACCOUNT_STATE = [
  '0xC0000072',
  '0xC0000234',
  '0xC0000193',
  '0xC0000071',
  '0xC0000224',
  '0xC000006F',
  '0xC0000070',
];

/** Account restriction with no more specific SubStatus (e.g. a blank password). */
const ACCOUNT_RESTRICTION = '0xC000006E';

/** Every Status / SubStatus this pattern reads: a 4625 with one of them is no wrong password. */
export const ACCOUNT_STATUSES: readonly string[] = [...ACCOUNT_STATE, ACCOUNT_RESTRICTION];

export const authAccountState = {
  id: 'auth-account-state',
  title: 'The account is disabled, locked out, expired or restricted',
  summary:
    'The account is disabled, locked out or expired, its password expired or must change, or it is outside allowed hours or workstations.',
  status: 'test',
  attackSignals: { credentials: true },
  phase: 'nla',
  references: [
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4625',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4771',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4768',
  ],
  falsePositives: [
    'An account locked out by password guessing from elsewhere: the cause is right, but unlocking it without stopping the guessing only repeats it.',
    "A domain controller's Kerberos refusal from the client's address for the same user is another request of that computer (a mapped drive, a scheduled task) when the RDP connection failed for another reason: its time and user must fit the connection.",
  ],
  when: {
    outcome: ['failed'],
  },
  clauses: [
    // [MS] event-4625 Status values, and the same codes as SubStatus
    ...failedLogonStatus(['accountStatus', 'accountSubStatus'], { in: ACCOUNT_STATE }, { weight: 0.85, after: 30 }),
    // [MS] meaning; [WR] mapping: 0xC000006E account restriction with no more specific SubStatus (e.g. blank password)
    failedLogon(
      'restriction',
      { Status: ACCOUNT_RESTRICTION, SubStatus: { notIn: ACCOUNT_STATE } },
      { weight: 0.55, after: 30 },
    ),
    // [MS] SSL_ERR_ACCOUNT_DISABLED 2823, _LOCKED_OUT 3335, _EXPIRED 3591, PASSWORD_EXPIRED 3847, PASSWORD_MUST_CHANGE 4615,
    // _ACCOUNT_RESTRICTION 3079; [WR] 4103 logon hours, 4359 workstation restriction
    clientCode(0.7, { in: [2823, 3335, 3591, 3847, 4615, 3079, 4103, 4359] }),
    // [MS] event-4771 / event-4768 / event-4769 failure codes, on the domain controller that answered: 0x12
    // KDC_ERR_CLIENT_REVOKED (disabled, expired, locked out, logon hours), 0x17 KDC_ERR_KEY_EXPIRED (password
    // expired). With NLA by Kerberos the client asks the DC for a ticket during CredSSP; refused there, it never
    // sends the server credentials, so the server logs no 4625 and only a handshake that ended.
    onPath(
      'kdcRefused',
      { channel: 'Security', eventId: [4771, 4768, 4769], fields: { Status: { in: ['0x12', '0x17'] } } },
      0.8,
      { join: { client: 'IpAddress', user: 'TargetUserName' } },
    ),
  ],
  codes: {
    // 0x3000021: the RD Gateway says the password has expired or must be changed
    mstsc: explained({ WR: [2823, 3079, 3335, 3591, 3847, 4103, 4359, 4615, 0x3000021], SP: [8711] }, { 3079: 1 }),
    ntstatus: explained({
      MS: [0xc000006f, 0xc0000070, 0xc0000071, 0xc0000072, 0xc0000193, 0xc0000224, 0xc0000234],
      WR: [0xc000006e],
    }),
    failureReason: explained({ MS: [2305, 2307, 2309, 2310, 2311, 2312] }),
    // [MS] the Win32 errors of the same states (what the statuses above map to: logon hours 1328, workstation 1329,
    // password expired 1330, disabled 1331, account expired 1793, must change 1907, locked out 1909); 1327 as 0xC000006E
    // 7064 ERROR_CTX_ACCOUNT_RESTRICTION: the Terminal Services form of an account restriction.
    win32: explained({ MS: [1328, 1329, 1330, 1331, 1793, 1907, 1909, 7064], WR: [1327] }),
    // 0x207: the dialog names an expired password
    clientApp: explained({ WR: [0x207] }, { '0x207': 2 }),
  },
  explanation: [
    'Windows refused the sign-in of {accountStatus.TargetDomainName}\\{accountStatus.TargetUserName}: {accountStatus.Status|ntstatus} (Security 4625, logon type {accountStatus.LogonType}).',
    'Windows refused the sign-in of {accountSubStatus.TargetDomainName}\\{accountSubStatus.TargetUserName}: {accountSubStatus.SubStatus|ntstatus} (Security 4625, status {accountSubStatus.Status}).',
    'Windows refused the sign-in of {restriction.TargetDomainName}\\{restriction.TargetUserName}: {restriction.Status|ntstatus} (Security 4625, logon type {restriction.LogonType}).',
    'The client disconnected with {clientCode.Value|mstsc}.',
    'The domain controller {kdcRefused.computer} refused Kerberos to {kdcRefused.TargetUserName} from {kdcRefused.IpAddress}: failure code {kdcRefused.Status} (Security {kdcRefused.eventId}; 0x12 KDC_ERR_CLIENT_REVOKED: disabled, locked out, expired or outside logon hours; 0x17 KDC_ERR_KEY_EXPIRED: password expired), so the client never sent the server its credentials.',
  ],
  remediation: [
    'Look at the account in Active Directory Users and Computers (or `Get-ADUser <user> -Properties Enabled,LockedOut,AccountExpirationDate,PasswordExpired,PasswordLastSet,LogonHours,LogonWorkstations`); for a local account, `Get-LocalUser <user> | Format-List *`.',
    'Locked out (0xC0000234): unlock it (`Unlock-ADAccount <user>`) and find the source of the bad passwords first (Security 4740 on the PDC emulator names the caller computer; a stale saved credential, a mapped drive or a phone often keeps locking it).',
    'Password expired or must change (0xC0000071 / 0xC0000224): with NLA the user cannot change it through mstsc; let them change it on another domain computer or an RD Web/ADFS password page, or reset it; enabling the "password change over RDP" path requires NLA off and is not recommended.',
    'Disabled or expired account (0xC0000072 / 0xC0000193): re-enable it or extend its expiry date only if the user should still have access.',
    'Logon hours or workstation restriction (0xC000006F / 0xC0000070): the account\'s "Logon Hours" / "Log On To" settings must include the time and the RD Session Host\'s computer name.',

    "Refused by a domain controller's Kerberos (Security 4771/4768 failure code 0x12 or 0x17 there): the same account states, told apart by `Get-ADUser` above; the server logged only a connection that ended, because the client never sent it credentials.",
  ],
  sample: {
    description:
      "The account alice is locked out: Security 4625 0xC0000234 for the NLA logon, the client shows 3335. gina's account is disabled (0xC000006E with SubStatus 0xC0000072, client 2823); the local account kiosk has a blank password, allowed at the console only (0xC000006E, SubStatus 0x0). Connecting by name (Kerberos), dave's locked-out account is refused by the domain controller DC01 (Security 4771 0x12) and the server logs only a handshake that ended; at 10:31:40 DC01 refuses erin from another computer while 192.0.2.52's handshake ends: no cause of this one.",
    file: 'samples/patterns/auth-account-state/sample.xml',
  },
} as const satisfies Pattern;
