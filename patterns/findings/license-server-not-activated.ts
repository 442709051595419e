import type { FindingPattern } from '../types.js';
import { licensingCalUnavailable } from '../licensing-cal-unavailable.js';
import { licensingServerUnavailable } from '../licensing-server-unavailable.js';

export const licenseServerNotActivated: FindingPattern = {
  id: 'license-server-not-activated',
  cause: licensingServerUnavailable.id,
  // [MS] 17/18: only temporary licences are issued; once a client's expires (RCM 1011), none can be given.
  upstreamFor: [licensingCalUnavailable.id],
  title: 'The license server cannot issue licences (not activated, corrupt certificates or not running)',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/cannot-connect-rds-no-license-server',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/event-44-rds-licensing-server',
  ],
  match: {
    channel: ['System', 'TerminalServices-Licensing/Operational', 'TerminalServices-Licensing/Admin'],
    provider: ['TermServLicensing', 'Microsoft-Windows-TerminalServices-Licensing'],
    eventId: [17, 18, 37, 38],
  },
  confidence: 0.7,
  explanation: [
    'The license server {event.computer} logged event {event.eventId} at {event.time} (17: its certificates are corrupt, 18: it is not activated, so only temporary licences are issued; 37: the licensing service cannot start; 38: it cannot issue a licence).',
  ],
  remediation: [
    'Activate the license server in RD Licensing Manager (right-click the server → Activate Server); if its certificates are corrupt (17), re-activate it.',
    'Check that the Remote Desktop Licensing service runs (`Get-Service TermServLicensing`).',
  ],
  sample: {
    description: 'License server 18: not activated, only temporary licences are issued.',
    file: 'samples/findings/license-server-not-activated/sample.xml',
  },
};
