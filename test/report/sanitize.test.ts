/**
 * Text from logs never reaches a terminal or a Markdown file raw: escape sequences (OSC 52 clipboard
 * writes, screen clears, OSC 8 links) in computer names and fields, and newlines in file names on stderr,
 * are shown escaped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeControls, escapeControlsDeep } from '../../src/report/sanitize.js';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';

const OSC52 = '&#x1b;]52;c;Y2FsYw==&#x07;';
const CLEAR = '&#x1b;[2J';

describe('terminal and Markdown sanitizer', () => {
  it('escapes C0, DEL, C1 and bidi overrides, and keeps everything else', async () => {
    expect(escapeControls('a\u001b[2Jb\u0007c\u007f\u009b\u202e\nd é İ')).toBe(
      'a\\x1b[2Jb\\x07c\\x7f\\x9b\\u202e\\x0ad é İ',
    );
    const shared = { name: 'x\u001by' };
    const copy = escapeControlsDeep({ a: shared, b: [shared], n: 3 });
    expect(copy).toEqual({ a: { name: 'x\\x1by' }, b: [{ name: 'x\\x1by' }], n: 3 });
    expect(copy.b[0]).toBe(copy.a);
  });

  it('copies only what holds a string it changes, and escapes cycles all the same', async () => {
    const clean = { attempts: [{ id: 'A001', events: [{ computer: 'RDSH01' }] }], n: 3 };
    expect(escapeControlsDeep(clean)).toBe(clean);
    const event = { computer: 'RDSH\u001b]52;c;eA==\u0007' };
    const other = { id: 'A002', events: [{ computer: 'RDSH02' }] };
    const model = { attempts: [{ id: 'A001', events: [event] }, other], appendix: [event] };
    const escaped = escapeControlsDeep(model);
    expect(escaped).not.toBe(model);
    expect(escaped.attempts[0].events[0].computer).toBe('RDSH\\x1b]52;c;eA==\\x07');
    expect(escaped.appendix[0]).toBe(escaped.attempts[0].events[0]);
    expect(escaped.attempts[1]).toBe(other);
    expect(model.attempts[0].events[0].computer).toContain('\u001b');
    const cyclic: { name: string; self?: unknown; list: unknown[] } = { name: 'x\u009by', list: [] };
    cyclic.self = cyclic;
    cyclic.list.push(cyclic);
    const copy = escapeControlsDeep(cyclic);
    expect(copy.name).toBe('x\\x9by');
    expect(copy.self).toBe(copy);
    expect(copy.list[0]).toBe(copy);
  });

  it('analyze prints no raw escape sequence from computer names, in the table and in Markdown', async () => {
    const dir = tempDir();
    const src = join(ROOT, 'samples/auth-bad-credentials');
    for (const f of readdirSync(src).filter((n) => n.endsWith('.xml'))) {
      const text = readFileSync(join(src, f), 'utf8').replaceAll(
        'RDSH01.corp.example.test',
        `RDSH01${OSC52}${CLEAR}.corp.example.test`,
      );
      writeTemp(dir, f, text);
    }
    for (const format of ['table', 'markdown']) {
      const r = await rdpdiag(['analyze', dir, '--format', format, '--details']);
      expect(r.stdout).toContain('RDSH01');
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(r.stdout).toContain('\\x1b');
    }
  });

  // Windows file names cannot hold a control character (or `|`, `<`, `>`, `:`, `"`, `?`, `*`): nothing to forge.
  it.skipIf(process.platform === 'win32')(
    'a newline in a file name cannot forge an rdpdiag: line on stderr',
    async () => {
      const dir = tempDir();
      writeTemp(dir, 'x\nrdpdiag: all good.xml', 'not xml at all');
      const r = await rdpdiag(['analyze', dir]);
      expect(r.stderr).toContain('x\\x0ardpdiag: all good.xml');
      expect(r.stderr.split('\n').filter((l) => l.startsWith('rdpdiag: all good'))).toEqual([]);
    },
  );
});
