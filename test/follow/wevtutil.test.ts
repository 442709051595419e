import { unzipSync } from 'fflate';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/platform/node/files.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { CHANNELS } from '../../src/model/channels.js';
import { toEventXml } from '../../src/report/event-dump.js';
import { rdpdiag, ROOT, spawnRdpdiag } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { completeJsonLines, startRdpdiag } from './helpers.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';

/**
 * A stand-in for wevtutil.exe: serves `qe <channel>` from `<fixtures>/<channel with / as _>.xml`, applying
 * the EventRecordID / TimeCreated query, `/c:N` and `/rd:true`; `epl` writes a file; every call is logged.
 */
const STAND_IN = `#!/usr/bin/env node
const fs = require('fs'); const path = require('path');
const dir = process.env.FAKE_WEVTUTIL_DIR;
const args = process.argv.slice(2);
fs.appendFileSync(path.join(dir, 'calls.log'), JSON.stringify(args) + '\\n');
const [verb, channel] = args;
const file = path.join(dir, channel.replace(/[\\\\/]/g, '_') + '.xml');
if (!fs.existsSync(file)) { process.stderr.write('Failed to read configuration for log ' + channel + '. The specified channel could not be found.\\n'); process.exit(15007); }
if (verb === 'epl') { fs.writeFileSync(args[2], 'ElfFile\\0'); process.exit(0); }
let events = (fs.readFileSync(file, 'utf8').match(/<Event [\\s\\S]*?<\\/Event>/g) || []).map((x) => ({ x, id: Number(/<EventRecordID>(\\d+)/.exec(x)[1]), t: /SystemTime='([^']+)'/.exec(x)[1] }));
const q = (args.find((a) => a.startsWith('/q:')) || '').slice(3);
let m;
if ((m = /EventRecordID>(\\d+)/.exec(q))) events = events.filter((e) => e.id > Number(m[1]));
if ((m = /@SystemTime>='([^']+)'/.exec(q))) events = events.filter((e) => e.t.slice(0, 23) >= m[1].slice(0, 23));
if (args.includes('/rd:true')) events.reverse();
const c = args.find((a) => a.startsWith('/c:'));
if (c) events = events.slice(0, Number(c.slice(3)));
process.stdout.write(events.map((e) => e.x).join('\\r\\n') + (events.length ? '\\r\\n' : ''));
`;

function fakeWevtutil(): { bin: string; fixtures: string; env: Record<string, string>; calls: () => string[][] } {
  const bin = tempDir('rdpdiag-fake-bin-');
  const fixtures = tempDir('rdpdiag-fake-logs-');
  writeFileSync(join(bin, 'wevtutil'), STAND_IN);
  chmodSync(join(bin, 'wevtutil'), 0o755);
  return {
    bin,
    fixtures,
    env: { PATH: `${bin}${delimiter}${process.env.PATH}`, FAKE_WEVTUTIL_DIR: fixtures, RDPDIAG_PLATFORM: 'win32' },
    // The stand-in may be writing its line while the test reads: only lines it has finished count.
    calls: () =>
      existsSync(join(fixtures, 'calls.log'))
        ? completeJsonLines(readFileSync(join(fixtures, 'calls.log'), 'utf8'))
        : [],
  };
}

const fixtureFile = (fixtures: string, channel: string) => join(fixtures, channel.replace(/[\\/]/g, '_') + '.xml');
const jsonLines = completeJsonLines;

describe.skipIf(process.platform === 'win32')(
  'rdpdiag analyze --follow --live-channel (stand-in wevtutil on PATH)',
  () => {
    it('polls each channel with an EventRecordID bookmark, keeps it in --state, and neither misses nor repeats across a restart', async () => {
      const fake = fakeWevtutil();
      const { events } = await buildTimeline([join(ROOT, 'samples/auth-bad-credentials')]);
      const server = events.filter((e) => e.computer.startsWith('RDSH01'));
      const channels = [...new Set(server.map((e) => e.channel))];
      const serve = (list: NormalizedEvent[]) => {
        for (const ch of channels)
          writeFileSync(
            fixtureFile(fake.fixtures, ch),
            list
              .filter((e) => e.channel === ch)
              .map((e) => toEventXml(e) + '\r\n')
              .join(''),
          );
      };
      const cut = (at: string) => server.filter((e) => e.timestamp < at);
      const state = join(tempDir(), 'state.json');
      // The issue's own spelling: --channels rdp (--live-channel rdp does the same).
      const args = [
        'analyze',
        '--follow',
        '--channels',
        'rdp',
        '--state',
        state,
        '--since',
        '2024-05-01',
        '--settle',
        '1',
        '--poll',
        '50',
        '--format',
        'jsonl',
      ];

      // First run: the first two attempts are there; the third arrives while following.
      serve(cut('2024-05-10T08:03:40'));
      let run = startRdpdiag(args, fake.env);
      await run.waitFor((out) => jsonLines(out).length >= 2);
      serve(cut('2024-05-10T08:30:00'));
      await run.waitFor((out) => jsonLines(out).length >= 3);
      let r = await run.stop();
      expect(r.code).toBe(1);
      expect(jsonLines(r.stdout).map((a) => `${a.outcome} ${a.causes[0]?.id ?? '-'}`)).toEqual([
        `failed ${authBadCredentials.id}`,
        `failed ${authBadCredentials.id}`,
        'succeeded -',
      ]);
      expect(r.stderr).toMatch(/does not exist on this computer; skipped/);
      const saved = JSON.parse(readFileSync(state, 'utf8'));
      expect(saved.version).toBe(1);
      const rdpcore = 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational';
      expect(saved.channels[rdpcore].bookmark).toBe(
        Math.max(
          ...cut('2024-05-10T08:30:00')
            .filter((e) => e.channel === rdpcore)
            .map((e) => Number(e.recordId)),
        ),
      );
      const queries = fake
        .calls()
        .filter((c) => c[0] === 'qe' && c[1] === rdpcore)
        .map((c) => c.find((a) => a.startsWith('/q:')));
      expect(queries[0]).toMatch(/^\/q:\*\[System\[TimeCreated\[@SystemTime>='2024-05-01T00:00:00.000Z'\]\]\]$/);
      expect(queries.some((q) => /^\/q:\*\[System\[EventRecordID>\d+\]\]$/.test(q ?? ''))).toBe(true);

      // While stopped, Dave's failed attempt is logged; the restart reports it, and only it.
      serve(server);
      run = startRdpdiag(args, fake.env);
      await run.waitFor((out) => jsonLines(out).length >= 1);
      // Nothing more comes: the follower says it has caught up (read everything, no attempt open).
      await run.waitFor((_, err) => /caught up/.test(err));
      r = await run.stop();
      const again = jsonLines(r.stdout);
      expect(again.map((a) => `${a.user} ${a.outcome} ${a.causes[0]?.id}`)).toEqual([
        `CORP\\dvae failed ${authBadCredentials.id}`,
      ]);
      expect(r.code).toBe(1);
    });

    it('follows one named channel with --live-channel, no file needed', async () => {
      const fake = fakeWevtutil();
      const { events } = await buildTimeline([join(ROOT, 'samples/auth-bad-credentials')]);
      const security = events.filter((e) => e.channel === 'Security');
      writeFileSync(fixtureFile(fake.fixtures, 'Security'), security.map((e) => toEventXml(e) + '\r\n').join(''));
      const run = startRdpdiag(
        [
          'analyze',
          '--follow',
          '--live-channel',
          'Security',
          '--since',
          '2024-05-01',
          '--poll',
          '50',
          '--settle',
          '1',
          '--format',
          'jsonl',
        ],
        fake.env,
      );
      // Two queries: the first one has completed (stopping in the middle of a query is another matter).
      await run.waitFor(() => fake.calls().filter((c) => c[0] === 'qe' && c[1] === 'Security').length >= 2);
      const r = await run.stop();
      const queried = new Set(
        fake
          .calls()
          .filter((c) => c[0] === 'qe')
          .map((c) => c[1]),
      );
      expect([...queried]).toEqual(['Security']);
      expect(r.stderr).not.toMatch(/error/);
    });

    it('says clearly that live channels need Windows', async () => {
      const r = await rdpdiag(['analyze', '--follow', '--live-channel', 'Security'], { RDPDIAG_PLATFORM: 'linux' });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/works only on Windows/);
    });
  },
);

describe('rdpdiag collect', () => {
  it('prints the commands to run on the Windows computer elsewhere', async () => {
    const r = await rdpdiag(['collect', '--output', 'case-1234'], { RDPDIAG_PLATFORM: 'linux' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'wevtutil epl "Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational" RdpCoreTS.evtx',
    );
    expect(r.stdout).toContain('wevtutil epl Security Security.evtx');
    expect(r.stdout).toMatch(
      /reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp"/,
    );
    expect(r.stdout).toContain('mkdir case-1234');
  });

  it.skipIf(process.platform === 'win32')(
    'on Windows exports every channel and the RDP settings (stand-ins for wevtutil and reg)',
    async () => {
      const fake = fakeWevtutil();
      for (const ch of ['Security', 'System', 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational'])
        writeFileSync(fixtureFile(fake.fixtures, ch), '');
      writeFileSync(
        join(fake.bin, 'reg'),
        `#!/bin/sh\nif [ "$2" = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp' ]; then\nprintf '\\r\\n%s\\r\\n    PortNumber    REG_DWORD    0xd3d\\r\\n    SecurityLayer    REG_DWORD    0x2\\r\\n    UserAuthentication    REG_DWORD    0x1\\r\\n    SSLCertificateSHA1Hash    REG_BINARY    0a1b2c3d4e5f60718293a4b5c6d7e8f901234567\\r\\n' "$2"\nexit 0\nfi\necho 'ERROR: The system was unable to find the specified registry key or value.' >&2\nexit 1\n`,
      );
      chmodSync(join(fake.bin, 'reg'), 0o755);
      const out = join(tempDir(), 'case');
      // A real process: the stand-ins are found on its PATH.
      const r = spawnRdpdiag(['collect', '--output', out], fake.env);
      expect(r.stdout).toMatch(/Security\.evtx\s+Security/);
      expect(r.stdout).toMatch(/RDPClient.*not on this computer/);
      expect(existsSync(join(out, 'RdpCoreTS.evtx'))).toBe(true);
      const settings = readFileSync(join(out, 'rdp-settings.txt'), 'utf8');
      expect(settings).toMatch(/Listener port: 0xd3d \(3389\)/);
      expect(settings).toMatch(/Security layer: 0x2 \(TLS\)/);
      expect(settings).toMatch(/Network Level Authentication: 0x1 \(required\)/);
      expect(settings).toMatch(
        /Certificate thumbprint: 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567 \(0A1B2C3D4E5F60718293A4B5C6D7E8F901234567\)/,
      );
      expect(settings).toMatch(/Policy: licensing mode: not set/);
      expect(r.code).toBe(0);
      expect(fake.calls().filter((c) => c[0] === 'epl')).toHaveLength(CHANNELS.length);
      // The ready .zip holds the same files under the folder's name, and reads as the folder does.
      const zipped = unzipSync(readFileSync(`${out}.zip`));
      const names = Object.keys(zipped).sort();
      expect(names).toContain('case/RdpCoreTS.evtx');
      expect(names).toContain('case/rdp-settings.txt');
      expect(Buffer.from(zipped['case/rdp-settings.txt']).toString()).toBe(settings);
      expect(r.stdout).toContain(`Ready for the support case: ${out}.zip`);
    },
  );
});
