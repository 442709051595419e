/**
 * `rdpdiag collect` gathers the machine's state (STATE_COMMANDS) with recorded outputs: stand-ins for secedit,
 * PowerShell, netsh and netstat that print what the real ones printed (samples/state/formats), each kept as written,
 * a README naming every file and its command, nothing secret asked for; `rdpdiag analyze` then reads the folder.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATE_COMMANDS } from '../../src/cli/collect.js';
import { CHANNELS } from '../../src/model/channels.js';
import { childEnv, ROOT, rdpdiag } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { installStandIns } from '../helpers/windows-programs.js';

const BIN = join(ROOT, 'bin', 'rdpdiag');
const FORMATS = join(ROOT, 'samples/state/formats');
const RDP_TCP = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp';

/** A shell stand-in that prints a recorded output (or, for secedit, writes it to the file /cfg names). */
function recorded(path: string, script: string): void {
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
}

describe.skipIf(process.platform === 'win32')('rdpdiag collect: the machine state, with recorded outputs', () => {
  it('writes each output as the command wrote it, a README of the files, and analyze reads them', async () => {
    const fake = installStandIns();
    for (const c of CHANNELS) if (c.short !== 'RDPClient') fake.serve(c.name, []);
    fake.registry({
      [RDP_TCP]: readFileSync(join(FORMATS, 'reg-query.txt'), 'utf8'),
    });
    const system32 = join(fake.systemRoot, 'System32');
    const args = join(fake.dir, 'state-calls.log');
    recorded(
      join(system32, 'netsh.exe'),
      `echo "netsh $*" >> '${args}'; case "$*" in *currentprofile*) cat '${join(FORMATS, 'firewall-currentprofile.txt')}';; *) cat '${join(FORMATS, 'firewall.txt')}';; esac`,
    );
    recorded(join(system32, 'netstat.exe'), `echo "netstat $*" >> '${args}'; cat '${join(FORMATS, 'netstat.txt')}'`);
    recorded(
      join(system32, 'secedit.exe'),
      `echo "secedit $*" >> '${args}'; for a; do out="$a"; done; cp '${join(FORMATS, 'user-rights.inf')}' "$out"`,
    );
    recorded(
      join(system32, 'WindowsPowerShell\\v1.0\\powershell.exe'),
      `echo "powershell $*" >> '${args}'; case "$*" in *Cert:*) cat '${join(FORMATS, 'certificates-ps51.json')}';; *GetGracePeriodDays*) cat '${join(FORMATS, 'grace-period.json')}';; *Win32_TerminalServiceSetting*) cat '${join(FORMATS, 'ts-setting.json')}';; *Get-Service*) cat '${join(FORMATS, 'services-ps51.json')}';; *Get-NetConnectionProfile*) cat '${join(FORMATS, 'connection-profile.json')}';; esac`,
    );
    const out = join(tempDir(), 'case');
    const r = spawnSync(process.execPath, [BIN, 'collect', '--output', out], {
      encoding: 'utf8',
      env: childEnv(fake.env),
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // Kept byte for byte as the commands wrote them.
    expect(readFileSync(join(out, 'state-firewall-rules.txt'))).toEqual(readFileSync(join(FORMATS, 'firewall.txt')));
    expect(readFileSync(join(out, 'state-firewall-profile.txt'))).toEqual(
      readFileSync(join(FORMATS, 'firewall-currentprofile.txt')),
    );
    expect(readFileSync(join(out, 'state-user-rights.inf'))).toEqual(readFileSync(join(FORMATS, 'user-rights.inf')));
    expect(readFileSync(join(out, 'state-certificates.json'))).toEqual(
      readFileSync(join(FORMATS, 'certificates-ps51.json')),
    );
    const readme = readFileSync(join(out, 'README.txt'), 'utf8');
    for (const c of STATE_COMMANDS.filter(
      (x) => !['state-terminal-server.txt', 'state-ts-policy.txt'].includes(x.file),
    ))
      if (c.program !== 'reg' || c.file === 'state-rdp-tcp.txt') expect(readme).toContain(c.file);
    expect(readme).toContain('Nothing secret is collected');
    expect(r.stdout).toContain('Machine state not collected');
    expect(r.stdout).toMatch(/state-mslicensing\.txt: ERROR: The system was unable to find/);
    // Never a secret asked for: secedit's user rights only, MSLicensing's key names only, no private key exported.
    const calls = readFileSync(args, 'utf8');
    expect(calls).toContain('secedit /export /areas USER_RIGHTS /cfg');
    expect(calls).not.toMatch(/Export-PfxCertificate|\.PrivateKey|SECURITYPOLICY/);
    expect(STATE_COMMANDS.find((c) => c.file === 'state-mslicensing.txt')?.args).toContain('/k');
    const analyzed = await rdpdiag(['analyze', out, '--format', 'json']);
    const report = JSON.parse(analyzed.stdout);
    const made = report.machineState.checks
      .filter((c: { verdict: string }) => c.verdict !== 'not-made')
      .map((c: { check: string }) => c.check);
    expect(made).toEqual(
      expect.arrayContaining([
        'termservice-running',
        'listener-port-open',
        'firewall-inbound-rule',
        'certificate',
        'licensing',
        'logon-right',
        'security-layer',
      ]),
    );
  });
});
