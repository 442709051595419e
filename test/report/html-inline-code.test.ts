/**
 * "What to do" steps in the HTML report: their code spans (a pair of backticks in rdpdiag's own text) shown as
 * `<code>`, read as the Markdown report reads them (markdown-it's CommonMark preset parses that one), and every
 * value in them escaped: a user name from the logs lands inside `Add-LocalGroupMember … -Member CORP\<user>`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { fillSteps } from '../../src/diagnose/fill-steps.js';
import { UNMARKED } from '../../src/model/value-marks.js';
import { htmlOwn } from '../../src/report/html.js';
import { mdOwn } from '../../src/report/markdown.js';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';

const parser = new MarkdownIt('commonmark');

/** Text with the character references of HTML (numeric, and the few named ones the renderers write) read back. */
function decode(html: string): string {
  return html.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot);/gi, (_, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"' }[ref.toLowerCase()]!;
  });
}

/** The contents of every `<code>` element, decoded. */
const codesOfHtml = (html: string) => [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) => decode(m[1]));

/** The contents of every code span the Markdown parses to. */
const codesOfMarkdown = (markdown: string) =>
  parser
    .parse(markdown, {})
    .flatMap((t) => t.children ?? [])
    .filter((t) => t.type === 'code_inline')
    .map((t) => t.content);

/** What a step shows as text: its markup dropped, its references read. */
const shownText = (html: string) => decode(html.replace(/<[^>]*>/g, ''));

const STEPS = [
  'Run `cmdkey /delete:TERMSRV/<server>` on the client.',
  'Two: `Get-LocalUser x | Format-List *` then `gpupdate /force`.',
  'A lone ` backtick, an empty pair `` and [no](link) <b>markup</b> &amp; text.',
  'Code holding markup: `</code><script>alert(1)</script><code>` and `<img src=x onerror=alert(2)>`.',
  'Quotes and entities in code: `"a" \'b\' &amp; &#60; \\` end.',
];

describe('htmlOwn: code spans as <code>, everything escaped', () => {
  it('shows each pair of backticks as <code>, with no markup coming through', () => {
    expect(htmlOwn('Run `cmdkey /delete:TERMSRV/<server>` on the client.')).toBe(
      'Run <code>cmdkey /delete:TERMSRV/&#60;server&#62;</code> on the client.',
    );
    for (const step of STEPS) {
      const html = htmlOwn(step);
      // The only elements are rdpdiag's own <code>.
      expect(html.replace(/<\/?code>/g, ''), step).not.toMatch(/[<>]/);
      // Read back, the text is what the Markdown report's step shows.
      expect(shownText(html), step).toBe(shownText(parser.renderInline(mdOwn(step))));
    }
  });

  it('reads code spans as the Markdown report does (CommonMark)', () => {
    for (const step of STEPS) expect(codesOfHtml(htmlOwn(step)), step).toEqual(codesOfMarkdown(mdOwn(step)));
  });

  it('a value holding a backtick is never written into a command: the step names it instead', () => {
    const add = 'Add them: `Add-LocalGroupMember -Group "Remote Desktop Users" -Member DOMAIN\\user`.';
    const [step] = fillSteps([add], { user: 'CORP\\b`ob', computer: 'RDSH01' }, UNMARKED);
    expect(step).toContain('`Add-LocalGroupMember -Group "Remote Desktop Users" -Member DOMAIN\\user`');
    expect(step).toMatch(/Fill in DOMAIN\\user \(the account as logged: it holds a backtick\)/);
    expect(codesOfHtml(htmlOwn(step))).toEqual([
      'Add-LocalGroupMember -Group "Remote Desktop Users" -Member DOMAIN\\user',
    ]);
  });
});

const escapeXmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The logon-right sample with bob's name replaced by `user` wherever the logs carry it. */
function logonRightWith(user: string): string {
  const dir = tempDir();
  const xml = readFileSync(join(ROOT, 'samples/patterns/auth-logon-right/sample.xml'), 'utf8')
    .replaceAll('>bob<', `>${escapeXmlText(user)}<`)
    .replaceAll('>CORP\\bob<', `>CORP\\${escapeXmlText(user)}<`);
  writeTemp(dir, 'sample.xml', xml);
  return dir;
}

/** The steps of every "What to do" list of an HTML report. */
function stepsOf(html: string): string[] {
  return [...html.matchAll(/<h4>What to do<\/h4><ol>([\s\S]*?)<\/ol>/g)].flatMap((m) =>
    [...m[1].matchAll(/<li>([\s\S]*?)<\/li>/g)].map((li) => li[1]),
  );
}

describe('analyze --format html: steps with their commands as <code>', () => {
  it('the sample: commands shown as code, no backtick left in a step', async () => {
    const r = await rdpdiag(['analyze', 'samples/patterns/auth-logon-right/sample.xml', '--format', 'html']);
    const steps = stepsOf(r.stdout);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.some((s) => s.includes('<code>gpresult /h gp.html</code>'))).toBe(true);
    expect(
      steps.some((s) =>
        s.includes('<code>Add-LocalGroupMember -Group &#34;Remote Desktop Users&#34; -Member CORP\\bob</code>'),
      ),
    ).toBe(true);
    for (const s of steps) expect(s).not.toMatch(/`|&#96;/);
  });

  it('a hostile user name inside a command: escaped in <code>, as the Markdown report reads it', async () => {
    const hostile = `b</code><script>alert(1)</script><img src=x onerror=alert(2)>"'&amp;|*_ob`;
    const dir = logonRightWith(hostile);
    const html = (await rdpdiag(['analyze', dir, '--format', 'html'])).stdout;
    const steps = stepsOf(html);
    const command = `Add-LocalGroupMember -Group "Remote Desktop Users" -Member CORP\\${hostile}`;
    expect(steps.flatMap(codesOfHtml)).toContain(command);
    for (const s of steps) expect(s.replace(/<\/?code>/g, '')).not.toMatch(/[<>]/);
    expect(html).not.toMatch(/<script>alert|<img/);
    // The Markdown report's code spans of the same run say the same.
    const markdown = (await rdpdiag(['analyze', dir, '--format', 'markdown'])).stdout;
    expect(codesOfMarkdown(markdown)).toContain(command);
  });

  it('a user name holding backticks: the command stays whole, the step names the account', async () => {
    const html = (await rdpdiag(['analyze', logonRightWith('b`<i>x</i>`ob'), '--format', 'html'])).stdout;
    const steps = stepsOf(html);
    const codes = steps.flatMap(codesOfHtml);
    expect(codes).toContain('Add-LocalGroupMember -Group "Remote Desktop Users" -Member DOMAIN\\user');
    expect(steps.map(shownText).join('\n')).toMatch(
      /Fill in DOMAIN\\user \(the account as logged: it holds a backtick\)/,
    );
    // Elsewhere (the account named in a note) its backticks pair as Markdown pairs them, escaped.
    expect(html).not.toMatch(/<i>x/);
  });
});
