import { isRawTime } from '../model/time.js';
/** `analyze --explain A123`: how an attempt's verdict was reached (see `trace` in src/diagnose/trace.ts). */
import type { ReportModel } from './model.js';
import type { TableOptions } from './table-text.js';
import { escapeControlsDeep } from './sanitize.js';
import { attemptBlock } from './table.js';
import { wrap } from './table-text.js';

export function renderExplain(model: ReportModel, ids: string[], o: TableOptions): string {
  const m = escapeControlsDeep(model);
  const out: string[] = [];
  for (const id of ids) {
    const a = m.attempts.find((x) => x.id.toLowerCase() === id.toLowerCase());
    if (!a) {
      out.push(`No attempt ${id} in these logs.`);
      continue;
    }
    out.push(attemptBlock(a, o, m).trimEnd());
    if (!a.trace) {
      out.push('  (no trace recorded)');
      continue;
    }
    out.push('', 'Why this verdict');
    out.push(wrap(`Outcome ${a.outcome}: ${a.trace.outcome}`, o.width, '    ', '  '));
    for (const p of a.trace.patterns) {
      const head = `${p.id}: ${p.result}${p.confidence !== undefined ? ` (confidence ${Math.round(p.confidence * 100)}%, needs ${Math.round(p.threshold * 100)}%)` : ''}${p.reason ? `: ${p.reason}` : ''}`;
      out.push(wrap(head, o.width, '      ', '  - '));
      for (const c of p.clauses) {
        if (c.events.length === 0 && p.result === 'not applicable') continue;
        const tag = c.excludes ? 'excludes' : `weight ${c.weight}${c.required ? ', required' : ''}`;
        const ev = c.events.length
          ? c.events
              .map(
                (e) =>
                  `${e.channel} ${e.eventId}${e.recordId === null ? '' : ` #${e.recordId}`} ${isRawTime(e.time) ? e.time : `${e.time.slice(11, 19)}Z`}`,
              )
              .join(', ')
          : 'no event';
        out.push(wrap(`${c.name} [${c.scope}, ${tag}]: ${ev}`, o.width, '          ', '      '));
      }
    }
  }
  return out.join('\n') + '\n';
}
