/**
 * The SIEM readers on the real exports of the shared corpus (readers.test.ts reads made ones): slow tier, with the
 * other tests of the corpus of real logs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTimeline } from '../../../src/ingest/timeline.js';
import type { NormalizedEvent } from '../../../src/model/event.js';
import { memoryInput } from '../../../src/model/source.js';
import { buildTimeline } from '../../../src/platform/node/files.js';
import { rdpdiag } from '../../helpers/cli.js';
import { corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from '../../helpers/corpus.js';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Reads in-memory inputs through the same detection and readers as files. */
async function read(inputs: Record<string, string | Uint8Array>) {
  const toOpen = Object.entries(inputs).map(([name, content]) => ({
    name,
    open: async () => memoryInput(name, typeof content === 'string' ? bytes(content) : content),
  }));
  return readTimeline(toOpen, {});
}

describe.skipIf(!HAVE_CORPUS)('real SIEM exports (../shared/corpus/siem)', () => {
  it('NXLog: local EventTime to UTC by the Logstash offset, `security` as Security, LSM/RCM fields from the English message', async () => {
    const t = await buildTimeline([
      corpusPath('siem/otrf-nxlog/empire_persistence_registry_run_keys_standard_user_2020-09-04.rdp.jsonl'),
    ]);
    expect(t.inputs[0]?.format).toBe('nxlog');
    const lsm21 = t.events.find((e) => e.eventId === 21 && e.channel.includes('LocalSessionManager'));
    expect(lsm21).toMatchObject({
      timestamp: '2020-09-04T07:08:22.0000000Z',
      data: { User: 'THESHIRE\\pgustavo', SessionID: '2', Address: '1.2.3.4' },
      dataFromMessage: true,
      timePrecisionMs: 1000,
      computer: 'WORKSTATION5.theshire.local',
    });
    const security = t.events.filter((e) => e.eventId === 4624);
    expect(new Set(security.map((e) => e.channel))).toEqual(new Set(['Security']));
    expect(security[0]?.keywords).toBe('0x8020000000000000');
    // The reconnect 32 s later, with its own RCM ActivityID, is an attempt of its own.
    const r = await rdpdiag([
      'analyze',
      corpusPath('siem/otrf-nxlog/empire_persistence_registry_run_keys_standard_user_2020-09-04.rdp.jsonl'),
      '--format',
      'json',
    ]);
    const report = JSON.parse(r.stdout) as { attempts: { start: string; outcome: string }[] };
    expect(report.attempts.map((a) => [a.start, a.outcome])).toEqual([
      ['2020-09-04T07:08:02.0000000Z', 'succeeded'],
      ['2020-09-04T07:08:34.0000000Z', 'succeeded'],
    ]);
  });

  it('Winlogbeat 6: the event’s computer_name, not the WEC shipper; record_number text as the id; user_data', async () => {
    const t = await buildTimeline([corpusPath('siem/otrf-winlogbeat6/empire_enable_rdp_2019-05-18.subset.jsonl')]);
    expect(t.inputs[0]?.format).toBe('winlogbeat6');
    expect(t.events.map((e) => e.computer)).not.toContain('WECserver');
    const rcm = t.events.find((e) => e.eventId === 20523);
    expect(rcm).toMatchObject({ computer: 'HR001.shire.com', recordId: 1, userDataElement: 'EventXML' });
    expect(rcm?.data.ListenerName).toBe('RDP-Tcp');
    expect(rcm?.data.xml_name).toBeUndefined();
    expect(t.events.find((e) => e.eventId === 4624)?.recordId).toBe(12282494);
  });

  it('Sentinel: SecurityEvent columns as EventData, an Event row’s DataItem time to 100 ns, a row without Type', async () => {
    const t = await buildTimeline([corpusPath('siem/otrf-sentinel/GoldenSAMLADFSMailAccess_WindowsEvents.json')]);
    expect(t.inputs[0]?.records).toBe(38);
    expect(t.inputs[0]?.warnings).toEqual([]);
    const logon = t.events.find((e) => e.eventId === 4624 && e.computer === 'DC01.simulandlabs.com');
    expect(logon).toMatchObject({ channel: 'Security', source: { format: 'sentinel-securityevent' } });
    expect(logon?.data).toMatchObject({ LogonType: '3', TargetUserName: 'wardog' });
    expect(logon?.data.Activity).toBeUndefined();
    const sql = t.events.find((e) => e.eventId === 33205);
    expect(sql).toMatchObject({
      timestamp: '2021-08-02T13:05:33.4847965Z',
      channel: 'Application',
      source: { format: 'sentinel-event' },
    });
    expect(sql?.data['Data[0]']).toMatch(/^audit_schema_version:1/);
    expect(t.events.find((e) => e.eventId === 5156)?.channel).toBe('Security');
  });

  it('flat JSON with TimeCreated (OTRF 2022–23): ms UTC times, no record id', async () => {
    const t = await buildTimeline([corpusPath('siem/otrf-winevent-json/LSASS_campaign_04.security-sample.jsonl')]);
    expect(t.inputs[0]?.format).toBe('flat-json');
    expect(t.events[0]).toMatchObject({
      timestamp: '2023-08-27T03:04:25.5930000Z',
      timePrecisionMs: 1,
      computer: 'IT01.pandalab.com',
    });
    expect(t.events[0]?.recordId).toBeUndefined();
    expect(t.events[0]?.data.LogonType).toBe('5');
  });

  it('Splunk: the real XmlWinEventLog `_raw` lines in a JSON export and a CSV give the events of the raw export', async () => {
    const file = corpusPath('siem/splunk-xmlwineventlog/security_content_data_sources_example_logs.xmlwineventlog.log');
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const raw = await buildTimeline([file]);
    const json = lines
      .map((l, i) =>
        JSON.stringify({ preview: false, offset: i, result: { _raw: l, _cd: `1:${i}`, host: 'splunk-fwd' } }),
      )
      .join('\n');
    const csv = `"_raw","_time","host"\n${lines.map((l) => `"${l.replaceAll('"', '""')}","2024-04-11 00:54:59.000 UTC","splunk-fwd"`).join('\n')}\n`;
    const strip = (events: NormalizedEvent[]) => events.map((e) => ({ ...e, source: undefined }));
    const fromJson = await read({ 'splunk.json': json });
    const fromCsv = await read({ 'splunk.csv': csv });
    expect(strip(fromJson.events)).toEqual(strip(raw.events));
    expect(strip(fromCsv.events)).toEqual(strip(raw.events));
    // With a record id, Splunk's `_cd` is not kept: computer, log and record id find the event.
    expect(fromJson.events.find((e) => e.eventId === 1149)?.source).toEqual({
      file: 'splunk.json',
      format: 'splunk-xml',
      line: 1,
    });
    // The record cut inside PrivilegeList is skipped with a warning, as in the raw export.
    expect(fromJson.inputs[0]?.warnings.map((w) => w.kind)).toContain('skipped-record');
  });
});
if (!HAVE_CORPUS) it.skip(NO_CORPUS_REASON, () => {});
