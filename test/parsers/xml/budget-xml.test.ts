/**
 * Work budgets of the XML reader and of field keying: repeated names cost linear work, an event with
 * millions of elements or attributes is skipped with a warning naming its line, its neighbours are read.
 * Assertions are on counters and warnings, never on time.
 */
import { describe, expect, it } from 'vitest';
import { putField, type Suffixes } from '../../../parsers/common/fields.js';
import { readXml } from '../../../src/platform/node/files.js';
import { DEFAULT_LIMITS } from '../../../parsers/xml/tokenizer.js';
import { collect, tempDir, writeTemp } from '../../helpers/collect.js';
import { eventXml, type TestEvent } from '../../helpers/xml-events.js';

const dir = tempDir();
const base: TestEvent = { id: 131, time: '2024-05-02T09:14:01.1234567Z', record: 1, eventData: { A: '1' } };

describe('field keying', () => {
  it('keys a name repeated 20,000 times with linear work', () => {
    let reads = 0;
    const target: Record<string, string> = {};
    const data = new Proxy(target, {
      get(t, key) {
        reads++;
        return Reflect.get(t, key);
      },
    });
    const suffixes: Suffixes = new Map();
    for (let i = 0; i < 20_000; i++) putField(data, 'x', String(i), suffixes);
    expect(target.x).toBe('0');
    expect(target['x[1]']).toBe('1');
    expect(target['x[19999]']).toBe('19999');
    expect(reads).toBeLessThanOrEqual(2 * 20_000);
  });

  it('reads an XML event with 20,000 repeated <Data Name="x"/> keeping every value', async () => {
    const repeated = eventXml(base).replace("<Data Name='A'>1</Data>", '<Data Name="x">v</Data>'.repeat(20_000));
    const { events, warnings } = await collect(readXml, writeTemp(dir, 'repeated.xml', repeated));
    expect(warnings).toEqual([]);
    expect(Object.keys(events[0].data)).toHaveLength(20_000);
    expect(events[0].data['x[19999]']).toBe('v');
  });
});

describe('XML event budget', () => {
  it('skips an event of a million empty elements with a warning, and reads the events around it', async () => {
    const huge = eventXml({ ...base, record: 2 }).replace("<Data Name='A'>1</Data>", '<a/>'.repeat(1_000_000));
    const text = [eventXml(base), huge, eventXml({ ...base, record: 3 })].join('\n');
    const before = process.memoryUsage().rss;
    const { events, warnings, error } = await collect(readXml, writeTemp(dir, 'elements.xml', text));
    expect(error).toBeUndefined();
    expect(events.map((e) => e.recordId)).toEqual([1, 3]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ kind: 'skipped-record', line: 2 });
    expect(warnings[0].message).toContain(`more than ${DEFAULT_LIMITS.maxElements} elements`);
    // The elements kept before the cut are bounded by the budget (about 200 bytes each).
    expect(process.memoryUsage().rss - before).toBeLessThan(250 * 1024 * 1024);
  });

  it('skips an event of 300,000 attributes with a warning', async () => {
    const attrs = Array.from({ length: 300_000 }, (_, i) => `a${i}=""`).join(' ');
    const huge = eventXml({ ...base, record: 2 }).replace("<Data Name='A'>", `<Data Name='A' ${attrs}>`);
    const text = [eventXml(base), huge, eventXml({ ...base, record: 3 })].join('\n');
    const { events, warnings } = await collect(readXml, writeTemp(dir, 'attrs.xml', text));
    expect(events.map((e) => e.recordId)).toEqual([1, 3]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ kind: 'skipped-record', line: 2 });
    expect(warnings[0].message).toContain(`more than ${DEFAULT_LIMITS.maxAttributes} attributes`);
  });
});
