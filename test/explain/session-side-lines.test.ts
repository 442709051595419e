/**
 * The Linux session's side after an xrdp sign-in, read as what it is (connection-path-lines.ts, round 32): the window
 * manager exiting, sesman failing to exec a program, sesman's config file missing; named, no Remote Desktop cause. And
 * the numbers around them that are no codes (numbers-set-aside.ts): the kernel's segfault report, a Unix errno; a
 * program joined to its part by a hyphen (xfce4-session) is no hex code typed without its 0 (typing-slips.ts).
 * Wordings written for these tests in each program's format (xrdp's sesman/sesexec sources, the kernel's fault.c).
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { causeIds } from '../helpers/explain.js';

/** The causes and the words of the answer, or of the refusal (what it set aside) where nothing is read. */
const said = (paste: string) => {
  try {
    const e = explainCode(paste);
    return { causes: causeIds(e), text: `${e.summary} ${e.notes.join(' ')}` };
  } catch (err) {
    return { causes: [] as string[], text: (err as Error).message };
  }
};

describe("xrdp's session side, named with no cause", () => {
  it('the window manager exited, with the crash the kernel reports beside it', () => {
    const r = said(
      [
        'Mar 02 08:10:44 lab xrdp-sesman[2210]: [WARN ] Window manager (pid 2231, display 11) exited with non-zero exit code 1 and signal 6. This could indicate a window manager config problem',
        'Mar 02 08:10:44 lab kernel: xfce4-panel[2231]: segfault at 18 ip 00007f3a2c1d2e10 sp 00007ffd3b1c9a20 error 6 in libgtk-3.so.0[7f3a2c000000+3f0000]',
      ].join('\n'),
    );
    expect(r.causes).toEqual([]);
    expect(r.text).toMatch(/window manager/);
  });
  it('sesman could not exec the X server; its config file missing', () => {
    const exec = said(
      '[ERROR] Error calling exec (executable: /usr/bin/Xvnc, arguments: Xvnc :12) returned errno: 13, description: Permission denied',
    );
    expect(exec.causes).toEqual([]);
    expect(exec.text).toMatch(/X server/);
    const ini = said('Config file /usr/local/etc/xrdp/sesman.ini does not exist');
    expect(ini.causes).toEqual([]);
    expect(ini.text).toMatch(/reinstall/i);
  });
  it("twin: the mstsc dialog's code after the same kind of words keeps its reading", () => {
    expect(causeIds(explainCode('Error code: 0x204'))).not.toEqual([]);
  });
});

describe('numbers that are no codes', () => {
  it("the kernel's segfault report and an errno are set aside; xfce4 is no 0xFCE4", () => {
    const r = said(
      'kernel: xfce4-session[901]: segfault at 0 ip 0000555d1c2a3b40 sp 00007ffc9e0a1b20 error 4 in xfce4-session[555d1c200000+2a000]',
    );
    expect(r.causes).toEqual([]);
    expect(r.text).not.toMatch(/0xFCE4|not in our tables/);
    expect(said('connect() returned errno: 5').text).not.toMatch(/access/i);
  });
  it('near miss: a hex code typed without its 0, alone, is still read', () => {
    expect(explainCode('x904').summary).not.toMatch(/not a valid/);
  });
});
