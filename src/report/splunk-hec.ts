/**
 * `analyze --format splunk-hec`: the analysis as Splunk HTTP Event Collector events, one JSON object a
 * line (HEC takes them concatenated in one POST to `/services/collector/event`). Each has `time` (epoch
 * seconds), `host` (the computer), `source: rdpdiag`, `sourcetype` (`rdpdiag:attempt` or
 * `rdpdiag:alert`) and `event`, whose names are those of the CIM Authentication data model (`action`,
 * `app`, `src`, `dest`, `user`, `signature_id`, `signature`, `reason`…), so Splunk's Authentication
 * searches and dashboards read them as they are; rdpdiag's own fields are prefixed `rdpdiag_`. `id` is
 * the same stable hash as the ECS output's `event.id`: a re-run sends the same ids, for `dedup id`.
 */
import type { Analysis, DiagnosedAttempt } from '../diagnose/analyze.js';
import { type EvidenceRef, type Finding, type Incident, serverLogged } from '../model/attempt.js';
import { VERSION } from '../model/version.js';
import { atOnceText, type Fleet, type FleetIncident, LOOK_AT_WHAT_THEY_SHARE } from './fleet.js';
import { isHijackFinding, isSecurityFinding } from './model.js';
import type { AttackTechnique } from './siem-rules.js';
import { distinct, isIpAddress, type SiemAlert, siemDocuments, siemTime, splitAccount } from './siem.js';

type Fields = Record<string, unknown>;

/** The application as Splunk's Windows add-on names a remote interactive sign-in. */
const APP = 'win:remote';
const VENDOR_PRODUCT = `rdpdiag ${VERSION}`;

function compact(fields: Fields): Fields {
  const out: Fields = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out;
}

function hecTime(ms: number): number | undefined {
  return Number.isFinite(ms) ? Math.round(ms) / 1000 : undefined;
}

function hecEvent(ms: number, host: string, sourcetype: string, event: Fields): string {
  const time = hecTime(ms);
  return `${JSON.stringify({ ...(time === undefined ? {} : { time }), host, source: 'rdpdiag', sourcetype, event: compact(event) })}\n`;
}

function evidence(e: EvidenceRef) {
  return {
    channel: e.channel,
    event_id: e.eventId,
    ...(e.recordId === null ? {} : { record_id: String(e.recordId) }),
    time: e.time,
    computer: e.computer,
    summary: e.summary,
  };
}

function mitre(techniques: readonly AttackTechnique[]): Fields {
  return {
    mitre_technique_id: techniques.map((t) => t.subtechnique?.id ?? t.technique.id),
    mitre_tactic_id: distinct(techniques.map((t) => t.tactic.id)),
  };
}

function attemptEvent(a: DiagnosedAttempt, id: string): string {
  const top = a.causes[0];
  const account = a.user ? splitAccount(a.user) : undefined;
  const server = serverLogged(a) ? a.computer : a.server.name;
  const failed = a.outcome === 'failed';
  return hecEvent(a.startMs, a.computer, 'rdpdiag:attempt', {
    id,
    action:
      a.outcome === 'succeeded' ? 'success' : failed ? 'failure' : a.outcome === 'unknown' ? 'unknown' : 'pending',
    app: APP,
    src: a.client.address ?? a.client.name,
    src_ip: a.client.address && isIpAddress(a.client.address) ? a.client.address : undefined,
    src_nt_host: a.client.name,
    src_port: a.client.port,
    dest: server ?? a.server.address,
    dest_ip: a.server.address && isIpAddress(a.server.address) ? a.server.address : undefined,
    user: account?.name,
    dest_nt_domain: account?.domain,
    signature_id: failed ? top?.id : 'rdp-connection',
    signature: failed
      ? top?.title
      : `Remote Desktop connection ${a.outcome === 'succeeded' ? 'succeeded' : 'in progress'}`,
    reason: failed ? top?.explanation : undefined,
    duration: Number.isFinite(a.endMs - a.startMs) ? Math.max(0, a.endMs - a.startMs) / 1000 : undefined,
    start_time: siemTime(a.start, a.startMs),
    end_time: siemTime(a.end, a.endMs),
    vendor_product: VENDOR_PRODUCT,
    rdpdiag_attempt_id: a.id,
    rdpdiag_side: a.side,
    rdpdiag_outcome: a.outcome,
    rdpdiag_confidence: top?.confidence,
    rdpdiag_causes: a.causes.map((c) => ({ id: c.id, confidence: c.confidence, title: c.title })),
    rdpdiag_remediation: failed ? top?.remediation : undefined,
    rdpdiag_session_id: a.sessionId,
    rdpdiag_health_probe: a.healthProbe || undefined,
    rdpdiag_evidence: (top?.evidence ?? []).map(evidence),
  });
}

function incidentEvent(x: Incident, { id, severity, techniques }: SiemAlert): string {
  const source = x.source ?? (x.clients.length === 1 ? (x.clients[0].address ?? x.clients[0].name) : undefined);
  return hecEvent(x.firstMs, x.computer, 'rdpdiag:alert', {
    id,
    type: 'alert',
    action: 'failure',
    app: APP,
    src: source ?? distinct(x.clients.map((c) => c.address ?? c.name)),
    dest: x.computer,
    user: x.users.length ? distinct(x.users.map((u) => splitAccount(u).name)) : undefined,
    signature_id: x.cause,
    signature: x.title,
    description: x.explanation,
    severity: severity.name,
    risk_score: severity.score,
    count: x.count,
    start_time: siemTime(x.first, x.firstMs),
    end_time: siemTime(x.last, x.lastMs),
    vendor_product: VENDOR_PRODUCT,
    ...mitre(techniques),
    rdpdiag_incident_id: x.id,
    rdpdiag_kind: x.kind,
    rdpdiag_confidence: x.confidence,
    rdpdiag_attempt_ids: x.attempts,
    rdpdiag_remediation: x.remediation,
    rdpdiag_evidence: x.evidence.map(evidence),
  });
}

function findingEvent(f: Finding, { id, severity, techniques }: SiemAlert): string {
  const burst = isSecurityFinding(f) ? f.burst : undefined;
  // A session taken over: the actor is the user, the client that took it the source, the victim the target.
  const hijack = isHijackFinding(f) ? f.hijack : undefined;
  const client = hijack?.actor.client;
  const start = burst?.first ?? f.evidence[0]?.time;
  return hecEvent(start ? Date.parse(start) : Number.NaN, f.computer, 'rdpdiag:alert', {
    id,
    type: 'alert',
    action: burst ? (burst.successes.length ? 'success' : 'failure') : hijack?.attempt ? 'success' : undefined,
    app: burst || hijack ? APP : undefined,
    src: burst ? (burst.sources ?? burst.source) : (client?.address ?? client?.name),
    dest: f.computer,
    user: burst?.accounts.length
      ? distinct(burst.accounts.map((u) => splitAccount(u).name))
      : hijack?.actor.user
        ? splitAccount(hijack.actor.user).name
        : undefined,
    rdpdiag_target_user: hijack?.victim.user,
    rdpdiag_hijack: hijack,
    signature_id: f.id,
    signature: f.title,
    description: f.explanation,
    severity: severity.name,
    risk_score: severity.score,
    count: burst?.count,
    start_time: start,
    end_time: burst?.last,
    vendor_product: VENDOR_PRODUCT,
    ...mitre(techniques),
    rdpdiag_cause_id: f.cause,
    rdpdiag_confidence: f.confidence,
    rdpdiag_successes: burst?.successes,
    rdpdiag_attempt_ids: burst?.attempts ?? f.attempts,
    rdpdiag_remediation: f.remediation,
    rdpdiag_evidence: f.evidence.map(evidence),
  });
}

/** One cause on several computers at once, or one source against several: one alert naming them all. */
function fleetEvent(x: FleetIncident, { id, severity, techniques }: SiemAlert): string {
  // HEC's host is one computer: the first of them; `dest` names them all.
  return hecEvent(Date.parse(x.first), x.computers[0], 'rdpdiag:alert', {
    id,
    type: 'alert',
    action: 'failure',
    app: APP,
    src: x.source,
    dest: x.computers,
    signature_id: x.id,
    signature: x.title,
    description:
      x.kind === 'one-source'
        ? `${x.title} from ${x.source} against ${x.computers.length} servers at once`
        : `${x.title} ${atOnceText(x)}: one cause on several computers, ${LOOK_AT_WHAT_THEY_SHARE}`,
    severity: severity.name,
    risk_score: severity.score,
    count: x.count,
    start_time: x.first,
    end_time: x.last,
    vendor_product: VENDOR_PRODUCT,
    ...mitre(techniques),
    rdpdiag_fleet_kind: x.kind,
    rdpdiag_side: x.side,
    rdpdiag_incident_ids: x.incidents,
  });
}

/** Attempts, incidents and findings, then the fleet's incidents when there is a fleet view; an event at a time. */
export function splunkHecEvents(analysis: Analysis, fleet?: Fleet): Generator<string> {
  return siemDocuments(analysis, fleet, {
    attempt: attemptEvent,
    incident: incidentEvent,
    finding: findingEvent,
    fleet: fleetEvent,
  });
}

export function renderSplunkHec(analysis: Analysis, fleet?: Fleet): string {
  return [...splunkHecEvents(analysis, fleet)].join('');
}
