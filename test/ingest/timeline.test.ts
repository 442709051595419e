import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTimeArg } from '../../src/ingest/filter.js';
import { glob } from '../../src/platform/node/inputs.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { tempDir, tempFolderWith, writeTemp } from '../helpers/collect.js';
import { eventViewerExport, wevtutilStream, type TestEvent } from '../helpers/xml-events.js';

const lsm = (record: number, time: string, computer = 'RDSH01.corp.example.test'): TestEvent => ({
  id: 21,
  record,
  time,
  computer,
  channel: 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
  provider: 'Microsoft-Windows-TerminalServices-LocalSessionManager',
  userData: { User: 'CORP\\alice', SessionID: '2', Address: '192.0.2.10' },
});
/** LSM record `n` (1 to 9), logged `n` seconds after 09:00. */
const secondLsm = (n: number): TestEvent => lsm(n, `2024-05-02T09:00:0${n}Z`);
const core = (record: number, time: string): TestEvent => ({
  id: 131,
  record,
  time,
  eventData: { ConnType: 'TCP', ClientIP: '192.0.2.10:50000' },
});

describe('buildTimeline', () => {
  it('merges inputs in time order and drops records seen in two overlapping exports', async () => {
    const dir = tempFolderWith({
      // Two overlapping exports of the same LSM channel (records 2 and 3 in both) plus RdpCoreTS, newest first as Event Viewer saves.
      'lsm-monday.xml': eventViewerExport([secondLsm(3), secondLsm(2), secondLsm(1)]),
      'lsm-tuesday.xml': wevtutilStream([secondLsm(2), secondLsm(3), secondLsm(4)]),
      'core.xml': wevtutilStream([core(10, '2024-05-02T09:00:02.5Z'), core(11, '2024-05-02T08:59:59Z')]),
      // The same record id on another computer is another record.
      'other-host.xml': wevtutilStream([lsm(2, '2024-05-02T09:00:00Z', 'RDSH02.corp.example.test')]),
    });
    const t = await buildTimeline([dir]);
    expect(t.events.map((e) => `${e.computer.slice(0, 6)}:${e.eventId}:${e.recordId}`)).toEqual([
      'RDSH01:131:11',
      'RDSH02:21:2',
      'RDSH01:21:1',
      'RDSH01:21:2',
      'RDSH01:131:10',
      'RDSH01:21:3',
      'RDSH01:21:4',
    ]);
    expect(t.duplicates).toBe(2);
    expect(t.inputs.map((i) => i.records)).toEqual([2, 3, 3, 1]);
    expect(t.inputs.every((i) => !i.error)).toBe(true);
  });

  it('filters by absolute and relative time, channel, event id and computer', async () => {
    const dir = tempFolderWith({
      'a.xml': wevtutilStream([
        lsm(1, '2024-05-02T09:00:00Z'),
        lsm(2, '2024-05-02T10:00:00Z'),
        core(3, '2024-05-02T11:00:00Z'),
        lsm(4, '2024-05-02T12:00:00Z', 'RDSH02.corp.example.test'),
      ]),
    });
    const ids = async (filter: Parameters<typeof buildTimeline>[1]) =>
      (await buildTimeline([dir], filter)).events.map((e) => e.recordId);
    expect(
      await ids({
        filter: { sinceMs: Date.parse('2024-05-02T09:30:00Z'), untilMs: Date.parse('2024-05-02T11:00:00Z') },
      }),
    ).toEqual([2, 3]);
    expect(await ids({ filter: { channels: ['rdpcorets'] } })).toEqual([3]);
    expect(await ids({ filter: { channels: ['localsessionmanager/operational'] } })).toEqual([1, 2, 4]);
    expect(await ids({ filter: { eventIds: new Set([131]) } })).toEqual([3]);
    expect(await ids({ filter: { computers: ['rdsh02'] } })).toEqual([4]);
    const now = new Date('2024-05-02T12:30:00Z');
    expect(await ids({ filter: { sinceMs: parseTimeArg('2h', now) } })).toEqual([3, 4]);
  });
});

describe('parseTimeArg', () => {
  const now = new Date('2024-05-10T12:00:00Z');
  it('reads relative times', () => {
    expect(parseTimeArg('30m', now)).toBe(Date.parse('2024-05-10T11:30:00Z'));
    expect(parseTimeArg('3d', now)).toBe(Date.parse('2024-05-07T12:00:00Z'));
    expect(parseTimeArg('1w', now)).toBe(Date.parse('2024-05-03T12:00:00Z'));
  });
  it('reads ISO times, taking a time without zone as UTC', () => {
    expect(parseTimeArg('2024-05-02T09:00:00Z')).toBe(Date.parse('2024-05-02T09:00:00Z'));
    expect(parseTimeArg('2024-05-02T11:00:00+02:00')).toBe(Date.parse('2024-05-02T09:00:00Z'));
    expect(parseTimeArg('2024-05-02T09:00')).toBe(Date.parse('2024-05-02T09:00:00Z'));
    expect(parseTimeArg('2024-05-02')).toBe(Date.parse('2024-05-02T00:00:00Z'));
    expect(parseTimeArg('2024-05-02 09:00:07.25-05:30')).toBe(Date.parse('2024-05-02T14:30:07.250Z'));
    expect(parseTimeArg('2024-05-02T09:00:00+0200')).toBe(Date.parse('2024-05-02T07:00:00Z'));
    expect(parseTimeArg('1.5h', now)).toBe(Date.parse('2024-05-10T10:30:00Z'));
  });
  it('rejects dates that do not exist', () => {
    expect(() => parseTimeArg('2024-02-30')).toThrow(/cannot read the time/);
    expect(() => parseTimeArg('2024-05-02T24:10')).toThrow(/cannot read the time/);
  });
  it('rejects nonsense with a message that shows the accepted forms', () => {
    expect(() => parseTimeArg('last tuesday')).toThrow(/ISO 8601.*relative/);
  });
});

describe('glob', () => {
  it('expands * and ** for shells that do not', async () => {
    const dir = tempDir();
    writeTemp(dir, 'a.xml', '');
    writeTemp(dir, 'b.evtx', '');
    // Either separator in the pattern (Windows admins type both); paths come back as the platform writes them.
    for (const slash of ['/', sep]) {
      expect(await glob(`${dir}${slash}*.xml`)).toEqual([join(dir, 'a.xml')]);
      expect(await glob(`${dir}${slash}**${slash}*.evtx`)).toEqual([join(dir, 'b.evtx')]);
    }
  });

  it.runIf(process.platform === 'win32')('ignores case on Windows, as its file names do', async () => {
    const dir = tempDir();
    writeTemp(dir, 'Security.XML', '');
    expect(await glob(join(dir, '*.xml'))).toEqual([join(dir, 'Security.XML')]);
  });
});
