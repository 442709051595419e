/**
 * Random values through `md` (test/report/markdown-injection.test.ts, the fast tier, the first few hundred of them;
 * markdown-injection-rest.test.ts, slow, the rest of the same seeded stream): each shows as written and makes no
 * emphasis, code, link or HTML, parsed by a CommonMark parser (markdown-it's `commonmark` preset).
 */
import MarkdownIt from 'markdown-it';
import { expect } from 'vitest';
import { md } from '../../src/report/markdown.js';
import { intIn, pick, rng } from './random.js';

const parser = new MarkdownIt('commonmark');

/** The inline tokens of one paragraph, and the text it shows. */
function inline(markdown: string) {
  const children = parser.parse(markdown, {}).flatMap((t) => t.children ?? []);
  return {
    types: new Set(children.map((t) => t.type)),
    text: children.map((t) => (t.type === 'softbreak' ? '\n' : t.content)).join(''),
  };
}

const ALPHABET = [
  '_',
  '_',
  '*',
  'a',
  'b',
  'Z',
  '1',
  'é',
  '中',
  ' ',
  '.',
  '(',
  ')',
  '\\',
  '`',
  '[',
  ']',
  '|',
  '<',
  '&',
  '-',
  '#',
];

/** The values of the seeded stream from `from` (included) to `to` (excluded), each checked. */
export function checkRandomValues(from: number, to: number): void {
  const random = rng(62);
  for (let n = 0; n < to; n++) {
    const value = `v${Array.from({ length: intIn(random, 1, 14) }, () => pick(random, ALPHABET)).join('')}v`;
    if (n < from) continue;
    const { types, text } = inline(md(value));
    for (const t of ['em_open', 'strong_open', 'code_inline', 'link_open', 'image', 'html_inline'])
      expect(types.has(t), `${t} from ${JSON.stringify(value)}: ${md(value)}`).toBe(false);
    expect(text, `${JSON.stringify(value)}: ${md(value)}`).toBe(value);
  }
}

/** How many values the stream holds in all (the fast tier checks the first `RANDOM_VALUES_FAST`). */
export const RANDOM_VALUES = 3000;
export const RANDOM_VALUES_FAST = 300;
