/**
 * Markdown from hostile logs, rendered by a CommonMark parser (markdown-it's `commonmark` preset): no link,
 * image or raw HTML may come from log data, wherever the value lands (a table cell, a heading, rdpdiag's
 * own remediation sentence "Block <source> at the firewall", a code span), and the value still reads.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { md, mdOwn } from '../../src/report/markdown.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { checkRandomValues, RANDOM_VALUES_FAST } from '../helpers/markdown-values.js';

const parser = new MarkdownIt('commonmark');

/** Every token a document parses to, inline children included. */
function tokens(markdown: string) {
  const all = parser.parse(markdown, {});
  return all.flatMap((t) => [t, ...(t.children ?? [])]);
}

const FORBIDDEN = new Set(['link_open', 'image', 'html_inline', 'html_block']);
const forbidden = (markdown: string) => tokens(markdown).filter((t) => FORBIDDEN.has(t.type));

/** Markdown an attacker would put in a name, as it is written in XML text. */
const ATTACKS = [
  '![x](http://203.0.113.9/p.png)',
  '[t](http://203.0.113.9/)',
  '`<img src=x onerror=alert(1)>`',
  '<img src=x>',
  '<http://203.0.113.9/>',
  '[r]: http://203.0.113.9/',
  '`` ` ``<b>x</b>',
  'a`b<i>c</i>`d',
  '&lt;script&gt;',
  '\\[z](http://203.0.113.9/)',
];
const escapeXmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const GUESSING = 'samples/heldout-11-password-guessing-then-success-2019';
const ADDRESS = '203.0.113.66';

/**
 * A password-guessing run whose address is not logged (every element holding it removed): its source is
 * then the WorkstationName of the failed network logons, which the attacker chooses. Without the RdpCoreTS log
 * (three quarters of the sample's bytes, and no WorkstationName): the value lands in the same places of the report
 * (its 15 kinds of line: headings, table cells, the remediation sentence, code spans), at about half the work.
 */
function guessing(workstation: string): string {
  const dir = tempDir();
  const logs = readdirSync(join(ROOT, GUESSING)).filter((n) => n.endsWith('.xml') && !n.startsWith('RdpCoreTS'));
  for (const f of logs) {
    const text = readFileSync(join(ROOT, GUESSING, f), 'utf8')
      .replace(new RegExp(`<Data Name='\\w+'>${ADDRESS}[^<]*</Data>`, 'g'), '')
      .replace(new RegExp(`<(\\w+)>${ADDRESS}[^<]*</\\1>`, 'g'), '')
      .replaceAll("<Data Name='WorkstationName'>-<", `<Data Name='WorkstationName'>${escapeXmlText(workstation)}<`);
    writeTemp(dir, f, text);
  }
  return dir;
}

describe('Markdown from log values renders no link, image or HTML', () => {
  it('md and mdOwn, each attack alone and inside rdpdiag code spans', () => {
    for (const a of ATTACKS) {
      expect(forbidden(md(a)), a).toEqual([]);
      expect(forbidden(mdOwn(`Block ${a} at the firewall: \`netsh advfirewall ${a}\`.`)), a).toEqual([]);
      expect(forbidden(`| ${md(a)} |`), a).toEqual([]);
    }
    // rdpdiag's own code spans stay as they were.
    expect(mdOwn('Run `cmdkey /delete:TERMSRV/<server>` on the client.')).toBe(
      'Run `cmdkey /delete:TERMSRV/<server>` on the client.',
    );
  });

  for (const attack of ATTACKS) {
    it(`analyze --format markdown with a source named ${attack}`, async () => {
      const r = await rdpdiag(['analyze', guessing(attack), '--format', 'markdown']);
      expect(r.code).toBeLessThan(2);
      expect(r.stdout).toMatch(/Block .+ at the firewall/);
      expect(forbidden(r.stdout)).toEqual([]);
      // The value is still there to read, as text.
      const text = tokens(r.stdout)
        .filter((t) => t.type === 'text' || t.type === 'code_inline')
        .map((t) => t.content)
        .join('');
      expect(text.includes(attack.replace(/\\/g, '').slice(0, 6))).toBe(true);
    });
  }
});

describe('md escapes only where it must', () => {
  it('an _ between letters or digits stays as written; elsewhere escaped', () => {
    expect(md('CORP\\svc_backup')).toBe('CORP\\svc_backup');
    expect(md('REG_SZ Event_Disconnect é_ü 1_2')).toBe('REG_SZ Event_Disconnect é_ü 1_2');
    expect(md('_x x_ a__b _a_ (_b_)')).toBe('\\_x x\\_ a\\_\\_b \\_a\\_ (\\_b\\_)');
  });

  // The first few hundred values of the seeded stream; markdown-injection-rest.test.ts (slow tier) checks the rest.
  it('whatever a value holds, it shows as written and makes no emphasis, code, link or HTML', () => {
    checkRandomValues(0, RANDOM_VALUES_FAST);
  });
});
