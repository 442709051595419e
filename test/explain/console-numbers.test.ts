/**
 * Issue 60, round 16: the numbers of console output admins paste beside a Remote Desktop problem are never read as
 * codes or event ids. Wordings written for these tests in the forms Microsoft's command pages show (fictional names,
 * documentation addresses): a System32 path (`where`, `netsh advfirewall`'s log file, Win32_OperatingSystem), MAC
 * addresses (ipconfig /all, getmac, arp -a, route print, Get-NetAdapter) and arp's interface index. Each with a near
 * miss: the same forms still read where they name a code or an event.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';

/** What the paste's numbers were taken as: the error thrown for a paste holding no code, or the answer's parts. */
function readNumbers(text: string): { codes: string[]; eventId?: number; setAside: string } {
  try {
    const e = explainCode(text);
    return {
      codes: (e.paste?.parts ?? []).filter((p) => p.table !== 'sentence').map((p) => p.text),
      ...(e.paste?.eventId !== undefined ? { eventId: e.paste.eventId } : {}),
      setAside: (e.paste?.ignored ?? []).join('; '),
    };
  } catch (err) {
    return { codes: [], setAside: (err as Error).message };
  }
}

describe('a System32 path is no event id', () => {
  it.each([
    ['where', 'C:\\>where mstsc\nC:\\Windows\\System32\\mstsc.exe'],
    ['a property list', 'SystemDirectory : C:\\Windows\\system32\nBuildNumber     : 17763'],
    [
      "netsh's log file line",
      'Logging:\nLogAllowedConnections                 Disable\nFileName                              %systemroot%\\system32\\LogFiles\\Firewall\\pfirewall.log\nMaxFileSize                           4096\nOk.',
    ],
    ['the folder named in a sentence', 'I copied mstsc.exe from another System32 folder'],
  ])('%s', (_, text) => {
    const r = readNumbers(text);
    expect(r.eventId).toBeUndefined();
    expect(r.codes).toEqual([]);
  });
  it('near miss: the System log and an event named in words are still read', () => {
    expect(readNumbers('System 7001 after the reboot').eventId).toBe(7001);
    expect(readNumbers('Schannel 36870 on the server').eventId).toBe(36870);
  });
});

describe('a MAC address is no code', () => {
  it.each([
    [
      'ipconfig /all',
      '   Physical Address. . . . . . . . . : 3C-58-C2-4A-8C-CB\n   DHCP Enabled. . . . . . . . . . . : Yes',
    ],
    ['a getmac row', '3C-58-C2-11-22-33   \\Device\\Tcpip_x'],
    ['arp -a, lower case', '  192.0.2.1             3c-58-c2-11-22-33     dynamic'],
    ['route print, spaces', 'Interface List\n 12...00 1d 60 4a 8c cb ......Intel(R) Ethernet Connection'],
    ['a DHCPv6 DUID', '   DHCPv6 Client DUID. . . . . . . . : 00-01-00-01-2A-3B-4C-5D-3C-58-C2-11-22-33'],
    [
      'a Get-NetAdapter row',
      'Wi-Fi     Wi-Fi 6 AX201                    7 Disconnected 3C-58-C2-11-22-33          0 bps',
    ],
  ])('%s', (_, text) => {
    const r = readNumbers(text);
    expect(r.codes).toEqual([]);
    expect(r.setAside).toMatch(/part of a MAC address/);
  });
  it("arp's interface index is no code", () => {
    const r = readNumbers('Interface: 192.0.2.45 --- 0xc\n  192.0.2.1             3c-58-c2-11-22-33     dynamic');
    expect(r.codes).toEqual([]);
    expect(r.setAside).toMatch(/0xc: arp's interface index/);
  });
  it('near miss: hex codes beside a MAC address, or pairs of digits that are no MAC, are still read', () => {
    expect(readNumbers('Physical Address 3C-58-C2-11-22-33, error 0x204').codes).toEqual(['0x204']);
    expect(readNumbers('Error code: 0x4 Extended error code: 0x1c').codes).toEqual(['0x4', '0x1c']);
    expect(readNumbers('codes 3c-58 seen').codes).toContain('3c');
  });
});
