/** CredSSP: the client's encryption-oracle remediation setting (AllowEncryptionOracle). */
import { credsspNla } from '../credssp-nla.js';
import type { StateCheck } from './check.js';
import { CREDSSP, CREDSSP_POLICY } from './keys.js';
import { notMade, num, passed, said } from './values.js';

export const credsspOracle: StateCheck = {
  id: 'credssp-oracle',
  title: 'Client CredSSP encryption-oracle remediation (AllowEncryptionOracle)',
  finding: 'state-credssp',
  confirms: [credsspNla.id],
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/credssp-encryption-oracle-remediation',
    'https://support.microsoft.com/help/4093492',
  ],
  command: `reg query "${CREDSSP}"`,
  evaluate(v) {
    const r = v.value('AllowEncryptionOracle', [CREDSSP_POLICY, CREDSSP]);
    if (!r)
      return v.read(CREDSSP)
        ? passed('AllowEncryptionOracle not set (default since May 2018: Mitigated)', [])
        : notMade('the CredSSP\\Parameters key was not read');
    const n = num(r);
    const value = said('AllowEncryptionOracle', r, { 0: 'Force Updated Clients', 1: 'Mitigated', 2: 'Vulnerable' });
    if (n === 2)
      return {
        verdict: 'failed',
        value,
        read: [r],
        confidence: 0.5,
        explanation: `On ${v.computer} CredSSP is left Vulnerable (AllowEncryptionOracle = 2): it talks to unpatched computers, open to CVE-2018-0886.`,
        remediation: [
          'Update the servers, then set AllowEncryptionOracle to 1 (Mitigated) or 0 (Force Updated Clients).',
        ],
      };
    if (n === 0)
      return {
        verdict: 'failed',
        value,
        read: [r],
        onlyWith: credsspNla.id,
        confidence: 0.7,
        explanation: `On ${v.computer} CredSSP is set to Force Updated Clients (AllowEncryptionOracle = 0): it refuses a server without the 2018 CredSSP update, which the failure shows.`,
        remediation: [
          'Install the CredSSP update (March 2018 or later) on the server; do not lower the client to Vulnerable (2) except for the time it takes.',
        ],
      };
    return passed(value, [r]);
  },
};
