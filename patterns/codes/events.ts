/**
 * Event ids users quote as if they were codes ("TermDD 56", "Schannel 36871"): what the event says and what it
 * is evidence of for an RDP connection. Keyed by event id; the provider is part of the reading. The name, log and
 * meaning are the event table's row (`src/model/events.ts`); the source, phases and notes are this table's.
 */
import { eventLog, eventName, eventRow } from '../../src/model/events.js';
import { makeLookup } from './table.js';
import type { CodeEntry } from './types.js';

export interface EventEntry extends CodeEntry {
  /** The log and provider that write it. */
  readonly log: string;
}

/** An event's code, name, log and meaning, from its row in the event table. */
function event(provider: string, id: number): Pick<EventEntry, 'code' | 'name' | 'log' | 'meaning'> {
  const row = eventRow(provider, id);
  if (!row) throw new Error(`${provider} ${id}: no row in the event table (src/model/events.ts)`);
  return { code: id, name: eventName(row), log: eventLog(row), meaning: row.meaning };
}

const SRC_MESSAGE = "Microsoft: the event's own message text (the provider's message table)";

export const RDP_EVENTS: readonly EventEntry[] = [
  {
    ...event('TermDD', 50),
    confidence: 'MS',
    source: SRC_MESSAGE,
    phases: ['connection'],
    note: "Scanners and non-RDP clients produce it by the hundred; one from a user's address at the time of a failure points at a client that cannot speak the negotiation the server expects.",
  },
  {
    ...event('TermDD', 56),
    confidence: 'MS',
    source: `${SRC_MESSAGE}; Microsoft support article KB 2493594 ("The Local Security Authority cannot be contacted") for its link to the LSA dialog`,
    phases: ['tls', 'nla'],
    note: 'Accompanies X.224 / TLS failures and the client dialog "An authentication error has occurred … The Local Security Authority cannot be contacted" (0x80090304); the binary data holds the status. Read Schannel 36870/36871/36874/36888 and RdpCoreTS 139 at the same time.',
  },
  {
    ...event('Schannel', 36870),
    confidence: 'MS',
    source: SRC_MESSAGE,
    phases: ['tls'],
  },
  {
    ...event('Schannel', 36871),
    confidence: 'MS',
    source: SRC_MESSAGE,
    phases: ['tls'],
    note: 'Evidence for the RDP listener only when it names a server credential: unrelated software logs 36871 (state 10013) for client credentials whenever TLS 1.0/1.1 is turned off.',
  },
  {
    ...event('Schannel', 36874),
    confidence: 'MS',
    source: SRC_MESSAGE,
    phases: ['tls'],
  },
  {
    ...event('Schannel', 36887),
    confidence: 'MS',
    source: SRC_MESSAGE,
    phases: ['tls'],
  },
  {
    ...event('Schannel', 36888),
    confidence: 'MS',
    source: SRC_MESSAGE,
    phases: ['tls'],
  },
  {
    ...event('Microsoft-Windows-Security-Auditing', 4625),
    confidence: 'MS',
    source: 'Microsoft Learn: event 4625 (audit failed logon)',
    phases: ['nla', 'logon'],
  },
  {
    ...event('Microsoft-Windows-Security-Auditing', 4825),
    confidence: 'MS',
    source: SRC_MESSAGE,
    phases: ['logon'],
  },
];

export const lookupRdpEvent = makeLookup(RDP_EVENTS);
