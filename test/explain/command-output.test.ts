/**
 * Issue 60 (b): command output read as what it is. `reg query` and `.reg` lines are Remote Desktop settings named in
 * words (src/explain/tables/command-output/rdp-settings.ts), never codes; Get-WinEvent's "no events" error is the command's, its
 * filter's ids no codes; numbers that are GUID parts, HTTP statuses, ports, builds or byte counts are named as such.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { RDP_SETTINGS, readRdpSettings } from '../../src/explain/tables/command-output/rdp-settings.js';

describe('registry settings', () => {
  it('a reg query line is the setting in words, not "the user closed the client"', () => {
    const e = explainCode(
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\n    fDenyTSConnections    REG_DWORD    0x1\n',
    );
    expect(e.summary).toBe('fDenyTSConnections = 1: Remote Desktop is switched off (connections are denied).');
    expect(e.other?.table).toBe('setting');
    expect(JSON.stringify(e)).not.toMatch(/LocalNotError|closed the client/);
  });

  it('a .reg export, several values, each named; a port is a port', () => {
    const said = readRdpSettings(
      'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp]\r\n"SecurityLayer"=dword:00000000\r\n"UserAuthentication"=dword:00000001\r\n"PortNumber"=dword:00000d3d\r\n',
    ).map((x) => x.said);
    expect(said).toEqual([
      expect.stringMatching(/^SecurityLayer = 0: native RDP security.*weak/),
      expect.stringMatching(/^UserAuthentication = 1: Network Level Authentication is required/),
      'PortNumber = 3389: the RDP listener listens on TCP port 3389 (the default)',
    ]);
  });

  it('every setting has its Microsoft page; an unknown value name is not a setting', () => {
    for (const s of RDP_SETTINGS) expect(s.source, s.name).toMatch(/Microsoft/);
    expect(readRdpSettings('    SomethingElse    REG_DWORD    0x1')).toEqual([]);
  });
});

describe('registry values of settings without words here', () => {
  it('reg query of values no table names: each a value, none looked up as a code, no cause', () => {
    for (const value of ['0x0', '0x1', '0x2', '0x3', '0x4', '0x904', '0x7']) {
      const e = explainCode(
        `HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Agent\n    ConnectRetries    REG_DWORD    ${value}\n    Mode    REG_SZ    on\n`,
      );
      expect(e.primary, value).toBeUndefined();
      expect(e.extended, value).toBeUndefined();
      expect(e.likelyCauses, value).toEqual([]);
      expect(e.other?.name).toBe('ConnectRetries');
      expect(e.summary).toBe(
        `Registry values, not error codes: ConnectRetries = ${Number(value)} (${value}); Mode = on.`,
      );
      expect(JSON.stringify(e)).not.toMatch(/closed the client|disconnectReason|exDiscReason/);
    }
  });

  it('a .reg line of an unknown value, and the reg query command above the answer, are still values', () => {
    const e = explainCode(
      'C:\\>reg query HKLM\\SOFTWARE\\Contoso /v Level\n\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\n    Level    REG_DWORD    0x4\n\n',
    );
    expect(e.summary).toBe('Registry values, not error codes: Level = 4 (0x4).');
    const reg = explainCode('[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]\r\n"Level"=dword:00000002\r\n');
    expect(reg.summary).toBe('Registry values, not error codes: Level = 2 (0x2).');
  });

  it('near miss: a dialog pasted above a registry line is read for its codes', () => {
    const e = explainCode('Error code: 0x904\nExtended error code: 0x7\n    ConnectRetries    REG_DWORD    0x1\n');
    expect(e.primary?.hex).toBe('0x904');
    expect(e.extended?.hex).toBe('0x7');
  });
});

describe('PowerShell and other command output', () => {
  it('Get-WinEvent finding nothing is the command speaking, not event 4625 explained', () => {
    const e = explainCode(
      "Get-WinEvent : No events were found that match the specified selection criteria.\nAt line:1 char:1\n+ Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4625,4624}\n    + CategoryInfo          : ObjectNotFound: (:) [Get-WinEvent], Exception\n    + FullyQualifiedErrorId : NoMatchingEventsFound,Microsoft.PowerShell.Commands.GetWinEventCommand",
    );
    expect(e.other?.name).toBe('get-winevent-no-events');
    expect(e.summary).toMatch(/not an error of Remote Desktop/);
  });
});

describe('numbers named for what they are', () => {
  const setAside = (text: string) => {
    try {
      explainCode(text);
      return 'read';
    } catch (err) {
      return (err as Error).message;
    }
  };
  it('a GUID part, an HTTP status, a port', () => {
    expect(setAside('correlation id 5d2e7a31-0b4c-4e8f-9a6d-3c1b2a4f5e6d')).toMatch(/part of a GUID/);
    expect(setAside('The gateway answered HTTP 502')).toMatch(/an HTTP status \(502 Bad Gateway\)/);
    expect(setAside('the proxy returned 407 Proxy Authentication Required')).toMatch(/HTTP status \(407/);
    expect(setAside('the client could not reach port 443 on the gateway')).toMatch(/a port \(443: HTTPS/);
    // A Test-NetConnection line: its port is never looked up as a code.
    expect(setAside('RemotePort : 3389')).toMatch(/holds no code/);
  });
  it('a build number and a byte count', () => {
    expect(setAside('Windows 11 OS build 22631 client')).toMatch(/build number|version/);
    expect(setAside('sent 1460 bytes then stopped')).toMatch(/a (?:byte )?count/);
  });
  it('a near miss: a real code beside them is still read', () => {
    const e = explainCode('HTTP 503 from the gateway, then Error code: 0x80090304');
    expect((e.primary ?? e.other)?.name).toBe('SEC_E_INTERNAL_ERROR');
  });
});
