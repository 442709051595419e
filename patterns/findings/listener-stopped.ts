import type { FindingPattern } from '../types.js';
import { networkUnreachable } from '../network-unreachable.js';

export const listenerStopped: FindingPattern = {
  id: 'listener-stopped',
  cause: networkUnreachable.id,
  title: 'The RDP listener stopped listening and did not start again',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-cannot-connect-remote-computer',
    'https://learn.microsoft.com/en-us/archive/technet-wiki/37841.remote-desktop-services-rds-logon-connectivity-overview-and-troubleshooting',
  ],
  match: { channel: 'RemoteConnectionManager/Operational', eventId: 259 },
  confidence: 0.55,
  clearedBy: { channel: 'RemoteConnectionManager/Operational', eventId: 258 },
  explanation: [
    'Listener {event.listenerName} on {event.computer} stopped listening at {event.time} (RCM 259) and no later "started listening" (258) was logged: nothing accepts Remote Desktop connections, and clients get error 516 (0x204).',
    'If the logs end with a planned shutdown or a service restart, this is expected.',
  ],
  remediation: [
    'Check the listener: `qwinsta` must show rdp-tcp in state Listen; `Get-Service TermService, UmRdpService`.',
    'Restart the service (`Restart-Service TermService -Force`; it drops every connection on the host (users in sessions are disconnected; their sessions stay), so do it when no one is connected or in a maintenance window) and look for RCM 258 and for System 1035 or LocalSessionManager 16/17 errors that say why it stopped.',
    'Check that Remote Desktop is enabled: `fDenyTSConnections`=0 (HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server and the policy key HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services) and `fEnableWinStation`=1 under …\\WinStations\\RDP-Tcp. Enabling it opens the logon to the network: keep Network Level Authentication on (`UserAuthentication`=1) and do not expose port 3389 to the internet (use a VPN or an RD Gateway).',
  ],
  sample: {
    description: 'RCM 259: listener RDP-Tcp stopped, no 258 afterwards.',
    file: 'samples/findings/listener-stopped/sample.xml',
  },
};
