import { DAY, inAttempt, inHistory, inWindow, RCM_PROVIDERS } from './clauses.js';
import { explained } from './explained.js';
import type { Pattern } from './types.js';

export const tlsCertificate = {
  id: 'tls-certificate',
  title: "The server's RDP certificate or its private key cannot be used",
  summary:
    "The server's RDP TLS certificate is expired, missing or unusable, or its private key cannot be read (MachineKeys permissions, corrupt key).",
  status: 'test',
  phase: 'tls',
  references: [
    'https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-machines/windows/event-id-troubleshoot-vm-rdp-connecton',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/windows-security/default-permissions-machinekeys-folders',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/internal-error-has-occurred-connecting-remote-machine',
  ],
  falsePositives: [
    'Schannel 36870 logged for another TLS service of the same computer (IIS, LDAPS) while an RDP attempt failed for another reason.',
    'A renewal failure (1057/1058) on a host whose current certificate is still valid: connections keep working until it expires, so only failed attempts are explained by it.',
  ],
  when: {
    outcome: ['failed'],
    progress: { authenticated: false, protocolComplete: false, session: false },
  },
  clauses: [
    inWindow('keyError', { channel: 'System', provider: 'Schannel', eventId: 36870 }, 0.75),
    inWindow('chainError', { channel: 'System', provider: 'Schannel', eventId: 36872 }, 0.6),
    inHistory('certFailed', { channel: 'System', provider: RCM_PROVIDERS, eventId: [1057, 1058] }, 0.6, {
      before: 14 * DAY,
      // The new self-signed certificate made since (1056) ends the failures to make one.
      clearedBy: { channel: 'System', provider: RCM_PROVIDERS, eventId: 1056 },
    }),
    inHistory(
      'certConfig',
      { channel: 'System', provider: RCM_PROVIDERS, eventId: [1053, 1054, 1055, 1051, 1065] },
      0.55,
      {
        before: 14 * DAY,
      },
    ),
    inAttempt(
      'securityLayerError',
      {
        channel: 'RdpCoreTS/Operational',
        eventId: 139,
        fields: { ResultCode: { in: ['0x8009030D', '0x8009030E', '0x80090327', '0x80090328'] } },
      },
      0.5,
    ),
  ],
  codes: {
    // InternalErrorHasOccurred (0x4): Microsoft's article names the certificate first
    mstsc: explained({ MS: [4], WR: [2308, 6919], SP: [1798, 2311] }, { 4: 1, 2308: 4 }),
    mstscExtended: explained({ SP: [7] }, { 7: 7 }),
    mstscPair: [
      {
        code: 2308,
        extended: 7,
        confidence: 'SP',
        rank: 8,
        why: 'Forum reports name an expired, corrupt or unreadable RDP certificate (MachineKeys permissions) first, but a server that cannot use its certificate fails the TLS handshake before it could send 0x7: expect 0x4 or 0x904/0x0 for that. Check it only when nothing after the handshake explains the refusal. Confirm with System TermService 1057/1058/1053/1055 and Schannel 36870 (0x8009030D) on the server.',
      },
      {
        code: 2308,
        extended: 0,
        confidence: 'SP',
        rank: 3,
        why: 'The server could not use its certificate during the handshake. Confirm with Schannel 36870 and System 1057/1058.',
      },
    ],
    sspi: explained({
      MS: [0x8009030d, 0x80090016, 0x8009000f],
      WR: [0x80090328],
      SP: [0x8009030e, 0x80090325, 0x80090327],
    }),
    tlsAlert: explained({ WR: [45, 46, 48], SP: [42, 43, 44, 80, 113] }, { 80: 2 }),
    schannel: [
      { code: 10001, eventId: 36870, confidence: 'MS' }, // PrivateKeyAccessFailure
    ],
  },
  explanation: [
    'Schannel could not use the private key of the certificate the RDP listener presents (event 36870, error {keyError.ErrorCode|hresult}) while {attempt.client} was connecting, so the TLS handshake failed before any credentials were checked.',
    'Schannel could not build the certificate chain of the RDP certificate (event {chainError.eventId}) during the attempt.',
    'Remote Desktop Services failed to create or renew its self-signed certificate (event {certFailed.eventId} at {certFailed.time}: {certFailed.Data[0]}).',
    'The configured RDP certificate is unusable (event {certConfig.eventId} at {certConfig.time}).',
    'The RDP security layer reported {securityLayerError.ResultCode|hresult} for this connection.',
    'The client sees this as a connection that is closed right away (often error 0x904).',
  ],
  remediation: [
    'On the server, open certlm.msc → Remote Desktop → Certificates and delete the expired or broken RDP self-signed certificate (a self-signed one holds nothing to keep; export a CA-issued one first), then restart the Remote Desktop Configuration service, `Restart-Service SessionEnv`, which creates a new one (System event 1056) without touching sessions. Restarting Remote Desktop Services instead (`Restart-Service TermService -Force`) drops every connection on the host (users in sessions are disconnected; their sessions stay), so do it when no one is connected or in a maintenance window.',
    'If the certificate cannot be recreated (1057/1058 "Access is denied" or "Keyset does not exist"), restore the default permissions of C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys (Administrators: Full control; Everyone: special, this folder only; per Microsoft KB 278381) and give NETWORK SERVICE read access to the RDP key file f686aace6942fb7f7ceb231212eef4a4_*.',
    'Do NOT rename or delete the MachineKeys folder as some guides suggest: it throws away every machine private key on the server.',
    'For a configured (CA-issued) certificate: check it is valid, has the Server Authentication EKU, and that its thumbprint matches `SSLCertificateSHA1Hash` under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp (or `Get-CimInstance -Namespace root/cimv2/TerminalServices Win32_TSGeneralSetting`). On a server with the RD Connection Broker role the certificate is set in the deployment (Server Manager → Remote Desktop Services → Deployment Properties → Certificates): change it there, never by deleting `SSLCertificateSHA1Hash` (Microsoft KB 3042780).',
    'Make sure the CertPropSvc, KeyIso (CNG Key Isolation), CryptSvc and SessionEnv services are running.',
  ],
  sample: {
    description:
      'The self-signed certificate could not be renewed; each connection then fails with Schannel 36870 0x8009030D. On a second host the configured certificate has expired (1053): its connections fail with Schannel 36872 and RdpCoreTS 139 0x80090328.',
    file: 'samples/patterns/tls-certificate/sample.xml',
  },
} as const satisfies Pattern;
