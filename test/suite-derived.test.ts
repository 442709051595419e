/**
 * Tests derive, never restate (issue #64): a test that goes over the report formats, the timeline formats, the
 * channels, the log kinds, the causes, the sample scenarios or the input formats takes them from the registry that
 * declares them (src/report/formats.ts, src/cli/timeline.ts, src/model/channels.ts, patterns/index.ts, the folders
 * of samples/ as test/helpers/samples.ts lists them, src/ingest/input-formats.ts), so a new entry is covered by every test at once. This check finds array
 * literals in test files that spell three or more names of one registry by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../patterns/index.js';
import { TIMELINE_FORMATS } from '../src/cli/timeline.js';
import { INPUT_FORMATS } from '../src/ingest/input-formats.js';
import { CHANNELS } from '../src/model/channels.js';
import { REPORT_FORMATS } from '../src/report/formats.js';
import { ROOT } from './helpers/cli.js';
import { SCENARIOS, sampleFolder } from './helpers/samples.js';

const REGISTRIES: [string, ReadonlySet<string>][] = [
  ['report formats (REPORT_FORMAT_NAMES)', new Set(REPORT_FORMATS.flatMap((f) => [f.name, ...f.aliases]))],
  ['timeline formats (TIMELINE_FORMATS)', new Set<string>(TIMELINE_FORMATS)],
  ['channels (CHANNELS)', new Set(CHANNELS.flatMap((c) => [c.name, c.short]))],
  ['log kinds (CHANNELS, kind)', new Set(CHANNELS.map((c) => c.kind))],
  ['causes (PATTERNS)', new Set(PATTERNS.map((p) => p.id))],
  ['sample scenarios (SCENARIOS, test/helpers/samples.ts)', new Set(SCENARIOS)],
  ['input formats (INPUT_FORMATS)', new Set<string>(INPUT_FORMATS)],
];

/** How many names of one registry a hand-written list may hold (two is a pair a test picked, not a list). */
const MOST = 2;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

/** A list may restate names where the line before it says why (a registry's own test, an expected answer). */
const ON_PURPOSE = /\/\/ restated on purpose: \S/;

/** `[ 'a', "b", … ]` literals made of string literals only, with where they start (those said on purpose left out). */
function stringLists(text: string): { line: number; items: string[] }[] {
  const out: { line: number; items: string[] }[] = [];
  const lines = text.split('\n');
  for (const m of text.matchAll(/\[((?:\s*(?:'[^'\n]*'|"[^"\n]*")\s*,)+\s*(?:'[^'\n]*'|"[^"\n]*")?\s*,?\s*)\]/g)) {
    const items = [...m[1].matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)].map((x) => x[1] ?? x[2]);
    const line = text.slice(0, m.index).split('\n').length;
    if (ON_PURPOSE.test(lines[line - 2] ?? '') || ON_PURPOSE.test(lines[line - 1] ?? '')) continue;
    out.push({ line, items });
  }
  return out;
}

/** Each hand-written list in `text` holding more than MOST names of one registry. */
function restated(text: string): { line: number; registry: string; names: string[] }[] {
  return stringLists(text).flatMap(({ line, items }) =>
    REGISTRIES.flatMap(([registry, names]) => {
      const hits = [...new Set(items.filter((i) => names.has(i)))];
      return hits.length > MOST ? [{ line, registry, names: hits }] : [];
    }),
  );
}

describe('tests derive their lists from the registries', () => {
  it('finds a restated list, and passes a derived one (the check can fail)', () => {
    expect(restated("for (const f of ['table', 'json', 'html']) {}")).toEqual([
      { line: 1, registry: 'report formats (REPORT_FORMAT_NAMES)', names: ['table', 'json', 'html'] },
    ]);
    expect(restated("const two = ['table', 'json'];\nfor (const f of REPORT_FORMAT_NAMES) {}")).toEqual([]);
    expect(
      restated("// restated on purpose: the registry's own test\nexpect(x).toEqual(['table', 'json', 'html']);"),
    ).toEqual([]);
  });

  it('knows each registry it checks, and finds a list of each', () => {
    for (const [registry, names] of REGISTRIES) {
      expect(names.size, registry).toBeGreaterThan(MOST);
      const list = `[${[...names]
        .slice(0, MOST + 1)
        .map((n) => `'${n}'`)
        .join(', ')}]`;
      expect(
        restated(list).map((r) => r.registry),
        list,
      ).toContain(registry);
    }
  });

  it('a sample scenario that does not exist is an error naming the folder looked in', () => {
    expect(sampleFolder(SCENARIOS[0]!)).toBe(join(ROOT, 'samples', SCENARIOS[0]!));
    expect(() => sampleFolder('no-such-scenario')).toThrow(join(ROOT, 'samples', 'no-such-scenario'));
  });

  it('no test file spells out a registry by hand', () => {
    const self = join(ROOT, 'test', 'suite-derived.test.ts'); // its examples above are restated on purpose
    const found = testFiles(join(ROOT, 'test'))
      .filter((file) => file !== self)
      .flatMap((file) =>
        restated(readFileSync(file, 'utf8')).map(
          (r) => `${relative(ROOT, file)}:${r.line}: ${r.names.join(', ')} — take them from ${r.registry}`,
        ),
      );
    expect(found).toEqual([]);
  });
});
