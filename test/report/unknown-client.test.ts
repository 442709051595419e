import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rdpdiag } from '../helpers/cli.js';
import { wevtutilStream } from '../helpers/xml-events.js';

// Two remote-interactive logons refused, whose 4625 names no client address (IpAddress "-").
const events = [1, 2].map((n) => ({
  id: 4625,
  time: `2024-06-01T09:0${n}:00Z`,
  record: n,
  computer: 'SRV7.corp.example.test',
  channel: 'Security',
  provider: 'Microsoft-Windows-Security-Auditing',
  eventData: {
    TargetUserName: 'nina',
    TargetDomainName: 'CORP',
    LogonType: '10',
    Status: '0xc000006d',
    SubStatus: '0xc000006a',
    IpAddress: '-',
    IpPort: '-',
  },
}));

describe('an incident whose client the logs do not name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-unknown-client-'));
  const file = join(dir, 'Security.xml');
  writeFileSync(file, wevtutilStream(events));

  it('says so in every report, never a bare "?" or an empty cell', async () => {
    const table = await rdpdiag(['analyze', file]);
    expect(table.stdout).toMatch(/from unknown client; users CORP\\nina/);
    expect(table.stdout).not.toMatch(/from \?/);
    const markdown = await rdpdiag(['analyze', file, '--format', 'markdown']);
    expect(markdown.stdout).toMatch(/\| unknown client \| CORP\\nina \|/);
    const html = await rdpdiag(['analyze', file, '--format', 'html']);
    expect(html.stdout).toMatch(/<td>unknown client<\/td><td>CORP\\nina<\/td>/);
  });
});
