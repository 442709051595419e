/**
 * A log of the session host itself as a source of attempts, declared by its event's row (`hostConnection` in
 * src/model/events.ts, read by src/correlate/host-connections.ts): RCM/Admin 1158 ("Remote Desktop Services accepted
 * a connection from IP address …"). Each record is one connection: it joins the host's attempt of that client at that
 * moment (one record per attempt, the one just before a logon that opened it), names the client of an address-less
 * listener connection of the same second, and is an attempt of its own, `unknown`, where no other log holds it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correlate } from '../../src/correlate/index.js';
import { EVENTS } from '../../src/model/events.js';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { type TestEvent, wevtutilStream } from '../helpers/xml-events.js';

const HOST = 'RDSH11.corp.example.test';
const RCM = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager';
const CORE = 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS';
const SECURITY = 'Microsoft-Windows-Security-Auditing';
let record = 0;
const accepted = (time: string, address: string): TestEvent => ({
  id: 1158,
  time,
  record: ++record,
  computer: HOST,
  channel: `${RCM}/Admin`,
  provider: RCM,
  userData: { Param1: address },
});
const listener = (time: string): TestEvent => ({
  id: 261,
  time,
  record: ++record,
  computer: HOST,
  channel: `${RCM}/Operational`,
  provider: RCM,
  userData: { listenerName: 'RDP-Tcp' },
});
const core = (id: number, time: string, activity: string, data: Record<string, string>): TestEvent => ({
  id,
  time,
  record: ++record,
  computer: HOST,
  channel: `${CORE}/Operational`,
  provider: CORE,
  activity,
  eventData: data,
});
const logon = (time: string, address: string): TestEvent => ({
  id: 4624,
  time,
  record: ++record,
  computer: HOST,
  channel: 'Security',
  provider: SECURITY,
  eventData: {
    TargetUserName: 'ana',
    TargetDomainName: 'CORP',
    LogonType: '10',
    IpAddress: address,
    IpPort: '50312',
    WorkstationName: 'PC-ANA',
  },
});

function serverAttempts(events: TestEvent[]) {
  return correlate(eventsFromXml(wevtutilStream(events))).filter((a) => a.side === 'server');
}
const shown = (a: { events: { eventId: number }[] }) => a.events.map((e) => e.eventId);

describe('a host log read as a source of attempts (RCM/Admin 1158)', () => {
  it('is declared by its row: the address field is one of its fields', () => {
    const rows = EVENTS.filter((r) => r.hostConnection);
    expect(rows.map((r) => `${r.channel} ${r.id}`)).toContain('RCM-Admin 1158');
    for (const r of rows) expect(r.fields).toContain(r.hostConnection!.address);
  });

  it('alone (only RCM/Admin exported): one attempt per record, unknown, its client named, the reason saying so', () => {
    const found = serverAttempts([
      accepted('2024-05-02T10:00:00.000Z', '203.0.113.45'),
      accepted('2024-05-02T10:00:02.000Z', '203.0.113.45'),
    ]);
    expect(found.map((a) => [a.start.slice(11, 19), a.client.address, a.outcome, a.progress.accepted])).toEqual([
      ['10:00:00', '203.0.113.45', 'unknown', true],
      ['10:00:02', '203.0.113.45', 'unknown', true],
    ]);
    expect(found[0].outcomeReason).toMatch(/RCM-Admin 1158/);
    expect(found[0].connection).toBe('tcp');
  });

  it('joins the logon of the same client that follows it; an earlier record of that client is a connection of its own', () => {
    const found = serverAttempts([
      accepted('2024-05-02T11:00:00.000Z', '198.51.100.31'),
      accepted('2024-05-02T11:00:40.000Z', '198.51.100.31'),
      logon('2024-05-02T11:00:55.000Z', '198.51.100.31'),
    ]);
    expect(found.map((a) => [a.start.slice(11, 19), a.outcome, shown(a)])).toEqual([
      ['11:00:00', 'unknown', [1158]],
      ['11:00:40', 'succeeded', [1158, 4624]],
    ]);
  });

  it("joins the connection RdpCoreTS logged, and a second record inside it (mstsc's probe) makes no attempt", () => {
    const act = '{F4209001-0000-4000-8000-000000000000}';
    const found = serverAttempts([
      accepted('2024-05-02T12:00:00.100Z', '192.0.2.20'),
      core(131, '2024-05-02T12:00:00.200Z', act, { ConnType: 'TCP', ClientIP: '192.0.2.20:50100' }),
      accepted('2024-05-02T12:00:01.000Z', '192.0.2.20'),
      core(103, '2024-05-02T12:00:03.000Z', act, { ReasonCode: '14' }),
    ]);
    expect(found).toHaveLength(1);
    expect(shown(found[0])).toEqual([1158, 131, 1158, 103]);
    expect(found[0].start.slice(11, 23)).toBe('12:00:00.100');
  });

  it('names the client of a listener connection of the same moment that no other event names', () => {
    const found = serverAttempts([
      listener('2024-05-02T13:00:00.000Z'),
      accepted('2024-05-02T13:00:00.300Z', '203.0.113.9'),
    ]);
    expect(found.map((a) => [a.client.address, shown(a)])).toEqual([['203.0.113.9', [261, 1158]]]);
  });

  it('another computer, or another client, is never joined', () => {
    const other = { ...logon('2024-05-02T14:00:05.000Z', '192.0.2.77'), computer: 'RDSH12.corp.example.test' };
    const found = serverAttempts([
      accepted('2024-05-02T14:00:00.000Z', '192.0.2.77'),
      other,
      logon('2024-05-02T14:00:06.000Z', '192.0.2.78'),
    ]);
    expect(found.map((a) => [a.computer, a.client.address, shown(a)])).toEqual([
      [HOST, '192.0.2.77', [1158]],
      ['RDSH12.corp.example.test', '192.0.2.77', [4624]],
      [HOST, '192.0.2.78', [4624]],
    ]);
  });

  it('its sample cut by --shard and merged: the report of one run, and no warning of a join across parts', async () => {
    const input = join(ROOT, 'samples/host-log-rcm-admin-accepted');
    const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-host-log-'));
    try {
      const files = [1, 2].map((k) => join(dir, `part${k}.jsonl`));
      for (const [i, file] of files.entries()) {
        const part = await rdpdiag(['analyze', input, '--shard', `${i + 1}/2`, '-o', file]);
        expect(part.code).toBe(0);
        expect(part.stderr).not.toMatch(/other computers|crosses|across/);
      }
      const merged = await rdpdiag(['merge', ...files, '--format', 'json']);
      const one = await rdpdiag(['analyze', input, '--format', 'json']);
      expect(merged.stderr).toBe('');
      expect(merged.stdout).toBe(one.stdout);
      expect(JSON.parse(one.stdout).attempts).toHaveLength(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
