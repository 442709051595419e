/**
 * `--redact` finds a password on a command line by the grammar of its option, not by a list of tools (issue #61):
 * generated forms — each way Windows tools and common programs take a password (an option and its value apart,
 * after `=` or `:`, glued as getopt allows, joined to a user, in a URL, after `net user NAME`, echoed into a program
 * that reads one), in any case where the option's case is free, quoted or not, inside other text — never keep the
 * password, and always say a secret was there.
 */
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/report/redact.js';
import { intIn, pick, rng } from '../helpers/random.js';

/** A password: letters, a digit (a glued value after an unknown program must hold one) and signs. */
function password(random: () => number): string {
  const first = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const rest = `${first}!#$%^*()_+=.,~?[]{}-`;
  let pw = pick(random, [...first]);
  for (let i = intIn(random, 4, 16); i > 0; i--) pw += pick(random, [...rest]);
  return `${pw}${intIn(random, 0, 9)}`;
}

/** `word` in a random case (for options whose case Windows ignores). */
function anyCase(random: () => number, word: string): string {
  return [...word].map((c) => (random() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');
}

/** The command, or the command and its secret when that is not `pw`. */
type Form = (pw: string, random: () => number) => string | [string, string];

const USERS = ['ops', 'CORP\\adm', 'svc_backup', 'jdoe'];
const FORMS: [string, Form][] = [
  ['-p PW', (pw) => `-p ${pw}`],
  ['-P PW (sqlcmd)', (pw) => `sqlcmd -S db01 -U sa -P ${pw}`],
  ['-pPW glued', (pw) => `-p${pw}`],
  [
    'mysql -pWORD (letters only)',
    (_pw, r) => {
      const word = `${pick(r, ['Secretword', 'hunter', 'Passphrase'])}${'x'.repeat(intIn(r, 1, 4))}`;
      return [`mysql -u root -p${word} db`, word];
    },
  ],
  ['psexec -pPW', (pw) => `PsExec64.exe \\\\APP05 -u CORP\\svc -p${pw} cmd`],
  ['-pw PW', (pw, r) => `${anyCase(r, '-pw')} ${pw}`],
  ['--password PW', (pw, r) => `--password${pick(r, [' ', '='])}${pw}`],
  ['-Password PW', (pw, r) => `${anyCase(r, '-password')}${pick(r, [' ', ':'])}${pw}`],
  ['password=PW', (pw, r) => `${anyCase(r, pick(r, ['password', 'pwd', 'pass']))}=${pw}`],
  [
    '/p PW (schtasks)',
    (pw, r) => `schtasks /create /tn t /ru CORP\\adm ${anyCase(r, pick(r, ['/p', '/rp']))} ${pw} /sc once`,
  ],
  ['/p:PW', (pw, r) => `${anyCase(r, pick(r, ['/p', '/pass', '/password']))}:${pw}`],
  ['-u user:PW', (pw, r) => `curl ${pick(r, ['-u', '--user'])} ${pick(r, USERS)}:${pw} https://example.test/`],
  ['-U user%PW', (pw, r) => `smbclient //fs01/share -U ${pick(r, USERS)}%${pw}`],
  [
    'user:PW@ in a URL',
    (pw, r) => `${pick(r, ['http', 'https', 'ftp', 'smb'])}://${pick(r, ['ops', 'jdoe'])}:${pw}@198.51.100.9/x`,
  ],
  [
    'net user NAME PW',
    (pw, r) => `${pick(r, ['net', 'NET', 'net1.exe'])} user ${pick(r, ['jdoe', '"J Doe"'])} ${pw} /add`,
  ],
  [
    'echo PW | runas',
    (pw, r) =>
      `echo ${pw}${pick(r, ['|', ' |', '| ', ' | '])}${pick(r, ['runas', 'C:\\Windows\\System32\\runas.exe'])} /user:CORP\\adm cmd`,
  ],
  ['a quoted value', (pw, r) => `${pick(r, ['-p', '--password', '/p', '-Password'])} "${pw} with spaces"`],
];

const PREFIXES = ['', 'cmd.exe /c ', 'C:\\Tools\\tool.exe ', 'powershell.exe -c '];
const SUFFIXES = ['', ' /add', ' & whoami', ' -v', '\r\nnext line'];

describe('a password on a command line is found by its option grammar', () => {
  for (const [name, form] of FORMS)
    it(name, () => {
      const random = rng(name.length * 7919 + name.charCodeAt(0));
      for (let i = 0; i < 60; i++) {
        const pw = password(random);
        const made = form(pw, random);
        const [text, hidden] = typeof made === 'string' ? [made, pw] : made;
        const command = `${pick(random, PREFIXES)}${text}${pick(random, SUFFIXES)}`;
        const out = new Redactor().text(command);
        expect(out, command).not.toContain(hidden);
        expect(out, command).toMatch(/secret-1/);
      }
    });
});

describe('words that only look like password options are kept', () => {
  it.each([
    'Get-ChildItem -Path C:\\Logs -Recurse',
    'xcopy a b /p /s',
    'mstsc.exe /v:rdp01.example.test:3389 /prompt',
    'net user jdoe /domain',
    'net user jdoe *',
    'echo y | del old.txt',
    'tool --no-p 5',
  ])('%s', (command) => {
    expect(new Redactor().text(command)).toBe(command);
  });
});
