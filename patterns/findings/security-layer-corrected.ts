import type { FindingPattern } from '../types.js';
import { securityLayerMismatch } from '../security-layer-mismatch.js';

/** TermService 1050; RdpCoreTS/Admin 105 says native RDP encryption is in use. */
export const securityLayerCorrected: FindingPattern = {
  id: 'security-layer-corrected',
  cause: securityLayerMismatch.id,
  title: "The listener's security layer or encryption level is inconsistent (corrected at service start)",
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-cannot-connect-remote-computer',
  ],
  match: {
    channel: ['System', 'RdpCoreTS/Admin'],
    provider: [
      'Microsoft-Windows-TerminalServices-RemoteConnectionManager',
      'TermService',
      'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS',
    ],
    eventId: [1050, 105],
  },
  confidence: 0.5,
  explanation: [
    "Remote Desktop Services on {event.computer} logged event {event.eventId} at {event.time} (1050: the listener's security layer and encryption level do not fit together and were corrected automatically; 105: a connection used native RDP encryption instead of TLS).",
    'Listener {event.Data[0]} was set to encryption level {event.Data[1]} (1 Low, 2 Client Compatible, 3 High, 4 FIPS) with security layer {event.Data[2]} (0 RDP, 1 Negotiate, 2 TLS).',
    'Clients that cannot use the corrected setting (FIPS, native RDP encryption) fail to connect (client codes 3590, 2822, 1286).',
  ],
  remediation: [
    "Set a consistent pair under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp (`SecurityLayer` 2 = TLS with `UserAuthentication` 1 = NLA, Microsoft's recommended pair, and `MinEncryptionLevel` 2 or 3), or the matching policies under Computer Configuration → Administrative Templates → Windows Components → Remote Desktop Services → Remote Desktop Session Host → Security; then restart Remote Desktop Services (`Restart-Service TermService -Force`; it drops every connection on the host (users in sessions are disconnected; their sessions stay), so do it when no one is connected or in a maintenance window) and check that event 1050 is no longer logged.",
    'FIPS level 4 is also forced by HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\FIPSAlgorithmPolicy\\Enabled=1: only clients that support FIPS can connect then. Turning FIPS mode off is a compliance decision for whoever required it, not a troubleshooting step.',
  ],
  sample: {
    description:
      'System 1050 at service start: listener RDP-Tcp had encryption level 4 (FIPS) with security layer 0 (RDP).',
    file: 'samples/findings/security-layer-corrected/sample.xml',
  },
};
