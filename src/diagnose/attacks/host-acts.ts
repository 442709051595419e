/**
 * What a process did on a host, as Sysmon and the Security log record it, read one way for every detector that
 * tells a change to the computer (`accessibility-backdoor`, `termsrv-tampering`, `rdp-enabled`, the tunnel tools…):
 * a process started (Sysmon 1, Security 4688), a registry value written (Sysmon 13, Security 4657), a file written
 * (Sysmon 11, Security 4663 / 4670). Each names the account and the process id where its record does.
 */
import { baseName, isSysmon, logKind } from '../../correlate/index.js';
import type { NormalizedEvent } from '../../model/event.js';
import { accountName, decimalPid, present } from './process-accounts.js';

/** An act on the host as a detector reports it: the record that shows it, and who did it where the record says. */
export interface HostAct {
  /** What was set or put in place (a registry value, a file), when the record says. */
  value?: string;
  by?: string;
  /** The record and the program that did it: `Sysmon 13, reg.exe`, `Security 4657`. */
  how: string;
  command?: string;
  e: NormalizedEvent;
  pid?: string;
}

/** Sysmon 1 or Security 4688. */
export function isProcessStart(e: NormalizedEvent): boolean {
  return (isSysmon(e) && e.eventId === 1) || (logKind(e) === 'security' && e.eventId === 4688);
}

export interface ProcessStart {
  sysmon: boolean;
  /** The program's path as logged (empty when not). */
  image: string;
  parentImage: string;
  command?: string;
  by?: string;
  pid?: string;
  parentPid?: string;
  /** `Sysmon 1` or `Security 4688`. */
  record: string;
}

export function processStartOf(e: NormalizedEvent): ProcessStart | undefined {
  if (!isProcessStart(e)) return undefined;
  const d = e.data;
  const sysmon = isSysmon(e);
  const command = present(d.CommandLine);
  const by = sysmon ? accountName(d.User) : accountName(d.SubjectUserName, d.SubjectDomainName);
  const pid = decimalPid(sysmon ? d.ProcessId : d.NewProcessId);
  const parentPid = decimalPid(sysmon ? d.ParentProcessId : d.ProcessId);
  return {
    sysmon,
    image: (sysmon ? d.Image : d.NewProcessName) ?? '',
    parentImage: (sysmon ? d.ParentImage : d.ParentProcessName) ?? '',
    ...(command ? { command } : {}),
    ...(by ? { by } : {}),
    ...(pid ? { pid } : {}),
    ...(parentPid ? { parentPid } : {}),
    record: sysmon ? 'Sysmon 1' : 'Security 4688',
  };
}

export interface RegistryWrite {
  /** The key and value name (`…\Image File Execution Options\sethc.exe\Debugger`). */
  target: string;
  value: string;
  by?: string;
  pid?: string;
  /** The record and the program that wrote it: `Sysmon 13, reg.exe`, `Security 4657`. */
  how: string;
}

/** A registry value written: Sysmon 13, or Security 4657 (its key and value name joined as Sysmon writes them). */
export function registryWriteOf(e: NormalizedEvent): RegistryWrite | undefined {
  const d = e.data;
  const sysmon = isSysmon(e);
  if (sysmon && e.eventId === 13)
    return withWho(
      { target: d.TargetObject ?? '', value: d.Details ?? '', how: `Sysmon 13${program(d.Image)}` },
      accountName(d.User),
      decimalPid(d.ProcessId),
    );
  if (logKind(e) === 'security' && e.eventId === 4657)
    return withWho(
      {
        target: `${d.ObjectName ?? ''}\\${d.ObjectValueName?.trim() ?? ''}`,
        value: d.NewValue ?? '',
        how: `Security 4657${program(d.ProcessName)}`,
      },
      accountName(d.SubjectUserName, d.SubjectDomainName),
      decimalPid(d.ProcessId),
    );
  return undefined;
}

export interface FileWrite {
  path: string;
  /** The writing program's file name (`tiworker.exe`), empty when not logged. */
  program: string;
  by?: string;
  pid?: string;
}

/**
 * A file written: Sysmon 11, or the Security record of the act a detector reads (4663 with write access, 4670 its
 * permissions changed), as `security` accepts it.
 */
export function fileWriteOf(
  e: NormalizedEvent,
  security: (e: NormalizedEvent) => boolean,
): (FileWrite & { record: 'Sysmon 11' | 'Security' }) | undefined {
  const d = e.data;
  if (isSysmon(e) && e.eventId === 11)
    return {
      ...withWho(
        { path: d.TargetFilename ?? '', program: baseName(d.Image) },
        accountName(d.User),
        decimalPid(d.ProcessId),
      ),
      record: 'Sysmon 11',
    };
  if (logKind(e) === 'security' && security(e))
    return {
      ...withWho(
        { path: d.ObjectName ?? '', program: baseName(d.ProcessName) },
        accountName(d.SubjectUserName, d.SubjectDomainName),
        decimalPid(d.ProcessId),
      ),
      record: 'Security',
    };
  return undefined;
}

function withWho<T>(x: T, by: string | undefined, pid: string | undefined): T & { by?: string; pid?: string } {
  return { ...x, ...(by ? { by } : {}), ...(pid ? { pid } : {}) };
}

/** `, reg.exe` for a record that names the program, else nothing. */
function program(image: string | undefined): string {
  return present(image) ? `, ${baseName(image)}` : '';
}
