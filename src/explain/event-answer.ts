/**
 * An event a paste names (explain-code.ts): by its row in the event table (`explainEventRow`: a failure's causes, a
 * success step said as such), by the known sentence that is its description (`explainEventBySentence`), an id several
 * providers share (`sharedEventId`), the event's causes beside a code that has none (`withEventCauses`), and the notes
 * on a pasted description (its fields, the class of each address it names: rdp-events.md "IPv6 link-local is not a
 * tunnel"). The provider a Source names, in any spelling (`pastedEventRow`, `isSource`).
 */
import { formatHex } from '../../patterns/codes/index.js';
import { KNOWN_SENTENCES, lookupRdpEvent } from './tables/index.js';
import { classOfAddress, isInternetAddress } from '../model/address-class.js';
import { type EventRow, eventLog, eventName, eventRowsOf } from '../model/events.js';
import { GATEWAY } from '../model/providers.js';
import {
  type Body,
  type CodeExplanation,
  type CodeValue,
  type PastedDescriptionSummary,
  TABLE_LABEL,
} from './explanation.js';
import { answered, causesOfEvent, finish, likely, merge, saidOnly } from './answer.js';
import { explainSingle } from './number-reading.js';
import type { ReadPaste } from './paste-parts.js';
import { sentenceBody, statedCausesFirst } from './sentence-answer.js';

/**
 * A code that points to no cause, read from a field of an event the paste names (its description recognized by the
 * event table's message template, or its Event ID and Source): the event's own causes, as the event alone gives them
 * (TermService 1065 "… cannot be replaced … The following error occurred: 0x80070005" is still the certificate).
 */
export function withEventCauses(body: Body, eventId: number | undefined, source: string | undefined): Body {
  if (eventId === undefined) return body;
  const row = pastedEventRow(eventId, source);
  // An RD Gateway event says which policy it is about (201 the CAP, 301 the RAP); the status it logs is read as
  // its own table says, after the event's words: "201 … error 23002" is a CAP refusal whose status names the RAP.
  if (row?.provider === GATEWAY && body.summary && !body.summary.startsWith(row.meaning))
    body = { ...body, summary: `${row.meaning} The error it logs: ${body.summary}` };
  if (body.likelyCauses.length > 0) return body;
  // LSM 40's own reason code says the reason (12: the user logged off): the event's general causes are not added to it.
  if (body.other?.table === 'lsm40') return body;
  if (!row || row.logonProof !== undefined || row.authenticates === true || row.marker?.kind === 'listener')
    return body;
  const causes = causesOfEvent(row.id, row.provider, ALONE_WEIGHT);
  const likelyCauses = merge([{ causes, label: eventName(row) }]).map((c) => likely(c, true));
  return likelyCauses.length ? { ...body, likelyCauses } : body;
}

/** The events users quote as codes have their own entry (notes, phases); the others are read by their row. */
export function explainPastedEvent(paste: ReadPaste): CodeExplanation | undefined {
  const { r, notes, finish } = paste;
  const row = r.eventId === undefined || lookupRdpEvent(r.eventId) ? undefined : pastedEventRow(r.eventId, r.source);
  if (row) {
    notes.push(`Read from the text: event ${eventName(row)}${r.source ? ` (Source: ${r.source})` : ''}.`);
    return finish({ code: String(row.id) }, explainEventRow(row, notes));
  }
  if (r.eventId === undefined) return undefined;
  const bySentence = explainEventBySentence(paste);
  if (bySentence) return bySentence;
  // An id a Remote Desktop event shares with another provider's, pasted with that provider named (its Source line,
  // its own opening sentence): that provider's event, of which rdpdiag knows nothing.
  if (r.source && eventRowsOf([r.eventId]).length > 0 && !pastedEventRow(r.eventId, r.source)) {
    notes.push(`Read from the text: event id ${r.eventId} of ${r.source}.`);
    return finish(
      { code: String(r.eventId) },
      saidOnly(
        `Event ${r.eventId} of ${r.source} is not in rdpdiag's event table: it names no cause here (the Remote Desktop event with the same id is another provider's).`,
        notes,
      ),
    );
  }
  notes.push(`Read from the text: event id ${r.eventId}.`);
  // Its notes only if it is read as one of the event ids users quote (events.ts): not as a code looked up.
  const body = explainSingle({ value: r.eventId, radix: 'decimal', text: String(r.eventId) }, 'event', [...notes]);
  const shared = !body.other && !r.source ? sharedEventId(r.eventId, notes) : undefined;
  if (shared) return finish({ code: String(r.eventId) }, shared);
  // An event of a provider rdpdiag has no row for is said as such, not as an unknown code: its summary says it names
  // no cause, so none is ranked (not even "unexplained": nothing says a Remote Desktop connection failed).
  if (!body.other && r.source)
    return finish(
      { code: String(r.eventId) },
      saidOnly(
        `Event ${r.eventId} of ${r.source} is not in rdpdiag's event table: it names no cause here.`,
        body.notes,
      ),
    );
  return finish({ code: String(r.eventId) }, body);
}

/**
 * An event id under 1000 labelled as one ("Event ID: 24") with no Source: several providers number their events so
 * (LocalSessionManager's 24, another's 24), so it is said as the Remote Desktop events it may be, never looked up as
 * a code, and no cause is ranked: an event id alone says nothing failed (issue 60).
 */
function sharedEventId(id: number, notes: string[]): Body | undefined {
  const rows = eventRowsOf([id]);
  if (rows.length === 0) return undefined;
  const which = rows.map((row) => `${eventName(row)} (${row.meaning.replace(/\.$/, '')})`).join('; or ');
  return saidOnly(
    `Event ${id}, with no Source: among the events rdpdiag reads it is ${which}; another provider's event ${id} is something else. An event id is not an error code: paste the event's description or its Source line.`,
    notes,
  );
}

export function describedSummary(
  row: EventRow,
  fields: Readonly<Record<string, string>>,
  localized?: { readonly language: string; readonly url: string },
): PastedDescriptionSummary {
  return {
    eventId: row.id,
    provider: row.provider,
    name: eventName(row),
    log: eventLog(row),
    meaning: row.meaning,
    fields: { ...fields },
    ...(localized ? { localized: { ...localized } } : {}),
  };
}

export function describedNote(d: PastedDescriptionSummary): string {
  const fields = Object.entries(d.fields).map(([k, v]) => `${k} = ${v.replace(/\s+/g, ' ').trim()}`);
  const by = d.localized
    ? `recognized by its first paragraph as a ${d.localized.language} Windows writes it (quoted by ${d.localized.url})`
    : "recognized by its message template in rdpdiag's event table";
  return `Read from the text: the description (message text) of event ${d.name} (${d.provider}, ${d.log}), ${by}: ${d.meaning}${fields.length > 0 ? ` Its fields: ${fields.join('; ')}.` : ''}`;
}

/** What the class of a client address in a pasted event tells (rdp-events.md "IPv6 link-local is not a tunnel"). */
const ADDRESS_CLASS_SAYS: Readonly<Record<NonNullable<ReturnType<typeof classOfAddress>>, string>> = {
  'link-local-v6':
    'link-local: a peer on the same network segment (found by LLMNR/mDNS on a flat network), not a tunnel and not the internet',
  'link-local-v4':
    'link-local (169.254/16): a peer on the same segment that got no DHCP address, not a tunnel and not the internet',
  'loopback-v4':
    'loopback: the connection came from this computer itself, as a port forward or tunnel (SSH, plink, ngrok) delivers it, unless its own mstsc made it',
  'loopback-v6':
    'loopback: the connection came from this computer itself, as a port forward or tunnel (SSH, plink, ngrok) delivers it, unless its own mstsc made it',
  'private-v4': 'private: inside your network, a VPN, or behind a NAT',
  'private-v6': 'a unique local address: inside your network',
  'public-v4': 'public',
  'public-v6': 'public',
};

/** A note per address field of a pasted description: the class of the address it names. */
export function addressNotes(fields: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (!/ip|address/i.test(name)) continue;
    const raw = value.trim();
    const address =
      /^\[([^\]]+)\](?::\d+)?$/.exec(raw)?.[1] ?? /^(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/.exec(raw)?.[1] ?? raw;
    const cls = classOfAddress(address);
    if (!cls) continue;
    const says =
      cls.startsWith('public') && !isInternetAddress(address)
        ? 'in a public range no internet packet comes from (documentation, benchmarking)'
        : cls.startsWith('public')
          ? 'on the internet: the RDP port (or a gateway in front of it) is reachable from outside'
          : ADDRESS_CLASS_SAYS[cls];
    out.push(`${name} ${address} is ${says}.`);
  }
  return out;
}

/** Sources Event Viewer shows under another name than the event table's provider (older and newer builds). */
const PROVIDER_ALIASES: Readonly<Record<string, string>> = {
  terminalserviceslicensing: 'termservlicensing',
  termservice: 'terminalservicesremoteconnectionmanager',
};

/**
 * The event a paste names by its id and Source (Event Viewer's "Source:", the Details view's provider, the XML's
 * `<Provider Name>`), any spelling: `Microsoft-Windows-TerminalServices-Gateway`, `TerminalServices-Gateway`.
 * Without a Source, an id only one provider logs (small ids such as LSM 24 only with their Source).
 */
export function pastedEventRow(id: number, source: string | undefined): EventRow | undefined {
  const rows = eventRowsOf([id]);
  if (source) return rows.find((row) => isSource(row.provider, source));
  return id >= 1000 && rows.length === 1 ? rows[0] : undefined;
}

/** Whether a paste's Source names this provider, in any spelling (`TerminalServices-Gateway`, an older name). */
function isSource(provider: string, source: string): boolean {
  const bare = (p: string) =>
    p
      .toLowerCase()
      .replace(/^microsoft-windows-/, '')
      .replace(/[^a-z0-9]/g, '');
  const s = PROVIDER_ALIASES[bare(source)] ?? bare(source);
  const p = bare(provider);
  return p === s || p.endsWith(s) || s.endsWith(p);
}

/**
 * An event a paste names by its id and Source alone, with no row in the event table: the known sentence that is its
 * description (`KnownSentence.event`), read as if its text were pasted; never another provider's event of that id.
 */
function explainEventBySentence({ r, notes, summary }: ReadPaste): CodeExplanation | undefined {
  const id = r.eventId;
  const source = r.source;
  // An event of the event table is read by its row (explainEventRow), never here.
  const sentence =
    id === undefined || !source || eventRowsOf([id]).some((row) => isSource(row.provider, source))
      ? undefined
      : KNOWN_SENTENCES.find((s) => s.event?.id === id && isSource(s.event.provider, source));
  if (!sentence) return undefined;
  notes.push(
    `Read from the text: event ${id} of ${source}, whose description is ${sentence.what} (${sentence.source}).`,
  );
  const one = { ...r, sentences: [{ sentence, language: 'en' as const }] };
  const body = statedCausesFirst(sentenceBody(one, notes), one.sentences);
  // Its words were not pasted: the row is read by the event's id and Source, not recognized by its words.
  const byWords = `Recognized ${sentence.what}, by its words`;
  return {
    ...answered({ code: sentence.id }, { ...body, notes: body.notes.filter((n) => !n.startsWith(byWords)) }),
    paste: summary,
  };
}

/** The least weight a pattern's clause on an event needs for that event, pasted alone, to point to its cause. */
const ALONE_WEIGHT = 0.29;

/**
 * An event pasted without a code: what it records and, when it is a failure, the causes whose evidence it is. An
 * event that records a step that succeeded (a logon, network-level authentication passed, a connection received)
 * is said as such and points to no cause.
 */
function explainEventRow(row: EventRow, notes: string[]): Body {
  const success = row.logonProof !== undefined || row.authenticates === true || row.marker?.kind === 'listener';
  // Only clauses that say something alone: an event that is a step every connection passes (a session assigned,
  // the client connected) weighs little as evidence, and alone points to no cause.
  const causes = success ? [] : causesOfEvent(row.id, row.provider, ALONE_WEIGHT);
  if (success)
    notes.push(
      `${eventName(row)} records a step of the connection that succeeded, not a failure: it points to no cause. Paste the error the user saw, or the failure event around the same time (Security 4625, RDPClient 1026, RdpCoreTS, LSM 40, Schannel).`,
    );
  // The event table's `authenticates` without `logonProof`: the credentials passed Network Level Authentication,
  // which is not yet a logon (RCM 1149 alone is "NLA passed", rdp-events.md Corrections).
  if (row.authenticates === true && row.logonProof === undefined)
    notes.push(
      `${eventName(row)} says the credentials passed Network Level Authentication (NLA); it is not a logon and does not prove the user got a session: the session's own records do (LSM 21/22, Security 4624 logon type 10 or 7, RdpCoreTS 72 LogonNotify).`,
    );
  else if (causes.length === 0)
    notes.push(
      `${eventName(row)} says what happened, not why it failed: no cause rests on it alone. Paste the error the user saw or the events around it.`,
    );
  const reading: CodeValue = {
    table: 'event',
    tableLabel: TABLE_LABEL.event,
    value: row.id,
    hex: formatHex(row.id),
    decimal: row.id,
    name: `${eventName(row)} (${eventLog(row)})`,
    meaning: row.meaning,
    confidence: 'MS',
    source:
      "Microsoft: the event's own message text (the provider's message table), as rdpdiag's event table states it",
    causeIds: causes.map((c) => c.causeId),
  };
  return finish({
    summary: row.meaning,
    primary: undefined,
    extended: undefined,
    other: reading,
    otherReadings: [],
    phases: undefined,
    causes: merge([{ causes, label: eventName(row) }]),
    known: true,
    notes,
  });
}
