/**
 * The terminal report of `analyze`: the answer first (per computer its incidents and successes, then
 * security and host findings, then one "what to do" block per incident), per-attempt detail on request
 * (`--details`, `--attempt`). Every line fits the terminal's width.
 */
import { cutIntoWidths, cutToWidth, displayWidth, padEndToWidth } from './display-width.js';
import { machineStateSection } from './machine-state.js';
import { escapeControlsDeep } from './sanitize.js';
import { describeProgress, type DiagnosedAttempt } from '../diagnose/analyze.js';
import { channelLabel } from '../model/channels.js';
import {
  type EvidenceRef,
  type Explanation,
  type Finding,
  type Incident,
  type SecurityFinding,
  serverLogged,
} from '../model/attempt.js';
import { type Fleet, sharedCauseText } from './fleet.js';
import {
  againstText,
  hostOutcomesText,
  attackPathText,
  attackRoles,
  clientLabel,
  fleetHeading,
  headlineText,
  logonProofText,
  logReachLines,
  lowerBoundText,
  isSecurityFinding,
  type ReportModel,
  signedInText,
  successWho,
} from './model.js';
import { formatRange, formatSeconds, type TimeZoneChoice } from './time-format.js';
import { maxOf, pushAll } from '../model/arrays.js';

export interface TableOptions {
  tz: TimeZoneChoice;
  color: boolean;
  width: number;
  /** Every attempt with its explanation, evidence and remediation. */
  details?: boolean;
  /** Only these attempts, in full. */
  attempts?: string[];
  /** Only the headline, the attacks and a line per computer (the fleet table when there is one). */
  summaryOnly?: boolean;
}

const CODES = { red: 31, green: 32, yellow: 33, bold: 1, dim: 2 } as const;

function paint(on: boolean, style: keyof typeof CODES, text: string): string {
  return on ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
}

const time = (ts: string, tz: TimeZoneChoice) => formatSeconds(ts, tz);

function pct(c: number): string {
  return `${Math.round(c * 100)}%`;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function outcomeLabel(a: DiagnosedAttempt): string {
  const notes = [
    ...(a.mergedProbes ? [`+${a.mergedProbes} probe`] : []),
    ...(a.redirectedFrom ? [`redirected by ${shortName(a.redirectedFrom.computer)}`] : []),
  ];
  return notes.length ? `${a.outcome} (${notes.join(', ')})` : a.outcome;
}

function shortName(computer: string): string {
  return computer.split('.')[0];
}

/** Word-wraps to `width` columns as the terminal shows them (`displayWidth`); words longer than a line are cut (paths, thumbprints). */
export function wrap(text: string, width: number, indent: string, firstIndent = indent): string {
  const room = Math.max(20, width - indent.length);
  // Split on single spaces so that the double spaces between columns survive.
  const words = text
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .split(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const firstRoom = Math.max(20, width - firstIndent.length);
  for (let w of words) {
    const limit = lines.length === 0 ? firstRoom : room;
    let wordWidth = displayWidth(w);
    if (line && lineWidth + 1 + wordWidth > limit) {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
      if (w === '') continue;
    }
    if (wordWidth > (lines.length === 0 ? firstRoom : room)) {
      if (line) {
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      // Cut in one pass (cutting the rest again after each line was quadratic on a long word).
      const pieces = cutIntoWidths(w, lines.length === 0 ? firstRoom : room, room);
      w = pieces.pop() ?? '';
      for (const piece of pieces) lines.push(piece);
      wordWidth = displayWidth(w);
    }
    line = line ? `${line} ${w}` : w;
    lineWidth += (lineWidth ? 1 : 0) + wordWidth;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? firstIndent : indent) + l).join('\n');
}

/**
 * Evidence rows: an event's salient fields (the event table's), whole; every field when one attempt is asked for
 * (`--attempt`) or its event names none.
 */
function evidenceLines(evidence: EvidenceRef[], o: TableOptions, indent: string, max = Infinity): string[] {
  const out: string[] = [];
  const full = !!o.attempts?.length;
  const said = (e: EvidenceRef) => (full ? e.summary : (e.details ?? e.summary));
  const shown = evidence;
  let rows = 0;
  let i = 0;
  for (; i < shown.length && rows < max; rows++) {
    // Events of one kind saying the same (a retried logon, a flood): one row, with their times and records.
    const e = shown[i];
    let j = i + 1;
    while (
      j < shown.length &&
      shown[j].eventId === e.eventId &&
      shown[j].channel === e.channel &&
      shown[j].computer === e.computer &&
      said(shown[j]) === said(e)
    )
      j++;
    const n = j - i;
    const records = shown.slice(i, j).flatMap((x) => (x.recordId === null ? [] : [`#${x.recordId}`]));
    const rec = records.length
      ? ` ${records.length > 6 ? `${records[0]}…${records[records.length - 1]}` : records.join(' ')}`
      : '';
    const when = n > 1 ? formatRange(e.time, shown[j - 1].time, o.tz) : time(e.time, o.tz);
    out.push(
      wrap(
        `${when}  ${channelLabel(e.channel)} ${e.eventId}${n > 1 ? ` ×${n}` : ''}${rec}  ${said(e)}`,
        o.width,
        `${indent}    `,
        `${indent}- `,
      ),
    );
    i = j;
  }
  if (i < evidence.length) out.push(`${indent}  (${evidence.length - i} more)`);
  return out;
}

function steps(list: string[], o: TableOptions, indent: string): string[] {
  return list.map((r, i) => wrap(r, o.width, `${indent}   `, `${indent}${i + 1}. `));
}

/** What an explanation shares with its incident's block under "What to do", said there once. */
interface Told {
  /** The incident it is said under (`I02`). */
  id: string;
  /** Its explanation is the one told there. */
  explanation: boolean;
}

function explain(
  x: Explanation,
  o: TableOptions,
  heading: string,
  indent = '  ',
  told?: Told,
  maxEvidence = Infinity,
): string {
  // Told under its incident: the evidence only (the attempt's heading says where).
  const out = told?.explanation ? [] : [heading, wrap(x.explanation, o.width, `${indent}  `)];
  if (x.evidence.length) {
    out.push(`${indent}Evidence:`);
    out.push(...evidenceLines(x.evidence, o, `${indent}  `, maxEvidence));
  }
  if (told && x.remediation.length) {
    if (!told.explanation) out.push(`${indent}What to do: as ${told.id} above.`);
  } else if (x.remediation.length) {
    out.push(`${indent}What to do:`);
    out.push(...steps(x.remediation, o, `${indent}  `));
  }
  return out.join('\n');
}

function incidentLine(x: Incident, o: TableOptions): string[] {
  const kind = x.kind === 'attack' ? paint(o.color, 'red', 'ATTACK') : 'fault';
  const head = `${x.id}  ${kind}  ${x.count} × ${x.cause}  ${formatRange(x.first, x.last, o.tz)}`;
  const clients = x.clients
    .slice(0, 4)
    .map((c) => `${clientLabel(c, c.connection)}${x.clients.length > 1 ? ` (${c.count})` : ''}`)
    .join(', ');
  const more = x.clients.length > 4 ? ` and ${x.clients.length - 4} more` : '';
  const users = x.users.length ? `; users ${x.users.slice(0, 5).join(', ')}${x.users.length > 5 ? ', …' : ''}` : '';
  return [
    wrap(head, o.width, '        ', '  '),
    wrap(x.title, o.width, '      '),
    wrap(`from ${clients}${more}${users}`, o.width, '      '),
  ];
}

function successLine(list: DiagnosedAttempt[], o: TableOptions, roles: ReadonlyMap<string, string>): string {
  // One account once, whatever its case (Windows compares account names so), in its first spelling.
  const byKey = new Map<string, [string, number]>();
  for (const a of list) {
    const who = successWho(a, roles);
    const c = byKey.get(who.toLowerCase());
    if (c) c[1]++;
    else byKey.set(who.toLowerCase(), [who, 1]);
  }
  const count = new Map(byKey.values());
  const shown = [...count]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 5)
    .map(([who, n]) => (n > 1 ? `${who} (${n})` : who));
  const more = count.size > 5 ? `, and ${count.size - 5} more` : '';
  return wrap(
    `${paint(o.color, 'green', `${list.length} succeeded`)}: ${shown.join(', ')}${more}`,
    o.width,
    '      ',
    '  ',
  );
}

/** A finding an attack's story already tells: its heading and what to do. */
function toldFindingBlock(f: Finding, o: TableOptions): string {
  return [
    wrap(
      `${f.computer}: ${paint(o.color, 'bold', f.title)} [${f.id}, ${pct(f.confidence)}], told above`,
      o.width,
      '    ',
      '- ',
    ),
    ...steps(f.remediation, o, '  '),
  ].join('\n');
}

function securityBlock(f: SecurityFinding, o: TableOptions): string[] {
  // The explanation names every logon that followed and where the attacker went next (each host's line marks them).
  return [
    wrap(`${f.computer}: ${paint(o.color, 'bold', f.title)} [${f.id}, ${pct(f.confidence)}]`, o.width, '    ', '- '),
    wrap(f.explanation, o.width, '    '),
  ];
}

function incidentIds(list: Incident[]): string {
  return incidentIdList(list.map((x) => x.id));
}

const cut = cutToWidth;

/** The fleet view: one row per computer, then what spans computers (fleet.ts). */
function fleetLines(fleet: Fleet, o: TableOptions): string[] {
  const numbers = ['Attempts', 'Failed', 'Incidents', 'Findings'];
  // Host names without their domain when that leaves each one its own.
  const short = fleet.computers.map((r) => shortName(r.computer));
  const names =
    new Set(short.map((n) => n.toLowerCase())).size === short.length ? short : fleet.computers.map((r) => r.computer);
  const nameRoom = Math.max(8, Math.min(40, maxOf(names.map(displayWidth)), o.width - 64));
  const line = (name: string, values: (string | number)[], worst: string) =>
    `  ${padEndToWidth(cut(name, nameRoom), nameRoom)}  ${values.map((v, i) => String(v).padStart(numbers[i].length)).join('  ')}  ${worst}`;
  const room = Math.max(10, o.width - (2 + nameRoom + 2 + numbers.join('  ').length + 2));
  const out = ['', paint(o.color, 'bold', fleetHeading(fleet))];
  out.push(paint(o.color, 'dim', line('Computer', numbers, 'Worst cause')));
  for (const [i, r] of fleet.computers.entries()) {
    const worst = r.worstCause
      ? cut(`${r.worstCause.id} ×${r.worstCause.count}${r.worstCause.attack ? ' (attack)' : ''}`, room)
      : r.failed
        ? ''
        : '-';
    out.push(line(names[i], [r.attempts, r.failed, r.incidents, r.findings], worst));
  }
  // One source against several servers is already a security headline (a sweep), said once.
  const shared = fleet.incidents.filter((x) => x.kind === 'shared-cause');
  if (shared.length) {
    out.push('', paint(o.color, 'bold', 'Across computers'));
    for (const x of shared) {
      const on =
        x.computers.length <= 4
          ? x.computers.join(', ')
          : `${x.computers.slice(0, 3).join(', ')} and ${x.computers.length - 3} more`;
      const what = sharedCauseText(x, x.title, x.id, on);
      out.push(
        wrap(
          `${what}: ${plural(x.count, 'failed attempt')}, ${formatRange(x.first, x.last, o.tz)}${x.incidents.length ? ` [${incidentIdList(x.incidents)}]` : ''}.`,
          o.width,
          '  ',
          '! ',
        ),
      );
    }
  }
  return out;
}

/** Attacks and computers the summary names; the rest are counted. */
const SUMMARY_ATTACKS = 3;
const SUMMARY_COMPUTERS = 6;

/** The computers that matter, one line each with the full name; the rest counted. */
function fleetSummaryLines(fleet: Fleet, o: TableOptions): string[] {
  const rows = [...fleet.computers]
    .filter((r) => r.failed > 0)
    .sort((x, y) => y.failed - x.failed || y.attempts - x.attempts);
  // Only computers with failures: one with none has nothing to say under this heading.
  if (rows.length === 0) return [];
  const shown = rows.slice(0, SUMMARY_COMPUTERS);
  const out = ['', paint(o.color, 'bold', 'Computers with the most failures')];
  for (const r of shown) {
    const worst = r.worstCause ? `  ${r.worstCause.id}${r.worstCause.attack ? ' (attack)' : ''}` : '';
    out.push(cut(`  ${r.computer}  ${r.failed}/${r.attempts} failed${worst}`, o.width));
  }
  const rest = rows.slice(SUMMARY_COMPUTERS);
  if (rest.length)
    out.push(
      `  and ${plural(rest.length, 'more computer')} with failures: ${rest.reduce((n, r) => n + r.failed, 0)} failed of ${rest.reduce((n, r) => n + r.attempts, 0)}`,
    );
  return out;
}

/** The causes of the failures, by count: one line. */
function causeCountLines(m: ReportModel, o: TableOptions): string[] {
  const count = new Map<string, number>();
  for (const a of m.attempts)
    if (a.outcome === 'failed' && !a.healthProbe && a.causes[0])
      count.set(a.causes[0].id, (count.get(a.causes[0].id) ?? 0) + 1);
  if (count.size === 0) return [];
  const sorted = [...count].sort((x, y) => y[1] - x[1]);
  const shown = sorted.slice(0, 6).map(([id, n]) => `${id} ×${n}`);
  const more = sorted.length > 6 ? `, ${sorted.length - 6} more` : '';
  return ['', wrap(`Causes of the failures: ${shown.join(', ')}${more}.`, o.width, '  ')];
}

function incidentIdList(ids: string[]): string {
  return ids.length > 6 ? `${ids[0]}…${ids[ids.length - 1]} (${ids.length})` : ids.join(', ');
}

/** `COMPUTER: 3 succeeded, 2 failed`. */
function hostHeading(h: ReportModel['hosts'][number]): string {
  return `${h.computer}: ${hostOutcomesText(h) || 'no attempts'}`;
}

/**
 * One `!` line per step of the attacker's path (a tunnel, lateral movement, a tampered service…), after the attacks'
 * own: what a responder must hear first. A lateral movement an attack's headline already tells is not repeated.
 */
function alertLines(findings: readonly Finding[], roles: ReadonlyMap<string, string>, o: TableOptions): string[] {
  return findings
    .filter((f) => !(f.id === 'lateral-movement' && f.attempts?.some((id) => roles.get(id) === 'lateral movement')))
    .map((f) => wrap(paint(o.color, 'red', `ALERT: ${f.title} [${f.id}]`), o.width, '  ', '! '));
}

/** `! ALERTS: rdp-tunnel ×4, lateral-movement ×1 (without --summary: each one).` */
function alertCountLine(findings: readonly Finding[], roles: ReadonlyMap<string, string>, o: TableOptions): string {
  const count = new Map<string, number>();
  for (const f of findings)
    if (!(f.id === 'lateral-movement' && f.attempts?.some((id) => roles.get(id) === 'lateral movement')))
      count.set(f.id, (count.get(f.id) ?? 0) + 1);
  const kinds = [...count].map(([id, n]) => `${id} ×${n}`).join(', ');
  return wrap(paint(o.color, 'red', `ALERTS: ${kinds} (without --summary: each one).`), o.width, '  ', '! ');
}

/** One attack or scan of the summary: its source, target, count and time, whom it signed in as, its path. */
function attackLine(h: ReportModel['securityHeadlines'][number], o: TableOptions): string {
  const signedIn = signedInText(h);
  const got = signedIn ? ` ${signedIn.what} (${signedIn.users}).` : '';
  const path = attackPathText(h, o.tz);
  const bound = `${path ? ` ${path}` : ''}${h.lowerBound ? ` ${lowerBoundText(h.lowerBound, o.tz)}` : ''}`;
  return wrap(
    paint(
      o.color,
      'red',
      `${h.id === 'scanning' ? 'SCANNING' : 'ATTACK: password guessing'} from ${h.source} against ${againstText(h)}: ${h.countText}, ${formatRange(h.first, h.last, o.tz)}.${got}${bound}`,
    ),
    o.width,
    '  ',
    '! ',
  );
}

/** The answer: what happened on each computer, what is attacking it, what to do. */
function summary(m: ReportModel, o: TableOptions): string[] {
  const out: string[] = [];
  if (m.attempts.length === 0) return noAttemptsSummary(m, o);
  out.push(wrap(headlineText(m, o.tz), o.width, ''));
  if (m.note) out.push(wrap(paint(o.color, 'dim', m.note), o.width, ''));
  const roles = attackRoles(m.analysis.findings);
  // The summary fits a screen: the attacks that got in first, then the largest; the rest counted.
  const headlines = o.summaryOnly
    ? [...m.securityHeadlines]
        .sort((x, y) => Number(y.signedInTo.length > 0) - Number(x.signedInTo.length > 0) || y.count - x.count)
        .slice(0, SUMMARY_ATTACKS)
    : m.securityHeadlines;
  for (const h of headlines) out.push(attackLine(h, o));
  const alerts = alertLines(m.pathFindings, roles, o);
  // The summary fits a screen: one line counts the attacker's steps by kind.
  if (o.summaryOnly && alerts.length > 1) out.push(alertCountLine(m.pathFindings, roles, o));
  else pushAll(out, alerts);
  if (o.summaryOnly) {
    const hidden = m.securityHeadlines.length - headlines.length;
    if (hidden > 0)
      out.push(
        wrap(
          paint(
            o.color,
            'red',
            `and ${plural(hidden, 'more attack or scan', 'more attacks and scans')} (without --summary: each one).`,
          ),
          o.width,
          '  ',
          '! ',
        ),
      );
    pushAll(out, m.fleet ? fleetSummaryLines(m.fleet, o) : m.hosts.map(hostHeading));
    pushAll(out, causeCountLines(m, o));
    return out;
  }
  if (m.fleet) pushAll(out, fleetLines(m.fleet, o));
  for (const h of m.hosts) {
    out.push('', paint(o.color, 'bold', hostHeading(h)));
    for (const x of h.incidents) pushAll(out, incidentLine(x, o));
    if (h.succeeded.length) out.push(successLine(h.succeeded, o, roles));
  }
  // The attacker's path (lateral movement, tunnels, probes) is security too; a lateral movement an attack's story
  // already tells is one line here, with what to do.
  const { pathFindings, hostFindings } = m;
  if (m.securityFindings.length || pathFindings.length) {
    out.push('', paint(o.color, 'bold', 'Security findings'));
    for (const f of m.securityFindings) pushAll(out, securityBlock(f, o));
    for (const f of pathFindings)
      out.push(
        f.id === 'lateral-movement' && f.attempts?.some((id) => roles.get(id) === 'lateral movement')
          ? toldFindingBlock(f, o)
          : findingBlock(f, o).trimEnd(),
      );
  }
  pushAll(out, remediationLines(m, o));
  // What is wrong with a host, not with an attempt: after what to do, the most certain first.
  if (hostFindings.length) {
    out.push('', paint(o.color, 'bold', 'Host findings'));
    const sorted = [...hostFindings].sort((x, y) => y.confidence - x.confidence);
    for (const f of sorted) out.push(findingBlock(f, o, SUMMARY_EVIDENCE).trimEnd());
  }
  return out;
}

/** The summary of a run with no attempt: what the logs found (path, security and host findings) leads. */
function noAttemptsSummary(m: ReportModel, o: TableOptions): string[] {
  const out: string[] = [];
  // What the logs found leads: a tunnel, a tampered service, lateral movement seen only by its traces.
  pushAll(out, alertLines(m.pathFindings, new Map(), o));
  // A host's own problem (a certificate, licensing) leads too, without the alarm.
  for (const f of m.hostFindings) out.push(wrap(`Finding: ${f.title} [${f.id}]`, o.width, '  ', ''));
  out.push(wrap(m.note ?? 'No RDP connection attempts found in the inputs.', o.width, ''));
  if (m.securityFindings.length || m.pathFindings.length) out.push('', paint(o.color, 'bold', 'Security findings'));
  for (const f of [...m.securityFindings, ...m.pathFindings]) out.push(findingBlock(f, o).trimEnd());
  if (m.hostFindings.length) out.push('', paint(o.color, 'bold', 'Host findings'));
  for (const f of m.hostFindings) out.push(findingBlock(f, o).trimEnd());
  return out;
}

/** "What to do": each remediation block, headed by its incidents, with its evidence and steps. */
function remediationLines(m: ReportModel, o: TableOptions): string[] {
  const out: string[] = [];
  if (m.remediation.length === 0) return out;
  out.push('', paint(o.color, 'bold', 'What to do'));
  for (const b of m.remediation) {
    const first = b.incidents[0];
    const heading =
      first.kind === 'attack'
        ? `${incidentIds(b.incidents)}: attack from ${first.source}`
        : `${incidentIds(b.incidents)}: ${first.title} (${first.cause}, ${pct(first.confidence)})`;
    out.push(wrap(paint(o.color, 'bold', heading), o.width, '    ', '- '));
    if (first.kind !== 'attack' || b.incidents.length === 1) out.push(wrap(first.explanation, o.width, '    '));
    if (first.kind !== 'attack') out.push(...evidenceLines(first.evidence, o, '    ', SUMMARY_EVIDENCE));
    out.push(...steps(b.steps, o, '    '));
  }
  return out;
}

/**
 * "Machine state": per computer, each check made with what was read and its verdict (a failure first), then the
 * checks not made in one line (why and their commands: `--format markdown` or the HTML report). State alone answers this way.
 */
function machineStateLines(m: ReportModel, o: TableOptions): string[] {
  const state = machineStateSection(m.analysis);
  if (!state) return [];
  const out = ['', paint(o.color, 'bold', 'Machine state')];
  for (const n of state.notes) out.push(wrap(n, o.width, '  ', '- '));
  for (const g of state.groups) {
    out.push(wrap(`${g.computer}:`, o.width, '  ', ''));
    const made = g.rows.filter((r) => r.verdict !== 'not-made');
    made.sort((a, b) => (a.verdict === 'failed' ? 0 : 1) - (b.verdict === 'failed' ? 0 : 1));
    for (const r of made)
      out.push(
        wrap(
          `${r.verdict === 'failed' ? paint(o.color, 'red', r.verdictText) : r.verdictText}: ${r.check}: ${r.value}`,
          o.width,
          '    ',
          '  - ',
        ),
      );
    const notMade = g.rows.filter((r) => r.verdict === 'not-made');
    if (!made.length)
      out.push(
        wrap(
          'no check could be made from its files alone (--format markdown names each command)',
          o.width,
          '    ',
          '  - ',
        ),
      );
    else if (notMade.length)
      out.push(
        wrap(
          `not made (no file for them, or what was read cannot decide; --format markdown says which and names the commands): ${notMade.map((r) => r.check).join('; ')}`,
          o.width,
          '    ',
          '  - ',
        ),
      );
  }
  return out;
}

/** Evidence rows a block of the summary shows (the rest: `--details`, the HTML report). */
const SUMMARY_EVIDENCE = 3;

/** Advice this short before its command shares the command's line. */
const SHORT_ADVICE = 40;

function coverageLines(m: ReportModel, o: TableOptions): string[] {
  const advice = m.analysis.coverage.advice;
  const reach = logReachLines(m.analysis.coverage.logs, o.tz);
  const out: string[] = [];
  if (reach.length) {
    out.push('', paint(o.color, 'bold', 'How far the logs reach'));
    for (const line of reach) out.push(wrap(line, o.width, '  ', '- '));
  }
  if (!advice.length) return out;
  out.push('', paint(o.color, 'bold', 'Logs that would tell more'));
  for (const adv of advice) {
    // The export command stays on one line so it can be copied.
    const cmd = /^(.*?)(?: with)?: (wevtutil .*)$/.exec(adv);
    // A log named in a few words and its command: one line.
    if (cmd && cmd[1].length <= SHORT_ADVICE) out.push(`- ${cmd[1]}: ${cmd[2]}`);
    else {
      out.push(wrap(cmd ? `${cmd[1]}:` : adv, o.width, '  ', '- '));
      if (cmd) out.push(`    ${cmd[2]}`);
    }
  }
  return out;
}

/** One attempt in full: heading, how far it got, its cause with evidence and remediation, other causes. */
/**
 * What an attempt belongs to, for the per-attempt views (`--attempt`, `--explain`, `--details`): its incident, the
 * attack it is part of or a sign-in by an attack's source, the attacker's path it is on; and its incident, when
 * an attack's, whose remediation replaces the cause's own (which would weaken TLS or NLA against an attack).
 */
function attemptContext(
  a: DiagnosedAttempt,
  m: ReportModel | undefined,
  tz: TimeZoneChoice,
): { lines: string[]; incident?: Incident } {
  if (!m) return { lines: [] };
  const lines: string[] = [];
  const incident = m.analysis.incidents.find((x) => x.attempts.includes(a.id));
  if (incident)
    lines.push(
      `Part of incident ${incident.id} (${incident.kind === 'attack' ? 'ATTACK' : 'fault'}, ${incident.count} × ${incident.cause}, ${formatRange(incident.first, incident.last, tz)}).`,
    );
  for (const f of m.analysis.findings) {
    if (isSecurityFinding(f)) {
      if (f.burst.attempts.includes(a.id)) lines.push(`Part of the attack: ${f.title} [${f.id}].`);
      else if (
        f.burst.successes.some((s) => s.attempt === a.id) ||
        f.burst.signedInElsewhere?.some((s) => s.attempt === a.id)
      )
        lines.push(`A sign-in by the attack's source: ${f.title} [${f.id}]. Treat the account as compromised.`);
      else if (f.burst.lateralMovement?.some((x) => x.attempt === a.id))
        lines.push(`The attacker moving on from a computer it signed in to: ${f.title} [${f.id}].`);
    } else if (f.id === 'lateral-movement' && f.attempts?.includes(a.id)) lines.push(`${f.title} [${f.id}].`);
  }
  return { lines, ...(incident ? { incident } : {}) };
}

/**
 * In `--details`, what "What to do" already says of an attempt's incident: its remediation (said once per incident,
 * "as I02" under its attempts) and, when the same words, its explanation.
 */
function toldUnder(incident: Incident | undefined, top: Explanation, m: ReportModel | undefined): Told | undefined {
  if (!incident || !m) return undefined;
  const block = m.remediation.find((b) => b.incidents.some((x) => x.id === incident.id));
  if (!block) return undefined;
  const first = block.incidents[0];
  const said = first.kind !== 'attack' || block.incidents.length === 1 ? first.explanation : '';
  return { id: first.id, explanation: top.explanation !== '' && said.includes(top.explanation) };
}

/** Where a connection logged on its client went: the name typed, and the address it resolved to. */
function destination(a: DiagnosedAttempt): string {
  const { name, address } = a.server;
  return name ? `${name}${address ? ` (${address})` : ''}` : (address ?? '?');
}

export function attemptBlock(a: DiagnosedAttempt, o: TableOptions, m?: ReportModel): string {
  const out: string[] = [];
  const context = attemptContext(a, m, o.tz);
  const top = a.causes[0];
  const told = o.details && top ? toldUnder(context.incident, top, m) : undefined;
  if (told?.explanation && context.incident)
    // The incident's line, its cause and what to do are all in the summary above: named in one line.
    context.lines[0] = `Part of incident ${context.incident.id} [${top.id}, ${pct(top.confidence)}]: as ${told.id} above.`;
  const server = serverLogged(a) ? a.computer : destination(a);
  out.push(
    wrap(
      paint(
        o.color,
        'bold',
        `${a.id}  ${time(a.start, o.tz)}  ${clientLabel(a.client, a.connection)} → ${server}${a.user ? `  ${a.user}` : ''}  ${outcomeLabel(a)}`,
      ),
      o.width,
      '    ',
      '',
    ),
  );
  out.push(wrap(`How far it got: ${describeProgress(a)}.`, o.width, '    ', '  '));
  if (a.outcome === 'unknown' && a.outcomeReason)
    out.push(wrap(`Outcome unknown: ${a.outcomeReason}.`, o.width, '    ', '  '));
  const proof = a.outcome === 'succeeded' ? logonProofText(a, o.tz) : undefined;
  if (proof) out.push(wrap(proof, o.width, '    ', '  '));
  for (const line of context.lines) out.push(wrap(line, o.width, '    ', '  '));
  if (a.clientDisconnectReason !== undefined)
    out.push(
      `  The client reported disconnect reason ${a.clientDisconnectReason} (0x${a.clientDisconnectReason.toString(16)}).`,
    );
  if (top) {
    // In an attack, what to do is the incident's: stop the attack, never weaken TLS, NLA or the security layer.
    const attack = context.incident?.kind === 'attack' ? context.incident : undefined;
    out.push(
      explain(
        attack ? { ...top, remediation: attack.remediation } : top,
        o,
        wrap(`Cause: ${paint(o.color, 'bold', top.title)} [${top.id}, ${pct(top.confidence)}]`, o.width, '    ', '  '),
        '  ',
        told,
      ),
    );
    const others = a.causes.slice(1);
    if (others.length)
      out.push(
        wrap(
          `Other possible causes: ${others.map((c) => `${c.id} (${pct(c.confidence)})`).join(', ')}`,
          o.width,
          '    ',
          '  ',
        ),
      );
  }
  return out.join('\n') + '\n';
}

/** A host finding (or a security finding) in full. */
export function findingBlock(f: Finding, o: TableOptions, maxEvidence = Infinity): string {
  if (isSecurityFinding(f)) return securityBlock(f, o).join('\n') + '\n';
  return (
    explain(
      f,
      o,
      wrap(`${f.computer}: ${paint(o.color, 'bold', f.title)} [${f.id}, ${pct(f.confidence)}]`, o.width, '    ', '- '),
      '  ',
      undefined,
      maxEvidence,
    ) + '\n'
  );
}

function attemptTable(list: DiagnosedAttempt[], o: TableOptions): string[] {
  return list.map((a) => {
    const top = a.causes[0];
    const server = serverLogged(a) ? a.computer.split('.')[0] : destination(a);
    const outcome = paint(
      o.color,
      a.outcome === 'failed' ? 'red' : a.outcome === 'succeeded' ? 'green' : 'yellow',
      outcomeLabel(a),
    );
    return wrap(
      `${a.id}  ${time(a.start, o.tz)}  ${clientLabel(a.client, a.connection)} → ${server}${a.user ? `  ${a.user}` : ''}  ${outcome}${top ? `  ${top.id} ${pct(top.confidence)}` : ''}`,
      o.width,
      '      ',
      '',
    );
  });
}

export function renderTable(model: ReportModel, o: TableOptions): string {
  return [...tablePieces(model, o)].join('');
}

/** The same text in pieces, written as they are made: a fleet's `--details` runs to millions of lines. */
export function* tablePieces(model: ReportModel, o: TableOptions): Generator<string, void, undefined> {
  const m = escapeControlsDeep(model);
  const out: string[] = [];
  let flushed = false;
  const piece = (): string => {
    const text = `${out.join('\n')}\n`;
    out.length = 0;
    flushed = true;
    return text;
  };
  if (o.attempts?.length) {
    for (const id of o.attempts) {
      const a = m.attempts.find((x) => x.id.toLowerCase() === id.toLowerCase());
      out.push(
        a
          ? attemptBlock(a, o, m)
          : `No attempt ${id} in these logs (attempts are numbered A001…A${String(m.attempts.length).padStart(3, '0')}).\n`,
      );
    }
    yield out.join('\n');
    return;
  }
  pushAll(out, summary(m, o));
  if (o.summaryOnly) {
    if (m.attempts.length)
      out.push(
        '',
        wrap(
          paint(o.color, 'dim', 'Without --summary: every computer in full; -o report.html to browse.'),
          o.width,
          '',
        ),
      );
    yield `${out.join('\n')}\n`;
    return;
  }
  if (o.details) {
    out.push('', paint(o.color, 'bold', 'Attempts'));
    for (const line of attemptTable(m.attempts, o)) {
      out.push(line);
      if (out.length >= PIECE_LINES) yield piece();
    }
    for (const a of m.attempts) {
      if (a.causes.length === 0) continue;
      out.push('', attemptBlock(a, o, m).trimEnd());
      if (out.length >= PIECE_LINES) yield piece();
    }
  }
  pushAll(out, machineStateLines(m, o));
  pushAll(out, coverageLines(m, o));
  if (!o.details && m.attempts.length)
    out.push(
      '',
      wrap(
        paint(
          o.color,
          'dim',
          'Per attempt: --details lists every attempt with its evidence; --attempt A001 shows one; --explain A001 says how its verdict was reached.',
        ),
        o.width,
        '',
      ),
    );
  if (out.length || !flushed) yield `${out.join('\n')}\n`;
}

/** Lines of a piece of the report. */
const PIECE_LINES = 20_000;
