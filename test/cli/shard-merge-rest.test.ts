/**
 * `merge` of 3 shards gives the one run's report, byte for byte, in the formats shard-merge.test.ts (fast tier) does
 * not compare: those that read the shards' attempts as one it compares does (SHARD_MERGE_REST).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FORMAT_NAMES } from '../../src/report/formats.js';
import { rdpdiag, writeShards } from '../helpers/cli.js';
import { SHARD_MERGE_FAST, SHARD_MERGE_REST, shardFleet } from '../helpers/shard-fleet.js';

let dir: string;
let input: string;
let files: string[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rdpdiag-shard-rest-'));
  input = join(dir, 'fleet.ndjson');
  writeFileSync(input, shardFleet());
  files = await writeShards([input], 3, dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyze --shard K/N, then merge, in the other formats', () => {
  it('the two tiers compare every format but JSON (which the fast tier compares first)', () => {
    expect([...SHARD_MERGE_FAST, ...SHARD_MERGE_REST, 'json'].sort()).toEqual([...REPORT_FORMAT_NAMES].sort());
  });

  it.each(SHARD_MERGE_REST)('3 shards merged give the one run’s %s report, byte for byte', async (format) => {
    const whole = await rdpdiag(['analyze', input, '--format', format]);
    const parts = await rdpdiag(['merge', ...files, '--format', format]);
    expect(parts.stderr).toBe('');
    expect(parts.stdout, format).toBe(whole.stdout);
    expect(parts.code).toBe(whole.code);
  });
});
