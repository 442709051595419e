/** How far an attempt got, in words (the reports' progress column, an unexplained failure's sentence). */
import { describeGatewayProgress } from '../correlate/index.js';
import type { Attempt } from '../model/attempt.js';

const LADDER: [keyof Attempt['progress'], string][] = [
  ['accepted', 'the TCP connection was accepted'],
  ['authenticated', 'network-level authentication succeeded'],
  ['licensing', 'licensing started'],
  ['protocolComplete', 'the RDP protocol exchange completed'],
  ['session', 'a session was reached'],
];

/** How far the attempt got, in words. */
export function describeProgress(a: Attempt): string {
  switch (a.side) {
    case 'gateway':
      return describeGatewayProgress(a);
    case 'server':
    case 'both':
    case 'client':
      break;
    default:
      a.side satisfies never;
  }
  const reached = LADDER.filter(([k]) => a.progress[k]).map(([k, t]) =>
    k === 'accepted' && a.connection === 'vmbus' ? 'the Hyper-V enhanced session (VMBus) was opened' : t,
  );
  if (reached.length === 0)
    return a.events.length
      ? 'the server logged the connection but no step of the connection sequence'
      : 'no server-side event was logged for this attempt';
  return reached.join(', then ');
}
