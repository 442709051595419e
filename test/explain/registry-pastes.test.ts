/**
 * Registry values pasted, read by the one host-state registry reader (parsers/state `readRegistryText`) and the
 * host-state checks (issue 60, rounds 5 to 7 and 13; src/explain/tables/command-output/registry-state.ts and rdp-settings.ts): `reg
 * query` lines and its not-found error, .reg values (hex(4) included), PowerShell's Get-ItemProperty list, a setting's
 * name, type and value in other column orders, and values read by their key (FIPS, the encryption level, SCHANNEL's
 * protocols, the AVD agent's registration). Each: the setting it is and the cause it points at, a near miss (a value
 * that is fine, a name in prose, another key), the paste's damage read the same, its value never looked up as a code.
 */
import { describe, expect, it } from 'vitest';
import { readRegistryText } from '../../parsers/state/index.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { readRdpSettings } from '../../src/explain/tables/command-output/rdp-settings.js';
import { asCommandOutput, causeIds, expectRefused, tablesOf } from '../helpers/explain.js';

describe('reg query and .reg pastes, read by the host-state registry reader (one parser)', () => {
  const said = (text: string) => readRdpSettings(text).map((x) => x.said);
  it('a lone value line, its spacing collapsed or in tabs, with CRLF', () => {
    expect(said('fDenyTSConnections REG_DWORD 0x1')).toEqual([
      'fDenyTSConnections = 1: Remote Desktop is switched off (connections are denied)',
    ]);
    expect(said('\tfDenyTSConnections\tREG_DWORD\t0x1\r\n')).toEqual(said('fDenyTSConnections REG_DWORD 0x1'));
  });
  it('a .reg value in its hex(4) form, which only the state reader decodes', () => {
    expect(said('"fDenyTSConnections"=hex(4):01,00,00,00')).toEqual(said('"fDenyTSConnections"=dword:00000001'));
    expect(
      said(
        '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp]\n"PortNumber"=dword:00000d3e',
      ),
    ).toEqual([
      'PortNumber = 3390: the RDP listener listens on TCP port 3390 (not the default 3389: clients must name it)',
    ]);
  });
  it("a user's note after a REG_DWORD's hex data is not the data (reg query prints nothing after it)", () => {
    expect(said('fDenyTSConnections    REG_DWORD    0x1 (so RDP is off here)')).toEqual(
      said('fDenyTSConnections REG_DWORD 0x1'),
    );
    expect(said('PortNumber    REG_DWORD    0xd3d   端口')).toEqual(said('PortNumber REG_DWORD 0xd3d'));
    expect(causeIds(explainCode('fDenyTSConnections    REG_DWORD    0x1 (so RDP is off here)'))).toEqual(
      causeIds(explainCode('fDenyTSConnections REG_DWORD 0x1')),
    );
    // True twin: a string's data is all its words.
    expect(explainCode('SomeValue    REG_SZ    0x1 hello').summary).toContain('SomeValue = 0x1 hello');
  });
  it('near miss: REG_DWORD in a sentence is no setting', () => {
    expect(said('the value REG_DWORD of fDenyTSConnections is 0x1')).toEqual([]);
  });
});

/**
 * PowerShell's `Get-ItemProperty 'HKLM:\…\Terminal Server'` list (`fDenyTSConnections : 1`, then PSPath…) is the
 * setting it shows, read by the one registry reader (parsers/state `readRegistryText`) as `reg query` lines are.
 */
const GET_ITEM_PROPERTY = [
  "PS C:\\> Get-ItemProperty -Path 'HKLM:\\System\\CurrentControlSet\\Control\\Terminal Server'",
  '',
  '',
  'AllowRemoteRPC         : 0',
  'fDenyTSConnections     : 1',
  'fSingleSessionPerUser  : 0',
  'TSUserEnabled          : 0',
  'PSPath                 : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\Terminal Server',
  'PSParentPath           : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control',
  'PSChildName            : Terminal Server',
  'PSDrive                : HKLM',
  'PSProvider             : Microsoft.PowerShell.Core\\Registry',
  '',
].join('\n');

describe('Get-ItemProperty output is a setting', () => {
  it('fDenyTSConnections : 1 under its PSPath: Remote Desktop switched off, as reg query says it', () => {
    const e = explainCode(GET_ITEM_PROPERTY);
    expect(e.other?.table).toBe('setting');
    expect(e.summary).toMatch(/^fDenyTSConnections = 1: Remote Desktop is switched off/);
    expect(e.summary).toMatch(/fSingleSessionPerUser = 0/);
    const regQuery = explainCode(
      'HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\Terminal Server\n    fDenyTSConnections    REG_DWORD    0x1',
    );
    expect(e.likelyCauses.map((c) => c.causeId)).toEqual(regQuery.likelyCauses.map((c) => c.causeId));
    expect(e.likelyCauses.length).toBeGreaterThan(0);
  });

  it('the registry reader gives the values their PSPath key, passing the provider members over', () => {
    const r = readRegistryText(GET_ITEM_PROPERTY.split('\n').slice(1).join('\n'));
    expect(r.items.map((i) => [i.key, i.name, i.value])).toEqual([
      ['HKLM\\System\\CurrentControlSet\\Control\\Terminal Server', 'AllowRemoteRPC', 0],
      ['HKLM\\System\\CurrentControlSet\\Control\\Terminal Server', 'fDenyTSConnections', 1],
      ['HKLM\\System\\CurrentControlSet\\Control\\Terminal Server', 'fSingleSessionPerUser', 0],
      ['HKLM\\System\\CurrentControlSet\\Control\\Terminal Server', 'TSUserEnabled', 0],
    ]);
    expect(r.skipped).toEqual([]);
    // A DWORD Get-ItemProperty prints signed (-1) is the unsigned value reg query shows (0xffffffff).
    const signed = readRegistryText(
      'MaxInstanceCount : -1\nPSPath : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\x',
    );
    expect(signed.items[0]?.value).toBe(0xffffffff);
  });

  it('a state file is read by what it says: a list line with no PSPath is no value (skipped, as before)', () => {
    const r = readRegistryText(
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\n    fDenyTSConnections    REG_DWORD    0x0\nfSingleSessionPerUser : 1',
    );
    expect(r.items.map((i) => [i.name, i.value])).toEqual([['fDenyTSConnections', 0]]);
    expect(r.skipped.map((x) => x.what)).toEqual(['not a registry value']);
    // The paste reader names a key for such lines; then they are values.
    expect(readRegistryText('fSingleSessionPerUser : 1', 'HKEY_LOCAL_MACHINE\\(pasted)').items[0]?.name).toBe(
      'fSingleSessionPerUser',
    );
  });

  it('damage: the lines alone, indented, with CRLF, and a switched-on value', () => {
    expect(explainCode('fDenyTSConnections : 1').summary).toMatch(/Remote Desktop is switched off/);
    expect(explainCode('   fDenyTSConnections     : 0\r\n   PSChildName   : Terminal Server\r\n').summary).toMatch(
      /fDenyTSConnections = 0: Remote Desktop is switched on/,
    );
    expect(explainCode(GET_ITEM_PROPERTY.replace(/\n/g, '\r\n')).summary).toMatch(/switched off/);
    expect(
      explainCode(GET_ITEM_PROPERTY.replace('fDenyTSConnections     : 1', 'fDenyTSConnections     : 0')).likelyCauses,
    ).toEqual([]);
  });

  it('near misses: another key\'s list and a "Name : number" line of prose are no Remote Desktop setting', () => {
    const other = [
      'Version      : 3',
      'Enabled      : 1',
      'PSPath       : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Agent',
      'PSChildName  : Agent',
    ].join('\n');
    // Refused as holding no code (one clear sentence), never read as a setting.
    expectRefused(other);
    expect(() => explainCode('Status : 1\nRetries : 3')).not.toThrow(/stack/);
    expect(explainCode('Status : 1\nRetries : 3').other?.table).not.toBe('setting');
  });
});

describe('registry lines in other orders', () => {
  it('a known setting with its REG_ type is read as the setting, never as a code', () => {
    for (const [paste, name, value] of [
      ['REG_DWORD    AllowEncryptionOracle    0x2', 'AllowEncryptionOracle', 2],
      ['AllowEncryptionOracle\t0x00000002\tREG_DWORD', 'AllowEncryptionOracle', 2],
      ['UserAuthentication (REG_DWORD) = 0', 'UserAuthentication', 0],
      ['  REG_DWORD  fdenytsconnections  0x1\r\n', 'fDenyTSConnections', 1],
      ['PortNumber, REG_DWORD, 3390', 'PortNumber', 3390],
    ] as const) {
      const e = explainCode(paste);
      expect(e.other?.table, paste).toBe('setting');
      expect(e.other?.name, paste).toBe(name);
      expect(e.other?.meaning, paste).toContain(`${name} = ${value}:`);
      expect(tablesOf(paste), paste).not.toContain('disconnect');
    }
    expect(explainCode('REG_DWORD AllowEncryptionOracle 0x2').other?.meaning).toMatch(/Vulnerable/);
  });

  it('near misses: a setting named in prose beside a labelled code; the classic order unchanged', () => {
    // The name in prose with a labelled code: the code is read, not a setting.
    const prose = explainCode('After changing AllowEncryptionOracle the client shows Error code: 0x904');
    expect(prose.other?.table === 'setting' || prose.primary?.table === 'setting').toBe(false);
    expect(prose.primary?.name).toBe('disconnectReasonAtClientWinsockFDCLOSE');
    // The classic order is unchanged.
    expect(explainCode('    fDenyTSConnections    REG_DWORD    0x0').other?.meaning).toContain('switched on');
  });
});

describe('registry values read by their key (registry-state.ts, the host-state checks)', () => {
  const FIPS_ON =
    'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\FIPSAlgorithmPolicy\n    Enabled    REG_DWORD    0x1';
  it('FIPSAlgorithmPolicy Enabled 1: the FIPS policy, never code 1, and nothing said of a value not shown', () => {
    const e = asCommandOutput(FIPS_ON);
    expect(e.summary).toMatch(/^FIPSAlgorithmPolicy Enabled = 1: the FIPS policy is on/);
    expect(e.summary).not.toMatch(/MinEncryptionLevel/);
    expect(e.notes.join('\n')).toMatch(/clients that cannot do FIPS-compliant encryption/);
  });
  it('near miss: FIPS off; and `Enabled` without its key stays a plain registry value', () => {
    expect(asCommandOutput(FIPS_ON.replace('0x1', '0x0')).summary).toMatch(/the FIPS policy is off/);
    expect(explainCode('    Enabled    REG_DWORD    0x1').other?.table).toBe('setting');
  });
  it('MinEncryptionLevel 4 under RDP-Tcp: FIPS encryption level', () => {
    const e = asCommandOutput(
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp\n    MinEncryptionLevel    REG_DWORD    0x4',
    );
    expect(e.summary).toMatch(/MinEncryptionLevel = 4 \(FIPS\)/);
  });
  const TLS12 =
    'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server\n    Enabled    REG_DWORD    0x0\n    DisabledByDefault    REG_DWORD    0x1';
  it('SCHANNEL TLS 1.2 Server switched off: the tls-1.2 check, its cause', () => {
    const e = asCommandOutput(TLS12);
    expect(e.summary).toMatch(/TLS 1\.2 Server: Enabled = 0 \(switched off\)/);
    expect(e.likelyCauses[0]?.causeId).toBe(tlsProtocolMismatch.id);
  });
  it('near miss: TLS 1.2 on; TLS 1.0 off is named, no cause stated', () => {
    expect(causeIds(TLS12.replace('0x0', '0x1').replace(/0x1$/, '0x0'))).toEqual([]);
    const e = asCommandOutput(TLS12.replace('TLS 1.2', 'TLS 1.0'));
    expect(e.summary).toMatch(/^TLS 1\.0 Server: Enabled = 0 \(switched off\)/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('RDInfraAgent IsRegistered 0 with an empty token: not registered; 1: registered', () => {
    const agent =
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\RDInfraAgent\n    IsRegistered    REG_DWORD    0x0\n    RegistrationToken    REG_SZ    ';
    const e = asCommandOutput(agent);
    expect(e.summary).toMatch(/agent is not registered \(IsRegistered 0\)/);
    expect(e.notes.join('\n')).toMatch(/RegistrationToken is empty/);
    expect(asCommandOutput(agent.replace('0x0', '0x1')).summary).toMatch(/agent is registered \(IsRegistered 1\)/);
  });
  it("reg query's not-found error: the value is not set, nothing else said", () => {
    const e = asCommandOutput('ERROR: The system was unable to find the specified registry key or value.');
    expect(e.summary).toMatch(/does not exist: the setting is not set there/);
    expect(e.likelyCauses).toEqual([]);
  });
});
