/**
 * Readings of a primary + extended pair that say more than the two codes apart. Keyed by
 * (primary decimal, extended decimal). Sources: IMsTscAxEvents::OnDisconnected and
 * ExtendedDisconnectReasonCode (learn.microsoft.com/windows/win32/termserv/).
 * Microsoft documents each code's meaning, not a root-cause list for the pair: the candidate causes to check
 * are declared by the patterns (`codes.mstscPair`: rank, confidence and why) and found by causesOfPair
 * (patterns/code-causes.ts).
 */
import type { Confidence } from './types.js';

export interface CodeCombination {
  readonly primary: number;
  readonly extended: number;
  /** One-line reading of the pair. */
  readonly summary: string;
  readonly confidence: Confidence;
  readonly notes: readonly string[];
}

export const CODE_COMBINATIONS: readonly CodeCombination[] = [
  {
    primary: 2308,
    extended: 7,
    summary:
      'The server deliberately refused the connection (it sent error-info 7, ServerDeniedConnection) and then closed the TCP socket.',
    confidence: 'WR',
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
    notes: [
      'If the server logged nothing at all for the attempt, the connection may never have reached it (check for RdpCoreTS 131 / RCM 261 at that time).',
    ],
  },
];

export function findCombination(primary: number, extended: number): CodeCombination | undefined {
  return CODE_COMBINATIONS.find((c) => c.primary === primary && c.extended === extended);
}
