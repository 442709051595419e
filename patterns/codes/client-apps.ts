/**
 * Error codes of the Windows App and the Remote Desktop clients on macOS, iOS/iPadOS, Android and the web, where they
 * are not the Windows client's (mstsc's codes, which these clients also show, are read in its own table:
 * 0x204 unreachable, 0x3000046 and the other RD Gateway / Azure Virtual Desktop codes). Only what these clients show
 * and the Windows tables do not hold lives here, each with its source and how sure it is.
 */
import { makeLookup } from './table.js';
import type { CodeEntry } from './types.js';

export interface ClientAppCode extends CodeEntry {
  /** The clients that show it. */
  readonly platforms: readonly ('macOS' | 'iOS' | 'Android' | 'web' | 'Windows App')[];
}

export const CLIENT_APP_CODES: readonly ClientAppCode[] = [
  {
    code: 0x207,
    name: 'SecurityError (macOS / iOS client 0x207)',
    meaning:
      'The Windows App / Remote Desktop client for macOS or iOS could not complete the security negotiation with the remote PC: Network Level Authentication (CredSSP) failed (wrong user name format or password, an account state, or a CredSSP/TLS setting the client cannot meet).',
    confidence: 'WR',
    source:
      'Widely reported: the macOS and iOS clients\' "We couldn\'t connect to the remote PC … Error code: 0x207" (Microsoft Q&A, Apple and Microsoft community threads); Microsoft does not document the code',
    phases: ['tls', 'nla'],
    platforms: ['macOS', 'iOS', 'Windows App'],
    note: "Give the user name as DOMAIN\\user or user@domain.example; check the server's Security 4625 (Status) and, if NLA is not the cause, its Schannel events at that time.",
  },
];

export const lookupClientAppCode = makeLookup(CLIENT_APP_CODES);
