/** `analyze --format json`: exactly the schemaVersion 1 shape of the cause-id contract. */
import type { Analysis, DiagnosedAttempt } from '../diagnose/analyze.js';
import {
  type EvidenceRef,
  type Explanation,
  type LowerBound,
  type SecurityBurst,
  type SecurityFinding,
  type RdpEnabledFinding,
  type SessionHijackFinding,
  serverLogged,
} from '../model/attempt.js';
import type { Coverage } from '../diagnose/coverage.js';
import type { InputSummary } from '../model/event.js';
import type { Fleet } from './fleet.js';
import type { InputWarning } from '../model/event.js';
import { escapeJsonText } from './sanitize.js';

/** Only the location fields a warning or error has, with its message. */
function where(p: { line?: number; column?: number; offset?: number }, message: string) {
  return {
    ...(p.line !== undefined ? { line: p.line } : {}),
    ...(p.column !== undefined ? { column: p.column } : {}),
    ...(p.offset !== undefined ? { offset: p.offset } : {}),
    message,
  };
}

function warningJson(w: InputWarning) {
  return { code: w.code, kind: w.kind, ...where(w, w.message) };
}

function countsJson(i: InputSummary): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, c] of Object.entries(i.warningCounts)) if (c) out[code] = c.count;
  return out;
}

/** An evidence reference, with its event's salient fields (`details`, as the other reports lead with them). */
function evidence(e: EvidenceRef) {
  return {
    channel: e.channel,
    eventId: e.eventId,
    recordId: e.recordId,
    time: e.time,
    source: e.source,
    ...(e.details ? { details: e.details } : {}),
    ...(e.state ? { kind: 'state', ...e.state } : {}),
  };
}

function explanation(x: Explanation & { id: string }) {
  return {
    id: x.id,
    confidence: x.confidence,
    title: x.title,
    explanation: x.explanation,
    evidence: x.evidence.map(evidence),
    remediation: x.remediation,
  };
}

function attempt(a: DiagnosedAttempt) {
  const client: Record<string, string> = {};
  if (a.client.address) client.address = a.client.address;
  if (a.client.name) client.name = a.client.name;
  const server: { name?: string; address?: string; port?: number } = {};
  const serverName = serverLogged(a) ? a.computer : a.server.name;
  if (serverName) server.name = serverName;
  if (a.server.address) server.address = a.server.address;
  if (a.server.port !== undefined) server.port = a.server.port;
  return {
    id: a.id,
    start: a.start,
    end: a.end,
    side: a.side,
    connection: a.connection,
    client,
    server,
    ...(a.user ? { user: a.user } : {}),
    ...(a.redirectedFrom
      ? { redirectedFrom: { computer: a.redirectedFrom.computer, start: a.redirectedFrom.start } }
      : {}),
    ...(a.via ? { via: a.via } : {}),
    ...(a.healthProbe ? { healthProbe: true } : {}),
    // It took over another account's session (session-hijack): `user` is the actor, this the victim's session.
    ...(a.takeover ? { takeover: a.takeover } : {}),
    // Its client computer logged explicit credentials for it (explicit-credentials, Security 4648 to TERMSRV/…).
    ...(a.explicitCredentials ? { explicitCredentials: a.explicitCredentials } : {}),
    outcome: a.outcome,
    ...(a.outcomeReason ? { reason: a.outcomeReason } : {}),
    causes: a.causes.map((c) => ({ ...explanation(c), ...(c.upstream ? { upstream: c.upstream } : {}) })),
    ...(a.tries ? { tries: a.tries } : {}),
    records: (a.records ?? []).map((r) => ({
      computer: r.computer,
      channel: r.channel,
      eventId: r.eventId,
      ...(r.recordId !== undefined ? { recordId: r.recordId } : {}),
      time: r.time,
      ...(r.logon ? { logon: true } : {}),
      ...(r.inferred ? { inferred: true } : {}),
    })),
    ...(a.trace
      ? {
          trace: [
            { step: 'outcome', outcome: a.outcome, rule: a.trace.outcome },
            ...a.trace.patterns.map((p) => ({
              step: 'pattern',
              ...p,
              clauses: p.clauses.map((c) => ({ ...c, events: c.events.map(evidence) })),
            })),
          ],
        }
      : {}),
  };
}

/** A report array whose items are turned into JSON one at a time, as they are written. */
class Each<T> {
  constructor(
    readonly items: readonly T[],
    readonly json: (item: T) => unknown,
  ) {}
}

/**
 * The report's top-level fields in their order; the long lists (attempts, incidents, findings) as `Each`, so
 * a large report never holds all their JSON objects at once.
 */
function reportFields(analysis: Analysis, inputs: InputSummary[], fleet?: Fleet): [string, unknown][] {
  return [
    ['schemaVersion', 1],
    ['inputs', inputs.map(inputJson)],
    ['coverage', coverageJson(analysis.coverage)],
    ['attempts', new Each(analysis.attempts, attempt)],
    ['incidents', new Each(analysis.incidents, incidentJson)],
    ['findings', new Each(analysis.findings, findingJson)],
    ...(fleet ? [['fleet', fleet] as [string, unknown]] : []),
    // The machines' state (causes.md "Host state"): only when state files were read.
    ...(analysis.machineState ? [['machineState', analysis.machineState] as [string, unknown]] : []),
  ];
}

function inputJson(i: InputSummary) {
  return {
    path: i.path,
    format: i.format,
    records: i.records,
    ...(i.stateItems !== undefined ? { stateItems: i.stateItems } : {}),
    // SIEM records of events rdpdiag does not read, left out unparsed (not in `records`).
    ...(i.unread ? { unread: i.unread } : {}),
    // The first few of each code (the path is the input's, not repeated), then every code counted.
    warnings: i.warnings.map(warningJson),
    ...(i.warnings.length ? { warningCounts: countsJson(i) } : {}),
    ...(i.error ? { error: where(i.error, i.error.message) } : {}),
  };
}

function incidentJson(x: Analysis['incidents'][number]) {
  return {
    id: x.id,
    computer: x.computer,
    cause: x.cause,
    kind: x.kind,
    count: x.count,
    first: x.first,
    last: x.last,
    clients: x.clients,
    users: x.users,
    attempts: x.attempts,
    ...(x.source ? { source: x.source } : {}),
    ...(x.lowerBound ? { lowerBound: lowerBoundJson(x.lowerBound) } : {}),
    // Another computer's host finding where the cause sits (the license server, the domain controller).
    ...(x.upstream ? { upstream: x.upstream } : {}),
    confidence: x.confidence,
    title: x.title,
    explanation: x.explanation,
    evidence: x.evidence.map(evidence),
    remediation: x.remediation,
  };
}

function findingJson(f: Analysis['findings'][number]) {
  return {
    ...explanation(f),
    computer: f.computer,
    ...(f.cause ? { cause: f.cause } : {}),
    ...(f.attempts ? { attempts: f.attempts } : {}),
    ...('burst' in f ? burstJson((f as SecurityFinding).burst) : {}),
    ...('hijack' in f ? { hijack: (f as SessionHijackFinding).hijack } : {}),
    ...('rdpEnabled' in f ? { rdpEnabled: (f as RdpEnabledFinding).rdpEnabled } : {}),
    ...(f.tunnel ? { tunnel: f.tunnel } : {}),
    ...(f.outbound ? { outbound: f.outbound } : {}),
    ...(f.explicitCredentials ? { explicitCredentials: f.explicitCredentials } : {}),
    ...(f.lockout ? { lockout: f.lockout } : {}),
    ...(f.unknown ? { unknown: f.unknown } : {}),
  };
}

/** `fleet`: the fleet view (fleet.ts), written only when the run covers many computers. */
export function toJsonReport(analysis: Analysis, inputs: InputSummary[], fleet?: Fleet) {
  const report: Record<string, unknown> = {};
  for (const [key, value] of reportFields(analysis, inputs, fleet))
    report[key] = value instanceof Each ? value.items.map(value.json) : value;
  return report as unknown as JsonReport;
}

interface JsonReport {
  schemaVersion: 1;
  inputs: ReturnType<typeof inputJson>[];
  coverage: ReturnType<typeof coverageJson>;
  attempts: ReturnType<typeof attempt>[];
  incidents: ReturnType<typeof incidentJson>[];
  findings: ReturnType<typeof findingJson>[];
  fleet?: Fleet;
}

/**
 * The JSON report as `JSON.stringify(toJsonReport(…), null, 2)` writes it (escaped, with a final line end), in
 * pieces: each list item is turned into JSON, indented and let go in turn, so a fleet's report (tens of MB)
 * written as it comes is never one string, nor its objects all alive at once.
 */
export function* jsonReportChunks(analysis: Analysis, inputs: InputSummary[], fleet?: Fleet): Generator<string> {
  let pending = '{';
  let first = true;
  for (const [key, value] of reportFields(analysis, inputs, fleet)) {
    pending += `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (!(value instanceof Each)) {
      pending += indented(value, 1);
      continue;
    }
    if (value.items.length === 0) {
      pending += '[]';
      continue;
    }
    yield escapeJsonText(`${pending}[`);
    for (let i = 0; i < value.items.length; i++)
      yield escapeJsonText(`${i ? ',' : ''}\n    ${indented(value.json(value.items[i]), 2)}`);
    pending = '\n  ]';
  }
  yield escapeJsonText(`${pending}\n}\n`);
}

/**
 * JSON.stringify's text of a value nested `depth` levels in, indented as there: stringified inside as many
 * arrays, which are cut off again (no second pass over a text of megabytes to indent its lines).
 */
function indented(value: unknown, depth: 1 | 2): string {
  const text = JSON.stringify(depth === 1 ? [value] : [[value]], null, 2);
  // `[\n  ` … `\n]`, or `[\n  [\n    ` … `\n  ]\n]`.
  return depth === 1 ? text.slice(4, -2) : text.slice(10, -6);
}

/**
 * Coverage (causes.md, additions for real logs): per computer and channel the events read, first and last
 * record, holes in the record ids, rolled over or cleared; the channels missing and the advice as before.
 */
function coverageJson(c: Coverage) {
  const channels = (c.logs ?? []).map((l) => ({
    computer: l.computer,
    channel: l.channel,
    events: l.events,
    first: l.first,
    last: l.last,
    ...(l.firstRecordId !== undefined ? { firstRecordId: l.firstRecordId, lastRecordId: l.lastRecordId } : {}),
    rolledOver: l.rolledOver,
    ...(l.filtered ? { filtered: true } : {}),
    ...(l.fromQuery ? { fromQuery: true } : {}),
    ...(l.cleared ? { cleared: l.cleared } : {}),
    gaps: l.gaps,
    ...(l.moreGaps ? { moreGaps: l.moreGaps } : {}),
  }));
  return { channels, missing: c.missing, advice: c.advice };
}

function lowerBoundJson(b: LowerBound) {
  return {
    count: b.count,
    from: b.from,
    byChannel: b.byChannel,
    logsBegin: b.logsBegin,
    first: b.first,
    firstIn: b.firstIn,
    ...(b.extent ? { extent: b.extent } : {}),
  };
}

function burstJson(b: SecurityBurst) {
  const { lowerBound, ...rest } = b;
  return { ...rest, ...(lowerBound ? { lowerBound: lowerBoundJson(lowerBound) } : {}) };
}

export function renderJson(analysis: Analysis, inputs: InputSummary[], fleet?: Fleet): string {
  return [...jsonReportChunks(analysis, inputs, fleet)].join('');
}
