/**
 * Sysmon as a source of attempts: an inbound connection to Remote Desktop's listener (Sysmon 3, `Initiated` false, to
 * TermService's svchost on one of the computer's Remote Desktop ports: 3389, or the port its own records say,
 * rdp-ports.ts) that no connection log holds is a connection: an attempt with its client's address and port, of
 * `unknown` outcome unless a logon proof joins it. Where the host's own Remote Desktop or Security logs hold a
 * connection at that moment (within `SAME_CONNECTION_MS`, the same client when they name one; for a port proxy's
 * port, the connection it forwarded from the loopback), the flow is that connection's and makes none of its own.
 */
import { isSysmon } from './keys.js';
import type { Attempt } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { classOfAddress } from '../model/address-class.js';
import { newAttempt } from './attempt-builder.js';
import type { HostNames } from './host-names.js';
import { baseName, type InboundEnds, inboundEnds, type RdpPort, RdpPorts } from './rdp-ports.js';

/** A connection log's attempt this close to the flow is the same connection. */
const SAME_CONNECTION_MS = 15_000;
/** A logon from the same client this long after the flow is the same connection (the logon screen's wait). */
const LOGON_SCREEN_MS = 120_000;

/** An inbound TCP connection to the listener's process on one of the computer's Remote Desktop ports. */
function inboundRdpFlow(e: NormalizedEvent, ports: RdpPorts): (InboundEnds & { port: RdpPort }) | undefined {
  if (!isSysmon(e) || e.eventId !== 3 || baseName(e.data.Image) !== 'svchost.exe') return undefined;
  const ends = inboundEnds(e, (p) => !!ports.of(e.computer, p, e.timeMs));
  const port = ends && ports.of(e.computer, ends.localPort, e.timeMs);
  return ends && port ? { ...ends, port } : undefined;
}

const isLoopback = (address: string | undefined) => {
  const c = classOfAddress(address?.replace(/^\[|\]$/g, ''));
  return c === 'loopback-v4' || c === 'loopback-v6';
};

/** How a port other than 3389 is Remote Desktop's, for the attempt's reason. */
function portText(p: RdpPort): string {
  switch (p.how) {
    case 'port-number':
      return ` (to port ${p.port}, where the computer's own records moved Remote Desktop's listener: RDP-Tcp PortNumber)`;
    case 'listener':
      return ` (to port ${p.port}, where Remote Desktop's listener said it listens: RdpCoreTS 129)`;
    case 'port-proxy':
      return ` (to port ${p.port}, a port proxy's that forwards to Remote Desktop at ${p.connects})`;
    default:
      return '';
  }
}

/** The attempts Sysmon alone shows, beside those the connection logs made (`known`). */
export function sysmonInboundAttempts(
  events: readonly NormalizedEvent[],
  known: readonly Attempt[],
  hosts: HostNames,
  nextId: () => string,
): Attempt[] {
  const out: Attempt[] = [];
  const ports = RdpPorts.fromEvents(events, hosts);
  for (const e of events) {
    const flow = inboundRdpFlow(e, ports);
    if (!flow) continue;
    const key = hosts.key(e.computer);
    const address = flow.client;
    const proxied = flow.port.how === 'port-proxy';
    // Another flow Sysmon alone saw is the same connection only when it is the same client's same port (one record
    // twice): each TCP connection to the listener is an attempt of its own (SharpRDP's four, seconds apart).
    const twice = out.some(
      (a) =>
        hosts.key(a.computer) === key &&
        a.client.address?.toLowerCase() === address.toLowerCase() &&
        String(a.client.port ?? '') === String(Number(flow.clientPort) || '') &&
        Math.abs(a.startMs - e.timeMs) <= SAME_CONNECTION_MS,
    );
    if (twice) continue;
    const same = known.some((a) => {
      if ((a.side !== 'server' && a.side !== 'both') || hosts.key(a.computer) !== key) return false;
      const sameClient = a.client.address?.toLowerCase() === address.toLowerCase();
      // Logs that begin at the logon (LSM, Security without NLA) start the connection up to the logon screen's wait later.
      if (sameClient && a.startMs >= e.timeMs && a.startMs - e.timeMs <= LOGON_SCREEN_MS) return true;
      // A port proxy hands the connection on from the loopback: the logs see that client, not this one.
      const forwarded = proxied && isLoopback(a.client.address);
      return Math.abs(a.startMs - e.timeMs) <= SAME_CONNECTION_MS && (!a.client.address || sameClient || forwarded);
    });
    if (same) continue;
    const a = newAttempt(nextId(), hosts.display(e.computer), 'server', e);
    const port = Number(flow.clientPort);
    a.client = { address, ...(Number.isInteger(port) && port > 0 ? { port } : {}) };
    a.events.push(e);
    a.progress.accepted = true;
    a.connection = 'tcp';
    a.outcome = 'unknown';
    a.outcomeRule = "an inbound connection to Remote Desktop's port that only Sysmon recorded (event 3)";
    a.outcomeReason = `Only Sysmon's network connection record (event 3) shows this connection${portText(flow.port)}: no Remote Desktop or Security log of that time holds it, so whether anyone signed in is unknown.`;
    out.push(a);
  }
  return out;
}
