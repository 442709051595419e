/**
 * A computer of many events written over several shard lines (issue #51: a 250 MB computer line cost `merge` 1.3 GB):
 * the shard file, written with a small line budget, merges into the very report the one-line file gives (JSON and
 * Markdown, byte for byte), through the `merge` that reads any part line (older ones read them alike); what one
 * object joins (an event two attempts hold, one a finding cites) and attempts of one start stay on one line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import { PART_LINE_EVENTS, partLines } from '../../src/pipeline/shard-lines.js';
import { rdpdiag } from '../helpers/cli.js';
import { fixtureEvent, joinedAttempts, shardLines } from '../helpers/shard-parts.js';
import { writeFleetExport } from '../helpers/winlogbeat.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rdpdiag-shard-lines-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a computer over several shard lines', () => {
  it('merges into the report its one line gives, byte for byte', async () => {
    // Two computers of many attempts each (a colleague's connections, a source guessing passwords): four rounds, with
    // a budget of 5 events a line, cut each computer over more than three lines (as ten rounds did with 12).
    const file = writeFleetExport(dir, 2, 4);
    const whole = await shardLines(file);
    const split = await shardLines(file, 5);
    const parts = (lines: string[]) => lines.filter((l) => l.startsWith('{"part"'));
    expect(parts(whole)).toHaveLength(2);
    expect(parts(split).length).toBeGreaterThan(6);
    const longest = (lines: string[]) => Math.max(...parts(lines).map((l) => l.length));
    expect(longest(split)).toBeLessThan(longest(whole) / 3);
    writeFileSync(join(dir, 'whole.json'), whole.join(''));
    writeFileSync(join(dir, 'split.json'), split.join(''));
    for (const format of ['json', 'markdown']) {
      const one = await rdpdiag(['merge', join(dir, 'whole.json'), '--format', format, '-q']);
      const many = await rdpdiag(['merge', join(dir, 'split.json'), '--format', format, '-q']);
      expect(one.stderr, format).toBe('');
      expect(many.code, format).toBe(one.code);
      expect(many.stdout, format).toBe(one.stdout);
    }
  });

  it('a line given twice is refused, one line naming it, exit 2: where it follows itself or comes back later', async () => {
    const file = writeFleetExport(dir, 2, 10, 'fleet-twice.ndjson');
    const split = await shardLines(file, 12);
    const parts = split.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('{"part"'));
    const computerOf = (l: string) => /RDSH\d+/.exec(l)![0];
    // The head of the first computer, one of its other lines, and one of the second computer's lines.
    const [head, second] = [parts[0]!, parts[1]!];
    const other = parts.find(([l]) => computerOf(l) !== computerOf(head[0]))!;
    const cases: [string, string[], RegExp][] = [
      [
        'a line of attempts right after itself',
        split.flatMap((l, i) => (i === second[1] ? [l, l] : [l])),
        /line \d+ holds an attempt of computer "RDSH\d+\.corp\.example\.test" again/,
      ],
      [
        'the line of the findings right after itself',
        split.flatMap((l, i) => (i === head[1] ? [l, l] : [l])),
        /line \d+ holds the findings of computer "RDSH\d+\.corp\.example\.test" again/,
      ],
      [
        'a line of the first computer after the second computer’s',
        split.flatMap((l, i) => (i === other[1] ? [l, second[0]] : [l])),
        /line \d+ holds computer "RDSH\d+\.corp\.example\.test" again, whose lines ended at line \d+/,
      ],
    ];
    for (const [what, lines, said] of cases) {
      // The end line counts the lines, as a shard copied with its count fixed would.
      const fixed = lines.map((l) =>
        l.startsWith('{"end"')
          ? l.replace(/"parts":\d+/, `"parts":${lines.filter((x) => x.startsWith('{"part"')).length}`)
          : l,
      );
      writeFileSync(join(dir, 'twice.json'), fixed.join(''));
      const r = await rdpdiag(['merge', join(dir, 'twice.json'), '--format', 'json']);
      expect(r.code, what).toBe(2);
      expect(r.stdout, what).toBe('');
      expect(r.stderr, what).toMatch(said);
      expect(r.stderr.trim().split('\n'), what).toHaveLength(1);
    }
  });

  it('keeps together what one object joins, and attempts of one start, in their order', () => {
    const { attempts, diagnosed } = joinedAttempts();
    const lines = partLines({ diagnosed, firsts: [fixtureEvent(1)] }, 2);
    const at = (a: DiagnosedAttempt) => lines.findIndex((l) => l.diagnosed.attempts.includes(a));
    // The finding's line holds the attempt of the event it cites, and only it.
    expect(lines[0]!.diagnosed.attempts).toEqual([attempts[4]]);
    expect(lines[0]!.diagnosed.hostFindings).toHaveLength(1);
    expect(at(attempts[1]!)).toBe(at(attempts[3]!));
    expect(at(attempts[5]!)).toBe(at(attempts[6]!));
    // Every attempt on one line, each line's in their order; the others hold no finding, the first event only.
    expect(lines.flatMap((l) => l.diagnosed.attempts).sort((x, y) => x.startMs - y.startMs)).toEqual(
      [...attempts].sort((x, y) => x.startMs - y.startMs),
    );
    for (const l of lines.slice(1)) {
      expect(l.diagnosed.hostFindings).toEqual([]);
      expect(l.firsts).toHaveLength(1);
      const order = l.diagnosed.attempts.map((a) => attempts.indexOf(a));
      expect(order).toEqual([...order].sort((x, y) => x - y));
    }
    expect(lines.length).toBeGreaterThan(3);
    // A computer within the budget stays one line, as it was.
    expect(partLines({ diagnosed, firsts: [fixtureEvent(1)] }, PART_LINE_EVENTS)).toHaveLength(1);
  });
});
