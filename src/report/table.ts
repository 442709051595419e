/** The terminal report of `analyze`: a table of attempts, then each failure explained, findings, advice. */
import Table from 'cli-table3';
import { describeProgress, type Analysis, type DiagnosedAttempt } from '../diagnose/analyze.js';

import { shortChannelName } from '../ingest/filter.js';
import type { EvidenceRef, Explanation } from '../model/attempt.js';
import { formatTime, type TimeZoneChoice } from './time-format.js';

export interface TableOptions {
  tz: TimeZoneChoice;
  color: boolean;
  width: number;
}

const CODES = { red: 31, green: 32, yellow: 33, bold: 1, dim: 2 } as const;

function paint(on: boolean, style: keyof typeof CODES, text: string): string {
  return on ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
}

function time(ts: string, tz: TimeZoneChoice): string {
  return formatTime(ts, Date.parse(ts.slice(0, 23) + 'Z'), tz).slice(0, 19) + (tz.kind === 'utc' ? 'Z' : '');
}

function clientLabel(a: DiagnosedAttempt): string {
  const parts = [
    a.client.address,
    a.client.name && a.client.name !== a.client.address ? a.client.name : undefined,
  ].filter(Boolean);
  return parts.join(' ') || '?';
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

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width - indent.length) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

function evidenceLine(e: EvidenceRef, tz: TimeZoneChoice): string {
  const rec = e.recordId === null ? '' : ` #${e.recordId}`;
  return `${time(e.time, tz)}  ${shortChannelName(e.channel)} ${e.eventId}${rec}  ${e.summary}`;
}

function explain(x: Explanation, o: TableOptions, heading: string): string {
  const out = [heading, wrap(x.explanation, o.width, '    ')];
  if (x.evidence.length) {
    out.push('  Evidence:');
    for (const e of x.evidence) out.push(`    - ${evidenceLine(e, o.tz)}`);
  }
  if (x.remediation.length) {
    out.push('  What to do:');
    x.remediation.forEach((r, i) => {
      out.push(wrap(r, o.width, '       ').replace(/^ {7}/, `    ${i + 1}. `));
    });
  }
  return out.join('\n');
}

export function renderTable(analysis: Analysis, o: TableOptions): string {
  const { attempts, findings, coverage } = analysis;
  const out: string[] = [];
  if (attempts.length === 0) {
    out.push('No RDP connection attempts found in the inputs.');
  } else {
    const table = new Table({
      head: ['ID', 'Time', 'Computer', 'Client', 'User', 'Outcome', 'Top cause', 'Conf.'],
      style: { head: o.color ? ['bold'] : [], border: o.color ? ['grey'] : [] },
      wordWrap: true,
    });
    for (const a of attempts) {
      const top = a.causes[0];
      const outcome = outcomeLabel(a);
      table.push([
        a.id,
        time(a.start, o.tz),
        a.side === 'client'
          ? `${a.server.name ?? a.server.address ?? '?'} (from ${a.computer})`
          : a.computer.split('.')[0],
        clientLabel(a),
        a.user ?? '',
        paint(o.color, a.outcome === 'failed' ? 'red' : a.outcome === 'succeeded' ? 'green' : 'yellow', outcome),
        top?.id ?? '',
        top ? `${Math.round(top.confidence * 100)}%` : '',
      ]);
    }
    out.push(table.toString());
    const failed = attempts.filter((a) => a.outcome === 'failed').length;
    const ok = attempts.filter((a) => a.outcome === 'succeeded').length;
    const running = attempts.length - failed - ok;
    out.push(
      `${attempts.length} attempt(s): ${ok} succeeded, ${failed} failed${running ? `, ${running} in progress` : ''}.`,
    );
  }
  for (const a of attempts) {
    if (a.causes.length === 0) continue;
    const top = a.causes[0];
    out.push('');
    out.push(
      paint(
        o.color,
        'bold',
        `${a.id}  ${time(a.start, o.tz)}  ${clientLabel(a)} → ${a.side === 'client' ? (a.server.name ?? a.server.address) : a.computer}${a.user ? `  ${a.user}` : ''}  ${a.outcome}`,
      ),
    );
    out.push(`  How far it got: ${describeProgress(a)}.`);
    if (a.clientDisconnectReason !== undefined)
      out.push(
        `  The client reported disconnect reason ${a.clientDisconnectReason} (0x${a.clientDisconnectReason.toString(16)}).`,
      );
    out.push(
      explain(
        top,
        o,
        `  Cause: ${paint(o.color, 'bold', top.title)} [${top.id}, ${Math.round(top.confidence * 100)}%]`,
      ),
    );
    const others = a.causes.slice(1);
    if (others.length)
      out.push(
        `  Other possible causes: ${others.map((c) => `${c.id} (${Math.round(c.confidence * 100)}%)`).join(', ')}`,
      );
  }
  if (findings.length) {
    out.push('');
    out.push(paint(o.color, 'bold', 'Host findings'));
    for (const f of findings)
      out.push(
        explain(
          f,
          o,
          `- ${f.computer}: ${paint(o.color, 'bold', f.title)} [${f.id}, ${Math.round(f.confidence * 100)}%]`,
        ),
      );
  }
  if (coverage.advice.length) {
    out.push('');
    out.push(paint(o.color, 'bold', 'Logs that would tell more'));
    for (const adv of coverage.advice) {
      // The export command stays on one line so it can be copied.
      const m = /^(.*?)(?: with)?: (wevtutil .*)$/.exec(adv);
      out.push(wrap(m ? `${m[1]}:` : adv, o.width, '  ').replace(/^ {2}/, '- '));
      if (m) out.push(`    ${m[2]}`);
    }
  }
  return out.join('\n') + '\n';
}
