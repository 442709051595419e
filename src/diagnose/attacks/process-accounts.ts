/**
 * Who ran a process, from the process records (Security 4688, Sysmon 1): for a record that names the process that
 * acted (Sysmon 13's and 11's `ProcessId`, 4657's and 4670's) but not the account, as older Sysmon schemas and some
 * exports leave it (`rdp-enabled`, `termsrv-tampering`, `rdp-tunnel`'s port proxy).
 */
import { type HostNames, logKind, isSysmon } from '../../correlate/index.js';
import type { NormalizedEvent } from '../../model/event.js';

/** A field's value, trimmed; undefined when empty or `-` (how Windows writes no value). */
export function present(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t && t !== '-' ? t : undefined;
}

/** A process id as 4688 (hexadecimal) and the others (decimal) write it, as one decimal string. */
export function decimalPid(v: string | undefined): string | undefined {
  const p = present(v);
  if (!p) return undefined;
  return /^0x/i.test(p) ? String(Number.parseInt(p, 16)) : p;
}

/** `CORP\user`, `SYSTEM` for the local system or a machine account. */
export function accountName(user: string | undefined, domain?: string): string | undefined {
  const u = present(user);
  if (!u) return undefined;
  if (/^(NT AUTHORITY\\)?SYSTEM$/i.test(u) || /\$$/.test(u)) return 'SYSTEM';
  const d = present(domain);
  return d && !u.includes('\\') ? `${d}\\${u}` : u;
}

/** The account that started process `pid` on `computer` most recently before `atMs`, from the records given. */
export type ProcessAccount = (computer: string, pid: string | undefined, atMs: number) => string | undefined;

export function processAccounts(events: readonly NormalizedEvent[], names: HostNames): ProcessAccount {
  const byHost = new Map<string, { pid: string; by: string; ms: number }[]>();
  for (const e of events) {
    const sysmon = isSysmon(e);
    if (!(sysmon && e.eventId === 1) && !(logKind(e) === 'security' && e.eventId === 4688)) continue;
    const d = e.data;
    const by = sysmon ? accountName(d.User) : accountName(d.SubjectUserName, d.SubjectDomainName);
    const pid = decimalPid(sysmon ? d.ProcessId : d.NewProcessId);
    if (!by || !pid) continue;
    const key = names.key(e.computer);
    const list = byHost.get(key) ?? [];
    list.push({ pid, by, ms: e.timeMs });
    byHost.set(key, list);
  }
  return (computer, pid, atMs) => {
    const p = decimalPid(pid);
    if (!p) return undefined;
    let best: { by: string; ms: number } | undefined;
    for (const x of byHost.get(names.key(computer)) ?? [])
      if (x.pid === p && x.ms <= atMs + 1_000 && (!best || x.ms > best.ms)) best = x;
    return best?.by;
  };
}
