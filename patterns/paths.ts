/**
 * Computers on a connection's path that log it too, as data: which of their events say that a session host's
 * connection came through them, and how such an event names the connection (path scope, src/diagnose/scope.ts).
 */
import type { EventMatcher, PathJoin } from './types.js';

export interface PathHop {
  /** What the attempt's `via` calls this computer's role. */
  readonly role: 'gateway';
  readonly match: EventMatcher;
  readonly join: PathJoin;
  /** The field naming the client's own address (the session host sees the hop's). */
  readonly clientAddress: string;
}

export const PATH_HOPS: readonly PathHop[] = [
  {
    // [MS] Gateway 302: the user on client computer %2 connected to resource %4 (the session host).
    role: 'gateway',
    match: { channel: 'Gateway/Operational', eventId: 302 },
    join: { target: 'Resource', user: 'Username' },
    clientAddress: 'IpAddress',
  },
];
