/** User rights: who may log on through Remote Desktop Services, and who is denied (secedit USER_RIGHTS). */
import type { StateRead } from '../../src/model/state.js';
import { authLogonRight } from '../auth-logon-right.js';
import type { StateCheck } from './check.js';
import { notMade, passed } from './values.js';

const SID_NAMES: Record<string, string> = {
  'S-1-5-32-544': 'Administrators',
  'S-1-5-32-555': 'Remote Desktop Users',
  'S-1-5-32-545': 'Users',
  'S-1-1-0': 'Everyone',
  'S-1-5-11': 'Authenticated Users',
  'S-1-5-32-546': 'Guests',
};
const holderName = (h: string) => SID_NAMES[h.toUpperCase()] ?? h;
const holds = (holders: readonly string[], sid: string) =>
  holders.some((h) => h.toUpperCase() === sid || h.toLowerCase() === SID_NAMES[sid]?.toLowerCase());

export const logonRight: StateCheck = {
  id: 'logon-right',
  title: 'Allow log on through Remote Desktop Services (SeRemoteInteractiveLogonRight)',
  finding: 'state-logon-rights',
  confirms: [authLogonRight.id],
  rulesOut: [authLogonRight.id],
  references: [
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/allow-log-on-through-remote-desktop-services',
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings/deny-log-on-through-remote-desktop-services',
  ],
  command: 'secedit /export /areas USER_RIGHTS /cfg user-rights.inf',
  evaluate(v) {
    const rights = v.items('user-right');
    if (!v.has('secedit-inf')) return notMade('no secedit /export /areas USER_RIGHTS file');
    const allow = rights.find((r) => r.item.key === 'SeRemoteInteractiveLogonRight');
    const deny = rights.find((r) => r.item.key === 'SeDenyRemoteInteractiveLogonRight');
    const list = (r: StateRead | undefined) => (Array.isArray(r?.item.value) ? (r!.item.value as string[]) : []);
    const names = (r: StateRead | undefined) => list(r).map(holderName).join(', ') || 'no one';
    const read = [allow, deny].filter((r): r is StateRead => r !== undefined);
    const value = `SeRemoteInteractiveLogonRight: ${names(allow)}${deny ? `; SeDenyRemoteInteractiveLogonRight: ${names(deny)}` : ''}`;
    const denied = list(deny).filter((h) =>
      ['S-1-5-32-555', 'S-1-5-32-545', 'S-1-1-0', 'S-1-5-11', 'S-1-5-32-544'].some((s) => holds([h], s)),
    );
    const lacks = !holds(list(allow), 'S-1-5-32-555');
    if (!denied.length && !lacks) return passed(value, read);
    return {
      verdict: 'failed',
      value,
      read,
      confidence: denied.length ? 0.8 : holds(list(allow), 'S-1-5-32-544') ? 0.6 : 0.8,
      explanation: denied.length
        ? `On ${v.computer} "Deny log on through Remote Desktop Services" names ${denied.map(holderName).join(', ')}: their members are refused (4625 0xC000015B).`
        : `On ${v.computer} "Allow log on through Remote Desktop Services" holds ${names(allow)}, not Remote Desktop Users: members of Remote Desktop Users${holds(list(allow), 'S-1-5-32-544') ? ' who are not administrators' : ''} are refused (4625 0xC000015B).`,
      remediation: [
        denied.length
          ? 'Take the group out of "Deny log on through Remote Desktop Services" in the GPO that sets it (gpresult /h shows which).'
          : 'Add Remote Desktop Users (S-1-5-32-555) to "Allow log on through Remote Desktop Services" (Computer Configuration → Windows Settings → Security Settings → Local Policies → User Rights Assignment), in the GPO that sets it.',
      ],
    };
  },
};
