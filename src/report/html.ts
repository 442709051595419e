/**
 * The HTML report: one self-contained file (inline style and script, no request of any kind, enforced
 * by its Content-Security-Policy) that opens from an email attachment. Everything is rendered here as
 * escaped text; the script only filters rows and opens details, and never turns data into markup.
 */
import { CAUSE_IDS } from '../../patterns/index.js';
import { createHash } from 'node:crypto';
import { describeProgress, type DiagnosedAttempt } from '../diagnose/analyze.js';
import { shortChannelName } from '../ingest/filter.js';
import type { EvidenceRef, Explanation } from '../model/attempt.js';
import { summarizeEvent } from '../diagnose/event-summary.js';
import type { ReportModel } from './model.js';
import { formatTime, type TimeZoneChoice } from './time-format.js';

/** Escapes text for HTML element content and quoted attribute values. */
export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
:root{--bg:#fff;--fg:#1b1f24;--muted:#5b6470;--line:#d6dae0;--card:#f6f8fa;--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700;--accent:#0969da}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9aa4ae;--line:#30363d;--card:#161b22;--ok:#3fb950;--bad:#f85149;--warn:#d29922;--accent:#58a6ff}}
*{box-sizing:border-box}body{margin:0;padding:24px;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:0}
.muted{color:var(--muted)}code,.mono{font-family:ui-monospace,SFMono-Regular,Consolas,monospace;font-size:12.5px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:130px}
.card b{display:block;font-size:22px}.ok{color:var(--ok)}.bad{color:var(--bad)}.warn{color:var(--warn)}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}th{background:var(--card)}
td.summary{word-break:break-word}details{border:1px solid var(--line);border-radius:8px;margin:8px 0;background:var(--card)}
summary{cursor:pointer;padding:8px 12px;list-style-position:outside}details>div{padding:0 12px 12px}
.lane{display:flex;align-items:center;gap:8px;margin:3px 0}.lane .who{width:300px;flex:none;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.track{position:relative;flex:1;height:18px;border-bottom:1px dashed var(--line)}.dot{position:absolute;top:3px;width:12px;height:12px;border-radius:50%;margin-left:-6px;border:1px solid var(--bg)}
.dot.succeeded{background:var(--ok)}.dot.failed{background:var(--bad)}.dot.in-progress{background:var(--warn)}
.axis{display:flex;justify-content:space-between;margin-left:308px}.filters{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0;align-items:end}
.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted)}select,input{font:inherit;padding:3px 6px;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:4px}
.swatch{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px;vertical-align:-1px}.tag{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;border:1px solid var(--line)}ol{margin:4px 0 0 18px;padding:0}
@media print{body{padding:0;font-size:11px}.filters,.noprint{display:none}details{break-inside:avoid}a{color:inherit}}
`;

const SCRIPT = `
(function(){
  var rows=[].slice.call(document.querySelectorAll('#events tbody tr'));
  var f={outcome:document.getElementById('f-outcome'),cause:document.getElementById('f-cause'),client:document.getElementById('f-client'),from:document.getElementById('f-from'),to:document.getElementById('f-to')};
  function apply(){
    var o=f.outcome.value,c=f.cause.value,cl=f.client.value,from=f.from.value,to=f.to.value,shown=0;
    rows.forEach(function(r){
      var d=r.dataset,ok=(!o||d.outcome===o)&&(!c||d.cause===c)&&(!cl||d.client===cl)&&(!from||d.time>=from)&&(!to||d.time<=to+'\\uffff');
      r.hidden=!ok;if(ok)shown++;
    });
    document.getElementById('shown').textContent=String(shown);
  }
  Object.keys(f).forEach(function(k){f[k].addEventListener('input',apply);f[k].addEventListener('change',apply)});
  document.querySelectorAll('[data-open]').forEach(function(a){a.addEventListener('click',function(){var d=document.getElementById(a.getAttribute('data-open'));if(d){d.open=true;d.scrollIntoView();}})});
  window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})});
  apply();
})();
`;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

function tz(ts: string, zone: TimeZoneChoice): string {
  return formatTime(ts, Date.parse(ts.slice(0, 23) + 'Z'), zone);
}

function clientOf(a: DiagnosedAttempt): string {
  return (
    [a.client.address, a.client.name].filter(Boolean).join(' / ') || (a.side === 'client' ? a.computer : 'unknown')
  );
}

function serverOf(a: DiagnosedAttempt): string {
  return a.side === 'client' ? (a.server.name ?? a.server.address ?? 'unknown') : a.computer;
}

function evidenceTable(evidence: EvidenceRef[], zone: TimeZoneChoice): string {
  if (!evidence.length) return '';
  const rows = evidence
    .map(
      (e) =>
        `<tr><td class="mono">${esc(tz(e.time, zone))}</td><td>${esc(e.computer)}</td><td>${esc(shortChannelName(e.channel))}</td><td>${e.eventId}</td><td>${e.recordId ?? ''}</td><td class="summary mono">${esc(e.summary)}</td><td class="mono">${esc(e.source)}</td></tr>`,
    )
    .join('');
  return `<h4>Evidence</h4><table><thead><tr><th>Time</th><th>Computer</th><th>Channel</th><th>Event</th><th>Record</th><th>What it says</th><th>File</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function explanationHtml(x: Explanation, zone: TimeZoneChoice): string {
  const steps = x.remediation.length
    ? `<h4>What to do</h4><ol>${x.remediation.map((r) => `<li>${esc(r)}</li>`).join('')}</ol>`
    : '';
  return `<p>${esc(x.explanation)}</p>${evidenceTable(x.evidence, zone)}${steps}`;
}

function timelineHtml(m: ReportModel): string {
  if (!m.attempts.length) return '';
  const times = m.attempts.flatMap((a) => [a.startMs, a.endMs]);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const span = Math.max(max - min, 1);
  const lanes = new Map<string, DiagnosedAttempt[]>();
  for (const a of m.attempts) {
    const key = `${clientOf(a)} → ${serverOf(a)}`;
    lanes.set(key, [...(lanes.get(key) ?? []), a]);
  }
  const laneHtml = [...lanes.entries()]
    .sort((x, y) => x[0].localeCompare(y[0]))
    .map(([who, list]) => {
      const dots = list
        .map((a) => {
          const left = (((a.startMs - min) / span) * 100).toFixed(2);
          const cause = a.causes[0]?.id ?? '';
          const label = `${a.id} ${a.start} ${a.outcome}${cause ? ` (${cause})` : ''}`;
          const color = a.outcome === 'failed' && cause ? ` background:${causeColor(cause)};` : '';
          return `<span class="dot ${a.outcome}" style="left:${left}%;${color}" title="${esc(label)}" data-open="${a.outcome === 'failed' ? `att-${esc(a.id)}` : ''}"></span>`;
        })
        .join('');
      return `<div class="lane"><span class="who mono" title="${esc(who)}">${esc(who)}</span><div class="track">${dots}</div></div>`;
    })
    .join('');
  const legend = [
    ...new Set(m.failed.map((a) => a.causes[0]?.id).filter((x): x is NonNullable<typeof x> => x !== undefined)),
  ]
    .sort()
    .map((id) => `<span class="tag"><span class="swatch" style="background:${causeColor(id)}"></span>${esc(id)}</span>`)
    .join(' ');
  return `<h2>Attempts over time</h2><p class="muted">One line per client and server; <span class="ok">●</span> succeeded, <span class="warn">●</span> in progress; a failure is colored by its cause: ${legend}. Click a failure to open it.</p>${laneHtml}<div class="axis muted mono"><span>${esc(new Date(min).toISOString())}</span><span>${esc(new Date(max).toISOString())}</span></div>`;
}

const CAUSE_ORDER: readonly string[] = CAUSE_IDS;

/** A stable color per cause id (spread around the hue circle, reds kept for nothing in particular). */
function causeColor(id: string): string {
  const i = CAUSE_ORDER.indexOf(id);
  if (id === 'unexplained' || i < 0) return 'hsl(0,0%,55%)';
  return `hsl(${Math.round((i * 360) / (CAUSE_ORDER.length - 1) + 200) % 360},70%,48%)`;
}

function options(values: string[]): string {
  return values.map((v) => `<option value="${esc(v)}">${esc(v)}</option>`).join('');
}

export function renderHtml(m: ReportModel, zone: TimeZoneChoice): string {
  const c = m.counts;
  const parts: string[] = [];
  parts.push(
    `<h1>Remote Desktop connection report</h1><p class="muted">Generated by ${esc(m.tool)}. Times are ${zone.kind === 'utc' ? 'UTC' : esc(zone.zone)}.${m.span ? ` Logs from ${esc(tz(m.span.start, zone))} to ${esc(tz(m.span.end, zone))}.` : ''}</p>`,
  );
  parts.push(
    `<section id="summary"><div class="cards"><div class="card">Attempts<b id="n-attempts">${c.attempts}</b></div><div class="card">Succeeded<b class="ok" id="n-succeeded">${c.succeeded}</b></div><div class="card">Failed<b class="bad" id="n-failed">${c.failed}</b></div>${c.inProgress ? `<div class="card">In progress<b class="warn" id="n-in-progress">${c.inProgress}</b></div>` : ''}<div class="card">Computers<b>${m.computers.length}</b></div><div class="card">Host findings<b>${m.analysis.findings.length}</b></div></div>`,
  );
  if (m.causeCounts.length) {
    parts.push(
      `<table id="causes"><thead><tr><th>Cause of failure</th><th>Attempts</th></tr></thead><tbody>${m.causeCounts.map((x) => `<tr><td><code>${esc(x.id)}</code> ${esc(x.title)}</td><td>${x.count}</td></tr>`).join('')}</tbody></table>`,
    );
  }
  parts.push(`<p class="muted">Computers: ${m.computers.map(esc).join(', ') || 'none'}.</p></section>`);
  parts.push(timelineHtml(m));

  if (m.failed.length) {
    parts.push('<h2>Failed attempts</h2>');
    for (const a of m.failed) {
      const top = a.causes[0];
      const others = a.causes
        .slice(1)
        .map((x) => `${esc(x.id)} (${Math.round(x.confidence * 100)}%)`)
        .join(', ');
      parts.push(
        `<details class="failure" id="att-${esc(a.id)}" data-cause="${esc(top?.id ?? '')}"><summary><b>${esc(a.id)}</b> ${esc(tz(a.start, zone))} · ${esc(clientOf(a))} → ${esc(serverOf(a))}${a.user ? ` · ${esc(a.user)}` : ''} · <span class="bad">${top ? esc(top.title) : 'failed'}</span> <span class="tag">${esc(top?.id ?? '')} ${top ? Math.round(top.confidence * 100) + '%' : ''}</span></summary><div>` +
          `<p class="muted">How far it got: ${esc(describeProgress(a))}.${a.clientDisconnectReason !== undefined ? ` The client reported disconnect reason ${a.clientDisconnectReason} (0x${a.clientDisconnectReason.toString(16)}).` : ''}${others ? ` Other possible causes: ${others}.` : ''}</p>` +
          (top ? explanationHtml(top, zone) : '') +
          '</div></details>',
      );
    }
  }
  const lost = m.attempts.filter((a) => a.outcome !== 'failed' && a.causes.length);
  if (lost.length) {
    parts.push('<h2>Sessions established and later lost</h2>');
    for (const a of lost) {
      const top = a.causes[0];
      parts.push(
        `<details id="att-${esc(a.id)}"><summary><b>${esc(a.id)}</b> ${esc(tz(a.start, zone))} · ${esc(clientOf(a))} → ${esc(serverOf(a))} · ${esc(top.title)}</summary><div>${explanationHtml(top, zone)}</div></details>`,
      );
    }
  }
  if (m.analysis.findings.length) {
    parts.push('<h2>Host findings</h2>');
    for (const f of m.analysis.findings) {
      parts.push(
        `<details class="finding"><summary><b>${esc(f.computer)}</b>: ${esc(f.title)} <span class="tag">${esc(f.id)} ${Math.round(f.confidence * 100)}%</span></summary><div>${explanationHtml(f, zone)}</div></details>`,
      );
    }
  }
  if (m.analysis.coverage.advice.length) {
    parts.push(
      `<h2>Logs that would tell more</h2><ul>${m.analysis.coverage.advice.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>`,
    );
  }

  const attemptOf = new Map<object, DiagnosedAttempt>();
  for (const a of m.attempts) for (const e of [...a.events, ...a.clientEvents]) attemptOf.set(e, a);
  const rows = m.appendix
    .map((e) => {
      const a = attemptOf.get(e);
      const cause = a?.causes[0]?.id ?? '';
      const client = a ? clientOf(a) : '';
      return `<tr data-outcome="${esc(a?.outcome ?? '')}" data-cause="${esc(cause)}" data-client="${esc(client)}" data-time="${esc(e.timestamp)}"><td class="mono">${esc(tz(e.timestamp, zone))}</td><td>${esc(a?.id ?? '')}</td><td>${esc(e.computer)}</td><td>${esc(shortChannelName(e.channel))}</td><td>${e.eventId}</td><td>${e.recordId ?? ''}</td><td class="summary mono">${esc(summarizeEvent(e, 240))}</td></tr>`;
    })
    .join('');
  const causes = [...new Set(m.attempts.flatMap((a) => (a.causes[0] ? [a.causes[0].id as string] : [])))].sort();
  const clients = [...new Set(m.attempts.map(clientOf))].sort();
  parts.push(
    `<h2>Events</h2><p class="muted">Events of the failed attempts and of the evidence (<span id="shown">${m.appendix.length}</span> shown${m.appendixTruncated ? `; ${m.appendixTruncated} more not included` : ''}).</p>` +
      `<div class="filters noprint"><label>Outcome<select id="f-outcome"><option value="">any</option>${options(['failed', 'succeeded', 'in-progress'])}</select></label>` +
      `<label>Cause<select id="f-cause"><option value="">any</option>${options(causes)}</select></label>` +
      `<label>Client<select id="f-client"><option value="">any</option>${options(clients)}</select></label>` +
      `<label>From (UTC)<input id="f-from" type="text" placeholder="2024-05-02T09:00"></label><label>To (UTC)<input id="f-to" type="text" placeholder="2024-05-02T18:00"></label></div>` +
      `<table id="events"><thead><tr><th>Time</th><th>Attempt</th><th>Computer</th><th>Channel</th><th>Event</th><th>Record</th><th>Fields</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
  parts.push(
    `<h2>Inputs</h2><table id="inputs"><thead><tr><th>File</th><th>Format</th><th>Records</th><th>Problems</th></tr></thead><tbody>${m.inputs
      .map(
        (i) =>
          `<tr><td class="mono">${esc(i.path)}</td><td>${esc(i.format)}</td><td>${i.records}</td><td>${esc([i.error?.message, i.warnings.length ? `${i.warnings.length} warning(s), ${i.skipped} skipped` : ''].filter(Boolean).join('; '))}</td></tr>`,
      )
      .join('')}</tbody></table>`,
  );

  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${sha256(SCRIPT)}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="color-scheme" content="light dark"><title>Remote Desktop connection report</title>
<style>${STYLE}</style></head>
<body>
${parts.join('\n')}
<script>${SCRIPT}</script>
</body></html>
`;
}
