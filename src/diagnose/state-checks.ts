/**
 * The machine's state beside its logs (shared/reference/causes.md "Host state"): the state files read
 * (parsers/state) grouped by computer, the checks of patterns/state/checks.ts made on each (passed, failed, could
 * not be made and with which command), `state-*` findings for the failures, and the join with the attempts: a failed
 * attempt whose logs leave its cause open takes the cause the state confirms, with the state item as evidence and its
 * time against the failure's; a cause the state rules out drops while another remains. State of a computer no log
 * names is kept apart, and said so.
 */
import type { StateCheck } from '../../patterns/state/check.js';
import { STATE_CHECKS } from '../../patterns/state/checks.js';
import type { CauseResult, EvidenceRef, Finding } from '../model/attempt.js';
import type {
  MachineState,
  StateCheckResult,
  StateEvidence,
  StateFile,
  StateFormat,
  StateItemKind,
  StateRead,
  StateView,
} from '../model/state.js';
import type { Analysis, DiagnosedAttempt } from './analyze.js';
import { serverDenied } from '../../patterns/server-denied.js';
import { UNEXPLAINED } from '../../patterns/index.js';

/** The computer a state file stands for: its own, the logs' beside it, else its folder, said. */
function computerOf(f: StateFile): string {
  if (f.computer) return f.computer;
  const folder = f.file.replace(/[\\/][^\\/]*$/, '');
  return `unnamed (${folder === f.file ? '.' : folder})`;
}

const folderOf = (file: string) => file.replace(/[\\/][^\\/]*$/, '');

/** A state file that names no computer, beside state files that name one computer only, is of that computer. */
function besideOthers(files: readonly StateFile[]): void {
  const named = new Map<string, Set<string>>();
  for (const f of files)
    if (f.computer) {
      const folder = folderOf(f.file);
      if (!named.has(folder)) named.set(folder, new Set());
      named.get(folder)!.add(f.computer.toUpperCase());
    }
  for (const f of files) {
    if (f.computer) continue;
    const beside = files.filter((g) => g.computer && folderOf(g.file) === folderOf(f.file));
    if (beside.length && named.get(folderOf(f.file))?.size === 1) {
      f.computer = beside[0].computer;
      f.computerFrom = 'files-beside';
    }
  }
}

const shortName = (name: string) => name.split('.')[0].toUpperCase();
/** Names that are the same computer: equal, or equal short names where one of them has no domain. */
function sameComputer(a: string, b: string): boolean {
  if (a.toUpperCase() === b.toUpperCase()) return true;
  if (a.includes('.') && b.includes('.')) return false;
  return shortName(a) === shortName(b);
}

class View implements StateView {
  readonly taken?: string;
  private readonly reads: StateRead[] = [];
  private readonly keys = new Set<string>();
  private readonly formats = new Set<StateFormat>();

  constructor(
    readonly computer: string,
    files: readonly StateFile[],
    private readonly all: ReadonlyMap<string, readonly StateFile[]> = new Map(),
  ) {
    // Newest file first: a value read twice is taken from the latest state.
    const ordered = [...files].sort((a, b) => (b.taken ?? '').localeCompare(a.taken ?? ''));
    this.taken = ordered.find((f) => f.taken)?.taken;
    for (const file of ordered) {
      this.formats.add(file.format);
      for (const k of file.keys ?? []) this.addKey(k, file);
      for (const item of file.items) {
        this.reads.push({ item, file });
        if (item.kind === 'registry') this.addKey(item.key, file);
      }
    }
  }

  /** A key read, and every key above it (read as far as it goes). */
  private addKey(key: string, file: StateFile): void {
    const parts = key.split('\\');
    for (let i = 1; i <= parts.length; i++) this.keys.add(parts.slice(0, i).join('\\').toLowerCase());
    if (!this.named.has(key.toLowerCase())) this.named.set(key.toLowerCase(), { key, file });
  }

  private readonly named = new Map<string, { key: string; file: StateFile }>();

  keysUnder(key: string): StateRead[] {
    const prefix = `${key.toLowerCase()}\\`;
    return [...this.named.entries()]
      .filter(([k]) => k.startsWith(prefix))
      .map(([, { key: k, file }]) => ({ item: { kind: 'registry', key: k, name: '(key)', value: 'present' }, file }));
  }

  value(name: string, keys: readonly string[]): StateRead | undefined {
    const n = name.toLowerCase();
    for (const key of keys) {
      const k = key.toLowerCase();
      const found = this.reads.find(
        (r) => r.item.kind === 'registry' && r.item.key.toLowerCase() === k && r.item.name.toLowerCase() === n,
      );
      if (found) return found;
    }
    return undefined;
  }

  read(key: string): boolean {
    return this.keys.has(key.toLowerCase());
  }

  items(kind: StateItemKind): StateRead[] {
    return this.reads.filter((r) => r.item.kind === kind);
  }

  has(format: StateFormat): boolean {
    return this.formats.has(format);
  }

  elsewhere(kind: StateItemKind): { computer: string; read: StateRead }[] {
    const out: { computer: string; read: StateRead }[] = [];
    for (const [computer, files] of this.all) {
      if (sameComputer(computer, this.computer)) continue;
      for (const file of files)
        for (const item of file.items) if (item.kind === kind) out.push({ computer, read: { item, file } });
    }
    return out;
  }

  same(a: string, b: string): boolean {
    return sameComputer(a, b);
  }
}

const valueText = (r: StateRead): string => {
  const v = r.item.value;
  const f = r.item.fields;
  const base = Array.isArray(v) ? v.join(', ') : String(v);
  if (r.item.kind === 'certificate' && f)
    return `${base} NotAfter ${String(f.NotAfter ?? '?')} HasPrivateKey ${String(f.HasPrivateKey ?? '?')}`;
  if (r.item.kind === 'firewall-rule' && f)
    return Object.entries(f)
      .map(([k, x]) => `${k} ${String(x)}`)
      .join(', ');
  return base;
};

function stateEvidence(r: StateRead, computer: string): StateEvidence {
  return {
    file: r.file.file,
    ...(r.item.line !== undefined ? { line: r.item.line } : {}),
    key: r.item.key,
    name: r.item.name,
    value: valueText(r),
    computer,
    ...(r.file.taken ? { taken: r.file.taken } : {}),
    ...(r.file.takenFrom ? { takenFrom: r.file.takenFrom } : {}),
  };
}

/** A state item as an evidence reference (the reports show channel `State`, its file and line as the source). */
export function stateEvidenceRef(s: StateEvidence): EvidenceRef {
  const what = s.key === s.name ? s.key : `${s.key}\\${s.name}`;
  return {
    channel: 'State',
    eventId: 0,
    recordId: null,
    time: s.taken ?? '',
    source: s.line !== undefined ? `${s.file}:${s.line}` : s.file,
    computer: s.computer,
    summary: `${what} = ${s.value}`,
    details: `${what} = ${s.value}`,
    state: s,
  };
}

interface Made {
  check: StateCheck;
  result: StateCheckResult;
  outcome: ReturnType<StateCheck['evaluate']>;
  view: View;
}

/** `2024-05-02 14:05 UTC`. */
const minute = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
const takenWords = (v: View) =>
  v.taken ? ` (state taken ${minute(v.taken)}${v.taken ? '' : ''})` : ' (the time the state was taken is unknown)';

/** The causes whose top place a state confirmation may take: the logs leave them open. */
const OPEN = new Set([UNEXPLAINED, serverDenied.id]);

/**
 * Runs the checks on every computer's state, adds the `state-*` findings and joins the state to the failed
 * attempts (in place). Returns what the report shows.
 */
export function applyMachineState(analysis: Analysis, files: readonly StateFile[]): MachineState {
  const notes: string[] = [];
  const byComputer = new Map<string, StateFile[]>();
  besideOthers(files);
  for (const f of files) {
    const c = computerOf(f);
    const key = [...byComputer.keys()].find((k) => sameComputer(k, c)) ?? c;
    byComputer.set(key, [...(byComputer.get(key) ?? []), f]);
  }
  const logComputers = new Set<string>();
  for (const a of analysis.attempts) {
    logComputers.add(a.computer);
    if (a.clientComputer) logComputers.add(a.clientComputer);
    if (a.server.name) logComputers.add(a.server.name);
  }
  const made: Made[] = [];
  for (const [computer, own] of byComputer) {
    const view = new View(computer, own, byComputer);
    const inLogs = [...logComputers].some((c) => sameComputer(c, computer));
    if (analysis.attempts.length && !inLogs)
      notes.push(
        `The state of ${computer} (${own.map((f) => f.file).join(', ')}) is of a computer no log given names: its checks stand apart, joined to no attempt.`,
      );
    const fileTime = own.filter((f) => f.takenFrom === 'file-time').map((f) => f.file);
    if (fileTime.length)
      notes.push(
        `The time ${fileTime.join(', ')} ${fileTime.length > 1 ? 'were' : 'was'} taken is the file's modification time (the file says none).`,
      );
    for (const check of STATE_CHECKS) {
      const outcome = check.evaluate(view);
      const result: StateCheckResult = {
        check: check.id,
        title: check.title,
        computer,
        verdict: outcome.verdict,
        value: outcome.value,
        finding: check.finding,
        ...(outcome.verdict === 'not-made' ? { command: check.command } : {}),
        evidence: outcome.read.map((r) => stateEvidence(r, computer)),
      };
      made.push({ check, result, outcome, view });
    }
  }
  const raised = joinAttempts(analysis, made);
  // A check that holds only beside a cause the logs show (the client's CredSSP, its MSLicensing store) is a pass alone.
  for (const m of made)
    if (m.outcome.verdict === 'failed' && m.outcome.onlyWith && !raised.has(m)) m.result.verdict = 'passed';
  const findings = new Map<string, Finding>();
  for (const m of made) {
    if (m.result.verdict !== 'failed') continue;
    const key = `${m.result.computer}\u0000${m.check.finding}`;
    const evidence = m.result.evidence.map(stateEvidenceRef);
    const explanation = `${m.outcome.explanation ?? m.result.value}${takenWords(m.view)}.`;
    const had = findings.get(key);
    if (had) {
      had.explanation += ` ${explanation}`;
      had.evidence.push(...evidence);
      had.remediation.push(...(m.outcome.remediation ?? []));
      had.confidence = Math.max(had.confidence, m.outcome.confidence ?? 0.5);
      continue;
    }
    findings.set(key, {
      id: m.check.finding,
      computer: m.result.computer,
      cause: m.check.confirms[0],
      confidence: m.outcome.confidence ?? 0.5,
      title: FINDING_TITLES[m.check.finding],
      explanation,
      evidence,
      remediation: [...(m.outcome.remediation ?? [])],
    });
  }
  analysis.findings.push(...[...findings.values()].sort((a, b) => b.confidence - a.confidence));
  return { checks: made.map((m) => m.result), notes };
}

const FINDING_TITLES: Record<StateCheck['finding'], string> = {
  'state-certificate': "The listener's TLS certificate cannot be used (machine state)",
  'state-tls-protocols': 'SCHANNEL leaves no TLS version to agree on (machine state)',
  'state-credssp': "The client's CredSSP setting refuses the server (machine state)",
  'state-security-layer': 'Security layer, encryption level or NLA refuses clients (machine state)',
  'state-licensing': 'RD licensing cannot license new connections (machine state)',
  'state-listener': 'Remote Desktop is off or not listening (machine state)',
  'state-firewall': "No firewall rule allows the listener's port (machine state)",
  'state-logon-rights': 'The Remote Desktop logon right leaves users out (machine state)',
  'state-client-license-cache': "The client's MSLicensing store (machine state)",
};

/** The join; returns the checks that confirmed a cause of some attempt. */
function joinAttempts(analysis: Analysis, made: readonly Made[]): Set<Made> {
  const used = new Set<Made>();
  for (const a of analysis.attempts) {
    if (a.outcome !== 'failed') continue;
    const server = a.server.name ?? a.computer;
    const client = a.clientComputer ?? a.client.name;
    const mine = made.filter((m) => {
      const side =
        m.check.finding === 'state-credssp' || m.check.finding === 'state-client-license-cache' ? client : server;
      return side !== undefined && sameComputer(side, m.result.computer);
    });
    if (!mine.length) continue;
    const top = a.causes[0];
    const open = !top || OPEN.has(top.id) || top.confidence < 0.5;
    for (const m of mine) {
      if (m.outcome.verdict !== 'failed') continue;
      const shown = a.causes.find((c) => m.check.confirms.includes(c.id));
      if (m.outcome.onlyWith && !a.causes.some((c) => c.id === m.outcome.onlyWith)) continue;
      if (!shown && !open) continue;
      const evidence = m.result.evidence.map((e) => withTime(e, a));
      const sentence = `${m.outcome.explanation ?? m.result.value}${timeAgainst(m.view, a)}`;
      used.add(m);
      if (shown) {
        shown.evidence.push(...evidence.map(stateEvidenceRef));
        shown.explanation += ` The machine's state confirms it: ${sentence}`;
        shown.remediation = [...(m.outcome.remediation ?? []), ...shown.remediation];
        shown.confidence = Math.max(shown.confidence, m.outcome.confidence ?? 0.5);
        a.causes.splice(a.causes.indexOf(shown), 1);
        a.causes.unshift(shown);
      } else {
        const cause: CauseResult = {
          id: m.check.confirms[0],
          // Ranked first: the logs named no specific cause, the state does.
          confidence: Math.min(0.9, Math.max(m.outcome.confidence ?? 0.5, top?.confidence ?? 0)),
          title: `${FINDING_TITLES[m.check.finding].replace(' (machine state)', '')} (from the machine's state)`,
          explanation: `The logs leave this failure's cause open; the machine's state explains it: ${sentence}`,
          evidence: evidence.map(stateEvidenceRef),
          remediation: [...(m.outcome.remediation ?? [])],
        };
        a.causes = [cause, ...a.causes.filter((c) => c.id !== UNEXPLAINED)];
      }
    }
    // A cause the state rules out drops, while another remains.
    for (const m of mine) {
      if (m.outcome.verdict !== 'passed' || !m.check.rulesOut) continue;
      for (const id of m.check.rulesOut) {
        const i = a.causes.findIndex((c) => c.id === id);
        if (i >= 0 && a.causes.length > 1 && !a.causes[i].evidence.some((e) => e.state)) a.causes.splice(i, 1);
      }
    }
  }
  // Incidents follow their attempts' new top cause when all of them moved together.
  for (const inc of analysis.incidents) {
    const tops = new Set(
      inc.attempts.map((id) => analysis.attempts.find((x) => x.id === id)?.causes[0]?.id).filter(Boolean),
    );
    if (tops.size !== 1) continue;
    const id = [...tops][0] as string;
    if (inc.cause === id || inc.kind !== 'fault') {
      inc.cause = id;
      continue;
    }
    // The incident says its new cause: the shown attempt's, with the incident's own lead sentence kept.
    const top = inc.attempts
      .map((aid) => analysis.attempts.find((x) => x.id === aid)?.causes[0])
      .filter((c): c is CauseResult => c !== undefined)
      .reduce((best, c) => (c.confidence > best.confidence ? c : best));
    const lead = /^.*? failed the same way\./s.exec(inc.explanation)?.[0];
    inc.cause = id;
    inc.title = top.title;
    inc.confidence = top.confidence;
    inc.explanation = lead ? `${lead} ${top.explanation}` : top.explanation;
    inc.evidence = top.evidence.slice(0, Math.max(inc.evidence.length, top.evidence.length));
    inc.remediation = [...top.remediation];
    if (top.upstream) inc.upstream = top.upstream;
    else delete inc.upstream;
  }
  return used;
}

function withTime(e: StateEvidence, a: DiagnosedAttempt): StateEvidence {
  return e.taken && e.taken > a.end ? { ...e, takenAfter: true } : e;
}

/** "; state taken 2024-05-02 14:05 UTC, after the failure at 09:12": the state's time against the attempt's. */
function timeAgainst(v: View, a: DiagnosedAttempt): string {
  if (!v.taken) return ' (the time the state was taken is unknown: it may not be the state at the failure).';
  const rel = v.taken > a.end ? 'after' : v.taken < a.start ? 'before' : 'during';
  return ` (state taken ${minute(v.taken)}, ${rel} the failure at ${minute(a.start)}${rel === 'after' ? ': what it shows may have changed since the failure, or been changed to fix it' : ''}).`;
}
