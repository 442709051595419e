/**
 * Names from logs used as keys (issue #26): channels named `constructor`, `toString`, `__proto__`, and
 * fields of those names, are counted and kept like any other name, in JSON coverage counts, in dumps and
 * in redacted reports; none reads as present when it is not, none replaces an object's prototype.
 */
import { describe, expect, it } from 'vitest';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { eventViewerExport } from '../helpers/xml-events.js';

const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];

const events = NAMES.flatMap((name, i) =>
  [1, 2].map((n) => ({
    id: 100 + i,
    record: i * 2 + n,
    time: `2024-05-02T09:00:0${i}Z`,
    channel: name,
    provider: 'Test-Provider',
    eventData: Object.fromEntries(NAMES.map((f) => [f, `${f}-value-${n}`])),
  })),
);

describe('names from logs as keys', () => {
  it('channel counts in the JSON coverage', async () => {
    const file = writeTemp(tempDir(), 'odd.xml', eventViewerExport(events));
    const r = await rdpdiag(['analyze', file, '--format', 'json']);
    const channels: { channel: string; events: number }[] = JSON.parse(r.stdout).coverage.channels;
    expect(channels.map((c) => c.channel).sort()).toEqual([...NAMES].sort());
    for (const c of channels) expect(c.events).toBe(2);
  });

  it('fields of those names in a dump and a redacted timeline', async () => {
    const file = writeTemp(tempDir(), 'odd.xml', eventViewerExport(events));
    for (const args of [
      ['dump', file],
      ['timeline', file, '--format', 'jsonl', '--redact'],
    ]) {
      const r = await rdpdiag(args);
      const lines = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines).toHaveLength(events.length);
      for (const line of lines) {
        expect(Object.keys(line.data).sort()).toEqual([...NAMES].sort());
        for (const f of NAMES) expect(line.data[f]).toMatch(new RegExp(`^${f}-value-[12]$`));
      }
    }
  });
});
