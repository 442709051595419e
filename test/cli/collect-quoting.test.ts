/**
 * `collect` on another platform prints commands to paste on the Windows computer: each argument is
 * quoted for the shell it is meant for (cmd.exe, PowerShell, and the POSIX shell `rdpdiag analyze` runs
 * in here), so a folder name is one argument and never code; one that cmd.exe cannot be given safely is
 * refused.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { collectCommands } from '../../src/cli/collect.js';
import { cmdArg, posixArg, powershellArg, windowsShellArg } from '../../src/cli/shell-quote.js';
import { rdpdiag } from '../helpers/cli.js';

/** How cmd.exe splits a line: `&`, `|`, `<`, `>` outside double quotes end the command (or redirect). */
function cmdCommand(line: string): { words: string[]; operators: string[] } {
  const words: string[] = [];
  const operators: string[] = [];
  let word = '';
  let quoted = false;
  let inWord = false;
  for (const c of line) {
    if (c === '"') {
      quoted = !quoted;
      inWord = true;
    } else if (!quoted && /[&|<>]/.test(c)) operators.push(c);
    else if (!quoted && c === ' ') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return { words, operators };
}

/** PowerShell's single-quoted string at the start of `text`: its value and what follows it. */
function powershellString(text: string): { value: string; rest: string } {
  const q = /['\u2018\u2019\u201A\u201B]/;
  expect(text[0]).toMatch(q);
  let value = '';
  for (let i = 1; i < text.length; i++) {
    if (q.test(text[i])) {
      if (q.test(text[i + 1] ?? '')) {
        value += text[i];
        i++;
        continue;
      }
      return { value, rest: text.slice(i + 1) };
    }
    value += text[i];
  }
  throw new Error(`unterminated: ${text}`);
}

const NAMES = [
  'case-1234',
  'a b & calc & c',
  'C:\\cases\\x ^ | < > (1)',
  "it's $(calc) `calc` ; calc",
  'quote‘s’ and ‚ ‛',
  "x' ; touch /tmp/pwned ; '",
];

describe('collect: printed commands quoted for their shell', () => {
  for (const name of NAMES) {
    it(`keeps ${JSON.stringify(name)} one argument in every command`, () => {
      const lines = collectCommands(name).split('\n');
      for (const line of lines.filter((l) => /^(mkdir|cd) /.test(l))) {
        if (line === 'cd ..') continue;
        const { words, operators } = cmdCommand(line);
        expect(operators, line).toEqual([]);
        expect(words.slice(1), line).toEqual([name]);
      }
      const zip = lines.find((l) => l.includes('Compress-Archive'))!;
      const path = powershellString(zip.slice(zip.indexOf('-LiteralPath ') + '-LiteralPath '.length));
      expect(path.value).toBe(name);
      expect(path.rest.startsWith(' -DestinationPath ')).toBe(true);
      const destination = powershellString(path.rest.slice(' -DestinationPath '.length));
      expect(destination.value).toBe(`${name}.zip`);
      expect(destination.rest).toBe('),');
      // The POSIX line, run with printf in place of rdpdiag: exactly one argument, the name. It is for a
      // POSIX shell, so it is run where there is one (not on Windows).
      const analyze = lines.find((l) => l.includes('rdpdiag analyze'))!;
      const arg = analyze.slice(analyze.indexOf('rdpdiag analyze ') + 'rdpdiag analyze '.length);
      if (process.platform !== 'win32') {
        const r = spawnSync('sh', ['-c', `printf '[%s]' ${arg}`], { encoding: 'utf8' });
        expect(r.stdout).toBe(`[${name}]`);
      } else expect(arg).toBe(posixArg(name));
    });
  }

  it('refuses a name cmd.exe cannot be given safely: exit 2, nothing printed to paste', async () => {
    for (const name of ['x" & calc & "', 'a%COMSPEC%b', 'a!b!', 'two\nlines', 'x\r& calc']) {
      const r = await rdpdiag(['collect', '-o', name], { RDPDIAG_PLATFORM: 'linux' });
      expect(r.code, name).toBe(2);
      expect(r.stdout, name).toBe('');
      expect(r.stderr, name).toMatch(/^rdpdiag: error: --output: .* cannot be written safely in a cmd\.exe command/);
      expect(r.stderr, name).not.toMatch(/\n\s+at /);
    }
  });

  it('quotes each for its shell', () => {
    expect(cmdArg('plain-name')).toBe('plain-name');
    expect(cmdArg('a & b')).toBe('"a & b"');
    expect(powershellArg("it's")).toBe("'it''s'");
    expect(powershellArg('x’y')).toBe("'x’’y'");
    expect(posixArg("it's")).toBe(`'it'\\''s'`);
    expect(windowsShellArg('C:\\cases\\a b.zip')).toBe('"C:\\cases\\a b.zip"');
    expect(windowsShellArg('C:\\cases\\$(calc).zip')).toBe("'C:\\cases\\$(calc).zip' (in PowerShell)");
  });
});
