/**
 * What carried a connection (JSON `connection`): TCP from a client address, or a Hyper-V enhanced session
 * over VMBus (rdp-events.md, newest corrections: LSM address `LOCAL`, connection names like
 * `31C5CE94259D4006A9E4#0`, the `CRDPENCNamedPipeListener` listener, no RdpCoreTS 131 and no TCP phase).
 */
import type { Attempt, ConnectionKind } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { clientAddress, logKind, rawClientAddress } from './keys.js';

/** A VMBus listener is named by hex digits (part of a GUID), its connections `<name>#N`; TCP's is `RDP-Tcp`. */
const VMBUS_NAME = /^[0-9a-f]{16,32}(#\d+)?$/i;
const TCP_NAME = /^rdp-tcp/i;
const PIPE_LISTENER = /^CRDPENCNamedPipeListener$/i;

type Sign = 'tcp' | 'vmbus' | 'local' | undefined;

function signOf(e: NormalizedEvent): Sign {
  const kind = logKind(e);
  if (kind === 'rdpcore' && e.eventId === 131) return 'tcp';
  // Sysmon's network connection record of the flow itself (sysmon-inbound.ts).
  if (kind === 'sysmon' && e.eventId === 3 && /^tcp$/i.test(e.data.Protocol?.trim() ?? '')) return 'tcp';
  if (clientAddress(e) !== undefined) return 'tcp';
  const name = e.data.ConnectionName ?? e.data.SessionName ?? e.data.listenerName ?? e.data.ListenerName;
  if (name !== undefined) {
    if (VMBUS_NAME.test(name.trim())) return 'vmbus';
    if (TCP_NAME.test(name.trim())) return 'tcp';
  }
  if (kind === 'rdpcore' && e.data.Name !== undefined && PIPE_LISTENER.test(e.data.Name.trim())) return 'vmbus';
  if (kind === 'lsm' && /^local$/i.test(rawClientAddress(e)?.trim() ?? '')) return 'local';
  return undefined;
}

/**
 * The attempt's connection kind from its own events: a client address, an RdpCoreTS 131 or an `RDP-Tcp`
 * name (or a client's own log: mstsc connects over TCP) make it `tcp`; a VMBus listener or connection name,
 * or only LSM's `LOCAL` address on a connection, `vmbus`; nothing that tells, `unknown`.
 */
export function connectionKindOf(a: Attempt): ConnectionKind {
  let vmbus = false;
  let local = false;
  for (const e of [...a.probeEvents, ...a.events]) {
    const s = signOf(e);
    if (s === 'tcp') return 'tcp';
    if (s === 'vmbus') vmbus = true;
    else if (s === 'local') local = true;
  }
  if (vmbus) return 'vmbus';
  if (a.clientEvents.length > 0) return 'tcp';
  return local ? 'vmbus' : 'unknown';
}

/** A VMBus connection carries a logon-screen try when it logged something this close to it. */
const CARRIER_ACTIVE_MS = 10 * 60_000;

/**
 * A logon tried at the logon screen of a Hyper-V enhanced session (a 4625 type 10 naming no address, while
 * the VMBus connection is open and active) is an attempt of its own, carried by that connection: it takes
 * its kind and connection name. A connection whose events span months (sessions reconnected by id) carries
 * only what comes close to its own events.
 */
export function inheritVmbus(attempts: readonly Attempt[]): void {
  const carriers = attempts.filter((a) => a.connection === 'vmbus' && a.side === 'server');
  if (carriers.length === 0) return;
  for (const a of attempts) {
    if (a.connection !== 'unknown' || a.side !== 'server' || a.client.address) continue;
    const carrier = carriers.find(
      (c) =>
        c !== a &&
        c.computer === a.computer &&
        c.startMs <= a.startMs &&
        a.endMs <= c.endMs &&
        c.events.some((e) => Math.abs(a.startMs - e.timeMs) <= CARRIER_ACTIVE_MS),
    );
    if (!carrier) continue;
    a.connection = 'vmbus';
    a.connectionName ??= carrier.connectionName;
  }
}
