/**
 * Warnings of one kind from one file are one line on stderr: the first in full (file and place named),
 * then how many more of that kind and where the next ones were; every run of a damaged file stays short.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rdpdiag } from '../helpers/cli.js';
import { tempDir, writeTemp } from '../helpers/collect.js';

const NS = 'http://schemas.microsoft.com/win/2004/08/events/event';
const good = (record: number) =>
  `<Event xmlns="${NS}"><System><Provider Name="Microsoft-Windows-TerminalServices-LocalSessionManager"/><EventID>21</EventID><TimeCreated SystemTime="2024-07-01T10:00:0${record}Z"/><EventRecordID>${record}</EventRecordID><Channel>Microsoft-Windows-TerminalServices-LocalSessionManager/Operational</Channel><Computer>RDSH1</Computer></System><UserData><EventXML xmlns="Event_NS"><User>EX\\ana</User><SessionID>2</SessionID><Address>192.0.2.5</Address></EventXML></UserData></Event>\n`;
const broken = `<Event xmlns="${NS}"><System><Provider Name="X"/><EventID>21</EventID><TimeCreated SystemTime="nope"/></System></Event>\n`;

function exportWith(brokenCount: number): string {
  const dir = tempDir();
  const body = [good(1), ...Array(brokenCount).fill(broken), good(2)].join('');
  writeTemp(dir, 'lsm.xml', `<Events>\n${body}</Events>\n`);
  return join(dir, 'lsm.xml');
}

function warningLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith('  warning: '));
}

describe('repeated warnings', () => {
  it('are one line per kind and file, naming the file, the first place, the count and the next places', async () => {
    const file = exportWith(4);
    const r = await rdpdiag(['analyze', file]);
    const lines = warningLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${file}:3:`);
    expect(lines[0]).toMatch(/\(and 3 more like it: xml-event-unreadable, next at line 4, line 5, line 6\)$/);
  });

  it('count every warning of the kind, beyond the samples kept', async () => {
    const r = await rdpdiag(['analyze', exportWith(40)]);
    const lines = warningLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\(and 39 more like it: xml-event-unreadable, next at line 4, line 5, line 6, …\)$/);
    expect(r.stderr).toMatch(/40 record\(s\) skipped/);
  });
});
