/**
 * Sysmon as a source of attempts: an inbound connection to Remote Desktop's listener (Sysmon 3, `Initiated` false, to
 * TermService's svchost on TCP 3389) that no connection log holds is a connection: an attempt with its client's
 * address and port, of `unknown` outcome unless a logon proof joins it. Where the host's own Remote Desktop or
 * Security logs hold a connection at that moment (within `SAME_CONNECTION_MS`, the same client when they name one),
 * the flow is that connection's and makes none of its own.
 */
import type { Attempt } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { newAttempt } from './attempt-builder.js';
import type { HostNames } from './host-names.js';

/** A connection log's attempt this close to the flow is the same connection. */
const SAME_CONNECTION_MS = 15_000;
/** A logon from the same client this long after the flow is the same connection (the logon screen's wait). */
const LOGON_SCREEN_MS = 120_000;

const isSysmon = (e: NormalizedEvent) => /sysmon/i.test(e.provider.name);
const base = (path: string | undefined) => (path ?? '').trim().split('\\').pop()!.toLowerCase();

/** An inbound TCP connection to the listener's process on Remote Desktop's port. */
export function isInboundRdpFlow(e: NormalizedEvent): boolean {
  if (!isSysmon(e) || e.eventId !== 3) return false;
  const d = e.data;
  return (
    /^false$/i.test(d.Initiated ?? '') &&
    (d.DestinationPort ?? '').trim() === '3389' &&
    base(d.Image) === 'svchost.exe' &&
    !/^udp$/i.test(d.Protocol ?? '') &&
    !!d.SourceIp
  );
}

/** The attempts Sysmon alone shows, beside those the connection logs made (`known`). */
export function sysmonInboundAttempts(
  events: readonly NormalizedEvent[],
  known: readonly Attempt[],
  hosts: HostNames,
  nextId: () => string,
): Attempt[] {
  const out: Attempt[] = [];
  for (const e of events) {
    if (!isInboundRdpFlow(e)) continue;
    const key = hosts.key(e.computer);
    const address = e.data.SourceIp!.trim();
    const same = [...known, ...out].some((a) => {
      if ((a.side !== 'server' && a.side !== 'both') || hosts.key(a.computer) !== key) return false;
      const sameClient = a.client.address?.toLowerCase() === address.toLowerCase();
      // Logs that begin at the logon (LSM, Security without NLA) start the connection up to the logon screen's wait later.
      if (sameClient && a.startMs >= e.timeMs && a.startMs - e.timeMs <= LOGON_SCREEN_MS) return true;
      return Math.abs(a.startMs - e.timeMs) <= SAME_CONNECTION_MS && (!a.client.address || sameClient);
    });
    if (same) continue;
    const a = newAttempt(nextId(), hosts.display(e.computer), 'server', e);
    const port = Number(e.data.SourcePort);
    a.client = { address, ...(Number.isInteger(port) && port > 0 ? { port } : {}) };
    a.events.push(e);
    a.progress.accepted = true;
    a.connection = 'tcp';
    a.outcome = 'unknown';
    a.outcomeRule = "an inbound connection to Remote Desktop's port that only Sysmon recorded (event 3)";
    a.outcomeReason =
      "Only Sysmon's network connection record (event 3) shows this connection: no Remote Desktop or Security log of that time holds it, so whether anyone signed in is unknown.";
    out.push(a);
  }
  return out;
}
