import type { FindingPattern } from '../types.js';

/** rdp-events.md §1.5 (license server 20, 21, 22), §4.6, §4.7. Logged on the RD License Server itself. */
export const licenseServerCalsUnavailable: FindingPattern = {
  id: 'license-server-cals-unavailable',
  cause: 'licensing-cal-unavailable',
  title: 'The license server has no client access licences of the requested type',
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
    xml: `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='TermServLicensing'/><EventID Qualifiers='32768'>21</EventID><Version>0</Version><Level>3</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x0080000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:00:00.0000000Z'/><EventRecordID>5801</EventRecordID><Correlation/><Execution ProcessID='0' ThreadID='0'/><Channel>System</Channel><Computer>RDSH01.corp.example.test</Computer><Security/></System><EventData><Data>Windows Server 2019</Data><Data>Per Device CAL</Data></EventData></Event>`,
  },
};
