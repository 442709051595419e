/**
 * Readings of a primary + extended pair that say more than the two codes apart. Keyed by
 * (primary decimal, extended decimal). Microsoft documents each code's meaning, not a root-cause list for the
 * pair: the candidate causes to check are declared by the patterns (`codes.mstscPair`: rank, confidence and why)
 * and found by causesOfPair (patterns/code-causes.ts). A pair listed here decides alone: the primary code's own
 * causes are not added to it.
 */
import type { Confidence, ProtocolPhase } from '../../../../patterns/codes/types.js';

export interface CodeCombination {
  readonly primary: number;
  readonly extended: number;
  /** One-line reading of the pair. */
  readonly summary: string;
  readonly confidence: Confidence;
  /** Where the reading comes from. */
  readonly source: string;
  /** The protocol phases the pair can come from (unset: any). */
  readonly phases?: readonly ProtocolPhase[];
  readonly notes: readonly string[];
}

const SRC_PAIR_REPORTED =
  "Widely reported: admins' and Microsoft Q&A reports of this pair; each code's meaning from Microsoft Learn (IMsTscAxEvents::OnDisconnected, ExtendedDisconnectReasonCode), the phase from MS-RDPBCGR 2.2.5.1";
const SRC_PAIR =
  'Microsoft Learn: IMsTscAxEvents::OnDisconnected and ExtendedDisconnectReasonCode; MS-RDPBCGR 2.2.5.1 (when the server can send Set Error Info)';

/**
 * Why an extended code is never a TLS or NLA failure: the server can send it only after the client's Core Data,
 * which under Enhanced RDP Security travels inside the finished TLS and CredSSP exchanges.
 */
export const POST_HANDSHAKE_NOTE =
  'An extended code arrives in a Set Error Info PDU, which the server can send only after the client\'s Core Data (MCS Connect Initial) has reached it, i.e. after the TLS handshake and NLA/CredSSP succeeded (MS-RDPBCGR 2.2.5.1, 2.2.1.3, 2.2.1.6). A server that cannot use its certificate, or a failed NLA exchange, shows as "An internal error has occurred" (0x4) or 0x904 with extended 0x0 instead.';

/** Extended codes that mean a process of the remote session crashed or its display driver failed (MS-RDPBCGR 2.2.5.1.1). */
const SESSION_PROCESS_FAILED = [0x0f, 0x10, 0x11, 0x12, 0x17, 0x18];

const serverEnded = (extended: number, summary: string, notes: readonly string[]): CodeCombination[] =>
  [3, 2308].map((primary) => ({
    primary,
    extended,
    summary,
    confidence: 'MS',
    source: SRC_PAIR,
    phases: ['session'],
    notes,
  }));

export const CODE_COMBINATIONS: readonly CodeCombination[] = [
  {
    primary: 2308,
    extended: 7,
    summary:
      'The server deliberately refused the connection (it sent error-info 7, ServerDeniedConnection) and then closed the TCP socket.',
    confidence: 'WR',
    source: SRC_PAIR_REPORTED,
    phases: ['licensing', 'logon', 'session'],
    notes: [
      "Microsoft documents the two meanings (socket closed; server denied the connection) but no root-cause list for this pair: look on the SERVER, in the attempt's time window, for whatever made it refuse.",
      POST_HANDSHAKE_NOTE,
      'Forum answers for this pair often start with the RDP certificate or NLA/CredSSP; by the protocol those fail earlier and do not produce extended 0x7, so they are listed last.',
      'Users report this pair with the dialog "This computer can\'t connect to the remote computer. Try connecting again…".',
    ],
  },
  {
    primary: 2308,
    extended: 0,
    summary:
      'The TCP connection was closed and the server sent no denial first: the socket simply died (network, TLS or NLA problem, or the server dropped the connection before it could say why).',
    confidence: 'WR',
    source: SRC_PAIR_REPORTED,
    notes: [
      'If the server logged nothing at all for the attempt, the connection may never have reached it (check for RdpCoreTS 131 / RCM 261 at that time).',
    ],
  },
  ...[0x19, 0x1a].flatMap((extended) =>
    serverEnded(
      extended,
      extended === 0x19
        ? 'The server ended the session because Windows on it was shutting down; nothing refused the user.'
        : 'The server ended the session because Windows on it was restarting; nothing refused the user.',
      [
        "The server's System log says who or what shut it down or restarted it: User32 1074 (the process and user), 6006 (the event log stopped), 6008 (an unexpected shutdown before it), Windows Update events.",
      ],
    ),
  ),
  ...SESSION_PROCESS_FAILED.flatMap((extended) =>
    serverEnded(
      extended,
      'The server ended the session because a process of the remote session crashed or its display driver failed (see the extended code); no refusal, no session limit.',
      [
        "The server's Application log (Application Error 1000, Windows Error Reporting 1001) names the crashed process (dwm.exe, winlogon.exe, csrss.exe); the System log shows display-driver errors.",
      ],
    ),
  ),
  ...serverEnded(
    0x112f,
    'The server ended the session because its graphics subsystem failed (error-info 0x112F); a graphics problem on the server, not a refusal or a network drop.',
    [
      'Widely reported fixes: update the server\'s display or GPU driver, use fewer or smaller monitors, or turn off the hardware graphics adapter for RDP sessions (policy "Use hardware graphics adapters for all Remote Desktop Services sessions"); the server\'s System and Application logs show the failing driver or dwm.exe.',
    ],
  ),
];

export function findCombination(primary: number, extended: number): CodeCombination | undefined {
  return CODE_COMBINATIONS.find((c) => c.primary === primary && c.extended === extended);
}
