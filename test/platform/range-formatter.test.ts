/**
 * `dump`'s .evtx path writes most records from their template's plan (fixed text rendered once per
 * template, values escaped straight from the record's bytes), the others from their event: every record
 * must come out byte for byte as the event's writer gives it, whatever the values hold.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectSameDump } from '../helpers/range-dump.js';
import {
  type BinXml,
  buildChunk,
  buildFile,
  standardTemplate,
  systemValues,
  T,
  templateInstance,
  v,
  type Value,
} from '../parsers/evtx/builder.js';

const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-range-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One record of the standard template, its EventData from `data` (substitution 7 on) and `values`. */
function record(id: number, data: (b: BinXml) => void, values: Value[]) {
  return {
    id,
    body: (b: BinXml) => void templateInstance(b, (t) => standardTemplate(t, data), [...systemValues(id), ...values]),
  };
}

function file(name: string, records: ReturnType<typeof record>[]): string {
  const path = join(dir, name);
  writeFileSync(path, buildFile([buildChunk(records)]));
  return path;
}

const named =
  (...names: string[]) =>
  (b: BinXml) => {
    names.forEach((name, i) => {
      b.open('Data', { attrs: true })
        .attr('Name')
        .text(name)
        .closeStart()
        .subst(7 + i, T.STRING, true)
        .end();
    });
  };

describe('dump from template plans gives the event writer’s bytes', () => {
  it('escapes what the values hold as the event writer does', async () => {
    const hostile = [
      'plain',
      'quote " backslash \\ <tag> & apos \'',
      'line\r\nends\rand\nmore',
      'tab\tnul\u0000bell\u0007del\u007f',
      'c1 \u0085 bidi \u202e zero-width \u200b line sep \u2028',
      'lone \ud800 high, lone \udc00 low, pair \ud83d\ude00',
      'tag character \udb40\udc41',
      'accents éà 中文',
      'trailing nuls\u0000\u0000',
      '',
    ];
    const r = await expectSameDump(
      file(
        'hostile.evtx',
        hostile.map((s, i) =>
          record(i + 1, named('Value', 'Other'), [v.str(s), v.str(s.split('').reverse().join(''))]),
        ),
      ),
    );
    expect(r).toEqual({ records: hostile.length, planned: hostile.length });
  });

  it('renders other value types, null and missing values, positional names', async () => {
    const positional = (b: BinXml) => {
      b.open('Data').closeStart().subst(7, T.UINT32, true).end();
      b.open('Data').closeStart().subst(8, T.HEX64, true).end();
      b.open('Binary').closeStart().subst(9, T.BINARY, true).end();
      b.open('Data', { attrs: true }).attr('Name').text('Literal').closeStart().text('fixed <text>').end();
    };
    const r = await expectSameDump(
      file('types.evtx', [
        record(1, positional, [v.u32(4242), v.hex64(0xdeadbeefn), v.raw(T.BINARY, [1, 2, 0xfe])]),
        record(2, positional, [v.nul(), v.u32(7)]),
        record(3, positional, []),
        record(4, named('A'), [
          v.raw(
            T.GUID,
            Array.from({ length: 16 }, (_, i) => i),
          ),
        ]),
      ]),
    );
    expect(r).toEqual({ records: 4, planned: 4 });
  });

  it('writes 8-, 16- and 32-bit whole numbers as digits, as the event writer does (short values too)', async () => {
    const numbers = (b: BinXml) => {
      b.open('Data', { attrs: true }).attr('Name').text('U8').closeStart().subst(7, T.UINT8, true).end();
      b.open('Data', { attrs: true }).attr('Name').text('U16').closeStart().subst(8, T.UINT16, true).end();
      b.open('Data', { attrs: true }).attr('Name').text('U32').closeStart().subst(9, T.UINT32, true).end();
      b.open('Data', { attrs: true }).attr('Name').text('I32').closeStart().subst(10, T.INT32, true).end();
    };
    const extremes: [number, number, number, number][] = [
      [0, 0, 0, 0],
      [9, 10, 99, -1],
      [255, 65535, 0xffffffff, -2147483648],
      [128, 32768, 0x80000000, 2147483647],
    ];
    const r = await expectSameDump(
      file('numbers.evtx', [
        ...extremes.map(([a, b, c, d], i) =>
          record(i + 1, numbers, [
            v.raw(T.UINT8, [a]),
            v.raw(T.UINT16, [b & 255, b >> 8]),
            v.u32(c),
            v.raw(T.INT32, [d & 255, (d >> 8) & 255, (d >> 16) & 255, (d >>> 24) & 255]),
          ]),
        ),
        // A value shorter than its type: the event writer's text (empty), not a number.
        record(9, numbers, [v.raw(T.UINT8, []), v.raw(T.UINT16, [7]), v.raw(T.UINT32, [1, 2]), v.u32(5)]),
      ]),
    );
    expect(r.records).toBe(extremes.length + 1);
    expect(r.planned).toBeGreaterThanOrEqual(extremes.length);
  });

  it('leaves to the event writer what a plan cannot hold', async () => {
    const arrays = (b: BinXml) => {
      b.open('Data')
        .closeStart()
        .subst(7, T.STRING | T.ARRAY, true)
        .end();
    };
    const dependent = (b: BinXml) => {
      b.open('Data', { attrs: true, dep: 8 }).attr('Name').text('Maybe').closeStart().subst(7, T.STRING, true).end();
      b.open('Data').closeStart().subst(9, T.STRING, true).end();
    };
    const utf16z = (s: string) => Buffer.from(`${s}\u0000`, 'utf16le');
    const r = await expectSameDump(
      file('generic.evtx', [
        // An array: one Data element per item.
        record(1, arrays, [v.raw(T.STRING | T.ARRAY, [...utf16z('one'), ...utf16z('two')])]),
        // A null dependency drops its element, and the positions after it.
        record(2, dependent, [v.str('kept?'), v.nul(), v.str('after')]),
        record(3, dependent, [v.str('kept'), v.u8(1), v.str('after')]),
        // Repeated names get suffixes; an array index as a name is listed first.
        record(4, named('Same', 'Same'), [v.str('a'), v.str('b')]),
        record(5, named('Zed', '2'), [v.str('a'), v.str('b')]),
        record(6, named('__proto__', 'constructor'), [v.str('a'), v.str('b')]),
      ]),
    );
    // From plans: the record whose dependency is not null, and the one with names an object holds in order.
    expect(r).toEqual({ records: 6, planned: 2 });
  });

  it('writes a record its plan does not take from its template run as an event (compiled on that first run)', async () => {
    const dependent = (b: BinXml) => {
      b.open('Data', { attrs: true, dep: 8 }).attr('Name').text('Maybe').closeStart().subst(7, T.STRING, true).end();
      b.open('Data').closeStart().subst(9, T.STRING, true).end();
    };
    // Every record refused by the plan path: each template's op (made lazily for a sink) runs it.
    const r = await expectSameDump(
      file('refused.evtx', [
        record(1, named('Value', 'Other'), [v.str('a "b"'), v.str('line\r\nend')]),
        record(2, named('Value', 'Other'), [v.str('again'), v.str('')]),
        record(3, dependent, [v.str('kept'), v.u8(1), v.str('after')]),
        record(4, dependent, [v.str('dropped'), v.nul(), v.str('after')]),
      ]),
      true,
    );
    expect(r).toEqual({ records: 4, planned: 0 });
  });
});
