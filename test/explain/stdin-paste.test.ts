/**
 * Issue 60: a paste as people give it. `explain-code -` and a pipe read it from standard input (bounded as a file
 * is, its encoding read from its BOM); a paste that starts with a minus is a paste, not an option.
 */
import { describe, expect, it } from 'vitest';
import { MAX_STDIN_PASTE } from '../../src/cli/explain-code.js';
import type { CliInput } from '../../src/cli/io.js';
import { rdpdiag } from '../helpers/cli.js';

const explain = (args: string[], stdin?: CliInput) => rdpdiag(['explain-code', ...args], {}, stdin);

/** A pipe: the bytes in chunks, not a terminal. */
function pipe(...chunks: (Uint8Array | string)[]): CliInput {
  return {
    isTTY: false,
    async *[Symbol.asyncIterator]() {
      for (const c of chunks) yield c;
    },
  };
}

const TERMINAL: CliInput = { isTTY: true, async *[Symbol.asyncIterator]() {} };

const PASTE =
  "Remote Desktop Connection\r\nThis computer can't connect to the remote computer.\r\nError code: 0x904\r\nExtended error code: 0x7\r\n";

describe('explain-code reads a paste from standard input', () => {
  it('with `-`, as the same text on the command line', async () => {
    const piped = await explain(['-', '--format', 'json'], pipe(PASTE));
    const typed = await explain([PASTE, '--format', 'json']);
    expect(piped.code, piped.stderr).toBe(0);
    expect(JSON.parse(piped.stdout).summary).toBe(JSON.parse(typed.stdout).summary);
    expect(JSON.parse(piped.stdout).input).toEqual({ code: '0x904', extended: '0x7' });
  });

  it('from a pipe without `-`, and across chunks that split a character', async () => {
    const bytes = new TextEncoder().encode('Fehlercode: 0x904 — Erweiterter Fehlercode: 0x7');
    const cut = bytes.indexOf(0xe2) + 1; // inside the dash's three bytes
    const r = await explain(['--format', 'json'], pipe(bytes.subarray(0, cut), bytes.subarray(cut)));
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).input).toEqual({ code: '0x904', extended: '0x7' });
  });

  it('in UTF-16 with its BOM (PowerShell 5 redirection) and UTF-8 with one', async () => {
    const text = 'Error code: 0x80090304';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    const bom8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    for (const bytes of [utf16, bom8]) {
      const r = await explain(['-', '--format', 'json'], pipe(bytes));
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).primary?.name ?? JSON.parse(r.stdout).other?.name).toBe('SEC_E_INTERNAL_ERROR');
    }
  });

  it('bounded: a paste over the limit is one clear error naming (stdin), exit 2', async () => {
    const line = `${'x'.repeat(1023)}\n`;
    const r = await explain(['-'], pipe(...Array.from({ length: MAX_STDIN_PASTE / 1024 + 1 }, () => line)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^rdpdiag: error: \(stdin\): the paste is longer than 1048576 bytes/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('an empty paste, or no code and a terminal, is a usage error', async () => {
    expect((await explain(['-'], pipe(' \n'))).stderr).toMatch(/\(stdin\): the paste is empty/);
    const none = await explain([], TERMINAL);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/missing the code/);
  });
});

describe('a paste that starts with a minus', () => {
  it('is a paste, not an unknown option', async () => {
    const text = await explain([
      '-The remote computer requires Network Level Authentication, which your computer does not support.',
    ]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/Network Level Authentication/);
    const dash = await explain(['-', 'Error code: 0x904', 'Extended error code: 0x7']);
    expect(dash.code, dash.stderr).toBe(0);
    const words = await explain(['-Error', 'code:', '0x904']);
    expect(words.code, words.stderr).toBe(0);
    expect(words.stdout).toMatch(/0x904/);
  });

  it('a negative decimal is the signed form of an HRESULT', async () => {
    const r = await explain(['-2146893052', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/SEC_E_INTERNAL_ERROR/);
  });

  it('a mistyped long option is still refused', async () => {
    const r = await explain(['0x904', '--fromat', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--fromat'/);
  });
});
