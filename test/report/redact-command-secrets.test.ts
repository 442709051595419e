/**
 * `--redact` hides secrets written on command lines (issue 49): plink's `-pw`, PsExec's `-p`, `password=`, xfreerdp's
 * `/p:`, cmdkey's `/pass:`, `/password:`, PowerShell's `-Password` and `ConvertTo-SecureString '…'`, and `net use`'s
 * password, in every finding and every format. Each command here forwards Remote Desktop, so rdp-tunnel's finding
 * quotes it whole: without `--redact` every secret is in the report (the test sees them), with it none is.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPORT_FORMAT_NAMES } from '../../src/report/formats.js';
import { TIMELINE_FORMATS } from '../../src/cli/timeline.js';
import { describe, expect, it } from 'vitest';
import { rdpdiag } from '../helpers/cli.js';
import { sampleXml } from '../helpers/pipeline.js';

const FORWARD = '-R 3389:127.0.0.1:3389 198.51.100.7';
/** Each command and the secret in it. */
const COMMANDS: [string, string][] = [
  [`plink.exe -ssh ${FORWARD} -l tun -pw Pl1nkPassw0rd`, 'Pl1nkPassw0rd'],
  [`PsExec.exe \\\\APP05 -u CORP\\svc -p "Ps Exec#Secret" cmd ${FORWARD}`, 'Ps Exec#Secret'],
  [`tool.exe ${FORWARD} --user=ops password=Eq!Secret42`, 'Eq!Secret42'],
  [`wfreerdp.exe /v:127.0.0.1 /u:ops /p:Fr33RdpPw ${FORWARD}`, 'Fr33RdpPw'],
  [`cmdkey.exe /generic:TERMSRV/APP05 /user:ops /pass:CmdKeyPw9 ${FORWARD}`, 'CmdKeyPw9'],
  [`tscon.exe 2 /dest:rdp-tcp#1 /password:TsconPw77 ${FORWARD}`, 'TsconPw77'],
  [`powershell.exe -c New-Thing -Password 'PsParamPw1' ${FORWARD}`, 'PsParamPw1'],
  [`powershell.exe $p = ConvertTo-SecureString 'SecureStr1ng!' -AsPlainText -Force; ssh ${FORWARD}`, 'SecureStr1ng!'],
  [`cmd.exe /c net use \\\\FS01\\c$ NetUs3Pw /user:CORP\\adm & plink ${FORWARD}`, 'NetUs3Pw'],
  [`cmd.exe /c net use Z: \\\\FS01\\share /user:CORP\\adm NetUs3Pw2 & plink ${FORWARD}`, 'NetUs3Pw2'],
  // Round 5 (issue #61): the forms a list of tools missed, found by the options' grammar.
  [`cmd.exe /c net user tunuser NetUs3rPw! /add & plink ${FORWARD}`, 'NetUs3rPw!'],
  [`schtasks.exe /create /tn t /tr "plink ${FORWARD}" /ru CORP\\adm /p SchTa5kPw /sc once`, 'SchTa5kPw'],
  [`cmd.exe /c sqlcmd -S db01 -U sa -P Sq1CmdPw & plink ${FORWARD}`, 'Sq1CmdPw'],
  [`cmd.exe /c mysql -u root -pMyS9lPw db & plink ${FORWARD}`, 'MyS9lPw'],
  [`PsExec.exe \\\\APP05 -u CORP\\svc -pPsGlu3dPw cmd ${FORWARD}`, 'PsGlu3dPw'],
  [`cmd.exe /c curl -u ops:CurlUs3rPw https://example.test/ & plink ${FORWARD}`, 'CurlUs3rPw'],
  [`cmd.exe /c curl http://ops:Ur1InfoPw@198.51.100.9/x & plink ${FORWARD}`, 'Ur1InfoPw'],
  [`cmd.exe /c echo RunA5Pw| runas /user:CORP\\adm "plink ${FORWARD}"`, 'RunA5Pw'],
];

function sample(): string {
  const xml = sampleXml('samples/findings/rdp-tunnel/tool-only.xml');
  const event = /<Event [^\n]*<EventID>4688<\/EventID>[^\n]*<\/Event>/.exec(xml)![0];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&apos;');
  const more = COMMANDS.map(([command], i) =>
    event
      .replace(/<Data Name='CommandLine'>[^<]*/, `<Data Name='CommandLine'>${esc(command)}`)
      .replace(/plink\.exe<\/Data>/, `tool${i}.exe</Data>`)
      .replace(/<EventRecordID>\d+/, `<EventRecordID>${880000 + i}`)
      .replace(/T22:41:02\.\d+Z/, `T22:41:${String(10 + i).padStart(2, '0')}.0000000Z`),
  );
  const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-secrets-'));
  const file = join(dir, 'secrets.xml');
  writeFileSync(file, xml.replace('</Events>', `${more.join('\n')}\n</Events>`));
  return file;
}

describe('--redact hides secrets written on command lines', () => {
  const file = sample();

  it('without --redact the report quotes every command, secrets and all (the test sees them)', async () => {
    const r = await rdpdiag(['analyze', '--format', 'json', file]);
    for (const [, secret] of COMMANDS) expect(r.stdout, secret).toContain(JSON.stringify(secret).slice(1, -1));
  });

  it.each(REPORT_FORMAT_NAMES)('--format %s --redact: no secret left, the commands still told', async (format) => {
    const r = await rdpdiag([
      'analyze',
      '--format',
      format,
      '--redact',
      ...(format === 'table' ? ['--details'] : []),
      file,
    ]);
    expect(r.stderr).toBe('');
    for (const [, secret] of COMMANDS) {
      expect(r.stdout, `${format}: ${secret}`).not.toContain(secret);
      expect(r.stdout, `${format}: ${secret}`).not.toContain(JSON.stringify(secret).slice(1, -1));
      expect(r.stdout, `${format}: ${secret}`).not.toContain(secret.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    }
    expect(r.stdout).toMatch(/secret-\d+/);
  });

  it.each(TIMELINE_FORMATS)('timeline --format %s --redact: no secret left', async (format) => {
    const r = await rdpdiag(['timeline', '--format', format, '--redact', file]);
    expect(r.code, r.stderr).toBe(0);
    for (const [, secret] of COMMANDS) {
      expect(r.stdout, `${format}: ${secret}`).not.toContain(secret);
      expect(r.stdout, `${format}: ${secret}`).not.toContain(JSON.stringify(secret).slice(1, -1));
    }
    expect(r.stdout).toMatch(/secret-\d+/);
  });
});
