/**
 * Group Policy and security policy settings named in a user's sentence with the value that stops Remote Desktop (issue
 * 60, round 31): admins retell what they changed by the setting's display name ("after setting 'Network security:
 * Restrict NTLM: Incoming NTLM traffic' to 'Deny all accounts'", "the user is listed in 'Deny log on through Remote
 * Desktop Services'"). Each row: the setting's name as Microsoft's policy pages print it (its Terminal Services-era
 * name too) and the values of it that refuse a connection, read in one sentence of a paste about Remote Desktop, with
 * the cause the setting decides. The same settings read from the registry or `reg query` are the host-state
 * checks' (rdp-settings.ts); these are the same rules told in words.
 *
 * Near misses: the setting named with a value that allows ("Allow all", "Not Defined", "Disabled" for a restriction);
 * a question or a negation about it (the reader's); the setting in a paste about something else.
 * Each pattern one alternation of fixed words with bounded gaps: linear in the sentence.
 */
import { authLogonRight } from '../../../../patterns/auth-logon-right.js';
import { authNtlmBlocked } from '../../../../patterns/auth-ntlm-blocked.js';
import { credsspNla } from '../../../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../../../patterns/session-limit.js';
import { concept, type SymptomConcept } from './symptom-concept.js';

const POLICY =
  'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-10/security/threat-protection/security-policy-settings';
const RDS_POLICY = 'https://learn.microsoft.com/en-us/windows/client-management/mdm/policy-csp-remotedesktopservices';
const RDS_ADMX = 'https://learn.microsoft.com/en-us/windows/client-management/mdm/policy-csp-admx-terminalserver';

/** A setting switched on, as users say it. */
const SWITCHED_ON = /\b(?:enabled?|enabling|turned on|switched on|set to enabled|activated)\b/;

/**
 * One setting's row: its id, what it decides, its cause, its page, the words that state the refusal whole, its name
 * and the values that refuse (and those that allow, which cancel).
 */
const setting = (
  id: string,
  says: string,
  causes: Parameters<typeof concept>[2],
  source: string,
  words: string,
  name: RegExp,
  refusing: RegExp,
  allowing?: RegExp,
): SymptomConcept => ({
  ...concept(id, says, causes, source, { en: words }),
  said: { subject: name, failed: refusing, ...(allowing ? { unless: allowing } : {}), sentence: true },
});

export const POLICY_SETTING_CONCEPTS: readonly SymptomConcept[] = [
  setting(
    'policy-ntlm-restricted',
    'NTLM refused by the "Restrict NTLM" security policy: a client that cannot use Kerberos is refused',
    [authNtlmBlocked],
    `Microsoft Learn "Network security: Restrict NTLM: Incoming NTLM traffic" and "… NTLM authentication in this domain" (${POLICY}/network-security-restrict-ntlm-incoming-ntlm-traffic: "Deny all accounts: the server denies all NTLM authentication requests")`,
    'restrict ntlm set to deny all|ntlm denied by group policy',
    /\brestrict ntlm\b/,
    /\bdeny all\b|\bdeny for domain (?:accounts|servers)\b/,
  ),
  setting(
    'protected-users-member',
    'the account in the Protected Users group, which cannot sign in with NTLM: a connection by IP address, or with no domain controller for Kerberos, is refused',
    [authNtlmBlocked],
    `Microsoft Learn "Protected Users Security Group" (https://learn.microsoft.com/en-us/windows-server/security/credentials-protection-and-management/protected-users-security-group: members cannot authenticate with NTLM, and CredSSP does not keep their plain-text credentials); causes.md: a Protected Users refusal over NTLM is NTLM blocked, fixed by connecting by name (Kerberos) or taking the account out of the group`,
    'member of protected users|members of protected users|in the protected users group|added to protected users|added to the protected users group',
    /\bprotected users\b/,
    /\b(?:added|adding|member of|members of|membership in|is in|are in|was in|were in|in the|put in|moved to|moved into)\b/,
    /\b(?:removed from|not a member|not members|not in the|taken out of)\b/,
  ),
  setting(
    'policy-deny-logon-rds',
    'the user or a group of theirs in "Deny log on through Remote Desktop Services": the logon right refused',
    [authLogonRight],
    `Microsoft Learn "Deny log on through Remote Desktop Services" (${POLICY}/deny-log-on-through-remote-desktop-services: it takes precedence over "Allow log on through Remote Desktop Services")`,
    'listed in deny log on through remote desktop services|in the deny log on through remote desktop services policy',
    /\bdeny log ?on through (?:remote desktop services|terminal services|rds)\b/,
    /\b(?:added to|listed in|is in|was in|are in|were in|member of|includes|included|contains|put in|present in)\b/,
    /\b(?:removed from|not listed|is empty|was empty|nobody in)\b/,
  ),
  setting(
    'policy-nla-required',
    'Network Level Authentication required by policy: a client without CredSSP is refused',
    [credsspNla],
    `Microsoft Learn Policy CSP "RemoteDesktopServices/RequireUserAuthenticationForRemoteConnectionsByUsingNLA" ("Require user authentication for remote connections by using Network Level Authentication", ${RDS_ADMX})`,
    'nla required by group policy|network level authentication required by group policy',
    /\brequire user authentication for remote connections\b/,
    SWITCHED_ON,
  ),
  setting(
    'policy-security-layer',
    'a security layer required by policy ("Require use of specific security layer for remote (RDP) connections"): a client that cannot do it is refused',
    [securityLayerMismatch],
    `Microsoft Learn Policy CSP RemoteDesktopServices ("Require use of specific security layer for remote (RDP) connections": Negotiate, RDP or SSL, ${RDS_POLICY})`,
    'security layer forced by group policy|security layer set to ssl by group policy',
    /\brequire use of specific security layer\b/,
    /\b(?:ssl|tls|set to rdp|to rdp\b|rdp security layer)\b|\benabled?\b/,
  ),
  setting(
    'policy-single-session',
    'each user held to one session, or the number of connections limited, by policy',
    [sessionLimit],
    `Microsoft Learn Policy CSP "ADMX_TerminalServer" ("Restrict Remote Desktop Services users to a single Remote Desktop Services session", "Limit number of connections", ${RDS_ADMX})`,
    'restricted to a single remote desktop services session|single session per user policy enabled',
    /\brestrict (?:remote desktop services|terminal services) users to a single\b|\blimit number of connections\b/,
    SWITCHED_ON,
  ),
  setting(
    'policy-rds-off',
    'Remote Desktop switched off by policy ("Allow users to connect remotely by using Remote Desktop Services" disabled)',
    [networkUnreachable],
    `Microsoft Learn Policy CSP RemoteDesktopServices/AllowUsersToConnectRemotely ("Allow users to connect remotely by using Remote Desktop Services": disabled, users cannot connect, ${RDS_POLICY})`,
    'remote desktop disabled by group policy|remote desktop turned off by group policy',
    /\ballow users to connect remotely (?:by )?using (?:remote desktop services|terminal services)\b/,
    /\b(?:disabled?|disabling|turned off|switched off|set to disabled)\b/,
  ),
];
