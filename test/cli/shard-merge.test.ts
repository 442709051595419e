/**
 * `analyze --shard K/N` then `merge`: a generated fleet cut into 3 parts by computer and merged gives the report one
 * run gives, byte for byte (JSON, the table, Markdown), with what only the fleet-wide pass sees: one source guessing on
 * computers of every part, its sign-in on one and its logon on a computer of another part (`signedInElsewhere`), and
 * lateral movement from the computer it reached. Mismatched shards are refused, exit 2.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardOfComputer } from '../../src/pipeline/shard-spec.js';
import { rdpdiag } from '../helpers/cli.js';
import { ATTACKER, SHARD_MERGE_FAST, shardFleet } from '../helpers/shard-fleet.js';

let dir: string;
let input: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rdpdiag-shard-'));
  input = join(dir, 'fleet.ndjson');
  writeFileSync(input, shardFleet());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The fleet's N shard files, written once per N for the file's tests (each reads them, none changes them). */
const written = new Map<string, Promise<string[]>>();
function shards(n: number, into = dir): Promise<string[]> {
  const key = `${n} ${into}`;
  let files = written.get(key);
  if (!files) written.set(key, (files = writeShardFiles(n, into)));
  return files;
}

async function writeShardFiles(n: number, into: string): Promise<string[]> {
  const files: string[] = [];
  for (let k = 1; k <= n; k++) {
    const file = join(into, `shard-${k}-of-${n}.json`);
    const r = await rdpdiag(['analyze', input, '--shard', `${k}/${n}`, '-o', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    files.push(file);
  }
  return files;
}

describe('analyze --shard K/N, then merge', () => {
  it('parts computers by the SHA-256 of the first label of their name, lower-cased, as documented', () => {
    for (const name of ['RDSH001.corp.example.test', 'app01', ' Mixed.Case.Example ', 'ÄRZTE-PC.example', 'x']) {
      const label = name.trim().toLowerCase().split('.')[0]!;
      const digest = createHash('sha256').update(label, 'utf8').digest('hex');
      expect(shardOfComputer(name, 7)).toBe((Number.parseInt(digest.slice(0, 8), 16) % 7) + 1);
    }
    // A short name and its FQDN are one computer: one part.
    expect(shardOfComputer('APP01', 5)).toBe(shardOfComputer('app01.corp.example.test', 5));
  });

  // The other formats: shard-merge-rest.test.ts (slow tier).
  it('3 shards merged give the one run’s report, byte for byte, in JSON and a format of each way of reading', async () => {
    const files = await shards(3);
    const one = await rdpdiag(['analyze', input, '--format', 'json']);
    expect(one.code).toBe(1);
    const merged = await rdpdiag(['merge', ...files, '--format', 'json']);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(1);
    expect(merged.stdout).toBe(one.stdout);

    // What only the fleet-wide pass sees: one attack over computers of every part, where it led on others.
    const report = JSON.parse(one.stdout);
    type Attack = {
      id: string;
      computer: string;
      source?: string;
      lateralMovement?: unknown;
      signedInElsewhere?: unknown;
    };
    const attacks = (report.findings as Attack[]).filter((f) => f.id === 'password-guessing' && f.source === ATTACKER);
    expect(new Set(attacks.map((f) => shardOfComputer(f.computer, 3)))).toEqual(new Set([1, 2, 3]));
    const attack = attacks.find((f) => f.computer === 'APP01.corp.example.test')!;
    expect(shardOfComputer('APP01.corp.example.test', 3)).toBe(2);
    expect(shardOfComputer('WEB01.corp.example.test', 3)).toBe(1);
    expect(attack.lateralMovement).toEqual([
      expect.objectContaining({ from: 'APP01.corp.example.test', to: 'FS-ARCHIVE.corp.example.test' }),
    ]);
    expect(attack.signedInElsewhere).toEqual([expect.objectContaining({ computer: 'WEB01.corp.example.test' })]);
    expect(report.findings.some((f: { id: string }) => f.id === 'lateral-movement')).toBe(true);

    for (const format of SHARD_MERGE_FAST) {
      const whole = await rdpdiag(['analyze', input, '--format', format]);
      const parts = await rdpdiag(['merge', ...files, '--format', format]);
      expect(parts.stdout, format).toBe(whole.stdout);
      expect(parts.code).toBe(whole.code);
    }
  });

  it('refuses shards that do not make one whole: another N, a part twice, a part missing, another version, cut short', async () => {
    const three = await shards(3);
    const two = await shards(2);
    const refused = async (args: string[], message: RegExp) => {
      const r = await rdpdiag(['merge', ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    };
    await refused([three[0]!, three[1]!, two[1]!], /shard 2\/2, the others are of 3/);
    await refused([three[0]!, three[1]!, three[1]!, three[2]!], /shard 2\/3 again/);
    await refused([three[0]!, three[2]!], /shard 2\/3 missing/);
    const [header, ...rest] = readFileSync(three[2]!, 'utf8').split('\n');
    const older = join(dir, 'older.json');
    writeFileSync(older, [header!.replace(/"version":"[^"]*"/, '"version":"0.0.1"'), ...rest].join('\n'));
    await refused([three[0]!, three[1]!, older], /older\.json: written by rdpdiag "0\.0\.1", this is rdpdiag /);
    // Every shard of another version: refused as well (not merged because they agree among themselves).
    const olders = three.map((f, i) => {
      const [head, ...lines] = readFileSync(f, 'utf8').split('\n');
      const name = join(dir, `older${i + 1}.json`);
      writeFileSync(name, [head!.replace(/"version":"[^"]*"/, '"version":"0.0.1"'), ...lines].join('\n'));
      return name;
    });
    await refused(olders, /older1\.json: written by rdpdiag "0\.0\.1"/);
    // A version of a megabyte is named cut.
    const huge = join(dir, 'huge.json');
    writeFileSync(
      huge,
      [header!.replace(/"version":"[^"]*"/, `"version":"${'9'.repeat(1_000_000)}"`), ...rest].join('\n'),
    );
    const r = await rdpdiag(['merge', three[0]!, three[1]!, huge]);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(600);
    const cut = join(dir, 'cut.json');
    writeFileSync(cut, [header, ...rest.slice(0, -2)].join('\n'));
    await refused([three[0]!, three[1]!, cut], /cut short/);
    await refused([input], /not a shard file/);
    const usage = await rdpdiag(['analyze', input, '--shard', '4/3']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--shard "4\/3"/);
    const report = await rdpdiag(['analyze', input, '--shard', '1/3', '--format', 'html']);
    expect(report.code).toBe(2);
    expect(report.stderr).toMatch(/give the report's format to merge/);
  });
});
