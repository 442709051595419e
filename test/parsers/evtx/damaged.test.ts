/**
 * Damaged and unusual corpus files, each named by what is wrong with it: exact counts of records read,
 * of records/chunks skipped (the warnings that mean lost data) and of checksum/format notes, and never
 * fewer records than the better of the two reference parsers.
 */
import { describe, expect, it } from 'vitest';
import { countKinds, corpusFile, hasCorpus, loadReference, noCorpusReason, readAll } from './helpers.js';

if (!hasCorpus) console.warn(noCorpusReason);

const S = 'omerbenamram__evtx/samples/';

interface Case {
  what: string;
  file: string;
  records: number;
  warnings: Partial<Record<'skipped-record' | 'skipped-chunk' | 'checksum' | 'format', number>>;
  /** Records the better reference reads (from its dump), when it reads any. */
  reference?: number;
}

const CASES: Case[] = [
  {
    what: 'bad chunk magic (2 non-empty 64 KiB blocks without "ElfChnk"), 3 chunks with a bad data CRC, torn records',
    file: S + 'sample_with_a_bad_chunk_magic.evtx',
    records: 301,
    // 4 format notes: 2 records whose trailing size copy was never written, 2 gaps scanned over.
    warnings: { 'skipped-chunk': 2, checksum: 3, format: 4 },
    reference: 269,
  },
  {
    what: 'bad CRC: file header, chunk header and chunk data checksums all wrong',
    file: S + 'Application_no_crc32.evtx',
    records: 17,
    warnings: { checksum: 3 },
    reference: 17,
  },
  {
    what: 'zero data size: a record whose size field is 0 (the rest of the chunk is read past it)',
    file: S + 'sample-with-zero-data-size-event.evtx',
    records: 449,
    warnings: { 'skipped-record': 1, checksum: 1 },
    reference: 335,
  },
  {
    what: 'irregular bool values (non-0/1 booleans render as true)',
    file: S + 'sample-with-irregular-bool-values.evtx',
    records: 3028,
    warnings: {},
    reference: 3028,
  },
  {
    what: 'bad string cache: chunk header (string/template tables) checksum mismatch',
    file: S + 'security_bad_string_cache.evtx',
    records: 2261,
    warnings: { checksum: 1 },
    reference: 2261,
  },
  {
    what: 'dirty header: header says 3 chunks, 12 more hold newer records',
    file: S + 'system.evtx',
    records: 1881,
    warnings: {},
    reference: 1881,
  },
  {
    what: 'dirty header: header says 4 chunks, 7 more hold newer records (VSS copy)',
    file: S + '2-vss_7-System.evtx',
    records: 1160,
    warnings: {},
    reference: 1160,
  },
  {
    what: 'dirty header and 8 non-empty 64 KiB blocks of slack without "ElfChnk"',
    file: S + 'sysmon.evtx',
    records: 358,
    warnings: { 'skipped-chunk': 8 },
    reference: 358,
  },
  {
    what: 'flat WEF BinXML (template-less, no dependency ids, attribute values as value tokens): Exchange cmdlet log',
    file: S + 'MSExchange_Management_wec.evtx',
    records: 1,
    warnings: {},
  },
  {
    what: 'flat WEF BinXML: RemoteConnectionManager 1149 forwarded from several hosts',
    file: 'mdecrevoisier__EVTX-to-MITRE-Attack/TA0001-Initial access/T1078-Valid accounts/ID1149-RDP success logins to multiple hosts.evtx',
    records: 11,
    warnings: {},
  },
  {
    what: 'flat WEF BinXML: RdpCoreTS 131 brute force',
    file: 'mdecrevoisier__EVTX-to-MITRE-Attack/TA0007-Discovery/T1046-Network Service Scanning/ID131-RDP brutforce (no user info).evtx',
    records: 154,
    warnings: {},
  },
  {
    what: 'bad data CRC (VSS copy of a live log): corrupt records skipped, later ones still read; records whose embedded template lost its data size read with their System fields',
    file: S + '2-vss_0-Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx',
    records: 1964,
    // 4 of the format notes: a template with a damaged data size, read by its end-of-fragment token.
    warnings: { 'skipped-record': 11, checksum: 2, format: 6 },
    reference: 1910,
  },
  {
    what: 'bad data CRC (VSS copy of a live log), RemoteConnectionManager',
    file: S + '2-vss_0-Microsoft-Windows-TerminalServices-RemoteConnectionManager%4Operational.evtx',
    records: 1795,
    warnings: { 'skipped-record': 1, checksum: 2, format: 1 },
    reference: 1774,
  },
  {
    what: 'bad data CRC with a last record whose trailing size copy was never written',
    file: S + 'Microsoft-Windows-HelloForBusiness%4Operational.evtx',
    records: 6,
    warnings: { checksum: 1, format: 1 },
    reference: 6,
  },
  {
    what: 'bad data CRC with a half-written last record (values zeroed)',
    file: S + 'Microsoft-Windows-LanguagePackSetup%4Operational.evtx',
    records: 17,
    warnings: { checksum: 1, format: 1 },
    reference: 16,
  },
  {
    what: 'embedded BinXML with deep UserData (CAPI2) that libevtx partly fails on and python-evtx fully',
    file: S + 'E_ShadowCopy6_windows_system32_winevt_logs_Microsoft-Windows-CAPI2%4Operational.evtx',
    records: 459,
    warnings: {},
    reference: 436,
  },
  {
    what: 'embedded BinXML (CAPI2), second sample',
    file: S + 'E_Windows_system32_winevt_logs_Microsoft-Windows-CAPI2%4Operational.evtx',
    records: 340,
    warnings: {},
    reference: 337,
  },
  {
    what: 'control characters in strings (python-evtx fails on 4 of 5, libevtx XML unreadable)',
    file: 'williballenthin__python-evtx/tests/data/dns_log_malformed.evtx',
    records: 5,
    warnings: {},
    reference: 1,
  },
  {
    what: 'lone UTF-16 surrogate in a string',
    file: 'williballenthin__python-evtx/tests/data/issue_43.evtx',
    records: 1730,
    warnings: {},
    reference: 1730,
  },
];

describe.skipIf(!hasCorpus)('damaged evtx samples', () => {
  for (const c of CASES) {
    it(c.what, async () => {
      const { events, warnings } = await readAll(corpusFile(c.file));
      expect(events.length).toBe(c.records);
      expect(countKinds(warnings)).toEqual(c.warnings);
      for (const w of warnings) {
        expect(w.file).toBe(corpusFile(c.file));
        expect(w.offset).toBeTypeOf('number');
      }
      const refs = [loadReference(c.file, 'libevtx'), loadReference(c.file, 'pyevtx')].map((r) => r?.size ?? 0);
      const better = Math.max(...refs);
      if (c.reference !== undefined) expect(better).toBe(c.reference);
      expect(events.length).toBeGreaterThanOrEqual(better);
      // Every record we read carries its byte offset and a plausible time.
      for (const e of events) {
        expect(e.source.format).toBe('evtx');
        expect(e.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/);
      }
    });
  }

  it('reads the flat WEF events with their original host, record id and fields', async () => {
    const { events } = await readAll(corpusFile(CASES[9].file));
    const hosts = new Set(events.map((e) => e.computer));
    expect(hosts.size).toBeGreaterThan(3);
    for (const e of events) {
      expect(e.eventId).toBe(1149);
      expect(e.channel).toBe('Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational');
      expect(e.provider.guid).toBe('{C76BAA63-AE81-421C-B425-340B4B24157F}');
      expect(e.data.Param1).toBe('admmig');
      expect(e.data.Param3).toBe('10.23.123.11');
    }
    expect(events[0]).toMatchObject({
      recordId: 6433,
      computer: 'rootdc1.offsec.lan',
      timestamp: '2021-12-16T10:25:32.3518358Z',
      userSid: 'S-1-5-20',
      processId: 952,
      threadId: 5672,
    });
    const exchange = (await readAll(corpusFile(CASES[8].file))).events[0];
    expect(exchange).toMatchObject({
      eventId: 1,
      qualifiers: 16384,
      computer: 'WEC.ave.local',
      keywords: '0x80000000000000',
      provider: { name: 'MSExchange CmdletLogs' },
    });
    expect(exchange.data['Data[0]']).toBe('Set-Mailbox');
    expect(exchange.data['Data[26]']).toBe('fr-FR');
  });

  it('renders irregular booleans as true and keeps classic-event fields', async () => {
    const { events } = await readAll(corpusFile(S + 'system.evtx'));
    expect(events[0]).toMatchObject({
      eventId: 6009,
      qualifiers: 32768,
      keywords: '0x80000000000000',
      provider: { name: 'EventLog' },
    });
    expect(events[0].data).toEqual({
      'Data[0]': '10.00.',
      'Data[1]': '15063',
      'Data[2]': '',
      'Data[3]': 'Multiprocessor Free',
      'Data[4]': '0',
    });
    expect(events[1].data).toEqual({ 'Binary[0]': 'E107070003000C00110010001C00D6000000000000000000' });
    const bools = (await readAll(corpusFile(S + 'sample-with-irregular-bool-values.evtx'))).events;
    const values = new Set(bools.flatMap((e) => Object.values(e.data)));
    expect(values.has('true')).toBe(true);
  });

  it('records the file offset of each record and yields chunks in file order', async () => {
    const { events, batches } = await readAll(corpusFile(S + 'system.evtx'));
    expect(batches).toBe(15);
    expect(events[0].source.offset).toBe(4096 + 512);
    for (let i = 1; i < events.length; i++)
      expect(events[i].source.offset!).toBeGreaterThan(events[i - 1].source.offset!);
  });
});
