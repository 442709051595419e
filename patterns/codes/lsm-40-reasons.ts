/**
 * LocalSessionManager/Operational event 40 "Session %1 has been disconnected, reason code %2"
 * (`Session`, `Reason`). Codes 0–12 use the MS-RDPBCGR Set Error Info / ExtendedDisconnectReasonCode
 * numbering (so LSM 40 reason 7 = extended 0x7). Sources: TechNet wiki 37874 "RDS Session Host server
 * disconnect codes" (learn.microsoft.com/archive/technet-wiki/), as the EvtxECmd LocalSessionManager_40 map
 * uses it; MS-RDPBCGR 2.2.5.1.1.
 */
import { makeLookup } from './table.js';
import type { CodeEntry } from './types.js';

const SRC_TECHNET_37874 =
  'TechNet wiki 37874 "RDS Session Host server disconnect codes" (as the EvtxECmd LocalSessionManager 40 map uses it); the numbering of MS-RDPBCGR 2.2.5.1.1';
const SRC_BY_ANALOGY =
  'Our inference: not in the TechNet LSM list; the same number in MS-RDPBCGR 2.2.5.1.1 errorInfo (the LSM reasons 0–12 follow that numbering)';

export const LSM_40_REASONS: readonly CodeEntry[] = [
  {
    code: 0,
    name: 'NoInfo',
    meaning: 'No additional information: the user closed the client window (with LSM 24), or the network dropped.',
    confidence: 'WR',
    source: SRC_TECHNET_37874,
    note: 'Frequent 24 → 25 cycles with reason 0 point to an unstable network that drops the connection.',
  },
  {
    code: 1,
    name: 'APIInitiatedDisconnect',
    meaning: 'Disconnected by an administrative tool or API from another session (tsdiscon, Task Manager).',
    confidence: 'MS',
    source: SRC_TECHNET_37874,
  },
  {
    code: 2,
    name: 'APIInitiatedLogoff',
    meaning: 'Forced logoff by an administrative tool or API from another session.',
    confidence: 'MS',
    source: SRC_TECHNET_37874,
  },
  {
    code: 3,
    name: 'ServerIdleTimeout',
    meaning: 'The idle session limit was reached.',
    confidence: 'MS',
    source: SRC_TECHNET_37874,
    note: 'Pairs with RCM/Admin 20515/20516.',
  },
  {
    code: 4,
    name: 'ServerLogonTimeout',
    meaning: 'The active (connection) session limit was reached.',
    confidence: 'MS',
    source: SRC_TECHNET_37874,
    note: 'Pairs with RCM/Admin 20517/20518.',
  },
  {
    code: 5,
    name: 'ReplacedByOtherConnection',
    meaning:
      'The connection was replaced by another connection (a reconnect from elsewhere, or another user/device took the session under single-session rules).',
    confidence: 'MS',
    source: SRC_TECHNET_37874,
    note: 'Look for LSM 39 (disconnected by session N) and LSM 25 / Security 4778 on the new connection.',
  },
  {
    code: 6,
    name: 'OutOfMemory',
    meaning: 'The server ran out of memory.',
    confidence: 'MS',
    source: SRC_TECHNET_37874,
  },
  {
    code: 7,
    name: 'ServerDeniedConnection',
    meaning: "The server denied the connection (the same code as the client's extended 0x7).",
    confidence: 'MS',
    source: SRC_TECHNET_37874,
  },
  {
    code: 8,
    name: 'ServerDeniedConnectionFips',
    meaning: 'Not in the LSM list; in the client enum 8 = denied for FIPS (security reasons).',
    confidence: 'SP',
    source: SRC_BY_ANALOGY,
  },
  {
    code: 9,
    name: 'ServerInsufficientPrivileges',
    meaning: 'Insufficient privileges: the user lacks the right to sign in through Remote Desktop Services.',
    confidence: 'MS',
    source: SRC_TECHNET_37874,
    note: 'Confirm with Security 4625 Status 0xC000015B.',
  },
  {
    code: 10,
    name: 'ServerFreshCredsRequired',
    meaning: 'Fresh credentials are required.',
    confidence: 'MS',
    source: SRC_TECHNET_37874,
  },
  {
    code: 11,
    name: 'RpcInitiatedDisconnectByUser',
    meaning: 'Disconnect initiated by the user or by an administrative tool inside the session (Start → Disconnect).',
    confidence: 'WR',
    source: SRC_TECHNET_37874,
  },
  {
    code: 12,
    name: 'LogoffByUser',
    meaning: 'The user logged off, which disconnected the session.',
    confidence: 'MS',
    source: SRC_TECHNET_37874,
    note: 'Pairs with LSM 23.',
  },
  {
    code: 23,
    name: 'ERRINFO_SERVER_WINLOGON_CRASH',
    meaning: "Not in Microsoft's LSM table; under MS-RDPBCGR numbering 0x17 = Winlogon in the session stopped.",
    confidence: 'SP',
    source: SRC_BY_ANALOGY,
  },
  {
    code: 24,
    name: 'ERRINFO_SERVER_CSRSS_CRASH',
    meaning: 'By analogy with MS-RDPBCGR 0x18: CSRSS in the session crashed.',
    confidence: 'SP',
    source: SRC_BY_ANALOGY,
  },
  {
    code: 25,
    name: 'ERRINFO_SERVER_SHUTDOWN',
    meaning: 'By analogy with MS-RDPBCGR 0x19: the server is shutting down.',
    confidence: 'SP',
    source: SRC_BY_ANALOGY,
  },
  {
    code: 26,
    name: 'ERRINFO_SERVER_REBOOT',
    meaning: 'By analogy with MS-RDPBCGR 0x1A: the server is rebooting.',
    confidence: 'SP',
    source: SRC_BY_ANALOGY,
  },
];

export const lookupLsm40Reason = makeLookup(LSM_40_REASONS);
