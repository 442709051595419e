/**
 * Event ids users quote as if they were codes ("TermDD 56", "Schannel 36871"): what the event says and what it
 * is evidence of for an RDP connection. Keyed by event id; the provider is part of the reading. The name, log and
 * meaning are the event table's row (`src/model/events.ts`); the source, phases and notes are this table's.
 */
import { eventLog, eventName, eventRow } from '../../../model/events.js';
import { makeLookup } from '../../../../patterns/codes/table.js';
import type { CodeEntry, ProtocolPhase } from '../../../../patterns/codes/types.js';
import { authBadCredentials } from '../../../../patterns/auth-bad-credentials.js';
import type { CauseId } from '../../../../patterns/index.js';

export interface EventEntry extends CodeEntry {
  /** The log and provider that write it. */
  readonly log: string;
  /**
   * The cause read first when the event is quoted without the fields that tell its causes apart (answer.ts
   * `causesOfEvent`): the one its own generic reason names. Its source is in `note`.
   */
  readonly first?: CauseId;
}

/** An event's code, name, log and meaning, from its row in the event table. */
function event(provider: string, id: number): Pick<EventEntry, 'code' | 'name' | 'log' | 'meaning'> {
  const row = eventRow(provider, id);
  if (!row) throw new Error(`${provider} ${id}: no row in the event table (src/model/events.ts)`);
  return { code: id, name: eventName(row), log: eventLog(row), meaning: row.meaning };
}

const SRC_MESSAGE = "Microsoft: the event's own message text (the provider's message table)";

/** An event Microsoft documents, as it reads in `phases`: by its own message text unless `source` names another. */
function documented(
  provider: string,
  id: number,
  phases: readonly ProtocolPhase[],
  more: { readonly source?: string; readonly note?: string; readonly first?: CauseId } = {},
): EventEntry {
  const { source = SRC_MESSAGE, note, first } = more;
  return {
    ...event(provider, id),
    confidence: 'MS',
    source,
    phases,
    ...(note ? { note } : {}),
    ...(first ? { first } : {}),
  };
}

export const RDP_EVENTS: readonly EventEntry[] = [
  documented('TermDD', 50, ['connection'], {
    note: "Scanners and non-RDP clients produce it by the hundred; one from a user's address at the time of a failure points at a client that cannot speak the negotiation the server expects.",
  }),
  documented('TermDD', 56, ['tls', 'nla'], {
    source: `${SRC_MESSAGE}; Microsoft support article KB 2493594 ("The Local Security Authority cannot be contacted") for its link to the LSA dialog`,
    note: 'Accompanies X.224 / TLS failures and the client dialog "An authentication error has occurred … The Local Security Authority cannot be contacted" (0x80090304); the binary data holds the status. Read Schannel 36870/36871/36874/36888 and RdpCoreTS 139 at the same time.',
  }),
  documented('Schannel', 36870, ['tls']),
  documented('Schannel', 36871, ['tls'], {
    note: 'Evidence for the RDP listener only when it names a server credential: unrelated software logs 36871 (state 10013) for client credentials whenever TLS 1.0/1.1 is turned off.',
  }),
  documented('Schannel', 36874, ['tls']),
  documented('Schannel', 36887, ['tls']),
  documented('Schannel', 36888, ['tls']),
  documented('Microsoft-Windows-Security-Auditing', 4625, ['nla', 'logon'], {
    source: 'Microsoft Learn: event 4625 (audit failed logon)',
    // Its other causes each need a Status the paste did not give (0xC000015B, 0xC0000234, 0xC0000133…).
    first: authBadCredentials.id,
    note: "Quoted without its Status and Sub Status, its generic failure comes first: the event's own Failure Reason %%2313 \"Unknown user name or bad password\" with Status 0xC000006D, the first of the Status values Microsoft's event 4625 page lists (rdp-events.md §1.8: with NLA a wrong password shows as LogonType 3 from the client's address). The Status says which cause it is.",
  }),
  documented('Microsoft-Windows-Security-Auditing', 4825, ['logon']),
];

export const lookupRdpEvent = makeLookup(RDP_EVENTS);
