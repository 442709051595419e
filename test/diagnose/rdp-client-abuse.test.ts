/**
 * `rdp-client-abuse` (issue 49): SharpRDP loading mstscax.dll with a password on its command line, and mstsc.exe
 * writing into the Startup folder; near miss: an installed help desk console that embeds the control, mstsc saving a
 * file to Documents, cmdkey listing credentials.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rdpClientAbuse, STORED_CREDENTIAL_REMEDIATION } from '../../patterns/findings/rdp-client-abuse.js';
import { ATTACK_FINDINGS } from '../../patterns/index.js';
import { neededForAnalysis } from '../../src/diagnose/analysis-reads.js';
import type { Finding } from '../../src/model/attempt.js';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { analyzeXml, eventsFromXml, sampleXml } from '../helpers/pipeline.js';

const FOLDER = 'samples/findings/rdp-client-abuse';

async function run(file: string, ...more: string[]): Promise<{ code: number; stdout: string; found: Finding[] }> {
  const r = await rdpdiag(['analyze', '--format', 'json', ...more, file]);
  expect(r.stderr).toBe('');
  const json = JSON.parse(r.stdout) as { findings: Finding[] };
  return { code: r.code, stdout: r.stdout, found: json.findings.filter((f) => f.id === rdpClientAbuse.id) };
}

describe('rdp-client-abuse', () => {
  it('is knowledge as data with its sample and near miss', () => {
    expect(ATTACK_FINDINGS).toContain(rdpClientAbuse);
    for (const s of [...rdpClientAbuse.samples, ...rdpClientAbuse.nearMisses])
      expect(existsSync(join(ROOT, s.file))).toBe(true);
  });

  it('SharpRDP: the password on its command line, mstscax.dll loaded, the Startup folder written; an alert', async () => {
    const { code, found } = await run(`${FOLDER}/sharprdp-client.xml`);
    expect(code).toBe(1);
    const [f, ...more] = found;
    expect(more).toEqual([]);
    expect(f!.computer).toBe('WS-HR03.corp.example.test');
    expect(f!.explanation).toMatch(/sharprdp\.exe was started with a password on its command line/);
    expect(f!.explanation).toMatch(/Downloads\\SharpRDP\.exe loaded Remote Desktop's client control \(mstscax\.dll\)/);
    expect(f!.explanation).toMatch(/Startup\\update\.exe into the Startup folder/);
    expect(f!.explanation).toMatch(/CORP\\l\.fischer/);
    expect(f!.evidence).toHaveLength(3);
  });

  it('--redact keeps the password out of the finding', async () => {
    const { stdout } = await run(`${FOLDER}/sharprdp-client.xml`, '--redact');
    expect(stdout).not.toContain('Autumn2025');
    expect(stdout).toMatch(/password=secret-1/);
  });

  it('the near miss: an installed help desk console, a file saved to Documents, cmdkey /list: nothing', async () => {
    const { code, found } = await run(`${FOLDER}/near-miss.xml`);
    expect(found).toEqual([]);
    expect(code).toBe(0);
  });

  it('reading keeps the sample’s events', () => {
    const keep = neededForAnalysis();
    expect(eventsFromXml(sampleXml(`${FOLDER}/sharprdp-client.xml`)).every(keep)).toBe(true);
  });
});

describe('rdp-client-abuse: a credential stored for Remote Desktop', () => {
  it('cmdkey /generic:TERMSRV/… with a password is an RDP credential stored, its password hidden, with its own advice', () => {
    const line = sampleXml('samples/findings/termsrv-tampering/rdpwrap.xml')
      .split('\n')
      .find((l) => l.includes('<EventID>4688</EventID>'))!
      .replace(/<Data Name='NewProcessName'>[^<]*</, "<Data Name='NewProcessName'>C:\\Windows\\System32\\cmdkey.exe<")
      .replace(
        /<Data Name='CommandLine'>[^<]*</,
        "<Data Name='CommandLine'>cmdkey /generic:TERMSRV/fs01.corp.example.test /user:CORP\\svc.scan /pass:Winter#77<",
      );
    const found = analyzeXml(`<Events>\n${line}\n</Events>\n`).findings.filter((f) => f.id === rdpClientAbuse.id);
    expect(found).toHaveLength(1);
    expect(found[0]!.title).toBe(
      'An RDP credential stored with its password on the command line on WS-FIN04.corp.example.test',
    );
    expect(found[0]!.explanation).toMatch(/stored a Remote Desktop credential for fs01\.corp\.example\.test/);
    expect(found[0]!.explanation).toMatch(/\/pass:\*{8}/);
    expect(found[0]!.explanation).not.toMatch(/Winter#77/);
    expect(found[0]!.remediation).toEqual([...STORED_CREDENTIAL_REMEDIATION]);
  });
});
