/** The pattern catalogue: one declarative pattern per cause id (except `unexplained`), and the host-level findings. */
import type { AttackFindingDefinition, EventMatcher, FindingPattern, Pattern } from './types.js';
import { rdpEnabled } from './findings/rdp-enabled.js';
import { accountLockout } from './findings/account-lockout.js';
import { logCleared } from './findings/log-cleared.js';
import { rdpTunnel } from './findings/rdp-tunnel.js';
import { outboundRdp } from './findings/outbound-rdp.js';
import { explicitCredentials } from './findings/explicit-credentials.js';
import { termsrvTampering } from './findings/termsrv-tampering.js';
import { accessibilityBackdoor } from './findings/accessibility-backdoor.js';
import { lateralMovement } from './findings/lateral-movement.js';
import { rdpClientAbuse } from './findings/rdp-client-abuse.js';
import { rdpTypedCommands } from './findings/rdp-typed-commands.js';
import { sessionHijack } from './findings/session-hijack.js';
import { authAccountState } from './auth-account-state.js';
import { authBadCredentials } from './auth-bad-credentials.js';
import { authLogonRight } from './auth-logon-right.js';
import { credsspNla } from './credssp-nla.js';
import { gatewayDenied } from './gateway-denied.js';
import { gatewayHostUnreachable } from './gateway-host-unreachable.js';
import { handshakeAborted } from './handshake-aborted.js';
import { licensingCalUnavailable } from './licensing-cal-unavailable.js';
import { licensingClientCache } from './licensing-client-cache.js';
import { licensingGraceExpired } from './licensing-grace-expired.js';
import { licensingServerUnavailable } from './licensing-server-unavailable.js';
import { networkDropped } from './network-dropped.js';
import { networkUnreachable } from './network-unreachable.js';
import { securityLayerMismatch } from './security-layer-mismatch.js';
import { serverDenied } from './server-denied.js';
import { sessionLimit } from './session-limit.js';
import { tlsCertificate } from './tls-certificate.js';
import { tlsProtocolMismatch } from './tls-protocol-mismatch.js';
import { authNtlmBlocked } from './auth-ntlm-blocked.js';
import { authSmartcard } from './auth-smartcard.js';
import { certificateExpiring } from './findings/certificate-expiring.js';
import { certificateRenewalFailed } from './findings/certificate-renewal-failed.js';
import { failedLogonFlood } from './findings/failed-logon-flood.js';
import { accessDenied } from './findings/access-denied.js';
import { licensingGraceEnding } from './findings/licensing-grace-ending.js';
import { licensingModeNotConfigured } from './findings/licensing-mode-not-configured.js';
import { listenerStackDown } from './findings/listener-stack-down.js';
import { listenerStopped } from './findings/listener-stopped.js';
import { logonsDisabled } from './findings/logons-disabled.js';
import { spnRegistrationFailed } from './findings/spn-registration-failed.js';
import { securityLayerCorrected } from './findings/security-layer-corrected.js';
import { licenseServerUnavailable } from './findings/license-server-unavailable.js';
import { certificateExpired } from './findings/certificate-expired.js';
import { certificateUnusable } from './findings/certificate-unusable.js';
import { licensingGraceOver } from './findings/licensing-grace-over.js';
import { serviceStartFailed } from './findings/service-start-failed.js';
import { licenseServerCalsUnavailable } from './findings/license-server-cals-unavailable.js';
import { licenseServerNotActivated } from './findings/license-server-not-activated.js';

/** Adding a cause: its pattern file, its samples folder (samples/patterns/<id>/), and one line here. */
export const PATTERNS = [
  tlsCertificate,
  tlsProtocolMismatch,
  credsspNla,
  securityLayerMismatch,
  licensingGraceExpired,
  licensingServerUnavailable,
  licensingCalUnavailable,
  licensingClientCache,
  sessionLimit,
  authBadCredentials,
  authLogonRight,
  authAccountState,
  networkUnreachable,
  networkDropped,
  handshakeAborted,
  serverDenied,
  gatewayDenied,
  gatewayHostUnreachable,
  authNtlmBlocked,
  authSmartcard,
] as const satisfies readonly Pattern[];

export const FINDINGS: readonly FindingPattern[] = [
  certificateRenewalFailed,
  listenerStopped,
  listenerStackDown,
  logonsDisabled,
  licensingGraceEnding,
  licensingModeNotConfigured,
  certificateExpiring,
  failedLogonFlood,
  accessDenied,
  spnRegistrationFailed,
  securityLayerCorrected,
  licenseServerUnavailable,
  certificateExpired,
  certificateUnusable,
  licensingGraceOver,
  serviceStartFailed,
  licenseServerCalsUnavailable,
  licenseServerNotActivated,
];

/**
 * The attacker's acts the security lens tells beyond password guessing and scanning, each one home as data (its
 * detector is code in src/diagnose); the events they read are kept and pulled like the patterns'.
 */
export const ATTACK_FINDINGS: readonly AttackFindingDefinition[] = [
  sessionHijack,
  rdpEnabled,
  rdpTunnel,
  outboundRdp,
  explicitCredentials,
  termsrvTampering,
  lateralMovement,
  rdpClientAbuse,
  rdpTypedCommands,
  accessibilityBackdoor,
  accountLockout,
  logCleared,
];

/** The events the attack findings read beyond a connection's own (`AttackFindingDefinition.reads`), all of them. */
export const ATTACK_READS: readonly EventMatcher[] = ATTACK_FINDINGS.flatMap((f) => f.reads);

/** What the engine reports when an attempt failed and no pattern matched. */
export const UNEXPLAINED = 'unexplained';

/** The cause ids of `rdpdiag analyze --format json`: one per pattern, and `unexplained`. */
export type CauseId = (typeof PATTERNS)[number]['id'] | typeof UNEXPLAINED;
export const CAUSE_IDS: readonly CauseId[] = [...PATTERNS.map((p) => p.id), UNEXPLAINED];

// The ids patterns/types.ts checks a finding's `cause` and `upstreamFor` against (its `CauseIdRegistry`).
declare module './types.js' {
  interface CauseIdRegistry {
    readonly explained: Exclude<CauseId, typeof UNEXPLAINED>;
  }
}

export function isCauseId(value: string): value is CauseId {
  return (CAUSE_IDS as readonly string[]).includes(value);
}

const byId = new Map<string, Pattern>(PATTERNS.map((p) => [p.id, p]));

/** The pattern for a cause id; undefined for `unexplained` and unknown ids. */
export function patternById(id: string): Pattern | undefined {
  return byId.get(id);
}
