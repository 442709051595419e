import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/platform/node/files.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { rdpdiag, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';
import { installStandIns } from '../helpers/windows-programs.js';
import { completeJsonLines, startRdpdiag } from './helpers.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';

const jsonLines = completeJsonLines;

// Skipped on Windows (and under Wine): these tests stop the follower as Ctrl-C does, to see the state it
// saves, and a Windows child cannot be sent SIGINT (Node's kill terminates it at once). `collect` is
// proven there against the same stand-ins (test/cli/collect.test.ts).
describe.skipIf(process.platform === 'win32')(
  'rdpdiag analyze --follow --live-channel (stand-in wevtutil in SystemRoot)',
  () => {
    it('polls each channel with an EventRecordID bookmark, keeps it in --state, and neither misses nor repeats across a restart', async () => {
      const fake = installStandIns();
      const { events } = await buildTimeline([join(ROOT, 'samples/auth-bad-credentials')]);
      const server = events.filter((e) => e.computer.startsWith('RDSH01'));
      const channels = [...new Set(server.map((e) => e.channel))];
      const serve = (list: NormalizedEvent[]) => {
        for (const ch of channels)
          fake.serve(
            ch,
            list.filter((e) => e.channel === ch),
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
        .calls('wevtutil')
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
      const fake = installStandIns();
      const { events } = await buildTimeline([join(ROOT, 'samples/auth-bad-credentials')]);
      fake.serve(
        'Security',
        events.filter((e) => e.channel === 'Security'),
      );
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
      await run.waitFor(() => fake.calls('wevtutil').filter((c) => c[0] === 'qe' && c[1] === 'Security').length >= 2);
      const r = await run.stop();
      const queried = new Set(
        fake
          .calls('wevtutil')
          .filter((c) => c[0] === 'qe')
          .map((c) => c[1]),
      );
      expect([...queried]).toEqual(['Security']);
      expect(r.stderr).not.toMatch(/error/);
    });

    it('names a channel it may not read (access denied, in the system language) and follows the others', async () => {
      const fake = installStandIns();
      const { events } = await buildTimeline([join(ROOT, 'samples/auth-bad-credentials')]);
      const lsm = 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational';
      fake.serve(
        lsm,
        events.filter((e) => e.channel === lsm),
      );
      // wevtutil's message follows the system's language; its exit code (ERROR_ACCESS_DENIED) does not.
      fake.reply('Security', {
        exit: 5,
        stderr: 'Fehler beim Abfragen des Protokolls Security. Zugriff verweigert\r\n',
      });
      const run = startRdpdiag(
        [
          'analyze',
          '--follow',
          '--live-channel',
          'Security',
          '--live-channel',
          'LSM',
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
      await run.waitFor(() => fake.calls('wevtutil').filter((c) => c[0] === 'qe' && c[1] === lsm).length >= 2);
      const r = await run.stop();
      expect(r.stderr).toMatch(/access denied reading Security: run from an elevated prompt/);
      expect(fake.calls('wevtutil').filter((c) => c[1] === 'Security')).toHaveLength(1);
    });

    it('says clearly that live channels need Windows', async () => {
      const r = await rdpdiag(['analyze', '--follow', '--live-channel', 'Security'], { RDPDIAG_PLATFORM: 'linux' });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/works only on Windows/);
    });
  },
);
