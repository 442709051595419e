/**
 * What the SIEM outputs (`ecs`, `splunk-hec`) share: stable document ids (a hash of what the logs say,
 * never of rdpdiag's run-local numbering, so a re-run over the same logs gives the same ids), account
 * names split as SIEMs keep them, and times as ISO 8601 a SIEM parses.
 */
import type { Analysis, DiagnosedAttempt } from '../diagnose/analyze.js';
import type { Finding, Incident } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import { isRawTime } from '../model/time.js';
import type { Fleet, FleetIncident } from './fleet.js';
import { isSecurityFinding } from './model.js';
import { KEY_EVENTS } from './key-events.js';
import { sha256Hex } from './sha256.js';
import {
  type AttackTechnique,
  findingSeverity,
  findingTechniques,
  fleetSeverity,
  fleetTechniques,
  incidentSeverity,
  incidentTechniques,
  type Severity,
} from './siem-rules.js';

/** The events that identify an attempt: its first few, by log and record (time and id when no record id). */
export { KEY_EVENTS };

function eventKey(e: NormalizedEvent): string {
  return [e.channel.toLowerCase(), e.eventId, e.recordId ?? '', e.timestamp].join('|');
}

function attemptKey(a: DiagnosedAttempt): string {
  const events = [...a.events, ...a.clientEvents].slice(0, KEY_EVENTS).map(eventKey);
  return [a.computer.toLowerCase(), a.side, a.start, ...events].join('\n');
}

function attemptDocId(a: DiagnosedAttempt): string {
  return sha256Hex(`rdpdiag attempt\n${attemptKey(a)}`);
}

/** An incident is known by its computer, cause, kind and first attempt: a re-run finds the same one. */
function incidentDocId(x: Incident, attemptsById: ReadonlyMap<string, DiagnosedAttempt>): string {
  const first = attemptsById.get(x.attempts[0]);
  const key = first ? attemptKey(first) : x.first;
  return sha256Hex(`rdpdiag incident\n${x.computer.toLowerCase()}\n${x.cause}\n${x.kind}\n${key}`);
}

function findingDocId(f: Finding): string {
  const where = isSecurityFinding(f)
    ? `${f.burst.source}\n${f.burst.first}`
    : f.evidence
        .slice(0, KEY_EVENTS)
        .map((e) => [e.channel.toLowerCase(), e.eventId, e.recordId ?? '', e.time].join('|'))
        .join('\n');
  return sha256Hex(`rdpdiag finding\n${f.id}\n${f.computer.toLowerCase()}\n${where}`);
}

/** A fleet incident is known by its kind, cause (or source), computers and start. */
function fleetDocId(x: FleetIncident): string {
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

/** What every SIEM output says of an alert (an incident, a finding, a fleet incident) beside its own fields. */
export interface SiemAlert {
  /** Its stable id. */
  id: string;
  severity: Severity;
  /** The MITRE ATT&CK techniques it shows (none for a failure). */
  techniques: AttackTechnique[];
}

/** How a SIEM output writes each thing it sends: an attempt given its stable id, an alert given what all say of it. */
export interface SiemWriters<T> {
  attempt(a: DiagnosedAttempt, id: string): T;
  incident(x: Incident, alert: SiemAlert): T;
  finding(f: Finding, alert: SiemAlert): T;
  fleet(x: FleetIncident, alert: SiemAlert): T;
}

/**
 * What a SIEM output sends, in its order: attempts, incidents and findings, then the fleet's incidents when there is
 * a fleet view; each written with its stable id (an alert with its severity and techniques too), one at a time, as
 * they are written out. Both outputs walk the analysis here, so they send the same ids, severities and techniques.
 */
export function* siemDocuments<T>(analysis: Analysis, fleet: Fleet | undefined, write: SiemWriters<T>): Generator<T> {
  const byId = new Map(analysis.attempts.map((a) => [a.id, a]));
  for (const a of analysis.attempts) yield write.attempt(a, attemptDocId(a));
  const { findings } = analysis;
  for (const x of analysis.incidents) {
    const severity = incidentSeverity(x, findings);
    yield write.incident(x, { id: incidentDocId(x, byId), severity, techniques: incidentTechniques(x, findings) });
  }
  for (const f of findings)
    yield write.finding(f, { id: findingDocId(f), severity: findingSeverity(f), techniques: findingTechniques(f) });
  for (const x of fleet?.incidents ?? []) {
    const severity = fleetSeverity(x, findings);
    yield write.fleet(x, { id: fleetDocId(x), severity, techniques: fleetTechniques(x, findings) });
  }
}
