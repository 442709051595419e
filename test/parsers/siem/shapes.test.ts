// The whole-response and table shapes of the SIEMs' own APIs and UIs, each read as the same events as the
// one-record-a-line export of the same data: Splunk `output_mode=json_rows` and `json_cols`, the Log
// Analytics query API's `tables[].columns[]/rows[]`, Kibana Discover's CSV. Shapes written for this
// project after ../shared/reference/siem.md and the providers' documentation.
import { describe, expect, it } from 'vitest';
import { readTimeline } from '../../../src/ingest/timeline.js';
import type { NormalizedEvent } from '../../../src/model/event.js';
import { memoryInput } from '../../../src/model/source.js';

const bytes = (text: string) => new TextEncoder().encode(text);

async function read(name: string, content: string) {
  return readTimeline([{ name, open: async () => memoryInput(name, bytes(content)) }]);
}

const core = (events: readonly NormalizedEvent[]) =>
  events.map((e) => ({
    t: e.timestamp,
    ch: e.channel,
    id: e.eventId,
    pc: e.computer,
    rec: e.recordId,
    act: e.activityId,
    data: e.data,
  }));

const xml = (id: number, record: number, time: string, data: string) =>
  `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/><EventID>${id}</EventID><Version>2</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>0x8010000000000000</Keywords><TimeCreated SystemTime='${time}'/><EventRecordID>${record}</EventRecordID><Correlation/><Execution ProcessID='700' ThreadID='800'/><Channel>Security</Channel><Computer>RDSH01.corp.example.test</Computer><Security/></System><EventData>${data}</EventData></Event>`;
const RAW = [
  xml(
    4625,
    88001,
    '2024-05-10T08:03:18.0483201Z',
    "<Data Name='TargetUserName'>alice</Data><Data Name='LogonType'>3</Data><Data Name='IpAddress'>192.0.2.10</Data><Data Name='Status'>0xc000006d</Data>",
  ),
  xml(
    4624,
    88002,
    '2024-05-10T08:05:00.1000000Z',
    "<Data Name='TargetUserName'>alice</Data><Data Name='LogonType'>10</Data><Data Name='IpAddress'>192.0.2.10</Data>",
  ),
];

describe('Splunk search results as columns', () => {
  it('json_rows and json_cols give the events of the one-result-a-line JSON export', async () => {
    const lines = RAW.map((raw) => JSON.stringify({ preview: false, result: { _raw: raw, host: 'splunk-fwd' } }));
    const expected = core((await read('export.json', `${lines.join('\n')}\n`)).events);
    expect(expected).toHaveLength(2);

    const rows = {
      preview: false,
      init_offset: 0,
      messages: [],
      fields: ['_raw', 'host'],
      rows: RAW.map((r) => [r, 'splunk-fwd']),
    };
    const fromRows = await read('rows.json', JSON.stringify(rows));
    expect(core(fromRows.events)).toEqual(expected);
    // Newer Splunk names each field by an object.
    const named = { ...rows, fields: [{ name: '_raw' }, { name: 'host' }] };
    expect(core((await read('named.json', JSON.stringify(named))).events)).toEqual(expected);

    const cols = {
      preview: false,
      init_offset: 0,
      messages: [],
      fields: ['_raw', 'host'],
      columns: [RAW, RAW.map(() => 'splunk-fwd')],
    };
    const fromCols = await read('cols.json', JSON.stringify(cols, null, 2));
    expect(core(fromCols.events)).toEqual(expected);
  });
});

describe('Log Analytics / Sentinel query API tables', () => {
  const columns = [
    { name: 'TimeGenerated', type: 'datetime' },
    { name: 'Computer', type: 'string' },
    { name: 'EventID', type: 'int' },
    { name: 'Channel', type: 'string' },
    { name: 'LogonType', type: 'int' },
    { name: 'IpAddress', type: 'string' },
    { name: 'TargetUserName', type: 'string' },
    { name: 'Type', type: 'string' },
  ];
  const rows = [
    [
      '2024-05-10T08:03:18.048Z',
      'RDSH01.corp.example.test',
      4625,
      'Security',
      3,
      '192.0.2.10',
      'alice',
      'SecurityEvent',
    ],
    [
      '2024-05-10T08:05:00.1Z',
      'RDSH01.corp.example.test',
      4624,
      'Security',
      10,
      '192.0.2.10',
      'alice',
      'SecurityEvent',
    ],
  ];

  it('tables[].columns[]/rows[] give the events of the same rows as objects (`az … -o json`)', async () => {
    const objects = rows.map((r) => Object.fromEntries(columns.map((c, i) => [c.name, r[i]])));
    const expected = core((await read('az.json', JSON.stringify(objects, null, 2))).events);
    expect(expected.map((e) => e.id)).toEqual([4625, 4624]);
    const api = { tables: [{ name: 'PrimaryResult', columns, rows }] };
    const t = await read('api.json', JSON.stringify(api));
    expect(t.inputs[0]?.format).toBe('sentinel-securityevent');
    expect(core(t.events)).toEqual(expected);
    // Pretty-printed, as a script saves it.
    expect(core((await read('api-pretty.json', JSON.stringify(api, null, 2))).events)).toEqual(expected);
  });
});

describe('Kibana Discover CSV', () => {
  const source = (id: string, record: string, time: string, data: Record<string, string>) => ({
    '@timestamp': time,
    host: { name: 'wec01.corp.example.test' },
    event: { code: id },
    winlog: {
      channel: 'Security',
      provider_name: 'Microsoft-Windows-Security-Auditing',
      event_id: id,
      record_id: record,
      computer_name: 'RDSH01.corp.example.test',
      event_data: data,
    },
  });
  const docs = [
    source('4625', '88001', '2024-05-10T08:03:18.048Z', {
      TargetUserName: 'alice',
      LogonType: '3',
      IpAddress: '192.0.2.10',
    }),
    source('4624', '88002', '2024-05-10T08:05:00.100Z', {
      TargetUserName: 'alice',
      LogonType: '10',
      IpAddress: '192.0.2.10',
    }),
  ];
  const q = (v: string) => `"${v.replaceAll('"', '""')}"`;

  it('reads the chosen winlog.* columns, or a _source column, as the ECS documents they came from', async () => {
    const expected = core((await read('source.ndjson', `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`)).events);
    expect(expected).toHaveLength(2);
    const header = [
      '@timestamp',
      'winlog.channel',
      'winlog.provider_name',
      'winlog.event_id',
      'winlog.record_id',
      'winlog.computer_name',
      'winlog.event_data.TargetUserName',
      'winlog.event_data.LogonType',
      'winlog.event_data.IpAddress',
    ];
    const csv = [
      header.map(q).join(','),
      ...docs.map((d) =>
        [
          d['@timestamp'],
          d.winlog.channel,
          d.winlog.provider_name,
          d.winlog.event_id,
          d.winlog.record_id,
          d.winlog.computer_name,
          d.winlog.event_data.TargetUserName!,
          d.winlog.event_data.LogonType!,
          d.winlog.event_data.IpAddress!,
        ]
          .map(q)
          .join(','),
      ),
    ].join('\n');
    const t = await read('discover.csv', csv);
    expect(t.inputs[0]?.error).toBeUndefined();
    expect(t.inputs[0]?.format).toBe('ecs');
    expect(core(t.events)).toEqual(expected);

    const withSource = [
      '"@timestamp","_source"',
      ...docs.map((d) => `${q(d['@timestamp'])},${q(JSON.stringify(d))}`),
    ].join('\n');
    expect(core((await read('source.csv', withSource)).events)).toEqual(expected);
  });

  it("says what to change when Kibana wrote its display format's times", async () => {
    const csv = [
      '"@timestamp","winlog.channel","winlog.event_id","winlog.computer_name"',
      '"May 10, 2024 @ 08:03:18.048",Security,4625,RDSH01',
    ].join('\n');
    const t = await read('discover.csv', csv);
    expect(t.events).toHaveLength(0);
    expect(t.inputs[0]?.error?.message).toMatch(/Kibana Discover CSV.*display format.*dateFormat.*NDJSON/);
  });
});
