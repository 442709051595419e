/**
 * The HTML report: one self-contained file (inline style and script, no request of any kind, enforced
 * by its Content-Security-Policy) that opens from an email attachment. Everything is rendered here as
 * escaped text; the script only filters rows and opens details, and never turns data into markup.
 */
import { isRawTime } from '../model/time.js';
import { CAUSE_IDS, UNEXPLAINED } from '../../patterns/index.js';
import { warningTotal } from '../model/event.js';
import type { DiagnosedAttempt } from '../diagnose/analyze.js';
import { describeProgress } from '../diagnose/progress.js';
import { channelLabel } from '../model/channels.js';
import { type EvidenceRef, type Explanation, type Incident, serverLogged, VMBUS_CLIENT } from '../model/attempt.js';
import { summarizeEvent } from '../diagnose/event-summary.js';
import { machineStateSection } from './machine-state.js';
import {
  againstText,
  attackPathText,
  attackRoles,
  clientLabel,
  codeSpans,
  hostOutcomesText,
  incidentOfAttempts,
  logReachLines,
  lowerBoundText,
  type ReportModel,
  shownPath,
  signedInText,
  fleetHeading,
  headlineText,
  logSpanText,
  successWho,
} from './model.js';
import { type Fleet, fleetOutcomeColumns, sharedCauseText } from './fleet.js';
import { sha256Base64 } from './sha256.js';
import { inputRowError, inputRowFile, inputRows } from './warnings.js';
import { escapeControlsInMarkup } from './sanitize.js';
import { formatRange, formatTime, type TimeZoneChoice } from './time-format.js';
import { compareText } from '../model/order.js';
import { EVENT_ATTEMPT, heldEvents } from '../model/spill.js';

/** One attempt's details: what stopped it (or, for a logon a finding names, that it signed in), its evidence and events. */
function attemptDetails(
  a: DiagnosedAttempt,
  incident: string | undefined,
  zone: TimeZoneChoice,
  m: ReportModel,
): string {
  const top = a.causes[0];
  const others = a.causes
    .slice(1)
    .map((x) => `${esc(x.id)} (${Math.round(x.confidence * 100)}%)`)
    .join(', ');
  const events = [...a.probeEvents, ...a.events, ...a.clientEvents]
    .map(
      (e) =>
        `<tr><td class="mono">${esc(tz(e.timestamp, zone))}</td><td>${esc(channelLabel(e.channel)).replace('/', '/<wbr>')}</td><td class="num">${e.eventId}</td><td class="num">${e.recordId ?? ''}</td><td class="summary mono">${esc(summarizeEvent(e, 240))}</td></tr>`,
    )
    .join('');
  const kind = a.outcome === 'failed' ? 'failure' : a.outcome === 'succeeded' && !top ? 'logon' : 'lost';
  const what = top
    ? `<span class="${a.outcome === 'failed' ? 'bad' : 'warn'}">${esc(top.title)}</span> <span class="tag">${esc(top.id)} ${Math.round(top.confidence * 100)}%</span>`
    : `<span class="${a.outcome === 'succeeded' ? 'ok' : 'warn'}">${esc(a.outcome === 'succeeded' ? 'signed in' : a.outcome)}</span>`;
  return (
    `<details class="${kind} attempt" id="att-${esc(a.id)}" data-outcome="${esc(a.outcome)}" data-cause="${esc(top?.id ?? '')}" data-client="${esc(clientOf(a))}" data-time="${esc(a.start)}"><summary><b>${esc(a.id)}</b> ${esc(tz(a.start, zone))} · ${esc(clientOf(a))} → ${esc(serverOf(a))}${a.user ? ` · ${esc(a.user)}` : ''} · ${what}${incident ? ` <span class="tag">${esc(incident)}</span>` : ''}</summary><div>` +
    `<p class="muted">How far it got: ${esc(describeProgress(a))}.${a.clientDisconnectReason !== undefined ? ` The client reported disconnect reason ${a.clientDisconnectReason} (0x${a.clientDisconnectReason.toString(16)}).` : ''}${others ? ` Other possible causes: ${others}.` : ''}</p>` +
    (top ? explanationHtml(top, zone, m) : '') +
    (events
      ? `<h4>Its events</h4><table class="events fixed"><colgroup><col class="t"><col class="l"><col class="n"><col class="r"><col></colgroup><thead><tr><th>Time</th><th>Log</th><th>Event</th><th>Record</th><th>Fields</th></tr></thead><tbody>${events}</tbody></table>`
      : '') +
    '</div></details>'
  );
}

/**
 * Escapes text for HTML element content and quoted attribute values: the one escaping every value on its way into the
 * page passes, controls and bidi characters of the logs shown escaped (`escapeControlsInMarkup`).
 */
export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return escapeControlsInMarkup(String(value)).replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * rdpdiag's own text (a step of "What to do"), which may carry log values: its code spans (`codeSpans`, as the
 * Markdown report reads them) as `<code>`, everything in them and around them escaped (`esc`).
 */
export function htmlOwn(text: string): string {
  return codeSpans(text)
    .map((part, i) => (i % 2 === 1 ? `<code>${esc(spanContent(part))}</code>` : esc(part)))
    .join('');
}

/** A code span's content as CommonMark shows it: one space stripped from each end when both ends have one. */
function spanContent(part: string): string {
  return part.length > 2 && part[0] === ' ' && part[part.length - 1] === ' ' && part.trim() ? part.slice(1, -1) : part;
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
.dot.succeeded{background:var(--ok)}.dot.failed{background:var(--bad)}.dot.in-progress,.dot.unknown{background:var(--warn)}
.axis{display:flex;justify-content:space-between;margin-left:308px}.filters{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0;align-items:end}
.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted)}select,input{font:inherit;padding:3px 6px;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:4px}
.swatch{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px;vertical-align:-1px}.tag{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;border:1px solid var(--line)}ol{margin:4px 0 0 18px;padding:0}
.alert{border:2px solid var(--bad);border-radius:8px;padding:8px 12px;margin:8px 0;background:var(--card)}.alert b{color:var(--bad)}
table.fixed{table-layout:fixed}td,th{overflow-wrap:break-word}table.fixed td{overflow-wrap:anywhere}table.incidents td:nth-child(-n+3),table.incidents th{white-space:nowrap}table.evidence col.t{width:13em}table.evidence col.l{width:11em}table.evidence td{overflow-wrap:break-word}table.evidence td.summary .mono{overflow-wrap:anywhere}details.more{border:0;margin:2px 0 0;background:none}details.more>summary{padding:0;font-size:12px;color:var(--muted);list-style-position:inside}details.more>div{padding:0}table.events col.t{width:13em}table.events col.l{width:11em}table.events col.n{width:4.5em}table.events col.r{width:6.5em}
#events col.n{width:max(6%,4.5em)}#events col.r{width:max(7%,6.5em)}table td.num,table div.num{white-space:nowrap;overflow-wrap:normal;word-break:normal;font-variant-numeric:tabular-nums}
#events table{margin:0}#events thead th{border-bottom:0}#events .rows{content-visibility:auto;contain-intrinsic-size:auto 3000px}#events .rows+.rows td{border-top:0}
details.attempt{content-visibility:auto;contain-intrinsic-size:auto 40px}
p.empty{border:1px dashed var(--line);border-radius:8px;padding:8px 12px;color:var(--muted)}section.todo{border:1px solid var(--line);border-radius:8px;padding:4px 12px 10px;margin:10px 0}body{max-width:100%;overflow-wrap:break-word}
@media (min-width:1200px){table.evidence col.t,table.events col.t{width:15em}table.evidence col.l,table.events col.l{width:14em}}
@media (max-width:700px){table.evidence col.t{width:9em}table.evidence col.l{width:7em}table.events col.t{width:9em}table.events col.l{width:7em}.lane .who{width:140px}.axis{margin-left:148px}}
@media print{#events .rows,details.attempt{content-visibility:visible}body{padding:0;font-size:11px}.filters,.noprint{display:none}details{break-inside:avoid}a{color:inherit}}
`;

const SCRIPT = `
(function(){
  var rows=[].slice.call(document.querySelectorAll('#events tbody tr'));
  var blocks=[].slice.call(document.querySelectorAll('#events .rows'));
  var attempts=[].slice.call(document.querySelectorAll('details.attempt'));
  var none=document.getElementById('no-attempts'),noneText=none.textContent,noEvents=document.getElementById('no-events');
  var f={outcome:document.getElementById('f-outcome'),cause:document.getElementById('f-cause'),client:document.getElementById('f-client'),from:document.getElementById('f-from'),to:document.getElementById('f-to')};
  function apply(){
    var o=f.outcome.value,c=f.cause.value,cl=f.client.value,from=f.from.value,to=f.to.value,shown=0;
    rows.forEach(function(r){
      var d=r.dataset,ok=(!o||d.outcome===o)&&(!c||d.cause===c)&&(!cl||d.client===cl)&&(!from||d.time>=from)&&(!to||d.time<=to+'\\uffff');
      r.hidden=!ok;if(ok)shown++;
    });
    document.getElementById('shown').textContent=String(shown);
    blocks.forEach(function(b){b.hidden=!b.querySelector('tr:not([hidden])')});
    var listed=0;
    attempts.forEach(function(r){
      var d=r.dataset;r.hidden=!((!o||d.outcome===o)&&(!c||d.cause===c)&&(!cl||d.client===cl)&&(!from||d.time>=from)&&(!to||d.time<=to+'\\uffff'));
      if(!r.hidden)listed++;
    });
    var set=[o&&'outcome '+o,c&&'cause '+c,cl&&'client '+cl,from&&'from '+from,to&&'to '+to].filter(Boolean).join(', ');
    none.hidden=listed>0;
    if(set)none.textContent='No attempt listed here matches these filters ('+set+'). This list holds failed attempts, lost sessions and the logons a finding names; the summary above counts every attempt.';
    else none.textContent=noneText;
    noEvents.hidden=shown>0;
    noEvents.textContent=set?'No event matches these filters ('+set+').':'No event to show.';
  }
  function openTarget(){
    var t=location.hash&&document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if(t&&t.tagName==='DETAILS'){t.hidden=false;t.open=true;t.scrollIntoView();}
  }
  window.addEventListener('hashchange',openTarget);
  Object.keys(f).forEach(function(k){f[k].addEventListener('input',apply);f[k].addEventListener('change',apply)});
  document.querySelectorAll('[data-open]').forEach(function(a){a.addEventListener('click',function(){var d=document.getElementById(a.getAttribute('data-open'));if(d){d.open=true;d.scrollIntoView();}})});
  window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})});
  apply();
  openTarget();
})();
`;

function tz(ts: string, zone: TimeZoneChoice): string {
  return formatTime(ts, Date.parse(ts.slice(0, 23) + 'Z'), zone);
}

function clientOf(a: DiagnosedAttempt): string {
  return (
    [a.client.address, a.client.name].filter(Boolean).join(' / ') ||
    (a.side === 'client' ? a.computer : a.connection === 'vmbus' ? VMBUS_CLIENT : 'unknown')
  );
}

function serverOf(a: DiagnosedAttempt): string {
  return serverLogged(a) ? a.computer : (a.server.name ?? a.server.address ?? 'unknown');
}

/**
 * Evidence rows: when and where, which event, and what it says: its salient fields (the event table's) first and
 * whole, every field and its file on request. Three columns, so what it says keeps most of the width from 800 px on.
 * Files are named relative to the folder the report's inputs share (`shownPath`).
 */
function evidenceTable(evidence: EvidenceRef[], zone: TimeZoneChoice, m: ReportModel): string {
  if (!evidence.length) return '';
  const rows = evidence
    .map((e) => {
      const lead = e.details ?? e.summary;
      const rest =
        e.details && e.summary.startsWith(e.details)
          ? e.summary.slice(e.details.length).trim()
          : e.details
            ? e.summary
            : '';
      const more = `<details class="more"><summary>${rest ? 'all fields, file' : 'file'}</summary>${rest ? `<div class="mono">${esc(rest)}</div>` : ''}<div class="mono muted">${esc(shownPath(m, e.source))}</div></details>`;
      return `<tr><td class="mono">${esc(tz(e.time, zone))}<div class="muted">${esc(e.computer)}</div></td><td>${esc(channelLabel(e.channel)).replace('/', '/<wbr>')} <b>${e.eventId}</b>${e.recordId === null ? '' : `<div class="muted num">#${e.recordId}</div>`}</td><td class="summary"><span class="mono">${esc(lead)}</span>${more}</td></tr>`;
    })
    .join('');
  return `<h4>Evidence</h4><table class="evidence fixed"><colgroup><col class="t"><col class="l"><col></colgroup><thead><tr><th>When, where</th><th>Event</th><th>What it says</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function explanationHtml(x: Explanation, zone: TimeZoneChoice, m: ReportModel): string {
  const steps = x.remediation.length
    ? `<h4>What to do</h4><ol>${x.remediation.map((r) => `<li>${htmlOwn(r)}</li>`).join('')}</ol>`
    : '';
  return `<p>${esc(x.explanation)}</p>${evidenceTable(x.evidence, zone, m)}${steps}`;
}

function incidentTable(list: Incident[], zone: TimeZoneChoice): string {
  const rows = list
    .map((x) => {
      const clients = x.clients
        .slice(0, 5)
        .map((c) => clientLabel(c, c.connection) + (x.clients.length > 1 ? ` (${c.count})` : ''))
        .join(', ');
      return `<tr class="${x.kind}"><td><a href="#inc-${esc(x.id)}">${esc(x.id)}</a></td><td>${x.kind === 'attack' ? '<b class="bad">attack</b>' : 'fault'}</td><td>${x.count}</td><td><code>${esc(x.cause)}</code> ${esc(x.title)}</td><td>${esc(clients)}${x.clients.length > 5 ? ` and ${x.clients.length - 5} more` : ''}</td><td>${esc(x.users.slice(0, 5).join(', '))}</td><td class="mono">${esc(formatRange(x.first, x.last, zone))}</td></tr>`;
    })
    .join('');
  return `<table class="incidents"><thead><tr><th>Incident</th><th>Kind</th><th>Attempts</th><th>Cause</th><th>Clients</th><th>Users</th><th>Time</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The fleet view (fleet.ts): one row per computer, then what spans computers. */
function fleetHtml(fleet: Fleet, zone: TimeZoneChoice): string {
  const extra = fleetOutcomeColumns(fleet);
  const rows = fleet.computers
    .map(
      (r) =>
        `<tr><td>${esc(r.computer)}</td><td>${r.attempts}</td><td>${r.succeeded}</td><td${r.failed ? ' class="bad"' : ''}>${r.failed}</td>${extra.map((c) => `<td>${c.of(r)}</td>`).join('')}<td>${r.incidents}</td><td>${r.findings}</td><td>${r.worstCause ? `<code>${esc(r.worstCause.id)}</code>${r.worstCause.attack ? ' <b class="bad">attack</b>' : ''} ×${r.worstCause.count}` : ''}</td></tr>`,
    )
    .join('');
  // One source against several servers is already a security headline (a sweep), said once.
  const across = fleet.incidents
    .filter((x) => x.kind === 'shared-cause')
    .map((x) => {
      const on = esc(x.computers.join(', '));
      const what = sharedCauseText(x, `<b>${esc(x.title)}</b>`, `<code>${esc(x.id)}</code>`, on);
      return `<div class="alert" role="alert">${what}: ${x.count} failed attempts, ${esc(formatRange(x.first, x.last, zone))}${x.incidents.length ? ` (${x.incidents.map((id) => `<a href="#inc-${esc(id)}">${esc(id)}</a>`).join(', ')})` : ''}.</div>`;
    })
    .join('');
  return `<h2 id="fleet">${esc(fleetHeading(fleet))}</h2><table class="fleet"><thead><tr><th>Computer</th><th>Attempts</th><th>Succeeded</th><th>Failed</th>${extra.map((c) => `<th>${esc(c.title)}</th>`).join('')}<th>Incidents</th><th>Findings</th><th>Worst cause</th></tr></thead><tbody>${rows}</tbody></table>${across ? `<h3>Across computers</h3>${across}` : ''}`;
}

function summaryHtml(m: ReportModel, zone: TimeZoneChoice): string {
  const parts: string[] = [];
  for (const h of m.securityHeadlines) {
    const signedIn = signedInText(h);
    const got = signedIn ? ` <b>${esc(signedIn.what)}</b> (${esc(signedIn.users)}).` : '';
    const path = attackPathText(h, zone);
    const bound = `${path ? ` <b>${esc(path)}</b>` : ''}${h.lowerBound ? ` ${esc(lowerBoundText(h.lowerBound, zone))}` : ''}`;
    parts.push(
      `<div class="alert" role="alert"><b>${h.id === 'scanning' ? 'Scanning' : 'Attack: password guessing'}</b> from ${esc(h.source)} against ${esc(againstText(h))}: ${esc(h.countText)}, ${esc(formatRange(h.first, h.last, zone))}.${got}${bound} <a href="#security">Details</a></div>`,
    );
  }
  const roles = attackRoles(m.analysis.findings);
  // The attacker's path (a tunnel, lateral movement, a tampered service) is an alert as the attacks are.
  for (const f of m.pathFindings)
    if (!(f.id === 'lateral-movement' && f.attempts?.some((id) => roles.get(id) === 'lateral movement')))
      parts.push(
        `<div class="alert" role="alert"><b>Alert</b> on ${esc(f.computer)}: ${esc(f.title)} <span class="tag">${esc(f.id)}</span> <a href="#security">Details</a></div>`,
      );
  if (m.fleet) parts.push(fleetHtml(m.fleet, zone));
  parts.push('<div id="incidents">');
  for (const h of m.hosts) {
    parts.push(`<h3>${esc(h.computer)}: ${esc(hostOutcomesText(h))}</h3>`);
    if (h.incidents.length) parts.push(incidentTable(h.incidents, zone));
    if (h.succeeded.length) {
      const who = [
        ...new Map(h.succeeded.map((a) => successWho(a, roles, clientOf)).map((w) => [w.toLowerCase(), w])).values(),
      ];
      parts.push(
        `<p class="muted">Succeeded: ${esc(who.slice(0, 10).join('; '))}${who.length > 10 ? ` and ${who.length - 10} more` : ''}.</p>`,
      );
    }
  }
  parts.push('</div>');
  return parts.join('');
}

function findingsHtml(m: ReportModel, zone: TimeZoneChoice): string {
  const parts: string[] = [];
  if (m.securityFindings.length || m.pathFindings.length) {
    parts.push('<h2 id="security">Security findings</h2>');
    for (const f of m.securityFindings) {
      const logons = f.burst.successes.length
        ? `<h4>Successful logons from ${esc(f.burst.source)}</h4><table><thead><tr><th>Attempt</th><th>Time</th><th>User</th></tr></thead><tbody>${f.burst.successes.map((s) => `<tr><td><a href="#att-${esc(s.attempt)}">${esc(s.attempt)}</a></td><td class="mono">${esc(tz(s.time, zone))}</td><td>${esc(s.user ?? '')}</td></tr>`).join('')}</tbody></table>`
        : '';
      parts.push(
        `<details class="finding security" open><summary><b>${esc(f.computer)}</b>: ${esc(f.title)} <span class="tag">${esc(f.id)} ${Math.round(f.confidence * 100)}%</span></summary><div><p>${esc(f.explanation)}</p>${logons}</div></details>`,
      );
    }
    for (const f of m.pathFindings)
      parts.push(
        `<details class="finding security" open><summary><b>${esc(f.computer)}</b>: ${esc(f.title)} <span class="tag">${esc(f.id)} ${Math.round(f.confidence * 100)}%</span></summary><div>${explanationHtml(f, zone, m)}</div></details>`,
      );
  }
  if (m.remediation.length) {
    parts.push('<h2>What to do</h2>');
    for (const b of m.remediation) {
      const first = b.incidents[0];
      const ids = b.incidents.map((x) => `<span id="inc-${esc(x.id)}">${esc(x.id)}</span>`).join(', ');
      const heading =
        first.kind === 'attack'
          ? `${ids}: attack from ${esc(first.source)}`
          : `${ids}: ${esc(first.title)} <span class="tag">${esc(first.cause)} ${Math.round(first.confidence * 100)}%</span>`;
      parts.push(
        `<section class="todo"><h3>${heading}</h3>${explanationHtml({ ...first, remediation: b.steps }, zone, m)}</section>`,
      );
    }
  }
  if (m.hostFindings.length) {
    parts.push('<h2>Host findings</h2>');
    for (const f of m.hostFindings) {
      parts.push(
        `<details class="finding"><summary><b>${esc(f.computer)}</b>: ${esc(f.title)} <span class="tag">${esc(f.id)} ${Math.round(f.confidence * 100)}%</span></summary><div>${explanationHtml(f, zone, m)}</div></details>`,
      );
    }
  }
  return parts.join('\n');
}

/** The time of an end of the axis: as the attempt that is there says it (a raw time past year 9999 raw). */
function axisEnd(m: ReportModel, ms: number): string {
  for (const a of m.attempts) {
    if (a.startMs === ms && isRawTime(a.start)) return a.start;
    if (a.endMs === ms && isRawTime(a.end)) return a.end;
  }
  return new Date(ms).toISOString();
}

/** The timeline, in pieces (one per lane: a fleet's has one dot per attempt). */
function* timelineHtml(m: ReportModel): Generator<string> {
  if (!m.attempts.length) return;
  // A loop, not Math.min(...times): a fleet's hundreds of thousands of arguments overflow the stack.
  let min = Infinity;
  let max = -Infinity;
  for (const a of m.attempts) {
    min = Math.min(min, a.startMs, a.endMs);
    max = Math.max(max, a.startMs, a.endMs);
  }
  const span = Math.max(max - min, 1);
  const lanes = new Map<string, DiagnosedAttempt[]>();
  for (const a of m.attempts) {
    const key = `${clientOf(a)} → ${serverOf(a)}`;
    const lane = lanes.get(key);
    if (lane) lane.push(a);
    else lanes.set(key, [a]);
  }
  const legend = [
    ...new Set(m.failed.map((a) => a.causes[0]?.id).filter((x): x is NonNullable<typeof x> => x !== undefined)),
  ]
    .sort()
    .map((id) => `<span class="tag"><span class="swatch" style="background:${causeColor(id)}"></span>${esc(id)}</span>`)
    .join(' ');
  yield `<h2>Attempts over time</h2><p class="muted">One line per client and server; <span class="ok">●</span> succeeded, <span class="warn">●</span> in progress; a failure is colored by its cause: ${legend}. Click a failure to open it.</p>`;
  for (const [who, list] of [...lanes.entries()].sort((x, y) => compareAddresses(x[0], y[0]))) {
    const dots = list
      .map((a) => {
        const left = (((a.startMs - min) / span) * 100).toFixed(2);
        const cause = a.causes[0]?.id ?? '';
        const label = `${a.id} ${a.start} ${a.outcome}${cause ? ` (${cause})` : ''}`;
        const color = a.outcome === 'failed' && cause ? ` background:${causeColor(cause)};` : '';
        return `<span class="dot ${a.outcome}" style="left:${left}%;${color}" title="${esc(label)}" data-open="${a.outcome === 'failed' ? `att-${esc(a.id)}` : ''}"></span>`;
      })
      .join('');
    yield `<div class="lane"><span class="who mono" title="${esc(who)}">${esc(who)}</span><div class="track">${dots}</div></div>`;
  }
  yield `<div class="axis muted mono"><span>${esc(axisEnd(m, min))}</span><span>${esc(axisEnd(m, max))}</span></div>`;
}

/** Lanes by client address numerically (192.0.2.9 before 192.0.2.10), names after addresses. */
function compareAddresses(x: string, y: string): number {
  const key = (s: string): number[] | undefined => {
    const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})/.exec(s);
    if (v4) return [4, ...v4.slice(1).map(Number)];
    const v6 = /^([0-9a-f]*:[0-9a-f:]+)/i.exec(s);
    if (!v6) return undefined;
    const [head, tail = ''] = v6[1].split('::');
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const groups = v6[1].includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
    return [6, ...groups.map((g: string) => parseInt(g || '0', 16))];
  };
  const a = key(x);
  const b = key(y);
  if (a && b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++)
      if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
    return compareText(x, y);
  }
  if (a) return -1;
  if (b) return 1;
  return compareText(x, y);
}

const CAUSE_ORDER: readonly string[] = CAUSE_IDS;

/** A stable color per cause id (spread around the hue circle, reds kept for nothing in particular). */
function causeColor(id: string): string {
  const i = CAUSE_ORDER.indexOf(id);
  if (id === UNEXPLAINED || i < 0) return 'hsl(0,0%,55%)';
  return `hsl(${Math.round((i * 360) / (CAUSE_ORDER.length - 1) + 200) % 360},70%,48%)`;
}

const EVENT_COLUMNS =
  '<colgroup><col style="width:15%"><col style="width:7%"><col style="width:14%"><col style="width:16%"><col class="n"><col class="r"><col></colgroup>';
/** Rows of the event table per block: each block is laid out only when it comes near the screen. */
const ROWS_PER_BLOCK = 100;

/**
 * The event table as a header and blocks of rows, each its own table with the same fixed columns, so the
 * browser lays out (and draws) only the blocks near the screen (`content-visibility`); no script needed. In
 * pieces, a block each.
 */
function* eventTable(count: number, row: (i: number) => string): Generator<string> {
  yield `<div id="events"><table class="fixed">${EVENT_COLUMNS}<thead><tr><th>Time</th><th>Attempt</th><th>Computer</th><th>Channel</th><th>Event</th><th>Record</th><th>Fields</th></tr></thead></table>`;
  for (let i = 0; i < count; i += ROWS_PER_BLOCK) {
    const rows: string[] = [];
    for (let j = i; j < Math.min(count, i + ROWS_PER_BLOCK); j++) rows.push(row(j));
    yield `<div class="rows"><table class="fixed">${EVENT_COLUMNS}<tbody>${rows.join('')}</tbody></table></div>`;
  }
  yield '</div>';
}

function options(values: string[]): string {
  return values.map((v) => `<option value="${esc(v)}">${esc(v)}</option>`).join('');
}

/** The machine state read from the state files: a table of checks per computer, with the command of one not made. */
function machineStateHtml(m: ReportModel): string | undefined {
  const state = machineStateSection(m.analysis);
  if (!state) return undefined;
  return `<h2 id="machine-state">Machine state</h2><p class="muted">${esc(state.intro)}</p>${state.notes.length ? `<ul>${state.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}${state.groups
    .map(
      (g) =>
        `<h3>${esc(g.computer)}</h3><table class="fixed"><thead><tr><th>Check</th><th>Value</th><th>Verdict</th></tr></thead><tbody>${g.rows
          .map(
            (r) =>
              `<tr><td>${esc(r.check)}</td><td>${esc(r.value)}</td><td class="${r.verdict === 'failed' ? 'warn' : r.verdict === 'passed' ? 'ok' : 'muted'}">${esc(r.verdictText)}${r.command ? `: <code>${esc(r.command)}</code>` : ''}</td></tr>`,
          )
          .join('')}</tbody></table>`,
    )
    .join('')}`;
}

/**
 * The HTML report in pieces, written as they are made: a fleet's report is hundreds of MB, one dot of its timeline
 * and one block of its event table per attempt.
 */
export function* htmlChunks(m: ReportModel, zone: TimeZoneChoice): Generator<string> {
  const c = m.counts;
  const head: string[] = [];
  head.push(
    `<h1>Remote Desktop connection report</h1><p class="muted">Generated by ${esc(m.tool)}. Times are ${zone.kind === 'utc' ? 'UTC' : esc(zone.zone)}.${m.span ? ` ${esc(logSpanText(m, zone))}` : ''}</p>`,
  );
  head.push(
    `<section id="summary">${m.note ? `<p class="alert">${esc(m.note)}</p>` : ''}${c.attempts ? `<p id="headline">${esc(headlineText(m, zone))}</p>` : ''}<div class="cards"><div class="card">Attempts<b id="n-attempts">${c.attempts}</b></div>${c.attempts ? `<div class="card">Succeeded<b${c.succeeded ? ' class="ok"' : ''} id="n-succeeded">${c.succeeded}</b></div><div class="card">Failed<b${c.failed ? ' class="bad"' : ''} id="n-failed">${c.failed}</b></div>` : ''}${c.inProgress ? `<div class="card">In progress<b class="warn" id="n-in-progress">${c.inProgress}</b></div>` : ''}${c.unknown ? `<div class="card">Outcome unknown<b class="warn" id="n-unknown">${c.unknown}</b></div>` : ''}${c.attempts ? `<div class="card">Incidents<b id="n-incidents">${m.analysis.incidents.length}</b></div>` : ''}<div class="card">Findings<b>${m.analysis.findings.length}</b></div></div>${summaryHtml(m, zone)}</section>`,
  );
  head.push(findingsHtml(m, zone));
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${sha256Base64(SCRIPT)}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  yield `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="color-scheme" content="light dark"><title>Remote Desktop connection report</title>
<style>${STYLE}</style></head>
<body>
`;
  // The parts of the page, one line apart; a part made in pieces is one part.
  yield head.join('\n');
  const part = function* (pieces: Iterable<string>): Generator<string> {
    let first = true;
    for (const piece of pieces) {
      yield first ? `\n${piece}` : piece;
      first = false;
    }
    if (first) yield '\n';
  };
  yield* part(timelineHtml(m));

  const incidentOf = incidentOfAttempts(m);
  // Every failed attempt and lost session, and every attempt a finding or a story above links to (an
  // attacker's logons, the other end of a hop): a link in the page always has its target.
  const linked = new Set(m.securityFindings.flatMap((f) => f.burst.successes.map((s) => s.attempt)));
  for (const link of head.join('').matchAll(/href="#att-([^"]+)"/g)) linked.add(link[1]);
  const detailed = m.attempts.filter((a) => a.causes.length || linked.has(a.id));
  const causes = [...new Set(m.attempts.flatMap((a) => (a.causes[0] ? [a.causes[0].id as string] : [])))].sort();
  const clients = [...new Set(m.attempts.map(clientOf))].sort(compareAddresses);
  yield `\n<h2>Attempts</h2><p class="muted">Every failed attempt (and every session lost later), and the logons a finding names, each with its evidence and its events. The filters apply here and to the event table below.</p>` +
    `<div class="filters noprint"><label>Outcome<select id="f-outcome"><option value="">any</option>${options(['failed', 'succeeded', 'in-progress', 'unknown'])}</select></label>` +
    `<label>Cause<select id="f-cause"><option value="">any</option>${options(causes)}</select></label>` +
    `<label>Client<select id="f-client"><option value="">any</option>${options(clients)}</select></label>` +
    `<label>From (UTC)<input id="f-from" type="text" placeholder="2024-05-02T09:00"></label><label>To (UTC)<input id="f-to" type="text" placeholder="2024-05-02T18:00"></label></div>`;
  for (const a of detailed) yield `\n${attemptDetails(a, incidentOf.get(a.id), zone, m)}`;
  yield `\n<p id="no-attempts" class="empty"${detailed.length ? ' hidden' : ''}>No failed attempt, lost session or logon named by a finding.</p>`;
  const state = machineStateHtml(m);
  if (state) yield `\n${state}`;
  const reach = logReachLines(m.analysis.coverage.logs, zone);
  if (reach.length)
    yield `\n<h2>How far the logs reach</h2><ul>${reach.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>`;
  if (m.analysis.coverage.advice.length)
    yield `\n<h2>Logs that would tell more</h2><ul>${m.analysis.coverage.advice.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>`;

  // An event's attempt: the one holding it, or for an event read back from a fleet's spill, the one it names.
  const attemptOf = new Map<object, DiagnosedAttempt>();
  for (const a of m.attempts) for (const e of heldEvents(a)) attemptOf.set(e, a);
  const row = (i: number) => {
    const e = m.appendix[i]!;
    const a = attemptOf.get(e) ?? (e as { [EVENT_ATTEMPT]?: DiagnosedAttempt })[EVENT_ATTEMPT];
    const cause = a?.causes[0]?.id ?? '';
    const client = a ? clientOf(a) : '';
    return `<tr data-outcome="${esc(a?.outcome ?? '')}" data-cause="${esc(cause)}" data-client="${esc(client)}" data-time="${esc(e.timestamp)}"><td class="mono">${esc(tz(e.timestamp, zone))}</td><td>${esc(a?.id ?? '')}</td><td>${esc(e.computer)}</td><td>${esc(channelLabel(e.channel)).replace('/', '/<wbr>')}</td><td class="num">${e.eventId}</td><td class="num">${e.recordId ?? ''}</td><td class="summary mono">${esc(summarizeEvent(e, 240))}</td></tr>`;
  };
  yield `\n<h2>Events</h2><p class="muted">Events of the failed attempts and of the evidence, all ${m.appendix.length} of them (<span id="shown">${m.appendix.length}</span> shown; the filters above apply).</p>`;
  yield* eventTable(m.appendix.length, row);
  yield `<p id="no-events" class="empty"${m.appendix.length ? ' hidden' : ''}>No event to show.</p>`;
  yield `\n<h2>Inputs</h2><table id="inputs" class="fixed"><thead><tr><th>File</th><th>Format</th><th>Records</th><th>Problems</th></tr></thead><tbody>${inputRows(
    m.inputs,
  )
    .map((row) => {
      const i = row.input;
      return `<tr><td class="mono" title="${esc(i.path)}">${esc(inputRowFile(row, (p) => shownPath(m, p)))}</td><td>${esc(i.format)}</td><td>${i.records}</td><td>${esc([inputRowError(row), i.warnings.length ? `${warningTotal(i)} warning(s), ${i.skipped} skipped` : ''].filter(Boolean).join('; '))}</td></tr>`;
    })
    .join('')}</tbody></table>`;
  yield `
<script>${SCRIPT}</script>
</body></html>
`;
}
