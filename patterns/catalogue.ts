/**
 * The causes table (docs/CAUSES.md), derived from the patterns: every cause id of `rdpdiag analyze --format
 * json`, what it means and where its evidence is logged. A test keeps the file equal to this, so adding a
 * cause updates the documented contract by rerunning it (`UPDATE_GOLDEN=1`), never by hand.
 */
import { MACHINE_WORDS } from '../src/model/channels.js';
import { evidenceLogs } from './evidence.js';
import { PATTERNS, UNEXPLAINED } from './index.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function causesMarkdown(): string {
  const rows = PATTERNS.map((p) => {
    const logs = evidenceLogs(p)
      .map((l) => `${l.channel.short} ${l.events.join(', ')} (${MACHINE_WORDS[l.where].short})`)
      .join('; ');
    return `| \`${p.id}\` | ${cell(p.summary)} | ${cell(logs)} | ${p.status} |`;
  });
  return [
    '# Cause ids',
    '',
    'Generated from `patterns/` by `test/patterns/causes-doc.test.ts` (rewrite it with',
    '`UPDATE_GOLDEN=1 npx vitest run test/patterns/causes-doc.test.ts`). Every explanation rdpdiag gives names one',
    'of these ids; scripts key on them, so an id never changes meaning and a new cause gets a new id.',
    '',
    '| id | what it means | where its evidence is logged | status |',
    '|---|---|---|---|',
    ...rows,
    `| \`${UNEXPLAINED}\` | The attempt failed and no pattern matched; the report says which logs would tell more. | — | stable |`,
    '',
  ].join('\n');
}
