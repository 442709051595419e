/**
 * Every output path and format, with every character the sanitizer exists for in the log: no command writes
 * one raw (only line ends, and CRLF in CSV), JSON outputs carry them as `\u` escapes and still hold the same
 * values. The character list comes from Unicode's properties (C0, DEL, C1, bidi and other format
 * characters, line and paragraph separators), generated here, not typed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeJsonText, sanitizeText, UNSAFE_CLASS } from '../../src/report/sanitize.js';
import { REPORT_FORMATS } from '../../src/report/formats.js';
import { TIMELINE_FORMATS } from '../../src/cli/timeline.js';
import { rdpdiag } from '../helpers/cli.js';
import { HOSTILE, rawControls, unsafeCharacters } from '../helpers/hostile.js';
import { renderedScenarioWithoutRdpCoreTs } from '../helpers/samples.js';

/**
 * A failing sample whose computer, client name and account carry the hostile text. Without its RdpCoreTS log (none of
 * its events names the client or the account): the computer's name is in every event left, and the attempts still
 * fail on the wrong password, so every output path still writes the three values.
 */
function hostileSample(): string {
  return renderedScenarioWithoutRdpCoreTs((text) =>
    text
      .replaceAll('RDSH01.corp.example.test', `RDSH01${HOSTILE}.corp.example.test`)
      .replace(/(<Data Name='WorkstationName'>)([^<]*)/g, `$1$2${HOSTILE}`)
      .replace(/(<Data Name='TargetUserName'>)([^<]*)/g, `$1$2${HOSTILE}`),
  );
}

describe('hostile text on every output path', () => {
  const dir = hostileSample();

  // Every report format of the registry and every timeline format, so a new one is covered without touching this
  // file; the text runs beside them are the table's other views and `dump`'s JSON lines.
  type Run = [name: string, args: string[]];
  const RUNS: Run[] = [
    ['analyze (table)', ['analyze', dir]],
    ['analyze --details', ['analyze', dir, '--details']],
    ['analyze --explain', ['analyze', dir, '--explain', 'A001']],
    ...REPORT_FORMATS.map((f): Run => [`analyze --format ${f.name}`, ['analyze', dir, '--format', f.name]]),
    ['timeline (table)', ['timeline', dir]],
    ...TIMELINE_FORMATS.map((f): Run => [`timeline --format ${f}`, ['timeline', dir, '--format', f]]),
    ['dump --format jsonl', ['dump', join(dir, 'Security.xml')]],
  ];
  /** The output as JSON values (one document, or one a line), or undefined when it is text. */
  function asJson(stdout: string): unknown[] | undefined {
    try {
      return [JSON.parse(stdout)];
    } catch {
      try {
        return stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l));
      } catch {
        return undefined;
      }
    }
  }
  for (const [name, args] of RUNS) {
    it(`${name}: nothing raw; JSON keeps the values whole, text shows them escaped`, async () => {
      const r = await rdpdiag(args);
      expect(r.code).toBeLessThan(3);
      expect(r.stdout.length).toBeGreaterThan(0);
      // Line ends only (CRLF where a format ends its rows so, RFC 4180); HTML's own markup holds tabs.
      expect(rawControls(r.stdout, true, '\n\t')).toEqual([]);
      expect(r.stdout).not.toMatch(/\r(?!\n)/);
      expect(rawControls(r.stderr)).toEqual([]);
      const values = asJson(r.stdout);
      if (values) {
        // The values still carry every character (a right-to-left override among them), as the log had it.
        const all = JSON.stringify(values);
        expect(all).toContain('\u202e');
        expect(all).toContain('\u009b');
        expect(all).toContain('\u061c');
      } else {
        expect(r.stdout).toContain('\\x1b');
      }
    });
  }

  it('timeline --format timesketch: a value a spreadsheet would run is defused, as in CSV', async () => {
    const formula = renderedScenarioWithoutRdpCoreTs((text) =>
      text.replaceAll('RDSH01.corp.example.test', '=HYPERLINK(1)'),
    );
    const r = await rdpdiag(['timeline', formula, '--format', 'timesketch']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const computers = new Set(lines.map((l) => l.computer));
    expect(computers.has('=HYPERLINK(1)')).toBe(false);
    expect(computers.has("'=HYPERLINK(1)")).toBe(true);
  });

  it('dump --format xml: C1 and format characters as character references', async () => {
    const r = await rdpdiag(['dump', join(dir, 'Security.xml'), '--format', 'xml']);
    expect(r.code).toBe(0);
    // Tab and newline are XML's own whitespace; a CR is a reference, as everything else.
    expect(rawControls(r.stdout, false, '\n\t')).toEqual([]);
    expect(r.stdout).toContain('&#xd;');
    expect(r.stdout).toContain('&#x202e;');
    expect(r.stdout).toContain('&#x9b;');
  });

  it('escapeJsonText keeps JSON valid and the values the same; sanitizeText keeps line ends and own colours', () => {
    const value = { s: `a${unsafeCharacters().join('')}b` };
    const json = escapeJsonText(JSON.stringify(value));
    expect(rawControls(json)).toEqual([]);
    expect(JSON.parse(json)).toEqual(value);
    expect(sanitizeText('a\r\nb\rc\n\u001b[1mX\u001b[0m\u001b[2J', true)).toBe(
      'a\r\nb\\x0dc\n\u001b[1mX\u001b[0m\\x1b[2J',
    );
    expect(sanitizeText('\u001b[1mX', false)).toBe('\\x1b[1mX');
    expect(sanitizeText('\u061c\u2028')).toBe('\\u061c\\u2028');
  });

  it('escapeJsonText escapes exactly the unsafe characters JSON.stringify leaves raw, ASCII or not', () => {
    const unsafe = new RegExp(`^(?![\\u0000-\\u001f])[${UNSAFE_CLASS}]$`, 'u');
    const wrong: string[] = [];
    const check = (c: string) => {
      const escaped = escapeJsonText(`a${c}b`) !== `a${c}b`;
      if (escaped !== unsafe.test(c)) wrong.push(c.codePointAt(0)!.toString(16));
    };
    for (let code = 0; code <= 0xffff; code++) if (code < 0xd800 || code > 0xdfff) check(String.fromCharCode(code));
    for (const code of [0x1bca0, 0x1d173, 0xe0001, 0xe0041, 0x1f600]) check(String.fromCodePoint(code));
    expect(wrong).toEqual([]);
  });
});
