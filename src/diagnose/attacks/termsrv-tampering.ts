/**
 * `termsrv-tampering` (its home as data: patterns/findings/termsrv-tampering.ts): RDP Wrapper and the other changes
 * to Remote Desktop's own service, per computer: registry values (Sysmon 13, Security 4657), commands (4688,
 * Sysmon 1), termsrv.dll replaced or its permissions changed (Sysmon 11, 4670). One act logged twice (`reg add` and
 * its Sysmon 13) is one change; every change names the account that made it, from its own record or from the process
 * records of the process that made it.
 */
import {
  BLENDING_PORTS,
  type TermsrvChange,
  TERMSRV_CHANGES,
  termsrvTampering,
} from '../../../patterns/findings/termsrv-tampering.js';
import type { HostNames } from '../../correlate/index.js';
import type { Finding } from '../../model/attempt.js';
import type { NormalizedEvent } from '../../model/event.js';
import type { ValueMarks } from '../../model/value-marks.js';
import { evidenceRef } from '../evidence-refs.js';
import { formatShortTime } from '../../model/time.js';
import { fileWriteOf, type HostAct, type ProcessStart, processStartOf, registryWriteOf } from './host-acts.js';
import { type ProcessAccount, processAccounts } from './process-accounts.js';
import { baseName } from './tunnel-tools.js';

/** Windows' own servicing: replacing termsrv.dll is its job. */
const SERVICING = /^(trustedinstaller|tiworker|wuauclt|usoclient|musnotification|svchost)\.exe$/;
/** Two records of one act (a reg.exe command and its Sysmon 13) are this close. */
const SAME_ACT_MS = 10_000;

interface Rule extends TermsrvChange {
  valueRe?: RegExp;
  tamperedRe?: RegExp;
  commandRe?: RegExp;
  fileRe?: RegExp;
}

const RULES: readonly Rule[] = TERMSRV_CHANGES.map((c) => ({
  ...c,
  ...(c.value ? { valueRe: new RegExp(c.value, 'i') } : {}),
  ...(c.tampered ? { tamperedRe: new RegExp(c.tampered, 'i') } : {}),
  ...(c.command ? { commandRe: new RegExp(c.command, 'i') } : {}),
  ...(c.file ? { fileRe: new RegExp(c.file, 'i') } : {}),
}));

/** One change to Remote Desktop's service. */
interface Change extends HostAct {
  kind: TermsrvChange['kind'];
  what: string;
}

export interface FoundTermsrvTampering {
  computer: string;
  changes: Change[];
}

/** A registry value as a number (`DWORD (0x00000050)`, `0x50`, `80`), else the text. */
function valueText(v: string): string {
  const hex = /0x([0-9a-f]+)/i.exec(v);
  if (hex) return String(Number.parseInt(hex[1]!, 16));
  return v.replace(/^"|"$/g, '').trim();
}

export function findTermsrvTampering(events: readonly NormalizedEvent[], names: HostNames): FoundTermsrvTampering[] {
  const scan = new ChangeScan(names);
  for (const e of events) scan.read(e);
  return scan.found(processAccounts(events, names));
}

/** One pass over the events: each host's changes to Remote Desktop's service. */
class ChangeScan {
  private readonly byHost = new Map<string, FoundTermsrvTampering>();

  constructor(private readonly names: HostNames) {}

  read(e: NormalizedEvent): void {
    const started = processStartOf(e);
    if (started) {
      if (started.command) this.commandRan(e, started, started.command);
      return;
    }
    const registry = registryWriteOf(e);
    if (registry) {
      for (const r of RULES) {
        if (!r.valueRe?.test(registry.target) || !r.tamperedRe?.test(registry.value.trim())) continue;
        this.add(e, {
          kind: r.kind,
          what: r.what,
          value: valueText(registry.value),
          ...(registry.by ? { by: registry.by } : {}),
          ...(registry.pid ? { pid: registry.pid } : {}),
          how: registry.how,
        });
      }
      return;
    }
    const file = fileWriteOf(e, (x) => x.eventId === 4670);
    if (!file || SERVICING.test(file.program)) return;
    for (const r of RULES) {
      if (!r.fileRe?.test(file.path)) continue;
      this.add(e, {
        kind: r.kind,
        what: r.what,
        ...(file.by && file.by !== 'SYSTEM' ? { by: file.by } : {}),
        ...(file.pid ? { pid: file.pid } : {}),
        how:
          e.eventId === 11
            ? `Sysmon 11, ${file.program || 'a process'} wrote it`
            : `Security 4670, ${file.program || 'a process'}`,
      });
    }
  }

  /** A command (4688, Sysmon 1) that makes one of the changes. */
  private commandRan(e: NormalizedEvent, p: ProcessStart, command: string): void {
    for (const r of RULES) {
      if (!r.commandRe?.test(command)) continue;
      const port = r.kind === 'port-moved' ? undefined : /\/d\s+"?([^"\s]+)/i.exec(command)?.[1];
      this.add(e, {
        kind: r.kind,
        what: r.what,
        ...(port ? { value: valueText(port) } : {}),
        ...(p.by ? { by: p.by } : {}),
        how: baseName(p.image) || p.record,
        command,
        ...(p.pid ? { pid: p.pid } : {}),
      });
    }
  }

  private add(e: NormalizedEvent, c: Omit<Change, 'e'>): void {
    const key = this.names.key(e.computer);
    let h = this.byHost.get(key);
    if (!h) this.byHost.set(key, (h = { computer: e.computer, changes: [] }));
    // The same act logged twice (the command and its registry write, or Sysmon 1 and 4688): one change, the fuller kept.
    const near = h.changes.filter(
      (x) =>
        x.kind === c.kind &&
        Math.abs(x.e.timeMs - e.timeMs) <= SAME_ACT_MS &&
        // A command and its registry write, or one command logged twice (Sysmon 1 and 4688).
        (!x.command !== !c.command || (!!c.command && x.command === c.command)),
    );
    const twin = near.find((x) => x.pid && x.pid === c.pid) ?? near[0];
    if (twin) {
      twin.by ??= c.by;
      twin.value ??= c.value;
      twin.command ??= c.command;
      return;
    }
    h.changes.push({ ...c, e });
  }

  /** Each host's changes in time order, with who made them; a moved port alone left out. */
  found(whoRan: ProcessAccount): FoundTermsrvTampering[] {
    const out: FoundTermsrvTampering[] = [];
    for (const h of this.byHost.values()) {
      // Who made a change its own record does not name: the process records of that process.
      for (const c of h.changes) {
        const by = c.by ? undefined : whoRan(h.computer, c.pid, c.e.timeMs);
        if (by) c.by = by;
      }
      // A moved port alone is an administrator's habit; behind another service's port, or beside the rest, it is not.
      const others = h.changes.some((c) => c.kind !== 'port-moved');
      h.changes = h.changes.filter((c) => c.kind !== 'port-moved' || others || BLENDING_PORTS.test(c.value ?? ''));
      if (h.changes.length === 0) continue;
      h.changes.sort((x, y) => x.e.timeMs - y.e.timeMs);
      out.push(h);
    }
    return out;
  }
}

export function termsrvTamperingFindings(found: readonly FoundTermsrvTampering[], marks: ValueMarks): Finding[] {
  const { markValue, markValues } = marks;
  return found.map((h) => {
    const wrapper = h.changes.some((c) => c.kind === 'service-dll' || c.kind === 'termsrv-dll');
    const sentences = h.changes.map(
      (c) =>
        `At ${formatShortTime(c.e.timestamp)} ${c.by ? markValue(c.by) : 'an account the logs do not name'} ${c.what.replace('{value}', c.value ? markValue(c.value) : 'its new value')} (${c.how}${c.command ? `: \`${markValue(c.command)}\`` : ''}).`,
    );
    const who = [...new Set(h.changes.flatMap((c) => (c.by ? [c.by] : [])))];
    return {
      id: termsrvTampering.id,
      computer: h.computer,
      confidence: wrapper ? 0.9 : 0.8,
      title: `Remote Desktop's service tampered with on ${markValue(h.computer)}${wrapper ? ' (RDP Wrapper)' : ''}`,
      explanation: `${sentences.join(' ')} ${
        wrapper
          ? 'This is how RDP Wrapper patches Remote Desktop: several sessions at once on a workstation, unseen by the user at the console, and often a way back in.'
          : 'Each loosens Remote Desktop beyond what Windows allows by default.'
      }${who.length ? ` Made by ${markValues(who)}.` : ''}`,
      evidence: h.changes.slice(0, 6).map((c) => evidenceRef(c.e, marks)),
      remediation: [...termsrvTampering.remediation],
    };
  });
}
