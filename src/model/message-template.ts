/**
 * An event's en-US message template (`EventRow.message`, `%N` its Nth field) compiled to a pattern that reads the
 * fields back out of the rendered text: the one parser of these templates, used by the SIEM readers
 * (parsers/siem/message.ts: exports that kept only the text) and by explain-code's paste reader (a description
 * pasted alone).
 */
import type { EventRow } from './events.js';

/** A message template compiled: its pattern, and the field each group gives (undefined: a group no field is read from). */
export interface MessageTemplate {
  readonly re: RegExp;
  readonly names: readonly (string | undefined)[];
  /** Letters of its literal text (not its fields): how much the text says beyond its fields. */
  readonly letters: number;
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/**
 * A row's `message` as a pattern: its text literal (runs of blanks as any blanks, its last full stop optional: builds
 * differ in both), each `%N` a group of the Nth field. Two fields with nothing but blanks between them cannot be told
 * apart (RdpCoreTS 228's `%1 %2`: a component name may hold blanks): neither is read, only what the text bounds.
 * `pasted`: text a person pasted (line breaks lost or doubled, a field's value left out): blanks beside a field may
 * be none, and letter case is not compared.
 */
export function compileMessage(row: EventRow, pasted = false): MessageTemplate | undefined {
  if (!row.message) return undefined;
  const parts = row.message
    .trim()
    .replace(/\.$/, '')
    .split(/%(\d+)/);
  let re = '^\\s*';
  const names: (string | undefined)[] = [];
  let letters = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      // Pasted, a closing paragraph after the last field (Security's explanation) may be left out.
      const [kept, closing] =
        pasted && i === parts.length - 1 && i > 0 ? splitClosing(parts[i]!) : [parts[i]!, undefined];
      let text = literal(kept);
      if (pasted) text = text.replace(/^\\s\+/, '\\s*').replace(/\\s\+$/, '\\s*');
      re += closing ? `${text}(?:\\s+${literal(closing)})?` : text;
      letters += parts[i]!.replace(/[^A-Za-z]/g, '').length;
      continue;
    }
    const before = parts[i - 1]!;
    const after = parts[i + 1] ?? '';
    const bounded = (text: string, edge: boolean) => edge || text.trim() !== '';
    const ok = bounded(before, i === 1) && bounded(after, i === parts.length - 2);
    re += '(.*?)';
    names.push(ok ? row.fields?.[Number(parts[i]) - 1] : undefined);
  }
  return { re: new RegExp(`${re}\\.?\\s*$`, pasted ? 'si' : 's'), names, letters };
}

/**
 * A message's first paragraph when it names no field (Security 4825: "A user was denied the access to Remote
 * Desktop. By default, …"): pasted alone, without the field block under it, it still says which event it is.
 */
export function compileLeadParagraph(row: EventRow): MessageTemplate | undefined {
  const message = row.message?.trim();
  if (!message) return undefined;
  const m = /\r?\n[ \t]*\r?\n/.exec(message);
  if (!m) return undefined;
  // Its closing full stop or colon (the colon that introduces the fields: "User authentication succeeded:") is left
  // out of a quote as often as not.
  const lead = message.slice(0, m.index).replace(/[.:]$/, '');
  if (/%\d/.test(lead)) return undefined;
  return {
    re: new RegExp(`^\\s*${literal(lead)}[.:]?\\s*$`, 'si'),
    names: [],
    letters: lead.replace(/[^A-Za-z]/g, '').length,
  };
}

/** A template's closing text split at its first blank line: what stays, and the paragraphs a paste may leave out. */
function splitClosing(text: string): [string, string | undefined] {
  const m = /\r?\n[ \t]*\r?\n\s*/.exec(text);
  if (!m || m.index + m[0].length >= text.length) return [text, undefined];
  return [text.slice(0, m.index), text.slice(m.index + m[0].length)];
}

/** The fields a text rendered from a compiled template carries (by field name, empty values left out), or undefined. */
export function readMessage(t: MessageTemplate, text: string): Record<string, string> | undefined {
  const m = t.re.exec(text);
  if (!m) return undefined;
  const out: Record<string, string> = {};
  for (const [i, n] of t.names.entries()) if (n && m[i + 1] !== '') out[n] = m[i + 1]!;
  return out;
}
