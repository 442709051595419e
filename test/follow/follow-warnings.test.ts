/**
 * `--follow` reports warnings as the offline reader does: counted by code per file, at most
 * MAX_WARNING_SAMPLES of each shown, the rest counted and totalled when it stops, not printed live
 * without end. The log is made here: 40 unreadable events and one good one.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_WARNING_SAMPLES } from '../../src/model/event.js';
import { tempDir } from '../helpers/collect.js';
import { startRdpdiag } from './helpers.js';

const event = (record: number, time: string) =>
  `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing'/><EventID>4625</EventID><TimeCreated SystemTime='${time}'/><EventRecordID>${record}</EventRecordID><Channel>Security</Channel><Computer>RDSH01</Computer></System><EventData><Data Name='LogonType'>10</Data></EventData></Event>\r\n`;
const unreadable = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => event(from + i, 'not a time')).join('');

describe('--follow warnings', () => {
  it('shows the first few of each kind per file, counts the rest, and totals them when it stops', async () => {
    const path = join(tempDir(), 'Security.xml');
    writeFileSync(path, unreadable(1, 40) + event(41, '2024-05-02T09:00:00Z'));
    const run = startRdpdiag(['analyze', '--follow', path, '--settle', '1', '--exit-zero']);
    await run.waitFor((_, err) => /caught up/.test(err));
    const r = await run.stop();
    const shown = r.stderr.split('\n').filter((l) => /^rdpdiag: warning: .*event has no valid TimeCreated/.test(l));
    expect(shown).toHaveLength(MAX_WARNING_SAMPLES);
    expect(r.stderr.match(/more xml-event-unreadable warnings: counted, not shown/g)).toHaveLength(1);
    expect(r.stderr).toMatch(/Security\.xml: 40 warning\(s\) in all \(xml-event-unreadable ×40\)/);
    expect(r.code, r.stderr).toBe(0);
  });
});
