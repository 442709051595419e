import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  channelShortName,
  channelsForSide,
  exportCommandFor,
  findChannel,
} from '../../patterns/codes/index.js';

describe('channel table', () => {
  it('covers every channel rdpdiag reads, with the expected short names and export commands', () => {
    const expected: Array<[string, string, string]> = [
      [
        'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational',
        'RdpCoreTS',
        'wevtutil epl "Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational" RdpCoreTS.evtx',
      ],
      [
        'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
        'LSM',
        'wevtutil epl "Microsoft-Windows-TerminalServices-LocalSessionManager/Operational" LSM.evtx',
      ],
      [
        'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational',
        'RCM',
        'wevtutil epl "Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational" RCM-Operational.evtx',
      ],
      [
        'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Admin',
        'RCM-Admin',
        'wevtutil epl "Microsoft-Windows-TerminalServices-RemoteConnectionManager/Admin" RCM-Admin.evtx',
      ],
      [
        'Microsoft-Windows-TerminalServices-RDPClient/Operational',
        'RDPClient',
        'wevtutil epl "Microsoft-Windows-TerminalServices-RDPClient/Operational" RDPClient.evtx',
      ],
      ['System', 'System', 'wevtutil epl System System.evtx'],
      ['Security', 'Security', 'wevtutil epl Security Security.evtx'],
    ];
    for (const [name, short, cmd] of expected) {
      const c = findChannel(name);
      expect(c, name).toBeDefined();
      expect(c?.short).toBe(short);
      expect(c?.exportCommand).toBe(cmd);
      expect(findChannel(short)?.name).toBe(name);
    }
  });

  it('knows which side each log lives on', () => {
    expect(findChannel('RDPClient')?.side).toBe('client');
    expect(findChannel('RdpCoreTS')?.side).toBe('server');
    expect(findChannel('Security')?.side).toBe('server');
    expect(findChannel('System')?.side).toBe('both');
    expect(findChannel('RdpCoreTS-Admin')?.name).toBe('Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Admin');
    expect(channelsForSide('client').map((c) => c.short)).toEqual(['RDPClient', 'System']);
    expect(channelsForSide('server').map((c) => c.short)).toContain('RCM-Admin');
    expect(channelsForSide('server').map((c) => c.short)).not.toContain('RDPClient');
  });

  it('has unique names and short names, and looks up case-insensitively', () => {
    expect(new Set(CHANNELS.map((c) => c.name.toLowerCase())).size).toBe(CHANNELS.length);
    expect(new Set(CHANNELS.map((c) => c.short.toLowerCase())).size).toBe(CHANNELS.length);
    expect(new Set(CHANNELS.map((c) => c.fileName.toLowerCase())).size).toBe(CHANNELS.length);
    expect(findChannel('microsoft-windows-terminalservices-localsessionmanager/operational')?.short).toBe('LSM');
    expect(findChannel('lsm')?.short).toBe('LSM');
    expect(findChannel('Application')).toBeUndefined();
  });

  it('maps full names to short names for the timeline', () => {
    expect(channelShortName('Microsoft-Windows-TerminalServices-RemoteConnectionManager/Admin')).toBe('RCM-Admin');
    expect(channelShortName('Application')).toBe('Application');
  });

  it('gives System exports from other machines their own file name', () => {
    expect(exportCommandFor('System', 'server')).toBe('wevtutil epl System System.evtx');
    expect(exportCommandFor('System', 'client')).toBe('wevtutil epl System System-client.evtx');
    expect(exportCommandFor('System', 'license-server')).toBe('wevtutil epl System System-license-server.evtx');
    expect(exportCommandFor('RDPClient', 'client')).toBe(findChannel('RDPClient')?.exportCommand);
    expect(exportCommandFor('nope')).toBeUndefined();
  });
});
