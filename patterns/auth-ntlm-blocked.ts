import { failedLogonStatus } from './clauses.js';
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
  ],
  codes: {
    ntstatus: explained({ MS: [0xc0000418] }),
    // 0x207: reported where NTLM is disabled and Kerberos fails
    clientApp: explained({ WR: [0x207] }, { '0x207': 3 }),
  },
  explanation: [
    'Windows refused the sign-in of {ntlmBlocked.TargetDomainName}\\{ntlmBlocked.TargetUserName} because NTLM is blocked: {ntlmBlocked.Status|ntstatus} (Security 4625, logon type {ntlmBlocked.LogonType}, package {ntlmBlocked.AuthenticationPackageName}).',
    'Windows refused the sign-in of {ntlmBlockedSub.TargetDomainName}\\{ntlmBlockedSub.TargetUserName} because NTLM is blocked: {ntlmBlockedSub.SubStatus|ntstatus} (Security 4625, logon type {ntlmBlockedSub.LogonType}).',
    'The password was not what failed: the client fell back to NTLM, which a policy on the server or the domain does not allow.',
  ],
  remediation: [
    "Connect by the server's DNS name (as registered in the domain), not by its IP address: only then can the client get a Kerberos ticket for TERMSRV/<server>.",
    'Check that the client reaches a domain controller (`nltest /dsgetdc:<domain>`) and that the server has its TERMSRV SPNs (`setspn -L <server>`); without them Kerberos falls back to NTLM.',
    'If NTLM must stay allowed for this server, add it to the exceptions of "Network security: Restrict NTLM: Add server exceptions in this domain" (domain controllers) or relax "Restrict NTLM: Incoming NTLM traffic" on the server; the NTLM/Operational log (4001–4004) names what was blocked.',
  ],
  sample: {
    description:
      'lena connects to RDSH03 by its IP address; NTLM is restricted in the domain: Security 4625 logon type 3 Status 0xC0000418 with RdpCoreTS 140 beside it, then 103; again a minute later (Status 0xC000006D, SubStatus 0xC0000418). Then she connects by name (Kerberos) and signs in.',
    file: 'samples/patterns/auth-ntlm-blocked/sample.xml',
  },
} as const satisfies Pattern;
