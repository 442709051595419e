/**
 * Hostile input, round 4 (issue #51): `merge` trusts nothing in a shard file. Crafted lines (not the shape, codec
 * markers that reach the prototype, deep nesting, numbers out of range, an `of` of a billion), a FIFO or a device
 * given as a shard, a computer in two shards or in the wrong one: each is one line on stderr and exit 2, never
 * exit 3, a stack trace or a hang.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineReadError, readLines } from '../../src/platform/node/lines.js';
import { rdpdiag, shardedFleet } from '../helpers/cli.js';

const fleet = shardedFleet('rdpdiag-merge4-', 4, 2);

async function refused(args: string[], message: RegExp): Promise<void> {
  const r = await rdpdiag(['merge', ...args, '--format', 'json']);
  expect(r.stderr, args.join(' ')).toMatch(message);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/unexpected failure| {4}at /);
}

/** Shard 2 with its first computer line replaced by `line` (or, with `extra`, `line` added before the end). */
function withLine(name: string, line: string, extra = false): string {
  const lines = readFileSync(fleet.files[1]!, 'utf8').trimEnd().split('\n');
  if (extra) lines.splice(lines.length - 1, 0, line);
  else lines[1] = line;
  const file = join(fleet.dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('merge trusts nothing', () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const crafted: [string, string][] = [
    ['an empty part', '{"part":{}}'],
    ['null', 'null'],
    ['a number', '5'],
    ['a list', '[]'],
    ['a part of null', '{"part":null}'],
    ['a reference to __proto__', '{"part":{"~r":"__proto__"}}'],
    ['a reference to length', '{"part":{"~r":"length"}}'],
    ['a reference to nothing', '{"part":{"~r":7}}'],
    ['a definition named __proto__', '{"part":{"~d":"__proto__","~v":{}}}'],
    ['a number marker of a text', '{"part":{"~n":"12abc"}}'],
    ['an unknown marker', '{"part":{"~x":1}}'],
    ['deep nesting', `{"part":${deep}}`],
    ['a number out of range', '{"part":{"diagnosed":{"attempts":[]},"firsts":[{"startMs":1e400}]}}'],
    [
      'a computer of null',
      '{"part":{"diagnosed":{"attempts":[],"hostFindings":[],"hijacks":[],"rdpChanges":[],"tunnelTools":[],"outboundRdp":[]},"firsts":[{"computer":null,"timestamp":"x","source":{}}]}}',
    ],
    [
      'attempts of text',
      '{"part":{"diagnosed":{"attempts":"x","hostFindings":[],"hijacks":[],"rdpChanges":[],"tunnelTools":[],"outboundRdp":[]},"firsts":[]}}',
    ],
    [
      'an attempt of nothing',
      '{"part":{"diagnosed":{"attempts":[1],"hostFindings":[],"hijacks":[],"rdpChanges":[],"tunnelTools":[],"outboundRdp":[]},"firsts":[{"computer":"x","timestamp":"x","source":{}}]}}',
    ],
    ['an end of nothing', '{"end":5}'],
    ['an end of no inputs', '{"end":{"parts":1,"inputs":null}}'],
    [
      'an end with a start of 1e308 squared',
      '{"end":{"parts":1,"inputs":[],"channelCounts":{},"reach":[],"span":{},"read":{"records":1e999},"duplicates":0}}',
    ],
    ['neither part nor end', '{"other":1}'],
    ['not JSON', '{"part":'],
  ];
  for (const [what, line] of crafted)
    it(`a shard line of ${what} is one line and exit 2`, async () => {
      await refused([fleet.files[0]!, withLine('bad.json', line)], /bad\.json/);
    });

  it('a header of a billion shards, or a fraction, is refused at once', async () => {
    for (const of of ['1000000000', '2.5', '-1', '"2"']) {
      const lines = readFileSync(fleet.files[1]!, 'utf8').split('\n');
      lines[0] = lines[0]!.replace(/"of":2/, `"of":${of}`);
      const file = join(fleet.dir, 'of.json');
      writeFileSync(file, lines.join('\n'));
      await refused([fleet.files[0]!, file], /of\.json: its shard number is not K of N/);
    }
  });

  it('a computer in two shards is refused, naming both files', async () => {
    const stolen = readFileSync(fleet.files[0]!, 'utf8').split('\n')[1]!;
    const file = withLine('twice.json', stolen, true);
    await refused(
      [fleet.files[0]!, file],
      new RegExp(`twice\\.json: computer .* is also in ${fleet.files[0]!.replace(/[.\\/]/g, '\\$&')}`),
    );
  });

  it('a computer in the shard its name does not hash to is refused', async () => {
    const stolen = readFileSync(fleet.files[0]!, 'utf8').split('\n')[1]!;
    const file = withLine('wrong.json', stolen, true);
    await refused(
      [file, fleet.files[0]!.replace('s1', 'missing')],
      /wrong\.json: line \d+ holds computer .* hashes to shard 1\/2, not 2\/2/,
    );
  });

  it('a FIFO or a device given as a shard is refused at once, not waited on', async () => {
    const fifo = join(fleet.dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    await refused([fleet.files[0]!, fifo], /fifo\.json: not a regular file/);
    await refused([fleet.files[0]!, '/dev/zero'], /\/dev\/zero: not a regular file/);
  });

  it('a line past the limit is refused at the limit, never held whole', async () => {
    const file = join(fleet.dir, 'long.json');
    writeFileSync(file, `{"a":1}\n${'x'.repeat(5000)}`);
    const lines: unknown[] = [];
    await expect(async () => {
      for await (const l of readLines(file, 1000)) lines.push(l);
    }).rejects.toThrow(LineReadError);
    expect(lines).toEqual(['{"a":1}']);
  });
});
