/**
 * What the analysis reads of the events (the rules' own ids and fields, the connections' logs), told to the readers
 * before they decode, so they keep and decode no more: the events needed, the fields picked of the rest, and which
 * kept events are context (read only near an attempt).
 */
import { FINDINGS, PATTERNS } from '../../patterns/index.js';
import type { FindingPattern, Pattern } from '../../patterns/types.js';
import {
  ATTEMPT_LOGS,
  isHostRefusal,
  logKind,
  mayBelongToAttempt,
  SECURITY_CONNECTION_EVENTS,
} from '../correlate/index.js';
import { ROLE_EVENT_IDS } from '../ingest/log-reach.js';
import { CHANNELS } from '../model/channels.js';
import type { NormalizedEvent } from '../model/event.js';
import type { FieldSelection } from '../model/reader.js';
import { contextIds, sievedReads, wantedIds } from './scope.js';

/** The rules an analysis runs (`AnalyzeOptions`' own): the catalogue's when not given. */
interface RulesRun {
  patterns?: readonly Pattern[];
  findings?: readonly FindingPattern[];
}

/**
 * A filter for reading: the events analysis can use (those that belong to connections, and those some
 * pattern or finding asks for). Everything else can be dropped as it is read, so analyzing a full
 * Security or System log does not hold all of it in memory.
 */
export function neededForAnalysis(options: RulesRun = {}): (e: NormalizedEvent) => boolean {
  const read = readsOf(options);
  return (e) => read(e) || mayBelongToAttempt(e);
}

/**
 * Does some pattern, finding or path hop read `e` (of the ids only the attack findings read, those their matchers
 * take: scope.ts `sievedReads`)?
 */
function readsOf(options: RulesRun): (e: NormalizedEvent) => boolean {
  const patterns = options.patterns ?? PATTERNS;
  const findings = options.findings ?? FINDINGS;
  const wanted = wantedIds(patterns, findings);
  const sieve = sievedReads(patterns, findings);
  return (e) => wanted.has(e.eventId) && (!sieve.fields.has(e.eventId) || sieve.takes(e));
}

const LOGON_TYPE: ReadonlySet<string> = new Set(['LogonType']);

/**
 * What `neededForAnalysis` reads of the events it drops, for readers to decode no more: an event some
 * pattern asks for, or of a connection's log, whole; a Security logon (4624/4625) first its LogonType
 * alone (only network, unlock and remote-interactive logons are kept); anything else nothing.
 */
export function fieldsForAnalysis(options: RulesRun = {}): FieldSelection {
  const wanted = wantedIds(options.patterns ?? PATTERNS, options.findings ?? FINDINGS);
  const sieve = sievedReads(options.patterns ?? PATTERNS, options.findings ?? FINDINGS);
  const read = readsOf(options);
  return {
    interest: {
      // The events that tell a computer's role are counted as read (`LogReach`), never left out.
      ids: new Set([...wanted, ...SECURITY_CONNECTION_EVENTS, ...ROLE_EVENT_IDS]),
      // A channel's name holds its label's first part (`RdpCoreTS`, `LocalSessionManager`) however it is spelt.
      channelWords: CHANNELS.filter((c) => ATTEMPT_LOGS.has(c.kind)).map((c) => c.label.split('/')[0]!),
    },
    pick: (e) => {
      // A process creation or service installation: first the fields that tell whether an attack finding reads it.
      const sieved = sieve.fields.get(e.eventId);
      if (sieved) return sieved;
      if (wanted.has(e.eventId)) return true;
      if ((e.eventId === 4624 || e.eventId === 4625) && logKind(e) === 'security') return LOGON_TYPE;
      return mayBelongToAttempt(e);
    },
    whole: (e) => read(e) || mayBelongToAttempt(e),
  };
}

/**
 * Which kept events are context (see context-store.ts): events of no connection, with an id that only
 * window-scope clauses ask for (not findings, not clauses of other scopes, not host refusals the
 * correlator reads). Analysis looks at them only within seconds of an attempt.
 */
export function contextForAnalysis(options: RulesRun = {}): (e: NormalizedEvent) => boolean {
  const ids = contextIds(options.patterns ?? PATTERNS, options.findings ?? FINDINGS);
  return (e) => ids.has(e.eventId) && !mayBelongToAttempt(e) && !isHostRefusal(e);
}
