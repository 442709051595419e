/**
 * `accessibility-backdoor` (its home as data: patterns/findings/accessibility-backdoor.ts): per computer, every trace
 * of an accessibility program made to open a shell at the logon screen: its `Debugger` under Image File Execution
 * Options (Sysmon 13, Security 4657, or the command that set it), its file in System32 replaced (Sysmon 11, 4663, a
 * `copy` of a shell over it), and its use (winlogon or the tool starting a shell: Sysmon 1, 4688), with what that
 * shell did (the commands it started, accounts made and group members added as SYSTEM). Joined to Remote Desktop
 * connections once the attempts are numbered (`backdoorFinding`): the one whose session ran the shell (Sysmon's
 * `TerminalSessionId`), and the sign-ins of the accounts the shell made.
 */
import {
  ACCESSIBILITY_TOOLS,
  accessibilityBackdoor,
  BACKDOOR_SHELLS,
  SERVICING_IMAGES,
  SHELL_ACTS_MINUTES,
  SHELL_COMMANDS,
  TOOL_KEYS,
  USER_WRITABLE,
} from '../../../patterns/findings/accessibility-backdoor.js';
import { type HostNames, logKind } from '../../correlate/index.js';
import { type Attempt, type Finding, serverLogged } from '../../model/attempt.js';
import { pushTo } from '../../model/arrays.js';
import type { NormalizedEvent } from '../../model/event.js';
import type { ValueMarks } from '../../model/value-marks.js';
import { formatShortTime } from '../../model/time.js';
import type { AccountNames } from '../account-names.js';
import { evidenceRef } from '../evidence-refs.js';
import { fileWriteOf, type HostAct, type ProcessStart, processStartOf, registryWriteOf } from './host-acts.js';
import { accountName, present, processAccounts } from './process-accounts.js';
import { baseName } from './tunnel-tools.js';

const TOOL_RE = new RegExp(`\\b(${ACCESSIBILITY_TOOLS.map((t) => t.replace('.', '\\.')).join('|')})`, 'i');
const IFEO_RE = new RegExp(
  `\\\\Image File Execution Options\\\\(${ACCESSIBILITY_TOOLS.map((t) => t.replace('.', '\\.')).join('|')})(\\\\Debugger)?"?$`,
  'i',
);
const SYSTEM_FILE_RE = new RegExp(
  `\\\\(system32|syswow64)\\\\(${ACCESSIBILITY_TOOLS.map((t) => t.replace('.', '\\.')).join('|')})$`,
  'i',
);
/** Two records of one act (a reg.exe command and its Sysmon 13) are this close. */
const SAME_ACT_MS = 10_000;

/** A program that makes the tool a backdoor: a shell, a script host, or one in a folder any user writes to. */
export function isBackdoorProgram(value: string): boolean {
  const v = value.trim().replace(/^"/, '');
  const exe = /^(.*?\.exe)\b/i.exec(v)?.[1] ?? v.split(/\s+/)[0] ?? '';
  const name = baseName(exe);
  return BACKDOOR_SHELLS.test(name) || BACKDOOR_SHELLS.test(`${name}.exe`) || USER_WRITABLE.test(exe);
}

/** `value`: the debugger or the file put in the tool's place; for a launch, the shell's command line. */
export interface BackdoorTrace extends HostAct {
  kind: 'debugger' | 'replaced' | 'launched';
  tool: string;
  /** A launch: the session it ran in (Sysmon `TerminalSessionId`), and the shell's process id. */
  session?: string;
  /** A launch seen by what the tool itself started (its file is a shell): that record is also the shell's first act. */
  byChild?: true;
}

export interface BackdoorAct {
  kind: 'command' | 'account-created' | 'member-added';
  text: string;
  account?: string;
  /** The account's SID (4720's `TargetSid`, 4732's `MemberSid`): one account named by SID in one record, by name in another. */
  sid?: string;
  group?: string;
  e: NormalizedEvent;
}

export interface FoundBackdoor {
  computer: string;
  traces: BackdoorTrace[];
  acts: BackdoorAct[];
  /** The last process record given for the computer (Sysmon 1, 4688): how far the logs could show a use. */
  processesUntil?: string;
}

/** `net user NAME PASSWORD /add` with its password hidden. */
export function hidePasswords(command: string): string {
  return command.replace(
    /(\bnet1?(?:\.exe)?"?\s+user\s+"?[^"\s/]+"?\s+)("[^"]*"|[^"\s/]+)(?=\s|$)/i,
    (_m, head: string) => `${head}********`,
  );
}

function toolOf(text: string): string | undefined {
  return TOOL_RE.exec(text)?.[1]?.toLowerCase();
}

/** The debugger a command sets for a tool (`reg add …\sethc.exe /v Debugger /d cmd.exe`, PowerShell's `-Value`). */
function debuggerInCommand(command: string): { tool: string; value: string } | undefined {
  if (!/Image File Execution Options/i.test(command) || !/\bDebugger\b/i.test(command)) return undefined;
  const tool = /Image File Execution Options\\+([^\\"'\s]+\.exe)/i.exec(command)?.[1]?.toLowerCase();
  if (!tool || !ACCESSIBILITY_TOOLS.includes(tool)) return undefined;
  const value =
    /\s\/d\s+("([^"]*)"|(\S+))/i.exec(command) ?? /-Value\s+("([^"]*)"|'([^']*)'|(\S+))/i.exec(command) ?? undefined;
  if (!value) return undefined;
  return { tool, value: (value[2] ?? value[3] ?? value[4] ?? '').trim() };
}

/** A shell copied over a tool in System32 (`copy cmd.exe …\System32\sethc.exe`), or the file taken over for it. */
function replacedInCommand(command: string): { tool: string; value?: string } | undefined {
  const tool = toolOf(command);
  if (!tool || !new RegExp(`system32\\\\+${tool.replace('.', '\\.')}`, 'i').test(command)) return undefined;
  if (/\b(takeown|icacls|cacls)(\.exe)?\b/i.test(command)) return { tool };
  const copy = /\b(copy|xcopy|move|Copy-Item|Move-Item|cp|mv)\b(.*)$/i.exec(command);
  if (!copy) return undefined;
  const source = /([^\s"']+\.exe)/i.exec(copy[2]!)?.[1];
  if (!source || baseName(source) === tool || !isBackdoorProgram(source)) return undefined;
  return { tool, value: source };
}

/** A process start as the scan keeps it: what a launched shell started is found by parent pid. */
interface ProcessSeen {
  pid?: string;
  parent?: string;
  image: string;
  command: string;
  e: NormalizedEvent;
}

export function findBackdoors(
  events: readonly NormalizedEvent[],
  names: HostNames,
  accounts: AccountNames,
): FoundBackdoor[] {
  const scan = new BackdoorScan(names);
  for (const e of events) scan.read(e);
  return scan.found(processAccounts(events, names), accounts);
}

/** One pass over the events: each host's traces (debugger set, file replaced, tool launched), processes, account acts. */
class BackdoorScan {
  private readonly byHost = new Map<string, FoundBackdoor>();
  /** Processes by host: pid, parent pid, image, command, time (to find what a shell started). */
  private readonly processes = new Map<string, ProcessSeen[]>();
  private readonly accountActs = new Map<string, BackdoorAct[]>();

  constructor(private readonly names: HostNames) {}

  read(e: NormalizedEvent): void {
    const started = processStartOf(e);
    if (started) this.processStarted(e, started);
    else if (!this.registryWritten(e) && !this.fileWritten(e)) this.accountChanged(e);
  }

  private host(e: NormalizedEvent): FoundBackdoor {
    const key = this.names.key(e.computer);
    let h = this.byHost.get(key);
    if (!h) this.byHost.set(key, (h = { computer: e.computer, traces: [], acts: [] }));
    return h;
  }

  private add(e: NormalizedEvent, t: Omit<BackdoorTrace, 'e'>): void {
    const h = this.host(e);
    // One act logged twice (the command and its registry write, Sysmon 1 and 4688): one trace, the fuller kept.
    // A command and the record of what it did are one; two commands are two acts.
    const twin = h.traces
      .filter(
        (x) =>
          x.kind === t.kind &&
          x.tool === t.tool &&
          (t.kind === 'launched'
            ? Math.abs(x.e.timeMs - e.timeMs) <= SAME_ACT_MS || (!!t.pid && x.pid === t.pid)
            : Math.abs(x.e.timeMs - e.timeMs) <= SAME_ACT_MS && (!x.command || !t.command || x.command === t.command)),
      )
      .sort((x, y) => Math.abs(x.e.timeMs - e.timeMs) - Math.abs(y.e.timeMs - e.timeMs))[0];
    if (twin) {
      twin.by ??= t.by;
      twin.value ??= t.value;
      twin.command ??= t.command;
      twin.session ??= t.session;
      if (t.pid && !twin.pid) twin.pid = t.pid;
      return;
    }
    h.traces.push({ ...t, e });
  }

  /** A process start (4688, Sysmon 1): a debugger set or a file replaced by its command, a tool launched as a shell. */
  private processStarted(e: NormalizedEvent, p: ProcessStart): void {
    const { image, parentImage, by, pid, parentPid, sysmon } = p;
    const command = p.command ?? image;
    const how = p.record;
    pushTo(this.processes, this.names.key(e.computer), {
      ...(pid ? { pid } : {}),
      ...(parentPid ? { parent: parentPid } : {}),
      image,
      command,
      e,
    });
    const ran = baseName(image);
    const set = debuggerInCommand(command);
    if (set && isBackdoorProgram(set.value))
      this.add(e, {
        kind: 'debugger',
        tool: set.tool,
        value: set.value,
        ...(by ? { by } : {}),
        how: `${ran}, ${how}`,
        command,
      });
    const replaced = replacedInCommand(command);
    if (replaced)
      this.add(e, {
        kind: 'replaced',
        tool: replaced.tool,
        ...(replaced.value ? { value: replaced.value } : {}),
        ...(by ? { by } : {}),
        how: `${ran}, ${how}`,
        command,
      });
    const session = sysmon ? present(e.data.TerminalSessionId) : undefined;
    const launch = (tool: string, shellPid: string | undefined, value: string, byChild?: true) =>
      this.add(e, {
        kind: 'launched',
        tool,
        value,
        ...(by ? { by } : {}),
        how,
        ...(shellPid ? { pid: shellPid } : {}),
        ...(session ? { session } : {}),
        ...(byChild ? { byChild } : {}),
      });
    const parent = baseName(parentImage);
    // The debugger's way: winlogon (or the tool's broker) starts the shell with the tool's command line after it.
    const shellTool = toolOf(command);
    if (
      BACKDOOR_SHELLS.test(ran) &&
      shellTool &&
      (parent === 'winlogon.exe' || parent === 'utilman.exe' || parent === 'atbroker.exe') &&
      !set
    )
      launch(shellTool, pid, command);
    // The replaced file's way: the tool's own image is a shell (Sysmon's OriginalFileName), or it starts programs.
    else if (ACCESSIBILITY_TOOLS.includes(ran) && SYSTEM_FILE_RE.test(image)) {
      const original = present(e.data.OriginalFileName)?.toLowerCase();
      if (sysmon && original && original !== ran && BACKDOOR_SHELLS.test(original))
        launch(ran, pid, `${command} (in fact ${e.data.OriginalFileName})`);
    } else if (
      ACCESSIBILITY_TOOLS.includes(parent) &&
      SYSTEM_FILE_RE.test(parentImage) &&
      (BACKDOOR_SHELLS.test(ran) || SHELL_COMMANDS.test(ran)) &&
      !toolOf(command)
    )
      launch(parent, parentPid, parent, true);
  }

  /** A registry write (Sysmon 13, 4657): an IFEO debugger set to a shell. Whether it was one. */
  private registryWritten(e: NormalizedEvent): boolean {
    const registry = registryWriteOf(e);
    if (!registry) return false;
    const m = IFEO_RE.exec(registry.target);
    if (m && /\\Debugger$/i.test(registry.target) && isBackdoorProgram(registry.value)) {
      this.add(e, {
        kind: 'debugger',
        tool: m[1]!.toLowerCase(),
        value: registry.value.trim(),
        ...(registry.by ? { by: registry.by } : {}),
        ...(registry.pid ? { pid: registry.pid } : {}),
        how: registry.how,
      });
    }
    return true;
  }

  /** A file write (Sysmon 11, 4663 with write access) to an accessibility tool in System32. Whether it was one. */
  private fileWritten(e: NormalizedEvent): boolean {
    const file = fileWriteOf(e, (x) => x.eventId === 4663 && writes(x.data.AccessMask, x.data.AccessList));
    if (!file) return false;
    const m = SYSTEM_FILE_RE.exec(file.path.trim());
    if (!m || SERVICING_IMAGES.test(file.program)) return true;
    this.add(e, {
      kind: 'replaced',
      tool: m[2]!.toLowerCase(),
      ...(file.by && file.by !== 'SYSTEM' ? { by: file.by } : {}),
      ...(file.pid ? { pid: file.pid } : {}),
      how: `${e.eventId === 11 ? 'Sysmon 11' : 'Security 4663'}, ${file.program || 'a process'} wrote it`,
    });
    return true;
  }

  /** An account made or added to a group (4720, 4728/4732/4756) as SYSTEM: what a shell at the logon screen does. */
  private accountChanged(e: NormalizedEvent): void {
    const d = e.data;
    if (
      logKind(e) !== 'security' ||
      !(e.eventId === 4720 || e.eventId === 4732 || e.eventId === 4728 || e.eventId === 4756)
    )
      return;
    // Made by the shell only when made as SYSTEM (the shell's account), which no administrator's console is.
    if (d.SubjectUserSid?.trim().toUpperCase() !== 'S-1-5-18' && accountName(d.SubjectUserName) !== 'SYSTEM') return;
    const key = this.names.key(e.computer);
    if (e.eventId === 4720) {
      const account = accountName(d.TargetUserName, d.TargetDomainName);
      const sid = present(d.TargetSid);
      if (account)
        pushTo(this.accountActs, key, { kind: 'account-created', text: account, account, ...(sid ? { sid } : {}), e });
      return;
    }
    const member = present(d.MemberName) ?? present(d.MemberSid);
    const sid = present(d.MemberSid);
    const group = present(d.TargetUserName) ?? present(d.TargetSid) ?? 'a group';
    if (member)
      pushTo(this.accountActs, key, {
        kind: 'member-added',
        text: `${member} → ${group}`,
        account: memberAccount(member),
        ...(sid ? { sid } : {}),
        group,
        e,
      });
  }

  /** Each host's traces in time order, with who made them and what a launched shell did after. */
  found(whoRan: ReturnType<typeof processAccounts>, accounts: AccountNames): FoundBackdoor[] {
    const out: FoundBackdoor[] = [];
    for (const [key, h] of this.byHost) {
      for (const t of h.traces) if (!t.by && t.kind !== 'launched') t.by = whoRan(h.computer, t.pid, t.e.timeMs);
      h.traces.sort((x, y) => x.e.timeMs - y.e.timeMs);
      const own = this.processes.get(key) ?? [];
      this.shellActs(h, own, this.accountActs.get(key) ?? []);
      // A member named by SID only: by the name the computer's records give that SID (the account made with it).
      for (const x of h.acts) {
        if (x.kind !== 'member-added' || !x.sid || x.account !== x.sid) continue;
        const name = accounts.nameOf(h.computer, x.sid, x.e.timeMs);
        if (name) {
          x.account = name;
          x.text = `${name} → ${x.group ?? 'a group'}`;
        }
      }
      const last = own[own.length - 1];
      if (last) h.processesUntil = last.e.timestamp;
      out.push(h);
    }
    return out;
  }

  /** What the launched shells did: the commands they started, and theirs, and the accounts made in their window. */
  private shellActs(h: FoundBackdoor, own: readonly ProcessSeen[], accountActs: readonly BackdoorAct[]): void {
    const launches = h.traces.filter((t) => t.kind === 'launched');
    const inWindow = (ms: number) =>
      launches.some((l) => ms >= l.e.timeMs && ms - l.e.timeMs <= SHELL_ACTS_MINUTES * 60_000);
    // The commands the shell started, and theirs (net.exe's net1.exe is the same command: left out).
    const shellPids = new Set(launches.flatMap((l) => (l.pid ? [l.pid] : [])));
    for (const p of own) {
      if (!p.parent || !inWindow(p.e.timeMs)) continue;
      if (!shellPids.has(p.parent)) continue;
      if (p.pid) shellPids.add(p.pid);
      if (/^net1\.exe$/i.test(baseName(p.image))) continue;
      if (launches.some((l) => l.e === p.e && !l.byChild)) continue;
      h.acts.push({ kind: 'command', text: hidePasswords(p.command), e: p.e });
    }
    if (launches.length) for (const a of accountActs) if (inWindow(a.e.timeMs)) h.acts.push(a);
    h.acts.sort((x, y) => x.e.timeMs - y.e.timeMs);
  }
}

/** A member as 4732 names it (`CN=name,…` for a domain account, else the name or SID). */
function memberAccount(member: string): string {
  return /^CN=([^,]+)/i.exec(member)?.[1] ?? member;
}

/** 4663's access: a write of the file's data (WriteData 0x2, AppendData 0x4, DELETE 0x10000, WRITE_DAC 0x40000). */
function writes(mask: string | undefined, list: string | undefined): boolean {
  const m = present(mask);
  if (m) {
    const n = Number.parseInt(m.replace(/^0x/i, ''), 16);
    if (Number.isFinite(n) && n & (0x2 | 0x4 | 0x10000 | 0x40000 | 0x80000)) return true;
  }
  return /%%(4417|4418|1537|1539|1540)\b|WriteData|AppendData|WRITE_DAC|WRITE_OWNER|DELETE/i.test(list ?? '');
}

/** The account's name alone, lower case (`CORP\x` and `x` are one). */
const bare = (user: string | undefined) => user?.split('\\').pop()?.toLowerCase();

/** The finding told for a computer's traces, once the attempts are numbered (`attempts`: the whole run's). */
export function backdoorFinding(
  found: FoundBackdoor,
  attempts: readonly Attempt[],
  names: HostNames,
  marks: ValueMarks,
): Finding {
  const { markValue, markValues } = marks;
  const key = names.key(found.computer);
  const here = attempts.filter((a) => names.key(a.computer) === key && serverLogged(a));
  const launches = found.traces.filter((t) => t.kind === 'launched');
  const tools = [...new Set(found.traces.map((t) => t.tool))];
  const joined = launchConnections(launches, here);
  const made = new Set(
    found.acts.flatMap((x) =>
      x.kind === 'account-created' || x.kind === 'member-added' ? [bare(x.account)!] : commandAccounts(x.text),
    ),
  );
  const firstUse = launches[0]?.e.timeMs ?? Number.POSITIVE_INFINITY;
  const signIns = here.filter(
    (a) => a.outcome === 'succeeded' && a.startMs >= firstUse && made.has(bare(a.user) ?? '\u0000'),
  );
  const sentences = [
    ...found.traces.map((t) => traceSentence(t, joined.get(t), marks)),
    ...afterSentences(found, signIns, launches.length > 0, marks),
  ];
  const used = launches.length > 0;
  const sources = [...new Set([...joined.values()].map((a) => a.client.address!))];
  const ids = [...new Set([...joined.values(), ...signIns].map((a) => a.id))];
  return {
    id: accessibilityBackdoor.id,
    computer: found.computer,
    confidence: used ? 0.95 : 0.9,
    title: `Accessibility backdoor on ${markValue(found.computer)}: ${tools.join(', ')} ${used ? 'opened' : 'opens'} a SYSTEM shell at the logon screen${sources.length ? `, used from ${markValues(sources)}` : used ? ', used' : ''}`,
    explanation: sentences.join(' '),
    evidence: [
      ...found.traces.map((t) => t.e),
      ...found.acts.map((x) => x.e),
      ...signIns.flatMap((a) => (a.events[0] ? [a.events[0]] : [])),
    ]
      .slice(0, 12)
      .map((e) => evidenceRef(e, marks)),
    remediation: [...accessibilityBackdoor.remediation],
    ...(ids.length ? { attempts: ids } : {}),
  };
}

/** Each launch's Remote Desktop connection: the one of its session, else the only one open then (never a guess). */
function launchConnections(launches: readonly BackdoorTrace[], here: readonly Attempt[]): Map<BackdoorTrace, Attempt> {
  const joined = new Map<BackdoorTrace, Attempt>();
  for (const l of launches) {
    const t = l.e.timeMs;
    const open = here.filter((a) => a.client.address && a.startMs - 5_000 <= t && t <= a.endMs + 60_000);
    const bySession = l.session ? open.find((a) => a.sessionId === l.session) : undefined;
    // Without a session id (4688 names none), the one connection open then; never a guess among several.
    const only = !l.session && open.length === 1 ? open[0] : undefined;
    const a = bySession ?? only;
    if (a) joined.set(l, a);
  }
  return joined;
}

/** One trace told: the debugger set, the file replaced, or the backdoor used (and from which connection). */
function traceSentence(t: BackdoorTrace, a: Attempt | undefined, { markValue }: ValueMarks): string {
  const when = `At ${formatShortTime(t.e.timestamp)}`;
  const who = t.by ? markValue(t.by) : 'an account the logs do not name';
  const cmd = t.command ? `: \`${markValue(t.command)}\`` : '';
  if (t.kind === 'debugger')
    return `${when} ${who} made ${markValue(t.value ?? 'a program')} the debugger of ${t.tool} (Image File Execution Options; ${t.how}${cmd}): ${TOOL_KEYS[t.tool] ?? t.tool} at the logon screen now starts it instead, as SYSTEM.`;
  if (t.kind === 'replaced')
    return `${when} ${who} ${t.value ? `put ${markValue(t.value)} in the place of` : t.command ? 'took over (its owner or permissions, to replace it)' : 'wrote'} ${t.tool} in System32 (${t.how}${cmd}).`;
  const where = a
    ? ` It ran at the logon screen of the Remote Desktop connection from ${markValue(a.client.address!)} (${a.id} at ${formatShortTime(a.start)}${a.sessionId ? `, session ${a.sessionId}` : ''}${a.user && a.outcome === 'succeeded' ? `, later signed in as ${markValue(a.user)}` : ', before anyone signed in'}).`
    : t.session
      ? ` It ran in session ${markValue(t.session)}; no Remote Desktop connection given holds that session then.`
      : '';
  return t.byChild
    ? `${when} the backdoor was used: ${t.tool}, started at the logon screen (${TOOL_KEYS[t.tool] ?? t.tool}), ran programs as ${t.by ? markValue(t.by) : 'SYSTEM'} (${t.how}), as only a shell in its place would, without signing in.${where}`
    : `${when} the backdoor was used: ${TOOL_KEYS[t.tool] ?? t.tool} opened \`${markValue(hidePasswords(t.value ?? t.tool))}\` as ${t.by ? markValue(t.by) : 'SYSTEM'} (${t.how}), a shell without signing in.${where}`;
}

/** What the shell did, the made accounts' sign-ins, or, never used, whether the process records could tell. */
function afterSentences(
  found: FoundBackdoor,
  signIns: readonly Attempt[],
  used: boolean,
  { markValue }: ValueMarks,
): string[] {
  const sentences: string[] = [];
  if (found.acts.length)
    sentences.push(
      `The shell then: ${found.acts
        .slice(0, 12)
        .map((x) =>
          x.kind === 'command'
            ? `ran \`${markValue(x.text)}\` (${formatShortTime(x.e.timestamp)})`
            : x.kind === 'account-created'
              ? `created the account ${markValue(x.text)} (Security 4720)`
              : `added ${markValue(x.account ?? x.text)} to ${markValue(x.group ?? 'a group')} (Security ${x.e.eventId})`,
        )
        .join('; ')}.`,
    );
  if (signIns.length)
    sentences.push(
      `Then ${signIns
        .map(
          (a) =>
            `${markValue(a.user!)} signed in over Remote Desktop from ${a.client.address ? markValue(a.client.address) : 'a client the logs do not name'} (${a.id} at ${formatShortTime(a.start)})`,
        )
        .join('; ')}: the account the shell made, in use.`,
    );
  if (!used) {
    const last = found.traces[found.traces.length - 1]!;
    sentences.push(
      found.processesUntil && found.processesUntil > last.e.timestamp
        ? `The process records given (up to ${formatShortTime(found.processesUntil)}) show no shell started from the logon screen since; it stays ready for anyone who reaches it.`
        : 'No process records given cover the time since (Sysmon 1, or Security 4688 with command lines): they would show whether it was used.',
    );
  }
  return sentences;
}

/** The accounts a command made or added (`net user x … /add`, `net localgroup g x /add`), lower case. */
function commandAccounts(command: string): string[] {
  const user = /\bnet1?(?:\.exe)?"?\s+user\s+"?([^"\s/]+)"?.*\/add\b/i.exec(command)?.[1];
  const member = /\bnet1?(?:\.exe)?"?\s+localgroup\s+("[^"]+"|\S+)\s+"?([^"\s/]+)"?\s+\/add\b/i.exec(command)?.[2];
  return [user, member].flatMap((x) => (x ? [bare(x)!] : []));
}
