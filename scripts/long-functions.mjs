// Lists the functions, methods and arrow functions in src/, parsers/, patterns/ and bin/ longer than a limit (100
// lines unless given: `node scripts/long-functions.mjs [limit]`), counted from the declaration's first line to its
// closing brace, longest first, with the count on the last line. A nested function is counted on its own and inside
// its parent. Read with the TypeScript compiler's parser (no typecheck), so it takes a second or two.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const limit = Number(process.argv[2] ?? 100);
const FOLDERS = ['src', 'parsers', 'patterns', 'bin'];
const SOURCE = /\.(?:ts|mts|js|mjs)$/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

const long = [];
for (const folder of FOLDERS) {
  for (const path of files(join(root, folder))) {
    const text = readFileSync(path, 'utf8');
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body && ts.isBlock(node.body)) {
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(node.body.getEnd()).line;
        const lines = last - first + 1;
        if (lines > limit) long.push({ lines, where: `${relative(root, path)}:${first + 1}`, name: nameOf(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}
long.sort((a, b) => b.lines - a.lines || a.where.localeCompare(b.where));
for (const f of long) console.log(`${String(f.lines).padStart(5)}  ${f.name}  ${f.where}`);
console.log(`${long.length} function(s) over ${limit} lines`);
