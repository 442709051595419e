import { attackTechnique } from '../attack-techniques.js';
import { authAccountState } from '../auth-account-state.js';
import type { AttackFindingDefinition } from '../types.js';

/**
 * An account locked out (Security 4740, on the host that holds the account or on a domain controller) and, when the
 * logs show it, unlocked (4767): which account, when, from which source (the failed sign-ins' address and workstation,
 * the lockout's Caller Computer Name), the failed sign-ins that did it, and whether they look like a stale saved
 * credential (one source, one account, spread over time: a mapped drive, a service, a phone, a saved `.rdp` still
 * sending an old password) or like guessing (one source, several accounts, or many tries in moments). It answers a
 * helpdesk's "who keeps locking out this account" from a Security log alone. The detector is
 * src/diagnose/lockouts.ts.
 */
export const accountLockout: AttackFindingDefinition = {
  id: 'account-lockout',
  title: 'An account was locked out',
  summary:
    'Security 4740 (host or domain controller): the account, the source whose failed sign-ins locked it (address, workstation, Caller Computer Name), a stale saved credential told apart from guessing, and its unlock (4767).',
  status: 'test',
  techniques: [attackTechnique('TA0006', 'T1110.001')],
  references: [
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4740',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4767',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4625',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/windows-security/troubleshoot-account-lockout',
    'https://learn.microsoft.com/en-us/windows/security/threat-protection/security-policy-settings/account-lockout-threshold',
    'https://github.com/marvioncriddle/Authentication-Artifact-Analysis',
  ],
  reads: [
    { channel: 'Security', eventId: 4740 },
    { channel: 'Security', eventId: 4767 },
  ],
  // A domain account locked out on a domain controller is refused on every server while it stays locked.
  upstreamFor: [authAccountState.id],
  falsePositives: [
    'A user who forgot a changed password and retried it: one source, one account, a few tries in a minute; the lockout did its job.',
    'A test of the lockout policy by an administrator (a lab, an audit): several accounts from one known computer.',
  ],
  remediation: [
    'Stale saved credential: on the source computer, find what still sends the old password and update or remove it: Credential Manager (`cmdkey /list`, Control Panel > Credential Manager), mapped drives (`net use`), saved Remote Desktop connections (`.rdp` files, mstsc’s saved credentials), services and scheduled tasks that run as the account, mail or sync clients on a phone; then unlock the account.',
    'Guessing: the source is trying passwords; do not just unlock and wait. Block the source at the firewall, keep TCP 3389 off the internet (RD Gateway or VPN with multi-factor authentication), check that no sign-in from it succeeded (4624 from the same address), and reset the password of any account it reached.',
    'Unlock the account once the source is dealt with: on a domain, Active Directory Users and Computers (Account tab) or `Unlock-ADAccount`; on the host, Local Users and Groups (clear "Account is locked out"). Windows records it as 4767.',
  ],
  samples: [
    {
      description:
        'A laptop’s saved password for ana, stale since her password changed, sent every few minutes until Windows locked the account (4740, Caller Computer Name the laptop); an administrator unlocked it (4767).',
      file: 'samples/findings/account-lockout/sample.xml',
    },
  ],
  nearMisses: [
    {
      file: 'samples/findings/account-lockout/near-miss.xml',
      why: 'Failed sign-ins for ana from the same laptop, below the lockout threshold: no 4740, no lockout.',
    },
  ],
};
