/**
 * One home per cause: a cause id is written by hand only in its pattern file (`unexplained` in
 * patterns/index.ts). Everything else (code tables, findings, modules, tests, benches, scripts) takes the id
 * from the pattern, and the samples' data (samples/, golden outputs) is not source. Comments may name causes;
 * string, template and regular-expression literals may not, except as a path segment (a samples folder).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS, PATTERNS, UNEXPLAINED } from '../../patterns/index.js';
import { ROOT } from '../helpers/cli.js';

const SOURCE_FOLDERS = ['src', 'parsers', 'patterns', 'test', 'bench', 'scripts', 'bin'];
const SOURCE_FILE = /\.(?:[cm]?[jt]s)$/;

/** The file (relative to the repository, `/` separators) where each cause id may be written. */
const HOME = new Map<string, string>([
  ...PATTERNS.map((p) => [p.id, `patterns/${p.id}.ts`] as const),
  [UNEXPLAINED, 'patterns/index.ts'],
]);

/** Any cause id as a whole word, not a path segment (`samples/<scenario>/`) nor part of a longer name. */
const ANY_ID = new RegExp(`(?<![\\w/-])(?:${CAUSE_IDS.join('|')})(?![\\w/-])`, 'g');

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  for (const d of readdirSync(join(ROOT, folder), { withFileTypes: true })) {
    const path = `${folder}/${d.name}`;
    if (d.isDirectory()) out.push(...sourceFiles(path));
    else if (SOURCE_FILE.test(d.name) || folder === 'bin') out.push(path);
  }
  return out;
}

/** The text of every string, template and regular-expression literal of a source file. */
function literals(fileName: string, text: string): { text: string; line: number }[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    // A template literal token: a template without substitutions, or its head, a middle or its tail.
    if (ts.isStringLiteral(node) || ts.isTemplateLiteralToken(node) || ts.isRegularExpressionLiteral(node)) {
      // A regular expression's text is its source with the slashes and flags: keep the source.
      const text = ts.isRegularExpressionLiteral(node) ? node.text.slice(1, node.text.lastIndexOf('/')) : node.text;
      out.push({ text, line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** Cause ids written in a file's literals outside their home, as `path:line id`. */
function causeIdsByHand(path: string, text: string): string[] {
  const found: string[] = [];
  if (!CAUSE_IDS.some((id) => text.includes(id))) return found;
  for (const literal of literals(path, text)) {
    for (const match of literal.text.matchAll(ANY_ID)) {
      const id = match[0];
      if (HOME.get(id) !== path) found.push(`${path}:${literal.line} ${id}`);
    }
  }
  return found;
}

describe('cause ids', () => {
  it('the scan finds an id in strings, templates and regular expressions, and spares paths and comments', () => {
    const [id] = CAUSE_IDS;
    const text = [
      `const a = '${id}';`,
      `const b = \`\${a} × ${id}\`;`,
      `const c = /ATTACK ${id}/;`,
      `// ${id} in a comment`,
      `const d = 'samples/${id}/Security.xml';`,
      `const e = '${id}-like';`,
    ].join('\n');
    expect(causeIdsByHand('test/example.ts', text)).toEqual([
      `test/example.ts:1 ${id}`,
      `test/example.ts:2 ${id}`,
      `test/example.ts:3 ${id}`,
    ]);
    expect(causeIdsByHand(HOME.get(id) ?? '', text)).toEqual([]);
  });

  it('are written by hand only in their pattern file', () => {
    const files = SOURCE_FOLDERS.flatMap(sourceFiles);
    expect(files).toContain('src/explain/explain-code.ts');
    for (const home of HOME.values()) expect(files).toContain(home);
    const found = files.flatMap((path) => causeIdsByHand(path, readFileSync(join(ROOT, path), 'utf8')));
    expect(found, 'take the id from its pattern (`tlsCertificate.id`, `UNEXPLAINED`) instead').toEqual([]);
  });
});
