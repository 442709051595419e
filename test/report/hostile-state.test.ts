/**
 * Values from state files (a firewall rule's name, a certificate's subject, a registry string, a computer named in
 * the file) carry every character the sanitizer exists for: no report writes one raw, JSON keeps them as escapes.
 */
import { REPORT_FORMAT_NAMES } from '../../src/report/formats.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';
import { ATTACKS, rawControls, unsafeCharacters } from '../helpers/hostile.js';

/** The hostile text raw (not as XML references), without line ends: a state file's value stays on its line. */
const HOSTILE = (ATTACKS.join('|') + unsafeCharacters().join('')).replace(/[\r\n\u2028\u2029\u0085]/g, '');

function hostileState(): string {
  const dir = tempDir();
  writeTemp(
    dir,
    'rules.txt',
    `\r\nRule Name:                            Remote Desktop${HOSTILE}\r\n----------------------------------------------------------------------\r\nEnabled:                              Yes\r\nDirection:                            In\r\nProfiles:                             Domain${HOSTILE}\r\nProtocol:                             TCP\r\nLocalPort:                            3389\r\nAction:                               Block\r\n\r\n`,
  );
  writeTemp(
    dir,
    'settings.txt',
    `RDP settings of RDSH01${HOSTILE}, read by rdpdiag collect at 2026-11-26T08:00:00.000Z\r\n\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services\r\n    SecurityLayer    REG_DWORD    0x0\r\n    UserAuthentication    REG_DWORD    0x1\r\n    LicenseServers    REG_SZ    ls${HOSTILE}\r\n`,
  );
  return dir;
}

describe('hostile text in state files', () => {
  const dir = hostileState();
  for (const format of REPORT_FORMAT_NAMES) {
    it(`analyze --format ${format}: nothing raw`, async () => {
      const r = await rdpdiag(['analyze', dir, '--format', format]);
      expect(r.code).toBe(1);
      // A tab is text in HTML (the page's own markup holds them); every other control is escaped.
      // CSV ends its rows with CRLF (RFC 4180): a CR anywhere else is still caught.
      const out = format === 'csv' ? r.stdout.replace(/\r\n/g, '\n') : r.stdout;
      expect(rawControls(out, false, format === 'html' ? '\n\t' : '\n')).toEqual([]);
      expect(rawControls(r.stderr)).toEqual([]);
    });
  }
  it('analyze --format json: escaped, values intact', async () => {
    const r = await rdpdiag(['analyze', join(dir), '--format', 'json']);
    expect(rawControls(r.stdout)).toEqual([]);
    const all = JSON.stringify(JSON.parse(r.stdout));
    expect(all).toContain('\u202e');
    expect(all).toContain('state-firewall');
    expect(all).toContain('state-security-layer');
  });
});
