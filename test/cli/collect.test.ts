/**
 * `rdpdiag collect` on Windows, against stand-ins for wevtutil.exe and reg.exe installed in a temporary
 * `%SystemRoot%\System32` (`test/helpers/windows-programs.ts`): under Wine they are Windows programs. Every
 * export is checked; the zip holds what was really exported; the summary names what was not, and why.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { collectCommands } from '../../src/cli/collect.js';
import { CHANNELS } from '../../src/model/channels.js';
import { systemProgram, wevtutilFailure } from '../../src/platform/node/windows-programs.js';
import { type CliResult, childEnv, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { installStandIns, type StandIns } from '../helpers/windows-programs.js';
import { skipOnWine, WINE_SYSTEMROOT } from '../helpers/wine.js';

/**
 * The names the stand-ins account for: a state file other than the listener's key comes from the machine's own
 * programs (Wine ships netstat and netsh), so it is not asserted here (test/cli/collect-state.test.ts covers them).
 */
function standIns(names: readonly string[]): string[] {
  return names.filter((n) => !/(?:^|\/)state-(?!rdp-tcp\.txt$)[^/]*\.txt$/.test(n));
}

const BIN = join(ROOT, 'bin', 'rdpdiag');
const RDP_TCP = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp';

/** Runs the built CLI as a user would, in `cwd`. */
function collect(args: string[], env: Record<string, string>, cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [BIN, 'collect', ...args], {
    cwd,
    encoding: 'utf8',
    env: childEnv(env),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A computer where every channel rdpdiag reads exists but RDPClient's (a server that never ran mstsc). */
function server(): StandIns {
  const fake = installStandIns();
  for (const c of CHANNELS) if (c.short !== 'RDPClient') fake.serve(c.name, []);
  fake.registry({
    [RDP_TCP]: `\r\n${RDP_TCP}\r\n    PortNumber    REG_DWORD    0xd3d\r\n    SecurityLayer    REG_DWORD    0x2\r\n    UserAuthentication    REG_DWORD    0x1\r\n    SSLCertificateSHA1Hash    REG_BINARY    0a1b2c3d4e5f60718293a4b5c6d7e8f901234567\r\n`,
  });
  return fake;
}

const rdpClient = CHANNELS.find((c) => c.short === 'RDPClient')!;
const security = CHANNELS.find((c) => c.name === 'Security')!;
const rdpCore = CHANNELS.find((c) => c.short === 'RdpCoreTS')!;
const licensing = CHANNELS.find((c) => c.fileName === 'Licensing-Admin.evtx')!;
const sysmon = CHANNELS.find((c) => c.short === 'Sysmon')!;

function zipNames(zip: string): string[] {
  return Object.keys(unzipSync(readFileSync(zip))).sort();
}

describe('rdpdiag collect (stand-ins for wevtutil and reg in %SystemRoot%\\System32)', () => {
  it('exports every channel there is and the RDP settings, and zips exactly those', () => {
    const fake = server();
    const out = join(tempDir(), 'case');
    const r = collect(['--output', out], fake.env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Security\.evtx\s+Security/);
    expect(r.stdout).toContain(`Not collected:\n  ${rdpClient.name}: not on this computer`);
    const present = CHANNELS.filter((c) => c !== rdpClient);
    expect(r.stdout).toContain(`${present.length} of ${CHANNELS.length} log(s) exported, 1 not on this computer.`);
    // One epl per channel rdpdiag reads, each by its full path into the folder.
    const epl = fake.calls('wevtutil').filter((c) => c[0] === 'epl');
    expect(epl.map((c) => c[1])).toEqual(CHANNELS.map((c) => c.name));
    expect(epl.map((c) => c[2])).toEqual(CHANNELS.map((c) => join(out, c.fileName)));
    // Sysmon only by the ids the findings read (its log is large); every other channel whole.
    for (const c of epl)
      expect(
        c.filter((a) => a.startsWith('/q:')),
        c[1],
      ).toEqual(
        c[1] === sysmon.name ? ['/q:*[System[(EventID=1 or EventID=3 or EventID=7 or EventID=11 or EventID=13)]]'] : [],
      );
    expect(r.stdout).toMatch(/Sysmon\.evtx\s+Microsoft-Windows-Sysmon\/Operational/);
    const settings = readFileSync(join(out, 'rdp-settings.txt'), 'utf8');
    expect(settings).toMatch(/Listener port: 0xd3d \(3389\)/);
    expect(settings).toMatch(/Security layer: 0x2 \(TLS\)/);
    expect(settings).toMatch(/Network Level Authentication: 0x1 \(required\)/);
    expect(settings).toMatch(
      /Certificate thumbprint: 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567 \(0A1B2C3D4E5F60718293A4B5C6D7E8F901234567\)/,
    );
    expect(settings).toMatch(/Policy: licensing mode: not set/);
    // The machine's state: here only the listener's key answers (no other program or key in the stand-ins).
    const expected = [...present.map((c) => c.fileName), 'rdp-settings.txt', 'state-rdp-tcp.txt', 'README.txt'];
    expect(standIns(readdirSync(out)).sort()).toEqual([...expected].sort());
    expect(standIns(zipNames(`${out}.zip`))).toEqual(expected.map((n) => `case/${n}`).sort());
    expect(Buffer.from(unzipSync(readFileSync(`${out}.zip`))['case/rdp-settings.txt']).toString()).toBe(settings);
    expect(r.stdout).toContain(`Ready for the support case: ${out}.zip`);
  });

  it('prints, off Windows, the same exports: Sysmon with its event-id query', () => {
    const lines = collectCommands('case').split('\n');
    expect(lines).toContain(
      'wevtutil epl "Microsoft-Windows-Sysmon/Operational" Sysmon.evtx /q:"*[System[(EventID=1 or EventID=3 or EventID=7 or EventID=11 or EventID=13)]]" /ow:true',
    );
    expect(lines.filter((l) => l.startsWith('wevtutil epl '))).toHaveLength(CHANNELS.length);
    expect(lines.filter((l) => l.includes('/q:'))).toHaveLength(1);
  });

  it('never runs a wevtutil or reg from the current folder or PATH', () => {
    const fake = server();
    const caseFolder = tempDir('rdpdiag-case-');
    const planted = join(caseFolder, 'planted-ran');
    for (const name of ['wevtutil.exe', 'wevtutil', 'wevtutil.cmd', 'wevtutil.bat', 'reg.exe', 'reg']) {
      const script =
        process.platform === 'win32' ? `@echo ran> "${planted}"\r\n` : `#!/bin/sh\necho ran > '${planted}'\n`;
      writeFileSync(join(caseFolder, name), script);
      chmodSync(join(caseFolder, name), 0o755);
    }
    const r = collect(
      ['--output', 'out'],
      { ...fake.env, PATH: `${caseFolder}${delimiter}${process.env.PATH}` },
      caseFolder,
    );
    expect(existsSync(planted)).toBe(false);
    expect(r.code).toBe(0);
    expect(fake.calls('wevtutil')).toHaveLength(CHANNELS.length);
    expect(fake.calls('reg').length).toBeGreaterThan(0);
  });

  skipOnWine(WINE_SYSTEMROOT).it('says so when wevtutil is not in System32, whatever is on PATH', () => {
    const fake = installStandIns();
    const r = collect(['--output', join(tempDir(), 'case')], { ...fake.env, SystemRoot: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/wevtutil\.exe was not found: collect runs the wevtutil that comes with Windows/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps no export that wrote nothing or is not an event log, and says which', () => {
    const fake = server();
    fake.reply(rdpCore.name, { writes: 'nothing' });
    fake.reply('System', { writes: 'garbage' });
    const out = join(tempDir(), 'case');
    const r = collect(['--output', out], fake.env);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`  ${rdpCore.name}: wevtutil reported success but wrote nothing`);
    expect(r.stdout).toContain('  System: wevtutil reported success but the file is not an event log (.evtx)');
    expect(r.stdout).toContain(
      `${CHANNELS.length - 3} of ${CHANNELS.length} log(s) exported, 2 failed, 1 not on this computer.`,
    );
    expect(existsSync(join(out, rdpCore.fileName))).toBe(false);
    expect(existsSync(join(out, 'System.evtx'))).toBe(false);
    const names = zipNames(`${out}.zip`);
    expect(names).not.toContain(`case/${rdpCore.fileName}`);
    expect(names).not.toContain('case/System.evtx');
    expect(names).toContain('case/Security.evtx');
    expect(standIns(names)).toHaveLength(CHANNELS.length - 3 + 3);
  });

  it('without elevation: Security access denied, by exit code whatever the language; the rest collected', () => {
    const fake = server();
    fake.reply('Security', {
      exit: 5,
      stderr: 'Fehler beim Exportieren des Protokolls Security. Zugriff verweigert\r\n',
    });
    // A message it has no rule for is shown as wevtutil wrote it.
    fake.reply(licensing.name, {
      exit: 1,
      stderr: `Échec de l'exportation du journal ${licensing.name}. Le périphérique n'est pas prêt.\r\n`,
    });
    const out = join(tempDir(), 'case');
    const r = collect(['--output', out], fake.env);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      '  Security: access denied: run rdpdiag collect from an elevated prompt (Run as administrator)',
    );
    expect(r.stdout).toContain(
      `  ${licensing.name}: wevtutil failed: Échec de l'exportation du journal ${licensing.name}. Le périphérique n'est pas prêt.`,
    );
    expect(zipNames(`${out}.zip`)).not.toContain(`case/${security.fileName}`);
    expect(zipNames(`${out}.zip`)).toContain(`case/${rdpCore.fileName}`);
    expect(r.stdout).toContain(`Or look now: rdpdiag analyze`);
  });

  it('exports nothing: says so, zips the settings alone, exit 2', () => {
    const fake = installStandIns();
    const out = join(tempDir(), 'case');
    const r = collect(['--output', out], fake.env);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`0 of ${CHANNELS.length} log(s) exported, ${CHANNELS.length} not on this computer.`);
    expect(r.stdout).toContain('No log was exported: the folder holds the RDP settings only.');
    expect(r.stdout).not.toContain('Or look now');
    expect(standIns(zipNames(`${out}.zip`))).toEqual(['case/README.txt', 'case/rdp-settings.txt']);
  });

  it('leaves no zip behind when it cannot write one', () => {
    const fake = server();
    const parent = tempDir();
    const out = join(parent, 'case');
    mkdirSync(`${out}.zip`); // a folder where the zip should go
    const r = collect(['--output', out], fake.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*case\.zip/);
    expect(r.stdout).toContain('Zip the folder for the support case');
  });
});

describe('systemProgram: Windows programs by full path only', () => {
  it('is %SystemRoot%\\System32\\<name>.exe, in any case of the variable', () => {
    expect(systemProgram('wevtutil', { SystemRoot: 'C:\\Windows' }, 'win32')).toBe(
      'C:\\Windows\\System32\\wevtutil.exe',
    );
    expect(systemProgram('reg', { SYSTEMROOT: 'D:\\WINNT' }, 'win32')).toBe('D:\\WINNT\\System32\\reg.exe');
    expect(systemProgram('reg', { windir: 'E:\\Win' }, 'win32')).toBe('E:\\Win\\System32\\reg.exe');
  });

  it('never a relative or missing SystemRoot (that would be the current folder again)', () => {
    for (const root of [undefined, '', '.', 'Windows', '..\\x', 'C:relative'])
      expect(systemProgram('wevtutil', { SystemRoot: root }, 'win32'), String(root)).toBe(
        'C:\\Windows\\System32\\wevtutil.exe',
      );
  });

  it('reads wevtutil failures by exit code first, then by the English message', () => {
    expect(wevtutilFailure(15007, 'Kanal nicht gefunden')).toBe('not-found');
    expect(wevtutilFailure(5, 'Zugriff verweigert')).toBe('access-denied');
    expect(wevtutilFailure(1, 'Failed to export log Security. Access is denied.')).toBe('access-denied');
    expect(wevtutilFailure(1, 'The specified channel could not be found.')).toBe('not-found');
    expect(wevtutilFailure(1, 'Le périphérique n’est pas prêt.')).toBe('other');
  });
});
