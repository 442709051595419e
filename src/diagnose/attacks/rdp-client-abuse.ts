/**
 * `rdp-client-abuse` (its home as data: patterns/findings/rdp-client-abuse.ts), per computer: a program that is no
 * Remote Desktop client loading mstscax.dll (Sysmon 7), unless an installed connection manager or console (under
 * Program Files or Windows) with no password on its command line; a Remote Desktop tool started with a password on
 * its command line (4688, Sysmon 1); mstsc.exe writing into a Startup folder (Sysmon 11).
 */
import { isProcessStart } from './host-acts.js';
import { rdpClientAbuse, STORED_CREDENTIAL_REMEDIATION } from '../../../patterns/findings/rdp-client-abuse.js';
import { type HostNames, isSysmon } from '../../correlate/index.js';
import type { Finding } from '../../model/attempt.js';
import type { NormalizedEvent } from '../../model/event.js';
import type { ValueMarks } from '../../model/value-marks.js';
import { evidenceRef } from '../evidence-refs.js';
import { accountName, decimalPid } from './process-accounts.js';
import { formatShortTime } from '../../model/time.js';
import { baseName } from './tunnel-tools.js';

/** Remote Desktop's own clients and the connection managers made to embed it. */
const RDP_CLIENTS =
  /^(mstsc|msrdc|msrdcw|rdcman|mremoteng|royalts|remotedesktopmanager(64)?|terminals|remotedesktop|windowssandbox(client)?|vmconnect|dllhost|rdclientwpf)\.exe$/;
/** Where installed programs live: a console there that embeds the control is a product's, not a dropped tool's. */
const INSTALLED = /^([a-z]:)?\\(program files( \(x86\))?|windows)\\/i;
/** A password on a command line: SharpRDP `password=`, xfreerdp `/p:`, cmdkey `/pass:`, plink's `-pw`. */
const PASSWORD = /(?:^|\s)(?:password=|\/p:|\/pass:|\/password:|-pw\s)\s*("[^"]+"|'[^']+'|[^\s"']+)/i;
/** A command line that drives Remote Desktop. */
const RDP_COMMAND = /\b(sharprdp|xfreerdp|wfreerdp|sdl-freerdp|rdesktop|mstsc)\b|\bTERMSRV\/|\bcomputername=/i;

/** cmdkey storing a credential for Remote Desktop (`/generic:TERMSRV/<host>` or `/add:TERMSRV/<host>`). */
const STORED = /\bcmdkey(\.exe)?"?\s.*\/(generic|add):"?TERMSRV\/([^\s"/]+)/i;

/** A command line with its password hidden (cmdkey's `/pass:`, xfreerdp's `/p:`, SharpRDP's `password=`). */
export function withoutPassword(command: string): string {
  return command.replace(PASSWORD, (m, value: string) => m.slice(0, m.length - value.length) + '********');
}

interface Act {
  kind: 'password' | 'mstscax' | 'startup' | 'stored';
  /** The program (its file name, or its path for mstscax.dll's loader). */
  image: string;
  command?: string;
  /** What mstsc wrote into the Startup folder. */
  file?: string;
  by?: string;
  e: NormalizedEvent;
}

export interface FoundClientAbuse {
  computer: string;
  acts: Act[];
}

export function findClientAbuse(events: readonly NormalizedEvent[], names: HostNames): FoundClientAbuse[] {
  const byHost = new Map<string, FoundClientAbuse>();
  const commands = new Map<string, { command: string; by?: string; ms: number }>();
  const key = (e: NormalizedEvent, pid: string | undefined) => `${names.key(e.computer)}|${decimalPid(pid) ?? ''}`;
  const add = (e: NormalizedEvent, act: Omit<Act, 'e'>) => {
    const k = names.key(e.computer);
    let h = byHost.get(k);
    if (!h) byHost.set(k, (h = { computer: e.computer, acts: [] }));
    h.acts.push({ ...act, e });
  };
  for (const e of events) {
    const d = e.data;
    const sysmon = isSysmon(e);
    if (isProcessStart(e)) {
      const command = (d.CommandLine ?? '').trim();
      const by = sysmon ? accountName(d.User) : accountName(d.SubjectUserName, d.SubjectDomainName);
      const pid = sysmon ? d.ProcessId : d.NewProcessId;
      if (command) commands.set(key(e, pid), { command, ...(by ? { by } : {}), ms: e.timeMs });
      if (command && RDP_COMMAND.test(command) && PASSWORD.test(command))
        add(e, {
          kind: STORED.test(command) ? 'stored' : 'password',
          image: baseName(sysmon ? d.Image : d.NewProcessName) || 'a program',
          command,
          ...(by ? { by } : {}),
        });
      continue;
    }
    if (sysmon && e.eventId === 7 && /\\mstscax\.dll$/i.test(d.ImageLoaded ?? '')) {
      const image = d.Image ?? '';
      if (RDP_CLIENTS.test(baseName(image))) continue;
      const started = commands.get(key(e, d.ProcessId));
      const withPassword = !!started && PASSWORD.test(started.command);
      if (INSTALLED.test(image.trim()) && !withPassword) continue;
      const by = accountName(d.User) ?? started?.by;
      // Its command told once: with the password it carried, when it did.
      const told = byHost.get(names.key(e.computer))?.acts.some((a) => a.command === started?.command);
      add(e, {
        kind: 'mstscax',
        image,
        ...(started && !told ? { command: started.command } : {}),
        ...(by ? { by } : {}),
      });
      continue;
    }
    if (sysmon && e.eventId === 11 && /\\mstsc\.exe$/i.test(d.Image ?? '')) {
      const target = d.TargetFilename ?? '';
      if (!/\\Start Menu\\Programs\\Startup\\/i.test(target)) continue;
      const by = accountName(d.User);
      add(e, { kind: 'startup', image: 'mstsc.exe', file: target, ...(by ? { by } : {}) });
    }
  }
  return [...byHost.values()];
}

function actText(a: Act, mark: (v: string) => string): string {
  const when = `At ${formatShortTime(a.e.timestamp)}${a.by ? ` ${mark(a.by)}'s` : ''}`;
  switch (a.kind) {
    case 'stored':
      return `${when} ${mark(a.image)} stored a Remote Desktop credential for ${mark(STORED.exec(a.command ?? '')?.[3] ?? 'a server')}, its password on the command line: \`${mark(withoutPassword(a.command ?? ''))}\`. Remote Desktop will sign in with it without asking.`;
    case 'password':
      return `${when} ${mark(a.image)} was started with a password on its command line, to connect over Remote Desktop: \`${mark(a.command ?? '')}\`.`;
    case 'mstscax':
      return `${when} ${mark(a.image)} loaded Remote Desktop's client control (mstscax.dll) though it is no Remote Desktop client${a.command ? `, started as \`${mark(a.command)}\`` : ''}: a program driving a session on another computer (SharpRDP's way to run commands there).`;
    case 'startup':
      return `${when} mstsc.exe wrote ${mark(a.file ?? '')} into the Startup folder: the server it was connected to, through drive redirection, planted a program that runs at the next sign-in.`;
  }
}

export function clientAbuseFindings(found: readonly FoundClientAbuse[], marks: ValueMarks): Finding[] {
  const { markValue, markValues } = marks;
  return found.map((h) => {
    const who = [...new Set(h.acts.flatMap((a) => (a.by ? [a.by] : [])))];
    const storedOnly = h.acts.every((a) => a.kind === 'stored');
    return {
      id: rdpClientAbuse.id,
      computer: h.computer,
      confidence: storedOnly ? 0.6 : 0.85,
      title: storedOnly
        ? `An RDP credential stored with its password on the command line on ${markValue(h.computer)}`
        : `Remote Desktop's client used for an attack on ${markValue(h.computer)}`,
      explanation: `${h.acts.map((a) => actText(a, markValue)).join(' ')}${who.length ? ` Account: ${markValues(who)}.` : ''}`,
      evidence: h.acts.slice(0, 6).map((a) => evidenceRef(a.e, marks)),
      remediation: [...(storedOnly ? STORED_CREDENTIAL_REMEDIATION : rdpClientAbuse.remediation)],
    };
  });
}
