import type { FindingPattern } from '../types.js';

/** rdp-events.md §1.3 (258/259), §4.12. */
export const listenerStopped: FindingPattern = {
  id: 'listener-stopped',
  cause: 'network-unreachable',
  title: 'The RDP listener stopped listening and did not start again',
  match: { channel: 'RemoteConnectionManager/Operational', eventId: 259 },
  confidence: 0.55,
  clearedBy: { channel: 'RemoteConnectionManager/Operational', eventId: 258 },
  explanation: [
    'Listener {event.listenerName} on {event.computer} stopped listening at {event.time} (RCM 259) and no later "started listening" (258) was logged: nothing accepts Remote Desktop connections, and clients get error 516 (0x204).',
    'If the logs end with a planned shutdown or a service restart, this is expected.',
  ],
  remediation: [
    'Check the listener: `qwinsta` must show rdp-tcp in state Listen; `Get-Service TermService, UmRdpService`.',
    'Restart the service (`Restart-Service TermService -Force`) and look for RCM 258 and for System 1035 or LocalSessionManager 16/17 errors that say why it stopped.',
    'Check that Remote Desktop is enabled: `fDenyTSConnections`=0 (HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server and the policy key HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services) and `fEnableWinStation`=1 under …\\WinStations\\RDP-Tcp.',
  ],
  sample: {
    description: 'RCM 259: listener RDP-Tcp stopped, no 258 afterwards.',
    xml: `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>258</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T06:00:05.1200000Z'/><EventRecordID>2001</EventRecordID><Correlation/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><listenerName>RDP-Tcp</listenerName></EventXML></UserData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager' Guid='{C76BAA63-AE81-421C-B425-340B4B24157F}'/><EventID>259</EventID><Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x1000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T18:42:37.9020000Z'/><EventRecordID>2002</EventRecordID><Correlation/><Execution ProcessID='1156' ThreadID='1420'/><Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><UserData><EventXML xmlns='Event_NS'><listenerName>RDP-Tcp</listenerName></EventXML></UserData></Event>`,
  },
};
