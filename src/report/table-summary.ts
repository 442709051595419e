/**
 * The terminal report's answer: per computer its incidents and successes, the fleet, the attacks and alerts, "what to
 * do" once per incident, the machine state and what the logs covered.
 */
import { cutToWidth, displayWidth, padEndToWidth } from './display-width.js';
import { machineStateSection } from './machine-state.js';
import type { DiagnosedAttempt } from '../diagnose/analyze.js';
import type { Finding, Incident } from '../model/attempt.js';
import { type Fleet, sharedCauseText } from './fleet.js';
import {
  againstText,
  hostOutcomesText,
  attackPathText,
  attackRoles,
  clientLabel,
  fleetHeading,
  headlineText,
  logReachLines,
  lowerBoundText,
  type ReportModel,
  signedInText,
  successWho,
} from './model.js';
import { formatRange } from './time-format.js';
import { maxOf, pushAll } from '../model/arrays.js';
import {
  type TableOptions,
  paint,
  pct,
  plural,
  shortName,
  wrap,
  evidenceLines,
  steps,
  securityBlock,
  findingBlock,
} from './table-text.js';

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
export function summary(m: ReportModel, o: TableOptions): string[] {
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
export function machineStateLines(m: ReportModel, o: TableOptions): string[] {
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

export function coverageLines(m: ReportModel, o: TableOptions): string[] {
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
