/**
 * The words of an explanation: a pattern's sentences with their `{clause.Field|decoder}` placeholders
 * filled from the evidence (a sentence with one left unfillable is dropped), the evidence's own words
 * when no sentence could be filled, and the note on evidence linked by time only.
 */
import { userOf } from '../correlate/index.js';
import type { Attempt } from '../model/attempt.js';
import { channelLabel } from '../model/channels.js';
import type { NormalizedEvent } from '../model/event.js';
import { formatShortTime } from '../model/time.js';
import type { ValueMarks } from '../model/value-marks.js';
import { DECODERS } from './decoders.js';
import { summarizeEvent } from './event-summary.js';
import type { EvidenceOwners } from './ownership.js';

/** A clause (by its name) and the events it matched, first the one its placeholders read. */
export interface Matched {
  clause: { readonly name: string };
  events: NormalizedEvent[];
}

export function joinSentences(...parts: string[]): string {
  return parts.filter(Boolean).join(' ');
}

/** What the evidence says, when no template sentence could be filled (fields a log left empty). */
export function fromEvidence(matched: Matched[], marks: ValueMarks): string {
  const { markValue } = marks;
  const said = matched.map((m) => {
    const e = m.events[0];
    // NTSTATUS codes (Security, LsaSrv) are the telling part: said in words.
    const codes = ['Status', 'SubStatus']
      .map((f) => (e.data[f] && e.data[f] !== '0x0' ? `${f} ${DECODERS.ntstatus(e.data[f])}` : ''))
      .filter(Boolean);
    const summary = codes.length ? codes.join(', ') : summarizeEvent(e, 100, marks);
    const who = userOf(e);
    return `${channelLabel(e.channel)} ${e.eventId} at ${formatShortTime(e.timestamp)}${who ? ` for ${markValue(who)}` : ''}${summary ? ` (${summary})` : ''}`;
  });
  return said.length ? `The logs show ${said.join('; ')}.` : '';
}

/** Says which evidence is this attempt's by the moment it was logged only (it names no client or connection). */
export function timeOnlyNote(matched: Matched[], a: Attempt, owners: EvidenceOwners | undefined): string {
  if (!owners) return '';
  const kinds = new Set<string>();
  for (const m of matched)
    for (const e of m.events) if (owners.linkedByTimeOnly(e, a)) kinds.add(`${channelLabel(e.channel)} ${e.eventId}`);
  if (kinds.size === 0) return '';
  return `(${[...kinds].join(', ')}: no client or connection named, linked to this attempt by time only.)`;
}

/** Fields that name an account or its domain. */
const NAME_FIELD = /(User|Domain|Account)(Name)?$/;

const PLACEHOLDER = /\{([A-Za-z][\w]*)\.([^}|]+)(?:\|([\w-]+))?\}/g;

/** A sentence's text and its `{clause.Field|decoder}` placeholders, in order. */
type SentencePart = string | { name: string; field: string; decoder?: string };

/**
 * Sentences come from patterns: each is split into its parts once (a documented, bounded cache).
 * @cache a sentence's parts are a pure function of its text (the patterns' constant sentences).
 */
const sentenceParts = new Map<string, SentencePart[]>();

function partsOf(sentence: string): SentencePart[] {
  let parts = sentenceParts.get(sentence);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of sentence.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(sentence.slice(last, m.index));
    parts.push(m[3] === undefined ? { name: m[1], field: m[2] } : { name: m[1], field: m[2], decoder: m[3] });
    last = m.index + m[0].length;
  }
  if (last < sentence.length) parts.push(sentence.slice(last));
  if (sentenceParts.size < 10_000) sentenceParts.set(sentence, parts);
  return parts;
}

/**
 * Fills `{clause.Field|decoder}` placeholders; a sentence with any unfillable placeholder is dropped.
 * Host findings have no attempt: their `{attempt.…}` placeholders cannot be filled.
 */
export function fillSentences(
  sentences: readonly string[],
  matched: Matched[],
  a: Attempt | undefined,
  marks: ValueMarks,
  extra: Record<string, NormalizedEvent> = {},
): string {
  const { markValue } = marks;
  const byName = new Map<string, NormalizedEvent>(Object.entries(extra));
  for (const m of matched) byName.set(m.clause.name, m.events[0]);
  const out: string[] = [];
  each: for (const sentence of sentences) {
    let text = '';
    for (const part of partsOf(sentence)) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      const raw =
        part.name === 'attempt' ? a && attemptValue(a, part.field) : eventValue(byName.get(part.name), part.field);
      if (raw === undefined || raw.trim() === '') continue each;
      // Windows writes '-' for an account it does not name: no sentence says "-\\-" (the evidence speaks instead).
      if (raw.trim() === '-' && NAME_FIELD.test(part.field)) continue each;
      // A decoded code reads in rdpdiag's words (no personal value): left unmarked.
      const decode = part.decoder ? DECODERS[part.decoder] : undefined;
      const decoded = decode?.(raw.trim());
      text += decoded ?? markValue(raw.trim());
    }
    out.push(text);
  }
  return out.join(' ');
}

function eventValue(e: NormalizedEvent | undefined, field: string): string | undefined {
  if (!e) return undefined;
  if (field === 'eventId') return String(e.eventId);
  if (field === 'time') return formatShortTime(e.timestamp);
  if (field === 'computer') return e.computer;
  if (field === 'recordId') return e.recordId === undefined ? undefined : String(e.recordId);
  return e.data[field];
}

function attemptValue(a: Attempt, field: string): string | undefined {
  switch (field) {
    case 'client':
      return a.client.address ?? a.client.name ?? a.clientComputer;
    case 'user':
      return a.user;
    case 'computer':
      return a.computer;
    case 'server':
      return a.server.name ?? a.server.address ?? a.computer;
    case 'clientReason':
      return a.clientDisconnectReason === undefined ? undefined : String(a.clientDisconnectReason);
    case 'start':
      return formatShortTime(a.start);
    default:
      return undefined;
  }
}
