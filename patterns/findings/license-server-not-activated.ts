import type { FindingPattern } from '../types.js';

/** rdp-events.md §1.5 (license server 17, 18, 37, 38), §4.5. Logged on the RD License Server itself. */
export const licenseServerNotActivated: FindingPattern = {
  id: 'license-server-not-activated',
  cause: 'licensing-server-unavailable',
  title: 'The license server cannot issue licences (not activated, corrupt certificates or not running)',
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
    xml: `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='TermServLicensing'/><EventID Qualifiers='32768'>18</EventID><Version>0</Version><Level>3</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x0080000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:00:00.0000000Z'/><EventRecordID>5802</EventRecordID><Correlation/><Execution ProcessID='0' ThreadID='0'/><Channel>System</Channel><Computer>RDSH01.corp.example.test</Computer><Security/></System><EventData></EventData></Event>`,
  },
};
