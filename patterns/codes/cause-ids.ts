/**
 * The cause ids of `rdpdiag analyze --format json`, copied from docs/reference/causes.md (the contract).
 * They never change meaning; a new cause gets a new id. The code tables link codes to these ids.
 */
export const CAUSE_IDS = [
  'tls-certificate',
  'tls-protocol-mismatch',
  'credssp-nla',
  'security-layer-mismatch',
  'licensing-grace-expired',
  'licensing-server-unavailable',
  'licensing-cal-unavailable',
  'licensing-client-cache',
  'session-limit',
  'auth-bad-credentials',
  'auth-logon-right',
  'auth-account-state',
  'network-unreachable',
  'network-dropped',
  'handshake-aborted',
  'server-denied',
  'unexplained',
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];

export function isCauseId(value: string): value is CauseId {
  return (CAUSE_IDS as readonly string[]).includes(value);
}
