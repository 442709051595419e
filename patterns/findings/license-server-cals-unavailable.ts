import type { FindingPattern } from '../types.js';
import { licensingCalUnavailable } from '../licensing-cal-unavailable.js';

export const licenseServerCalsUnavailable: FindingPattern = {
  id: 'license-server-cals-unavailable',
  cause: licensingCalUnavailable.id,
  // The license server refuses the RD Session Hosts it serves: their failed attempts start here.
  upstreamFor: [licensingCalUnavailable.id],
  title: 'The license server has no client access licences of the requested type',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/cannot-connect-rds-no-license-server',
    'https://technet.microsoft.com/en-us/library/ee890984(v=ws.10).aspx',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/license-attributes-not-updated-rdsh-server',
  ],
  match: {
    channel: ['System', 'TerminalServices-Licensing/Operational', 'TerminalServices-Licensing/Admin'],
    provider: ['TermServLicensing', 'Microsoft-Windows-TerminalServices-Licensing'],
    eventId: [20, 21, 22],
  },
  confidence: 0.7,
  explanation: [
    'The license server {event.computer} logged event {event.eventId} at {event.time}: it could not issue a permanent client access licence (20: not enough licences of the type, 21: none of the requested type left, which is also what a Per User / Per Device mismatch looks like, 22: none installed for the product).',
    'It concerns {event.Data[0]}, {event.Data[1]}.',
  ],
  remediation: [
    'Open RD Licensing Manager and compare the installed CALs (type and version) with the RD Session Hosts\' licensing mode (policy "Set the Remote Desktop licensing mode"): they must match, and the CAL version must be at least the session host\'s Windows Server version.',
    'Install or buy more CALs of the needed type; revoke stale Per Device CALs; in a workgroup, use Per Device CALs (Per User is not tracked there).',
  ],
  sample: {
    description: 'License server 21: no Per Device licences left for Windows Server 2019.',
    file: 'samples/findings/license-server-cals-unavailable/sample.xml',
  },
};
