import { RCM_PROVIDERS } from '../clauses.js';
import type { FindingPattern } from '../types.js';
import { networkUnreachable } from '../network-unreachable.js';

export const listenerStackDown: FindingPattern = {
  id: 'listener-stack-down',
  cause: networkUnreachable.id,
  title: 'The Remote Desktop listener stack failed',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-cannot-connect-remote-computer',
    'https://learn.microsoft.com/en-us/archive/technet-wiki/37841.remote-desktop-services-rds-logon-connectivity-overview-and-troubleshooting',
  ],
  match: { channel: 'System', provider: RCM_PROVIDERS, eventId: 1035 },
  confidence: 0.7,
  clearedBy: { channel: 'RemoteConnectionManager/Operational', eventId: 258 },
  explanation: [
    'Remote Desktop Services on {event.computer} reported at {event.time} that the listener stack was down (event 1035), so connections were not accepted.',
    'The status it reported: {event.Data[0]|hresult}.',
  ],
  absence: ['No listener started afterwards (RCM 258).'],
  remediation: [
    'Restart Remote Desktop Services (`Restart-Service TermService -Force`) and check that `qwinsta` shows rdp-tcp listening. The restart drops every connection on the host (users in sessions are disconnected; their sessions stay), so do it when no one is connected or in a maintenance window; with the listener down no one can connect anyway, but console and already connected users can be.',
    'Check the listener configuration under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp (`PortNumber`, `fEnableWinStation`, `LanAdapter`) and whether another program already owns the port (`netstat -ano | findstr :3389`).',
    'A third-party multi-session patch (RDP Wrapper) that no longer matches termsrv.dll after an update also stops the listener: remove it.',
  ],
  sample: {
    description: 'System 1035: listener stack down.',
    file: 'samples/findings/listener-stack-down/sample.xml',
  },
};
