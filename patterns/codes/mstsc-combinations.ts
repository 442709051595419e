/**
 * Readings of a primary + extended pair that say more than the two codes apart. Keyed by
 * (primary decimal, extended decimal). Sources: IMsTscAxEvents::OnDisconnected and
 * ExtendedDisconnectReasonCode (learn.microsoft.com/windows/win32/termserv/), and the patterns that use the causes.
 * Microsoft documents each code's meaning, not a root-cause list for the pair: the causes here are the
 * candidates to check, each with its own confidence.
 */
import type { CauseId } from '../index.js';
import type { Confidence } from './types.js';

export interface CombinationCause {
  readonly causeId: CauseId;
  readonly confidence: Confidence;
  /** Why this cause fits the pair, and which log confirms it. */
  readonly why: string;
}

export interface CodeCombination {
  readonly primary: number;
  readonly extended: number;
  /** One-line reading of the pair. */
  readonly summary: string;
  readonly confidence: Confidence;
  /** Candidate causes, most commonly reported first. */
  readonly causes: readonly CombinationCause[];
  readonly notes: readonly string[];
}

export const CODE_COMBINATIONS: readonly CodeCombination[] = [
  {
    primary: 2308,
    extended: 7,
    summary:
      'The server deliberately refused the connection (it sent error-info 7, ServerDeniedConnection) and then closed the TCP socket.',
    confidence: 'WR',
    causes: [
      {
        causeId: 'tls-certificate',
        confidence: 'SP',
        why: 'An expired, corrupt or unreadable RDP certificate (MachineKeys permissions) is the reason forum reports name first. Confirm with System TermService 1057/1058/1053/1055 and Schannel 36870 (0x8009030D) on the server.',
      },
      {
        causeId: 'licensing-grace-expired',
        confidence: 'WR',
        why: 'An RD Session Host whose licensing grace period ended refuses connections; some users see 0x904/0x7 instead of the licensing dialog. Confirm with RCM/Admin 1128 (50280) / 1069.',
      },
      {
        causeId: 'licensing-server-unavailable',
        confidence: 'WR',
        why: 'No license server specified or reachable. Confirm with RCM/Admin 1130/1131/1043 (50282/50283).',
      },
      {
        causeId: 'licensing-client-cache',
        confidence: 'WR',
        why: 'A corrupt client licence cache (MSLicensing). Confirm with RCM/Operational 1003 naming the client.',
      },
      {
        causeId: 'licensing-cal-unavailable',
        confidence: 'SP',
        why: "No CAL of the needed type. Confirm with RCM/Operational 1004/1011 and the license server's 20/21/22.",
      },
      {
        causeId: 'security-layer-mismatch',
        confidence: 'SP',
        why: 'Security layer or encryption level cannot be agreed. Confirm with System 1050 and RdpCoreTS 139.',
      },
      {
        causeId: 'session-limit',
        confidence: 'SP',
        why: 'Another user is signed in, the connection limit is reached, or logons are disabled. Confirm with RCM 1151, LSM 40/41/42 and System 1070/1071.',
      },
      {
        causeId: 'auth-logon-right',
        confidence: 'SP',
        why: 'The account lacks the right to sign in through Remote Desktop Services. Confirm with Security 4625 Status 0xC000015B.',
      },
      {
        causeId: 'credssp-nla',
        confidence: 'SP',
        why: "Forum reports also blame NLA/CredSSP mismatches. Confirm with the client's System LsaSrv 6041 and RdpCoreTS 139.",
      },
      {
        causeId: 'server-denied',
        confidence: 'MS',
        why: 'When none of the above shows, the honest answer is "the server denied it without saying why". RdpCoreTS 72 SetErrorInfo(0x7) or LSM 40 reason 7 mark the refusal itself.',
      },
    ],
    notes: [
      "Microsoft documents the two meanings (socket closed; server denied the connection) but no root-cause list for this pair: look on the SERVER, in the attempt's time window, for whatever made it refuse.",
      'Users report this pair with the dialog "This computer can\'t connect to the remote computer. Try connecting again…".',
    ],
  },
  {
    primary: 2308,
    extended: 0,
    summary:
      'The TCP connection was closed and the server sent no denial first: the socket simply died (network or TLS problem).',
    confidence: 'WR',
    causes: [
      {
        causeId: 'network-dropped',
        confidence: 'WR',
        why: 'An unstable path, UDP transport or VPN MTU dropped the connection. Confirm with RdpCoreTS 226 (0x80070040 / 0x80070079) and 142/143 on the server.',
      },
      {
        causeId: 'tls-protocol-mismatch',
        confidence: 'WR',
        why: 'The TLS handshake failed and the server hung up. Confirm with Schannel 36874/36888 on the server and RdpCoreTS 139 (0x80090326 / 0x80090331).',
      },
      {
        causeId: 'tls-certificate',
        confidence: 'SP',
        why: 'The server could not use its certificate during the handshake. Confirm with Schannel 36870 and System 1057/1058.',
      },
      {
        causeId: 'handshake-aborted',
        confidence: 'SP',
        why: 'If the server shows only 131 → 102/103 with nothing else, the connection was cut during the handshake.',
      },
    ],
    notes: [
      'If the server logged nothing at all for the attempt, the connection may never have reached it (check for RdpCoreTS 131 / RCM 261 at that time).',
    ],
  },
];

export function findCombination(primary: number, extended: number): CodeCombination | undefined {
  return CODE_COMBINATIONS.find((c) => c.primary === primary && c.extended === extended);
}
