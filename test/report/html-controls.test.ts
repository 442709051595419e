/**
 * Hostile input, round 4 (issue #51): the HTML report writes no control or bidi character a log holds. ESC, BEL,
 * CSI (U+009B), a lone CR and the right-to-left override (U+202E) put in every field the logs control (the
 * computer's name, each field's value, a field's name) reach the page shown escaped (`\x1b`, `\u202e`), never as
 * the characters: one escaping (`esc`) takes every value on its way into the page.
 */
import { describe, expect, it } from 'vitest';
import { esc } from '../../src/report/html.js';
import { UNSAFE_CLASS } from '../../src/report/sanitize.js';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { fleetExportLines } from '../helpers/winlogbeat.js';

const HOSTILE = '\u001b[31mRED\u001b]0;pwned\u0007\u009b2J\r\u202eexe.';
/** An unsafe character other than the white space markup reads (tab, newline, CRLF). */
const RAW = new RegExp(`(?![\\t\\n])[${UNSAFE_CLASS}]|\\r(?!\\n)`, 'u');

/** A Winlogbeat export with HOSTILE added to the computer's name, every field's value and one field's name. */
function hostileExport(): string {
  const lines = fleetExportLines(1, 2).map((line) => {
    const hit = JSON.parse(line);
    const w = hit._source.winlog;
    w.computer_name = w.computer_name.replace('.corp', `${HOSTILE}.corp`);
    const data: Record<string, string> = w.event_data ?? w.user_data;
    for (const k of Object.keys(data)) data[k] = `${data[k]}${HOSTILE}`;
    data[`Note${HOSTILE}`] = `x${HOSTILE}`;
    return JSON.stringify(hit);
  });
  return writeTemp(tempDir(), 'hostile.ndjson', `${lines.join('\n')}\n`);
}

describe('the HTML report shows log controls escaped', () => {
  it('esc escapes controls and bidi characters, keeps white space', () => {
    expect(esc('a\u001bb\u202ec<')).toBe('a\\x1bb\\u202ec&#60;');
    expect(esc('a\tb\r\nc\rd')).toBe('a\tb\r\nc\\x0dd');
    expect(esc('\u009b')).toBe('\\x9b');
  });

  for (const extra of [[], ['--details']])
    it(`analyze --format html ${extra.join(' ')}: no raw control or bidi character`, async () => {
      const r = await rdpdiag(['analyze', hostileExport(), '--format', 'html', ...extra]);
      expect(r.code, r.stderr).toBeLessThan(2);
      const raw = RAW.exec(r.stdout);
      expect(raw && JSON.stringify(r.stdout.slice(raw.index - 60, raw.index + 20))).toBeNull();
      // The values are there, escaped, in the headings and the tables.
      expect(r.stdout).toContain('\\x1b[31mRED\\x1b]0;pwned\\x07\\x9b2J\\x0d\\u202eexe.');
    });
});
