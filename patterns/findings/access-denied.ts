import type { FindingPattern } from '../types.js';
import { authLogonRight } from '../auth-logon-right.js';

/**
 * Security 4825 from many accounts or many tries: valid passwords for accounts that may not use Remote Desktop.
 * One denial is an attempt's cause (auth-logon-right); many at once are either a policy change that locked
 * every user out, or someone trying credentials they hold (stolen, sprayed) until one is allowed in.
 */
export const accessDenied: FindingPattern = {
  id: 'access-denied',
  cause: authLogonRight.id,
  title: 'Many Remote Desktop sign-ins denied for want of the right to use it (valid passwords)',
  references: [
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/auditing/event-4825',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/allow-log-on-through-remote-desktop-services',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/deny-log-on-through-remote-desktop-services',
  ],
  match: { channel: 'Security', eventId: 4825 },
  // Many accounts within an hour (one user retrying is an attempt's cause, auth-logon-right), or many tries.
  threshold: {
    withinMinutes: 60,
    events: 5,
    distinct: { field: 'AccountName', count: 3, label: 'accounts were denied' },
  },
  confidence: 0.7,
  explanation: [
    '{event.computer} refused Remote Desktop (Security 4825, last at {event.time}) to accounts whose password was right but which are neither in Remote Desktop Users nor Administrators there, or are denied the right by policy.',
    'The last came from {event.ClientAddress}.',
    'Many accounts at once mean either a change of policy or group membership that shut out users who used to sign in, or someone holding several valid passwords (phished, sprayed or stolen) and trying each until one is allowed in.',
  ],
  remediation: [
    'If these users should use Remote Desktop there: add them (or their group) to Remote Desktop Users on the host or through Group Policy (Restricted Groups), and check the user rights "Allow log on through Remote Desktop Services" and "Deny log on through Remote Desktop Services" (gpresult /h, secpol.msc).',
    'If they should not: the passwords are known to whoever tried them. Find the client addresses (4825 ClientAddress, 4624 logon type 3 just before), reset those accounts’ passwords and review where else they signed in (Security 4624/4625 on the domain controllers).',
  ],
  falsePositives: [
    'A Group Policy or group-membership change that removed Remote Desktop Users (or added a deny right) denies every regular user at once: many accounts, one configuration cause, no attacker.',
    'Users of a pool who each try once after a server was rebuilt without its Remote Desktop Users group.',
  ],
  sample: {
    description: 'Security 4624 (logon type 3) then 4825 for four accounts from 203.0.113.80 within two minutes.',
    file: 'samples/findings/access-denied/sample.xml',
    nearMiss: {
      file: 'samples/findings/access-denied/near-miss.xml',
      why: 'One user denied twice: the cause of those two attempts (the logon right), not a host-level finding.',
    },
  },
};
