/**
 * `accessibility-backdoor` (issue 65): sethc, utilman… made to open a SYSTEM shell at the logon screen, told from each
 * trace (the debugger set, the file replaced, the shell winlogon started), joined to the Remote Desktop connection
 * whose logon screen ran it and to what the shell did; its near miss (a developer's debugger, TrustedInstaller,
 * Sticky Keys pressed) raises nothing.
 */
import { describe, expect, it } from 'vitest';
import { accessibilityBackdoor } from '../../patterns/findings/accessibility-backdoor.js';
import { hidePasswords, isBackdoorProgram } from '../../src/diagnose/attacks/accessibility-backdoor.js';
import { neededForAnalysis } from '../../src/diagnose/analysis-reads.js';
import type { Finding } from '../../src/model/attempt.js';
import { analyzeFinding } from '../helpers/findings.js';
import { eventsFromXml, sampleXml } from '../helpers/pipeline.js';

const FOLDER = 'samples/findings/accessibility-backdoor';
type Report = { findings: Finding[]; attempts: { id: string; user?: string; outcome: string }[] };

describe('accessibility-backdoor: its home as data', () => {
  // An attack finding's home (references, false positives, samples): test/patterns/attack-findings.test.ts.
  it('cites more than three references and more than two false positives', () => {
    expect(accessibilityBackdoor.references.length).toBeGreaterThan(3);
    expect(accessibilityBackdoor.falsePositives.length).toBeGreaterThan(2);
  });

  it('a shell, a script host or a program in a user-writable folder is a backdoor; a debugger is not', () => {
    expect(isBackdoorProgram('"C:\\Windows\\System32\\cmd.exe"')).toBe(true);
    expect(isBackdoorProgram('powershell.exe -nop')).toBe(true);
    expect(isBackdoorProgram('C:\\Users\\Public\\svc.exe')).toBe(true);
    expect(isBackdoorProgram('"C:\\Windows\\system32\\vsjitdebugger.exe"')).toBe(false);
    expect(isBackdoorProgram('C:\\Program Files\\Windows Kits\\10\\Debuggers\\x64\\windbg.exe')).toBe(false);
  });

  it('hides the password of `net user … /add`, nothing else', () => {
    expect(hidePasswords('net  user support_x Autumn#2025 /add')).toBe('net  user support_x ******** /add');
    expect(hidePasswords('net localgroup administrators support_x /add')).toBe(
      'net localgroup administrators support_x /add',
    );
  });
});

describe('accessibility-backdoor on its samples', () => {
  it('sticky keys: the debugger set once (Sysmon 1, 4688 and 13 of one reg.exe), used from an RDP logon screen, the account it made signing in', async () => {
    const { code, found } = await analyzeFinding<Report>(accessibilityBackdoor.id, `${FOLDER}/sticky-keys.xml`);
    expect(code).toBe(1);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.title).toBe(
      'Accessibility backdoor on FS02.corp.example.test: sethc.exe opened a SYSTEM shell at the logon screen, used from 198.51.100.77',
    );
    expect(f.explanation.match(/the debugger of sethc\.exe/g)).toHaveLength(1);
    expect(f.explanation).toMatch(/CORP\\t\.brandt made C:\\Windows\\System32\\cmd\.exe the debugger of sethc\.exe/);
    expect(f.explanation).toMatch(
      /logon screen of the Remote Desktop connection from 198\.51\.100\.77 \(A001 at [^)]*session 3, before anyone signed in\)/,
    );
    expect(f.explanation).toMatch(/ran `net {2}user support_x \*{8} \/add`/);
    expect(f.explanation).not.toMatch(/Autumn#2025/);
    expect(f.explanation).toMatch(/added FS02\\support_x to Administrators \(Security 4732\)/);
    expect(f.explanation).toMatch(/FS02\\support_x signed in over Remote Desktop from 198\.51\.100\.77 \(A002/);
    expect(f.attempts).toEqual(['A001', 'A002']);
    expect(f.confidence).toBe(0.95);
  });

  it('utilman replaced (Security log only): the takeover, the copy, the use seen by what utilman ran, the account', async () => {
    const { found } = await analyzeFinding<Report>(accessibilityBackdoor.id, `${FOLDER}/utilman-replaced.xml`);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.explanation).toMatch(/put C:\\Windows\\System32\\cmd\.exe in the place of utilman\.exe in System32/);
    expect(f.explanation).toMatch(/utilman\.exe, started at the logon screen .* ran programs as SYSTEM/);
    expect(f.explanation).toMatch(/created the account WEB03\\helpdesk2 \(Security 4720\)/);
    expect(f.explanation).not.toMatch(/P@ssw0rd1/);
    expect(f.attempts).toEqual(['A001']);
  });

  it('the near miss: vsjitdebugger for osk, Process Explorer for Task Manager, TrustedInstaller, Sticky Keys pressed: nothing', async () => {
    const { code, found } = await analyzeFinding<Report>(accessibilityBackdoor.id, `${FOLDER}/near-miss.xml`);
    expect(found).toEqual([]);
    expect(code).toBe(0);
  });

  it('reading keeps every trace and what the shell did', () => {
    const keep = neededForAnalysis();
    for (const file of ['sticky-keys.xml', 'utilman-replaced.xml']) {
      const events = eventsFromXml(sampleXml(`${FOLDER}/${file}`));
      expect(events.every(keep), file).toBe(true);
    }
  });
});
