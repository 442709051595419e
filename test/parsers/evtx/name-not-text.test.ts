import { describe, expect, it } from 'vitest';
import { rdpdiag } from '../../helpers/cli.js';
import { tempDir, writeTemp } from '../../helpers/collect.js';
import { evtxOf, failedLogon, filetimeOf } from '../../helpers/evtx-events.js';

/**
 * A damaged chunk's bytes read as a record can give it a channel such as `Microsoft-Windows-Termũ\0…` (seen in a
 * VSS copy of an RCM log): such a record is skipped as damaged, with a warning naming its offset, and never becomes
 * a log of its own in coverage. The records beside it are read.
 */
describe('.evtx record whose channel or provider name is not text', () => {
  it.each([
    ['channel', { channel: 'Microsoft-Windows-Term\u0169\u0000\u0001' }],
    ['provider', { provider: 'Microsoft-Windows-Security-\u0007uditing' }],
  ])('is skipped with a warning when its %s holds control characters', async (_what, damage) => {
    const t = filetimeOf('2024-05-02T09:14:07Z');
    const file = writeTemp(
      tempDir(),
      'damaged.evtx',
      evtxOf([
        failedLogon(1n, t),
        { ...failedLogon(2n, t + 10_000_000n), ...damage },
        failedLogon(3n, t + 20_000_000n),
      ]),
    );
    const r = await rdpdiag(['analyze', file, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    const input = report.inputs[0];
    expect(input.records).toBe(2);
    expect(input.warningCounts).toEqual({ 'evtx-record-unreadable': 1 });
    expect(input.warnings.map((w: { code: string; offset?: number }) => [w.code, typeof w.offset])).toContainEqual([
      'evtx-record-unreadable',
      'number',
    ]);
    expect(JSON.stringify(report.coverage)).not.toMatch(/Term\\u0169|\\u0000|\\u0007/);
    expect(r.stderr).toMatch(/not text \(damaged record\)/);
  });
});
