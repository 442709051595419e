/**
 * The Markdown and HTML headers date the logs from their bulk: one stray record years earlier (a System log's
 * first record from the Windows image's build) is named as stray, never the start of the logs.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { wevtutilStream } from '../helpers/xml-events.js';

function exportWithStrayRecord(): string {
  const dir = tempDir();
  const logons = Array.from({ length: 120 }, (_, i) => ({
    id: 21,
    record: 10 + i,
    time: new Date(Date.parse('2024-05-02T08:00:00Z') + i * 600_000).toISOString(),
    computer: 'RDSH01',
    channel: 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational',
    userData: { User: 'CORP\\ana', SessionID: String(2 + i), Address: '192.0.2.10' },
  }));
  const stray = {
    id: 6009,
    record: 1,
    time: '2014-03-21T19:14:08Z',
    computer: 'RDSH01',
    channel: 'System',
    provider: 'EventLog',
    eventData: {},
  };
  writeTemp(dir, 'logs.xml', wevtutilStream([stray, ...logons]));
  return join(dir, 'logs.xml');
}

describe('the header of a report dates the logs from their bulk', () => {
  const file = exportWithStrayRecord();

  it('markdown', async () => {
    const r = await rdpdiag(['analyze', file, '--format', 'markdown', '-q']);
    const line = r.stdout.split('\n').find((l) => l.startsWith('- Logs from'));
    expect(line).toMatch(/^- Logs from 2024-05-02 08:00:00Z → 2024-05-03 03:50:00Z, /);
    expect(line).toMatch(
      /not counting 1 stray record far from the rest .*: System record 1 on RDSH01, 2014-03-21 19:14:08Z/,
    );
  });

  it('html', async () => {
    const r = await rdpdiag(['analyze', file, '--format', 'html', '-q']);
    const header = /Logs from ([^<]*)<\/p>/.exec(r.stdout)?.[1] ?? '';
    expect(header).toMatch(/^2024-05-02 08:00:00Z → 2024-05-03 03:50:00Z, /);
    expect(header).toMatch(/System record 1 on RDSH01, 2014-03-21 19:14:08Z/);
  });
});
