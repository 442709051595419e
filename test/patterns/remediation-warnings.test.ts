/**
 * Advice that interrupts users or weakens security says so in the same step: a restart of Remote Desktop
 * Services drops every connection, a reboot ends every session, a deletion is backed up or recreated,
 * `SSLCertificateSHA1Hash` is never deleted on a Connection Broker, a logoff discards unsaved work, and every
 * security downgrade says why it is weak, for how long, and what to do instead.
 */
import { describe, expect, it } from 'vitest';
import { FINDINGS, PATTERNS } from '../../patterns/index.js';

interface Rule {
  readonly what: string;
  /** The step names the risky action. */
  readonly names: RegExp;
  /** The step itself warns against the action (no warning then needed). */
  readonly advisesAgainst?: RegExp;
  /** Every one of these must be in the step. */
  readonly warnings: readonly RegExp[];
}

const RULES: readonly Rule[] = [
  {
    what: 'restarting Remote Desktop Services',
    names: /Restart-Service\s+TermService|restart (the )?Remote Desktop Services|restart the service\b/i,
    warnings: [/drops every connection/i],
  },
  {
    what: 'a reboot or a role removal',
    names: /\breboot\b|Restart-Computer|needs a restart|Uninstall-WindowsFeature/i,
    warnings: [/ends every session/i, /plan|maintenance window/i],
  },
  {
    what: 'a deletion',
    names: /\b(delete|deleting|reg delete|Remove-Item|cmdkey \/delete)\b/i,
    advisesAgainst: /\bAvoid\b|\b(do not|don't|never)\b[^.]{0,80}\b(delet|renam)|Deleting[^.]*(unsupported|not a fix)/i,
    warnings: [/back(ing)? up|reg export|export (it|a)|recreated|creates a new|holds nothing to keep|re-enter/i],
  },
  {
    what: 'deleting SSLCertificateSHA1Hash',
    names: /delet[^.]*SSLCertificateSHA1Hash|SSLCertificateSHA1Hash[^.]*\bdelet/i,
    warnings: [/Connection Broker/],
  },
  {
    what: 'a logoff',
    names: /\blogoff\b|Invoke-RDUserLogoff|\brwinsta\b|reset session/i,
    warnings: [/unsaved work/i],
  },
  {
    what: 'native RDP security (SecurityLayer 0, or Negotiate falling back to it)',
    names: /`?SecurityLayer`?\s*(to\s*|=\s*)?[01]\b/,
    warnings: [/server authentication/i, /revert|only while|minutes/i, /instead|replace|update/i],
  },
  {
    what: 'turning Network Level Authentication off',
    names: /UserAuthentication`?\s*=\s*0|disable Network Level Authentication|NLA off|turning NLA off/i,
    warnings: [/revert|not recommended|rather than/i],
  },
  {
    what: 'CredSSP "Vulnerable"',
    names: /= Vulnerable|AllowEncryptionOracle`?\s*=\s*2/,
    warnings: [/CVE-2018-0886|attacker/i, /temporary|as soon as/i, /install the CredSSP updates/i],
  },
  {
    what: 'turning FIPS mode off',
    names: /FIPS[^.]*\b(off|remove|disable)\b|\b(remove|disable)\b[^.]*FIPS/i,
    warnings: [/compliance decision/i],
  },
  {
    what: 'enabling Remote Desktop (fDenyTSConnections=0)',
    names: /fDenyTSConnections`?\s*=\s*0/,
    warnings: [/Network Level Authentication|NLA/, /3389/],
  },
];

/** The rules a step breaks: each names a risky action and lacks one of its warnings. */
function missingWarnings(step: string): string[] {
  return RULES.filter(
    (r) => r.names.test(step) && !r.advisesAgainst?.test(step) && !r.warnings.every((w) => w.test(step)),
  ).map((r) => r.what);
}

const STEPS = [
  ...PATTERNS.flatMap((p) => p.remediation.map((step) => ({ from: p.id, step }))),
  ...FINDINGS.flatMap((f) => f.remediation.map((step) => ({ from: `finding ${f.id}`, step }))),
];

describe('remediation steps carry their warnings inline', () => {
  it('every step that interrupts users or weakens security says so', () => {
    expect(STEPS.length).toBeGreaterThan(60);
    const offending = STEPS.flatMap(({ from, step }) =>
      missingWarnings(step).map((what) => `${from}: ${what}: ${step}`),
    );
    expect(offending).toEqual([]);
  });

  it('every rule meets real advice (no rule is dead)', () => {
    for (const rule of RULES)
      expect(
        STEPS.some(({ step }) => rule.names.test(step)),
        rule.what,
      ).toBe(true);
  });

  it('catches advice without its warning', () => {
    expect(missingWarnings('Restart Remote Desktop Services (`Restart-Service TermService -Force`).')).toEqual([
      'restarting Remote Desktop Services',
    ]);
    expect(
      missingWarnings('Delete `SSLCertificateSHA1Hash` to use the self-signed certificate; it is recreated.'),
    ).toEqual(['deleting SSLCertificateSHA1Hash']);
    expect(missingWarnings('Set `SecurityLayer` to 0 so old clients connect.')).toContain(
      'native RDP security (SecurityLayer 0, or Negotiate falling back to it)',
    );
    expect(missingWarnings('Sign the user out: `logoff 3`.')).toEqual(['a logoff']);
    expect(missingWarnings('Remove the FIPS requirement.')).toEqual(['turning FIPS mode off']);
    expect(missingWarnings('Enable Remote Desktop: `fDenyTSConnections`=0.')).toEqual([
      'enabling Remote Desktop (fDenyTSConnections=0)',
    ]);
    expect(missingWarnings('Then reboot the server.')).toEqual(['a reboot or a role removal']);
    expect(missingWarnings('Do NOT rename or delete the MachineKeys folder.')).toEqual([]);
  });

  it('the certificate steps name the gentler restart and the Connection Broker exception', () => {
    const all = STEPS.map((s) => s.step).join('\n');
    expect(all).toMatch(/Restart-Service SessionEnv/);
    expect(all).toMatch(/never by deleting `SSLCertificateSHA1Hash` \(Microsoft KB 3042780\)/);
    expect(all).not.toMatch(/SSLCertificateSHA1HashValue/);
    expect(all).toMatch(/`SecurityLayer` 2 \(TLS\) with `UserAuthentication` 1 \(NLA\)/);
  });
});
