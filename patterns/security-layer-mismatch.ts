import { clientCode, DAY, errorInfoSent, inAttempt, inClient, inHistory, inWindow, RCM_PROVIDERS } from './clauses.js';
import { explained, explainedNames } from './explained.js';
import type { Pattern } from './types.js';

export const securityLayerMismatch = {
  id: 'security-layer-mismatch',
  title: 'Client and server cannot agree on the RDP security layer or encryption level',
  summary: 'The security layer or encryption level (RDP / TLS / FIPS / High) cannot be agreed.',
  status: 'experimental',
  phase: 'connection',
  references: [
    'https://learn.microsoft.com/en-us/windows/win32/termserv/imstscaxevents-ondisconnected',
    'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-rdpbcgr/a21a1bd9-2303-49c1-90ec-3932435c248c',
    'https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-cannot-connect-remote-computer',
  ],
  falsePositives: [
    'TermService 1050 is logged at service start for a listener that no client uses; it explains only an attempt that failed during the security exchange.',
  ],
  when: {
    outcome: ['failed'],
    progress: { authenticated: false, session: false },
  },
  clauses: [
    // [WR] client codes: 3590 FIPS level not supported, 2822 encryption error, 1286 invalid encryption method, 3078 decryption error
    clientCode(0.65, { in: [3590, 2822, 1286, 3078] }),
    // [WR] 1030 "because of a security error": also TLS problems, so weaker
    inClient('clientSecurityError', { channel: 'RDPClient/Operational', eventId: 1026, fields: { Value: 1030 } }, 0.3),
    // [MS] the listener's Security Layer / Encryption Level settings are inconsistent (logged at listener start)
    inHistory('inconsistentConfig', { channel: 'System', provider: RCM_PROVIDERS, eventId: 1050 }, 0.45, {
      before: 30 * DAY,
    }),
    // [MS] native RDP encryption (weaker) is in use: context for FIPS / encryption-level problems
    inWindow('nativeRdp', { channel: 'RdpCoreTS/Admin', eventId: 105 }, 0.2),
    // [SP] by analogy with the observed SetErrorInfo(0x5): error-info 8 = denied for FIPS / security reasons
    inAttempt('fipsDenied', errorInfoSent(8), 0.5),
    // [SP] LSM 40 reason 8 is not in Microsoft's LSM list; the client enum says FIPS
    inAttempt('lsmFips', { channel: 'LocalSessionManager/Operational', eventId: 40, fields: { Reason: 8 } }, 0.3),
    // [WR] a security-layer error whose code is not a TLS, CredSSP or certificate one
    inAttempt(
      'securityLayerError',
      {
        channel: 'RdpCoreTS/Operational',
        eventId: 139,
        fields: {
          ResultCode: {
            notIn: [
              '0x80090304',
              '0x80090308',
              '0x8009030C',
              '0x8009030D',
              '0x8009030E',
              '0x80090311',
              '0x80090322',
              '0x80090324',
              '0x80090325',
              '0x80090326',
              '0x80090327',
              '0x80090328',
              '0x80090331',
              '0x80090350',
            ],
          },
        },
      },
      0.25,
    ),
  ],
  // SupportedEncryptionCheck: SecurityLayer 0 (RDP security) fails the check
  avdErrors: explainedNames({ MS: ['SupportedEncryptionCheck'] }),
  codes: {
    mstsc: explained({ WR: [1030, 1286, 2822, 3078, 3590], SP: [1542, 4498] }, { 1030: 1, 2822: 1 }),
    mstscExtended: explained({ WR: [8, 4500], SP: [7, 4497, 4498, 4499, 4501] }, { 7: 8 }),
    mstscPair: [
      {
        code: 2308,
        extended: 7,
        confidence: 'SP',
        rank: 9,
        why: 'A security layer the two sides cannot agree on fails in the X.224 negotiation, before the server could send 0x7; only the encryption level under native RDP security fails later. Confirm with System 1050 and RdpCoreTS 139.',
      },
    ],
    lsm40: explained({ SP: [8] }),
    // 7061 ERROR_CTX_ENCRYPTION_LEVEL_REQUIRED: the client cannot meet the session's encryption level.
    win32: explained({ MS: [7061] }),
  },
  explanation: [
    'The client disconnected with {clientCode.Value|mstsc}: it cannot use the security layer or encryption level the server requires.',
    'The client disconnected with {clientSecurityError.Value|mstsc}.',
    'Remote Desktop Services reported at {inconsistentConfig.time} that a listener has inconsistent Security Layer and Encryption Level settings and adjusted them (event {inconsistentConfig.eventId}).',
    'The settings it reported: {inconsistentConfig.Data[0]}, encryption level {inconsistentConfig.Data[1]}, security layer {inconsistentConfig.Data[2]}.',
    // A placeholder keeps the sentence to attempts that logged the 105 (a sentence without one is always said).
    'The connection used native RDP encryption instead of TLS (RdpCoreTS/Admin 105 at {nativeRdp.time}).',
    'The server told the client it was denied for security reasons ({fipsDenied.MethodName}, error-info 8 = denied because of the FIPS/encryption requirement).',
    'The session was disconnected with LSM reason {lsmFips.Reason|lsm40}.',
    'The RDP security layer reported {securityLayerError.ResultCode|hresult} for {securityLayerError.IPString} (RdpCoreTS 139).',
  ],
  remediation: [
    'Compare the server settings under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp and the policy values under HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services: `SecurityLayer` (0 RDP, 1 Negotiate, 2 TLS), `MinEncryptionLevel` (1 Low, 2 Client Compatible, 3 High, 4 FIPS), `UserAuthentication` (1 = NLA) and `fAllowSecProtocolNegotiation`. Policy path: Computer Configuration → Administrative Templates → Windows Components → Remote Desktop Services → Remote Desktop Session Host → Security.',
    'Use `SecurityLayer` 2 (TLS) with `UserAuthentication` 1 (NLA), the pair Microsoft recommends, and `MinEncryptionLevel` 2 or 3 (with TLS the encryption level no longer weakens anything). `SecurityLayer` 1 (Negotiate) lets a client that cannot do TLS fall back to native RDP security without server authentication: use it only while such clients are being replaced.',
    'FIPS (client code 3590): FIPS is forced by "System cryptography: Use FIPS compliant algorithms…" (HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\FIPSAlgorithmPolicy `Enabled`=1) or by MinEncryptionLevel 4. Use a client that supports FIPS. Turning FIPS mode off is a compliance decision for whoever required it (government and regulated baselines mandate it), not a troubleshooting step: ask them first. With TLS security layer the FIPS requirement applies to the TLS cipher suites instead.',
    'After changing these values restart Remote Desktop Services (`Restart-Service TermService -Force`; it drops every connection on the host (users in sessions are disconnected; their sessions stay), so do it when no one is connected or in a maintenance window) and check that System event 1050 is no longer logged.',
    'Forcing `SecurityLayer` 0 (native RDP security) to make an old client connect disables server authentication and NLA: treat it as a test of minutes with port 3389 not reachable from outside, revert it right after, and update or replace the client instead.',
  ],
  sample: {
    description:
      'The server requires the FIPS encryption level; the client cannot use it and disconnects with 3590. On RDSH03, whose listener settings were corrected at boot (1050), the server denies a client for FIPS (SetErrorInfo(0x8), LSM 40 reason 8), and a client that cannot do the security layer gets 139 0x80090302 and reports 1030.',
    file: 'samples/patterns/security-layer-mismatch/sample.xml',
  },
} as const satisfies Pattern;
