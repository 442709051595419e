/**
 * For each cause id: a one-line summary and the logs that confirm or rule it out (channel short name
 * from channels.ts, event ids, where to export it). Used to tell a user which logs to collect for a code.
 * Sources: causes.md ("first evidence to look for") and rdp-events.md §4, with its Corrections applied
 * (licensing 1068/1069/1128–1133 in RCM/Admin; 1003/1004/1011 in RCM/Operational; RdpCoreTS 105 in Admin).
 */
import type { CauseId } from './cause-ids.js';

export interface EvidenceLog {
  /** Short channel name (channels.ts). */
  readonly channel: string;
  readonly events: readonly number[];
  /** Which machine: the RDP server, the client running mstsc, or the RD License Server. */
  readonly where: 'server' | 'client' | 'license-server';
  /** What to look for in these events. */
  readonly look: string;
}

export interface CauseEvidence {
  readonly id: CauseId;
  readonly summary: string;
  readonly logs: readonly EvidenceLog[];
}

export const CAUSE_EVIDENCE: Readonly<Record<CauseId, CauseEvidence>> = {
  'tls-certificate': {
    id: 'tls-certificate',
    summary:
      "The server's RDP TLS certificate is expired, missing or unusable, or its private key cannot be read (MachineKeys permissions, corrupt key).",
    logs: [
      {
        channel: 'System',
        events: [1057, 1058, 1053, 1055, 1051, 1054, 1056],
        where: 'server',
        look: 'TermService certificate errors (1057/1058 "Access is denied", "Keyset does not exist"); 1056 = a new self-signed certificate was generated.',
      },
      {
        channel: 'System',
        events: [36870, 36872],
        where: 'server',
        look: 'Schannel 36870 with ErrorCode 0x8009030D (state 10001) seconds after each attempt.',
      },
      {
        channel: 'RdpCoreTS',
        events: [131, 139, 102, 103],
        where: 'server',
        look: 'The attempt ends 131 → 102/103 with no 98 and no 1149.',
      },
    ],
  },
  'tls-protocol-mismatch': {
    id: 'tls-protocol-mismatch',
    summary: 'Client and server share no TLS version or cipher suite.',
    logs: [
      {
        channel: 'System',
        events: [36874, 36871, 36888],
        where: 'server',
        look: 'Schannel 36874 (no common cipher suite), 36871 state 10013, 36888 with AlertDesc 40 or 70.',
      },
      {
        channel: 'RdpCoreTS',
        events: [131, 139, 153],
        where: 'server',
        look: '139 ResultCode 0x80090304 / 0x80090326 / 0x80090331 within a second of 131.',
      },
      {
        channel: 'System',
        events: [36887],
        where: 'client',
        look: 'Schannel 36887: the server sent a fatal alert (same AlertDesc).',
      },
    ],
  },
  'credssp-nla': {
    id: 'credssp-nla',
    summary:
      'CredSSP / Network Level Authentication could not complete (encryption-oracle remediation mismatch, NLA unsupported, no domain controller, delegation policy, clock skew).',
    logs: [
      {
        channel: 'System',
        events: [6041, 40960, 40961],
        where: 'client',
        look: 'LsaSrv 6041 (CredSSP version not permitted by Encryption Oracle Remediation); 40960/40961 authentication errors.',
      },
      {
        channel: 'RDPClient',
        events: [1024, 1028, 1026],
        where: 'client',
        look: '1026 values 2825, 6151, 5639, 5895, 7431.',
      },
      {
        channel: 'RdpCoreTS',
        events: [131, 139, 102, 103],
        where: 'server',
        look: '139 with a SEC_E ResultCode and no 1149 / 4624.',
      },
    ],
  },
  'security-layer-mismatch': {
    id: 'security-layer-mismatch',
    summary: 'The security layer or encryption level (RDP / TLS / FIPS / High) cannot be agreed.',
    logs: [
      {
        channel: 'System',
        events: [1050],
        where: 'server',
        look: 'Listener has an inconsistent security layer/encryption level.',
      },
      { channel: 'RdpCoreTS-Admin', events: [105], where: 'server', look: 'Native (weaker) RDP encryption in use.' },
      { channel: 'RdpCoreTS', events: [139], where: 'server', look: 'Security-layer error with the client IP.' },
      { channel: 'RDPClient', events: [1026], where: 'client', look: '1026 values 3590, 2822, 1286, 3078, 1030.' },
    ],
  },
  'licensing-grace-expired': {
    id: 'licensing-grace-expired',
    summary: "The RD Session Host's licensing grace period is over and no licensing is configured.",
    logs: [
      {
        channel: 'RCM-Admin',
        events: [1069, 1128, 50280, 1068, 1129, 50281],
        where: 'server',
        look: '1069 / 1128 (50280 on newer builds): grace period expired; 1068 / 1129 are the earlier warnings.',
      },
    ],
  },
  'licensing-server-unavailable': {
    id: 'licensing-server-unavailable',
    summary: 'No license server is configured or reachable, it is not activated, or its certificate is invalid.',
    logs: [
      {
        channel: 'RCM-Admin',
        events: [1130, 1131, 1043, 1132, 1133, 50282, 50283, 50284, 50285, 50195],
        where: 'server',
        look: '1130 no license server specified; 1131 / 1043 cannot contact it; 1133 invalid LS certificate.',
      },
      {
        channel: 'RdpCoreTS',
        events: [97],
        where: 'server',
        look: 'X.224 protocol error (bad licensing certificate).',
      },
      {
        channel: 'System',
        events: [17, 18, 37, 38],
        where: 'license-server',
        look: 'TermServLicensing: not activated, corrupt certificates, cannot issue licences.',
      },
    ],
  },
  'licensing-cal-unavailable': {
    id: 'licensing-cal-unavailable',
    summary:
      'No client access licence of the needed type: exhausted, wrong Per User / Per Device mode, or the temporary licence expired.',
    logs: [
      {
        channel: 'RCM',
        events: [1004, 1011],
        where: 'server',
        look: '1004 cannot issue a client licence; 1011 temporary licence expired.',
      },
      { channel: 'RCM-Admin', events: [1028, 50180], where: 'server', look: 'Client licence could not be renewed.' },
      {
        channel: 'System',
        events: [20, 21, 22],
        where: 'license-server',
        look: 'TermServLicensing: insufficient / no permanent licences of the requested type.',
      },
    ],
  },
  'licensing-client-cache': {
    id: 'licensing-client-cache',
    summary: "The client's cached licence (HKLM\\SOFTWARE\\Microsoft\\MSLicensing) is corrupt or cannot be written.",
    logs: [
      {
        channel: 'RCM',
        events: [1003],
        where: 'server',
        look: '1003 names the client that presented an invalid licence.',
      },
      { channel: 'RDPClient', events: [1026], where: 'client', look: '1026 values 2056, 2312, 261, 265, 267.' },
    ],
  },
  'session-limit': {
    id: 'session-limit',
    summary:
      'Refused by session rules: another user is signed in or declined, connection limit reached, single-session rules, drain mode, logons disabled, or time limits.',
    logs: [
      { channel: 'RCM', events: [1151], where: 'server', look: 'Connection declined by the logged-on user.' },
      {
        channel: 'LSM',
        events: [39, 40, 41, 42],
        where: 'server',
        look: 'Arbitration 41/42; 39 + 40 reason 5 when another connection took the session; 40 reason 3/4 for time limits.',
      },
      {
        channel: 'System',
        events: [1066, 1070, 1071],
        where: 'server',
        look: 'Arbitration failed; drain mode; logons disabled.',
      },
      {
        channel: 'RCM-Admin',
        events: [20515, 20516, 20517, 20518, 20519],
        where: 'server',
        look: 'Session time limit reached.',
      },
    ],
  },
  'auth-bad-credentials': {
    id: 'auth-bad-credentials',
    summary: 'Wrong user name or password.',
    logs: [
      {
        channel: 'Security',
        events: [4625],
        where: 'server',
        look: 'Status 0xC000006D with SubStatus 0xC000006A (bad password) or 0xC0000064 (no such user); LogonType 3 with NLA.',
      },
      {
        channel: 'RdpCoreTS',
        events: [140],
        where: 'server',
        look: 'User name or password incorrect, with the client IP.',
      },
      { channel: 'RDPClient', events: [1026], where: 'client', look: '1026 values 2055, 2567.' },
    ],
  },
  'auth-logon-right': {
    id: 'auth-logon-right',
    summary: 'The account may not sign in through Remote Desktop: not in Remote Desktop Users, or denied by policy.',
    logs: [
      {
        channel: 'Security',
        events: [4625],
        where: 'server',
        look: 'Status 0xC000015B (FailureReason %%2308), usually LogonType 10 after NLA succeeded.',
      },
      { channel: 'LSM', events: [40], where: 'server', look: 'Reason 9 (insufficient privileges).' },
    ],
  },
  'auth-account-state': {
    id: 'auth-account-state',
    summary:
      'The account is disabled, locked out or expired, its password expired or must change, or it is outside allowed hours or workstations.',
    logs: [
      {
        channel: 'Security',
        events: [4625],
        where: 'server',
        look: 'Status/SubStatus 0xC0000072, 0xC0000234, 0xC0000193, 0xC0000071, 0xC0000224, 0xC000006F, 0xC0000070, 0xC000006E.',
      },
    ],
  },
  'network-unreachable': {
    id: 'network-unreachable',
    summary: 'Nothing reached the RDP listener: firewall, listener down, RDP disabled, wrong port, or name resolution.',
    logs: [
      {
        channel: 'RDPClient',
        events: [1024, 1025, 1026],
        where: 'client',
        look: '1024 → 1026 (516, 264, 260, 520, 1796) with no 1025.',
      },
      {
        channel: 'RdpCoreTS',
        events: [129, 131],
        where: 'server',
        look: 'No 131 at the attempt time; 129 shows the port the listener really uses.',
      },
      {
        channel: 'RCM',
        events: [258, 259, 261],
        where: 'server',
        look: 'No 261 at the attempt time; 259 without a later 258 = listener stopped.',
      },
      { channel: 'System', events: [1035], where: 'server', look: 'Listener stack down.' },
    ],
  },
  'network-dropped': {
    id: 'network-dropped',
    summary: 'The connection was established and then lost: unstable network, UDP transport, or VPN MTU.',
    logs: [
      {
        channel: 'RdpCoreTS',
        events: [226, 142, 143, 134, 136, 138],
        where: 'server',
        look: '226 ErrorCode 0x80070040 (peer closed) or 0x80070079 (timeout); 142/143 error 64; 134/136/138 UDP failures.',
      },
      { channel: 'LSM', events: [24, 25, 40], where: 'server', look: 'Frequent 24 → 25 cycles; 40 reason 0.' },
      {
        channel: 'RDPClient',
        events: [1026, 1104],
        where: 'client',
        look: '1026 2308 (0x904) with no server-side denial, 772, 1028; 1104 multi-transport failed.',
      },
    ],
  },
  'handshake-aborted': {
    id: 'handshake-aborted',
    summary: 'The client (or something on the path) closed the connection during the handshake, before authenticating.',
    logs: [
      {
        channel: 'RdpCoreTS',
        events: [131, 102, 103],
        where: 'server',
        look: '131 → 102/103 within a moment with no error, credential, licensing or timeout event around it.',
      },
    ],
  },
  'server-denied': {
    id: 'server-denied',
    summary: 'The server refused the connection and the logs give no more specific reason.',
    logs: [
      {
        channel: 'RdpCoreTS',
        events: [72, 131, 102, 103],
        where: 'server',
        look: '72 "SetErrorInfo(0x7)" (the server-side counterpart of extended 0x7; inferred) and where the attempt stops.',
      },
      { channel: 'LSM', events: [40], where: 'server', look: 'Reason 7 (server denied the connection).' },
    ],
  },
  unexplained: {
    id: 'unexplained',
    summary: 'No pattern matched; these logs would tell more.',
    logs: [
      {
        channel: 'RDPClient',
        events: [1024, 1025, 1026],
        where: 'client',
        look: 'The attempt and the client disconnect code.',
      },
      {
        channel: 'RdpCoreTS',
        events: [131, 139, 140, 102, 103],
        where: 'server',
        look: 'Where the attempt stops on the server.',
      },
      {
        channel: 'System',
        events: [],
        where: 'server',
        look: 'Certificate, Schannel and service errors around the attempt.',
      },
      { channel: 'Security', events: [4625], where: 'server', look: 'Logon failures with Status/SubStatus.' },
      { channel: 'LSM', events: [40], where: 'server', look: 'Session disconnect reasons.' },
    ],
  },
};
