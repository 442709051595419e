/**
 * `rdp-enabled` (issue 36): its home as data (patterns/findings/rdp-enabled.ts), the commands it reads as Windows
 * runs them (and those it must not take for a change), its samples through the CLI (an administrator's change as
 * information, an intruder's followed by a new source's sign-in as an alert, a near miss quiet), what reading keeps
 * and `pull` selects, the SIEM formats, and the real Empire `enable_rdp` export.
 */
import { describe, expect, it } from 'vitest';
import { rdpEnabled } from '../../patterns/findings/rdp-enabled.js';
import { ATTACK_FINDINGS } from '../../patterns/index.js';
import { neededForAnalysis } from '../../src/diagnose/analysis-reads.js';
import { exportSelection } from '../../src/diagnose/export-selection.js';
import { changesInCommand } from '../../src/diagnose/attacks/rdp-enabled.js';
import type { RdpEnabledFinding } from '../../src/model/attempt.js';
import { rdpdiag } from '../helpers/cli.js';
import { CORPUS, corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';
import { analyzeJson as analyzeReport, attackIds, expectSampleFiles } from '../helpers/findings.js';
import { eventsFromXml, sampleXml } from '../helpers/pipeline.js';

const analyzeJson = (...files: string[]) => analyzeReport<JsonReport>(...files);

const FOLDER = 'samples/findings/rdp-enabled';

interface JsonReport {
  attempts: { id: string; start: string; user?: string; client: { address?: string } }[];
  findings: (RdpEnabledFinding & { evidence: { eventId: number; recordId: number }[] })[];
}

const opened = (json: JsonReport) => json.findings.filter((f) => f.id === rdpEnabled.id);

describe('rdp-enabled: its home as data', () => {
  it('is an attack finding with ATT&CK ids, public references, false positives, samples and a near miss', () => {
    expect(ATTACK_FINDINGS).toContain(rdpEnabled);
    expect(attackIds(rdpEnabled)).toEqual(['T1112', 'T1562.004', 'T1021.001']);
    expect(rdpEnabled.references.every((r) => r.startsWith('https://'))).toBe(true);
    expect(rdpEnabled.falsePositives.length).toBeGreaterThan(1);
    expectSampleFiles(rdpEnabled);
  });
});

describe('rdp-enabled: the commands that switch Remote Desktop on', () => {
  const kinds = (command: string) => changesInCommand(command);
  it.each([
    [
      'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" /v fDenyTSConnections /t REG_DWORD /d 0 /f',
      'allowed',
    ],
    [
      'powershell Set-ItemProperty -Path \'HKLM:\\System\\CurrentControlSet\\Control\\Terminal Server\' -Name "fDenyTSConnections" -Value 0',
      'allowed',
    ],
    [
      'powershell New-ItemProperty -Path HKLM:\\... -Name fDenyTSConnections -PropertyType DWord -Value 0x0 -Force',
      'allowed',
    ],
    [
      'wmic /namespace:\\\\root\\cimv2\\terminalservices path win32_terminalservicesetting where (__CLASS != "") call setallowtsconnections 1',
      'allowed',
    ],
    [
      'powershell (Get-WmiObject -Class Win32_TerminalServiceSetting -Namespace root\\cimv2\\TerminalServices).SetAllowTsConnections(1,1)',
      'allowed',
    ],
    ['netsh advfirewall firewall set rule group="remote desktop" new enable=Yes', 'firewall'],
    ['netsh advfirewall firewall add rule name="rdp" dir=in protocol=tcp localport=3389 action=allow', 'firewall'],
    ['netsh firewall set service type=remotedesktop mode=enable', 'firewall'],
    ['powershell Enable-NetFirewallRule -DisplayGroup "Remote Desktop"', 'firewall'],
    [
      'powershell New-NetFirewallRule -DisplayName x -Direction Inbound -LocalPort 3389 -Protocol TCP -Action Allow',
      'firewall',
    ],
    [
      'reg add "HKLM\\System\\CurrentControlSet\\Control\\Lsa" /v DisableRestrictedAdmin /t REG_DWORD /d 0 /f',
      'restricted-admin',
    ],
    [
      'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp" /v UserAuthentication /t REG_DWORD /d 0 /f',
      'nla-off',
    ],
    [
      'powershell (Get-WmiObject -Class Win32_TSGeneralSetting -Namespace root\\cimv2\\terminalservices -Filter "TerminalName=\'RDP-tcp\'").SetUserAuthenticationRequired(0)',
      'nla-off',
    ],
    [
      'powershell Set-ItemProperty -Path "HKLM:\\System\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp" -Name SecurityLayer -Value 0',
      'security-layer',
    ],
    [
      'reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services" /v Shadow /t REG_DWORD /d 4 /f',
      'shadow',
    ],
  ])('%s: %s', (command, kind) => {
    expect(kinds(command).map((c) => c.kind)).toEqual([kind]);
  });

  it('names the new port and the account added', () => {
    expect(
      kinds(
        'reg add "HKLM\\System\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp" /v PortNumber /t REG_DWORD /d 3390 /f',
      ),
    ).toEqual([{ kind: 'port', value: '3390' }]);
    expect(kinds('net localgroup "Remote Desktop Users" CORP\\bob /add')).toEqual([
      { kind: 'member', value: 'CORP\\bob' },
    ]);
    expect(kinds('powershell Add-LocalGroupMember -Group "Remote Desktop Users" -Member "eve"')).toEqual([
      { kind: 'member', value: 'eve' },
    ]);
  });

  it.each([
    'reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" /v fDenyTSConnections',
    'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" /v fDenyTSConnections /t REG_DWORD /d 1 /f',
    'netsh advfirewall firewall set rule group="remote desktop" new enable=No',
    'netsh advfirewall firewall add rule name="block rdp" dir=in localport=3389 action=block',
    'powershell New-NetFirewallRule -DisplayName x -LocalPort 3389 -Action Block',
    'reg add "HKLM\\System\\CurrentControlSet\\Control\\Lsa" /v DisableRestrictedAdmin /t REG_DWORD /d 1 /f',
    'net localgroup "Remote Desktop Users" bob /delete',
    'mstsc.exe /v:server01:3389',
  ])('no change: %s', (command) => {
    expect(kinds(command)).toEqual([]);
  });
});

describe('rdp-enabled on its samples', () => {
  it('an administrator switching it on in the open: information, no sign-in named, exit 0', async () => {
    const { code, json } = await analyzeJson(`${FOLDER}/admin.xml`);
    expect(code).toBe(0);
    const [f, ...more] = opened(json);
    expect(more).toEqual([]);
    expect(f.computer).toBe('FILE01.corp.example.test');
    expect(f.rdpEnabled.changes.map((c) => [c.kind, c.by, c.how])).toEqual([
      ['allowed', 'CORP\\it.admin', 'reg.exe'],
      ['firewall', 'CORP\\it.admin', 'netsh.exe'],
    ]);
    expect(f.rdpEnabled.followedBy).toEqual([]);
    expect(f.title).toMatch(/by CORP\\it\.admin/);
  });

  it('an intruder switching it on, then signing in from a new source: that sign-in named, not the known one', async () => {
    const { code, json } = await analyzeJson(`${FOLDER}/followed.xml`);
    expect(code).toBe(1);
    const [f, ...more] = opened(json);
    expect(more).toEqual([]);
    // PowerShell's one command made two changes; Sysmon 13 and net.exe's 4732 are the same acts, logged again.
    expect(f.rdpEnabled.changes.map((c) => [c.kind, c.by, c.value])).toEqual([
      ['allowed', 'CORP\\svc.backup', undefined],
      ['firewall', 'CORP\\svc.backup', undefined],
      ['member', 'CORP\\svc.backup', 'svc.backup'],
    ]);
    const intruder = json.attempts.find((a) => a.client.address === '203.0.113.45')!;
    expect(f.rdpEnabled.followedBy).toEqual([
      { attempt: intruder.id, time: intruder.start, user: 'CORP\\svc.backup', address: '203.0.113.45' },
    ]);
    expect(f.attempts).toEqual([intruder.id]);
    expect(f.evidence.map((e) => e.eventId)).toEqual([4688, 13, 4688, 4732, 4624]);
  });

  it('loosened: NLA off, security layer 0 and Shadow 2, each once, by its actor; the source that only reached the logon screen before is new', async () => {
    const { code, json } = await analyzeJson(`${FOLDER}/loosened.xml`);
    expect(code).toBe(1);
    const [f, ...more] = opened(json);
    expect(more).toEqual([]);
    expect(f!.rdpEnabled.changes.map((c) => [c.kind, c.by])).toEqual([
      ['nla-off', 'CORP\\r.okafor'],
      ['security-layer', 'CORP\\r.okafor'],
      ['shadow', 'CORP\\r.okafor'],
    ]);
    expect(f!.explanation).toMatch(/switched Network Level Authentication off/);
    expect(f!.rdpEnabled.followedBy.map((x) => x.address)).toEqual(['192.0.2.140']);
    expect(f!.title).toMatch(/then a new source signed in/);
    // The control shadow that followed, told with the change that allowed it: who, whose session, no consent.
    expect(f!.rdpEnabled.shadowed).toEqual([
      {
        time: '2025-10-10T14:07:00.0000000Z',
        by: 'CORP\\r.okafor',
        session: '3',
        user: 'CORP\\j.ortiz',
        control: true,
        consent: false,
      },
    ]);
    expect(f!.explanation).toMatch(
      /began to control session 3 \(CORP\\j\.ortiz's, from 10\.20\.0\.55, A001\) without its user's consent/,
    );
    // One reg.exe seen by Sysmon 1 and 4688 is one change in termsrv-tampering too.
    const tampering = (json.findings as { id: string; explanation: string }[]).find(
      (x) => x.id === 'termsrv-tampering',
    );
    expect(tampering!.explanation.match(/Shadow 2/g)).toHaveLength(1);
  });

  it('a console administrator adding a user who then signs in: information, not an intrusion', async () => {
    const { code, json } = await analyzeJson(`${FOLDER}/near-miss-console-admin.xml`);
    expect(code).toBe(0);
    const [f] = opened(json);
    expect(f!.rdpEnabled.routine).toBe(true);
    expect(f!.explanation).toMatch(/the access granted, in use/);
    expect(f!.explanation).not.toMatch(/opened the way/);
    // The help desk's consented view of her session is told, and keeps it information.
    expect(f!.rdpEnabled.shadowed?.map((x) => [x.by, x.user, x.control, x.consent])).toEqual([
      ['CORP\\it.admin', 'CORP\\m.silva', false, true],
    ]);
  });

  it('a near miss (reading the setting, switching it off, closing the firewall) is quiet', async () => {
    const { json } = await analyzeJson(`${FOLDER}/near-miss.xml`);
    expect(opened(json)).toEqual([]);
  });

  it('reading keeps the commands that matter, drops a busy log’s other process creations', () => {
    const keep = neededForAnalysis();
    const events = eventsFromXml(
      sampleXml(`${FOLDER}/admin.xml`).replace(
        '</Events>',
        `${sampleXml(`${FOLDER}/admin.xml`)
          .split('\n')
          .find((l) => l.includes('<EventID>4688</EventID>'))!
          .replace(
            /<Data Name='CommandLine'>[^<]*<\/Data>/,
            "<Data Name='CommandLine'>notepad.exe report.txt</Data>",
          )}\n</Events>`,
      ),
    );
    const kept = events.filter((e) => e.eventId === 4688 && keep(e)).map((e) => e.data.NewProcessName);
    expect(kept).toEqual(['C:\\Windows\\System32\\reg.exe', 'C:\\Windows\\System32\\netsh.exe']);
    expect(events.filter((e) => e.eventId === 4688)).toHaveLength(3);
  });

  it('pull and the export queries select Security 4657, 4688 and 4732', () => {
    expect(exportSelection().securityIds).toEqual(expect.arrayContaining([4657, 4688, 4732]));
  });
});

describe('rdp-enabled in the SIEM formats', () => {
  const docs = async (file: string) =>
    (await rdpdiag(['analyze', '--format', 'ecs', file])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((d) => d.rule?.id === rdpEnabled.id);

  it('ECS: a high intrusion alert when a new source followed, with the account and that source', async () => {
    const [alert] = await docs(`${FOLDER}/followed.xml`);
    expect(alert.event).toMatchObject({ kind: 'alert', severity: 73 });
    expect(alert.user).toMatchObject({ name: 'svc.backup', domain: 'CORP' });
    expect(alert.related.ip).toEqual(['203.0.113.45']);
    expect(alert.threat.technique.id).toEqual(expect.arrayContaining(['T1112', 'T1562', 'T1021']));
  });

  it('ECS: low when no one new came in', async () => {
    const [info] = await docs(`${FOLDER}/admin.xml`);
    expect(info.event.severity).toBe(21);
  });
});

describe.skipIf(!HAVE_CORPUS)(
  `rdp-enabled on the real Empire export (${HAVE_CORPUS ? CORPUS : NO_CORPUS_REASON})`,
  () => {
    it('OTRF empire_enable_rdp: fDenyTSConnections 0 by SHIRE\\nmartha with reg.exe, information', async () => {
      const { json } = await analyzeJson(corpusPath('siem/otrf-winlogbeat6/empire_enable_rdp_2019-05-18.subset.jsonl'));
      const [f, ...more] = opened(json);
      expect(more).toEqual([]);
      expect(f.computer).toBe('HR001.shire.com');
      expect(f.rdpEnabled.changes).toEqual([
        expect.objectContaining({
          kind: 'allowed',
          by: 'SHIRE\\nmartha',
          how: 'reg.exe',
          time: '2019-05-18T20:37:10.3560000Z',
        }),
      ]);
      expect(f.rdpEnabled.followedBy).toEqual([]);
    });
  },
);
