// Every SIEM rendition of a set of records (NormalizedEvent), one implementation for scripts/make-siem-samples.mjs
// (samples/siem/) and the metamorphic suite (test/metamorphic/siem.ts): Elastic ECS hits (Winlogbeat 8), a Splunk
// JSON export (XmlWinEventLog `_raw`), Sentinel WindowsEvent rows, NXLog im_msvistalog JSON (local time UTC+2 of
// whole seconds, UserData only in the English message, Security channel lower-case) and Splunk classic WinEventLog
// text (fields only from the message). The first three carry every record whole (`lossless`); the last two lose
// digits of time and fields. Each `render(events, { idPrefix, toEventXml, eventRow })` returns the file's text without
// its last newline: `idPrefix` names the ECS hits' `_id`s, `toEventXml` (src/report/event-dump.ts) writes Splunk's
// `_raw`, `eventRow` (src/model/events.ts) gives the message templates Splunk classic renders.

const COLLECTOR = 'wec01.corp.example.test';
const lower = (g) => g?.toLowerCase();
const isUserData = (e) => e.userDataElement !== undefined;

const ecs = (events, { idPrefix }) =>
  events
    .map((e, i) => {
      const winlog = {
        channel: e.channel,
        provider_name: e.provider.name,
        ...(e.provider.guid ? { provider_guid: e.provider.guid } : {}),
        event_id: String(e.eventId),
        record_id: e.recordId,
        computer_name: e.computer,
        ...(e.activityId ? { activity_id: lower(e.activityId) } : {}),
        ...(e.processId !== undefined ? { process: { pid: e.processId, thread: { id: e.threadId } } } : {}),
        ...(e.userSid ? { user: { identifier: e.userSid } } : {}),
        ...(e.version !== undefined ? { version: e.version } : {}),
        opcode: 'Info',
        [isUserData(e) ? 'user_data' : 'event_data']: isUserData(e)
          ? { ...e.data, xml_name: e.userDataElement }
          : e.data,
      };
      return JSON.stringify({
        _index: '.ds-winlogbeat-8.11.0-2024.05.10-000001',
        _id: `${idPrefix}-${i + 1}`,
        _score: null,
        _source: {
          '@timestamp': e.timestamp,
          agent: { type: 'winlogbeat', version: '8.11.0', name: COLLECTOR },
          ecs: { version: '8.0.0' },
          host: { name: COLLECTOR },
          log: { level: 'information' },
          event: {
            code: String(e.eventId),
            kind: 'event',
            provider: e.provider.name,
            created: '2024-05-10T09:00:00.000Z',
          },
          winlog,
        },
      });
    })
    .join('\n');

const splunk = (events, { toEventXml }) =>
  events
    .map((e, i) =>
      JSON.stringify({
        preview: false,
        offset: i,
        ...(i === events.length - 1 ? { lastrow: true } : {}),
        result: {
          _raw: toEventXml(e).replaceAll('"', "'"),
          _time: `${e.timestamp.slice(0, 10)} ${e.timestamp.slice(11, 23)} UTC`,
          _cd: `7:${1000 + i}`,
          host: COLLECTOR,
          index: 'wineventlog',
          source: `XmlWinEventLog:${e.channel}`,
          sourcetype: 'XmlWinEventLog',
        },
      }),
    )
    .join('\n');

const sentinel = (events) =>
  JSON.stringify(
    events.map((e) => ({
      TenantId: '00000000-0000-0000-0000-000000000000',
      TimeGenerated: e.timestamp,
      Computer: e.computer,
      Channel: e.channel,
      Provider: e.provider.name,
      EventID: e.eventId,
      EventRecordId: String(e.recordId),
      EventLevel: e.level ?? 4,
      Correlation: e.activityId ? JSON.stringify({ ActivityID: e.activityId }) : null,
      EventData: isUserData(e) ? { [e.userDataElement]: e.data } : e.data,
      SystemProcessId: e.processId,
      SystemThreadId: e.threadId,
      SystemUserId: e.userSid,
      Version: e.version,
      Type: 'WindowsEvent',
    })),
    null,
    2,
  );

// English messages of the UserData events (the en-US templates), which NXLog and Splunk classic keep.
function message(e) {
  const d = e.data;
  const lsm = {
    21: 'Session logon succeeded:',
    22: 'Shell start notification received:',
    23: 'Session logoff succeeded:',
    24: 'Session has been disconnected:',
    25: 'Session reconnection succeeded:',
    41: 'Begin session arbitration:',
    42: 'End session arbitration:',
  };
  if (e.channel.includes('LocalSessionManager')) {
    if (e.eventId === 40) return `Session ${d.Session} has been disconnected, reason code ${d.Reason}`;
    const head = lsm[e.eventId];
    if (!head) return undefined;
    const lines = [`User: ${d.User}`, `Session ID: ${d.SessionID}`];
    if (d.Address !== undefined) lines.push(`Source Network Address: ${d.Address}`);
    return `Remote Desktop Services: ${head}\r\n\r\n${lines.join('\r\n')}`;
  }
  if (e.channel.includes('RemoteConnectionManager')) {
    if (e.eventId === 261) return `Listener ${d.listenerName} received a connection`;
    if (e.eventId === 1149)
      return `Remote Desktop Services: User authentication succeeded:\r\n\r\nUser: ${d.Param1}\r\nDomain: ${d.Param2}\r\nSource Network Address: ${d.Param3}`;
  }
  if (e.channel === 'Security') {
    const who = (sid, name, domain, id) =>
      `\tSecurity ID:\t\t${sid ?? '-'}\r\n\tAccount Name:\t\t${name ?? '-'}\r\n\tAccount Domain:\t\t${domain ?? '-'}${id ? `\r\n\tLogon ID:\t\t${id}` : ''}`;
    const subject = `Subject:\r\n${who(d.SubjectUserSid, d.SubjectUserName, d.SubjectDomainName, d.SubjectLogonId)}`;
    const network = `Network Information:\r\n\tWorkstation Name:\t${d.WorkstationName ?? '-'}\r\n\tSource Network Address:\t${d.IpAddress ?? '-'}\r\n\tSource Port:\t\t${d.IpPort ?? '-'}`;
    const auth = `Detailed Authentication Information:\r\n\tLogon Process:\t\t${d.LogonProcessName ?? '-'}\r\n\tAuthentication Package:\t${d.AuthenticationPackageName ?? '-'}`;
    if (e.eventId === 4625)
      return `An account failed to log on.\r\n\r\n${subject}\r\n\r\nLogon Type:\t\t\t${d.LogonType}\r\n\r\nAccount For Which Logon Failed:\r\n${who(d.TargetUserSid, d.TargetUserName, d.TargetDomainName)}\r\n\r\nFailure Information:\r\n\tFailure Reason:\t\t${d.FailureReason ?? '-'}\r\n\tStatus:\t\t\t${d.Status}\r\n\tSub Status:\t\t${d.SubStatus}\r\n\r\n${network}\r\n\r\n${auth}`;
    if (e.eventId === 4624)
      return `An account was successfully logged on.\r\n\r\n${subject}\r\n\r\nLogon Information:\r\n\tLogon Type:\t\t${d.LogonType}\r\n\r\nNew Logon:\r\n${who(d.TargetUserSid, d.TargetUserName, d.TargetDomainName, d.TargetLogonId)}\r\n\r\n${network}\r\n\r\n${auth}`;
  }
  return undefined;
}

const localTime = (ms, offsetHours) =>
  new Date(ms + offsetHours * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

const nxlog = (events) =>
  events
    .map((e) => {
      const rec = {
        EventTime: localTime(e.timeMs, 2),
        EventReceivedTime: localTime(e.timeMs + 2000, 2),
        '@timestamp': new Date(e.timeMs + 2350).toISOString(),
        Hostname: e.computer,
        Channel: e.channel === 'Security' ? 'security' : e.channel,
        SourceName: e.provider.name,
        ...(e.provider.guid ? { ProviderGuid: e.provider.guid } : {}),
        EventID: e.eventId,
        RecordNumber: e.recordId,
        ...(e.activityId ? { ActivityID: e.activityId } : {}),
        ExecutionProcessID: e.processId,
        ThreadID: e.threadId,
        ...(e.userSid ? { UserID: e.userSid } : {}),
        EventType: 'INFO',
        SourceModuleName: 'eventlog',
        SourceModuleType: 'im_msvistalog',
        host: COLLECTOR,
        ...(isUserData(e) ? {} : e.data),
      };
      const text = message(e);
      if (text) rec.Message = text;
      return JSON.stringify(rec);
    })
    .join('\n');

function classicTime(ms) {
  const d = new Date(ms);
  const two = (n) => String(n).padStart(2, '0');
  const h = d.getUTCHours();
  return `${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${d.getUTCFullYear()} ${two(h % 12 || 12)}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

// The message Windows renders from the event's own template (the event table's `message`, `%N` its Nth field): in a
// classic export RdpCoreTS's and the client's fields are nowhere else.
function fromTemplate(e, eventRow) {
  const row = eventRow(e.provider.name, e.eventId);
  return row?.message?.replace(/%(\d+)/g, (_, n) => e.data[row.fields?.[Number(n) - 1] ?? ''] ?? '');
}

const splunkClassic = (events, { eventRow }) =>
  events
    .map((e) =>
      [
        classicTime(e.timeMs),
        `LogName=${e.channel}`,
        `EventCode=${e.eventId}`,
        'EventType=4',
        `ComputerName=${e.computer}`,
        `SourceName=${e.channel === 'Security' ? 'Microsoft Windows security auditing.' : e.provider.name}`,
        'Type=Information',
        `RecordNumber=${e.recordId}`,
        `Message=${(message(e) ?? fromTemplate(e, eventRow) ?? '').replaceAll('\r\n', '\n')}`,
      ].join('\n'),
    )
    .join('\n');

/** The renditions, each with the folder of samples/siem/ it is written to and its file name there. */
export const SIEM_RENDITIONS = [
  { name: 'Elastic ECS (Winlogbeat 8 hits)', dir: 'ecs', file: 'winlogbeat8-hits.ndjson', lossless: true, render: ecs },
  { name: 'Splunk JSON export', dir: 'splunk', file: 'export.json', lossless: true, render: splunk },
  { name: 'Sentinel WindowsEvent', dir: 'sentinel', file: 'windowsevent.json', lossless: true, render: sentinel },
  { name: 'NXLog im_msvistalog', dir: 'nxlog', file: 'im_msvistalog.json', lossless: false, render: nxlog },
  {
    name: 'Splunk classic WinEventLog',
    dir: 'splunk-classic',
    file: 'wineventlog.log',
    lossless: false,
    render: splunkClassic,
  },
];
