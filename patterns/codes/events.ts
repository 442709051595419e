/**
 * Event ids users quote as if they were codes ("TermDD 56", "Schannel 36871"): what the event says and what it
 * is evidence of for an RDP connection. Keyed by event id; the provider is part of the reading.
 */
import { makeLookup } from './table.js';
import type { CodeEntry } from './types.js';

export interface EventEntry extends CodeEntry {
  /** The log and provider that write it. */
  readonly log: string;
}

const SRC_MESSAGE = "Microsoft: the event's own message text (the provider's message table)";

export const RDP_EVENTS: readonly EventEntry[] = [
  {
    code: 50,
    log: 'System, TermDD',
    name: 'TermDD 50',
    meaning:
      'The RDP protocol component X.224 detected an error in the protocol stream and disconnected the client: what reached port 3389 was not a valid RDP connection request.',
    confidence: 'MS',
    source: SRC_MESSAGE,
    phases: ['connection'],
    note: "Scanners and non-RDP clients produce it by the hundred; one from a user's address at the time of a failure points at a client that cannot speak the negotiation the server expects.",
  },
  {
    code: 56,
    log: 'System, TermDD',
    name: 'TermDD 56',
    meaning:
      'The Terminal Server security layer detected an error in the protocol stream and disconnected the client (the client address is in the event data): the TLS or CredSSP exchange failed.',
    confidence: 'MS',
    source: `${SRC_MESSAGE}; Microsoft support article KB 2493594 ("The Local Security Authority cannot be contacted") for its link to the LSA dialog`,
    phases: ['tls', 'nla'],
    note: 'Accompanies X.224 / TLS failures and the client dialog "An authentication error has occurred … The Local Security Authority cannot be contacted" (0x80090304); the binary data holds the status. Read Schannel 36870/36871/36874/36888 and RdpCoreTS 139 at the same time.',
  },
  {
    code: 36870,
    log: 'System, Schannel',
    name: 'Schannel 36870',
    meaning:
      "A fatal error occurred while accessing the TLS server credential's private key: the RDP certificate's key cannot be used.",
    confidence: 'MS',
    source: SRC_MESSAGE,
    phases: ['tls'],
  },
  {
    code: 36871,
    log: 'System, Schannel',
    name: 'Schannel 36871',
    meaning: 'A fatal error occurred while creating a TLS credential (client or server, named in the event).',
    confidence: 'MS',
    source: SRC_MESSAGE,
    phases: ['tls'],
    note: 'Evidence for the RDP listener only when it names a server credential: unrelated software logs 36871 (state 10013) for client credentials whenever TLS 1.0/1.1 is turned off.',
  },
  {
    code: 36874,
    log: 'System, Schannel',
    name: 'Schannel 36874',
    meaning:
      'A TLS connection request arrived, but none of the cipher suites the client offers is enabled on the server.',
    confidence: 'MS',
    source: SRC_MESSAGE,
    phases: ['tls'],
  },
  {
    code: 36887,
    log: 'System, Schannel',
    name: 'Schannel 36887',
    meaning: 'A fatal TLS alert was received from the other end (AlertDesc is the TLS alert number).',
    confidence: 'MS',
    source: SRC_MESSAGE,
    phases: ['tls'],
  },
  {
    code: 36888,
    log: 'System, Schannel',
    name: 'Schannel 36888',
    meaning:
      'A fatal TLS alert was generated on this computer and sent to the other end (AlertDesc is the TLS alert number).',
    confidence: 'MS',
    source: SRC_MESSAGE,
    phases: ['tls'],
  },
  {
    code: 4625,
    log: 'Security',
    name: 'Security 4625',
    meaning:
      'An account failed to log on; Status, SubStatus and FailureReason say why, LogonType 3 (NLA) or 10 (logon screen) where.',
    confidence: 'MS',
    source: 'Microsoft Learn: event 4625 (audit failed logon)',
    phases: ['nla', 'logon'],
  },
  {
    code: 4825,
    log: 'Security',
    name: 'Security 4825',
    meaning:
      'A user was denied access to Remote Desktop: not a member of Remote Desktop Users or Administrators (or denied by policy).',
    confidence: 'MS',
    source: SRC_MESSAGE,
    phases: ['logon'],
  },
];

export const lookupRdpEvent = makeLookup(RDP_EVENTS);
