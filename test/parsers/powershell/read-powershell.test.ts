/**
 * PowerShell exports of Get-WinEvent (Export-Clixml, ConvertTo-Json of Windows PowerShell 5.1 and of
 * PowerShell 7): detected from content, mapped to the same events as the XML export of the same logs
 * (samples/powershell holds auth-bad-credentials' events so exported), and read past damage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../../patterns/auth-bad-credentials.js';
import { analyzeEvents } from '../../../src/diagnose/analyze.js';
import { detectFormat } from '../../../src/ingest/read.js';
import type { NormalizedEvent } from '../../../src/model/event.js';
import { buildTimeline } from '../../../src/platform/node/files.js';
import { rdpdiag, ROOT } from '../../helpers/cli.js';
import { tempDir, writeTemp } from '../../helpers/collect.js';

const PS = join(ROOT, 'samples', 'powershell');
const FILES = [
  'Security-ps51.json',
  'RdpCoreTS-ps7.json',
  'LocalSessionManager.clixml',
  'RemoteConnectionManager.clixml',
  'RDPClient.clixml',
];

/** What an event says, whatever file it came from; `ms`: times compared to the millisecond (PS 5.1's JSON). */
function essence(e: NormalizedEvent, ms = false) {
  const { source: _source, timestamp, ...rest } = e;
  return { ...rest, timestamp: ms ? timestamp.slice(0, 23) : timestamp };
}

const key = (e: NormalizedEvent) => `${e.channel} ${e.recordId}`;

describe('PowerShell exports of Get-WinEvent', () => {
  it.each([
    ['Security-ps51.json', 'powershell-json'],
    ['RdpCoreTS-ps7.json', 'powershell-json'],
    ['RDPClient.clixml', 'powershell-clixml'],
    ['default-depth.clixml', 'powershell-clixml'],
  ] as const)('detects each by content, not by name: %s', (file, format) => {
    expect(detectFormat(readFileSync(join(PS, file)).subarray(0, 65536)), file).toBe(format);
  });

  it('takes no JSON of another shape for a PowerShell export', () => {
    const dir = tempDir();
    // JSON of other shapes (a SIEM export, anything else) is not taken for a PowerShell export.
    for (const other of [
      '{"foo": 1}',
      '[{"@timestamp": "2024-05-02T09:14:07Z", "event": {"code": "4625"}}]',
      '{"Id": 5}',
    ])
      expect(detectFormat(readFileSync(writeTemp(dir, 'x.json', other))), other).not.toMatch(/^powershell/);
  });

  it('gives the same events as the XML export of the same logs', async () => {
    const xml = (await buildTimeline([join(ROOT, 'samples', authBadCredentials.id)])).events;
    const ps = await buildTimeline(FILES.map((f) => join(PS, f)));
    expect(ps.inputs.map((s) => [s.path.slice(PS.length + 1), s.format, s.error, s.warnings]).sort()).toEqual(
      FILES.map((f) => [f, f.endsWith('.json') ? 'powershell-json' : 'powershell-clixml', undefined, []]).sort(),
    );
    expect(ps.events).toHaveLength(xml.length);
    const byKey = new Map(xml.map((e) => [key(e), e]));
    for (const e of ps.events) {
      const twin = byKey.get(key(e));
      expect(twin, key(e)).toBeDefined();
      const ms = e.source.file.endsWith('ps51.json');
      expect(essence(e, ms), key(e)).toEqual(essence(twin!, ms));
    }
  });

  it('and the same analysis', async () => {
    const verdicts = (events: NormalizedEvent[]) =>
      analyzeEvents(events).attempts.map(
        (a) => `${a.start.slice(0, 23)} ${a.user} ${a.outcome} ${a.causes[0]?.id ?? '-'}`,
      );
    const xml = (await buildTimeline([join(ROOT, 'samples', authBadCredentials.id)])).events;
    const ps = (await buildTimeline(FILES.map((f) => join(PS, f)))).events;
    expect(verdicts(ps)).toEqual(verdicts(xml));
    const r = await rdpdiag(['analyze', ...FILES.map((f) => join('samples', 'powershell', f)), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(
      JSON.parse(r.stdout)
        .inputs.map((i: { format: string }) => i.format)
        .sort(),
    ).toEqual(['powershell-clixml', 'powershell-clixml', 'powershell-clixml', 'powershell-json', 'powershell-json']);
  });

  it('keeps the message when the default depth lost the fields, and says so', async () => {
    const { events, inputs } = await buildTimeline([join(PS, 'default-depth.clixml')]);
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e).toMatchObject({
      eventId: 1149,
      timestamp: '2024-05-02T09:14:05.2201234Z',
      keywords: '0x1000000000000000',
      recordId: 4417,
      computer: 'RDSH02.corp.example.test',
      provider: { guid: '{C76BAA63-AE81-421C-B425-340B4B24157F}' },
      data: {},
    });
    expect(e.message).toBe(
      'Remote Desktop Services: User authentication succeeded:\r\n\r\nUser: carol\r\nDomain: CORP\r\nSource Network Address: 203.0.113.25',
    );
    expect(inputs[0].warnings.map((w) => w.code)).toEqual(['powershell-values-lost']);
    expect(inputs[0].warnings[0].message).toMatch(/-Depth 3/);
  });

  it('reads past a damaged record, naming its line, and loses nothing else', async () => {
    const dir = tempDir();
    const good = (id: number) =>
      `{"Id": 1149, "RecordId": ${id}, "ProviderName": "Microsoft-Windows-TerminalServices-RemoteConnectionManager", "LogName": "Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational", "MachineName": "RDSH01", "TimeCreated": "\\/Date(1714641245220)\\/", "Properties": [{"Value": "alice"}, {"Value": "CORP"}, {"Value": "192.0.2.10"}]}`;
    const text = `[\n${good(1)},\n{"Id": 1149, "RecordId": 2, "TimeCreated": nonsense},\n{"Id": 1149, "RecordId": 3, "ProviderName": "x"},\n${good(4)},\n{"Id": "x", "Message": "a } and a \\" in a string", "TimeCreated": "2024"},\n${good(5)}\n]`;
    const { events, inputs } = await buildTimeline([writeTemp(dir, 'events.json', text)]);
    expect(events.map((e) => e.recordId)).toEqual([1, 4, 5]);
    expect(events[0].data).toEqual({ Param1: 'alice', Param2: 'CORP', Param3: '192.0.2.10' });
    expect(events[0].timestamp).toBe('2024-05-02T09:14:05.2200000Z');
    const warnings = inputs[0].warnings;
    expect(warnings.map((w) => [w.code, w.kind, w.line])).toEqual([
      ['powershell-record-unreadable', 'skipped-record', 3],
      ['powershell-record-unreadable', 'skipped-record', 4],
      ['powershell-record-unreadable', 'skipped-record', 6],
    ]);
    expect(warnings[0].message).toMatch(/not valid JSON/);
    expect(warnings[1].message).toMatch(/no readable TimeCreated/);
    // Cut off in the middle of a record: the ones before it are read, the loss is said.
    const cut = await buildTimeline([writeTemp(dir, 'cut.json', text.slice(0, text.indexOf(good(4)) + 40))]);
    expect(cut.events.map((e) => e.recordId)).toEqual([1]);
    expect(cut.inputs[0].warnings.at(-1)?.message).toMatch(/ends inside a record/);
  });

  it('CLIXML: a broken record is skipped, an unknown entity kept as written', async () => {
    const dir = tempDir();
    const clixml = readFileSync(join(PS, 'default-depth.clixml'), 'utf8');
    const record = clixml.slice(clixml.indexOf('  <Obj RefId="0">'), clixml.lastIndexOf('</Objs>'));
    const broken = record.replace('<I32 N="ProcessId">1108</I32>', '<I32 N="ProcessId">1108</S>');
    const doc = `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">\n${record}${broken}${record.replace('carol', '&lol;').replace('>4417<', '>4418<')}</Objs>`;
    const { events, inputs } = await buildTimeline([writeTemp(dir, 'x.clixml', doc)]);
    expect(events).toHaveLength(2);
    expect(events[1].message).toContain('User: &lol;');
    const codes = inputs[0].warnings.map((w) => [w.code, w.message.replace(/\(.*/, '')]);
    expect(codes).toContainEqual(['powershell-record-unreadable', 'record skipped: malformed markup ']);
  });

  it('says what a PowerShell file without event records is', async () => {
    const dir = tempDir();
    const r = await rdpdiag([
      'analyze',
      writeTemp(
        dir,
        'procs.clixml',
        '<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj RefId="0"><Props><S N="Name">svchost</S></Props></Obj></Objs>',
      ),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/PowerShell CLIXML file without event records/);
  });
});
