/**
 * What every shareable report (Markdown, HTML) shows, computed once from the analysis: the summary
 * figures, the failed attempts, and the appendix of relevant events. Deterministic: no clock, no
 * randomness, stable ordering.
 */
import { HostNames } from '../correlate/index.js';
import type { Analysis, DiagnosedAttempt } from '../diagnose/analyze.js';
import {
  type Attempt,
  type ConnectionKind,
  EVIDENCE_EVENT,
  type Finding,
  type Incident,
  type LateralMove,
  type LowerBound,
  type SecurityFinding,
  type SessionHijackFinding,
  type SourceSuccessElsewhere,
  serverLogged,
  VMBUS_CLIENT,
} from '../model/attempt.js';
import { isSecurityAlert } from '../diagnose/attacks/attack-path.js';
import { connectionLogKinds, findChannel, kindOfChannel } from '../model/channels.js';
import type { LogSpan } from '../ingest/log-reach.js';
import type { LogTimeSpan, StrayRecord } from '../ingest/time-span.js';
import { formatRange, formatSeconds, type TimeZoneChoice } from './time-format.js';
import type { InputSummary, NormalizedEvent } from '../model/event.js';
import { compareRecordIds, type RecordId } from '../model/record-id.js';
import { isRawTime } from '../model/time.js';
import { VERSION } from '../model/version.js';
import { compareText } from '../model/order.js';
import { buildFleet, type ComputerNaming, type Fleet } from './fleet.js';
import { formatCount } from '../model/numbers.js';

/** One computer's answer: its incidents and its successes. */
export interface HostSummary {
  computer: string;
  incidents: Incident[];
  succeeded: DiagnosedAttempt[];
  failed: number;
  inProgress: number;
  /** Attempts whose outcome the logs cannot show (`Attempt.outcomeReason`). */
  unknown: number;
}

/** One "what to do" block: incidents whose remediation is the same are told it once. */
export interface RemediationBlock {
  incidents: Incident[];
  steps: string[];
}

/** " (4 of them health probes)" after the failed count, when there are any (", 4 of them…" inside parentheses). */
export function healthProbesText(counts: ReportModel['counts'], inParentheses = false): string {
  if (!counts.healthProbes) return '';
  const text = `${counts.healthProbes} of them health probes`;
  return inParentheses ? `, ${text}` : ` (${text})`;
}

/** A client as reports name it: its address and name (once when they are the same), or that it is unknown (the logs name none). */
export function clientLabel(c: { address?: string; name?: string }, connection?: ConnectionKind): string {
  return (
    [c.address, c.name && c.name !== c.address ? c.name : undefined].filter(Boolean).join(' ') ||
    (connection === 'vmbus' ? VMBUS_CLIENT : 'unknown client')
  );
}

/**
 * One line of the summary's security alerts: a finding, or the findings of one kind and source against
 * several computers at the same time (a network sweep), said once.
 */
export interface SecurityHeadline {
  id: SecurityFinding['id'];
  source: string;
  computers: string[];
  count: number;
  /** The count in words: "12 failed attempts", or "1934 connections that never authenticated". */
  countText: string;
  first: string;
  last: string;
  successes: SecurityFinding['burst']['successes'];
  /** The computers among `computers` that the source then signed in to. */
  signedInTo: string[];
  /** The logs that would show it begin during it: what the others hold beyond its attempts. */
  lowerBound?: LowerBound;
  /** Where the attack led next: outbound RDP from a computer the source signed in to. */
  lateralMovement: LateralMove[];
  /** The source's logons on other computers of the run. */
  signedInElsewhere: SourceSuccessElsewhere[];
}

function logName(channel: string): string {
  const short = findChannel(channel)?.short ?? channel;
  return short === 'System' ? 'System (Schannel)' : short;
}

/**
 * "It began at 03:19:26Z at the latest (System (Schannel)). Its connection logs RdpCoreTS, RCM begin during it, at
 * 03:20:22Z (rolled over): the logs hold at least 27,363 connections beyond its attempts (27,363 in System
 * (Schannel), 1,592 in RCM)." Plain text, for each renderer.
 */
export function lowerBoundText(b: LowerBound, tz: TimeZoneChoice): string {
  const n = formatCount;
  const logs = b.logsBegin.channels.map(logName).join(', ');
  const each = b.byChannel.map((c) => `${n(c.count)} in ${logName(c.channel)}`).join(', ');
  const began = b.first ? `It began at ${formatSeconds(b.first, tz)} at the latest (${logName(b.firstIn)}). ` : '';
  // Its extent as each log sees it, the log that sees the most first, and what each cannot show.
  if (b.extent?.length) {
    const byLog = b.extent
      .map(
        (x) =>
          `${n(x.count)} ${x.what} in ${logName(x.channel)}, ${formatSeconds(x.first, tz)} → ${formatSeconds(x.last, tz)}${x.namesClient ? '' : ` (${logName(x.channel) === 'System (Schannel)' ? 'Schannel' : logName(x.channel)} does not name the client)`}`,
      )
      .join('; ');
    return `${began}By log: ${byLog}. Its connection logs ${logs} begin during it, at ${formatSeconds(b.logsBegin.first, tz)} (${b.logsBegin.how}): at least ${n(b.count)} of its connections are in no attempt (${each}).`;
  }
  return `${began}Its connection logs ${logs} begin during it, at ${formatSeconds(b.logsBegin.first, tz)} (${b.logsBegin.how}): the logs hold at least ${n(b.count)} connections beyond its attempts (${each}).`;
}

/**
 * How far the logs reach, one line per log with holes, rolled over or cleared: "RdpCoreTS on SRV01, 2018-08-02
 * 04:32:33Z → 2018-08-07 19:35:02Z: 16 holes in its record ids, 1,671,604 records missing (the largest after
 * record 5,281,900); what happened in them is seen only in other logs." Plain text, for each renderer.
 */
/**
 * rdpdiag's own text (a step of "What to do") as plain text and inline code, read as CommonMark reads single
 * backticks: a pair is a code span, a lone backtick plain text. Even parts are plain, odd parts the spans' contents
 * (without their backticks). Markdown and HTML render steps from this one reading (`mdOwn`, `htmlOwn`).
 */
export function codeSpans(text: string): string[] {
  return text.split(/`([^`]+)`/);
}

/**
 * What proves a success, for a responder to check in the raw logs: "Signed in: LSM 21 record 45 at 07:58:20Z,
 * Security 4624 record 1,002 at 07:58:19Z." Undefined when no logon record is among its records (a success the
 * gateway or network authentication decided: its outcome rule says so).
 */
export function logonProofText(a: Pick<Attempt, 'records'>, tz: TimeZoneChoice): string | undefined {
  const logons = (a.records ?? []).filter((r) => r.logon);
  if (!logons.length) return undefined;
  const each = logons.map(
    (r) =>
      `${logName(r.channel)} ${r.eventId}${r.recordId !== undefined ? ` record ${typeof r.recordId === 'number' ? formatCount(r.recordId) : r.recordId}` : ''} at ${formatSeconds(r.time, tz)}`,
  );
  return `Signed in: ${each.join(', ')}.`;
}

/** The logs whose holes hide connections. */
const CONNECTION_LOGS: ReadonlySet<string> = connectionLogKinds('any');

export function logReachLines(spans: readonly LogSpan[] | undefined, tz: TimeZoneChoice): string[] {
  const n = formatCount;
  const out: string[] = [];
  for (const s of spans ?? []) {
    if (!CONNECTION_LOGS.has(kindOfChannel(s.channel))) continue;
    const parts: string[] = [];
    if (s.gaps.length) {
      const holes = s.gaps.length + s.moreGaps;
      const missing = s.gaps.reduce((sum, g) => sum + g.missing, 0);
      const largest = s.gaps.reduce((a, b) => (b.missing > a.missing ? b : a));
      parts.push(
        `${n(holes)} hole${holes === 1 ? '' : 's'} in its record ids, ${n(missing)}${s.moreGaps ? '+' : ''} records missing (the largest ${n(largest.missing)}, between records ${n(largest.after)} and ${n(largest.before)}${s.filtered ? '; most of its ids are absent: a filtered export, or records lost' : ''}); what happened in them is seen only in other logs`,
      );
    }
    if (s.rolledOver)
      parts.push(`it begins at record ${n(s.firstRecordId ?? 0)}: older records were overwritten (rolled over)`);
    if (s.cleared) parts.push(`it was cleared at ${formatSeconds(s.cleared, tz)}`);
    if (!parts.length) continue;
    out.push(
      `${logName(s.channel)} on ${s.computer}, ${formatSeconds(s.first, tz)} → ${formatSeconds(s.last, tz)}: ${parts.join('; ')}.`,
    );
  }
  const queried = (spans ?? []).filter(
    (s) => s.fromQuery && s.filtered && CONNECTION_LOGS.has(kindOfChannel(s.channel)),
  );
  if (queried.length) out.push(queryExportsText(queried));
  return out;
}

/** Logs named in the line on SIEM exports' record ids; the rest counted. */
const QUERIED_NAMED = 3;

/**
 * Said once for the logs read from SIEM exports and hunts whose record ids have holes (`LogSpan.fromQuery`): their ids
 * have no continuity, so the holes are not listed as records missing.
 */
function queryExportsText(spans: readonly LogSpan[]): string {
  const named = spans.slice(0, QUERIED_NAMED).map((s) => `${logName(s.channel)} on ${s.computer}`);
  const rest = spans.length - named.length;
  const which = rest ? `${named.join(', ')} and ${formatCount(rest)} more` : named.join(', ');
  return `Record ids of SIEM exports and hunts have no continuity: a query that keeps some event ids only (as those in rdpdiag's README do) leaves holes that are no records lost, so none are listed (${which}).`;
}

/**
 * The stray records the logs' time span leaves out, said plainly: "not counting 1 stray record far from
 * the rest: System record 1 on CITADEL-DC01, 2014-03-21 19:14:08Z". Plain text, for each renderer.
 */
export function strayRecordsText(stray: readonly StrayRecord[] | undefined, tz: TimeZoneChoice): string {
  if (!stray?.length) return '';
  // One clause per log: "System records 1, 2, 6, 7 on WIN-X, 2014-03-21 19:14:08Z → 19:14:09Z".
  const byLog = new Map<string, StrayRecord[]>();
  for (const r of stray) {
    const key = `${r.computer}\u0000${r.channel}`;
    byLog.set(key, [...(byLog.get(key) ?? []), r]);
  }
  const each = [...byLog.values()]
    .map((list) => {
      const ids = list.flatMap((r) => (r.recordId !== undefined ? [String(r.recordId)] : []));
      const log = findChannel(list[0].channel)?.short ?? list[0].channel;
      const first = list[0].time;
      const last = list[list.length - 1].time;
      const when = first === last ? formatSeconds(first, tz) : formatRange(first, last, tz);
      return `${log} record${list.length > 1 ? 's' : ''}${ids.length ? ` ${ids.join(', ')}` : ''} on ${list[0].computer}, ${when}`;
    })
    .join('; ');
  const n = stray.length;
  return `not counting ${n === 1 ? '1 stray record' : `${n} stray records`} far from the rest (${n === 1 ? 'its clock or an older log' : 'their clocks or older logs'}): ${each}`;
}

/** Bursts of one source this close to each other, against different computers, are one sweep. */
const SWEEP_GAP_MS = 10 * 60_000;

/**
 * The security findings as headlines, those that tried credentials first, else in their order: findings of one kind and source whose bursts
 * overlap or lie within SWEEP_GAP_MS of each other, against different computers, as one; a burst
 * followed by a successful logon keeps its own line, naming what followed.
 */
export function securityHeadlines(findings: readonly SecurityFinding[]): SecurityHeadline[] {
  const groups: SecurityFinding[][] = [];
  const open = new Map<string, { group: SecurityFinding[]; lastMs: number }>();
  for (const f of findings) {
    const firstMs = Date.parse(f.burst.first);
    const lastMs = Date.parse(f.burst.last);
    const key = `${f.id}\u0000${f.burst.source}`;
    const g = open.get(key);
    if (g && Math.abs(firstMs - g.lastMs) <= SWEEP_GAP_MS && !g.group.some((x) => x.computer === f.computer)) {
      g.group.push(f);
      g.lastMs = Math.max(g.lastMs, lastMs);
      continue;
    }
    const group = [f];
    groups.push(group);
    if (Number.isFinite(firstMs) && Number.isFinite(lastMs)) open.set(key, { group, lastMs });
    else open.delete(key);
  }
  // The attacks that tried credentials lead; connections that never authenticated (scanning) follow (stable).
  const silent = (group: SecurityFinding[]) => group.every((g) => g.burst.unknownOutcome);
  groups.sort((x, y) => Number(silent(x)) - Number(silent(y)));
  // Two bursts of one attack on one computer (a flood, then the guessing) share its extent: said once, on the first.
  const told = new Set<string>();
  return groups.map((group) => {
    // Timestamps sort as text (a raw FILETIME after every ISO time).
    const times = group.flatMap((g) => [g.burst.first, g.burst.last]).sort();
    const count = group.reduce((n, g) => n + g.burst.count, 0);
    const found = group.find((g) => g.burst.lowerBound)?.burst.lowerBound;
    const key =
      found && `${group.map((g) => g.computer).join('\u0000')}\u0000${found.first}\u0000${found.logsBegin.first}`;
    const bound = key && !told.has(key) ? found : undefined;
    if (key) told.add(key);
    return {
      id: group[0].id,
      source: group[0].burst.source,
      computers: group.map((g) => g.computer),
      count,
      countText: group.every((g) => g.burst.unknownOutcome)
        ? `${count} ${count === 1 ? 'connection' : 'connections'} that never authenticated`
        : `${count} failed ${count === 1 ? 'attempt' : 'attempts'}`,
      first: times[0],
      last: times[times.length - 1],
      successes: group.flatMap((g) => g.burst.successes),
      signedInTo: group.filter((g) => g.burst.successes.length).map((g) => g.computer),
      ...(bound ? { lowerBound: bound } : {}),
      lateralMovement: group.flatMap((g) => g.burst.lateralMovement ?? []),
      signedInElsewhere: group.flatMap((g) => g.burst.signedInElsewhere ?? []),
    };
  });
}

/** A computer's attempts by outcome: `3 succeeded, 2 failed` (empty for none). */
export function hostOutcomesText(h: HostSummary): string {
  return [
    h.succeeded.length ? `${h.succeeded.length} succeeded` : '',
    h.failed ? `${h.failed} failed` : '',
    h.inProgress ? `${h.inProgress} in progress` : '',
    h.unknown ? `${h.unknown} of unknown outcome` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * A headline's successful sign-ins, when there are any: what happened ("The source then signed in 2 times",
 * on which of a sweep's computers) and as whom, for each renderer to mark up its own way.
 */
export function signedInText(h: SecurityHeadline): { what: string; users: string } | undefined {
  const n = h.successes.length;
  if (n === 0) return undefined;
  const on = h.signedInTo;
  const where = h.computers.length === 1 ? '' : on.length <= 3 ? ` on ${on.join(', ')}` : ` on ${on.length} of them`;
  const guessed = h.successes.filter((s) => s.firstSeenAddress);
  const got = h.successes.every((s) => s.throughGateway)
    ? 'got through the RD Gateway to the host'
    : h.successes.every((s) => s.authenticatedOnly)
      ? 'passed network-level authentication'
      : 'signed in';
  const addresses = [...new Set(guessed.map((s) => s.firstSeenAddress))].join(', ');
  if (guessed.length === n && guessed.every((s) => s.likelySource))
    return {
      what: `Right after it, an address never seen before ${got}${where}: ${addresses}, most likely the source`,
      users: [...new Set(h.successes.map((s) => s.user ?? '?'))].join(', '),
    };
  if (guessed.length === n)
    return {
      what: `An address not in the logs' earlier records ${got}${where}: ${addresses}; whether it is the source, the logs cannot tell`,
      users: [...new Set(h.successes.map((s) => s.user ?? '?'))].join(', '),
    };
  return {
    what: `The source then ${got} ${n} time${n === 1 ? '' : 's'}${where}`,
    users: [...new Set(h.successes.map((s) => s.user ?? '?'))].join(', '),
  };
}

/**
 * Where a headline's attack led, in plain text for each renderer: "Then it moved on over Remote Desktop:
 * CITADEL-DC01 → DESKTOP-SDN1RPT (10.42.85.115) as Administrator, 03:35:54Z → 03:52:13Z (A346)." and the
 * source's logons on other computers.
 */
export function attackPathText(h: SecurityHeadline, tz: TimeZoneChoice): string | undefined {
  const out: string[] = [];
  if (h.lateralMovement.length)
    out.push(
      `Then it moved on over Remote Desktop: ${h.lateralMovement
        .map(
          (m) =>
            `${m.from} → ${m.to}${m.toAddress ? ` (${m.toAddress})` : ''}${m.user ? ` as ${m.user}` : ''}, ${formatRange(m.start, m.end, tz)} (${m.attempt}${m.bothEnds ? ', both ends logged' : ''})`,
        )
        .join('; ')}.`,
    );
  if (h.signedInElsewhere.length)
    out.push(
      `The source signed in on other computers too: ${h.signedInElsewhere
        .map((s) => `${s.computer}${s.user ? ` as ${s.user}` : ''} at ${formatSeconds(s.time, tz)} (${s.attempt})`)
        .join('; ')}.`,
    );
  return out.length ? out.join(' ') : undefined;
}

/** The attempts an attack led to, by what they were: a sign-in by its source, or the attacker's outbound RDP. */
export function attackRoles(findings: readonly Finding[]): Map<string, string> {
  const roles = new Map<string, string>();
  for (const f of findings) {
    if (isHijackFinding(f) && f.hijack.attempt) {
      const h = f.hijack;
      roles.set(
        h.attempt!,
        `took over ${h.victim.user ? `${h.victim.user}'s` : "another user's"} session${h.session.id ? ` ${h.session.id}` : ''}: session-hijack`,
      );
      continue;
    }
    if (!isSecurityFinding(f)) continue;
    for (const s of f.burst.successes) roles.set(s.attempt, 'attacker');
    for (const s of f.burst.signedInElsewhere ?? []) roles.set(s.attempt, 'attacker');
    for (const m of f.burst.lateralMovement ?? []) roles.set(m.attempt, 'lateral movement');
  }
  return roles;
}

/**
 * A successful attempt as the summaries list it: who signed in, or for a connection logged on its client, where
 * it went; marked when an attack led to it.
 */
export function successWho(
  a: DiagnosedAttempt,
  roles: ReadonlyMap<string, string>,
  client: (a: DiagnosedAttempt) => string = (x) => clientLabel(x.client, x.connection),
): string {
  const target = `${a.server.name ?? a.server.address ?? 'an unnamed computer'}${a.server.name && a.server.address ? ` (${a.server.address})` : ''}`;
  const who =
    a.side === 'client'
      ? `${a.computer} → ${target}`
      : `${client(a)}${a.user ? ` as ${a.user}` : ''}${serverLogged(a) ? '' : ` → ${target}`}`;
  const role = roles.get(a.id);
  return role ? `${who} (${role})` : who;
}

/** Whom a headline's attack was against: the computer, or how many and the first few. */
export function againstText(h: SecurityHeadline): string {
  const c = h.computers;
  if (c.length === 1) return c[0];
  return `${c.length} computers (${c.slice(0, 3).join(', ')}${c.length > 3 ? ', …' : ''})`;
}

export function isSecurityFinding(f: Finding): f is SecurityFinding {
  return 'burst' in f;
}

export function isHijackFinding(f: Finding): f is SessionHijackFinding {
  return 'hijack' in f;
}

export interface ReportModel {
  tool: string;
  inputs: InputSummary[];
  computers: string[];
  /** The time the logs cover: the bulk of their events, and the stray records far from it (named). */
  span?: LogTimeSpan;
  /** `healthProbes`: attempts that are a load balancer's health probes (counted among their outcome too). */
  counts: {
    attempts: number;
    succeeded: number;
    failed: number;
    inProgress: number;
    unknown: number;
    healthProbes: number;
  };
  /** Top causes of failed attempts, most frequent first. */
  causeCounts: { id: string; title: string; count: number }[];
  attempts: DiagnosedAttempt[];
  failed: DiagnosedAttempt[];
  analysis: Analysis;
  /** Per computer (most failures first): incidents and successes. */
  hosts: HostSummary[];
  /** The fleet view, when the run covers many computers (fleet.ts). */
  fleet?: Fleet;
  securityFindings: SecurityFinding[];
  /** The security findings as the summary's alert lines (a sweep of several computers said once). */
  securityHeadlines: SecurityHeadline[];
  /**
   * The attacker's path (lateral movement, tunnels, BlueKeep probes): security alerts without a burst, shown
   * with the attacks, never as a host's fault.
   */
  pathFindings: Finding[];
  hostFindings: Finding[];
  remediation: RemediationBlock[];
  /** The folder all inputs are in (with a trailing `/`), or ''; files are shown relative to it. */
  inputFolder: string;
  /** Why the report is empty, when filters or the inputs left nothing; or what a filtered report shows. */
  note?: string;
  /** Events of failed attempts and of the evidence, in time order (all of them). */
  appendix: NormalizedEvent[];
}

/** `3 attempts`, `1 attempt`. */
function counted(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/**
 * The first and last moment of the attempts (their own times, not the logs': an unrelated record dated 1601 must
 * not stretch the answer); undefined without attempts.
 */
export function attemptSpan(m: ReportModel): { first: string; last: string } | undefined {
  let first: string | undefined;
  let last: string | undefined;
  for (const a of m.attempts) {
    if (first === undefined || a.start < first) first = a.start;
    if (last === undefined || a.end > last) last = a.end;
  }
  return first !== undefined && last !== undefined ? { first, last } : undefined;
}

/**
 * The answer in one sentence, the same words in every report (terminal, Markdown, HTML): how many attempts on how
 * many computers, when, how they ended, in how many incidents.
 */
export function headlineText(m: ReportModel, tz: TimeZoneChoice): string {
  const c = m.counts;
  const span = attemptSpan(m);
  const when = span ? `, ${formatRange(span.first, span.last, tz)}` : '';
  return `${counted(c.attempts, 'RDP connection attempt')} on ${counted(m.hosts.length, 'computer')}${when}: ${c.succeeded} succeeded, ${c.failed} failed${healthProbesText(c)}${c.inProgress ? `, ${c.inProgress} in progress` : ''}${c.unknown ? `, ${c.unknown} of unknown outcome` : ''}${m.analysis.incidents.length ? ` in ${counted(m.analysis.incidents.length, 'incident')}` : ''}.`;
}

/** The time the logs cover, said the same in every report (the attempts' own time is in `headlineText`). */
export function logSpanText(m: ReportModel, tz: TimeZoneChoice): string {
  if (!m.span) return '';
  const stray = strayRecordsText(m.span.stray, tz);
  return `Logs from ${formatRange(m.span.start, m.span.end, tz)}${stray ? `, ${stray}` : ''}.`;
}

/**
 * The fleet table's heading: its rows are the computers with something to report, out of every computer the logs
 * name.
 */
export function fleetHeading(fleet: Fleet): string {
  const rows = fleet.computers.length;
  const logged = fleet.computersInLogs;
  const withAttempts = fleet.computers.filter((r) => r.attempts).length;
  return `Fleet: ${counted(rows, 'computer')} with something to report${logged > rows ? ` (of ${logged} in the logs)` : ''}${withAttempts < rows ? `, ${withAttempts} with connection attempts` : ''}`;
}

export const TOOL = `rdpdiag ${VERSION}`;

/** `span`: the time the events cover; `firsts`: where each computer first appears (see `analyzeWithContext`). */
export function buildReportModel(
  analysis: Analysis,
  inputs: InputSummary[],
  span: LogTimeSpan | undefined,
  firsts: readonly { computer: string }[],
): ReportModel {
  const attempts = analysis.attempts;
  const failed = attempts.filter((a) => a.outcome === 'failed');
  // One name per computer: a short name and the FQDN it stands for count once (see HostNames).
  const hostNames = HostNames.fromEvents(firsts);
  const names = new Map<string, string>();
  for (const a of attempts)
    if (a.computer && !names.has(hostNames.key(a.computer))) names.set(hostNames.key(a.computer), a.computer);
  // Most events repeat the previous event's computer: each run of them is looked up once.
  let last: string | undefined;
  for (let i = 0; i < firsts.length; i++) {
    const e = firsts[i];
    if (e.computer === last) continue;
    last = e.computer;
    if (e.computer && !names.has(hostNames.key(e.computer)))
      names.set(hostNames.key(e.computer), hostNames.display(e.computer));
  }
  const computers = [...names.values()].sort();
  // Rows and summaries count computers as this list names them.
  const naming: ComputerNaming = {
    key: (c) => hostNames.key(c),
    display: (c) => names.get(hostNames.key(c)) ?? hostNames.display(c),
  };
  const causeMap = new Map<string, { id: string; title: string; count: number }>();
  for (const a of failed) {
    const top = a.causes[0];
    if (!top) continue;
    const c = causeMap.get(top.id) ?? { id: top.id, title: top.title, count: 0 };
    c.count++;
    causeMap.set(top.id, c);
  }
  const causeCounts = [...causeMap.values()].sort((x, y) => y.count - x.count || compareText(x.id, y.id));

  const securityFindings = analysis.findings.filter(isSecurityFinding);
  const headlines = securityHeadlines(securityFindings);
  const fleet = buildFleet(analysis, headlines, naming, computers.length);
  return {
    tool: TOOL,
    inputs,
    computers,
    span,
    counts: {
      attempts: attempts.length,
      succeeded: attempts.filter((a) => a.outcome === 'succeeded').length,
      failed: failed.length,
      inProgress: attempts.filter((a) => a.outcome === 'in-progress').length,
      unknown: attempts.filter((a) => a.outcome === 'unknown').length,
      healthProbes: attempts.filter((a) => a.healthProbe).length,
    },
    causeCounts,
    attempts,
    failed,
    analysis,
    hosts: hostSummaries(analysis, naming),
    ...(fleet ? { fleet } : {}),
    inputFolder: commonFolder(inputs.map((i) => i.path)),
    securityFindings,
    securityHeadlines: headlines,
    pathFindings: analysis.findings.filter((f) => !isSecurityFinding(f) && isSecurityAlert(f)),
    // After what to do, the most certain first (a 30 % note must not push the remediation off the first screen).
    hostFindings: analysis.findings.filter((f) => !isSecurityAlert(f)).sort((x, y) => y.confidence - x.confidence),
    remediation: remediationBlocks(analysis.incidents),
    // Made when a report reads it (Markdown, HTML): a fleet's JSON, CSV or SIEM lines never hold it.
    get appendix() {
      const appendix = appendixOf(analysis, failed);
      Object.defineProperty(this, 'appendix', {
        value: appendix,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return appendix;
    },
  };
}

/** Events of failed attempts and of the evidence, in time order (`ReportModel.appendix`). */
function appendixOf(analysis: Analysis, failed: readonly DiagnosedAttempt[]): NormalizedEvent[] {
  // Each record once: a fleet's attempts put aside give their events back as copies, so the evidence a finding took
  // from an attempt during the fleet pass may be another copy of an event the attempt shows.
  const relevant = new Map<unknown, NormalizedEvent>();
  const add = (e: NormalizedEvent) => {
    const key =
      e.recordId === undefined ? e : `${e.computer.toLowerCase()}\u0000${e.channel.toLowerCase()}\u0000${e.recordId}`;
    if (!relevant.has(key)) relevant.set(key, e);
  };
  for (const a of failed) for (const e of [...a.events, ...a.clientEvents]) add(e);
  // The records named as evidence, each once per (computer, channel, record id): reading keeps one event
  // of each (duplicates dropped), the one the evidence was made from.
  const named = new Map<RecordId | null, { computer: string; channel: string; event?: NormalizedEvent }[]>();
  for (const x of [...failed.flatMap((a) => a.causes), ...analysis.findings]) {
    for (const ev of x.evidence) {
      if (ev.recordId === null) continue;
      const places = named.get(ev.recordId);
      if (!places) named.set(ev.recordId, [{ computer: ev.computer, channel: ev.channel, event: ev[EVIDENCE_EVENT] }]);
      else if (!places.some((p) => p.computer === ev.computer && p.channel === ev.channel))
        places.push({ computer: ev.computer, channel: ev.channel, event: ev[EVIDENCE_EVENT] });
    }
  }
  for (const places of named.values()) for (const p of places) if (p.event) add(p.event);
  return [...relevant.values()].sort(
    (a, b) =>
      // Timestamps in different milliseconds compare as their times (not 28 characters) unless one is raw.
      (a.timeMs !== b.timeMs && !isRawTime(a.timestamp) && !isRawTime(b.timestamp)
        ? a.timeMs < b.timeMs
          ? -1
          : 1
        : a.timestamp < b.timestamp
          ? -1
          : a.timestamp > b.timestamp
            ? 1
            : 0) ||
      compareText(a.computer, b.computer) ||
      compareRecordIds(a.recordId, b.recordId),
  );
}

function hostSummaries(analysis: Analysis, naming: ComputerNaming): HostSummary[] {
  const hosts = new Map<string, HostSummary>();
  const get = (computer: string) => {
    const key = naming.key(computer);
    let h = hosts.get(key);
    if (!h)
      hosts.set(
        key,
        (h = {
          computer: naming.display(computer),
          incidents: [],
          succeeded: [],
          failed: 0,
          inProgress: 0,
          unknown: 0,
        }),
      );
    return h;
  };
  for (const a of analysis.attempts) {
    const h = get(a.computer);
    if (a.outcome === 'succeeded') h.succeeded.push(a);
    else if (a.outcome === 'failed') h.failed++;
    else if (a.outcome === 'unknown') h.unknown++;
    else h.inProgress++;
  }
  for (const x of analysis.incidents) get(x.computer).incidents.push(x);
  return [...hosts.values()].sort((x, y) => y.failed - x.failed || compareText(x.computer, y.computer));
}

function remediationBlocks(incidents: readonly Incident[]): RemediationBlock[] {
  const blocks = new Map<string, RemediationBlock>();
  for (const x of incidents) {
    const key = x.remediation.join('\n');
    const b = blocks.get(key);
    if (b) b.incidents.push(x);
    else blocks.set(key, { incidents: [x], steps: x.remediation });
  }
  return [...blocks.values()];
}

/** The folder every path is in (with its separator), or '' when they share none. */
function commonFolder(paths: string[]): string {
  if (paths.length === 0) return '';
  const split = (p: string) => p.split(/[\\/]/);
  let common = split(paths[0]).slice(0, -1);
  for (const p of paths.slice(1)) {
    const parts = split(p);
    let i = 0;
    while (i < common.length && i < parts.length - 1 && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.length ? `${common.join('/')}/` : '';
}

/** An input or evidence file as the report shows it: relative to the folder the inputs share. */
export function shownPath(m: Pick<ReportModel, 'inputFolder'>, path: string): string {
  const p = path.replace(/\\/g, '/');
  return m.inputFolder && p.startsWith(m.inputFolder) ? p.slice(m.inputFolder.length) : path;
}

/** The incident each attempt is part of, by the attempt's id (the Markdown table's and the HTML page's column). */
export function incidentOfAttempts(m: ReportModel): Map<string, string> {
  const incidentOf = new Map<string, string>();
  for (const x of m.analysis.incidents) for (const id of x.attempts) incidentOf.set(id, x.id);
  return incidentOf;
}
