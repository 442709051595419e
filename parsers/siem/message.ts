/**
 * Fields read back from an event's English message text, for exports that lost them: NXLog leaves the
 * UserData of LocalSessionManager and RemoteConnectionManager events unparsed (user, session and address
 * are only in `Message`), and Splunk's classic WinEventLog has no field names at all. Two shapes of message, both
 * from the event table (`src/model/events.ts`): a one-sentence message, read by its row's `message` template (the
 * provider's own text, `%N` its Nth field: RdpCoreTS, the RDP client, LSM 39/40, RCM 261), and a message of
 * `Label: value` lines (LSM, RCM 1149, Security), read by the labels of the row (`labels`) over those its log's
 * messages share (`LOG_MESSAGE_LABELS`), label → field name as the event's XML names it. A localized message
 * yields nothing (the event keeps what it had).
 */
import { channelOfRow, EVENTS, type EventRow, LOG_MESSAGE_LABELS, type MessageLabels } from '../../src/model/events.js';

export type MessageLog = 'lsm' | 'rcm' | 'security' | 'rdpcore' | 'client';

/** Which of the logs this module reads a channel is. */
export function messageLogOf(channel: string): MessageLog | undefined {
  const c = channel.toLowerCase();
  if (c === 'security') return 'security';
  if (c.includes('localsessionmanager')) return 'lsm';
  if (c.includes('remoteconnectionmanager')) return 'rcm';
  if (c.includes('rdpcorets')) return 'rdpcore';
  if (c.includes('rdpclient')) return 'client';
  return undefined;
}

/** Logs whose messages are `Label: value` lines (the rest are one sentence each, read by their templates). */
const LABELLED: ReadonlySet<MessageLog> = new Set(['lsm', 'rcm', 'security']);

const LINE = /^\s*([A-Za-z][A-Za-z0-9 ()]*?):[ \t]*(.*?)\s*$/;

/** The rows of the events whose messages this module reads, by log and id (the first row of a log and id). */
const ROWS: ReadonlyMap<string, EventRow> = new Map(
  EVENTS.flatMap((r) => {
    const log = messageLogOf(channelOfRow(r)?.name ?? '');
    return log ? [[`${log}:${r.id}`, r] as const] : [];
  }).reverse(),
);

/** A message template compiled: its pattern, and the field each group gives (undefined: a group no field is read from). */
interface Template {
  readonly re: RegExp;
  readonly names: readonly (string | undefined)[];
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/**
 * A row's `message` as a pattern: its text literal (runs of blanks as any blanks, its last full stop optional: builds
 * differ in both), each `%N` a group of the Nth field. Two fields with nothing but blanks between them cannot be told
 * apart (RdpCoreTS 228's `%1 %2`: a component name may hold blanks): neither is read, only what the text bounds.
 */
function compile(row: EventRow): Template | undefined {
  if (!row.message) return undefined;
  const parts = row.message
    .trim()
    .replace(/\.$/, '')
    .split(/%(\d+)/);
  let re = '^\\s*';
  const names: (string | undefined)[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      re += literal(parts[i]!);
      continue;
    }
    const before = parts[i - 1]!;
    const after = parts[i + 1] ?? '';
    const bounded = (text: string, edge: boolean) => edge || text.trim() !== '';
    const ok = bounded(before, i === 1) && bounded(after, i === parts.length - 2);
    re += '(.*?)';
    names.push(ok ? row.fields?.[Number(parts[i]) - 1] : undefined);
  }
  return { re: new RegExp(`${re}\\.?\\s*$`, 's'), names };
}

/** The templates of the events this module reads, by log and id. */
const TEMPLATES: ReadonlyMap<string, Template> = new Map(
  [...ROWS].flatMap(([k, r]) => {
    const t = compile(r);
    return t ? [[k, t] as const] : [];
  }),
);

/** Labels of a message without sections: the event's own over its log's. */
function flatLabels(log: 'lsm' | 'rcm', row: EventRow | undefined): Readonly<Record<string, string>> {
  return { ...LOG_MESSAGE_LABELS[log][''], ...row?.labels?.[''] };
}

function labelIn(labels: MessageLabels | undefined, section: string, label: string): string | undefined {
  return labels?.[section]?.[label];
}

/** The fields an English message carries, by the field names of the event's XML; empty when none. */
export function fieldsFromMessage(log: MessageLog, eventId: number, message: string): Record<string, string> {
  const out: Record<string, string> = {};
  const row = ROWS.get(`${log}:${eventId}`);
  const t = TEMPLATES.get(`${log}:${eventId}`);
  const m = t?.re.exec(message);
  if (m) for (const [i, n] of t!.names.entries()) if (n && m[i + 1] !== '') out[n] = m[i + 1]!;
  if (!LABELLED.has(log)) return out;
  if (log !== 'security') {
    const labels = flatLabels(log as 'lsm' | 'rcm', row);
    if (Object.keys(labels).length === 0) return out;
    for (const line of message.split(/\r?\n/)) {
      const m = LINE.exec(line);
      const name = m && labels[m[1]!];
      if (name && m[2] !== '' && out[name] === undefined) out[name] = m[2]!;
    }
    return out;
  }
  const shared = LOG_MESSAGE_LABELS.security;
  let section = '';
  for (const line of message.split(/\r?\n/)) {
    const m = LINE.exec(line);
    if (!m) continue;
    const label = m[1]!;
    const value = m[2]!;
    if (value === '') {
      section = label;
      continue;
    }
    const name = labelIn(row?.labels, section, label) ?? labelIn(shared, section, label) ?? labelIn(shared, '*', label);
    if (name && out[name] === undefined) out[name] = value;
  }
  return out;
}

/** The field names an event's English message can yield (sentence and labels), for the contract tests. */
export function messageFieldNames(log: MessageLog, eventId: number): Set<string> {
  const row = ROWS.get(`${log}:${eventId}`);
  const out = new Set<string>(TEMPLATES.get(`${log}:${eventId}`)?.names.filter((n) => n !== undefined) ?? []);
  if (!LABELLED.has(log)) return out;
  const all =
    log === 'security' ? [LOG_MESSAGE_LABELS.security, row?.labels] : [{ '': flatLabels(log as 'lsm' | 'rcm', row) }];
  for (const labels of all)
    for (const section of Object.values(labels ?? {})) for (const f of Object.values(section)) out.add(f);
  return out;
}
