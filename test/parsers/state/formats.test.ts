/** Each state format read from its sample (samples/state/formats), by content, as Windows' tools write it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectState, readRegistryText } from '../../../parsers/state/index.js';
import type { StateFile } from '../../../src/model/state.js';
import { ROOT } from '../../helpers/cli.js';
import { readStateBytes, utf16 } from '../../helpers/state.js';

const FORMATS = join(ROOT, 'samples/state/formats');

const read = (name: string) => readStateBytes(name, new Uint8Array(readFileSync(join(FORMATS, name))));
const value = (f: StateFile | undefined, name: string) => f?.items.find((i) => i.name === name)?.value;

describe('state formats', () => {
  it('regedit 5.00 export (UTF-16LE with BOM): DWORDs, binary, REG_MULTI_SZ continued over lines', async () => {
    const { format, file, warnings } = await read('rdp-tcp.reg');
    expect(format).toBe('reg-export');
    expect(warnings).toEqual([]);
    expect(value(file, 'PortNumber')).toBe(3389);
    expect(value(file, 'SSLCertificateSHA1Hash')).toBe('3A1F5C9E02B477D16C88402EA913F05BC67DE291');
    expect(value(file, 'LicenseServers')).toEqual(['ls01.corp.example.test']);
    const mode = file?.items.find((i) => i.name === 'LicensingMode');
    expect(mode?.key).toBe('HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services');
  });

  it('reg query output whose last line has no line end: read as it stands, the possible cut said with its line', async () => {
    const text = readFileSync(join(FORMATS, 'reg-query.txt'), 'utf8').trimEnd();
    const cut = await readStateBytes('reg-query.txt', new TextEncoder().encode(text.slice(0, -1)));
    const last = text.split('\n').length;
    expect(cut.warnings.map((w) => [w.code, w.line])).toEqual([['state-cut-short', last]]);
    expect(cut.warnings[0]?.message).toMatch(/has no line end \(the output may be cut there\): read as it stands/);
    const whole = await readStateBytes('reg-query.txt', new TextEncoder().encode(`${text}\r\n`));
    expect(whole.warnings).toEqual([]);
  });

  it('REGEDIT4 (UTF-8)', async () => {
    const { format, file } = await read('regedit4.reg');
    expect(format).toBe('reg-export');
    expect(value(file, 'fDenyTSConnections')).toBe(0);
    expect(value(file, 'SecurityLayer')).toBe(1);
  });

  it('reg query output', async () => {
    const { format, file } = await read('reg-query.txt');
    expect(format).toBe('reg-query');
    expect(value(file, 'PortNumber')).toBe(3389);
    expect(value(file, 'SSLCertificateSHA1Hash')).toBe('3A1F5C9E02B477D16C88402EA913F05BC67DE291');
    expect(file?.items[0].line).toBe(3);
  });

  it('secedit /export /areas USER_RIGHTS (UTF-16LE): SIDs without their *', async () => {
    const { format, file } = await read('user-rights.inf');
    expect(format).toBe('secedit-inf');
    expect(value(file, 'SeRemoteInteractiveLogonRight')).toEqual(['S-1-5-32-544', 'S-1-5-32-555']);
    expect(value(file, 'SeDenyNetworkLogonRight')).toEqual(['Guest']);
  });

  it('secedit with damaged lines: each skipped and said with its line, never read as a right or its holders', async () => {
    const text = new TextDecoder('utf-16le').decode(readFileSync(join(FORMATS, 'user-rights.inf')).subarray(2));
    const damaged = text
      .replace('*S-1-5-32-545,*S-1-5-32-551\r\nSeInteractive', '*S-1-5-32-545,*S-1-\u4e00\u7d6a\r\nSeInteractive')
      .replace('SeDenyNetworkLogonRight = Guest', 'SeDenyNetworkLogonRight = Gu\u0007est');
    const { file, warnings } = await readStateBytes('damaged.inf', utf16(damaged));
    expect(file?.items.map((i) => i.name)).toEqual(['SeInteractiveLogonRight', 'SeRemoteInteractiveLogonRight']);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([
      ['state-line-skipped', 4],
      ['state-line-skipped', 7],
    ]);
    expect(warnings[0]?.message).toContain('line 4 skipped (damaged: a holder written as a SID that is none)');
    expect(warnings[1]?.message).toContain('line 7 skipped (damaged: bytes that are no text)');
  });

  it('certificates: PowerShell 5.1 /Date(ms)/ and 7 ISO dates read the same', async () => {
    const a = await read('certificates-ps51.json');
    const b = await read('certificates-ps7.json');
    expect(a.format).toBe('ps-certificates');
    expect(b.format).toBe('ps-certificates');
    expect(a.file?.items[0].fields).toEqual(b.file?.items[0].fields);
    expect(a.file?.items[0].fields?.NotAfter).toBe('2025-07-12T08:00:00.000Z');
    expect(a.file?.items[0].fields?.HasPrivateKey).toBe(true);
    expect(a.file?.items[0].key).toBe('LocalMachine\\Remote Desktop');
  });

  it('Win32_TerminalServiceSetting and GetGracePeriodDays', async () => {
    const s = await read('ts-setting.json');
    expect(s.format).toBe('ps-ts-setting');
    expect(value(s.file, 'LicensingType')).toBe(4);
    expect(value(s.file, 'DirectConnectLicenseServers')).toBe('ls01.corp.example.test');
    expect(s.file?.computer).toBe('RDSH01');
    const g = await read('grace-period.json');
    expect(value(g.file, 'DaysLeft')).toBe(97);
  });

  it('ConvertTo-Json followed by other text: the document read, the rest said with its line', async () => {
    const json = readFileSync(join(FORMATS, 'ts-setting.json'), 'utf8');
    const lines = json.trimEnd().split('\n').length;
    const s = await readStateBytes('ts-setting.json', new TextEncoder().encode(`${json.trimEnd()}\nPS C:\\> "}" ]\n`));
    expect(value(s.file, 'LicensingType')).toBe(4);
    expect(s.warnings.map((w) => [w.code, w.line])).toEqual([['state-line-skipped', lines]]);
    expect(s.warnings[0]?.message).toMatch(/text after the JSON document \(PS C:\\> "}" ]\): not read/);
    // Cut inside the document: nothing whole to read, the error as before.
    await expect(readStateBytes('cut.json', new TextEncoder().encode(json.trimEnd().slice(0, -3)))).rejects.toThrow(
      /not JSON PowerShell could have written/,
    );
  });

  it('ConvertTo-Json whose last line runs into binary junk: decoded whole as written, the junk said', async () => {
    // The sample has no line end after its closing bracket: junk with NULs runs into that line.
    const json = readFileSync(join(FORMATS, 'certificates-ps7.json'));
    const junk = Uint8Array.from([0x00, 0x91, 0x0c, 0x00, 0xfe, 0x41, 0x00, 0x00, 0x7f]);
    const s = await readStateBytes('cert.json', Buffer.concat([json, junk]));
    expect(s.file?.items[0]?.fields?.NotAfter).toBe('2025-07-12T08:00:00.000Z');
    const lines = json.toString('utf8').split('\n').length;
    expect(s.warnings.map((w) => [w.code, w.line])).toEqual([['state-line-skipped', lines]]);
    // UTF-16LE (PowerShell 5.1's `>`): the same, in its own encoding.
    const wide = Buffer.concat([utf16(json.toString('utf8')), junk]);
    const w = await readStateBytes('cert16.json', wide);
    expect(w.file?.items[0]?.fields?.NotAfter).toBe('2025-07-12T08:00:00.000Z');
    expect(w.warnings.map((x) => [x.code, x.line])).toEqual([['state-line-skipped', lines]]);
  });

  it('Get-Service: 5.1 numbers (Status 4 = Running) and names', async () => {
    const a = await read('services-ps51.json');
    const b = await read('services-ps7.json');
    expect(a.format).toBe('ps-services');
    expect(b.format).toBe('ps-services');
    for (const f of [a.file, b.file]) {
      const t = f?.items.find((i) => i.key === 'TermService');
      expect(t?.value).toBe('Running');
      expect(t?.fields?.StartType).toBe('Manual');
    }
  });

  it('netsh advfirewall firewall show rule name=all', async () => {
    const { format, file } = await read('firewall.txt');
    expect(format).toBe('netsh-firewall');
    expect(file?.items.map((i) => i.key)).toEqual([
      'Remote Desktop - User Mode (TCP-In)',
      'Remote Desktop - User Mode (UDP-In)',
      'Remote Desktop - Shadow (TCP-In)',
    ]);
    expect(file?.items[0].fields).toMatchObject({
      Enabled: 'Yes',
      Direction: 'In',
      Protocol: 'TCP',
      LocalPort: '3389',
      Action: 'Allow',
    });
  });

  it('netsh in German (UTF-16LE, labels as public output shows them): rules read, the port label said', async () => {
    const { format, file, warnings } = await read('firewall-de.txt');
    expect(format).toBe('netsh-firewall');
    expect(file?.items.map((i) => i.key)).toEqual([
      'Remotedesktop - Benutzermodus (TCP eingehend)',
      'Remotedesktop - Benutzermodus (UDP eingehend)',
    ]);
    expect(file?.items[0].fields).toMatchObject({
      Enabled: 'Yes',
      Direction: 'In',
      Profiles: 'Domain,Private,Public',
      Protocol: 'TCP',
      Action: 'Allow',
      PortsUnread: ['3389'],
      RemotePort: 'Any',
    });
    expect(file?.items[0].fields?.LocalPort).toBeUndefined();
    expect(warnings.map((w) => w.line)).toEqual([11, 25]);
    expect(warnings[0].message).toContain('LokalerPort');
  });

  it('netsh advfirewall show currentprofile: the profile shown is the one in use', async () => {
    const { format, file } = await read('firewall-currentprofile.txt');
    expect(format).toBe('netsh-profiles');
    expect(file?.items).toEqual([
      expect.objectContaining({
        kind: 'firewall-profile',
        key: 'Public',
        value: 'ON',
        fields: { State: 'ON', Policy: 'BlockInbound,AllowOutbound', InUse: true },
      }),
    ]);
  });

  it('netsh advfirewall show allprofiles: each State, none marked in use', async () => {
    const { format, file } = await read('firewall-allprofiles.txt');
    expect(format).toBe('netsh-profiles');
    expect(file?.items.map((i) => [i.key, i.value, i.fields?.InUse])).toEqual([
      ['Domain', 'ON', undefined],
      ['Private', 'OFF', undefined],
      ['Public', 'ON', undefined],
    ]);
  });

  it('Get-NetConnectionProfile JSON: NetworkCategory 2 and 0 are Domain and Public, in use', async () => {
    const { format, file } = await read('connection-profile.json');
    expect(format).toBe('ps-connection-profile');
    expect(file?.items.map((i) => [i.kind, i.key, i.fields?.InUse, i.fields?.Interface])).toEqual([
      ['firewall-profile', 'Domain', true, 'Ethernet0'],
      ['firewall-profile', 'Public', true, 'Ethernet1'],
    ]);
  });

  it("Win32_TSLicenseKeyPack JSON: the license server's CALs and its name", async () => {
    const { format, file } = await readStateBytes(
      'ls02-keypacks.json',
      new Uint8Array(readFileSync(join(ROOT, 'samples/state/licensing-mode-cals/ls02-keypacks.json'))),
    );
    expect(format).toBe('ps-license-keypacks');
    expect(file?.computer).toBe('LS02');
    expect(file?.items[0]).toMatchObject({
      kind: 'license-keypack',
      name: '3',
      fields: { ProductType: 1, TotalLicenses: 50, IssuedLicenses: 12, AvailableLicenses: 38 },
    });
  });

  it('netstat -ano in German (CP850, ABHÖREN): rows read by their shape', async () => {
    const { format, file } = await read('netstat-de.txt');
    expect(format).toBe('netstat');
    expect(file?.items.map((i) => i.name)).toEqual(['0.0.0.0:135', '0.0.0.0:3390', '[::]:3390', '0.0.0.0:3390']);
  });

  it('netstat -ano: listeners only, by their shape', async () => {
    const { format, file } = await read('netstat.txt');
    expect(format).toBe('netstat');
    expect(file?.items.map((i) => `${i.key} ${i.name}`)).toEqual([
      'TCP 0.0.0.0:135',
      'TCP 0.0.0.0:3389',
      'TCP [::]:3389',
      'UDP 0.0.0.0:3389',
    ]);
  });

  it('readRegistryText: the small API another reader can use', () => {
    const r = readRegistryText(
      'HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\Terminal Server\n    fDenyTSConnections    REG_DWORD    0x1\n',
    );
    expect(r.items).toEqual([
      {
        kind: 'registry',
        key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server',
        name: 'fDenyTSConnections',
        value: 1,
        line: 2,
      },
    ]);
    expect(readRegistryText('\\\\APP07\\HKLM\\SOFTWARE\\X\n    A    REG_SZ    b\n').computer).toBe('APP07');
  });

  it('logs and other JSON are not state', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(
      detectState(enc('[{"Id": 1149, "RecordId": 5, "TimeCreated": "/Date(1)/", "ProviderName": "x"}]')),
    ).toBeUndefined();
    expect(
      detectState(enc('{"@timestamp": "2024-01-01", "Status": "x", "ServiceName": "y", "StartType": 2}')),
    ).toBeUndefined();
    expect(detectState(enc('<Events><Event/></Events>'))).toBeUndefined();
    expect(detectState(enc('just some notes\nabout the case\n'))).toBeUndefined();
  });

  it('an XML export is not state, whatever lines its values hold (UTF-8 or UTF-16, with its mark)', () => {
    // Lines a netstat capture would be detected by, inside an event's value.
    const netstatInside =
      '<Events><Event><Data>\n  Proto  Local Address          Foreign Address        State           PID\n  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1128\n</Data></Event></Events>\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`\r\n ${netstatInside}`, 'utf16le')]);
    for (const head of [Buffer.from(netstatInside), Buffer.from(`\ufeff\n${netstatInside}`), utf16])
      expect(detectState(head)).toBeUndefined();
    // The same lines as a file of their own are netstat's.
    expect(detectState(Buffer.from(netstatInside.split('\n').slice(1, 3).join('\n')))).toBe('netstat');
  });

  it('a first line named like an Object member is no registry key', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(detectState(enc(`${name}\n\n`)), name).toBeUndefined();
  });
});
