/**
 * What the SIEM outputs (`ecs`, `splunk-hec`) share: stable document ids (a hash of what the logs say,
 * never of rdpdiag's run-local numbering, so a re-run over the same logs gives the same ids), account
 * names split as SIEMs keep them, and times as ISO 8601 a SIEM parses.
 */
import type { DiagnosedAttempt } from '../diagnose/analyze.js';
import type { Finding, Incident } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { isRawTime } from '../model/time.js';
import type { FleetIncident } from './fleet.js';
import { isSecurityFinding } from './model.js';
import { KEY_EVENTS } from './key-events.js';
import { sha256Hex } from './sha256.js';

/** The events that identify an attempt: its first few, by log and record (time and id when no record id). */
export { KEY_EVENTS };

function eventKey(e: NormalizedEvent): string {
  return [e.channel.toLowerCase(), e.eventId, e.recordId ?? '', e.timestamp].join('|');
}

function attemptKey(a: DiagnosedAttempt): string {
  const events = [...a.events, ...a.clientEvents].slice(0, KEY_EVENTS).map(eventKey);
  return [a.computer.toLowerCase(), a.side, a.start, ...events].join('\n');
}

export function attemptDocId(a: DiagnosedAttempt): string {
  return sha256Hex(`rdpdiag attempt\n${attemptKey(a)}`);
}

/** An incident is known by its computer, cause, kind and first attempt: a re-run finds the same one. */
export function incidentDocId(x: Incident, attemptsById: ReadonlyMap<string, DiagnosedAttempt>): string {
  const first = attemptsById.get(x.attempts[0]);
  const key = first ? attemptKey(first) : x.first;
  return sha256Hex(`rdpdiag incident\n${x.computer.toLowerCase()}\n${x.cause}\n${x.kind}\n${key}`);
}

export function findingDocId(f: Finding): string {
  const where = isSecurityFinding(f)
    ? `${f.burst.source}\n${f.burst.first}`
    : f.evidence
        .slice(0, KEY_EVENTS)
        .map((e) => [e.channel.toLowerCase(), e.eventId, e.recordId ?? '', e.time].join('|'))
        .join('\n');
  return sha256Hex(`rdpdiag finding\n${f.id}\n${f.computer.toLowerCase()}\n${where}`);
}

/** A fleet incident is known by its kind, cause (or source), computers and start. */
export function fleetDocId(x: FleetIncident): string {
  const computers = x.computers.map((c) => c.toLowerCase()).sort();
  return sha256Hex(`rdpdiag fleet\n${x.kind}\n${x.id}\n${x.source ?? ''}\n${computers.join(',')}\n${x.first}`);
}

/** `DOMAIN\user` or `user@domain` as name and domain; a bare name has no domain. */
export function splitAccount(account: string): { name: string; domain?: string } {
  const slash = account.indexOf('\\');
  if (slash > 0) return { domain: account.slice(0, slash), name: account.slice(slash + 1) };
  const at = account.lastIndexOf('@');
  if (at > 0) return { name: account.slice(0, at), domain: account.slice(at + 1) };
  return { name: account };
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^[0-9a-f:]*:[0-9a-f:.]*(%[\w.-]+)?$/i;

/** A literal IP address (what an `ip` field takes); a host name or a redaction pseudonym is not one. */
export function isIpAddress(text: string): boolean {
  return IPV4.test(text) || (IPV6.test(text) && text.includes(':') && text.length <= 45);
}

/** A report time as a SIEM parses it: the timestamp itself, or, for a raw FILETIME, its milliseconds. */
export function siemTime(timestamp: string, ms: number): string | undefined {
  if (!isRawTime(timestamp)) return timestamp;
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : undefined;
}

/** A value list without blanks or repeats, in first-seen order. */
export function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}
