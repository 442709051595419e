/**
 * Record ids are 64-bit: above 2^53 they are kept exactly (their decimal digits, a JSON string), not
 * rounded to the nearest double, in every reader and output; two ids a double cannot tell apart stay two
 * records. The .evtx is made here.
 */
import { PROSE_FORMAT_NAMES } from '../../src/report/formats.js';
import { describe, expect, it } from 'vitest';
import { compareRecordIds, recordIdFromHalves, recordIdFromText } from '../../src/model/record-id.js';
import { SeenRecords } from '../../src/ingest/record-ids.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { evtxOf, failedLogon, filetimeOf } from '../helpers/evtx-events.js';

const A = 9007199254740993n; // 2^53 + 1: rounds to 2^53 as a double
const B = 9007199254740992n; // 2^53: a different record, the very double A would be rounded to
const MAX = 18446744073709551615n; // 2^64 - 1
const at = (second: number) => filetimeOf(`2024-05-02T09:00:0${second}Z`);

describe('record ids above 2^53', () => {
  it('are read exactly from both halves and from text, and ordered exactly', () => {
    expect(recordIdFromHalves(0xffffffff, 0x1fffff)).toBe(Number.MAX_SAFE_INTEGER);
    expect(recordIdFromHalves(1, 0x200000)).toBe('9007199254740993');
    expect(recordIdFromHalves(0xffffffff, 0xffffffff)).toBe(MAX.toString());
    expect(recordIdFromText('9007199254740993')).toBe('9007199254740993');
    expect(recordIdFromText('0x20000000000001')).toBe('9007199254740993');
    expect(recordIdFromText(' 42 ')).toBe(42);
    expect(recordIdFromText('4.2')).toBeUndefined();
    expect(compareRecordIds('9007199254740993', '9007199254740994')).toBeLessThan(0);
    expect(compareRecordIds(Number.MAX_SAFE_INTEGER, '9007199254740993')).toBeLessThan(0);
    expect(compareRecordIds('18446744073709551615', 5)).toBeGreaterThan(0);
    const seen = new SeenRecords();
    expect(seen.add('H', 'Security', '9007199254740993')).toBe(true);
    expect(seen.add('H', 'Security', '9007199254740992')).toBe(true);
    expect(seen.add('h', 'security', '9007199254740993')).toBe(false);
  });

  it('dump (JSONL and XML, read back) and every report keep them digit for digit', async () => {
    const file = writeTemp(
      tempDir(),
      'big.evtx',
      evtxOf([failedLogon(A, at(1)), failedLogon(B, at(2)), failedLogon(MAX, at(3)), failedLogon(7n, at(4))]),
    );
    const dump = await rdpdiag(['dump', file]);
    expect(
      dump.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).recordId),
    ).toEqual([
      A.toString(),
      B.toString(), // 2^53 is not a safe integer either (2^53 + 1 would read as it)
      MAX.toString(),
      7,
    ]);
    const dir = tempDir();
    const xml = writeTemp(dir, 'big.xml', (await rdpdiag(['dump', file, '--format', 'xml'])).stdout);
    expect((await rdpdiag(['dump', xml])).stdout).toBe(dump.stdout);
    // Nothing dropped as a duplicate of a rounded id.
    const timeline = await rdpdiag(['timeline', file, '--format', 'csv']);
    for (const id of [A, B, MAX]) expect(timeline.stdout).toContain(`,${id},`);
    expect(timeline.stdout.trim().split('\n')).toHaveLength(5); // a header and four records
    const json = JSON.parse((await rdpdiag(['analyze', file, '--format', 'json'])).stdout);
    const ids = JSON.stringify(json);
    for (const id of [A, B, MAX]) expect(ids).toContain(`"${id}"`);
    for (const format of PROSE_FORMAT_NAMES) {
      const r = await rdpdiag(['analyze', file, '--format', format, '--details']);
      expect(r.code, format).toBe(1);
      for (const id of [A, B, MAX]) expect(r.stdout, `${format} ${id}`).toContain(`${id}`);
    }
  });
});
