/**
 * The terminal report of `analyze`: the answer first (table-summary.ts: per computer its incidents and successes,
 * then security and host findings, then one "what to do" block per incident), per-attempt detail on request
 * (`--details`, `--attempt`). Every line fits the terminal's width.
 */
import { escapeControlsDeep } from './sanitize.js';
import type { DiagnosedAttempt } from '../diagnose/analyze.js';
import { describeProgress } from '../diagnose/progress.js';
import { type Explanation, type Incident, serverLogged } from '../model/attempt.js';
import { clientLabel, logonProofText, isSecurityFinding, type ReportModel } from './model.js';
import { formatRange, type TimeZoneChoice } from './time-format.js';
import { pushAll } from '../model/arrays.js';
import { type TableOptions, paint, time, pct, shortName, wrap, type Told, explain } from './table-text.js';
import { summary, machineStateLines, coverageLines } from './table-summary.js';

export function outcomeLabel(a: DiagnosedAttempt): string {
  const notes = [
    ...(a.mergedProbes ? [`+${a.mergedProbes} probe`] : []),
    ...(a.redirectedFrom ? [`redirected by ${shortName(a.redirectedFrom.computer)}`] : []),
  ];
  return notes.length ? `${a.outcome} (${notes.join(', ')})` : a.outcome;
}

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
/** One attempt in full: heading, how far it got, its cause with evidence and remediation, other causes. */
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
