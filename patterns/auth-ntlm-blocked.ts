import { failedLogon, failedLogonStatus, onPath } from './clauses.js';
import { explained } from './explained.js';
import type { Pattern } from './types.js';

/** STATUS_NTLM_BLOCKED: NTLM is restricted, and the client could not use Kerberos. */
export const NTLM_BLOCKED = '0xC0000418';

export const authNtlmBlocked = {
  id: 'auth-ntlm-blocked',
  title: 'NTLM is blocked and the client could not use Kerberos',
  summary:
    'NTLM is restricted on the server or the domain and the client could not use Kerberos (it connected by IP address, or no domain controller answered): the password may be right.',
  status: 'test',
  attackSignals: { credentials: true },
  phase: 'nla',
  references: [
    'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-erref/596a1078-e883-4972-9bbc-49e60bebca55',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/network-security-restrict-ntlm-incoming-ntlm-traffic',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4625',
    'https://learn.microsoft.com/en-us/windows-server/security/credentials-protection-and-management/protected-users-security-group',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4822',
  ],
  falsePositives: [
    'A policy that blocks NTLM on purpose: the cause is right, and the fix is Kerberos (connect by name), not an exception.',
  ],
  when: {
    outcome: ['failed'],
  },
  clauses: [
    // [MS] STATUS_NTLM_BLOCKED in the 4625 of the connection's NLA (logon type 3), Status or SubStatus
    ...failedLogonStatus(['ntlmBlocked', 'ntlmBlockedSub'], NTLM_BLOCKED, { weight: 0.9, after: 5 }),
    // [MS] event-4822 / 4823 on the domain controller: NTLM refused because the account is in Protected Users (4822)
    // or needs access-control restrictions (4823, an authentication policy); the server's 4625 then says only
    // 0xC000006E (an account restriction), which without the DC's record reads like a time-of-day one.
    onPath('protectedUsers', { channel: 'Security', eventId: [4822, 4823] }, 0.9, {
      join: { user: 'TargetUserName' },
      before: 10,
      after: 10,
    }),
    // The server's side of it: NTLM, an account restriction (weak alone: a blank password or logon hours say the same).
    failedLogon(
      'restrictedNtlm',
      { Status: '0xC000006E', AuthenticationPackageName: { regex: '^NTLM' } },
      { weight: 0.2, after: 5 },
    ),
  ],
  codes: {
    ntstatus: explained({ MS: [0xc0000418] }),
    // 0x207: reported where NTLM is disabled and Kerberos fails
    clientApp: explained({ WR: [0x207] }, { '0x207': 3 }),
    // 3079 SSL_ERR_ACCOUNT_RESTRICTION: the dialog a Protected Users member gets when the client falls back to NTLM
    // (the server's 4625 says 0xC000006E, as restrictedNtlm above); logon hours and a blank password say the same.
    mstsc: explained({ SP: [3079] }, { 3079: 2 }),
  },
  explanation: [
    'Windows refused the sign-in of {ntlmBlocked.TargetDomainName}\\{ntlmBlocked.TargetUserName} because NTLM is blocked: {ntlmBlocked.Status|ntstatus} (Security 4625, logon type {ntlmBlocked.LogonType}, package {ntlmBlocked.AuthenticationPackageName}).',
    'Windows refused the sign-in of {ntlmBlockedSub.TargetDomainName}\\{ntlmBlockedSub.TargetUserName} because NTLM is blocked: {ntlmBlockedSub.SubStatus|ntstatus} (Security 4625, logon type {ntlmBlockedSub.LogonType}).',
    'The domain controller {protectedUsers.computer} refused NTLM for {protectedUsers.TargetUserName} from {protectedUsers.Workstation} (Security {protectedUsers.eventId}): the account is in Protected Users (4822) or under an authentication policy (4823), whose members may sign in with Kerberos only.',
    'The server refused {restrictedNtlm.TargetDomainName}\\{restrictedNtlm.TargetUserName} over NTLM with {restrictedNtlm.Status|ntstatus} (Security 4625).',
    'The password was not what failed: the client fell back to NTLM, which a policy on the server or the domain does not allow.',
  ],
  remediation: [
    "Connect by the server's DNS name (as registered in the domain), not by its IP address: only then can the client get a Kerberos ticket for TERMSRV/<server>.",
    'Check that the client reaches a domain controller (`nltest /dsgetdc:<domain>`) and that the server has its TERMSRV SPNs (`setspn -L <server>`); without them Kerberos falls back to NTLM.',
    'A Protected Users member (DC 4822) or an account under an authentication policy (4823): connect by the server’s DNS name from a computer that reaches a domain controller, so Kerberos is used (never by IP address); or, if the account must use NTLM, take it out of Protected Users (not advised for an administrator: the group is what keeps its credentials off the servers it uses).',
    'If NTLM must stay allowed for this server, add it to the exceptions of "Network security: Restrict NTLM: Add server exceptions in this domain" (domain controllers) or relax "Restrict NTLM: Incoming NTLM traffic" on the server; the NTLM/Operational log (4001–4004) names what was blocked.',
  ],
  sample: {
    description:
      'lena connects to RDSH03 by its IP address; NTLM is restricted in the domain: Security 4625 logon type 3 Status 0xC0000418 with RdpCoreTS 140 beside it, then 103; again a minute later (Status 0xC000006D, SubStatus 0xC0000418). Then she connects by name (Kerberos) and signs in. At 09:40 adm.vogel, a Protected Users member, connects by IP address: the domain controller DC02 refuses NTLM for him (4822), and the server logs only 0xC000006E (an account restriction).',
    file: 'samples/patterns/auth-ntlm-blocked/sample.xml',
  },
} as const satisfies Pattern;
