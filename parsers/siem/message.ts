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
import { compileMessage, type MessageTemplate, readMessage } from '../../src/model/message-template.js';

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

/** The templates of the events this module reads, by log and id. */
const TEMPLATES: ReadonlyMap<string, MessageTemplate> = new Map(
  [...ROWS].flatMap(([k, r]) => {
    const t = r.messageUse === 'paste' ? undefined : compileMessage(r);
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
  const row = ROWS.get(`${log}:${eventId}`);
  const t = TEMPLATES.get(`${log}:${eventId}`);
  const out: Record<string, string> = (t && readMessage(t, message)) ?? {};
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
