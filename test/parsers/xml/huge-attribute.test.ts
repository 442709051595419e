/**
 * The XML reader at the size of issue #61's export: a 50 MB attribute is cut, its event kept, with one warning,
 * in bounded memory. The cut itself, at a small limit, is in the fast tier (long-value.test.ts); this is the size
 * claim, slow tier (vitest.config.ts).
 */
import { describe, expect, it } from 'vitest';
import { readXml } from '../../../src/platform/node/files.js';
import { collect, tempDir, writeTemp } from '../../helpers/collect.js';
import { eventXml, rdpCore131 } from '../../helpers/xml-events.js';

const dir = tempDir();

describe('readXml on a huge attribute', () => {
  it('cuts a 50 MB attribute, its event kept, with one warning and bounded memory (issue #61)', async () => {
    const huge = eventXml({ ...rdpCore131, record: 5005 }).replace(
      "ThreadID='1300'",
      `ThreadID='${'A'.repeat(50 * 1024 * 1024)}'`,
    );
    const path = writeTemp(
      dir,
      'huge.xml',
      eventXml(rdpCore131) + '\n' + huge + '\n' + eventXml({ ...rdpCore131, record: 5009 }),
    );
    const before = process.memoryUsage().rss;
    const { events, warnings, error } = await collect(readXml, path);
    expect(error).toBeUndefined();
    expect(events.map((e) => e.recordId)).toEqual([5001, 5005, 5009]);
    expect(events[1].threadId).toBeUndefined();
    expect(events[1].processId).toBe(events[0].processId);
    expect(warnings.map((w) => [w.code, w.line, w.message])).toEqual([
      [
        'value-cut',
        2,
        'record 5005: threadId (52,428,800 characters) cut to 262,144: Windows never writes a value that long (the rest of the event read)',
      ],
    ]);
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  });
});
