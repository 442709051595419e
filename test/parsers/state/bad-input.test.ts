/** State files damaged or odd: a .reg cut mid-way, mixed encodings, unknown labels, a huge paste (linear, bounded). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_STATE_ITEMS } from '../../../parsers/state/index.js';
import { ROOT } from '../../helpers/cli.js';
import { readStateBytes, utf16 } from '../../helpers/state.js';

const FORMATS = join(ROOT, 'samples/state/formats');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('bad state input', () => {
  it('a .reg cut inside a continued value: the values before it kept, the cut said with its line', async () => {
    const whole = readFileSync(join(FORMATS, 'rdp-tcp.reg'));
    const text = new TextDecoder('utf-16le').decode(whole.subarray(2));
    const cutAt = text.indexOf('6c,00,73,00') + 20;
    const { file, warnings } = await readStateBytes('cut.reg', utf16(text.slice(0, cutAt)));
    expect(file?.items.find((i) => i.name === 'PortNumber')?.value).toBe(3389);
    expect(file?.items.some((i) => i.name === 'LicenseServers')).toBe(false);
    const cut = warnings.find((w) => w.code === 'state-cut-short');
    expect(cut?.message).toMatch(/cut\.reg: the export ends inside line 12 \(it is cut\): that line is not read/);
    // Cut after a continued line's `\`: the value is lost, said with the line it began on.
    const atContinuation = text.indexOf('\\\r\n') + 3;
    const r2 = await readStateBytes('cut3.reg', utf16(text.slice(0, atContinuation)));
    expect(r2.file?.items.some((i) => i.name === 'LicenseServers')).toBe(false);
    expect(r2.warnings.map((w) => w.message).join('\n')).toMatch(
      /cut3\.reg: line 12 skipped \(the file ends inside this value/,
    );
  });

  it('a .reg cut inside a DWORD: that line skipped, not read as a smaller number', async () => {
    const text =
      'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp]\r\n"SecurityLayer"=dword:00000002\r\n"PortNumber"=dword:00000d';
    const { file, warnings } = await readStateBytes('cut2.reg', utf16(text));
    expect(file?.items.map((i) => i.name)).toEqual(['SecurityLayer']);
    expect(warnings.find((w) => w.code === 'state-cut-short')?.line).toBe(5);
  });

  it('mixed encodings: UTF-16LE output with UTF-8 appended, both read, the change said', async () => {
    const first = utf16(
      '\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\r\n    fDenyTSConnections    REG_DWORD    0x0\r\n\r\n',
    );
    const second = utf8(
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp\r\n    PortNumber    REG_DWORD    0xd3e\r\n',
    );
    const bytes = new Uint8Array(first.length + second.length);
    bytes.set(first);
    bytes.set(second, first.length);
    const { format, file, warnings } = await readStateBytes('mixed.txt', bytes);
    expect(format).toBe('reg-query');
    expect(file?.items.map((i) => [i.name, i.value])).toEqual([
      ['fDenyTSConnections', 0],
      ['PortNumber', 3390],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['state-mixed-encoding']);
    expect(warnings[0].line).toBe(5);
  });

  it('firewall rules under labels not yet known: the known ones read, the others passed over and said', async () => {
    const english = readFileSync(join(FORMATS, 'firewall.txt'), 'utf8');
    // Italian: no public output of its labels was found, so none is read.
    const italian =
      '\r\nNome regola:                          Desktop remoto - Modalità utente (TCP-In)\r\n----------------------------------------------------------------------\r\nAbilitata:                            Sì\r\n\r\n';
    const { format, file, warnings } = await readStateBytes('rules.txt', utf8(italian + english));
    expect(format).toBe('netsh-firewall');
    expect(file?.items).toHaveLength(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain('line 2');
    expect(warnings[0].message).toContain('Nome regola');
  });

  it('a huge paste: read in one pass (time grows with size), items bounded', async () => {
    const line = '    PortNumber    REG_DWORD    0xd3d\r\n';
    const make = (mb: number) => {
      const head = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp\r\n';
      const n = Math.floor((mb * 1024 * 1024) / line.length);
      return utf8(head + line.repeat(n));
    };
    // CPU time (user and system), the lower of two runs: the machine's load does not move it as it moves wall time.
    const time = async (bytes: Uint8Array) => {
      let best = Number.POSITIVE_INFINITY;
      let r = await readStateBytes('paste.txt', bytes);
      for (let run = 0; run < 2; run++) {
        const start = process.cpuUsage();
        r = await readStateBytes('paste.txt', bytes);
        const used = process.cpuUsage(start);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      return { ms: best, r };
    };
    await time(make(1));
    const small = await time(make(2));
    const large = await time(make(8));
    expect(large.r.file?.items.length).toBe(MAX_STATE_ITEMS);
    expect(large.r.warnings.some((w) => w.code === 'state-too-large')).toBe(true);
    // Four times the bytes: about four times the time, never the square.
    expect(large.ms / small.ms).toBeLessThan(10);
  }, 60_000);

  it('a line of a megabyte and more is skipped, said with its line and offset, the rest read', async () => {
    const text = `HKEY_LOCAL_MACHINE\\SOFTWARE\\X\r\n    A    REG_SZ    ${'x'.repeat(1_100_000)}\r\n    B    REG_DWORD    0x1\r\n`;
    const { file, warnings } = await readStateBytes('long.txt', utf8(text));
    expect(file?.items.map((i) => i.name)).toEqual(['B']);
    expect(warnings[0].message).toMatch(/line 2 \(offset 31\) is longer than 1 MiB/);
  });
});
