/**
 * `rdpdiag collect [--output <folder>]`: on Windows, exports every channel rdpdiag reads (`wevtutil epl`; of a
 * channel read by event id, Sysmon, only the ids the findings read: `/q:*[System[(EventID=1 or …)]]`) and writes `rdp-settings.txt` (listener port, security layer, NLA, encryption level, licensing mode and
 * servers, certificate thumbprint, from `reg query`) into one folder, and zips it (`<folder>.zip`) for the
 * support case. Elsewhere it prints the commands to run on the Windows computer.
 */
import { mkdir, open, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import { exportSelection } from '../diagnose/export-selection.js';
import { CHANNELS, type ChannelInfo, eventIdQuery, exportCommandFor } from '../model/channels.js';
import { decodeText, defaultExec, type Exec } from '../platform/node/exec.js';
import { systemProgram, type WevtutilFailure, wevtutilFailure } from '../platform/node/windows-programs.js';
import { EXIT_CLEAN, EXIT_USAGE_OR_INPUT, UsageError } from './exit.js';
import { cliIo, printError, writeOut } from './io.js';
import { cmdArg, posixArg, powershellArg, UnquotableError, windowsShellArg } from './shell-quote.js';
import { integerFromText } from '../model/numbers.js';

export interface CollectOptions {
  output?: string;
}

export interface CollectDeps {
  platform?: string;
  exec?: Exec;
  now?: () => Date;
  computer?: string;
  /** Where a Windows program is (default: `%SystemRoot%\System32\<name>.exe`). */
  program?: (name: string) => string;
}

interface RegQuery {
  key: string;
  /** Values read from the key, with what their numbers mean. */
  values: { name: string; label: string; meaning?: (v: string) => string }[];
}

const table = (m: Record<number, string>) => (v: string) => m[integerFromText(v) ?? Number.NaN] ?? 'unknown value';

// What a value means, the same wherever it is set (the listener's key or the policy's).
const CONNECTIONS = table({ 0: 'allowed', 1: 'denied' });
const SECURITY_LAYER = table({ 0: 'RDP', 1: 'Negotiate', 2: 'TLS' });
const NLA = table({ 0: 'not required', 1: 'required' });
const ENCRYPTION_LEVEL = table({ 1: 'Low', 2: 'Client Compatible', 3: 'High', 4: 'FIPS' });

export const REG_QUERIES: readonly RegQuery[] = [
  {
    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server',
    values: [
      {
        name: 'fDenyTSConnections',
        label: 'Remote Desktop connections',
        meaning: CONNECTIONS,
      },
    ],
  },
  {
    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp',
    values: [
      { name: 'PortNumber', label: 'Listener port', meaning: (v) => String(integerFromText(v) ?? v) },
      { name: 'SecurityLayer', label: 'Security layer', meaning: SECURITY_LAYER },
      {
        name: 'UserAuthentication',
        label: 'Network Level Authentication',
        meaning: NLA,
      },
      {
        name: 'MinEncryptionLevel',
        label: 'Encryption level',
        meaning: ENCRYPTION_LEVEL,
      },
      { name: 'SSLCertificateSHA1Hash', label: 'Certificate thumbprint', meaning: (v) => v.toUpperCase() },
    ],
  },
  {
    key: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services',
    values: [
      {
        name: 'fDenyTSConnections',
        label: 'Policy: Remote Desktop connections',
        meaning: CONNECTIONS,
      },
      {
        name: 'SecurityLayer',
        label: 'Policy: security layer',
        meaning: SECURITY_LAYER,
      },
      {
        name: 'UserAuthentication',
        label: 'Policy: Network Level Authentication',
        meaning: NLA,
      },
      {
        name: 'MinEncryptionLevel',
        label: 'Policy: encryption level',
        meaning: ENCRYPTION_LEVEL,
      },
      { name: 'LicensingMode', label: 'Policy: licensing mode', meaning: table({ 2: 'Per Device', 4: 'Per User' }) },
      { name: 'LicenseServers', label: 'Policy: license servers' },
    ],
  },
  {
    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\RCM\\Licensing Core',
    values: [{ name: 'LicensingMode', label: 'Licensing mode', meaning: table({ 2: 'Per Device', 4: 'Per User' }) }],
  },
  {
    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\TermService\\Parameters\\LicenseServers',
    values: [{ name: 'SpecifiedLicenseServers', label: 'License servers' }],
  },
  {
    key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\FIPSAlgorithmPolicy',
    values: [{ name: 'Enabled', label: 'FIPS mode (forces FIPS encryption)', meaning: table({ 0: 'off', 1: 'on' }) }],
  },
];

/**
 * The machine's state as Windows' own tools print it (causes.md "Host state"; parsers/state reads each file by its
 * content): the server's Remote Desktop keys, SCHANNEL, FIPS, CredSSP, the user rights, the certificate stores, the
 * licensing settings and grace days, the services, the firewall rules and the listeners; on a client, its CredSSP
 * setting and whether its MSLicensing store is there. Each command's output is kept as the command wrote it. Never a
 * secret: no private key (certificates: thumbprint, dates, `HasPrivateKey`), no LSA secret (secedit's USER_RIGHTS
 * area only), no MSLicensing data (`/k`: key names only).
 */
interface StateCommand {
  file: string;
  program: string;
  args: string[];
  /** The program writes `file` itself (secedit's /cfg), instead of its standard output. */
  writesFile?: true;
  what: string;
}

const PS_UTF8 = '[Console]::OutputEncoding = [Text.Encoding]::UTF8; ';
const TS_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server';

export const STATE_COMMANDS: readonly StateCommand[] = [
  {
    file: 'state-terminal-server.txt',
    program: 'reg',
    args: ['query', TS_KEY],
    what: 'fDenyTSConnections (Remote Desktop on or off)',
  },
  {
    file: 'state-rdp-tcp.txt',
    program: 'reg',
    args: ['query', `${TS_KEY}\\WinStations\\RDP-Tcp`],
    what: 'the listener: PortNumber, SecurityLayer, UserAuthentication (NLA), MinEncryptionLevel, SSLCertificateSHA1Hash',
  },
  {
    file: 'state-ts-policy.txt',
    program: 'reg',
    args: ['query', 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services'],
    what: "the Remote Desktop policies, which outrank the listener's values; licensing mode and servers",
  },
  {
    file: 'state-licensing-core.txt',
    program: 'reg',
    args: ['query', `${TS_KEY}\\RCM\\Licensing Core`],
    what: 'LicensingMode',
  },
  {
    file: 'state-license-servers.txt',
    program: 'reg',
    args: ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\TermService\\Parameters\\LicenseServers'],
    what: 'SpecifiedLicenseServers',
  },
  {
    file: 'state-schannel.txt',
    program: 'reg',
    args: ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols', '/s'],
    what: 'TLS versions switched on or off',
  },
  {
    file: 'state-fips.txt',
    program: 'reg',
    args: ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\FIPSAlgorithmPolicy'],
    what: 'the FIPS policy',
  },
  {
    file: 'state-credssp.txt',
    program: 'reg',
    args: ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\CredSSP\\Parameters'],
    what: "AllowEncryptionOracle (a client's CredSSP remediation)",
  },
  {
    file: 'state-mslicensing.txt',
    program: 'reg',
    args: ['query', 'HKLM\\SOFTWARE\\Microsoft\\MSLicensing', '/s', '/f', '*', '/k'],
    what: "whether a client's MSLicensing store is there: key names only, no licence data",
  },
  {
    file: 'state-user-rights.inf',
    program: 'secedit',
    args: ['/export', '/areas', 'USER_RIGHTS', '/cfg'],
    writesFile: true,
    what: 'who may sign in through Remote Desktop (SeRemoteInteractiveLogonRight, SeDenyRemoteInteractiveLogonRight)',
  },
  {
    file: 'state-certificates.json',
    program: 'powershell',
    args: [
      '-NoProfile',
      '-Command',
      `${PS_UTF8}Get-ChildItem 'Cert:\\LocalMachine\\Remote Desktop','Cert:\\LocalMachine\\My' | Select-Object PSParentPath,Thumbprint,Subject,Issuer,NotBefore,NotAfter,HasPrivateKey,EnhancedKeyUsageList | ConvertTo-Json -Depth 3`,
    ],
    what: 'the certificates the listener may use: thumbprint, subject, issuer, dates, whether a private key is there (never the key)',
  },
  {
    file: 'state-ts-setting.json',
    program: 'powershell',
    args: [
      '-NoProfile',
      '-Command',
      `${PS_UTF8}Get-CimInstance -Namespace root/cimv2/TerminalServices Win32_TerminalServiceSetting | Select-Object ServerName,TerminalServerMode,LicensingType,LicensingName,DirectConnectLicenseServers | ConvertTo-Json`,
    ],
    what: 'the licensing mode and license servers in effect (Win32_TerminalServiceSetting)',
  },
  {
    file: 'state-grace-period.json',
    program: 'powershell',
    args: [
      '-NoProfile',
      '-Command',
      `${PS_UTF8}Invoke-CimMethod -InputObject (Get-CimInstance -Namespace root/cimv2/TerminalServices Win32_TerminalServiceSetting) -MethodName GetGracePeriodDays | Select-Object DaysLeft,ReturnValue | ConvertTo-Json`,
    ],
    what: "the licensing grace period's days left (GetGracePeriodDays)",
  },
  {
    file: 'state-services.json',
    program: 'powershell',
    args: [
      '-NoProfile',
      '-Command',
      `${PS_UTF8}Get-Service TermService,SessionEnv,UmRdpService | Select-Object Name,ServiceName,Status,StartType | ConvertTo-Json`,
    ],
    what: 'whether Remote Desktop Services and its helpers run',
  },
  {
    file: 'state-firewall-rules.txt',
    program: 'netsh',
    args: ['advfirewall', 'firewall', 'show', 'rule', 'name=all'],
    what: "the firewall rules (an inbound rule for the listener's port, TCP and UDP)",
  },
  {
    file: 'state-firewall-profile.txt',
    program: 'netsh',
    args: ['advfirewall', 'show', 'currentprofile'],
    what: 'the firewall profile in use and whether it is on (only its rules count)',
  },
  {
    file: 'state-connection-profile.json',
    program: 'powershell',
    args: [
      '-NoProfile',
      '-Command',
      `${PS_UTF8}Get-NetConnectionProfile | Select-Object Name,InterfaceAlias,InterfaceIndex,NetworkCategory | ConvertTo-Json`,
    ],
    what: "each network's category (Domain, Private, Public): the firewall profile it uses",
  },
  { file: 'state-netstat.txt', program: 'netstat', args: ['-ano'], what: 'what listens on which port' },
];

/** Runs the state commands into `folder`: the files written, and why each other was not. */
async function collectState(
  exec: Exec,
  program: (name: string) => string,
  folder: string,
): Promise<{ written: StateCommand[]; missing: string[] }> {
  const written: StateCommand[] = [];
  const missing: string[] = [];
  for (const c of STATE_COMMANDS) {
    const target = join(folder, c.file);
    try {
      // powershell.exe is in System32\\WindowsPowerShell\\v1.0, the others in System32.
      const exe = program(c.program === 'powershell' ? 'WindowsPowerShell\\v1.0\\powershell' : c.program);
      const r = await exec(exe, c.writesFile ? [...c.args, target] : c.args);
      if (r.code !== 0) {
        missing.push(
          `  ${c.file}: ${(r.stderr.trim() || decodeText(r.stdout).trim()).split(/\r?\n/)[0] || `exit code ${r.code}`}`,
        );
        continue;
      }
      if (!c.writesFile) {
        if (r.stdout.length === 0) {
          missing.push(`  ${c.file}: ${c.program} wrote nothing`);
          continue;
        }
        await writeFile(target, r.stdout);
      } else if (!(await stat(target).catch(() => undefined))) {
        missing.push(`  ${c.file}: ${c.program} wrote no file`);
        continue;
      }
      written.push(c);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      missing.push(
        `  ${c.file}: ${code === 'ENOENT' ? `${c.program}.exe is not in System32` : (err as Error).message}`,
      );
    }
  }
  return { written, missing };
}

/** README.txt: what each collected file is and the command that wrote it. */
export function readmeText(computer: string, when: Date, logs: string[], state: readonly StateCommand[]): string {
  const lines = [
    `Collected by rdpdiag collect on ${computer} at ${when.toISOString()}.`,
    '',
    'Event logs (wevtutil epl):',
    ...logs.map((f) => `  ${f}`),
    '',
    'rdp-settings.txt: the listener, security and licensing values from reg query, with what they mean.',
    '',
    'Machine state, each file as the command wrote it:',
  ];
  for (const c of state)
    lines.push(`  ${c.file}: ${c.what}`, `      ${c.program} ${c.args.join(' ')}${c.writesFile ? ` ${c.file}` : ''}`);
  lines.push(
    '',
    'Nothing secret is collected: no private key (certificates: thumbprint, dates and whether a key is there), no LSA',
    'secret (secedit exports the USER_RIGHTS area only), no MSLicensing licence data (its key names only).',
    '',
    'Read it all with: rdpdiag analyze <this folder>',
    '',
  );
  return lines.join('\r\n');
}

/**
 * The channels collect exports, in the table's order: each read whole, or (`byEventId`) with the ids the
 * findings read; such a channel no finding reads is not exported.
 */
export function collectedChannels(): { info: ChannelInfo; ids?: number[] }[] {
  const { channelIds } = exportSelection();
  return CHANNELS.flatMap((info) => {
    if (!info.byEventId) return [{ info }];
    const ids = channelIds.find((c) => c.channel === info.name)?.ids;
    return ids ? [{ info, ids }] : [];
  });
}

/** `    PortNumber    REG_DWORD    0xd3d` → value by name. */
export function parseRegQuery(text: string): Map<string, { type: string; value: string }> {
  const out = new Map<string, { type: string; value: string }>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s+(\S+)\s+(REG_[A-Z_]+)\s*(.*)$/.exec(line);
    if (m) out.set(m[1].toLowerCase(), { type: m[2], value: m[3].trim() });
  }
  return out;
}

/** The settings file: one line per setting with its meaning, then the raw `reg query` output. */
export function settingsText(
  computer: string,
  when: Date,
  results: { query: RegQuery; text: string; ok: boolean }[],
): string {
  const lines = [`RDP settings of ${computer}, read by rdpdiag collect at ${when.toISOString()}`, ''];
  const raw: string[] = [];
  for (const { query, text, ok } of results) {
    const values = ok ? parseRegQuery(text) : new Map();
    for (const v of query.values) {
      const found = values.get(v.name.toLowerCase());
      const shown = found
        ? `${found.value}${v.meaning && found.value ? ` (${v.meaning(found.value)})` : ''}`
        : 'not set';
      lines.push(`${v.label}: ${shown}    [${query.key.split('\\').slice(-1)[0]}\\${v.name}]`);
    }
    raw.push(
      `> reg query ${cmdArg(query.key)}`,
      ok ? text.trim() : `(not present: ${text.trim().split(/\r?\n/)[0] || 'key not found'})`,
      '',
    );
  }
  return [...lines, '', '--- reg query output ---', '', ...raw].join('\r\n');
}

/**
 * The commands to run on the Windows computer (printed on other platforms): cmd.exe commands, one
 * PowerShell command (said so), and the `rdpdiag analyze` to run here, in a POSIX shell; each argument
 * quoted for its shell. Throws UnquotableError for a folder name cmd.exe cannot be given safely.
 */
export function collectCommands(folder: string): string {
  const out = [
    'rdpdiag collect exports the logs on the Windows computer itself. There, in an elevated Command Prompt',
    '(Run as administrator; on the client computer too, for RDPClient and System), run:',
    '',
    `mkdir ${cmdArg(folder)}`,
    `cd ${cmdArg(folder)}`,
  ];
  for (const { info: c, ids } of collectedChannels()) {
    if (c.note) out.push(`rem ${c.short}: ${c.note}`);
    out.push(`${exportCommandFor(c, c.machines[0], ids)} /ow:true`);
  }
  for (const q of REG_QUERIES) out.push(`reg query ${cmdArg(q.key)} >> rdp-settings.txt 2>&1`);
  out.push(
    "rem The machine's state, one file per command (PowerShell commands run with powershell -NoProfile -Command):",
  );
  for (const c of STATE_COMMANDS)
    out.push(
      c.program === 'powershell'
        ? `powershell -NoProfile -Command ${cmdArg(c.args[2]!)} > ${c.file}`
        : `${c.program} ${c.args.map(cmdArg).join(' ')}${c.writesFile ? ` ${c.file}` : ` > ${c.file}`}`,
    );
  out.push(
    'cd ..',
    '',
    `Then zip the folder (PowerShell: Compress-Archive -LiteralPath ${powershellArg(folder)} -DestinationPath ${powershellArg(`${folder}.zip`)}),`,
    `copy it here and run: rdpdiag analyze ${posixArg(folder)}`,
    '',
  );
  return out.join('\n');
}

/** Writes `names` from `folder` into a .zip under the folder's name, streaming (logs can be large). */
async function zipFolder(folder: string, names: string[], zipPath: string): Promise<void> {
  const out = await open(zipPath, 'w');
  const ready: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else ready.push(data);
  });
  const flush = async () => {
    for (const piece of ready.splice(0)) await out.write(piece);
    if (failure) throw failure;
  };
  try {
    for (const name of names) {
      const entry = new ZipDeflate(`${basename(folder)}/${name}`, { level: 6 });
      zip.add(entry);
      const input = await open(join(folder, name), 'r');
      try {
        for (;;) {
          const buf = new Uint8Array(1024 * 1024);
          const { bytesRead } = await input.read(buf, 0, buf.length, null);
          entry.push(buf.subarray(0, bytesRead), bytesRead === 0);
          await flush();
          if (bytesRead === 0) break;
        }
      } finally {
        await input.close();
      }
    }
    zip.end();
    await flush();
  } finally {
    await out.close();
  }
}

function stamp(d: Date): string {
  return d.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}

/** Why a channel was not collected, in the summary. */
function notCollected(kind: WevtutilFailure | 'empty' | 'not-evtx', message: string, code: number): string {
  switch (kind) {
    case 'not-found':
      return 'not on this computer';
    case 'access-denied':
      return 'access denied: run rdpdiag collect from an elevated prompt (Run as administrator)';
    case 'empty':
      return 'wevtutil reported success but wrote nothing';
    case 'not-evtx':
      return 'wevtutil reported success but the file is not an event log (.evtx)';
    default:
      return `wevtutil failed: ${message || `exit code ${code}`}`;
  }
}

const EVTX_MAGIC = 'ElfFile\0';

/** An export is kept only when its file exists, is not empty and begins as an .evtx file does. */
async function checkExport(path: string): Promise<'ok' | 'empty' | 'not-evtx'> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch {
    return 'empty';
  }
  try {
    const head = new Uint8Array(EVTX_MAGIC.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead === 0) return 'empty';
    return new TextDecoder('latin1').decode(head.subarray(0, bytesRead)) === EVTX_MAGIC ? 'ok' : 'not-evtx';
  } finally {
    await handle.close();
  }
}

/** Elsewhere than on Windows: the commands to run there, printed. */
async function printCommands(o: CollectOptions): Promise<number> {
  let commands: string;
  try {
    commands = collectCommands(o.output ?? 'rdpdiag-collect');
  } catch (err) {
    if (err instanceof UnquotableError) throw new UsageError(`--output: ${err.message}`);
    throw err;
  }
  await writeOut(commands);
  return EXIT_CLEAN;
}

/** The RDP settings from the registry, each query's answer (or why it failed). */
async function querySettings(
  exec: NonNullable<CollectDeps['exec']>,
  reg: string,
): Promise<{ query: RegQuery; text: string; ok: boolean }[]> {
  const results: { query: RegQuery; text: string; ok: boolean }[] = [];
  for (const q of REG_QUERIES) {
    try {
      const r = await exec(reg, ['query', q.key]);
      results.push({ query: q, text: decodeText(r.stdout) + (r.code === 0 ? '' : r.stderr), ok: r.code === 0 });
    } catch (err) {
      results.push({ query: q, text: (err as Error).message, ok: false });
    }
  }
  return results;
}

export async function runCollect(o: CollectOptions, deps: CollectDeps = {}): Promise<number> {
  const io = cliIo();
  const platform = deps.platform ?? io.env.RDPDIAG_PLATFORM ?? process.platform;
  const now = (deps.now ?? (() => new Date()))();
  const computer = deps.computer ?? io.env.COMPUTERNAME ?? hostname();
  const folder = o.output ?? `rdpdiag-collect-${computer.split('.')[0]}-${stamp(now)}`;
  if (platform !== 'win32') return printCommands(o);
  const exec = deps.exec ?? defaultExec;
  const program = deps.program ?? ((name: string) => systemProgram(name, io.env));
  const wevtutil = program('wevtutil');
  try {
    await mkdir(folder, { recursive: true });
  } catch (err) {
    printError(`cannot create ${folder}: ${(err as Error).message}`);
    return EXIT_USAGE_OR_INPUT;
  }
  const lines: string[] = [`Collecting into ${folder}:`];
  const missing: string[] = [];
  let failed = 0;
  const written: string[] = [];
  const channels = collectedChannels();
  for (const { info: c, ids } of channels) {
    const target = join(folder, c.fileName);
    let r: Awaited<ReturnType<typeof exec>>;
    try {
      r = await exec(wevtutil, ['epl', c.name, target, ...(ids ? [`/q:${eventIdQuery(ids)}`] : []), '/ow:true']);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      printError(
        code === 'ENOENT'
          ? `${wevtutil} was not found: collect runs the wevtutil that comes with Windows, from %SystemRoot%\\System32 only`
          : `cannot run ${wevtutil}: ${(err as Error).message}`,
      );
      return EXIT_USAGE_OR_INPUT;
    }
    const message = (r.stderr.trim() || decodeText(r.stdout).trim()).split(/\r?\n/)[0];
    const outcome = r.code === 0 ? await checkExport(target) : wevtutilFailure(r.code, message);
    if (outcome === 'ok') {
      written.push(c.fileName);
      lines.push(`  ${c.fileName.padEnd(24)} ${c.name}`);
      continue;
    }
    // Nothing half-written stays in the folder: what is there is what was collected.
    if (r.code === 0) await rm(target, { force: true });
    const why = notCollected(outcome, message, r.code);
    if (outcome === 'not-found') missing.push(`  ${c.name}: ${why}${c.note ? ` (${c.note})` : ''}`);
    else {
      failed++;
      missing.push(`  ${c.name}: ${why}`);
    }
  }
  const exported = written.length;
  const results = await querySettings(exec, program('reg'));
  await writeFile(join(folder, 'rdp-settings.txt'), settingsText(computer, now, results));
  written.push('rdp-settings.txt');
  lines.push(
    `  ${'rdp-settings.txt'.padEnd(24)} listener port, security layer, NLA, encryption, licensing, certificate thumbprint`,
  );
  const state = await collectState(exec, program, folder);
  for (const c of state.written) {
    written.push(c.file);
    lines.push(`  ${c.file.padEnd(24)} ${c.what}`);
  }
  await writeFile(
    join(folder, 'README.txt'),
    readmeText(
      computer,
      now,
      written.filter((f) => f.endsWith('.evtx')),
      state.written,
    ),
  );
  written.push('README.txt');
  if (missing.length) lines.push('', 'Not collected:', ...missing);
  if (state.missing.length)
    lines.push('', 'Machine state not collected (analyze says which checks it leaves unmade):', ...state.missing);
  lines.push(
    '',
    `${exported} of ${channels.length} log(s) exported${failed ? `, ${failed} failed` : ''}${
      missing.length > failed ? `, ${missing.length - failed} not on this computer` : ''
    }.`,
  );
  if (exported === 0) lines.push('No log was exported: the folder holds the RDP settings only.');
  const zipPath = `${folder}.zip`;
  try {
    await zipFolder(folder, written, zipPath);
    const size = (await stat(zipPath)).size;
    lines.push(`Ready for the support case: ${zipPath} (${(size / 1024 / 1024).toFixed(1)} MB)`);
    if (exported > 0) lines.push(`Or look now: rdpdiag analyze ${windowsShellArg(zipPath)}`);
    lines.push('');
  } catch (err) {
    await rm(zipPath, { force: true }).catch(() => undefined);
    printError(`cannot write ${zipPath}: ${(err as Error).message}`);
    lines.push(`Zip the folder for the support case, or look now: rdpdiag analyze ${windowsShellArg(folder)}`, '');
    failed++;
  }
  await writeOut(lines.join('\n'));
  return exported === 0 || failed > 0 ? EXIT_USAGE_OR_INPUT : EXIT_CLEAN;
}
