/**
 * An event's description pasted in the language Windows wrote it (round 33, r33-h65c): its lead paragraph as
 * tables/languages/localized-event-leads.ts quotes it from a page, at the paste's start, alone (a lead that names
 * Remote Desktop) or with the event's fields after it. Read by pasted-description.ts after the English templates, so
 * the answer is the English text's: the event named, its meaning, its causes or none.
 *
 * Folded for matching: each character by NFKC (a full-width colon is a colon) in lower case, every blank dropped (a
 * Japanese page writes "リモートデスクトップ" and Windows "リモート デスクトップ"; a pasted line breaks anywhere).
 * Linear: one pass folds the paste's start (`FOLDED_START`); each lead is its pieces found in order by `indexOf`, a
 * field between two pieces bounded (`MAX_FIELD`), and only the first `FIELD_LINES` lines after the lead are looked at.
 */
import { EVENTS } from '../model/events.js';
import type { PastedDescription } from './paste-reader.js';
import { LOCALIZED_EVENT_LEADS, type LocalizedEventLead } from './tables/languages/localized-event-leads.js';

/** A lead's closing punctuation: the paste may end the lead with it, without it, or with another. */
const LEAD_END = /[.。:：]+$/;
/** A field's value inside a lead (a listener's name, a session id): a few words on the lead's line. */
const MAX_FIELD = 80;
/** The paste's start folded: a lead and the fields inside it are far shorter (the lines after it are read unfolded). */
const FOLDED_START = 1000;
/** The lines after a lead looked at for the event's fields. */
const FIELD_LINES = 3;
/** A field's label ends within this many characters of its line's start ("\tソース ネットワーク アドレス:\t…"). */
const LABEL_WIDTH = 60;

interface CompiledLead {
  readonly lead: LocalizedEventLead;
  readonly row: (typeof EVENTS)[number];
  /** The lead's words between its fields, folded. */
  readonly pieces: readonly string[];
}

/** Leads compiled with their event rows, each its pieces between fields folded. */
function compiled(leads: readonly LocalizedEventLead[]): readonly CompiledLead[] {
  return leads.flatMap((lead) => {
    const row = EVENTS.find((r) => r.id === lead.id && r.provider === lead.provider);
    const pieces = lead.lead
      .replace(LEAD_END, '')
      .split(/%\d+/)
      .map((p) => folded(p).s);
    return row ? [{ lead, row, pieces }] : [];
  });
}

/** @cache the table's leads compiled with their event rows: a pure function of constant tables, built once. */
const COMPILED: readonly CompiledLead[] = compiled(LOCALIZED_EVENT_LEADS);

/** A text folded for matching, and where each folded character came from in it. */
interface Folded {
  readonly s: string;
  readonly at: readonly number[];
}

function folded(text: string): Folded {
  let s = '';
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    if (!/\s/.test(ch)) {
      const f = ch.normalize('NFKC').toLowerCase();
      s += f;
      for (let k = 0; k < f.length; k++) at.push(i);
    }
    i += ch.length;
  }
  return { s, at };
}

/** The event whose lead the paste opens with, in a language a page quotes it in; its fields inside the lead. */
export function localizedLeadOf(body: string): PastedDescription | undefined {
  return leadAmong(COMPILED, body);
}

/**
 * The same reading over leads given by the caller (a shape no page quotes yet, in a test: a lead that ends in a field,
 * Korean LSM 40's "%1 세션의 연결이 끊어졌습니다. 이유 코드 %2").
 */
export function localizedLeadAmong(leads: readonly LocalizedEventLead[], body: string): PastedDescription | undefined {
  return leadAmong(compiled(leads), body);
}

function leadAmong(leads: readonly CompiledLead[], body: string): PastedDescription | undefined {
  const f = folded(body.slice(0, FOLDED_START));
  for (const c of leads) {
    const read = readLead(c, f, body);
    if (read) return read;
  }
  return undefined;
}

function readLead(c: CompiledLead, f: Folded, body: string): PastedDescription | undefined {
  if (!f.s.startsWith(c.pieces[0])) return undefined;
  let pos = c.pieces[0].length;
  const values: string[] = [];
  // A lead that ends in a field ("… 이유 코드 %2"): its last piece is empty, the field the rest of the lead's line.
  const trailing = c.pieces.length > 1 && c.pieces[c.pieces.length - 1] === '';
  for (const piece of c.pieces.slice(1, trailing ? -1 : undefined)) {
    const j = f.s.indexOf(piece, pos + 1);
    if (j < 0 || j - pos > MAX_FIELD) return undefined;
    const value = body.slice(f.at[pos], f.at[j]).trim();
    if (value === '' || value.includes('\n')) return undefined;
    values.push(value);
    pos = j + piece.length;
  }
  let end = pos === 0 ? 0 : f.at[pos - 1] + 1;
  if (trailing) {
    const field = trailingField(body, end);
    if (!field) return undefined;
    values.push(field.value);
    end = field.end;
  }
  const rest = body.slice(end).replace(/^[ \t]{0,4}[.。:：]{0,3}/, '');
  // The lead is a whole clause: what follows is its end, a line of its own or the next sentence, never more words.
  if (rest !== '' && !/^\s/.test(rest) && end === body.length - rest.length) return undefined;
  if (rest.trim() === '' ? !c.lead.alone : !fieldsAfter(rest)) return undefined;
  const fields: Record<string, string> = {};
  const names = c.row.fields ?? [];
  values.forEach((v, k) => {
    const name = names[k];
    if (name) fields[name] = v;
  });
  return { row: c.row, fields, localized: { language: c.lead.language, url: c.lead.source.url } };
}

/**
 * A field that ends its lead: the rest of the lead's line, bounded (`MAX_FIELD`; a longer line is a sentence, not a
 * field), without the lead's closing punctuation; undefined when the line holds nothing.
 */
function trailingField(body: string, start: number): { value: string; end: number } | undefined {
  const head = body.slice(start, start + MAX_FIELD + 1);
  const nl = head.search(/[\r\n]/);
  if (nl < 0 && head.length > MAX_FIELD) return undefined;
  const line = nl < 0 ? head : head.slice(0, nl);
  const value = line.trim().replace(LEAD_END, '');
  return value === '' ? undefined : { value, end: start + line.length };
}

/**
 * The event's fields after its lead: of the first `FIELD_LINES` filled lines, the first and at least one other end a
 * label (a colon near the line's start), or the first holds two labels (a log line that joined them).
 */
function fieldsAfter(rest: string): boolean {
  const lines: string[] = [];
  let from = 0;
  while (lines.length < FIELD_LINES && from <= rest.length) {
    const nl = rest.indexOf('\n', from);
    const line = rest.slice(from, nl < 0 ? rest.length : nl);
    if (line.trim() !== '') lines.push(line);
    if (nl < 0) break;
    from = nl + 1;
  }
  const labelled = lines.map((l) => {
    const colon = l.search(/[:：]/);
    return colon >= 0 && colon <= LABEL_WIDTH;
  });
  if (!labelled[0]) return false;
  return labelled.filter(Boolean).length >= 2 || (lines[0].match(/[:：]/g)?.length ?? 0) >= 2;
}
