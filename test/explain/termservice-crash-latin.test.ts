/**
 * Issue 60, round 30 (h61b): Windows Error Reporting's event 1000 for the Remote Desktop Services service's own
 * process (src/explain/tables/sentences/termservice-crash-latin.ts), by the label of its faulting application in
 * English, German, French, Spanish and Portuguese: the service crashed, nothing listens (`network-unreachable`).
 * Another program's crash in the same words is that program's, no cause; the service's name outside the label (a
 * LocalDumps key) is no crash.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';

const block = (label: string, app: string, module: string) =>
  `${label}: ${app}, Version: 10.0.17763.3346, 0xb6a0daab\n${module}\n0xc0000409\n0x000000000008fc3f`;

describe('the Remote Desktop Services service crashed (svchost.exe_TermService in event 1000)', () => {
  it("the page's wording: the English event 1000 and its WER 1001 problem signature", () => {
    const english =
      'Faulting application name: svchost.exe_TermService, version: 10.0.17763.3346, time stamp: 0xb6a0daab\nFaulting module name: ntdll.dll, version: 10.0.17763.4377, time stamp: 0xac56554b\nException code: 0xc0000409';
    expect(causeIds(english)).toEqual([networkUnreachable.id]);
    expect(explainCode(english).summary).toMatch(/Remote Desktop Services service .*crashed/);
    expect(causeIds('Problem signature:\nP1: svchost.exe_TermService\nP2: 10.0.17763.3346\nP4: ntdll.dll')).toEqual([
      networkUnreachable.id,
    ]);
  });

  it('the same label in German (both wordings), French, Spanish and Portuguese', () => {
    for (const label of [
      'Name der fehlerhaften Anwendung',
      'Fehlerhafter Anwendungsname',
      "Nom de l'application défaillante",
      'Nombre de la aplicación con errores',
      'Nome do aplicativo com falha',
    ])
      expect(causeIds(block(label, 'svchost.exe_TermService', 'rdpwrap.dll')), label).toEqual([networkUnreachable.id]);
  });

  it("near miss: another program's crash in the same labels names no Remote Desktop cause", () => {
    for (const paste of [
      block('Nombre de la aplicación con errores', 'mms.exe', 'DiskBundle.dll'),
      block("Nom de l'application défaillante", 'jeu.exe', 'ntdll.dll'),
      block('Name der fehlerhaften Anwendung', 'spoolsv.exe', 'LumaRender3.dll'),
    ])
      expect(answerOrRefused(paste)?.likelyCauses ?? [], paste).toEqual([]);
  });

  it('near miss: the service named in a LocalDumps key is no crash', () => {
    const paste =
      'HKLM\\SOFTWARE\\Microsoft\\Windows\\Windows Error Reporting\\LocalDumps\\svchost.exe_TermService\nDumpType REG_DWORD 0x2';
    expect(answerOrRefused(paste)?.summary ?? '').not.toMatch(/service .*crashed/);
  });
});
