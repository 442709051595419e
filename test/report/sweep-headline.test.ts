import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rdpdiag } from '../helpers/cli.js';
import { type TestEvent, wevtutilStream } from '../helpers/xml-events.js';

/** `n` TCP connections from `source` to `computer`, 400 ms apart, each closed in the handshake. */
function probes(computer: string, source: string, n: number, startSecond: number, firstRecord: number): TestEvent[] {
  const out: TestEvent[] = [];
  for (let i = 0; i < n; i++) {
    const ms = startSecond * 1000 + i * 400;
    const at = (d: number) => new Date(Date.UTC(2024, 5, 1, 2, 0, 0, ms + d)).toISOString();
    const activity = `{F4200000-0000-0000-0000-${String(firstRecord + i).padStart(12, '0')}}`;
    const base = { computer, activity };
    out.push(
      {
        ...base,
        id: 131,
        time: at(0),
        record: firstRecord + 4 * i,
        eventData: { ConnType: 'TCP', ClientIP: `${source}:${40000 + i}` },
      },
      { ...base, id: 65, time: at(1), record: firstRecord + 4 * i + 1, eventData: { ConnectionName: `RDP-Tcp#${i}` } },
      { ...base, id: 102, time: at(60), record: firstRecord + 4 * i + 2 },
      { ...base, id: 103, time: at(61), record: firstRecord + 4 * i + 3, eventData: { ReasonCode: '14' } },
    );
  }
  return out;
}

/** The terminal report's alert lines, each unwrapped (headlines wrap with a two-space indent). */
async function terminalHeadlines(dir: string): Promise<string[]> {
  const { stdout } = await rdpdiag(['analyze', dir]);
  return stdout
    .replaceAll('\n  ', ' ')
    .split('\n')
    .filter((l) => l.startsWith('! '));
}

describe('the terminal headline of a sweep', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-sweep-'));
  // 203.0.113.9 sweeps three servers in the same seconds; 198.51.100.4 probes one of them an hour later.
  writeFileSync(join(dir, 'app01.xml'), wevtutilStream(probes('APP01.corp.example.test', '203.0.113.9', 12, 0, 1)));
  writeFileSync(join(dir, 'app02.xml'), wevtutilStream(probes('APP02.corp.example.test', '203.0.113.9', 12, 1, 1)));
  writeFileSync(join(dir, 'app03.xml'), wevtutilStream(probes('APP03.corp.example.test', '203.0.113.9', 12, 2, 1)));
  writeFileSync(
    join(dir, 'late.xml'),
    wevtutilStream(probes('APP01.corp.example.test', '198.51.100.4', 12, 3600, 100)),
  );

  it('names one source against several computers once, and keeps another source apart', async () => {
    const headlines = await terminalHeadlines(dir);
    expect(headlines).toEqual([
      expect.stringMatching(
        /^! SCANNING from 203\.0\.113\.9 against 3 computers \(APP01\.corp\.example\.test, APP02\.corp\.example\.test, APP03\.corp\.example\.test\): 36 failed attempts, /,
      ),
      expect.stringMatching(
        /^! SCANNING from 198\.51\.100\.4 against APP01\.corp\.example\.test: 12 failed attempts, /,
      ),
    ]);
    const markdown = (await rdpdiag(['analyze', dir, '--format', 'markdown'])).stdout;
    expect(markdown.match(/^- ⚠ \*\*Scanning\*\* from 203\.0\.113\.9 against 3 computers /gm)).toHaveLength(1);
    const html = (await rdpdiag(['analyze', dir, '--format', 'html'])).stdout;
    expect(html.match(/<b>Scanning<\/b> from 203\.0\.113\.9 against 3 computers /g)).toHaveLength(1);
    // Per computer, each sweep is still its own incident, and JSON keeps a finding per computer.
    const json = JSON.parse((await rdpdiag(['analyze', dir, '--format', 'json'])).stdout);
    expect(json.findings.filter((f: { id: string }) => f.id === 'scanning')).toHaveLength(4);
  });
});

/** A sign-in of `user` from `source` on `computer`: RdpCoreTS 131, a logon type 10 and the session (66). */
function signIn(computer: string, source: string, user: string, second: number, record: number): TestEvent[] {
  const at = (d: number) => new Date(Date.UTC(2024, 5, 1, 2, 0, second, d)).toISOString();
  const activity = `{F4200000-0000-0000-0000-${String(record).padStart(12, '0')}}`;
  return [
    { computer, activity, id: 131, time: at(0), record, eventData: { ConnType: 'TCP', ClientIP: `${source}:41000` } },
    {
      computer,
      id: 4624,
      time: at(500),
      record: record + 1,
      channel: 'Security',
      provider: 'Microsoft-Windows-Security-Auditing',
      eventData: { TargetUserName: user, TargetDomainName: 'CORP', LogonType: '10', IpAddress: source },
    },
    {
      computer,
      activity,
      id: 66,
      time: at(600),
      record: record + 2,
      eventData: { ConnectionName: 'RDP-Tcp#40', SessionID: '3' },
    },
  ];
}

describe('the headline of a sweep followed by sign-ins', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rdpdiag-sweep-in-'));
  // 203.0.113.9 sweeps three servers, then signs in to two of them as svc-backup.
  writeFileSync(join(dir, 'app01.xml'), wevtutilStream(probes('APP01.corp.example.test', '203.0.113.9', 12, 0, 1)));
  writeFileSync(
    join(dir, 'app02.xml'),
    wevtutilStream([
      ...probes('APP02.corp.example.test', '203.0.113.9', 12, 1, 1),
      ...signIn('APP02.corp.example.test', '203.0.113.9', 'svc-backup', 40, 500),
    ]),
  );
  writeFileSync(
    join(dir, 'app03.xml'),
    wevtutilStream([
      ...probes('APP03.corp.example.test', '203.0.113.9', 12, 2, 1),
      ...signIn('APP03.corp.example.test', '203.0.113.9', 'svc-backup', 45, 500),
    ]),
  );

  it('is one line that says on which computers the source then signed in, in every format', async () => {
    const headlines = await terminalHeadlines(dir);
    expect(headlines).toEqual([
      expect.stringMatching(
        /^! SCANNING from 203\.0\.113\.9 against 3 computers \(.*\): 36 failed attempts, .*\. The source then signed in 2 times on APP02\.corp\.example\.test, APP03\.corp\.example\.test \(CORP\\svc-backup\)\.$/,
      ),
    ]);
    const markdown = (await rdpdiag(['analyze', dir, '--format', 'markdown'])).stdout;
    expect(markdown).toMatch(
      /\*\*The source then signed in 2 times on APP02\.corp\.example\.test, APP03\.corp\.example\.test\*\* \(CORP\\svc-backup\)/,
    );
    const html = (await rdpdiag(['analyze', dir, '--format', 'html'])).stdout;
    expect(html.match(/<b>Scanning<\/b> from 203\.0\.113\.9 against 3 computers /g)).toHaveLength(1);
    expect(html).toContain(
      '<b>The source then signed in 2 times on APP02.corp.example.test, APP03.corp.example.test</b>',
    );
  });
});
