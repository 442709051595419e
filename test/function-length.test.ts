/**
 * Functions that read as one step each (issue #64): no function in src/, parsers/ or patterns/ over 80 lines but
 * those listed in function-length-known.json, a list that may only shrink: a new long function fails here, and a
 * listed one that was split must leave the list (the test says which).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const MAX_LINES = 80;
const KNOWN: string[] = JSON.parse(readFileSync(join(ROOT, 'test', 'function-length-known.json'), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `file name` of every function whose body is longer than MAX_LINES lines, with its length. */
function longFunctions(file: string, text: string): { id: string; lines: number }[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: { id: string; lines: number }[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      const body = n.body as ts.Node;
      const lines =
        sf.getLineAndCharacterOfPosition(body.getEnd()).line -
        sf.getLineAndCharacterOfPosition(body.getStart()).line +
        1;
      if (lines > MAX_LINES) {
        const named = (n as ts.FunctionLikeDeclaration).name?.getText(sf);
        const name = named ?? (ts.isVariableDeclaration(n.parent) ? n.parent.name.getText(sf) : '(anonymous)');
        out.push({ id: `${file} ${name}`, lines });
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('function length', () => {
  it('finds a long function (the check can fail)', () => {
    const body = Array.from({ length: MAX_LINES + 1 }, (_, i) => `  const a${i} = ${i};`).join('\n');
    expect(longFunctions('x.ts', `function long() {\n${body}\n}\nfunction short() {\n  return 1;\n}`)).toEqual([
      { id: 'x.ts long', lines: MAX_LINES + 3 },
    ]);
  });

  it(`no function over ${MAX_LINES} lines but the known ones, and the known list only shrinks`, () => {
    const found = ['src', 'parsers', 'patterns'].flatMap((dir) =>
      sources(join(ROOT, dir)).flatMap((path) => longFunctions(relative(ROOT, path), readFileSync(path, 'utf8'))),
    );
    const ids = new Set(found.map((f) => f.id));
    // UPDATE_GOLDEN=1 writes the list as found (review its diff: it must only lose lines).
    if (process.env.UPDATE_GOLDEN === '1')
      writeFileSync(join(ROOT, 'test', 'function-length-known.json'), `${JSON.stringify([...ids].sort(), null, 2)}\n`);
    expect(
      found.filter((f) => !KNOWN.includes(f.id)).map((f) => `${f.id}: ${f.lines} lines (split it into named steps)`),
    ).toEqual([]);
    expect(KNOWN.filter((id) => !ids.has(id)).map((id) => `${id}: no longer long, take it off the list`)).toEqual([]);
  });
});
