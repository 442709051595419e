/**
 * The state readers' line splitting and key reading, on what detection meets first in every file: long ASCII lines
 * (an XML export's one-line events), CRLF ends, UTF-16LE, and key-like heads that name no hive.
 */
import { describe, expect, it } from 'vitest';
import { headLines } from '../../../parsers/state/lines.js';
import { normalizeKey } from '../../../parsers/state/registry.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};

describe('headLines', () => {
  it('keeps an ASCII line of any length whole, without its CR', () => {
    const long = `<Event>${'x'.repeat(70_000)}</Event>`;
    expect(headLines(bytes(`${long}\r\nsecond\r\n`))).toEqual([long, 'second']);
  });

  it('decodes a line with non-ASCII bytes as UTF-8 and one with NULs as UTF-16LE', () => {
    expect(headLines(bytes('Größe : 1\nok'))).toEqual(['Größe : 1', 'ok']);
    expect(headLines(new Uint8Array([0xff, 0xfe, ...utf16('REGEDIT4\r\nHKLM\\Software\r\n')]))).toEqual([
      'REGEDIT4',
      'HKLM\\Software',
    ]);
  });

  it('stops at the number of lines asked for', () => {
    expect(headLines(bytes('a\nb\nc\nd\n'), 2)).toEqual(['a', 'b']);
  });
});

describe('normalizeKey', () => {
  it('reads a hive in any case, local or remote', () => {
    expect(normalizeKey('hkey_local_machine\\SYSTEM\\ControlSet001\\Control\\')).toEqual({
      key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control',
    });
    expect(normalizeKey('HKEY_CURRENT_CONFIG')).toEqual({ key: 'HKCC' });
    expect(normalizeKey('\\\\HOST\\HKLM\\Software')).toEqual({ key: 'HKLM\\Software', computer: 'HOST' });
  });

  it('names no hive for a name of an Object member', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'valueOf'])
      expect(normalizeKey(`${name}\\Software`), name).toBeUndefined();
  });

  it('names no hive for a head longer than every hive name, however long the line', () => {
    expect(normalizeKey('HKEY_LOCAL_MACHINEX\\Software')).toBeUndefined();
    expect(normalizeKey(`<Event xmlns='x'>${'y'.repeat(100_000)}`)).toBeUndefined();
  });
});
