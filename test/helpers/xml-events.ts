/** Builders for small XML exports used by the tests (fictional names, documentation addresses). */
import { RDPCORE as CORE, LSM, RCM, SECURITY } from '../../src/model/providers.js';

export interface TestEvent {
  id: number;
  time: string;
  record: number;
  channel?: string;
  provider?: string;
  computer?: string;
  qualifiers?: number;
  activity?: string;
  eventData?: Record<string, string>;
  unnamed?: string[];
  userData?: Record<string, string>;
  message?: string;
}

/** The providers of the logs the tests write most (src/model/providers.ts). */
export { CORE, LSM, RCM, SECURITY };

/** Makes test events of one computer: `(provider, id, time, rest)`; `skip(n)` leaves a hole of `n` record ids. */
export interface EventMaker {
  (provider: string, id: number, time: string, rest?: Partial<TestEvent>): TestEvent;
  skip(records: number): void;
}

/**
 * A maker of test events on `computer`, their record ids counting up across every log it writes: each is on its
 * provider's Operational channel (Security's on Security) unless `rest` names another channel or computer.
 */
export function eventMaker(computer: string): EventMaker {
  let record = 0;
  const make = (provider: string, id: number, time: string, rest: Partial<TestEvent> = {}): TestEvent =>
    eventOf(provider, id, time, ++record, computer, rest);
  return Object.assign(make, {
    skip: (records: number) => {
      record += records;
    },
  });
}

/**
 * One test event of `provider` with record id `record` on `computer`, on the provider's Operational channel
 * (Security's on Security) unless `rest` names another: for tests that choose each record id.
 */
export function eventOf(
  provider: string,
  id: number,
  time: string,
  record: number,
  computer: string,
  rest: Partial<TestEvent> = {},
): TestEvent {
  const channel = provider === SECURITY ? 'Security' : `${provider}/Operational`;
  return { id, time, record, computer, channel, provider, ...rest };
}

/** RdpCoreTS 131, a TCP connection accepted, with the channel, provider and computer `eventXml` writes by default. */
export const rdpCore131: TestEvent = {
  id: 131,
  time: '2024-05-02T09:14:01.1234567Z',
  record: 5001,
  activity: '{f4201111-2222-3333-4444-555566660000}',
  eventData: { ConnType: 'TCP', ClientIP: '192.0.2.10:51234' },
  message: 'The server accepted a new TCP connection from client 192.0.2.10:51234.',
};

export function eventXml(e: TestEvent, quote: "'" | '"' = "'"): string {
  const q = quote;
  const channel = e.channel ?? 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational';
  const provider = e.provider ?? 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS';
  let payload = '';
  if (e.eventData || e.unnamed) {
    payload = '<EventData>';
    for (const [k, v] of Object.entries(e.eventData ?? {})) payload += `<Data Name=${q}${k}${q}>${v}</Data>`;
    for (const v of e.unnamed ?? []) payload += `<Data>${v}</Data>`;
    payload += '</EventData>';
  }
  if (e.userData) {
    payload += `<UserData><EventXML xmlns=${q}Event_NS${q}>`;
    for (const [k, v] of Object.entries(e.userData)) payload += `<${k}>${v}</${k}>`;
    payload += '</EventXML></UserData>';
  }
  const rendering = e.message
    ? `<RenderingInfo Culture=${q}en-US${q}><Message>${e.message}</Message><Level>Information</Level></RenderingInfo>`
    : '';
  return (
    `<Event xmlns=${q}http://schemas.microsoft.com/win/2004/08/events/event${q}><System>` +
    `<Provider Name=${q}${provider}${q} Guid=${q}{1139c61b-b549-4251-8ed3-27250a1edec8}${q}/>` +
    `<EventID${e.qualifiers !== undefined ? ` Qualifiers=${q}${e.qualifiers}${q}` : ''}>${e.id}</EventID>` +
    `<Version>0</Version><Level>4</Level><Task>4</Task><Opcode>15</Opcode><Keywords>0x4000000000000000</Keywords>` +
    `<TimeCreated SystemTime=${q}${e.time}${q}/><EventRecordID>${e.record}</EventRecordID>` +
    `<Correlation${e.activity ? ` ActivityID=${q}${e.activity}${q}` : ''}/><Execution ProcessID=${q}1200${q} ThreadID=${q}1300${q}/>` +
    `<Channel>${channel}</Channel><Computer>${e.computer ?? 'RDSH01.corp.example.test'}</Computer><Security UserID=${q}S-1-5-20${q}/></System>` +
    payload +
    rendering +
    '</Event>'
  );
}

/** Event Viewer "Save All Events As… XML": declaration, <Events> root. */
export function eventViewerExport(events: TestEvent[], quote: "'" | '"' = "'"): string {
  return `<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<Events>\n${events.map((e) => eventXml(e, quote)).join('\n')}\n</Events>\n`;
}

/** `wevtutil qe /f:xml`: events back to back, no declaration, no root. */
export function wevtutilStream(events: TestEvent[], quote: "'" | '"' = "'"): string {
  return events.map((e) => eventXml(e, quote)).join('\r\n') + '\r\n';
}

/** `seconds` after `base`, as an ISO time. */
export const secondsAfter = (base: string, seconds: number): string =>
  new Date(Date.parse(base) + seconds * 1000).toISOString();

/**
 * The records of one RDP server's connections, made by `event` (their record ids counting up): RdpCoreTS's under
 * the connection's ActivityID with EventData; RCM's and LSM's with UserData, Security's with EventData, each under
 * an ActivityID when one is given.
 */
export function connectionEvents(event: EventMaker) {
  const activityOf = (activity?: string) => (activity ? { activity } : {});
  return {
    core: (id: number, time: string, activity: string, data: Record<string, string> = {}): TestEvent =>
      event(CORE, id, time, { activity, eventData: data }),
    rcm: (id: number, time: string, data: Record<string, string>, activity?: string): TestEvent =>
      event(RCM, id, time, { ...activityOf(activity), userData: data }),
    lsm: (id: number, time: string, data: Record<string, string>, activity?: string): TestEvent =>
      event(LSM, id, time, { ...activityOf(activity), userData: data }),
    security: (id: number, time: string, data: Record<string, string>, activity?: string): TestEvent =>
      event(SECURITY, id, time, { ...activityOf(activity), eventData: data }),
  };
}

/** The four logs' builders of one server's records (`connectionEvents` of an `eventMaker`). */
export const serverEvents = (computer: string) => connectionEvents(eventMaker(computer));

/** LocalSessionManager 21 (a logon) for CORP\alice on RDSH01, one a record number, a second apart. */
export const lsmLogon = (record: number): TestEvent => ({
  id: 21,
  record,
  time: `2024-05-02T09:00:0${record}Z`,
  computer: 'RDSH01.corp.example.test',
  channel: 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
  provider: 'Microsoft-Windows-TerminalServices-LocalSessionManager',
  userData: { User: 'CORP\\alice', SessionID: '2', Address: '192.0.2.10' },
});
