/**
 * Salient fields (issue 53): every event a rule reads names, in its event-table row, the fields a person reads
 * first, and its one-line summary leads with them, whole (every report's evidence row showing them, on every sample:
 * test/report/cross-format.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { listOf } from '../../patterns/evidence.js';
import { ATTACK_READS, FINDINGS, PATTERNS } from '../../patterns/index.js';
import { PATH_HOPS } from '../../patterns/paths.js';
import type { EventMatcher } from '../../patterns/types.js';
import { salientSummary, summarizeEvent } from '../../src/diagnose/event-summary.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { EVENTS, type EventRow, eventRow } from '../../src/model/events.js';
import { rowsOf } from '../helpers/event-rows.js';

function matchers(): EventMatcher[] {
  return [
    ...PATTERNS.flatMap((p) => p.clauses.map((c) => c.match)),
    ...FINDINGS.flatMap((f) => [f.match, f.clearedBy, f.followedBy].filter((m): m is EventMatcher => !!m)),
    ...PATH_HOPS.map((h) => h.match),
    ...ATTACK_READS,
  ];
}

/** Every row a rule reads. */
function rowsRulesRead(): EventRow[] {
  const out = new Set<EventRow>();
  for (const m of matchers()) for (const id of listOf(m.eventId)) for (const r of rowsOf(m, id)) out.add(r);
  return [...out];
}

/** An event of `row` with every field it names set, the first salient one longer than any summary's width. */
function eventOf(row: EventRow): NormalizedEvent {
  const data: Record<string, string> = {};
  for (const f of row.fields ?? []) data[f] = `v-${f}`;
  for (const f of row.salient ?? []) data[f] = `v-${f}`;
  const first = row.salient?.[0];
  if (first) data[first] = `${'C:\\Windows\\System32\\'.repeat(12)}x.exe /c whole`;
  return {
    timestamp: '2024-05-02T09:14:07.0000000Z',
    timeMs: Date.parse('2024-05-02T09:14:07Z'),
    channel: row.channel,
    provider: { name: row.provider },
    eventId: row.id,
    computer: 'RDSH01',
    data,
    source: { file: 'x.evtx', format: 'evtx' },
  } as NormalizedEvent;
}

describe('salient fields', () => {
  it('every event a rule reads names the fields a person reads first, and each one is a field it has', () => {
    const rows = rowsRulesRead();
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.filter((r) => r.salient === undefined).map((r) => `${r.provider} ${r.id}`)).toEqual([]);
    for (const r of EVENTS)
      for (const f of r.salient ?? [])
        if (r.fields && !/^(Data|Binary)\[\d+\]$/.test(f)) expect(r.fields, `${r.provider} ${r.id}`).toContain(f);
  });

  it('puts them first in every summary, whole, in the order the table gives', () => {
    for (const row of rowsRulesRead()) {
      if (!row.salient?.length) continue;
      const e = eventOf(row);
      const lead = salientSummary(e);
      const expected = row.salient.map((f) => (/^Data\[\d+\]$/.test(f) ? e.data[f] : `${f}=${e.data[f]}`)).join(' ');
      expect(lead, `${row.provider} ${row.id}`).toBe(expected);
      expect(summarizeEvent(e, 120).startsWith(lead), `${row.provider} ${row.id}`).toBe(true);
      expect(summarizeEvent(e, 160).startsWith(lead), `${row.provider} ${row.id}`).toBe(true);
    }
  });

  it('reads first what the issue names for 4625 and Sysmon 1, 3, 13', () => {
    const s = (p: string, id: number) => eventRow(p, id)?.salient;
    expect(s('Microsoft-Windows-Security-Auditing', 4625)).toEqual([
      'TargetUserName',
      'IpAddress',
      'Status',
      'SubStatus',
      'LogonType',
    ]);
    expect(s('Microsoft-Windows-Sysmon', 1)).toEqual(['Image', 'CommandLine', 'User', 'ParentImage']);
    expect(s('Microsoft-Windows-Sysmon', 3)).toEqual([
      'Image',
      'SourceIp',
      'DestinationIp',
      'DestinationPort',
      'Initiated',
    ]);
    expect(s('Microsoft-Windows-Sysmon', 13)).toEqual(['TargetObject', 'Details', 'Image']);
  });
});
