/**
 * Fuzzing the second round of attacks (issue #26), seeded so a failure replays: zips whose entries share
 * data at random and nested fan-outs (never read more than their distinct data, never more inputs than the
 * budget), every unsafe character at random places in every output escaper and format (nothing raw, JSON
 * values intact, no link or HTML from Markdown), and outputs naming an input in random ways (refused, the
 * log unchanged). Inputs are generated here; sizes are kept small so the suite stays within its budget.
 */
import { linkSync, readFileSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_LIMITS, newArchiveBudget, openZip } from '../../src/ingest/archive.js';
import { readInputs } from '../../src/ingest/read.js';
import { memoryBytes, memoryInput } from '../../src/model/source.js';
import { csvCell } from '../../src/report/csv.js';
import { escapeXml } from '../../src/report/event-dump.js';
import { md, mdOwn } from '../../src/report/markdown.js';
import { escapeControls, escapeJsonText, sanitizeText } from '../../src/report/sanitize.js';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { UNDER_WINE } from '../helpers/wine.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { rawControls, unsafeCharacters } from '../helpers/hostile.js';
import { pick, xorshift32 as rng } from '../helpers/random.js';
import { buildZip, smallLog, type ZipPart } from '../helpers/zip-bombs.js';

describe('fuzz: zips that share data and fan out', () => {
  it('random aliases: each distinct stream read once, every alias refused with a warning', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = rng(seed);
      const distinct = 1 + Math.floor(r() * 6);
      const parts: ZipPart[] = Array.from({ length: distinct }, (_, i) => ({
        name: `d${i}.xml`,
        data: smallLog(seed * 100 + i),
        store: r() < 0.3,
      }));
      const aliases = Array.from({ length: Math.floor(r() * 30) }, (_, i) => ({
        name: `alias${i}.xml`,
        of: Math.floor(r() * distinct),
      }));
      const { inputs, warnings } = await openZip('f.zip', memoryBytes(buildZip(parts, aliases)), newArchiveBudget());
      expect(inputs, `seed ${seed}`).toHaveLength(distinct);
      expect(
        warnings.filter((w) => /overlaps/.test(w.message)),
        `seed ${seed}`,
      ).toHaveLength(aliases.length);
    }
  });

  it('random nested fan-outs stop at the inputs budget, whatever the shape', async () => {
    const limits = { ...DEFAULT_ARCHIVE_LIMITS, maxInputs: 60 };
    let over = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const r = rng(seed);
      let total = 4 + Math.floor(r() * 6);
      let level = buildZip(Array.from({ length: total }, (_, i) => ({ name: `l${i}.xml`, data: smallLog(i) })));
      const depth = 2;
      for (let d = 0; d < depth; d++) {
        const breadth = 3 + Math.floor(r() * 7);
        total *= breadth;
        level = buildZip(
          Array.from({ length: breadth }, (_, i) => ({ name: `n${d}-${i}.zip`, data: level, store: true })),
        );
      }
      let logs = 0;
      const summaries = await readInputs(
        [{ name: 'f.zip', open: async () => memoryInput('f.zip', level) }],
        (batch) => {
          logs += batch.length;
        },
        { archiveLimits: limits },
      );
      expect(logs, `seed ${seed}`).toBeLessThanOrEqual(limits.maxInputs);
      // More logs than the budget in the tree (nested archives count too): the refusal is said.
      const said = summaries.flatMap((s) => s.warnings).some((w) => /more than 60 logs/.test(w.message));
      if (total > limits.maxInputs) {
        over++;
        expect(said, `seed ${seed}: ${total} logs`).toBe(true);
      }
    }
    expect(over).toBeGreaterThan(6);
  });
});

describe('fuzz: every unsafe character on every output path', () => {
  const chars = unsafeCharacters();
  const printable = ['a', ' ', '|', '`', '[', ']', '(', ')', '!', '<', '>', '&', '"', ',', '=', '\\', 'é', '漢', '😀'];
  const parser = new MarkdownIt('commonmark');
  const forbidden = (markdown: string) =>
    parser
      .parse(markdown, {})
      .flatMap((t) => [t, ...(t.children ?? [])])
      .filter((t) => ['link_open', 'image', 'html_inline', 'html_block'].includes(t.type));

  it('random strings through each escaper: nothing raw, JSON the same values, Markdown plain', () => {
    const r = rng(26);
    for (let n = 0; n < 1500; n++) {
      let s = '';
      const length = 1 + Math.floor(r() * 24);
      for (let i = 0; i < length; i++) s += r() < 0.4 ? pick(r, chars) : pick(r, printable);
      expect(rawControls(escapeControls(s), false, '')).toEqual([]);
      expect(rawControls(sanitizeText(s))).toEqual([]);
      expect(rawControls(sanitizeText(`${csvCell(s)},x\r\n`), true)).toEqual([]);
      const json = escapeJsonText(JSON.stringify({ s }));
      expect(rawControls(json, false, '')).toEqual([]);
      expect(JSON.parse(json).s).toBe(s);
      expect(rawControls(escapeXml(s), false, '\n\t')).toEqual([]);
      const link = `[x](http://203.0.113.9/${s})`;
      expect(forbidden(md(`${s}${link}`))).toEqual([]);
      expect(forbidden(mdOwn(`Block ${s}${link} at \`x ${s}\`.`))).toEqual([]);
    }
  });

  it('a log holding random unsafe characters: no command and format writes one raw', async () => {
    const r = rng(2601);
    const security = readFileSync(join(ROOT, 'samples/auth-bad-credentials/Security.xml'), 'utf8');
    let hostile = '';
    for (let i = 0; i < 40; i++) hostile += `&#x${(pick(r, chars).codePointAt(0) ?? 0x1b).toString(16)};x`;
    const file = writeTemp(
      tempDir(),
      'Security.xml',
      security.replaceAll("<Data Name='TargetUserName'>", `$&${hostile}`),
    );
    const runs: [string[], boolean][] = [
      [['analyze', file], false],
      [['analyze', file, '--details', '--format', 'table'], false],
      [['analyze', file, '--format', 'markdown'], false],
      [['analyze', file, '--format', 'csv'], true],
      [['analyze', file, '--format', 'json'], false],
      [['timeline', file], false],
      [['timeline', file, '--format', 'csv'], true],
      [['timeline', file, '--format', 'jsonl'], false],
      [['timeline', file, '--format', 'timesketch'], false],
      [['dump', file], false],
    ];
    for (const [args, crlf] of runs) {
      const out = await rdpdiag(args);
      expect(rawControls(out.stdout, crlf), args.join(' ')).toEqual([]);
      expect(rawControls(out.stderr), args.join(' ')).toEqual([]);
    }
  });
});

describe('fuzz: an output that names an input', () => {
  it('whatever the command and however the path is spelled, it is refused and the log unchanged', async () => {
    const r = rng(7);
    const original = readFileSync(join(ROOT, 'samples/auth-bad-credentials/Security.xml'));
    const spellings: ((log: string) => string)[] = [
      (log) => log,
      (log) => join(dirname(log), '.', basename(log)),
      (log) => join(dirname(log), '..', basename(dirname(log)), basename(log)),
      (log) => relative(process.cwd(), log),
      // Not under Wine (WINE_NO_SYMLINKS; test/cli/output-safety.test.ts skips its link case by name there).
      ...(UNDER_WINE
        ? []
        : [
            (log: string) => {
              const link = join(tempDir(), 'link.xml');
              symlinkSync(log, link);
              return link;
            },
          ]),
      (log) => {
        const hard = join(dirname(log), 'hard.xml');
        linkSync(log, hard);
        return hard;
      },
    ];
    for (let n = 0; n < 12; n++) {
      const dir = tempDir();
      const log = writeTemp(dir, 'Security.xml', original);
      const command = pick(r, ['analyze', 'timeline', 'dump'] as const);
      const out = pick(r, spellings)(log);
      const input = r() < 0.5 || command === 'dump' ? log : dir;
      const result = await rdpdiag([command, input, '-o', out]);
      expect(result.code, `${command} ${input} -o ${out}`).toBe(2);
      expect(readFileSync(log)).toEqual(original);
    }
  });
});
