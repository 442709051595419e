/**
 * What a command loads before its first record (issue #63): the modules reachable from its entry by static imports
 * (type-only imports and lazy `import()` aside), read from the sources. `dump` of an .evtx loads the .evtx reader
 * and the writers, not the other readers, the patterns or redaction's tables; the entry loads no command.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const STATIC_IMPORT = /^\s*(import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"](\.[^'"]+)['"]/gm;

/** The repository files reachable from `entry` by static value imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(STATIC_IMPORT)) {
      const target = relative(root, resolve(dirname(join(root, file)), m[2]!.replace(/\.js$/, '.ts')));
      if (!existsSync(join(root, target)) || seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return seen;
}

const loadedBy = (entry: string, prefixes: string[]) =>
  [...reachable(entry)].filter((f) => prefixes.some((p) => f.startsWith(p))).sort();

describe('modules loaded at start-up', () => {
  it('the walker follows value imports and skips type-only ones', () => {
    const seen = reachable('src/cli/dump.ts');
    expect(seen.has('parsers/evtx/index.ts')).toBe(true);
    expect(seen.has('parsers/evtx/compile.ts')).toBe(true);
    // dump.ts imports read.ts lazily (`import()`), which loads every reader.
    expect(seen.has('src/ingest/read.ts')).toBe(false);
    expect(reachable('src/ingest/read.ts').has('parsers/siem/index.ts')).toBe(true);
  });

  it('the entry loads no command, no reader and no renderer', () => {
    expect(loadedBy('src/cli/main.ts', ['parsers/', 'patterns/', 'src/ingest/read.ts', 'src/diagnose/'])).toEqual([]);
    expect(reachable('src/cli/main.ts').size).toBeLessThan(20);
  });

  it('dump loads the .evtx reader alone: no other reader, pattern, redaction or filter', () => {
    expect(
      loadedBy('src/cli/dump.ts', [
        'parsers/siem/',
        'parsers/xml/',
        'parsers/powershell/',
        'patterns/',
        'src/report/redact.ts',
        'src/ingest/read.ts',
        'src/ingest/filter.ts',
        'src/diagnose/',
      ]),
    ).toEqual([]);
  });

  it("the .evtx worker thread loads what it formats with, not the command's modules", () => {
    expect(loadedBy('src/platform/node/evtx-worker.ts', ['src/cli/', 'parsers/siem/', 'patterns/'])).toEqual([]);
  });
});
