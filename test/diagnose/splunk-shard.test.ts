/**
 * The Splunk shard recipe (`pull splunk --shard K/N`) hashes the name `analyze --shard K/N` hashes (issue #51):
 * `<Computer>` as `_raw` holds it (XML entities undone, as the XML reader undoes them), trimmed as JavaScript trims
 * (a no-break space), first label, lower-cased. The SPL is run here step by step as Splunk runs it (its `replace`
 * is PCRE: `\x{…}` read as JavaScript's `\u{…}`) on hostile names, beside `shardOfComputer` on the name the XML
 * reader gives: a computer lands in one part on both sides, or (a numeric reference SPL cannot undo) in every pulled
 * part, where `analyze --shard` keeps it in its own only.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { splunkShardClause } from '../../src/diagnose/export-selection.js';
import { shardOfComputer } from '../../src/pipeline/shard-spec.js';
import { decodeEntities } from '../../parsers/xml/tag.js';

/** The SPL's evals, run in JavaScript as Splunk would: returns the computer's part or 'every' when kept in all. */
function splunkPart(clause: string, raw: string, k: number, n: number): boolean {
  const xml = /<Computer>([^<]+)<\/Computer>/.exec(raw)?.[1];
  // coalesce(replace(replace(…rdpdiag_xml, "&lt;", "<")…), …): the replacements innermost first.
  const replaces = [...clause.matchAll(/, "(&[a-z]+;)", "(\\"|[^"]*)"\)/g)].map((m) => [
    m[1]!,
    m[2]!.replace('\\"', '"'),
  ]);
  let name = xml!;
  for (const [entity, char] of replaces) name = name.split(entity!).join(char);
  const trim = /replace\(rdpdiag_computer, "(.*?)", ""\)/.exec(clause)![1]!;
  name = name.replace(new RegExp(trim.replace(/\\x\{([0-9A-F]+)\}/g, '\\u{$1}'), 'gu'), '');
  const label = name.split('.')[0]!.toLowerCase();
  const part = (Number.parseInt(createHash('sha256').update(label, 'utf8').digest('hex').slice(0, 8), 16) % n) + 1;
  return part === k || name.includes('&#');
}

const HOSTILE = [
  'ACME&amp;08',
  'R&amp;D-01.corp.example.test',
  '\u00a0RDSH01',
  'RDSH02\u00a0',
  '\ufeff\u3000App01.Corp',
  '&lt;x&gt;',
  'Q&quot;S',
  'O&apos;NEIL',
  'A&amp;lt;B',
  'ÄRZTE-PC.example',
  ' mixed.CASE ',
  'NUM&#38;ERIC',
];

describe('the Splunk shard recipe', () => {
  it('puts every hostile name where analyze --shard keeps it, in exactly one part or in every one', () => {
    const n = 5;
    for (const escaped of HOSTILE) {
      const raw = `<Event><System><Computer>${escaped}</Computer></System></Event>`;
      const read = decodeEntities(escaped);
      const ours = shardOfComputer(read, n);
      const pulled = [1, 2, 3, 4, 5].filter((k) => splunkPart(splunkShardClause(k, n), raw, k, n));
      if (escaped.includes('&#')) expect(pulled, escaped).toEqual([1, 2, 3, 4, 5]);
      else expect(pulled, escaped).toEqual([ours]);
    }
  });
});
