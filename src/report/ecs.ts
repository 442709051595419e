/**
 * `analyze --format ecs`: the analysis as Elastic Common Schema documents, one JSON object a line.
 * Attempts are `event.kind: event` (authentication and session, with their outcome and cause);
 * incidents and findings are `event.kind: alert` with `rule.*` and, for attacks, `threat.*` (MITRE
 * ATT&CK). Every field is an ECS field (test/report/ecs.test.ts checks them against the ECS definitions
 * of `@elastic/ecs`) or under `rdpdiag.`. Each document's `event.id` is a hash of what the logs say, so
 * a re-run over the same logs writes the same ids; with `bulk`, each document is preceded by the
 * `_bulk` action that makes the re-run a no-op (`create` into a data stream) or a replacement (`index`).
 */
import { isSecurityAlert } from '../diagnose/attacks/attack-path.js';
import { FINDINGS, patternById, UNEXPLAINED } from '../../patterns/index.js';
import type { Analysis, DiagnosedAttempt } from '../diagnose/analyze.js';
import {
  type EvidenceRef,
  type Finding,
  type Incident,
  type RdpEnabledFinding,
  serverLogged,
  VMBUS_CLIENT,
} from '../model/attempt.js';
import { VERSION } from '../model/version.js';
import { atOnceText, type Fleet, type FleetIncident, LOOK_AT_WHAT_THEY_SHARE } from './fleet.js';
import { isHijackFinding, isSecurityFinding } from './model.js';
import { type AttackTechnique, SECURITY_RULES, tacticUrl, techniqueUrl } from './siem-rules.js';
import { distinct, isIpAddress, type SiemAlert, siemDocuments, siemTime, splitAccount } from './siem.js';

/** The ECS version whose field definitions the documents are checked against. */
export const ECS_VERSION = '9.4.0';

export interface EcsOptions {
  /** Precede each document with its `_bulk` action line. */
  bulk?: boolean;
  /**
   * With `bulk`: the index to write to, with `index` actions (a re-run replaces its documents). Without
   * it, the data streams `logs-rdpdiag.attempt-<namespace>` and `logs-rdpdiag.alert-<namespace>`, with
   * `create` actions (a re-run's documents are refused as already there).
   */
  index?: string;
  /** The data streams' namespace (default `default`). */
  namespace?: string;
  /** The fleet view (a run over many computers): its incidents become alerts too. */
  fleet?: Fleet;
}

type Doc = Record<string, unknown>;

export interface EcsDocument {
  id: string;
  dataset: 'rdpdiag.attempt' | 'rdpdiag.alert';
  doc: Doc;
}

const OBSERVER = { vendor: 'rdpdiag', product: 'rdpdiag', version: VERSION, type: 'log-analyzer' };

/** Drops undefined values and empty objects or lists, so a document holds only what is known. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) {
    const list = value.map(compact).filter((v) => v !== undefined);
    return list.length ? list : undefined;
  }
  if (value && typeof value === 'object') {
    const out: Doc = {};
    for (const [k, v] of Object.entries(value)) {
      const c = compact(v);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value === '' ? undefined : value;
}

function common(dataset: EcsDocument['dataset'], namespace: string): Doc {
  return {
    ecs: { version: ECS_VERSION },
    data_stream: { type: 'logs', dataset, namespace },
    observer: OBSERVER,
  };
}

/** An address as ECS takes it: `ip` only for a literal IP, `address` always. */
function endpoint(address: string | undefined, name: string | undefined, port?: number): Doc {
  return {
    address: address ?? name,
    ip: address && isIpAddress(address) ? address : undefined,
    domain: name && name !== address ? name : undefined,
    port,
  };
}

function evidence(e: EvidenceRef): Doc {
  return {
    channel: e.channel,
    event_id: e.eventId,
    record_id: e.recordId === null ? undefined : String(e.recordId),
    time: e.time,
    computer: e.computer,
    source: e.source,
    summary: e.summary,
  };
}

function threat(techniques: readonly AttackTechnique[]): Doc | undefined {
  if (techniques.length === 0) return undefined;
  const subs = techniques.flatMap((t) => (t.subtechnique ? [t.subtechnique] : []));
  return {
    framework: 'MITRE ATT&CK',
    tactic: {
      id: distinct(techniques.map((t) => t.tactic.id)),
      name: distinct(techniques.map((t) => t.tactic.name)),
      reference: distinct(techniques.map((t) => tacticUrl(t.tactic.id))),
    },
    technique: {
      id: techniques.map((t) => t.technique.id),
      name: techniques.map((t) => t.technique.name),
      reference: techniques.map((t) => techniqueUrl(t.technique.id)),
      subtechnique: subs.length
        ? { id: subs.map((s) => s.id), name: subs.map((s) => s.name), reference: subs.map((s) => techniqueUrl(s.id)) }
        : undefined,
    },
  };
}

function userFields(accounts: readonly string[]): { user?: Doc; related: string[] } {
  const split = accounts.map(splitAccount);
  const related = distinct(split.map((u) => u.name));
  if (accounts.length !== 1) return { related };
  return { user: { name: split[0].name, domain: split[0].domain }, related };
}

function attemptDoc(a: DiagnosedAttempt, id: string, namespace: string): EcsDocument {
  const top = a.causes[0];
  const serverName = serverLogged(a) ? a.computer : a.server.name;
  const user = userFields(a.user ? [a.user] : []);
  // A connection that took over another account's session: its user is the actor, the victim the target user.
  const victim = a.takeover ? splitAccount(a.takeover.victim) : undefined;
  const outcome = a.outcome === 'succeeded' ? 'success' : a.outcome === 'failed' ? 'failure' : 'unknown';
  const start = siemTime(a.start, a.startMs);
  const end = siemTime(a.end, a.endMs);
  const client =
    [a.client.address, a.client.name].filter(Boolean).join(' ') ||
    (a.connection === 'vmbus' ? `a ${VMBUS_CLIENT}` : 'an unknown client');
  const verdict =
    a.outcome === 'succeeded'
      ? 'succeeded'
      : a.outcome === 'failed'
        ? `failed: ${top?.title ?? 'no cause found'}`
        : 'in progress';
  const doc: Doc = {
    '@timestamp': start,
    ...common('rdpdiag.attempt', namespace),
    message: `Remote Desktop connection from ${client} to ${serverName ?? a.server.address ?? 'an unknown server'}${a.user ? ` as ${a.user}` : ''} ${verdict}${a.takeover ? `, and took over ${a.takeover.victim}'s session${a.takeover.sessionId ? ` ${a.takeover.sessionId}` : ''} (session-hijack)` : ''}`,
    event: {
      kind: 'event',
      category: ['authentication', 'session'],
      type: a.outcome === 'succeeded' ? ['start'] : ['info'],
      action: 'rdp-connection',
      outcome,
      reason: a.outcome === 'failed' ? top?.title : undefined,
      id,
      start,
      end,
      duration: Number.isFinite(a.endMs - a.startMs) ? Math.max(0, a.endMs - a.startMs) * 1e6 : undefined,
      module: 'rdpdiag',
      dataset: 'rdpdiag.attempt',
      provider: 'rdpdiag',
    },
    host: { name: a.computer },
    source: endpoint(a.client.address, a.client.name, a.client.port),
    destination: endpoint(a.server.address, serverName),
    user: victim ? { ...user.user, target: { name: victim.name, domain: victim.domain } } : user.user,
    related: {
      ip: distinct([a.client.address, a.server.address].filter((x) => x && isIpAddress(x))),
      user: distinct([...user.related, victim?.name]),
      hosts: distinct([a.computer, a.client.name, serverName, a.clientComputer]),
    },
    rdpdiag: {
      attempt_id: a.id,
      side: a.side,
      outcome: a.outcome,
      outcome_rule: a.outcomeRule,
      cause_id: a.outcome === 'failed' ? (top?.id ?? UNEXPLAINED) : undefined,
      confidence: top?.confidence,
      causes: a.causes.map((c) => ({ id: c.id, confidence: c.confidence, title: c.title })),
      explanation: top?.explanation,
      remediation: top?.remediation,
      progress: a.progress,
      session_id: a.sessionId,
      connection_name: a.connectionName,
      takeover: a.takeover,
      client_computer: a.clientComputer,
      redirected_from: a.redirectedFrom
        ? { computer: a.redirectedFrom.computer, start: a.redirectedFrom.start }
        : undefined,
      probes: a.mergedProbes || undefined,
      // A load balancer's health probe (the health-probes finding): a dashboard leaves these out of failures.
      health_probe: a.healthProbe || undefined,
      evidence: (top?.evidence ?? []).map(evidence),
    },
  };
  return { id, dataset: 'rdpdiag.attempt', doc: compact(doc) as Doc };
}

/** `rule.*` of an alert: the cause (or finding) it is about, with rdpdiag's own description and first reference. */
function rule(id: string, title: string): Doc {
  const pattern = patternById(id);
  const finding = FINDINGS.find((f) => f.id === id);
  const security = SECURITY_RULES[id];
  return {
    id,
    name: pattern?.title ?? finding?.title ?? security?.name ?? title,
    description: pattern?.summary ?? security?.description ?? title,
    category: 'Remote Desktop',
    ruleset: 'rdpdiag',
    version: VERSION,
    reference: pattern?.references[0] ?? finding?.references[0],
    author: ['rdpdiag'],
    license: 'MIT',
  };
}

function incidentDoc(x: Incident, { id, severity, techniques }: SiemAlert, namespace: string): EcsDocument {
  const addresses = distinct(x.clients.map((c) => c.address));
  const users = userFields(x.users);
  const source = x.source ?? (x.clients.length === 1 ? x.clients[0].address : undefined);
  const start = siemTime(x.first, x.firstMs);
  const doc: Doc = {
    '@timestamp': start,
    ...common('rdpdiag.alert', namespace),
    message: x.explanation,
    event: {
      kind: 'alert',
      category: x.kind === 'attack' ? ['authentication', 'intrusion_detection'] : ['authentication'],
      type: ['info'],
      action: x.kind === 'attack' ? 'rdp-attack-incident' : 'rdp-failure-incident',
      outcome: 'failure',
      reason: x.title,
      id,
      start,
      end: siemTime(x.last, x.lastMs),
      severity: severity.score,
      risk_score: severity.score,
      module: 'rdpdiag',
      dataset: 'rdpdiag.alert',
      provider: 'rdpdiag',
    },
    rule: rule(x.cause, x.title),
    threat: threat(techniques),
    host: { name: x.computer },
    source: source ? endpoint(source, x.clients.length === 1 ? x.clients[0].name : undefined) : undefined,
    user: users.user,
    related: {
      ip: addresses.filter(isIpAddress),
      user: users.related,
      hosts: distinct([x.computer, ...x.clients.map((c) => c.name)]),
    },
    rdpdiag: {
      incident_id: x.id,
      kind: x.kind,
      cause_id: x.cause,
      confidence: x.confidence,
      severity: severity.name,
      count: x.count,
      attempt_ids: x.attempts,
      clients: x.clients,
      users: x.users,
      remediation: x.remediation,
      evidence: x.evidence.map(evidence),
    },
  };
  return { id, dataset: 'rdpdiag.alert', doc: compact(doc) as Doc };
}

/** Who a finding is about: the burst, the session taken over and its client, the accounts that opened RDP up. */
function findingParties(f: Finding) {
  const burst = isSecurityFinding(f) ? f.burst : undefined;
  // A session taken over: the actor is the user, the victim the target user, the client that took it the source.
  const hijack = isHijackFinding(f) ? f.hijack : undefined;
  const client = hijack?.actor.client;
  // Remote Desktop switched on: the accounts that changed it.
  const opened = 'rdpEnabled' in f ? (f as RdpEnabledFinding).rdpEnabled : undefined;
  const changedBy = [...new Set(opened?.changes.flatMap((c) => (c.by && c.by !== 'SYSTEM' ? [c.by] : [])) ?? [])];
  const sources = burst
    ? (burst.sources ?? [burst.source])
    : client?.address
      ? [client.address]
      : [...new Set(opened?.followedBy.map((x) => x.address) ?? [])];
  const users = userFields(burst?.accounts ?? (hijack?.actor.user ? [hijack.actor.user] : changedBy));
  const victim = hijack?.victim.user ? splitAccount(hijack.victim.user) : undefined;
  return { burst, hijack, client, opened, sources, users, victim };
}

function findingDoc(f: Finding, { id, severity, techniques }: SiemAlert, namespace: string): EcsDocument {
  const { burst, hijack, client, opened, sources, users, victim } = findingParties(f);
  const firstEvidence = f.evidence[0];
  const start = burst ? burst.first : (f.first ?? firstEvidence?.time);
  const doc: Doc = {
    '@timestamp': start ? siemTime(start, Date.parse(start)) : undefined,
    ...common('rdpdiag.alert', namespace),
    message: f.explanation,
    event: {
      kind: 'alert',
      category: burst
        ? ['authentication', 'intrusion_detection']
        : isSecurityAlert(f)
          ? ['intrusion_detection']
          : ['host'],
      type: ['info'],
      action: burst || isSecurityAlert(f) ? `rdp-${f.id}` : 'rdp-host-finding',
      outcome: burst ? (burst.successes.length ? 'success' : 'failure') : undefined,
      reason: f.title,
      id,
      start,
      end: burst?.last,
      severity: severity.score,
      risk_score: severity.score,
      module: 'rdpdiag',
      dataset: 'rdpdiag.alert',
      provider: 'rdpdiag',
    },
    rule: rule(f.id, f.title),
    threat: threat(techniques),
    host: { name: f.computer },
    source:
      burst && sources.length === 1
        ? endpoint(burst.source, undefined)
        : client && (client.address || client.name)
          ? endpoint(client.address, client.name)
          : undefined,
    user: victim ? { ...users.user, target: { name: victim.name, domain: victim.domain } } : users.user,
    related: {
      ip: sources.filter(isIpAddress),
      user: distinct([
        ...users.related,
        ...(burst?.successes.map((s) => s.user && splitAccount(s.user).name) ?? []),
        victim?.name,
      ]),
      hosts: distinct([f.computer, client?.name]),
    },
    rdpdiag: {
      finding_id: f.id,
      cause_id: f.cause,
      confidence: f.confidence,
      severity: severity.name,
      count: burst?.count,
      sources: burst?.sources,
      accounts: burst?.accounts,
      causes: burst?.causes,
      successes: burst?.successes,
      attempt_ids: burst?.attempts ?? f.attempts,
      hijack,
      rdp_enabled: opened,
      tunnel: f.tunnel,
      remediation: f.remediation,
      evidence: f.evidence.map(evidence),
    },
  };
  return { id, dataset: 'rdpdiag.alert', doc: compact(doc) as Doc };
}

/** One cause on several computers at once, or one source against several: one alert naming them all. */
function fleetDoc(x: FleetIncident, { id, severity, techniques }: SiemAlert, namespace: string): EcsDocument {
  const start = siemTime(x.first, Date.parse(x.first));
  const doc: Doc = {
    '@timestamp': start,
    ...common('rdpdiag.alert', namespace),
    message:
      x.kind === 'one-source'
        ? `${x.title} from ${x.source} against ${x.computers.length} servers at once: ${x.computers.join(', ')}`
        : `${x.title} (${x.id}) ${atOnceText(x)}: ${x.computers.join(', ')}. One cause on several computers: ${LOOK_AT_WHAT_THEY_SHARE}.`,
    event: {
      kind: 'alert',
      category: x.kind === 'one-source' ? ['authentication', 'intrusion_detection'] : ['authentication'],
      type: ['info'],
      action: 'rdp-fleet-incident',
      outcome: 'failure',
      reason: x.title,
      id,
      start,
      end: siemTime(x.last, Date.parse(x.last)),
      severity: severity.score,
      risk_score: severity.score,
      module: 'rdpdiag',
      dataset: 'rdpdiag.alert',
      provider: 'rdpdiag',
    },
    rule: rule(x.id, x.title),
    threat: threat(techniques),
    source: x.source ? endpoint(x.source, undefined) : undefined,
    related: { ip: x.source && isIpAddress(x.source) ? [x.source] : undefined, hosts: x.computers },
    rdpdiag: {
      fleet_kind: x.kind,
      side: x.side,
      severity: severity.name,
      computers: x.computers,
      count: x.count,
      incident_ids: x.incidents,
    },
  };
  return { id, dataset: 'rdpdiag.alert', doc: compact(doc) as Doc };
}

/**
 * Every document of an analysis: attempts, then incidents, then findings, in the analysis's order, then
 * the fleet's incidents when there is a fleet view; made one at a time, as they are written.
 */
function ecsDocuments(analysis: Analysis, namespace: string, fleet?: Fleet): Generator<EcsDocument> {
  return siemDocuments(analysis, fleet, {
    attempt: (a, id) => attemptDoc(a, id, namespace),
    incident: (x, alert) => incidentDoc(x, alert, namespace),
    finding: (f, alert) => findingDoc(f, alert, namespace),
    fleet: (x, alert) => fleetDoc(x, alert, namespace),
  });
}

export function toEcsDocuments(analysis: Analysis, namespace = 'default', fleet?: Fleet): EcsDocument[] {
  return [...ecsDocuments(analysis, namespace, fleet)];
}

/** The NDJSON of `--format ecs`, a document (and its bulk action line) at a time. */
export function* ecsLines(analysis: Analysis, o: EcsOptions = {}): Generator<string> {
  const namespace = o.namespace ?? 'default';
  for (const d of ecsDocuments(analysis, namespace, o.fleet)) {
    let out = '';
    if (o.bulk) {
      const action = o.index
        ? { index: { _index: o.index, _id: d.id } }
        : { create: { _index: `logs-${d.dataset}-${namespace}`, _id: d.id } };
      out += `${JSON.stringify(action)}\n`;
    }
    yield `${out}${JSON.stringify(d.doc)}\n`;
  }
}

export function renderEcs(analysis: Analysis, o: EcsOptions = {}): string {
  return [...ecsLines(analysis, o)].join('');
}
