/**
 * `dump --format xml`'s record as text, as the dump wrote it before records were written straight as
 * bytes: the specification the byte writer (`writeEventXml`) is checked against.
 */
import type { NormalizedEvent } from '../../src/model/event.js';
import { escapeXml } from '../../src/report/event-dump.js';

const POSITIONAL = /^(Data|Binary)\[(\d+)\]$/;

function xmlName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`;
}

export function referenceEventXml(e: NormalizedEvent): string {
  const a = (name: string, v: string | number | undefined) =>
    v === undefined ? '' : ` ${name}='${escapeXml(String(v))}'`;
  const el = (name: string, v: string | number | undefined) =>
    v === undefined ? '' : `<${name}>${escapeXml(String(v))}</${name}>`;
  let xml = `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>`;
  xml += `<Provider${a('Name', e.provider.name)}${a('Guid', e.provider.guid)}${a('EventSourceName', e.provider.eventSourceName)}/>`;
  xml += `<EventID${a('Qualifiers', e.qualifiers)}>${e.eventId}</EventID>`;
  xml +=
    el('Version', e.version) +
    el('Level', e.level) +
    el('Task', e.task) +
    el('Opcode', e.opcode) +
    el('Keywords', e.keywords);
  xml += `<TimeCreated SystemTime='${e.timestamp}'/>`;
  xml += el('EventRecordID', e.recordId);
  xml += `<Correlation${a('ActivityID', e.activityId)}${a('RelatedActivityID', e.relatedActivityId)}/>`;
  xml += `<Execution${a('ProcessID', e.processId)}${a('ThreadID', e.threadId)}/>`;
  xml += el('Channel', e.channel) + el('Computer', e.computer);
  xml += `<Security${a('UserID', e.userSid)}/></System>`;
  const fields = Object.entries(e.data);
  if (e.userDataElement) {
    const root = xmlName(e.userDataElement);
    xml += `<UserData><${root} xmlns='Event_NS'>`;
    for (const [k, v] of fields) {
      const name = xmlName(
        k
          .split('/')
          .pop()!
          .replace(/\[\d+\]$/, ''),
      );
      xml += `<${name}>${escapeXml(v)}</${name}>`;
    }
    xml += `</${root}></UserData>`;
  } else if (fields.length) {
    xml += '<EventData>';
    for (const [k, v] of fields) {
      const m = POSITIONAL.exec(k);
      if (m) xml += `<${m[1]}>${escapeXml(v)}</${m[1]}>`;
      else xml += `<Data Name='${escapeXml(k)}'>${escapeXml(v)}</Data>`;
    }
    xml += '</EventData>';
  }
  return xml + '</Event>';
}
