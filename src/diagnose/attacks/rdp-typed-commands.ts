/**
 * `rdp-typed-commands` (its home as data: patterns/findings/rdp-typed-commands.ts): per computer, the inbound Remote
 * Desktop connections (any server-side attempt with a client address, those only Sysmon saw included) followed within
 * `TYPED_WITHIN_SECONDS` by the Run box used (RunMRU, Sysmon 13) or a program run from the client's redirected
 * drive (`\\tsclient\`); what else the session started then (programs under explorer, rdpclip) told with them.
 */
import { isProcessStart } from './host-acts.js';
import {
  HIDDEN_CLIENT_SIZE,
  rdpTypedCommands,
  TYPED_WITHIN_SECONDS,
} from '../../../patterns/findings/rdp-typed-commands.js';
import { type HostNames, isSysmon } from '../../correlate/index.js';
import { type Attempt, type Finding, serverLogged } from '../../model/attempt.js';
import { pushTo } from '../../model/arrays.js';
import type { NormalizedEvent } from '../../model/event.js';
import type { ValueMarks } from '../../model/value-marks.js';
import { evidenceRef } from '../evidence-refs.js';
import { accountName } from './process-accounts.js';
import { formatShortTime } from '../../model/time.js';
import { baseName } from './tunnel-tools.js';

const TSCLIENT = /\\\\tsclient\\/i;

interface Step {
  kind: 'run-box' | 'process' | 'clipboard' | 'tsclient';
  text: string;
  by?: string;
  e: NormalizedEvent;
}

/** What a record says the session did, if it is one of these. */
function stepOf(e: NormalizedEvent): Step | undefined {
  const d = e.data;
  const sysmon = isSysmon(e);
  if (sysmon && e.eventId === 13 && /\\Explorer\\RunMRU\\[a-z]$/i.test(d.TargetObject ?? '')) {
    const by = accountName(d.User);
    return { kind: 'run-box', text: (d.Details ?? '').replace(/\\1$/, ''), ...(by ? { by } : {}), e };
  }
  if (isProcessStart(e)) {
    const image = (sysmon ? d.Image : d.NewProcessName) ?? '';
    const parent = baseName(sysmon ? d.ParentImage : d.ParentProcessName);
    const command = (d.CommandLine ?? '').trim() || image;
    const by = sysmon ? accountName(d.User) : accountName(d.SubjectUserName, d.SubjectDomainName);
    const base = { ...(by ? { by } : {}), e };
    if (TSCLIENT.test(command) || TSCLIENT.test(image)) return { kind: 'tsclient', text: command, ...base };
    if (baseName(image) === 'rdpclip.exe') return { kind: 'clipboard', text: 'rdpclip.exe', ...base };
    if (parent === 'explorer.exe') return { kind: 'process', text: command, ...base };
  }
  return undefined;
}

export interface FoundTypedCommands {
  computer: string;
  episodes: { connection: Attempt; steps: Step[]; hidden?: NormalizedEvent }[];
}

/**
 * The client's desktop as RdpCoreTS 168 gives it (one per monitor), when every monitor is the protocol's smallest
 * (`HIDDEN_CLIENT_SIZE`): a control in a hidden window, as SharpRDP's, not a person's mstsc.
 */
function hiddenClient(a: Attempt): NormalizedEvent | undefined {
  const layouts = a.events.filter((e) => e.eventId === 168 && /rdpcorets/i.test(e.provider.name));
  const small = (e: NormalizedEvent) =>
    Number(e.data.MonitorWidth) > 0 &&
    Number(e.data.MonitorWidth) <= HIDDEN_CLIENT_SIZE &&
    Number(e.data.MonitorHeight) > 0 &&
    Number(e.data.MonitorHeight) <= HIDDEN_CLIENT_SIZE;
  return layouts.length && layouts.every(small) ? layouts[0] : undefined;
}

export function findTypedCommands(
  events: readonly NormalizedEvent[],
  attempts: readonly Attempt[],
  names: HostNames,
): FoundTypedCommands[] {
  const steps = new Map<string, Step[]>();
  for (const e of events) {
    const s = stepOf(e);
    if (!s) continue;
    pushTo(steps, names.key(e.computer), s);
  }
  const out = new Map<string, FoundTypedCommands>();
  const used = new Set<Step>();
  const inbound = attempts.filter((a) => serverLogged(a) && a.client.address).sort((x, y) => x.startMs - y.startMs);
  for (const a of inbound) {
    const key = names.key(a.computer);
    const within = (steps.get(key) ?? []).filter(
      (s) => !used.has(s) && s.e.timeMs >= a.startMs && s.e.timeMs - a.startMs <= TYPED_WITHIN_SECONDS * 1000,
    );
    const hidden = hiddenClient(a);
    if (!hidden && !within.some((s) => s.kind === 'run-box' || s.kind === 'tsclient')) continue;
    for (const s of within) used.add(s);
    let h = out.get(key);
    if (!h) out.set(key, (h = { computer: a.computer, episodes: [] }));
    h.episodes.push({ connection: a, steps: within, ...(hidden ? { hidden } : {}) });
  }
  return [...out.values()];
}

function stepText(s: Step, mark: (v: string) => string): string {
  switch (s.kind) {
    case 'run-box':
      return `typed \`${mark(s.text)}\` into the Run box (RunMRU)`;
    case 'tsclient':
      return `ran \`${mark(s.text)}\` from the client's redirected drive`;
    case 'clipboard':
      return 'rdpclip.exe started (the shared clipboard)';
    case 'process':
      return `\`${mark(s.text)}\` started under explorer${s.by ? ` as ${mark(s.by)}` : ''}`;
  }
}

export function typedCommandFindings(found: readonly FoundTypedCommands[], marks: ValueMarks): Finding[] {
  const { markValue, markValues } = marks;
  return found.map((h) => {
    const who = [...new Set(h.episodes.flatMap((x) => x.steps.flatMap((s) => (s.by ? [s.by] : []))))];
    const sources = [...new Set(h.episodes.map((x) => x.connection.client.address!))];
    const where = (a: Attempt) =>
      `${markValue(a.client.address!)}${a.client.port ? `:${a.client.port}` : ''} at ${formatShortTime(a.start)}${a.events.every((e) => isSysmon(e)) ? ' (seen only by Sysmon)' : ''}`;
    const text: string[] = [];
    const hiddenOnly = h.episodes.filter((x) => x.hidden && x.steps.length === 0);
    if (hiddenOnly.length) {
      const size = `${hiddenOnly[0]!.hidden!.data.MonitorWidth} × ${hiddenOnly[0]!.hidden!.data.MonitorHeight}`;
      text.push(
        `${hiddenOnly.length === 1 ? 'the connection from' : `${hiddenOnly.length} connections, from`} ${hiddenOnly.map((x) => where(x.connection)).join(', ')}, had a ${size} desktop (RdpCoreTS 168), the protocol's smallest: a client control in a hidden window, not a person's`,
      );
    }
    for (const x of h.episodes.filter((y) => y.steps.length)) {
      const a = x.connection;
      const hidden = x.hidden
        ? `, with a ${x.hidden.data.MonitorWidth} × ${x.hidden.data.MonitorHeight} desktop (RdpCoreTS 168, a hidden client),`
        : '';
      text.push(
        `the connection from ${where(a)}${hidden} was followed within ${Math.ceil((x.steps[x.steps.length - 1]!.e.timeMs - a.startMs) / 1000)} s by: ${x.steps.map((s) => stepText(s, markValue)).join(', ')}`,
      );
    }
    const typed = h.episodes.some((x) => x.steps.some((s) => s.kind === 'run-box' || s.kind === 'tsclient'));
    return {
      id: rdpTypedCommands.id,
      computer: h.computer,
      confidence: 0.85,
      title: typed
        ? `Commands typed through Remote Desktop on ${markValue(h.computer)} from ${markValues(sources)}`
        : `Remote Desktop driven by a program on ${markValue(h.computer)} from ${markValues(sources)}`,
      explanation: `${text.map((t) => `${t[0]!.toUpperCase()}${t.slice(1)}.`).join(' ')} ${
        typed
          ? "No person types into the Run box or runs the client's files within seconds of connecting: a tool typed them through the session (SharpRDP's way to run commands on a computer it reaches over Remote Desktop)."
          : "A program drove these sessions from a hidden window (SharpRDP's way to type commands through Remote Desktop); what it typed needs the target's process and registry records (Sysmon 1 and 13, Security 4688)."
      }${who.length ? ` The session's account: ${markValues(who)}.` : ''}`,
      evidence: h.episodes
        .flatMap((x) => [x.connection.events[0]!, ...x.steps.map((s) => s.e)])
        .slice(0, 8)
        .map((e) => evidenceRef(e, marks)),
      remediation: [...rdpTypedCommands.remediation],
    };
  });
}
