/**
 * Issue 60: a Remote Desktop setting written as forum posts and scripts print it, its registry path then `= value`
 * (or the name alone), is read as that setting through the host-state registry reader, as a `reg query` line is; the
 * same shape under another product's key, or a value no table reads, is not. Wordings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused } from '../helpers/explain.js';

const settingOf = (paste: string) => {
  const answer = explainCode(paste);
  expect(answer.other?.table, paste).toBe('setting');
  return answer;
};

describe('a setting as path = value', () => {
  it('fDenyTSConnections = 1 under the Terminal Server key: Remote Desktop is off', () => {
    const answer = settingOf('HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\fDenyTSConnections = 1');
    expect(answer.summary).toMatch(/fDenyTSConnections = 1: Remote Desktop is switched off/);
  });
  it('UserAuthentication = 0 under RDP-Tcp, spelled out: NLA is not required', () => {
    const answer = settingOf(
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp\\UserAuthentication = 0',
    );
    expect(answer.summary).toMatch(/Network Level Authentication is not required/);
  });
  it('PowerShell drive form and a hex value: the port', () => {
    const answer = settingOf(
      'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp\\PortNumber = 0xd3e',
    );
    expect(answer.summary).toMatch(/PortNumber = 3390/);
  });
  it('the policy key (Terminal Services) and the name alone read the same', () => {
    settingOf('HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services\\fDenyTSConnections = 0');
    expect(settingOf('SecurityLayer = 2').summary).toMatch(/SecurityLayer = 2/);
  });
  it("near miss: the same value name under another product's key is no Remote Desktop setting", () => {
    const answer = answerOrRefused('HKLM\\SOFTWARE\\Vendor\\Viewer\\PortNumber = 5900');
    expect(answer?.other?.table).not.toBe('setting');
  });
  it('near miss: another setting under a Windows key is not read as a code', () => {
    const answer = answerOrRefused(
      'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\EnableLUA = 0',
    );
    expect(answer?.primary).toBeUndefined();
    expect(answer?.other?.table).not.toBe('setting');
  });
});
