/**
 * Tests that change the logs (issue 48, item 8): a folder's logs are read one file at a time, changed (a log
 * removed, an unrelated computer's logs added, a file split, reordered, newest first, rendered as each SIEM exports
 * it, every time shifted by a year, a record-id range cut out), read back through the real readers and analyzed;
 * each attempt of the unchanged run is then found again by its records (computer, channel, record id: never by its
 * place in a list) and what may move is checked against what the change touched. Each violation names its rule.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeEvents, type Analysis, type DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import { readTimeline } from '../../src/ingest/timeline.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { eventRow } from '../../src/model/events.js';
import { memoryInput } from '../../src/model/source.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { expandInputs } from '../../src/platform/node/inputs.js';
import { toEventsXml } from '../../src/report/event-dump.js';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { SIEM_RENDITIONS, type SiemRendition } from './siem.js';

/** The rules a change may break, each in one line (a violation names one). */
export const RULES = {
  'no-flip': 'no attempt flips between succeeded and failed when the logs change',
  'unknown-only-without-proof':
    'removing a log turns an attempt unknown only where that log held its only proof (its logon record, or a record of a failure)',
  'no-verdict-from-less': 'removing a log never turns an unknown attempt into a success or a failure',
  'every-connection-kept':
    'removing a log keeps every attempt that other logs still record (one connection, one attempt)',
  'one-connection-one-attempt': 'two connections of the unchanged run never become one attempt',
  'records-stay-with-their-connection':
    "a record still given stays with its connection: never moved into another connection's attempt (two connections from one address, one client's two at once)",
  'success-names-proof': 'every success has a record marked as its logon proof',
  'unrelated-computer': "an unrelated computer's logs move nothing of the other computers' attempts or findings",
  'same-logs-same-answer':
    'the same records (split into files, reordered, newest first, rendered as XML or a lossless SIEM export, shifted in time) give the same attempts, verdicts and findings',
  'cut-moves-only-touched': 'a record-id range cut out moves only the attempts that had records or time in it',
  'no-finding-from-less':
    'removing a log raises no finding the whole set did not, unless it says which log not given leaves it open (`unknown`)',
} as const;
export type Rule = keyof typeof RULES;

export interface Violation {
  folder: string;
  transformation: string;
  /** The attempt's stable identity: its first record (computer, channel, record id), start and client. */
  attempt: string;
  rule: Rule;
  detail: string;
}

/** One log file of a folder as the readers give it. */
export interface LogFile {
  name: string;
  events: NormalizedEvent[];
}

/** A changed set of files: the text of each, to be read back through the readers. */
export interface Rendered {
  files: { name: string; text: string }[];
}

export interface Run {
  analysis: Analysis;
  /** Attempt of each record key. */
  byRecord: Map<string, DiagnosedAttempt>;
}

export const recordKey = (computer: string, channel: string, recordId: unknown) =>
  `${computer.toLowerCase()}|${channel.toLowerCase()}|${String(recordId)}`;
const eventKey = (e: NormalizedEvent) => recordKey(e.computer, e.channel, e.recordId);

/** Every record of an attempt: its probes', its own, its client's, a folded broker leg's. */
export function attemptEvents(a: DiagnosedAttempt): NormalizedEvent[] {
  return [...a.probeEvents, ...a.events, ...a.clientEvents, ...(a.redirectedFrom?.events ?? [])];
}

/**
 * A record that stands for one connection (issue 48 item 4: "every connection a channel records is an attempt"):
 * the event table's Remote Desktop connection markers (RCM 261, RdpCoreTS 131), a client's 1024 and an RD
 * Gateway's authorization (200/201).
 */
function recordsConnection(e: NormalizedEvent): boolean {
  if (eventRow(e.provider.name, e.eventId)?.marker?.rdp) return true;
  if (/RDPClient\/Operational$/i.test(e.channel)) return e.eventId === 1024;
  if (/Gateway\/Operational$/i.test(e.channel)) return e.eventId === 200 || e.eventId === 201;
  return false;
}

/** Stable identity: first record, start, client; never an index into a list. */
export function identity(a: DiagnosedAttempt): string {
  const first = [...attemptEvents(a)].sort((x, y) => x.timestamp.localeCompare(y.timestamp))[0];
  const rec = first ? `${first.computer} ${shortChannel(first.channel)} #${String(first.recordId)}` : a.computer;
  return `${rec} @${a.start} from ${a.client.address ?? a.client.name ?? '-'}`;
}

function shortChannel(c: string): string {
  const m = /-(RdpCoreTS|LocalSessionManager|RemoteConnectionManager|RDPClient|Gateway)\/(\w+)$/i.exec(c);
  return m ? `${m[1]}/${m[2]}` : c;
}

/** The log files of a folder (archives and folders expanded as `analyze` would), each read alone. */
export async function readFolder(folder: string): Promise<LogFile[]> {
  // The folder's files listed, not read (each is read once, below).
  const { files } = await expandInputs([folder]);
  const out: LogFile[] = [];
  for (const file of files) {
    const t = await buildTimeline([file]);
    if (t.events.length) out.push({ name: file.slice(folder.length + 1) || basename(file), events: [...t.events] });
  }
  return out;
}

const xmlName = (name: string) => `${name.replace(/[\\/]/g, '__').replace(/\.[^.]*$/, '')}.xml`;

/** Files as `wevtutil qe /f:xml` would write them, one event a line. */
export function asXml(files: readonly LogFile[]): Rendered {
  return { files: files.map((f) => ({ name: xmlName(f.name), text: toEventsXml(f.events) })) };
}

export async function analyzeRendered(r: Rendered): Promise<Run> {
  const enc = new TextEncoder();
  const timeline = await readTimeline(
    r.files.map((f) => ({ name: f.name, open: async () => memoryInput(f.name, enc.encode(f.text)) })),
  );
  const analysis = analyzeEvents(timeline.events, {
    channelCounts: timeline.channelCounts,
    ...(timeline.reach ? { reach: timeline.reach } : {}),
  });
  return runOf(analysis);
}

/** A run of an analysis: its attempts, and each record's attempt. */
export function runOf(analysis: Analysis): Run {
  const byRecord = new Map<string, DiagnosedAttempt>();
  for (const a of analysis.attempts) for (const e of attemptEvents(a)) byRecord.set(eventKey(e), a);
  return { analysis, byRecord };
}

/** A transformation: a name, the changed files, and what the comparison may allow. */
export interface Transformation {
  name: string;
  kind: 'remove-log' | 'add-unrelated' | 'same-records' | 'lossy' | 'cut';
  render(files: readonly LogFile[]): Rendered;
  /** remove-log: the records removed; cut: the records cut out. */
  removed?: Set<string>;
  /** cut: the time span of the records cut out. */
  span?: [number, number];
  /** add-unrelated: the computers added (their attempts and findings are the change's own). */
  added?: Set<string>;
  /** same-records with shifted times: the shift in ms. */
  shiftMs?: number;
}

/** Remove each log file in turn. */
function removeEach(files: readonly LogFile[]): Transformation[] {
  if (files.length < 2) return [];
  return files.map((f, i) => ({
    name: `remove ${f.name}`,
    kind: 'remove-log',
    removed: new Set(f.events.map(eventKey)),
    render: (all) => asXml(all.filter((_, j) => j !== i)),
  }));
}

/** Each file split into two files at its middle record. */
const split: Transformation = {
  name: 'split each file in two',
  kind: 'same-records',
  render: (all) => ({
    files: all.flatMap((f) => {
      const half = Math.ceil(f.events.length / 2);
      const [a, b] = [f.events.slice(0, half), f.events.slice(half)];
      const name = xmlName(f.name).replace(/\.xml$/, '');
      return [
        { name: `${name}-1.xml`, text: toEventsXml(a) },
        ...(b.length ? [{ name: `${name}-2.xml`, text: toEventsXml(b) }] : []),
      ];
    }),
  }),
};

/** A fixed permutation of each file's records (no randomness: the suite must give the same answer each run). */
function shuffled<T>(list: readonly T[]): T[] {
  const out = [...list];
  let seed = 48;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const reorder: Transformation = {
  name: 'reorder records within each file',
  kind: 'same-records',
  render: (all) => asXml(all.map((f) => ({ name: f.name, events: shuffled(f.events) }))),
};

const newestFirst: Transformation = {
  name: 'newest first',
  kind: 'same-records',
  render: (all) =>
    asXml(
      all.map((f) => ({
        name: f.name,
        events: [...f.events].sort((x, y) => y.timestamp.localeCompare(x.timestamp)),
      })),
    ),
};

const ONE_YEAR_MS = 365 * 86_400_000;

/** Every time a year later (100 ns digits kept; a raw FILETIME beyond year 9999 left as it is). */
function shiftEvent(e: NormalizedEvent, ms: number): NormalizedEvent {
  if (!/^\d{4}-/.test(e.timestamp)) return e;
  const whole = new Date(Date.parse(`${e.timestamp.slice(0, 19)}Z`) + ms).toISOString().slice(0, 19);
  return { ...e, timestamp: `${whole}${e.timestamp.slice(19)}`, timeMs: e.timeMs + ms };
}

const shiftYear: Transformation = {
  name: 'shift all times by a year',
  kind: 'same-records',
  shiftMs: ONE_YEAR_MS,
  render: (all) => asXml(all.map((f) => ({ name: f.name, events: f.events.map((e) => shiftEvent(e, ONE_YEAR_MS)) }))),
};

/** The middle fifth of the record ids of the folder's largest log (of at least 10 records) cut out. */
function cutRange(files: readonly LogFile[]): Transformation[] {
  const largest = [...files].sort((a, b) => b.events.length - a.events.length)[0];
  if (!largest || largest.events.length < 10) return [];
  const numbered = largest.events.filter((e) => e.recordId !== undefined);
  const byId = [...numbered].sort((a, b) => Number(a.recordId) - Number(b.recordId));
  if (byId.length < 10) return [];
  const from = Math.floor(byId.length * 0.4);
  const to = Math.floor(byId.length * 0.6);
  const cut = byId.slice(from, to);
  const removed = new Set(cut.map(eventKey));
  const times = cut.map((e) => e.timeMs);
  return [
    {
      name: `cut record ids ${String(cut[0].recordId)}–${String(cut[cut.length - 1].recordId)} of ${largest.name}`,
      kind: 'cut',
      removed,
      span: [Math.min(...times), Math.max(...times)],
      render: (all) =>
        asXml(
          all.map((f) =>
            f === largest ? { name: f.name, events: f.events.filter((e) => !removed.has(eventKey(e))) } : f,
          ),
        ),
    },
  ];
}

/**
 * An unrelated computer's logs: the healthy session sample (server and client), its computers renamed and its
 * addresses moved to ones no sample uses, placed in the middle of the folder's time.
 */
function addUnrelated(files: readonly LogFile[]): Transformation {
  const healthy = readFileSync(join(ROOT, 'samples/patterns/healthy-session/sample.xml'), 'utf8');
  const times = files.flatMap((f) => f.events.map((e) => e.timeMs)).sort((a, b) => a - b);
  const middle = times[Math.floor(times.length / 2)] ?? Date.parse('2024-05-02T12:00:00Z');
  const first = /SystemTime='([^']+)'/.exec(healthy)?.[1] ?? '';
  const shift = Math.round((middle - Date.parse(first)) / 1000) * 1000;
  const computers = new Set(['UNRELATED-SRV.unrelated.example.test', 'UNRELATED-WS.unrelated.example.test']);
  const text = healthy
    .replace(/SystemTime='([^']+)'/g, (_, t: string) => {
      const whole = new Date(Date.parse(`${t.slice(0, 19)}Z`) + shift).toISOString().slice(0, 19);
      return `SystemTime='${whole}${t.slice(19)}'`;
    })
    .replace(/RDSH01\.corp\.example\.test/gi, 'UNRELATED-SRV.unrelated.example.test')
    .replace(/WS-ALICE\.corp\.example\.test/gi, 'UNRELATED-WS.unrelated.example.test')
    .replace(/\bRDSH01\b/g, 'UNRELATED-SRV')
    .replace(/\bWS-ALICE\b/g, 'UNRELATED-WS')
    .replace(/192\.0\.2\.(\d+)/g, '2001:db8:48::$1')
    .replace(/\bCORP\b/g, 'UNREL');
  return {
    name: "add an unrelated computer's logs",
    kind: 'add-unrelated',
    added: computers,
    render: (all) => ({ files: [...asXml(all).files, { name: 'zz-unrelated.xml', text }] }),
  };
}

function siemTransformation(r: SiemRendition): Transformation {
  return {
    name: `as ${r.name}`,
    kind: r.lossless ? 'same-records' : 'lossy',
    render: (all) => ({ files: [{ name: r.file, text: r.render(all.flatMap((f) => f.events)) }] }),
  };
}

/** Every transformation of a folder, in a fixed order. */
export function transformationsOf(files: readonly LogFile[]): Transformation[] {
  return [
    ...removeEach(files),
    addUnrelated(files),
    split,
    reorder,
    newestFirst,
    ...SIEM_RENDITIONS.map(siemTransformation),
    shiftYear,
    ...cutRange(files),
  ];
}

/** What must not move of an attempt under a change of the same records. */
function answerOf(a: DiagnosedAttempt, shiftMs = 0): string {
  const start = new Date(a.startMs - shiftMs).toISOString();
  return [
    a.outcome,
    a.causes[0]?.id ?? '-',
    a.user?.toLowerCase() ?? '-',
    a.client.address ?? a.client.name ?? '-',
    start,
  ].join(' ');
}

const findingsOf = (an: Analysis, skip?: Set<string>) =>
  an.findings
    .filter((f) => !skip?.has(f.computer ?? ''))
    .map((f) => `${f.id}@${(f.computer ?? '').toLowerCase()}`)
    .sort();

const LOGON_FLIP = new Set(['succeeded', 'failed']);

const provesLogon = (a: DiagnosedAttempt) => (a.records ?? []).some((r) => r.logon);

/** The proof records of a baseline attempt: its logon records (success), any record (failure). */
function proofKeys(a: DiagnosedAttempt): string[] {
  const records = a.records ?? [];
  if (a.outcome === 'succeeded')
    return records.filter((r) => r.logon).map((r) => recordKey(r.computer, r.channel, r.recordId));
  // A failure's records, and the evidence its cause cites (a host's licensing or certificate event is a record of the
  // failure too, though no connection's own).
  const cited = a.causes[0]?.evidence ?? [];
  return [
    ...records.map((r) => recordKey(r.computer, r.channel, r.recordId)),
    ...cited.filter((e) => e.recordId !== null).map((e) => recordKey(e.computer, e.channel, e.recordId!)),
  ];
}

/** Compares a changed run with the unchanged one; `attempts` counts the attempts compared. */
export function compare(
  folder: string,
  t: Transformation,
  base: Run,
  changed: Run,
): { violations: Violation[]; compared: number } {
  const violations: Violation[] = [];
  const add = (a: DiagnosedAttempt, rule: Rule, detail: string) =>
    violations.push({ folder, transformation: t.name, attempt: identity(a), rule, detail });
  // Every success of the changed run names its proof; one the unchanged run already made without it is reported
  // once, as the 'baseline' transformation's.
  const baseOf = new Map<string, DiagnosedAttempt>();
  for (const a of base.analysis.attempts) for (const e of attemptEvents(a)) baseOf.set(eventKey(e), a);
  for (const a of changed.analysis.attempts) {
    if (a.outcome !== 'succeeded' || (a.records ?? []).some((r) => r.logon)) continue;
    const before = attemptEvents(a)
      .map((e) => baseOf.get(eventKey(e)))
      .find((b) => b !== undefined);
    if (before && before.outcome === 'succeeded' && !provesLogon(before)) continue;
    add(a, 'success-names-proof', `succeeded by "${a.outcomeRule ?? ''}" with no record marked logon`);
  }
  const seenBy = new Map<DiagnosedAttempt, DiagnosedAttempt>();
  const matchOf = new Map<DiagnosedAttempt, DiagnosedAttempt>();
  let compared = 0;
  for (const a of base.analysis.attempts) {
    const keys = attemptEvents(a).map(eventKey);
    const kept = keys.filter((k) => !t.removed?.has(k));
    // The changed attempt that holds the most of this one's records still logged.
    const votes = new Map<DiagnosedAttempt, number>();
    for (const k of kept) {
      const b = changed.byRecord.get(k);
      if (b) votes.set(b, (votes.get(b) ?? 0) + 1);
    }
    const match = [...votes].sort((x, y) => y[1] - x[1])[0]?.[0];
    if (match) matchOf.set(a, match);
    const touched =
      t.kind === 'cut' && (keys.some((k) => t.removed!.has(k)) || (a.startMs <= t.span![1] && a.endMs >= t.span![0]));
    // Another log still records this connection (not only a logon try of it, which a Security log holds).
    const stillRecorded = attemptEvents(a).some((e) => recordsConnection(e) && !t.removed?.has(eventKey(e)));
    if (!match) {
      if (t.kind === 'remove-log' ? stillRecorded : kept.length && t.kind !== 'lossy' && !touched)
        add(
          a,
          t.kind === 'remove-log' ? 'every-connection-kept' : 'same-logs-same-answer',
          'no attempt of the changed run holds its records',
        );
      continue;
    }
    compared++;
    const other = seenBy.get(match);
    if (other && t.kind !== 'lossy' && !touched)
      add(a, 'one-connection-one-attempt', `joined with ${identity(other)} into one attempt ${identity(match)}`);
    seenBy.set(match, a);
    const from = a.outcome;
    const to = match.outcome;
    if (LOGON_FLIP.has(from) && LOGON_FLIP.has(to) && from !== to) {
      add(a, 'no-flip', `${from} → ${to} (${match.outcomeRule ?? ''})`);
      continue;
    }
    if (t.kind === 'remove-log') {
      if (LOGON_FLIP.has(from) && to === 'unknown') {
        const proof = proofKeys(a);
        const onlyProofRemoved = proof.length > 0 && proof.every((k) => t.removed!.has(k));
        const someRemoved = proof.some((k) => t.removed!.has(k));
        if (from === 'succeeded' ? !onlyProofRemoved : !someRemoved)
          add(
            a,
            'unknown-only-without-proof',
            `${from} → unknown, though its proof is still logged (${match.outcomeReason ?? ''})`,
          );
      }
      if (from === 'unknown' && LOGON_FLIP.has(to))
        add(a, 'no-verdict-from-less', `unknown → ${to} with less logged (${match.outcomeRule ?? ''})`);
    } else if (t.kind === 'add-unrelated' || t.kind === 'same-records') {
      const before = answerOf(a);
      const after = answerOf(match, t.shiftMs);
      if (before !== after)
        add(a, t.kind === 'add-unrelated' ? 'unrelated-computer' : 'same-logs-same-answer', `${before} → ${after}`);
    } else if (t.kind === 'cut') {
      if (!touched && answerOf(a) !== answerOf(match))
        add(a, 'cut-moves-only-touched', `${answerOf(a)} → ${answerOf(match)}`);
    }
  }
  // Mis-paired connections (NAT, many a second): a record of one connection of the unchanged run, still given, found in
  // the attempt that stands for another of its connections. A cut or a lossy rendition may rightly move them.
  if (t.kind !== 'lossy' && t.kind !== 'cut') {
    const connectionOf = new Map<DiagnosedAttempt, DiagnosedAttempt>();
    for (const [a, m] of matchOf) if (!connectionOf.has(m)) connectionOf.set(m, a);
    for (const [a, m] of matchOf) {
      if (connectionOf.get(m) !== a) continue;
      for (const k of attemptEvents(a).map(eventKey)) {
        if (t.removed?.has(k)) continue;
        const b = changed.byRecord.get(k);
        const owner = b ? connectionOf.get(b) : undefined;
        if (b && b !== m && owner && owner !== a && !twinIn(k, a, owner))
          add(a, 'records-stay-with-their-connection', `its record ${k} is in ${identity(b)}, ${identity(owner)}'s`);
      }
    }
  }
  // A log not given is no event that did not happen: no finding appears only because a log was removed, unless it
  // says that what it rests on is unknown without that log.
  if (t.kind === 'remove-log') {
    const before = new Set(findingsOf(base.analysis));
    const open = (f: Analysis['findings'][number]) => (f.unknown?.length ?? 0) > 0;
    const added = changed.analysis.findings
      .filter((f) => !open(f))
      .map((f) => `${f.id}@${(f.computer ?? '').toLowerCase()}`)
      .filter((f) => !before.has(f));
    if (added.length)
      violations.push({
        folder,
        transformation: t.name,
        attempt: '(findings)',
        rule: 'no-finding-from-less',
        detail: `findings only without the log: ${[...new Set(added)].sort().join(', ')}`,
      });
  }
  // Findings: the same, where the same records were given (an unrelated computer's own are its change's).
  if (t.kind === 'same-records' || t.kind === 'add-unrelated') {
    const skip = t.added;
    const before = findingsOf(base.analysis);
    const after = findingsOf(changed.analysis, skip);
    if (before.join() !== after.join()) {
      const rule: Rule = t.kind === 'add-unrelated' ? 'unrelated-computer' : 'same-logs-same-answer';
      const gone = before.filter((f) => !after.includes(f));
      const added = after.filter((f) => !before.includes(f));
      violations.push({
        folder,
        transformation: t.name,
        attempt: '(findings)',
        rule,
        detail: `findings moved: ${gone.length ? `lost ${gone.join(', ')}` : ''}${added.length ? ` gained ${added.join(', ')}` : ''}`,
      });
    }
    // No attempt of the folder's computers may appear from nowhere.
    if (t.kind === 'add-unrelated') {
      const onBase = changed.analysis.attempts.filter(
        (b) => !t.added!.has(b.computer) && ![...seenBy.keys()].includes(b),
      );
      for (const b of onBase) add(b, 'unrelated-computer', 'an attempt appeared on a computer of the folder');
    }
  }
  return { violations, compared };
}

/**
 * Whether the other connection holds a record alike in all but its time and record id (one user's two connections
 * at once from one client: their Security logons name the same account, address, workstation and logon type, and a
 * source port of 0): which is whose no key tells, so their trading places is no mis-pairing.
 */
function twinIn(key: string, a: DiagnosedAttempt, other: DiagnosedAttempt): boolean {
  const own = attemptEvents(a).find((e) => eventKey(e) === key);
  if (own?.channel.toLowerCase() !== 'security') return false;
  const alike = (e: NormalizedEvent) => {
    const d = e.data;
    return [
      e.eventId,
      d.LogonType,
      d.TargetUserName?.toLowerCase(),
      d.IpAddress,
      d.WorkstationName?.toLowerCase(),
      d.IpPort,
    ];
  };
  const mine = JSON.stringify(alike(own));
  return attemptEvents(other).some((e) => e.channel.toLowerCase() === 'security' && JSON.stringify(alike(e)) === mine);
}

/** The unchanged run's own successes without proof, reported once as the 'baseline' transformation. */
export function baselineViolations(folder: string, base: Run): Violation[] {
  return base.analysis.attempts
    .filter((a) => a.outcome === 'succeeded' && !provesLogon(a))
    .map((a) => ({
      folder,
      transformation: 'baseline',
      attempt: identity(a),
      rule: 'success-names-proof' as const,
      detail: `succeeded by "${a.outcomeRule ?? ''}" with no record marked logon`,
    }));
}

/** The key a known violation is listed by. */
export const violationKey = (v: { folder: string; transformation: string; attempt: string; rule: string }) =>
  `${v.folder} | ${v.transformation} | ${v.attempt} | ${v.rule}`;
