/**
 * The Markdown report: pastes cleanly into a ticket. Summary first, then each failed attempt with its
 * evidence and remediation, host findings, coverage advice and an appendix timeline. Every value from a
 * log is escaped so it shows as text (no links, no HTML, no broken tables). Deterministic.
 */
import { escapeControlsDeep } from './sanitize.js';
import { warningTotal } from '../model/event.js';
import type { DiagnosedAttempt } from '../diagnose/analyze.js';
import { describeProgress } from '../diagnose/progress.js';
import { channelLabel } from '../model/channels.js';
import { type EvidenceRef, type Explanation, type Incident, serverLogged, VMBUS_CLIENT } from '../model/attempt.js';
import { summarizeEvent } from '../diagnose/event-summary.js';
import {
  againstText,
  hostOutcomesText,
  attackPathText,
  attackRoles,
  clientLabel,
  codeSpans,
  fleetHeading,
  headlineText,
  incidentOfAttempts,
  logSpanText,
  logReachLines,
  lowerBoundText,
  successWho,
  type ReportModel,
  type SecurityHeadline,
  shownPath,
  signedInText,
} from './model.js';
import { type Fleet, fleetOutcomeColumns, sharedCauseText } from './fleet.js';
import { formatRange, formatTime, type TimeZoneChoice } from './time-format.js';
import { pushAll } from '../model/arrays.js';
import { machineStateSection } from './machine-state.js';
import { inputRowError, inputRowFile, inputRows } from './warnings.js';

/**
 * Escapes text from logs for Markdown: no markup, links, HTML or table breaks can come through. Only where it must:
 * an `_` between two letters or digits (`svc_backup`, `REG_SZ`) can neither open nor close emphasis (CommonMark's
 * flanking rules), so it stays as written.
 */
export function md(text: string | number | null | undefined): string {
  if (text === null || text === undefined) return '';
  return String(text)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
    .replace(/[`*[\]|~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)([-+#]|\d+[.)](?=\s))/, '$1\\$2');
}

/**
 * rdpdiag's own text (titles, remediation), which may carry log values (the source in "Block <source> at
 * the firewall"): may use `code`; kept on one line and out of tables. Whatever a value holds, the text
 * is only ever plain text and code spans (CommonMark): a pair of backticks is a code span, shown verbatim
 * (so `cmdkey /delete:TERMSRV/<server>` stays copyable, and nothing in it is a link or HTML); outside
 * them a lone backtick, `[`, `]` (links and images), `<` (HTML, autolinks) and `&` of an entity are
 * escaped; `|` is not (only a table cell needs it, and these lines are never in one).
 */
export function mdOwn(text: string): string {
  return codeSpans(text.replace(/\r?\n|\r/g, ' '))
    .map((part, i) => (i % 2 === 1 ? `\`${part}\`` : mdPlain(part)))
    .join('');
  // No `\|`: these lines are never in a table, and in a code span it would be pasted as is (`Get-LocalUser x \|`).
}

/** Text outside code spans: nothing in it can open a link, an image, HTML, an entity or a code span. */
function mdPlain(text: string): string {
  return text
    .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\') // at the end too: a code span may follow
    .replace(/[`[\]]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** Per-attempt sections are written out up to this many failures (beyond, the table and the incidents say it). */
const MAX_ATTEMPT_SECTIONS = 50;
/** The appendix stops here (a ticket is no place for every event; the HTML report has them all). */
const MAX_APPENDIX = 1000;

function t(ts: string, tz: TimeZoneChoice): string {
  return formatTime(ts, Date.parse(ts.slice(0, 23) + 'Z'), tz);
}

function pct(c: number): string {
  return `${Math.round(c * 100)}%`;
}

function clientOf(a: DiagnosedAttempt): string {
  const parts = [a.client.address, a.client.name].filter(Boolean) as string[];
  return parts.length ? parts.join(' / ') : a.connection === 'vmbus' ? VMBUS_CLIENT : 'unknown';
}

function serverOf(a: DiagnosedAttempt): string {
  return serverLogged(a) ? a.computer : (a.server.name ?? a.server.address ?? 'unknown');
}

/** Evidence rows: the salient fields of each event (the event table's), whole; every field in the appendix. */
function evidenceTable(evidence: EvidenceRef[], tz: TimeZoneChoice): string[] {
  if (!evidence.length) return [];
  const rows = ['| Time | Computer | Log | Event | Record | What it says |', '|---|---|---|---|---|---|'];
  for (const e of evidence) {
    rows.push(
      `| ${md(t(e.time, tz))} | ${md(e.computer)} | ${md(channelLabel(e.channel))} | ${e.eventId} | ${e.recordId ?? ''} | ${md(e.details ?? e.summary)} |`,
    );
  }
  return rows;
}

function explanationBlock(x: Explanation, tz: TimeZoneChoice): string[] {
  const out = [md(x.explanation), ''];
  const table = evidenceTable(x.evidence, tz);
  if (table.length) out.push('**Evidence**', '', ...table, '');
  if (x.remediation.length) {
    out.push('**What to do**', '');
    x.remediation.forEach((r, i) => {
      out.push(`${i + 1}. ${mdOwn(r)}`);
    });
    out.push('');
  }
  return out;
}

function incidentTable(list: Incident[], tz: TimeZoneChoice): string[] {
  const rows = ['| Incident | Kind | Attempts | Cause | Clients | Users | Time |', '|---|---|---|---|---|---|---|'];
  for (const x of list) {
    const clients = x.clients
      .slice(0, 5)
      .map((c) => clientLabel(c, c.connection) + (x.clients.length > 1 ? ` (${c.count})` : ''))
      .join(', ');
    rows.push(
      `| ${x.id} | ${x.kind === 'attack' ? '**attack**' : 'fault'} | ${x.count} | \`${x.cause}\` ${md(x.title)} | ${md(clients)}${x.clients.length > 5 ? ` and ${x.clients.length - 5} more` : ''} | ${md(x.users.slice(0, 5).join(', '))} | ${md(formatRange(x.first, x.last, tz))} |`,
    );
  }
  return rows;
}

/** The fleet view (fleet.ts): one row per computer, then what spans computers. */
function fleetSection(fleet: Fleet, tz: TimeZoneChoice): string[] {
  const extra = fleetOutcomeColumns(fleet);
  const out = [
    `## ${md(fleetHeading(fleet))}`,
    '',
    `| Computer | Attempts | Succeeded | Failed |${extra.map((c) => ` ${c.title} |`).join('')} Incidents | Findings | Worst cause |`,
    `|---|---:|---:|---:|${extra.map(() => '---:|').join('')}---:|---:|---|`,
  ];
  for (const r of fleet.computers) {
    const worst = r.worstCause
      ? `\`${r.worstCause.id}\`${r.worstCause.attack ? ' (attack)' : ''} ×${r.worstCause.count}`
      : '';
    out.push(
      `| ${md(r.computer)} | ${r.attempts} | ${r.succeeded} | ${r.failed} |${extra.map((c) => ` ${c.of(r)} |`).join('')} ${r.incidents} | ${r.findings} | ${worst} |`,
    );
  }
  out.push('');
  // One source against several servers is already a security headline (a sweep), said once.
  const shared = fleet.incidents.filter((x) => x.kind === 'shared-cause');
  if (shared.length) {
    out.push('### Across computers', '');
    for (const x of shared) {
      const on = x.computers.map(md).join(', ');
      const what = sharedCauseText(x, `**${md(x.title)}**`, `\`${x.id}\``, on);
      out.push(
        `- ⚠ ${what}: ${x.count} failed attempts, ${md(formatRange(x.first, x.last, tz))}${x.incidents.length ? ` (${x.incidents.join(', ')})` : ''}.`,
      );
    }
    out.push('');
  }
  return out;
}

function securityHeadline(h: SecurityHeadline, tz: TimeZoneChoice): string {
  const signedIn = signedInText(h);
  const got = signedIn ? ` **${md(signedIn.what)}** (${md(signedIn.users)}).` : '';
  const path = attackPathText(h, tz);
  const bound = `${path ? ` **${md(path)}**` : ''}${h.lowerBound ? ` ${md(lowerBoundText(h.lowerBound, tz))}` : ''}`;
  return `- ⚠ **${h.id === 'scanning' ? 'Scanning' : 'Attack: password guessing'}** from ${md(h.source)} against ${md(againstText(h))}: ${h.countText}, ${md(formatRange(h.first, h.last, tz))}.${got}${bound}`;
}

export function* renderMarkdown(model: ReportModel, tz: TimeZoneChoice): Generator<string, void, undefined> {
  const m = escapeControlsDeep(model);
  const out: string[] = [];
  // A fleet's report runs to millions of lines: written in pieces as they are made, never held whole.
  let written = false;
  const piece = (): string => {
    const text = `${written ? '\n' : ''}${out.join('\n')}`;
    written = true;
    out.length = 0;
    return text;
  };
  out.push('# Remote Desktop connection report', '');
  out.push(`Generated by ${m.tool}. Times are ${tz.kind === 'utc' ? 'UTC' : md(tz.zone)}.`, '');
  pushAll(out, summarySection(m, tz));
  pushAll(out, findingSections(m, tz));
  pushAll(out, logSections(m, tz));

  const incidentOf = incidentOfAttempts(m);
  if (m.attempts.length) {
    out.push(
      '## Attempts',
      '',
      '| ID | Time | Server | Client | User | Outcome | Top cause | Confidence | Incident |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const a of m.attempts) {
      if (out.length >= PIECE_LINES) yield piece();
      const top = a.causes[0];
      out.push(
        `| ${a.id} | ${md(t(a.start, tz))} | ${md(serverOf(a))} | ${md(clientOf(a))} | ${md(a.user)} | ${a.outcome} | ${top ? `\`${top.id}\`` : ''} | ${top ? pct(top.confidence) : ''} | ${incidentOf.get(a.id) ?? ''} |`,
      );
    }
    out.push('');
  }

  if (m.failed.length > MAX_ATTEMPT_SECTIONS) {
    out.push(
      '## Failed attempts',
      '',
      `${m.failed.length} failed attempts: each incident above says them once; \`rdpdiag analyze --details\` or the HTML report shows every attempt with its evidence.`,
      '',
    );
  } else if (m.failed.length) {
    out.push('## Failed attempts', '');
    for (const a of m.failed) {
      if (out.length >= PIECE_LINES) yield piece();
      pushAll(out, failedAttemptLines(a, tz));
    }
  }

  const dropped = m.attempts.filter((a) => a.outcome !== 'failed' && a.causes.length);
  if (dropped.length) {
    out.push('## Sessions that were established and later lost', '');
    for (const a of dropped) {
      if (out.length >= PIECE_LINES) yield piece();
      const top = a.causes[0];
      out.push(`### ${a.id}: ${md(clientOf(a))} → ${md(serverOf(a))} at ${md(t(a.start, tz))}`, '');
      out.push(`- **Cause:** \`${top.id}\`: ${md(top.title)} (confidence ${pct(top.confidence)})`, '');
      out.push(...explanationBlock(top, tz));
    }
  }

  pushAll(out, machineStateLines(m));

  if (m.appendix.length) {
    out.push('## Appendix: timeline of the relevant events', '');
    out.push('| Time | Computer | Channel | Event | Record | Fields |', '|---|---|---|---|---|---|');
    for (const e of m.appendix.slice(0, MAX_APPENDIX)) {
      if (out.length >= PIECE_LINES) yield piece();
      out.push(
        `| ${md(t(e.timestamp, tz))} | ${md(e.computer)} | ${md(channelLabel(e.channel))} | ${e.eventId} | ${e.recordId ?? ''} | ${md(summarizeEvent(e, 200))} |`,
      );
    }

    if (m.appendix.length > MAX_APPENDIX)
      out.push('', `(${m.appendix.length - MAX_APPENDIX} more event(s): the HTML report lists them all.)`);
    out.push('');
  }
  yield piece();
}

/** A failed attempt's section: who, how far it got, the client's reason, its causes, then the top one explained. */
function failedAttemptLines(a: ReportModel['failed'][number], tz: TimeZoneChoice): string[] {
  const out: string[] = [];
  const top = a.causes[0];
  out.push(`### ${a.id}: ${md(clientOf(a))} → ${md(serverOf(a))} at ${md(t(a.start, tz))}`, '');
  out.push(`- **User:** ${md(a.user) || 'not in the logs'}`);
  out.push(`- **How far it got:** ${md(describeProgress(a))}`);
  if (a.clientDisconnectReason !== undefined)
    out.push(
      `- **Client disconnect reason:** ${a.clientDisconnectReason} (0x${a.clientDisconnectReason.toString(16)})`,
    );
  if (top) out.push(`- **Cause:** \`${top.id}\`: ${md(top.title)} (confidence ${pct(top.confidence)})`);
  const others = a.causes.slice(1);
  if (others.length)
    out.push(`- **Other possible causes:** ${others.map((c) => `\`${c.id}\` (${pct(c.confidence)})`).join(', ')}`);
  out.push('');
  if (top) out.push(...explanationBlock(top, tz));
  return out;
}

/** The machine state read from the state files: a table of checks per computer, with the command of one not made. */
function machineStateLines(m: ReportModel): string[] {
  const state = machineStateSection(m.analysis);
  if (!state) return [];
  const out = ['## Machine state', '', md(state.intro), ''];
  for (const n of state.notes) out.push(`- ${md(n)}`);
  if (state.notes.length) out.push('');
  for (const g of state.groups) {
    out.push(`### ${md(g.computer)}`, '', '| Check | Value | Verdict |', '|---|---|---|');
    for (const r of g.rows)
      out.push(
        `| ${md(r.check)} | ${md(r.value)} | ${r.verdict === 'not-made' && r.command ? `not made: run ${md(r.command)}` : r.verdictText} |`,
      );
    out.push('');
  }
  return out;
}

/** The summary: the alerts that lead, the headline, the counts, then each computer's outcomes. */
function summarySection(m: ReportModel, tz: TimeZoneChoice): string[] {
  const out: string[] = [];
  out.push('## Summary', '');
  if (m.note) out.push(md(m.note), '');
  // The attacker's path leads (a tunnel, lateral movement, a tampered service), as in the terminal's `!` lines.
  const roles = attackRoles(m.analysis.findings);
  for (const f of m.pathFindings)
    if (!(f.id === 'lateral-movement' && f.attempts?.some((id) => roles.get(id) === 'lateral movement')))
      out.push(`- **Alert:** ${md(f.computer)}: ${md(f.title)} (\`${f.id}\`)`);
  if (m.pathFindings.length) out.push('');
  // The same sentence and numbers as the terminal's and the HTML report's headline.
  out.push(md(headlineText(m, tz)), '');
  const logs = logSpanText(m, tz);
  if (logs) out.push(`- ${md(logs)}`);
  for (const h of m.securityHeadlines) out.push(securityHeadline(h, tz));
  const alerts = m.securityFindings.length + m.pathFindings.length;
  if (alerts) out.push(`- **Security findings:** ${alerts}`);
  if (m.hostFindings.length) out.push(`- **Host findings:** ${m.hostFindings.length}`);
  out.push('');
  if (m.fleet) pushAll(out, fleetSection(m.fleet, tz));
  for (const h of m.hosts) {
    out.push(`### ${md(h.computer)}: ${hostOutcomesText(h)}`, '');
    if (h.incidents.length) pushAll(out, incidentTable(h.incidents, tz)).push('');
    if (h.succeeded.length) {
      const who = [
        ...new Map(h.succeeded.map((a) => successWho(a, roles, clientOf)).map((w) => [w.toLowerCase(), w])).values(),
      ];
      out.push(
        `Succeeded: ${md(who.slice(0, 10).join('; '))}${who.length > 10 ? ` and ${who.length - 10} more` : ''}.`,
        '',
      );
    }
  }
  return out;
}

/** The security findings, what to do, the host findings. */
function findingSections(m: ReportModel, tz: TimeZoneChoice): string[] {
  const out: string[] = [];
  if (m.securityFindings.length || m.pathFindings.length) {
    out.push('## Security findings', '');
    for (const f of m.securityFindings) {
      out.push(`### ${md(f.computer)}: ${md(f.title)}`, '', `\`${f.id}\`, confidence ${pct(f.confidence)}`, '');
      out.push(md(f.explanation), '');
      if (f.burst.successes.length) {
        out.push(`**Successful logons from ${md(f.burst.source)}**`, '', '| Attempt | Time | User |', '|---|---|---|');
        for (const x of f.burst.successes) out.push(`| ${x.attempt} | ${md(t(x.time, tz))} | ${md(x.user ?? '')} |`);
        out.push('');
      }
    }
    for (const f of m.pathFindings) {
      out.push(`### ${md(f.computer)}: ${md(f.title)}`, '', `\`${f.id}\`, confidence ${pct(f.confidence)}`, '');
      out.push(...explanationBlock(f, tz));
    }
  }

  if (m.remediation.length) {
    out.push('## What to do', '');
    for (const b of m.remediation) {
      const first = b.incidents[0];
      const ids = b.incidents.map((x) => x.id).join(', ');
      out.push(
        first.kind === 'attack'
          ? `### ${ids}: attack from ${md(first.source)}`
          : `### ${ids}: ${md(first.title)} (\`${first.cause}\`, ${pct(first.confidence)})`,
        '',
      );
      out.push(...explanationBlock({ ...first, remediation: b.steps }, tz));
    }
  }

  if (m.hostFindings.length) {
    out.push('## Host findings', '');
    for (const f of m.hostFindings) {
      out.push(`### ${md(f.computer)}: ${md(f.title)}`, '', `\`${f.id}\`, confidence ${pct(f.confidence)}`, '');
      out.push(...explanationBlock(f, tz));
    }
  }

  return out;
}

/** How far the logs reach, the logs that would tell more, and the inputs read. */
function logSections(m: ReportModel, tz: TimeZoneChoice): string[] {
  const out: string[] = [];
  const reach = logReachLines(m.analysis.coverage.logs, tz);
  if (reach.length) {
    out.push('## How far the logs reach', '');
    for (const line of reach) out.push(`- ${md(line)}`);
    out.push('');
  }
  if (m.analysis.coverage.advice.length) {
    out.push('## Logs that would tell more', '');
    for (const a of m.analysis.coverage.advice) out.push(`- ${md(a)}`);
    out.push('');
  }

  out.push('## Inputs', '', '| File | Format | Records | Problems |', '|---|---|---|---|');
  for (const row of inputRows(m.inputs)) {
    const i = row.input;
    const error = inputRowError(row);
    const problems = [
      error ? `error: ${error}` : '',
      i.warnings.length ? `${warningTotal(i)} warning(s), ${i.skipped} skipped` : '',
    ]
      .filter(Boolean)
      .join('; ');
    out.push(`| ${md(inputRowFile(row, (p) => shownPath(m, p)))} | ${i.format} | ${i.records} | ${md(problems)} |`);
  }
  out.push('');

  return out;
}

/** Lines of a piece of the report. */
const PIECE_LINES = 20_000;
