/** The listener: Remote Desktop allowed (fDenyTSConnections), TermService running, something listening on its port. */
import type { StateRead, StateView } from '../../src/model/state.js';
import { networkUnreachable } from '../network-unreachable.js';
import type { StateCheck } from './check.js';
import { RDP_TCP, TS, TS_POLICY } from './keys.js';
import { notMade, num, passed, said, text, where } from './values.js';

/** The listener's port in effect (PortNumber, default 3389), and where it was read. */
export function listenerPort(v: StateView): { port: number; read?: StateRead } {
  const r = v.value('PortNumber', [RDP_TCP]);
  const n = num(r);
  return n && n > 0 && n < 65536 ? { port: n, read: r } : { port: 3389 };
}

export const remoteDesktopAllowed: StateCheck = {
  id: 'remote-desktop-allowed',
  title: 'Remote Desktop connections allowed (fDenyTSConnections)',
  finding: 'state-listener',
  confirms: [networkUnreachable.id],
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/troubleshoot-remote-desktop-connections',
    'https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-terminalservices-localsessionmanager-fdenytsconnections',
  ],
  command: `reg query "${TS}" /v fDenyTSConnections & reg query "${TS_POLICY}"`,
  evaluate(v) {
    const r = v.value('fDenyTSConnections', [TS_POLICY, TS]);
    if (!r)
      return v.read(TS) ? passed('fDenyTSConnections not set', []) : notMade('the Terminal Server key was not read');
    if (num(r) !== 1) return passed(said('fDenyTSConnections', r), [r]);
    return {
      verdict: 'failed',
      value: said('fDenyTSConnections', r, { 1: 'connections denied' }),
      read: [r],
      confidence: 0.9,
      explanation: `Remote Desktop is switched off on ${v.computer}: fDenyTSConnections = 1 in ${where(r)}, so nothing accepts a connection.`,
      remediation: [
        where(r) === 'the policy key'
          ? 'The policy "Allow users to connect remotely by using Remote Desktop Services" is Disabled (fDenyTSConnections = 1 under Policies\\Microsoft\\Windows NT\\Terminal Services): set it to Enabled or Not Configured in the GPO that applies it.'
          : 'Allow remote connections (System Properties → Remote, or `Set-ItemProperty "HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" fDenyTSConnections 0`).',
      ],
    };
  },
};

export const termserviceRunning: StateCheck = {
  id: 'termservice-running',
  title: 'Remote Desktop Services (TermService) running',
  finding: 'state-listener',
  confirms: [networkUnreachable.id],
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/troubleshoot-remote-desktop-connections',
  ],
  command: 'powershell -Command "Get-Service TermService,SessionEnv,UmRdpService | ConvertTo-Json"',
  evaluate(v) {
    const s = v.items('service').find((r) => r.item.key.toLowerCase() === 'termservice');
    if (!s) return notMade('no Get-Service output naming TermService');
    const start = s.item.fields?.StartType;
    const value = `TermService ${text(s)}${start ? `, start type ${start}` : ''}`;
    if (text(s) === 'Running') return passed(value, [s]);
    return {
      verdict: 'failed',
      value,
      read: [s],
      confidence: 0.85,
      explanation: `The Remote Desktop Services service (TermService) on ${v.computer} was ${text(s)}${start ? ` (start type ${start})` : ''} when the state was taken: no listener accepts connections.`,
      remediation: [
        start === 'Disabled'
          ? 'TermService is Disabled: set it to Manual (`Set-Service TermService -StartupType Manual`) and start it; find what disabled it (a GPO, a hardening script).'
          : 'Start it (`Start-Service TermService`) and read the System log for why it stopped (7031, 7034, 7023).',
      ],
    };
  },
};

export const listenerPortOpen: StateCheck = {
  id: 'listener-port-open',
  title: 'Something listens on the listener port (netstat)',
  finding: 'state-listener',
  confirms: [networkUnreachable.id],
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/troubleshoot-remote-desktop-connections',
  ],
  command: 'netstat -ano',
  evaluate(v) {
    if (!v.has('netstat')) return notMade('no netstat -ano output');
    const { port, read } = listenerPort(v);
    const tcp = v.items('listening').filter((r) => r.item.key === 'TCP' && r.item.value === port);
    const from = read ? `PortNumber ${port} in RDP-Tcp` : `port ${port} (the default; PortNumber not read)`;
    if (tcp.length)
      return passed(`TCP ${tcp.map((r) => r.item.name).join(', ')} listening (${from})`, [
        ...tcp,
        ...(read ? [read] : []),
      ]);
    return {
      verdict: 'failed',
      value: `nothing listens on TCP ${port} (${from})`,
      read: read ? [read] : [],
      confidence: 0.8,
      explanation: `No socket listened on TCP port ${port} on ${v.computer} when netstat ran (${from}): the listener is down, or listens on another port.`,
      remediation: [
        `Check the listener (\`qwinsta\` lists rdp-tcp), restart TermService, and compare PortNumber with the port the clients use (${port}).`,
      ],
    };
  },
};
