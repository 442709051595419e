/**
 * One set of numbers and words (issue 53), on every sample scenario: the terminal's headline, the Markdown and HTML
 * reports' headline (the same sentence), the HTML cards, the JSON attempts and the CSV rows agree on how many
 * attempts, how they ended and when; and every evidence row of every format leads with its event's salient fields
 * (the event table's `salient`), whole.
 */
import { describe, expect, it } from 'vitest';
import { ATTACK_FINDINGS } from '../../patterns/index.js';
import { formatRange, type TimeZoneChoice } from '../../src/report/time-format.js';
import { rdpdiag } from '../helpers/cli.js';
import { SCENARIOS } from '../helpers/samples.js';
import { csvRows } from '../helpers/csv.js';

const UTC: TimeZoneChoice = { kind: 'utc' };

/** Security findings and the attacker's path: the terminal tells them in words (Markdown and HTML show the rows). */
const SECURITY = new Set([
  'password-guessing',
  'scanning',
  ...ATTACK_FINDINGS.map((f) => f.id),
  'lateral-movement',
  'ms-t120-probe',
]);

function unescapeHtml(text: string): string {
  return text
    .replace(/<wbr>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Text with its markup, escapes and white space taken out, to find a value however a format wrapped it. */
function bare(text: string): string {
  return unescapeHtml(text).replace(/\\/g, '').replace(/\s+/g, '');
}

describe('every format says the same numbers, and leads evidence with its salient fields', () => {
  it.each(SCENARIOS)('%s', async (name) => {
    const dir = `samples/${name}`;
    const run = async (...args: string[]) => (await rdpdiag(['analyze', dir, '-q', '--exit-zero', ...args])).stdout;
    const json = JSON.parse(await run('--format', 'json'));
    const table = await run('--details');
    const markdown = await run('--format', 'markdown');
    const html = await run('--format', 'html');
    const csv = csvRows(await run('--format', 'csv'));

    // The counts: JSON's attempts, CSV's rows, the HTML cards and the headline sentence.
    const attempts: { start: string; end: string; outcome: string }[] = json.attempts;
    const count = (outcome: string) => attempts.filter((a) => a.outcome === outcome).length;
    const header = csv[0];
    // One row per attempt, then one per finding (side `finding`, as Hayabusa's timelines carry their detections).
    const isFinding = (r: string[]) => r[header.indexOf('side')] === 'finding';
    const rows = csv.slice(1).filter((r) => !isFinding(r));
    expect(rows.length).toBe(attempts.length);
    expect(csv.slice(1).filter(isFinding).length).toBe(json.findings.length);
    expect(rows.filter((r) => r[header.indexOf('outcome')] === 'failed').length).toBe(count('failed'));
    const cards = Object.fromEntries(
      [...html.matchAll(/<b[^>]* id="n-([a-z-]+)">(\d+)<\/b>/g)].map((x) => [x[1], Number(x[2])]),
    );
    expect(cards.attempts).toBe(attempts.length);
    if (attempts.length) {
      expect(cards.succeeded).toBe(count('succeeded'));
      expect(cards.failed).toBe(count('failed'));
      expect(cards.incidents).toBe(json.incidents.length);
    } else {
      // A findings-only run: no green and red zeros.
      expect(cards.succeeded).toBeUndefined();
      expect(cards.failed).toBeUndefined();
      return;
    }
    // The same sentence in the terminal, Markdown and HTML, with the attempts' own span.
    const lines = table.split('\n');
    const end = lines.findIndex((l) => l === '' || l.startsWith('! '));
    const headline = lines.slice(0, end).join(' ');
    expect(headline).toMatch(new RegExp(`^${attempts.length} RDP connection attempts? on \\d+ computers?, `));
    expect(headline).toContain(`: ${count('succeeded')} succeeded, ${count('failed')} failed`);
    const first = attempts.map((a) => a.start).sort()[0];
    const last = attempts.map((a) => a.end).sort()[attempts.length - 1];
    expect(headline).toContain(formatRange(first, last, UTC));
    expect(markdown.split('\n')).toContain(headline);
    expect(unescapeHtml(/<p id="headline">([^<]*)<\/p>/.exec(html)?.[1] ?? '')).toBe(headline);

    // Evidence: each failed attempt's cause and each host finding, its salient fields in every format.
    const details = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.eventId === 'number' && typeof o.details === 'string') details.add(o.details);
      }
    };
    for (const a of json.attempts) if (a.outcome === 'failed') walk(a.causes?.[0]?.evidence);
    for (const f of json.findings ?? []) if (!SECURITY.has(f.id)) walk(f.evidence);
    for (const [format, text] of Object.entries({ table, markdown, html })) {
      const all = bare(text);
      for (const d of details) expect(all.includes(bare(d)), `${format}: ${d}`).toBe(true);
    }
  });
});
