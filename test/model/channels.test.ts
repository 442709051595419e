import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  channelChosen,
  channelLabel,
  channelNamed,
  channelOf,
  channelsOn,
  exportCommandFor,
  findChannel,
  connectionLogKinds,
  kindOfChannel,
  MACHINE_WORDS,
} from '../../src/model/channels.js';

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
      expect(exportCommandFor(c!)).toBe(cmd);
      expect(findChannel(short)?.name).toBe(name);
    }
  });

  it('knows which machine logs each channel', () => {
    expect(findChannel('RDPClient')?.machines).toEqual(['client']);
    expect(findChannel('RdpCoreTS')?.machines).toEqual(['server']);
    expect(findChannel('Security')?.machines).toEqual(['server', 'domain-controller']);
    expect(findChannel('System')?.machines).toEqual(['server', 'client']);
    expect(findChannel('RdpCoreTS-Admin')?.name).toBe('Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Admin');
    // restated on purpose: the registry's own test says what it holds
    expect(channelsOn('client').map((c) => c.short)).toEqual(['RDPClient', 'System', 'Sysmon']);
    expect(channelsOn('server').map((c) => c.short)).toContain('RCM-Admin');
    expect(channelsOn('server').map((c) => c.short)).not.toContain('RDPClient');
  });

  it('says which logs see connections (the correlator reads them whole; holes in them hide connections)', () => {
    // restated on purpose: the registry's own test says which kinds each choice gives
    expect([...connectionLogKinds('all')].sort()).toEqual(['gateway', 'lsm', 'rcm', 'rdpclient', 'rdpcore']);
    // restated on purpose: as above
    expect([...connectionLogKinds('any')].sort()).toEqual([
      'gateway',
      'lsm',
      'rcm',
      'rdpclient',
      'rdpcore',
      'security',
    ]);
  });

  it('has unique names and short names, and looks up case-insensitively', () => {
    expect(new Set(CHANNELS.map((c) => c.name.toLowerCase())).size).toBe(CHANNELS.length);
    expect(new Set(CHANNELS.map((c) => c.short.toLowerCase())).size).toBe(CHANNELS.length);
    expect(new Set(CHANNELS.map((c) => c.fileName.toLowerCase())).size).toBe(CHANNELS.length);
    expect(findChannel('microsoft-windows-terminalservices-localsessionmanager/operational')?.short).toBe('LSM');
    expect(findChannel('lsm')?.short).toBe('LSM');
    expect(findChannel('Application')).toBeUndefined();
  });

  it('gives every channel one label for timelines and patterns, also channels it does not know', () => {
    expect(channelLabel('Microsoft-Windows-TerminalServices-RemoteConnectionManager/Admin')).toBe(
      'RemoteConnectionManager/Admin',
    );
    expect(channelLabel('Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational')).toBe('RdpCoreTS/Operational');
    expect(channelLabel('Application')).toBe('Application');
    expect(channelLabel('Microsoft-Windows-Kernel-Power/Thermal-Operational')).toBe('Kernel-Power/Thermal-Operational');
    for (const c of CHANNELS) expect(findChannel(c.label)).toBe(c);
  });

  it('finds the row of an event channel in any spelling a reader gives it, and no row for other logs', () => {
    const lsm = findChannel('LSM');
    expect(channelOf('microsoft-windows-terminalservices-localsessionmanager/operational')).toBe(lsm);
    expect(channelOf('LocalSessionManager/Operational')).toBe(lsm);
    expect(channelOf('Microsoft-Windows-TerminalServices-LocalSessionManager/Operational')).toBe(lsm);
    expect(channelOf('Application')).toBeUndefined();
    expect(kindOfChannel('Microsoft-Windows-TerminalServices-RemoteConnectionManager/Admin')).toBe('rcm-admin');
    expect(kindOfChannel('Application')).toBe('other');
    expect(new Set(CHANNELS.map((c) => c.kind)).size).toBeGreaterThan(5);
  });

  it('matches --channel by part of the full name or by the short name', () => {
    const rcm = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational';
    expect(channelChosen(rcm, 'rcm')).toBe(true);
    expect(channelChosen(rcm, 'remoteconnectionmanager')).toBe(true);
    expect(channelChosen(rcm, 'remoteconnectionmanager/operational')).toBe(true);
    expect(channelChosen(rcm, 'rcm-admin')).toBe(false);
    expect(channelChosen('Security', 'security')).toBe(true);
    expect(channelChosen('Security', 'lsm')).toBe(false);
  });

  it('fails loudly on a channel named in code that the table does not know', () => {
    expect(channelNamed('RdpCoreTS/Operational').short).toBe('RdpCoreTS');
    expect(channelNamed('TerminalServices-Licensing/Operational').short).toBe('Licensing');
    expect(() => channelNamed('Gateway/Operationa')).toThrow(
      /unknown or ambiguous channel "Gateway\/Operationa".*CHANNELS/,
    );
    expect(() => channelNamed('Operational')).toThrow(/ambiguous/);
  });

  it('gives System exports from other machines their own file name', () => {
    const system = channelNamed('System');
    expect(exportCommandFor(system, 'server')).toBe('wevtutil epl System System.evtx');
    expect(exportCommandFor(system, 'client')).toBe('wevtutil epl System System-client.evtx');
    expect(exportCommandFor(system, 'license-server')).toBe('wevtutil epl System System-license-server.evtx');
    expect(exportCommandFor(channelNamed('Security'), 'domain-controller')).toBe(
      'wevtutil epl Security Security-domain-controller.evtx',
    );
    expect(MACHINE_WORDS['domain-controller'].on).toBe('on each domain controller');
    expect(exportCommandFor(channelNamed('RDPClient'), 'client')).toBe(exportCommandFor(channelNamed('RDPClient')));
  });

  it('exports a channel read by event id (Sysmon) only with its ids, never whole', () => {
    const sysmon = channelNamed('Sysmon');
    expect(sysmon).toMatchObject({ name: 'Microsoft-Windows-Sysmon/Operational', kind: 'sysmon', byEventId: true });
    expect(channelOf('Microsoft-Windows-Sysmon/Operational')).toBe(sysmon);
    expect(() => exportCommandFor(sysmon)).toThrow(/read by event id, never whole/);
    expect(exportCommandFor(sysmon, 'server', [1, 3, 13])).toBe(
      'wevtutil epl "Microsoft-Windows-Sysmon/Operational" Sysmon.evtx /q:"*[System[(EventID=1 or EventID=3 or EventID=13)]]"',
    );
    // The ids do nothing to a channel read whole.
    expect(exportCommandFor(channelNamed('Security'), 'server', [4624])).toBe('wevtutil epl Security Security.evtx');
  });
});
