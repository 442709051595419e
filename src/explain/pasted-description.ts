/**
 * An event's description pasted alone (paste-reader.ts, layer 5): its message paragraph, without Event Viewer's
 * labels, recognized by its row's `message` template in the event table (src/model/message-template.ts, the parser the
 * SIEM readers use), which names the event and gives back its fields; its first paragraph alone when the fields were
 * left out; after the event's own name; on a line of its own under an "Event ID:" line (a forum's listing); its lead
 * in the language Windows wrote it (pasted-event-leads.ts).
 */
import { EVENTS } from '../model/events.js';
import { compileLeadParagraph, compileMessage, readMessage } from '../model/message-template.js';
import type { PastedDescription } from './paste-reader.js';
import { localizedLeadOf } from './pasted-event-leads.js';

/**
 * Letters a template's own words must hold for a paste to be read by it: a template that is mostly its fields
 * (`%3`, "Interface method called: %1") would take any sentence for its event.
 */
const MIN_TEMPLATE_LETTERS = 20;

/** The event table's message templates, compiled for pasted text, the most worded first. */
const PASTED_TEMPLATES = EVENTS.flatMap((row) => {
  const t = compileMessage(row, true);
  return t && t.letters >= MIN_TEMPLATE_LETTERS ? [{ row, t }] : [];
}).sort((a, b) => b.t.letters - a.t.letters);

/** Letters a message's first paragraph must hold to stand for its event alone (a sentence or two of its own). */
const MIN_LEAD_LETTERS = 40;

/** The first paragraphs of the messages whose fields come after it, for a paste that left the fields out. */
const PASTED_LEADS = EVENTS.flatMap((row) => {
  const t = compileLeadParagraph(row);
  return t && t.letters >= MIN_LEAD_LETTERS ? [{ row, t }] : [];
});

/** The longest paste read as a description (a message is a paragraph or a few; longer text is more than one). */
const MAX_DESCRIPTION = 8000;

/** The event whose description a paste is, whole (quotes around it and a final full stop aside). */
export function describedEvent(text: string): PastedDescription | undefined {
  const body = text.trim().replace(/^["'“”]+|["'“”]+$/g, '');
  if (body.length > MAX_DESCRIPTION) return undefined;
  const whole = descriptionOf(body);
  if (whole) return whole;
  // The description after the event's own name ("RdpCoreTS 131: The server accepted…", "Event 1149 - …"): read
  // only when the name's id is the id of the event the rest describes.
  const named = NAMED_DESCRIPTION.exec(body);
  if (!named) return undefined;
  const rest = descriptionOf(body.slice(named[0].length).replace(/^["'“”]+/, ''));
  return rest && rest.row.id === Number(named[1]) ? rest : undefined;
}

/**
 * A forum's or a write-up's event listing: an "Event ID: 25" line, then the event's description on a line of its own,
 * maybe after a "Description:" label and in quotes ("Description: \"Remote Desktop Services: Session reconnection
 * succeeded:\""). The description names the event; read only when it is the event of that id, so the id is never
 * looked up as a code (issue 60). One pass over at most `MAX_LISTING_LINES` lines, each read as a description.
 */
export function labelledDescription(text: string, eventId: number): PastedDescription | undefined {
  const lines = text.split('\n');
  if (lines.length > MAX_LISTING_LINES) return undefined;
  for (const line of lines) {
    const body = line.replace(DESCRIPTION_LABEL, '');
    if (body.trim().length < 12) continue;
    const read = describedEvent(body);
    if (read && read.row.id === eventId) return read;
  }
  return undefined;
}

const MAX_LISTING_LINES = 40;
/** The label a listing puts before the description ("Description:", "Message:"). */
const DESCRIPTION_LABEL = /^[ \t]{0,8}(?:description|message)[ \t]{0,4}:[ \t]{0,4}/i;

/**
 * Security 4776's message opening, as Microsoft Learn "4776(S, F): The computer attempted to validate the credentials
 * for an account" quotes it: the line names the event (its Error Code an NTSTATUS: 0x0 is success).
 */
export const NTLM_VALIDATION_OPENING =
  /^[ \t]{0,8}the computer attempted to validate the credentials for an account\.?[ \t]{0,8}$/im;

/** An event's name before its description: a provider or channel word and the id, then a colon or a dash. */
const NAMED_DESCRIPTION = /^(?:[\p{L}][\p{L}\d-]*\s+){0,3}(?:event\s*(?:id\s*)?)?#?(\d{2,5})\s*[:\-\u2013\u2014]\s*/iu;

function descriptionOf(body: string): PastedDescription | undefined {
  for (const { row, t } of PASTED_TEMPLATES) {
    const fields = readMessage(t, body);
    if (fields) return { row, fields };
  }
  for (const { row, t } of PASTED_LEADS) if (t.re.test(body)) return { row, fields: {} };
  // Its lead in the language Windows wrote it (tables/languages/localized-event-leads.ts), alone or before its fields.
  return localizedLeadOf(body);
}
