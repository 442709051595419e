import type { Pattern } from './types.js';

/** rdp-events.md §1.4, §1.6, §4.1, §4.2. */
export const tlsCertificate: Pattern = {
  id: 'tls-certificate',
  title: "The server's RDP certificate or its private key cannot be used",
  when: {
    outcome: ['failed'],
    progress: { authenticated: false, protocolComplete: false, session: false },
  },
  clauses: [
    {
      name: 'keyError',
      match: { channel: 'System', provider: 'Schannel', eventId: 36870 },
      scope: 'window',
      before: 5,
      after: 5,
      weight: 0.75,
    },
    {
      name: 'chainError',
      match: { channel: 'System', provider: 'Schannel', eventId: 36872 },
      scope: 'window',
      before: 5,
      after: 5,
      weight: 0.6,
    },
    {
      name: 'certFailed',
      match: {
        channel: 'System',
        provider: ['TermService', 'Microsoft-Windows-TerminalServices-RemoteConnectionManager'],
        eventId: [1057, 1058],
      },
      scope: 'history',
      before: 14 * 86400,
      weight: 0.6,
    },
    {
      name: 'certConfig',
      match: {
        channel: 'System',
        provider: ['TermService', 'Microsoft-Windows-TerminalServices-RemoteConnectionManager'],
        eventId: [1053, 1054, 1055, 1051],
      },
      scope: 'history',
      before: 14 * 86400,
      weight: 0.55,
    },
    {
      name: 'securityLayerError',
      match: {
        channel: 'RdpCoreTS/Operational',
        eventId: 139,
        fields: { ResultCode: { in: ['0x8009030D', '0x8009030E', '0x80090327', '0x80090328'] } },
      },
      scope: 'attempt',
      weight: 0.5,
    },
  ],
  explanation: [
    'Schannel could not use the private key of the certificate the RDP listener presents (event 36870, error {keyError.ErrorCode|hresult}) while {attempt.client} was connecting, so the TLS handshake failed before any credentials were checked.',
    'Schannel could not build the certificate chain of the RDP certificate (event {chainError.eventId}) during the attempt.',
    'Remote Desktop Services failed to create or renew its self-signed certificate (event {certFailed.eventId} at {certFailed.time}: {certFailed.Data[0]}).',
    'The configured RDP certificate is unusable (event {certConfig.eventId} at {certConfig.time}).',
    'The RDP security layer reported {securityLayerError.ResultCode|hresult} for this connection.',
    'The client sees this as a connection that is closed right away (often error 0x904).',
  ],
  remediation: [
    'On the server, open certlm.msc → Remote Desktop → Certificates and delete the expired or broken RDP self-signed certificate, then restart the services: `Restart-Service TermService -Force` (also restarts UmRdpService); a new certificate is created (System event 1056).',
    'If the certificate cannot be recreated (1057/1058 "Access is denied" or "Keyset does not exist"), restore the default permissions of C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys (Administrators: Full control; Everyone: special, this folder only; per Microsoft KB 278381) and give NETWORK SERVICE read access to the RDP key file f686aace6942fb7f7ceb231212eef4a4_*.',
    'Do NOT rename or delete the MachineKeys folder as some guides suggest: it throws away every machine private key on the server.',
    'For a configured (CA-issued) certificate: check it is valid, has the Server Authentication EKU, and that its thumbprint matches `SSLCertificateSHA1HashValue` under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp (or `Get-CimInstance -Namespace root/cimv2/TerminalServices Win32_TSGeneralSetting`).',
    'Make sure the CertPropSvc, KeyIso (CNG Key Isolation), CryptSvc and SessionEnv services are running.',
  ],
  sample: {
    description:
      'The self-signed certificate could not be renewed; each connection then fails with Schannel 36870 0x8009030D.',
    xml: `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='TermService'/><EventID Qualifiers='49152'>1058</EventID><Version>0</Version><Level>2</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime='2024-05-02T06:00:12.0000000Z'/><EventRecordID>4101</EventRecordID><Correlation/><Execution ProcessID='0' ThreadID='0'/><Channel>System</Channel><Computer>RDSH01.corp.example.test</Computer><Security/></System><EventData><Data>Keyset does not exist</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>131</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>15</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.1000000Z'/><EventRecordID>5001</EventRecordID><Correlation ActivityID='{F4201111-2222-3333-4444-555566660000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnType'>TCP</Data><Data Name='ClientIP'>192.0.2.10:51234</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>65</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>14</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.1100000Z'/><EventRecordID>5002</EventRecordID><Correlation ActivityID='{F4201111-2222-3333-4444-555566660000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ConnectionName'>RDP-Tcp#7</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Schannel' Guid='{1F678132-5938-4686-9FDC-C8FF68F15C85}'/><EventID>36870</EventID><Version>0</Version><Level>2</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.2000000Z'/><EventRecordID>4102</EventRecordID><Correlation ActivityID='{0A1B2C3D-4E5F-0000-1111-222233334444}'/><Execution ProcessID='640' ThreadID='700'/><Channel>System</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-18'/></System><EventData><Data Name='Type'>server</Data><Data Name='ErrorCode'>0x8009030d</Data><Data Name='ErrorStatus'>10001</Data></EventData></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>102</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>12</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.3000000Z'/><EventRecordID>5003</EventRecordID><Correlation ActivityID='{F4201111-2222-3333-4444-555566660000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData/></Event>
<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-RemoteDesktopServices-RdpCoreTS' Guid='{1139C61B-B549-4251-8ED3-27250A1EDEC8}'/><EventID>103</EventID><Version>0</Version><Level>4</Level><Task>4</Task><Opcode>12</Opcode><Keywords>0x4000000000000000</Keywords><TimeCreated SystemTime='2024-05-02T09:14:01.3100000Z'/><EventRecordID>5004</EventRecordID><Correlation ActivityID='{F4201111-2222-3333-4444-555566660000}'/><Execution ProcessID='1200' ThreadID='1300'/><Channel>Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational</Channel><Computer>RDSH01.corp.example.test</Computer><Security UserID='S-1-5-20'/></System><EventData><Data Name='ReasonCode'>14</Data></EventData></Event>`,
  },
};
