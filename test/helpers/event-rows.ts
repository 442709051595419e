import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageFieldNames, messageLogOf } from '../../parsers/siem/message.js';
import { listOf } from '../../patterns/evidence.js';
import { ATTACK_READS, FINDINGS, PATTERNS } from '../../patterns/index.js';
import { PATH_HOPS } from '../../patterns/paths.js';
import type { EventMatcher } from '../../patterns/types.js';
import { channelNamed, findChannel } from '../../src/model/channels.js';
import { channelOfRow, EVENTS, type EventRow } from '../../src/model/events.js';
import { ROOT } from './cli.js';

/** The rows a matcher's event `id` can be: of its providers (any if none) and in its channels (any if none). */
export function rowsOf(m: EventMatcher, id: number): EventRow[] {
  const providers = listOf(m.provider).map((p) => p.toLowerCase());
  const channels = listOf(m.channel).map((c) => channelNamed(c));
  return EVENTS.filter(
    (r) =>
      r.id === id &&
      (providers.length === 0 || providers.includes(r.provider.toLowerCase())) &&
      (channels.length === 0 ||
        [r.channel, ...(r.alsoIn ?? [])].map((c) => findChannel(c)).some((c) => c && channels.includes(c))),
  );
}

/**
 * Names owed when the table was made (src/model/events.ts, issue 40): fields rules read that an export which
 * loses names cannot give back yet. The list may only shrink: a new gap fails, and so does an entry no longer
 * missing (delete it). Rewrite it with `UPDATE_OWED=1 npx vitest run
 * test/model/event-fields-read.test.ts` only to remove entries.
 */
export const OWED_FILE = join(ROOT, 'test/model/event-fields-owed.json');
export const OWED: readonly string[] = JSON.parse(readFileSync(OWED_FILE, 'utf8'));

/** A field name a reader can test without a row: how every reader names an unnamed value. */
export const UNNAMED = /^(Data|Binary)\[\d+\]$/;

/** What the exports that lose field names need for a field of this event, or undefined when they keep it. */
export function missingFor(r: EventRow, field: string): string[] {
  const out: string[] = [];
  if (!r.fields?.includes(field)) out.push('PowerShell');
  const log = messageLogOf(channelOfRow(r)?.name ?? '');
  if (log && !messageFieldNames(log, r.id).has(field)) out.push('Splunk classic / NXLog message');
  return out;
}

function matchers(): { where: string; m: EventMatcher }[] {
  return [
    ...PATTERNS.flatMap((p) => p.clauses.map((c) => ({ where: `pattern ${p.id}`, m: c.match }))),
    ...FINDINGS.flatMap((f) =>
      [f.match, f.clearedBy, f.followedBy]
        .filter((m): m is EventMatcher => !!m)
        .map((m) => ({ where: `finding ${f.id}`, m })),
    ),
    ...PATH_HOPS.map((h) => ({ where: 'path hop', m: h.match })),
    ...ATTACK_READS.map((m) => ({ where: 'attack finding', m })),
  ];
}

/** Fields a matcher tests (a `notIn` test passes when the field is absent, so it needs no name). */
function testedFields(m: EventMatcher): string[] {
  return Object.entries(m.fields ?? {})
    .filter(([name, test]) => !UNNAMED.test(name) && !(typeof test === 'object' && test && 'notIn' in test))
    .map(([name]) => name);
}

/**
 * What the rules' matchers (patterns, findings, path hops, attack findings) read that has no row, or no name for a
 * reader that loses names (`missingFor`), each once per matcher; and how many (matcher, event id) pairs were checked.
 */
export function ruleGaps(): { missing: string[]; checked: number } {
  const missing: string[] = [];
  let checked = 0;
  for (const { where, m } of matchers())
    for (const id of listOf(m.eventId)) {
      const rows = rowsOf(m, id);
      checked++;
      if (rows.length === 0) {
        missing.push(
          `${where}: no row for event ${id} (${listOf(m.provider).join('|') || 'any provider'} in ${listOf(m.channel).join('|') || 'any channel'})`,
        );
        continue;
      }
      for (const r of rows)
        for (const f of testedFields(m))
          for (const reader of missingFor(r, f))
            missing.push(`${where}: ${r.provider} ${r.id} ${f}: not named for ${reader}`);
    }
  return { missing, checked };
}
