/** The RDP security layer: SecurityLayer against NLA (UserAuthentication), the encryption level and FIPS. */
import type { StateRead } from '../../src/model/state.js';
import { securityLayerMismatch } from '../security-layer-mismatch.js';
import type { StateCheck } from './check.js';
import { FIPS, RDP_TCP, TS_POLICY } from './keys.js';
import { notMade, num, passed, said, text } from './values.js';

const SECURITY_LAYER: Record<number, string> = { 0: 'RDP', 1: 'Negotiate', 2: 'TLS' };
const ENCRYPTION: Record<number, string> = { 1: 'Low', 2: 'Client Compatible', 3: 'High', 4: 'FIPS' };

export const securityLayer: StateCheck = {
  id: 'security-layer',
  title: 'Security layer and NLA agree (SecurityLayer, UserAuthentication)',
  finding: 'state-security-layer',
  confirms: [securityLayerMismatch.id],
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/understanding-remote-desktop-protocol',
    'https://learn.microsoft.com/en-us/windows/win32/termserv/win32-tstsetting-setsecuritylayer',
    'https://learn.microsoft.com/en-us/windows/client-management/mdm/policy-csp-remotedesktopservices',
  ],
  command: `reg query "${RDP_TCP}" & reg query "${TS_POLICY}"`,
  evaluate(v) {
    const layer = v.value('SecurityLayer', [TS_POLICY, RDP_TCP]);
    const nla = v.value('UserAuthentication', [TS_POLICY, RDP_TCP]);
    if (!layer && !nla)
      return v.read(RDP_TCP)
        ? passed('SecurityLayer and UserAuthentication not set (defaults: Negotiate, NLA on)', [])
        : notMade('the RDP-Tcp key was not read');
    const read = [layer, nla].filter((r): r is StateRead => r !== undefined);
    const value = `${said('SecurityLayer', layer, SECURITY_LAYER)}; ${said('UserAuthentication', nla, { 0: 'NLA off', 1: 'NLA required' })}`;
    if (num(layer) === 0 && num(nla) === 1)
      return {
        verdict: 'failed',
        value,
        read,
        confidence: 0.8,
        explanation: `On ${v.computer} the security layer is RDP (SecurityLayer = 0) while network-level authentication is required (UserAuthentication = 1): NLA runs over TLS (CredSSP), which the RDP security layer does not offer, so clients are refused.`,
        remediation: [
          'Set SecurityLayer to 2 (TLS) or 1 (Negotiate) where it is set (the policy "Require use of specific security layer for remote (RDP) connections", else RDP-Tcp).',
        ],
      };
    if (num(nla) === 0 || num(layer) === 0)
      return {
        verdict: 'failed',
        value,
        read,
        confidence: 0.4,
        explanation: `On ${v.computer} ${num(nla) === 0 ? 'network-level authentication is off (UserAuthentication = 0)' : 'the RDP security layer is forced (SecurityLayer = 0)'}: clients that require NLA or TLS (mstsc's "Warn/Do not connect if authentication fails", thin clients set to NLA) are refused, and the logon screen is reachable without credentials.`,
        remediation: [
          'Require NLA (UserAuthentication = 1) with SecurityLayer 2 (TLS) unless a client that cannot do NLA still needs the server.',
        ],
      };
    return passed(value, read);
  },
};

export const encryptionLevel: StateCheck = {
  id: 'encryption-level',
  title: 'Encryption level and FIPS (MinEncryptionLevel, FIPSAlgorithmPolicy)',
  finding: 'state-security-layer',
  confirms: [securityLayerMismatch.id],
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-connection-fips-compliant',
    'https://learn.microsoft.com/en-us/windows/security/operating-system-security/system-security/cryptography-certificate-mgmt',
  ],
  command: `reg query "${RDP_TCP}" /v MinEncryptionLevel & reg query "${FIPS}"`,
  evaluate(v) {
    const level = v.value('MinEncryptionLevel', [TS_POLICY, RDP_TCP]);
    const fips = v.value('Enabled', [FIPS]);
    if (!level && !fips)
      return v.read(RDP_TCP)
        ? passed('MinEncryptionLevel not set (default: Client Compatible)', [])
        : notMade('the RDP-Tcp key was not read');
    const read = [level, fips].filter((r): r is StateRead => r !== undefined);
    const value = `${said('MinEncryptionLevel', level, ENCRYPTION)}${fips ? `; FIPSAlgorithmPolicy Enabled = ${text(fips)}` : ''}`;
    if (num(level) === 4 || num(fips) === 1)
      return {
        verdict: 'failed',
        value,
        read,
        confidence: 0.45,
        explanation: `On ${v.computer} ${num(fips) === 1 ? 'the FIPS policy is on (FIPSAlgorithmPolicy Enabled = 1)' : 'the encryption level is FIPS (MinEncryptionLevel = 4)'}: clients that cannot do FIPS-compliant encryption with the RDP security layer (older and thin clients) are refused.`,
        remediation: [
          'Lower MinEncryptionLevel to 3 (High) or 2, or use the TLS security layer (SecurityLayer 2), whose encryption FIPS allows; turn the FIPS policy off where it is not required.',
        ],
      };
    return passed(value, read);
  },
};
