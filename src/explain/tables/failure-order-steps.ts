/**
 * The steps of one Remote Desktop connection in the order the server meets them, and the causes that fail at each
 * (issue 60, round 30, r30-h61d): the data several failures in one paste are weighed by (failure-order.ts).
 *
 * Source: the reference's general server-side timeline of one attempt (/work/shared/reference/rdp-events.md,
 * section 4, "Failure causes → evidence signatures" [WR; TechNet 37841/37847, observed samples]): 1. the listener gets
 * a TCP connection (RCM 261, RdpCoreTS 131), 2. the security layer is negotiated (the X.224 Connection Request and
 * Confirm, [MS-RDPBCGR] 1.3.1.1 "Connection Sequence": RDP_NEG_REQ / RDP_NEG_RSP / RDP_NEG_FAILURE), 3. TLS (Schannel
 * errors "here if any"), 4. CredSSP/NLA (4624/4625 type 3, RdpCoreTS 139/140 on failure), 5. licensing (RdpCoreTS 72
 * OnStartLicensing … SendClientLicense, the licensing events), 6. the logon to a session (66, 4624 type 10, LSM 21),
 * 7. the session's own rules (arbitration, limits: LSM 41/42, RCM 1151). "Where the attempt stops in this ladder is the
 * strongest single clue." An RD Gateway refuses, or fails to reach the host, before the host sees any TCP connection
 * (causes.md, the RD Gateway's refusal: "before any session host saw the connection"). A connection lost after it was set up
 * (network-dropped) ends whichever step it was in: it belongs to no step.
 *
 * The patterns' own `phase` (patterns/codes/types.ts PROTOCOL_PHASES: connection, tls, nla, licensing, logon,
 * session) agrees with this order; the steps split the patterns' "connection" phase into TCP and the X.224
 * negotiation, as the reference's ladder does (test/explain/failure-order.test.ts checks the two agree).
 */
import { authAccountState } from '../../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../../patterns/auth-logon-right.js';
import { authNtlmBlocked } from '../../../patterns/auth-ntlm-blocked.js';
import { authSmartcard } from '../../../patterns/auth-smartcard.js';
import { credsspNla } from '../../../patterns/credssp-nla.js';
import { gatewayDenied } from '../../../patterns/gateway-denied.js';
import { gatewayHostUnreachable } from '../../../patterns/gateway-host-unreachable.js';
import { handshakeAborted } from '../../../patterns/handshake-aborted.js';
import { licensingCalUnavailable } from '../../../patterns/licensing-cal-unavailable.js';
import { licensingClientCache } from '../../../patterns/licensing-client-cache.js';
import { licensingGraceExpired } from '../../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../../patterns/licensing-server-unavailable.js';
import { networkUnreachable } from '../../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../../patterns/security-layer-mismatch.js';
import { serverDenied } from '../../../patterns/server-denied.js';
import { sessionLimit } from '../../../patterns/session-limit.js';
import { tlsCertificate } from '../../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../../patterns/tls-protocol-mismatch.js';

export interface FailureStep {
  /** The step, as the reference's timeline names it. */
  readonly step: 'tcp' | 'x224' | 'tls' | 'credssp' | 'licensing' | 'logon' | 'session';
  /** The causes that stop a connection at this step. */
  readonly causes: readonly string[];
  /** Where the reference puts the step. */
  readonly source: string;
}

const LADDER = 'rdp-events.md section 4, the general server-side timeline of one attempt';

/** The steps in the order a connection meets them (first = met first). */
export const FAILURE_STEPS: readonly FailureStep[] = [
  {
    step: 'tcp',
    causes: [gatewayDenied.id, gatewayHostUnreachable.id, networkUnreachable.id],
    source: `${LADDER}, step 1 (RCM 261, RdpCoreTS 131: "No server events at all → network/firewall/listener"); causes.md, the RD Gateway's refusal ("before any session host saw the connection")`,
  },
  {
    step: 'x224',
    causes: [securityLayerMismatch.id],
    source: `${LADDER}, between step 2 (131/65) and TLS: the security protocol negotiated in the X.224 Connection Request/Confirm ([MS-RDPBCGR] 1.3.1.1 Connection Sequence, RDP_NEG_FAILURE)`,
  },
  {
    step: 'tls',
    causes: [tlsCertificate.id, tlsProtocolMismatch.id, handshakeAborted.id],
    source: `${LADDER}, step 3 ("TLS: Schannel errors here if any")`,
  },
  {
    step: 'credssp',
    causes: [credsspNla.id, authBadCredentials.id, authAccountState.id, authNtlmBlocked.id, authSmartcard.id],
    source: `${LADDER}, step 4 ("CredSSP/NLA: Security 4624/4625 type 3, RdpCoreTS 139/140 on failure")`,
  },
  {
    step: 'licensing',
    causes: [
      licensingGraceExpired.id,
      licensingServerUnavailable.id,
      licensingCalUnavailable.id,
      licensingClientCache.id,
    ],
    source: `${LADDER}, step 6 ("Licensing (RdpCoreTS 72 OnStartLicensing…SendClientLicense; System licensing events)")`,
  },
  {
    step: 'logon',
    causes: [authLogonRight.id, serverDenied.id],
    source: `${LADDER}, steps 9-10 ("66 but no 21/25 → logon right or winlogon failure. Check 4625 type 10 and LSM 40")`,
  },
  {
    step: 'session',
    causes: [sessionLimit.id],
    source: `${LADDER}, step 8 ("98 but no 66 → session arbitration, server denial, or limits. Check 41/42, 1151, 1070/1071, 1066")`,
  },
];

/**
 * Two causes of one step where one waits on the other: the first's failure is why the second failed, so the first is
 * met first. "Could not locate a license server" (TermService 1010, RemoteConnectionManager 1130/1131) beside "cannot
 * issue a client license" (1004): the host cannot issue a licence because it found no license server to get it from.
 */
export const MET_BEFORE: readonly { readonly first: string; readonly waiting: string; readonly source: string }[] = [
  {
    first: licensingServerUnavailable.id,
    waiting: licensingCalUnavailable.id,
    source:
      'rdp-events.md section 4.5 (no license server: "the attempt dies in licensing"); Microsoft Learn "Troubleshoot Remote Desktop disconnected errors", symptom 4 (the licensing events and the license server they name)',
  },
];

const REPORTS =
  'rdp-events.md, "Corrections and additions from the published code tables": TermDD 56 / 50 accompany X.224 / TLS failures and the "LSA cannot be contacted" case (KB 2493594)';

/**
 * The events that report a failure rather than say which: the reference (rdp-events.md, "Corrections from the
 * published code tables": "System TermDD 56 / 50 ('the security layer detected an error in the protocol stream', with
 * the client address in the data) accompany X.224 / TLS failures and the 'LSA cannot be contacted' case (KB 2493594)").
 */
export const REPORTING_EVENTS: readonly { readonly provider: string; readonly id: number; readonly source: string }[] =
  [
    { provider: 'TermDD', id: 56, source: REPORTS },
    { provider: 'TermDD', id: 50, source: REPORTS },
  ];

/** The step (its index in FAILURE_STEPS) at which a cause stops a connection; undefined for a cause of no one step. */
export function stepOfCause(id: string): number | undefined {
  const i = FAILURE_STEPS.findIndex((s) => s.causes.includes(id));
  return i < 0 ? undefined : i;
}
