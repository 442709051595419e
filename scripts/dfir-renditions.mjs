// Every rendition of a set of records (NormalizedEvent) as the responders' tools write them, one implementation for
// scripts/make-dfir-samples.mjs (samples/dfir/) and the renditions test (test/parsers/siem/dfir-renditions.test.ts),
// each written as its tool's own source writes it:
// - Velociraptor `Windows.EventLogs.Evtx` rows (Velocidex/velociraptor artifacts/definitions/Windows/EventLogs/
//   Evtx.yaml over Velocidex/evtx's parse_evtx: `System` with `TimeCreated.SystemTime` Go's float64 of the FILETIME
//   in seconds, `EventID.Value`, hex fields and 64-bit numbers as JSON numbers, GUIDs upper case without braces;
//   the artifact's own `TimeCreated` of whole seconds, `Channel`, `EventRecordID`, `EventID`, `FullPath`), as a
//   hunt's export (`ClientId`, `Fqdn` on each row: one client per computer);
// - Velociraptor `Windows.EventLogs.EvtxHunter` rows (EvtxHunter.yaml: `EventTime` of whole seconds, `Computer`,
//   `Channel`, `Provider`, `EventID`, `EventRecordID`, `UserSID`, `EventData`, `UserData`, `Message`; events with
//   none of the three are not returned);
// - EvtxECmd CSV and JSON (EricZimmerman/evtx EvtxECmd/Program.cs: 27 columns, `TimeCreated`
//   `yyyy-MM-dd HH:mm:ss.fffffff`, level and keyword names, `Payload` Newtonsoft's JSON of EventData/UserData with
//   HexInt32 as `0x{X}` and GUIDs lower case; the JSON by ServiceStack, ISO 8601 times, nulls left out);
// - Chainsaw `dump --json` (WithSecureLabs/chainsaw src/file/evtx.rs: the evtx crate with separate attributes,
//   times to the microsecond, hex in lower case without padding, GUIDs without braces), and `hunt --json`
//   detections carrying the event under `document.data`.
// `lossless` renditions keep every field the verdicts read and the time to the millisecond: they must give the
// same attempts and findings as the records; EvtxHunter cuts times to the second and loses ActivityIDs.

const XMLNS = 'http://schemas.microsoft.com/win/2004/08/events/event';
const FILETIME_UNIX_SECONDS = 11644473600n;

const bare = (g) => g?.replace(/^\{|\}$/g, '');
const isUserData = (e) => e.userDataElement !== undefined;

/** The event's FILETIME (100 ns ticks since 1601) from its timestamp (`YYYY-MM-DDTHH:MM:SS.fffffffZ`). */
function filetime(e) {
  const seconds = BigInt(Math.floor(Date.parse(`${e.timestamp.slice(0, 19)}Z`) / 1000));
  return (seconds + FILETIME_UNIX_SECONDS) * 10_000_000n + BigInt(e.timestamp.slice(20, 27));
}

/** Velocidex/evtx's `filetimeToUnixtime`: float64(ft) less the epoch, over 10^7, all in float64 as Go does. */
const goUnixFloat = (ft) => (Number(ft) - 116444736000000000) / 10000000;

/** The names of the event's hex fields (the event table's `hex`, `hex64`). */
function hexNames(e, eventRow) {
  const row = eventRow(e.provider.name, e.eventId);
  return new Set([...(row?.hex ?? []), ...(row?.hex64 ?? [])]);
}

// A marker for numbers above 2^53 (64-bit hex as decimal), written as bare digits after JSON.stringify.
const BIG = '~rdpdiag-big~';
const unbig = (json) => json.replace(/"~rdpdiag-big~(\d+)"/g, '$1');

/** A value as a typed JSON renderer writes it: decimal text as a number, hex as `kind` says, GUIDs bare. */
function typed(value, isHex, hexAs) {
  if (isHex && /^0x[0-9a-f]+$/i.test(value)) {
    const n = BigInt(value);
    if (hexAs === 'number') return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : `${BIG}${n}`;
    return `0x${n.toString(16)}`;
  }
  if (/^(0|[1-9]\d{0,14})$/.test(value)) return Number(value);
  if (/^\{[0-9A-F-]{36}\}$/i.test(value)) return bare(value).toUpperCase();
  return value;
}

function typedData(e, eventRow, hexAs) {
  const hex = hexNames(e, eventRow);
  const out = {};
  const unnamed = [];
  for (const [k, v] of Object.entries(e.data)) {
    if (/^Data\[\d+\]$/.test(k)) unnamed.push(typed(v, false, hexAs));
    else out[k] = typed(v, hex.has(k), hexAs);
  }
  if (unnamed.length) out.Data = unnamed.length === 1 ? unnamed[0] : unnamed;
  return out;
}

const velociraptorRow = (e, { eventRow }) => {
  const ft = filetime(e);
  const system = {
    Provider: {
      Name: e.provider.name,
      ...(e.provider.guid ? { Guid: bare(e.provider.guid) } : {}),
      ...(e.provider.eventSourceName ? { EventSourceName: e.provider.eventSourceName } : {}),
    },
    EventID: e.qualifiers !== undefined ? { Qualifiers: e.qualifiers, Value: e.eventId } : { Value: e.eventId },
    ...(e.version !== undefined ? { Version: e.version } : {}),
    ...(e.level !== undefined ? { Level: e.level } : {}),
    ...(e.task !== undefined ? { Task: e.task } : {}),
    ...(e.opcode !== undefined ? { Opcode: e.opcode } : {}),
    ...(e.keywords ? { Keywords: `${BIG}${BigInt(e.keywords)}` } : {}),
    TimeCreated: { SystemTime: goUnixFloat(ft) },
    EventRecordID: e.recordId,
    ...(e.activityId ? { Correlation: { ActivityID: bare(e.activityId) } } : {}),
    ...(e.processId !== undefined ? { Execution: { ProcessID: e.processId, ThreadID: e.threadId } } : {}),
    Channel: e.channel,
    Computer: e.computer,
    ...(e.userSid ? { Security: { UserID: e.userSid } } : {}),
  };
  const data = typedData(e, eventRow, 'number');
  return {
    System: system,
    ...(isUserData(e) ? { UserData: { [e.userDataElement]: data } } : { EventData: data }),
    ...(e.message ? { Message: e.message } : {}),
    TimeCreated: `${e.timestamp.slice(0, 19)}Z`,
    Channel: e.channel,
    EventRecordID: e.recordId,
    EventID: e.eventId,
    FullPath: `C:\\Windows\\System32\\winevt\\Logs\\${e.channel.replaceAll('/', '%4')}.evtx`,
  };
};

const velociraptorEvtx = (events, how) => events.map((e) => unbig(JSON.stringify(velociraptorRow(e, how)))).join('\n');

/** A hunt's export: each client's rows carry its id and name. */
const velociraptorHunt = (events, how) => {
  const clients = new Map();
  return events
    .map((e) => {
      if (!clients.has(e.computer)) clients.set(e.computer, `C.${(0x1000 + clients.size).toString(16)}0000000000fa`);
      return unbig(JSON.stringify({ ...velociraptorRow(e, how), ClientId: clients.get(e.computer), Fqdn: e.computer }));
    })
    .join('\n');
};

const velociraptorHunter = (events, { eventRow }) =>
  events
    .filter((e) => Object.keys(e.data).length > 0 || e.message)
    .map((e) => {
      const data = typedData(e, eventRow, 'number');
      return unbig(
        JSON.stringify({
          EventTime: `${e.timestamp.slice(0, 19)}Z`,
          Computer: e.computer,
          Channel: e.channel,
          Provider: e.provider.name,
          EventID: e.eventId,
          EventRecordID: e.recordId,
          UserSID: e.userSid ?? null,
          Username: null,
          EventData: isUserData(e) ? null : data,
          UserData: isUserData(e) ? { [e.userDataElement]: data } : null,
          Message: e.message ?? null,
          OSPath: `C:\\Windows\\System32\\winevt\\Logs\\${e.channel.replaceAll('/', '%4')}.evtx`,
        }),
      );
    })
    .join('\n');

/**
 * Velociraptor's CSV of JSON rows (Velocidex/velociraptor json/csv.go `CSVEncoder`): the columns are the first
 * row's keys, a string cell the string, null empty, anything else its JSON; quoted as Go's encoding/csv does (a
 * comma, quote or line break, or a leading space), lines ending in `\n`.
 */
function velociraptorCsvOf(rows) {
  const columns = Object.keys(rows[0] ?? {});
  const cell = (v) => {
    if (v === undefined || v === null) return '';
    const s = typeof v === 'string' ? v : unbig(JSON.stringify(v));
    return /[",\r\n]/.test(s) || /^\s/.test(s) || s === '\\.' ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `${[columns.map(cell).join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n')}\n`;
}

/** `Windows.EventLogs.Evtx` exported as CSV: a column for EventData or UserData, whichever the first event had. */
const velociraptorEvtxCsv = (events, how) => velociraptorCsvOf(events.map((e) => velociraptorRow(e, how)));

/**
 * A hunt's rows of `SELECT System, get(field="EventData") AS EventData, get(field="UserData") AS UserData, Message`
 * over `parse_evtx` (as EvtxHunter selects them): both columns in every row, exported as CSV.
 */
const velociraptorSelectedCsv = (events, how) =>
  velociraptorCsvOf(
    events.map((e) => {
      const r = velociraptorRow(e, how);
      return {
        System: r.System,
        EventData: r.EventData ?? null,
        UserData: r.UserData ?? null,
        Message: r.Message ?? null,
      };
    }),
  );

// EvtxECmd ------------------------------------------------------------------------------------------------------

const LEVEL_NAMES = { 0: 'LogAlways', 1: 'Critical', 2: 'Error', 3: 'Warning', 4: 'Info', 5: 'Verbose' };
const KEYWORD_NAMES = {
  '0x8010000000000000': 'Audit failure',
  '0x8020000000000000': 'Audit success',
  '0x8080000000000000': 'Audit success, classic',
  '0x8000000000000000': 'Classic',
};

/** A value as EvtxECmd's SubstitutionArrayEntry renders it: HexInt as `0x{X}`, GUIDs lower case, no braces. */
function ecmdValue(value, isHex) {
  if (isHex && /^0x[0-9a-f]+$/i.test(value)) return `0x${BigInt(value).toString(16).toUpperCase()}`;
  if (/^\{[0-9A-F-]{36}\}$/i.test(value)) return bare(value).toLowerCase();
  return value;
}

/** Newtonsoft's SerializeXmlNode of the event's EventData or UserData. */
function ecmdPayload(e, eventRow) {
  const hex = hexNames(e, eventRow);
  if (isUserData(e)) {
    const inner = { '@xmlns': 'Event_NS' };
    for (const [k, v] of Object.entries(e.data)) inner[k] = v === '' ? null : ecmdValue(v, hex.has(k));
    return JSON.stringify({ UserData: { [e.userDataElement]: inner } });
  }
  const data = Object.entries(e.data).map(([k, v]) => {
    const value = ecmdValue(v, hex.has(k));
    if (/^Data\[\d+\]$/.test(k)) return value;
    return value === '' ? { '@Name': k } : { '@Name': k, '#text': value };
  });
  if (data.length === 0) return JSON.stringify({ EventData: null });
  return JSON.stringify({ EventData: { Data: data.length === 1 ? data[0] : data } });
}

function ecmdRecord(e, i, eventRow) {
  const time = `${e.timestamp.slice(0, 10)} ${e.timestamp.slice(11, 27)}`;
  return {
    RecordNumber: i + 1,
    EventRecordId: String(e.recordId),
    TimeCreated: time,
    EventId: e.eventId,
    Level: LEVEL_NAMES[e.level ?? 4] ?? String(e.level),
    Provider: e.provider.name,
    Channel: e.channel,
    ProcessId: e.processId ?? 0,
    ThreadId: e.threadId ?? 0,
    Computer: e.computer,
    ChunkNumber: Math.floor(i / 100),
    UserId: e.userSid,
    MapDescription: undefined,
    UserName: undefined,
    RemoteHost: undefined,
    PayloadData1: undefined,
    PayloadData2: undefined,
    PayloadData3: undefined,
    PayloadData4: undefined,
    PayloadData5: undefined,
    PayloadData6: undefined,
    ExecutableInfo: undefined,
    HiddenRecord: false,
    SourceFile: `C:\\Windows\\System32\\winevt\\Logs\\${e.channel.replaceAll('/', '%4')}.evtx`,
    Keywords: e.keywords ? (KEYWORD_NAMES[e.keywords] ?? e.keywords.toLowerCase()) : undefined,
    ExtraDataOffset: 0,
    Payload: ecmdPayload(e, eventRow),
  };
}

/** CsvHelper's quoting: a field with a comma, quote or line break in quotes, its quotes doubled. */
const csvCell = (v) => {
  if (v === undefined || v === null) return '';
  const s = typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

const evtxecmdCsv = (events, { eventRow }) => {
  const records = events.map((e, i) => ecmdRecord(e, i, eventRow));
  const header = Object.keys(records[0] ?? ecmdRecord(events[0], 0, eventRow));
  return [header.join(','), ...records.map((r) => header.map((h) => csvCell(r[h])).join(','))].join('\r\n');
};

/** ServiceStack's JSON of EventRecord: its properties in declaration order, nulls left out, ISO 8601 times. */
const ECMD_JSON_ORDER = [
  'PayloadData1',
  'PayloadData2',
  'PayloadData3',
  'PayloadData4',
  'PayloadData5',
  'PayloadData6',
  'UserName',
  'RemoteHost',
  'ExecutableInfo',
  'MapDescription',
  'ChunkNumber',
  'Computer',
  'Payload',
  'UserId',
  'Channel',
  'Provider',
  'EventId',
  'EventRecordId',
  'ProcessId',
  'ThreadId',
  'Level',
  'Keywords',
  'SourceFile',
  'ExtraDataOffset',
  'HiddenRecord',
  'TimeCreated',
  'RecordNumber',
];

const evtxecmdJson = (events, { eventRow }) =>
  events
    .map((e, i) => {
      const r = ecmdRecord(e, i, eventRow);
      r.TimeCreated = `${e.timestamp.slice(0, 27)}+00:00`;
      const out = {};
      for (const k of ECMD_JSON_ORDER) if (r[k] !== undefined) out[k] = r[k];
      return JSON.stringify(out);
    })
    .join('\n');

/**
 * `--json --fj`: the whole event's XML (EvtxECmd's own rendering: FILETIMEs `yyyy-MM-dd HH:mm:ss.fffffff`, GUID
 * values lower case without braces) as Newtonsoft's SerializeXmlNode writes it: attributes `@`, text `#text`.
 */
function ecmdFullEvent(e, eventRow) {
  const time = `${e.timestamp.slice(0, 10)} ${e.timestamp.slice(11, 27)}`;
  const attrs = (o) =>
    Object.fromEntries(
      Object.entries(o)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [`@${k}`, String(v)]),
    );
  const system = {
    Provider: attrs({ Name: e.provider.name, Guid: e.provider.guid, EventSourceName: e.provider.eventSourceName }),
    EventID:
      e.qualifiers !== undefined
        ? { '@Qualifiers': String(e.qualifiers), '#text': String(e.eventId) }
        : String(e.eventId),
    ...(e.version !== undefined ? { Version: String(e.version) } : {}),
    ...(e.level !== undefined ? { Level: String(e.level) } : {}),
    ...(e.task !== undefined ? { Task: String(e.task) } : {}),
    ...(e.opcode !== undefined ? { Opcode: String(e.opcode) } : {}),
    ...(e.keywords ? { Keywords: e.keywords } : {}),
    TimeCreated: { '@SystemTime': time },
    EventRecordID: String(e.recordId),
    Correlation: e.activityId ? { '@ActivityID': bare(e.activityId).toLowerCase() } : null,
    Execution: attrs({ ProcessID: e.processId, ThreadID: e.threadId }),
    Channel: e.channel,
    Computer: e.computer,
    Security: e.userSid ? { '@UserID': e.userSid } : null,
  };
  const payload = JSON.parse(ecmdPayload(e, eventRow));
  return { Event: { '@xmlns': XMLNS, System: system, ...payload } };
}

const evtxecmdFullJson = (events, { eventRow }) =>
  events.map((e) => JSON.stringify(ecmdFullEvent(e, eventRow))).join('\n');

// Chainsaw ------------------------------------------------------------------------------------------------------

function chainsawEvent(e, eventRow) {
  const system = {
    Provider_attributes: {
      Name: e.provider.name,
      ...(e.provider.guid ? { Guid: bare(e.provider.guid) } : {}),
      ...(e.provider.eventSourceName ? { EventSourceName: e.provider.eventSourceName } : {}),
    },
    EventID: e.eventId,
    ...(e.qualifiers !== undefined ? { EventID_attributes: { Qualifiers: e.qualifiers } } : {}),
    ...(e.version !== undefined ? { Version: e.version } : {}),
    ...(e.level !== undefined ? { Level: e.level } : {}),
    ...(e.task !== undefined ? { Task: e.task } : {}),
    ...(e.opcode !== undefined ? { Opcode: e.opcode } : {}),
    ...(e.keywords ? { Keywords: e.keywords.toLowerCase() } : {}),
    TimeCreated_attributes: { SystemTime: `${e.timestamp.slice(0, 26)}Z` },
    EventRecordID: e.recordId,
    ...(e.activityId ? { Correlation_attributes: { ActivityID: bare(e.activityId) } } : { Correlation: null }),
    ...(e.processId !== undefined
      ? { Execution_attributes: { ProcessID: e.processId, ThreadID: e.threadId } }
      : { Execution: null }),
    Channel: e.channel,
    Computer: e.computer,
    ...(e.userSid ? { Security_attributes: { UserID: e.userSid } } : { Security: null }),
  };
  const data = typedData(e, eventRow, 'hex');
  return {
    Event_attributes: { xmlns: XMLNS },
    Event: {
      System: system,
      ...(isUserData(e)
        ? { UserData: { [e.userDataElement]: data, [`${e.userDataElement}_attributes`]: { xmlns: 'Event_NS' } } }
        : { EventData: Object.keys(data).length ? data : null }),
    },
  };
}

const chainsawDump = (events, { eventRow }) =>
  `[${events.map((e) => JSON.stringify(chainsawEvent(e, eventRow), null, 2)).join(',\n')}]`;

const chainsawHunt = (events, { eventRow }) =>
  JSON.stringify(
    events.map((e) => ({
      group: 'Remote Desktop',
      kind: 'individual',
      document: {
        kind: 'evtx',
        path: `C:\\cases\\logs\\${e.channel.replaceAll('/', '%4')}.evtx`,
        data: chainsawEvent(e, eventRow),
      },
      name: `RDP event ${e.eventId}`,
      timestamp: `${e.timestamp.slice(0, 19)}+00:00`,
      authors: ['rdpdiag'],
      level: 'info',
      source: 'chainsaw',
      status: 'stable',
    })),
  );

/** The renditions, each with the folder of samples/dfir/ it is written to and its file name there. */
export const DFIR_RENDITIONS = [
  {
    name: 'Velociraptor Windows.EventLogs.Evtx',
    // Go's float64 of the FILETIME keeps steps of 16 ticks: a time within 0.8 µs of a millisecond may cross it.
    timePrecisionMs: 0.002,
    dir: 'velociraptor',
    file: 'Windows.EventLogs.Evtx.json',
    lossless: true,
    render: velociraptorEvtx,
  },
  {
    name: 'Velociraptor hunt export (Windows.EventLogs.Evtx)',
    // Go's float64 of the FILETIME keeps steps of 16 ticks: a time within 0.8 µs of a millisecond may cross it.
    timePrecisionMs: 0.002,
    dir: 'velociraptor-hunt',
    file: 'H.CN5A3BO0F8Q2E-Windows.EventLogs.Evtx.json',
    lossless: true,
    render: velociraptorHunt,
  },
  {
    name: 'Velociraptor Windows.EventLogs.Evtx as CSV',
    // The columns of the first row only: the events of the other data kind lose their fields (said once).
    timePrecisionMs: 0.002,
    dir: 'velociraptor-csv',
    file: 'Windows.EventLogs.Evtx.csv',
    lossless: false,
    render: velociraptorEvtxCsv,
  },
  {
    name: 'Velociraptor parse_evtx rows (System, EventData, UserData) as CSV',
    timePrecisionMs: 0.002,
    dir: 'velociraptor-csv-selected',
    file: 'parse_evtx.csv',
    lossless: true,
    render: velociraptorSelectedCsv,
  },
  {
    name: 'Velociraptor Windows.EventLogs.EvtxHunter',
    dir: 'velociraptor-evtxhunter',
    file: 'Windows.EventLogs.EvtxHunter.json',
    lossless: false,
    render: velociraptorHunter,
  },
  {
    name: 'EvtxECmd CSV',
    dir: 'evtxecmd',
    file: '20240510090000_EvtxECmd_Output.csv',
    // No ActivityID: connections from one address are told apart by session, user and time only.
    lossless: false,
    render: evtxecmdCsv,
  },
  {
    name: 'EvtxECmd JSON',
    dir: 'evtxecmd-json',
    file: '20240510090000_EvtxECmd_Output.json',
    lossless: false,
    render: evtxecmdJson,
  },
  {
    name: 'EvtxECmd JSON --fj (whole events)',
    dir: 'evtxecmd-fj',
    file: '20240510090000_EvtxECmd_Output.json',
    lossless: true,
    render: evtxecmdFullJson,
  },
  { name: 'Chainsaw dump --json', dir: 'chainsaw', file: 'dump.json', lossless: true, render: chainsawDump },
  { name: 'Chainsaw hunt --json', dir: 'chainsaw-hunt', file: 'hunt.json', lossless: true, render: chainsawHunt },
];
