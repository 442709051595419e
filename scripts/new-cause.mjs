// `npm run new-cause <cause-id> [-- --root <dir>]`: the three places a new cause lives, made at once.
//   patterns/<id>.ts                     the pattern, every part to fill marked `TODO(new-cause)`
//   samples/patterns/<id>/sample.xml     an export that holds no event yet
//   samples/patterns/<id>/expected.json  what the sample must show, and its near miss, to fill
//   patterns/index.ts                    its import and one line in PATTERNS
// Nothing of it passes until filled in: the pattern tests (test/patterns/patterns.test.ts: `unfilledParts`,
// test/helpers/pattern-contract.ts) reject a TODO left anywhere in the pattern or expected.json, a phase that
// is not a protocol phase, a reference that is not a URL, a sample with no event, and the clause tests a clause
// that matches no sample event. `--root` writes into another copy of the repository (the scaffold's own test).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The mark every part left to fill carries. */
export const TODO = 'TODO(new-cause)';

/** A cause id: lower-case words joined by hyphens (`rd-web-refused`). */
const CAUSE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$|^[a-z][a-z0-9]+$/;

/** `rd-web-refused` → `rdWebRefused`. */
export function exportName(id) {
  return id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

function patternFile(id) {
  const name = exportName(id);
  return `import { inAttempt } from './clauses.js';
import type { ProtocolPhase } from './codes/types.js';
import type { Pattern } from './types.js';

// ${TODO}: fill in every part marked ${TODO} (CONTRIBUTING.md, "Recipe 1: a cause"); the pattern tests
// fail until none is left.
export const ${name} = {
  id: '${id}',
  title: "${TODO}: what is wrong, in an administrator's words",
  summary: "${TODO}: the cause in one line (explain-code lists it among a code's likely causes).",
  // experimental: rests on documentation only; test: written from documentation and samples; stable: seen in real logs.
  status: 'experimental',
  // ${TODO}: where the cause acts: 'connection', 'tls', 'nla', 'licensing', 'logon' or 'session'.
  phase: '${TODO}' as string as ProtocolPhase,
  references: [
    '${TODO}: https://learn.microsoft.com/… (public sources for each event and code, Microsoft first)',
  ],
  falsePositives: ['${TODO}: when the evidence below is logged although the cause is something else'],
  when: {
    outcome: ['failed'],
  },
  clauses: [
    // ${TODO}: [MS]/[WR]/[SP] where Windows logs this, and what it means (../shared/reference/rdp-events.md).
    // One call a clause, named by where it looks (patterns/clauses.ts: inAttempt, inClient, inWindow, inHistory,
    // onPath), with a channel of the channel table (src/model/channels.ts); a new log is one row there.
    inAttempt('evidence', { channel: 'System', eventId: 0 }, 0.9),
  ],
  explanation: ['${TODO}: what the logs show, with placeholders such as {evidence.time} and {attempt.client}.'],
  remediation: ['${TODO}: concrete steps: where to look, what to change, commands.'],
  sample: {
    description: '${TODO}: the story of the sample export, with fictional names.',
    file: 'samples/patterns/${id}/sample.xml',
  },
} as const satisfies Pattern;
`;
}

function sampleFile(id) {
  return `<!-- ${TODO}: the events of one attempt failing with ${id}, as \`wevtutil qe <log> /f:xml\` exports them (one <Event> a
line, each log's events in time order), fictional names, addresses from 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24. -->
`;
}

function expectedFile() {
  return `${JSON.stringify(
    {
      outcome: 'failed',
      explanationMentions: [`${TODO}: words the explanation must carry (decoded evidence)`],
      nearMiss: {
        sample: `${TODO}: a folder under samples/, named without "samples/" (as healthy-day or patterns/<id>), with an attempt that looks like this cause but is not`,
        client: `${TODO}: its client address or name`,
        at: `${TODO}: its start, hh:mm:ss UTC`,
        why: `${TODO}: why it is not this cause`,
      },
    },
    null,
    2,
  )}\n`;
}

/** `patterns/index.ts` with the pattern's import (after the last pattern import) and its line at the end of PATTERNS. */
export function withIndexLine(index, id) {
  const name = exportName(id);
  const imports = [...index.matchAll(/^import \{ \w+ \} from '\.\/[a-z0-9-]+\.js';$/gm)];
  const list = /export const PATTERNS = \[\n([\s\S]*?)\] as const satisfies readonly Pattern\[\];/.exec(index);
  if (!imports.length || !list) throw new Error('patterns/index.ts: no pattern import or PATTERNS list found');
  const last = imports[imports.length - 1];
  const at = last.index + last[0].length;
  let out = `${index.slice(0, at)}\nimport { ${name} } from './${id}.js';${index.slice(at)}`;
  out = out.replace(
    /(export const PATTERNS = \[\n[\s\S]*?)(\] as const satisfies readonly Pattern\[\];)/,
    `$1  ${name},\n$2`,
  );
  return out;
}

/** Makes the cause's files under `root`; returns the paths written (relative to root). Throws on a bad or taken id. */
export function newCause(id, root) {
  if (!CAUSE_ID.test(id))
    throw new Error(`"${id}" is not a cause id: lower-case words joined by hyphens, e.g. rd-web-refused`);
  const pattern = join(root, 'patterns', `${id}.ts`);
  const folder = join(root, 'samples', 'patterns', id);
  const indexPath = join(root, 'patterns', 'index.ts');
  const index = readFileSync(indexPath, 'utf8');
  if (
    existsSync(pattern) ||
    existsSync(folder) ||
    index.includes(`'./${id}.js'`) ||
    new RegExp(`id: '${id}'`).test(index)
  )
    throw new Error(`cause ${id} exists already (patterns/${id}.ts or samples/patterns/${id}/)`);
  const updated = withIndexLine(index, id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(pattern, patternFile(id));
  writeFileSync(join(folder, 'sample.xml'), sampleFile(id));
  writeFileSync(join(folder, 'expected.json'), expectedFile());
  writeFileSync(indexPath, updated);
  return [pattern, join(folder, 'sample.xml'), join(folder, 'expected.json'), indexPath].map((p) => relative(root, p));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const r = args.indexOf('--root');
  const root = r >= 0 ? args[r + 1] : join(dirname(fileURLToPath(import.meta.url)), '..');
  const ids = args.filter((_, i) => r < 0 || (i !== r && i !== r + 1));
  if (ids.length !== 1 || !root) {
    process.stderr.write('usage: npm run new-cause <cause-id> [-- --root <repository copy>]\n');
    process.exit(2);
  }
  try {
    const written = newCause(ids[0], root);
    process.stdout.write(
      `${written.map((p) => `wrote ${p}`).join('\n')}\nNext: fill in every ${TODO} (CONTRIBUTING.md, "Recipe 1: a cause"), then\n` +
        `  UPDATE_GOLDEN=1 npx vitest run test/patterns/causes-doc.test.ts\n  npx vitest run test/patterns test/explain test/model\n`,
    );
  } catch (err) {
    process.stderr.write(`new-cause: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  }
}
