import { inAttempt, inClient, inWindow } from './clauses.js';
import { explained } from './explained.js';
import type { Pattern } from './types.js';

export const tlsProtocolMismatch = {
  id: 'tls-protocol-mismatch',
  title: 'Client and server have no TLS version or cipher suite in common',
  summary: 'Client and server share no TLS version or cipher suite.',
  status: 'test',
  phase: 'tls',
  references: [
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-R2-and-2012/dn786445(v=ws.11)',
    'https://learn.microsoft.com/en-us/troubleshoot/azure/virtual-machines/windows/event-id-troubleshoot-vm-rdp-connecton',
    'https://www.iana.org/assignments/tls-parameters/tls-parameters.xhtml#tls-parameters-6',
  ],
  falsePositives: [
    "Scanners probing old TLS versions leave the same Schannel alerts (36874, 36888) around a real user's attempt that failed for another reason.",
    'Schannel 36871 state 10013 is also logged for client credentials by unrelated software on the server whenever TLS 1.0/1.1 is turned off: it speaks for the RDP listener only when its Type is server (the clause leaves out Type client).',
  ],
  when: {
    outcome: ['failed'],
    progress: { authenticated: false, protocolComplete: false, session: false },
  },
  clauses: [
    // [MS] "none of the cipher suites supported by the client application are supported by the server"
    inWindow('noCommonCipher', { channel: 'System', provider: 'Schannel', eventId: 36874 }, 0.75),
    // [MS] state 10013: the server cannot build its TLS credential because the protocols it needs are disabled
    // A client credential (Type "client", localised: 客户端) is some other program's outgoing TLS, not the listener.
    inWindow(
      'credentialState',
      {
        channel: 'System',
        provider: 'Schannel',
        eventId: 36871,
        fields: { ErrorState: 10013, Type: { notIn: ['client', '客户端'] } },
      },
      0.6,
    ),
    // [MS] alert meanings (RFC 8446); [WR] that 40/70 on an RDP server mean a version/cipher mismatch
    inWindow(
      'alertSent',
      { channel: 'System', provider: 'Schannel', eventId: 36888, fields: { AlertDesc: { in: [40, 70, 71, 86] } } },
      0.6,
    ),
    // [SP] internal_error: also follows certificate/private-key failures
    inWindow(
      'alertInternal',
      { channel: 'System', provider: 'Schannel', eventId: 36888, fields: { AlertDesc: 80 } },
      0.2,
    ),
    // [WR] the client's own Schannel: the server sent it a fatal alert
    inClient(
      'alertReceived',
      { channel: 'System', provider: 'Schannel', eventId: 36887, fields: { AlertDesc: { in: [40, 70, 71, 86] } } },
      0.6,
      { before: 10, after: 10 },
    ),
    // [WR] SEC_E_ILLEGAL_MESSAGE / SEC_E_ALGORITHM_MISMATCH at the same moment
    inAttempt(
      'securityLayerError',
      { channel: 'RdpCoreTS/Operational', eventId: 139, fields: { ResultCode: { in: ['0x80090326', '0x80090331'] } } },
      0.45,
    ),
    // [SP] SEC_E_INTERNAL_ERROR is generic: only supporting evidence
    inAttempt(
      'securityLayerInternal',
      { channel: 'RdpCoreTS/Operational', eventId: 139, fields: { ResultCode: '0x80090304' } },
      0.2,
    ),
    // The handshake failed because the server cannot use its certificate key: that is tls-certificate.
    inWindow('keyError', { channel: 'System', provider: 'Schannel', eventId: 36870 }, 'excludes'),
  ],
  codes: {
    // InternalErrorHasOccurred (0x4): cipher suite order, SCHANNEL protocol keys
    mstsc: explained({ MS: [4], WR: [1030, 2308, 2822] }, { 4: 2, 1030: 2, 2308: 3, 2822: 2 }),
    mstscPair: [
      {
        code: 2308,
        extended: 0,
        confidence: 'WR',
        rank: 2,
        why: 'The TLS handshake failed and the server hung up. Confirm with Schannel 36874/36888 on the server and RdpCoreTS 139 (0x80090326 / 0x80090331).',
      },
    ],
    // SEC_E_INTERNAL_ERROR (RdpCoreTS 139: no cipher suite in common)
    sspi: explained(
      { WR: [0x80090304, 0x80090326, 0x80090331], SP: [0x80090308] },
      { '0x80090304': 1, '0x80090308': 1 },
    ),
    tlsAlert: explained({ WR: [40, 70], SP: [10, 20, 47, 50, 51, 71, 80, 86, 109, 110] }, { 80: 1 }),
    schannel: [
      { code: 10013, eventId: 36871, confidence: 'MS' }, // CredentialCreationFailure
      { code: 960, eventId: 36888, confidence: 'SP' }, // Unwrap_DecryptFailure
    ],
  },
  explanation: [
    'A {noCommonCipher.Protocol} connection request from {attempt.client} reached the server, but Schannel found no cipher suite that both sides support (event 36874), so the TLS handshake failed before any credentials were exchanged.',
    'Schannel could not create its TLS credential (event 36871, internal state {credentialState.ErrorState}): the TLS versions or cipher suites the RDP listener needs are disabled on the server.',
    'The server sent the client the fatal TLS alert {alertSent.AlertDesc|tls-alert} (Schannel 36888).',
    'The server sent the fatal TLS alert {alertInternal.AlertDesc|tls-alert} (Schannel 36888).',
    'The client received the fatal TLS alert {alertReceived.AlertDesc|tls-alert} from the server (Schannel 36887 on {alertReceived.computer}).',
    'The RDP security layer reported {securityLayerError.ResultCode|hresult} for {securityLayerError.IPString} (RdpCoreTS 139).',
    'The RDP security layer reported {securityLayerInternal.ResultCode|hresult} (RdpCoreTS 139).',
    'The client reported {attempt.clientReason|mstsc}.',
  ],
  remediation: [
    'Enable TLS 1.2 on both ends: HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server and \\Client, `Enabled`=1 and `DisabledByDefault`=0. A reboot is needed and ends every session on the server: plan it for a maintenance window. On Windows 7 / Server 2008 R2 / 2012 install the updates that add TLS 1.1/1.2 support to the RDP stack before disabling TLS 1.0.',
    'Compare the protocols and cipher suites of both ends (`Get-TlsCipherSuite` on the server; Computer Configuration → Administrative Templates → Network → SSL Configuration Settings → "SSL Cipher Suite Order"). Restore a default cipher-suite order if a hardening tool or template removed every suite the client offers.',
    'Apply TLS hardening (disabling TLS 1.0/1.1, removing cipher suites) only after checking that every RDP client, thin client and third-party client supports what remains; update or replace clients that only speak TLS 1.0.',
    'To see the TLS version actually negotiated on successful connections, look at RdpCoreTS event 153 (newer builds), or temporarily set HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL `EventLogging`=7 and revert it afterwards.',
    'Setting the RDP-Tcp `SecurityLayer` to 0 (native RDP security) makes the connection work without TLS but removes server authentication and NLA: use it only as a diagnostic step of minutes with port 3389 not reachable from outside, revert it right after, and fix the TLS versions and cipher suites instead; never as the fix.',
  ],
  sample: {
    description:
      "A client that only speaks TLS 1.0 connects to a server where TLS 1.0 is disabled: Schannel 36874 and alert 40, RdpCoreTS 139 0x80090331. On RDSH04 the protocols the listener needs are off (36871 state 10013, alert 80, 139 0x80090304), and a TLS 1.2-only client is answered protocol_version (36888 and the client's 36887 alert 70).",
    file: 'samples/patterns/tls-protocol-mismatch/sample.xml',
  },
} as const satisfies Pattern;
