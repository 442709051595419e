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
import { UNEXPLAINED } from '../../patterns/index.js';

const jsonLines = completeJsonLines;

/**
 * The stand-ins installed, with samples/auth-bad-credentials read: `serve` hands them RDSH01's records of a list, each
 * in its channel; `serveChannel` every record of one channel.
 */
async function standIns() {
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
  const serveChannel = (channel: string) =>
    fake.serve(
      channel,
      events.filter((e) => e.channel === channel),
    );
  return { fake, server, serve, serveChannel };
}

/** `analyze --follow` of the live `channels` since 1 May 2024, polled every 50 ms, as JSON lines. */
function liveArgs(...channels: string[]): string[] {
  return [
    'analyze',
    '--follow',
    ...channels.flatMap((c) => ['--live-channel', c]),
    '--since',
    '2024-05-01',
    '--poll',
    '50',
    '--settle',
    '1',
    '--format',
    'jsonl',
  ];
}

/** Text as code page 850 bytes (the OEM code page of Western European Windows): the few letters used here. */
function oem850(text: string): Uint8Array {
  const table: Record<string, number> = { É: 0x90, é: 0x82, è: 0x8a, ê: 0x88, à: 0x85, ç: 0x87 };
  return Uint8Array.from([...text].map((c) => table[c] ?? (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : 0x3f)));
}

/**
 * The stand-in wevtutil.exe in %SystemRoot%\System32 (test/helpers/windows-programs.ts) replays what the
 * real one does: events for `qe` with its EventRecordID and TimeCreated queries, access denied (exit 5)
 * for Security without elevation, channel not found (exit 15007), messages in the system's language and
 * its OEM code page. Under Wine (`npm run test:windows`) it is a Windows program, and rdpdiag node.exe.
 */
describe('rdpdiag analyze --follow --live-channel (stand-in wevtutil in SystemRoot)', () => {
  it('polls each channel with an EventRecordID bookmark, keeps it in --state, and neither misses nor repeats across a restart', async () => {
    const { fake, server, serve } = await standIns();
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
    expect(r.code, r.stderr).toBe(1);
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
    expect(r.code, r.stderr).toBe(1);
  });

  it('follows one named channel with --live-channel, no file needed', async () => {
    const { fake, serveChannel } = await standIns();
    serveChannel('Security');
    const run = startRdpdiag(liveArgs('Security'), fake.env);
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

  it('follows Sysmon by event id only (the ids the findings read), never the whole channel', async () => {
    const fake = installStandIns();
    const sysmon = 'Microsoft-Windows-Sysmon/Operational';
    const { events } = await buildTimeline([join(ROOT, 'samples/findings/outbound-rdp')]);
    const logged = events.filter((e) => e.channel === sysmon);
    expect(logged.length).toBeGreaterThan(0);
    fake.serve(sysmon, logged);
    const run = startRdpdiag(
      ['analyze', '--follow', '--channels', 'rdp', '--since', '2020-01-01', '--poll', '50', '--settle', '1'],
      fake.env,
    );
    await run.waitFor(() => fake.calls('wevtutil').filter((c) => c[0] === 'qe' && c[1] === sysmon).length >= 3);
    await run.stop();
    const queries = fake
      .calls('wevtutil')
      .filter((c) => c[0] === 'qe' && c[1] === sysmon)
      .map((c) => c.find((a) => a.startsWith('/q:')))
      .filter((q) => q !== undefined);
    expect(queries[0]).toBe(
      "/q:*[System[TimeCreated[@SystemTime>='2020-01-01T00:00:00.000Z'] and (EventID=1 or EventID=3 or EventID=7 or EventID=11 or EventID=13)]]",
    );
    expect(
      queries
        .slice(1)
        .every((q) =>
          /^\/q:\*\[System\[EventRecordID>\d+ and \(EventID=1 or EventID=3 or EventID=7 or EventID=11 or EventID=13\)\]\]$/.test(
            q,
          ),
        ),
    ).toBe(true);
  });

  it('a channel still failing when following stops is an input error (exit 2), said once at the end', async () => {
    const { fake, serveChannel } = await standIns();
    serveChannel('Security');
    fake.reply('Security', {
      exit: process.platform === 'win32' ? 1722 : 1722 % 256,
      times: 1_000_000,
      stderr: 'The RPC server is unavailable.\r\n',
    });
    const run = startRdpdiag(
      ['analyze', '--follow', '--live-channel', 'Security', '--poll', '50', '--settle', '1', '--format', 'jsonl'],
      fake.env,
    );
    await run.waitFor(() => fake.calls('wevtutil').filter((c) => c[0] === 'qe' && c[1] === 'Security').length >= 3);
    const r = await run.stop();
    expect(
      r.stderr.match(/warning: wevtutil:Security: wevtutil failed: The RPC server is unavailable\.; will retry/g),
    ).toHaveLength(1);
    expect(r.stderr).toMatch(
      /error: Security: wevtutil failed: The RPC server is unavailable\.; it was still failing when rdpdiag stopped/,
    );
    expect(r.code, r.stderr).toBe(2);
  });

  it('names a channel it may not read (access denied, in the system language) and follows the others', async () => {
    const { fake, serveChannel } = await standIns();
    const lsm = 'Microsoft-Windows-TerminalServices-LocalSessionManager/Operational';
    serveChannel(lsm);
    // wevtutil's message follows the system's language; its exit code (ERROR_ACCESS_DENIED) does not.
    fake.reply('Security', {
      exit: 5,
      stderr: 'Fehler beim Abfragen des Protokolls Security. Zugriff verweigert\r\n',
    });
    const run = startRdpdiag(liveArgs('Security', 'LSM'), fake.env);
    await run.waitFor(() => fake.calls('wevtutil').filter((c) => c[0] === 'qe' && c[1] === lsm).length >= 2);
    const r = await run.stop();
    expect(r.stderr).toMatch(/access denied reading Security: run from an elevated prompt/);
    expect(fake.calls('wevtutil').filter((c) => c[1] === 'Security')).toHaveLength(1);
  });

  it('skips a channel missing in the system language (by exit code 15007), retries a failure that passes, and misses nothing', async () => {
    const { fake, server, serve } = await standIns();
    const rdpcore = 'Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational';
    const client = 'Microsoft-Windows-TerminalServices-RDPClient/Operational';
    // A French server: wevtutil writes its messages to a pipe in the OEM code page (850), and its exit code
    // says what happened. Elsewhere the stand-in is a shell script, whose exit code cannot exceed 255: there
    // the message is wevtutil's English one, which says it too.
    fake.reply(
      client,
      process.platform === 'win32'
        ? {
            exit: 15007,
            stderrBytes: oem850(`Échec de l'ouverture du journal ${client}. Le canal spécifié est introuvable.\r\n`),
          }
        : { exit: 15007 % 256, stderr: `Failed to query log ${client}. The specified channel could not be found.\r\n` },
    );
    // rdpdiag's queries of RdpCoreTS as the stand-in answered them, in order (one channel's queries never overlap).
    const rdpcoreAnswers = () => fake.answers('wevtutil').filter((a) => a.args[0] === 'qe' && a.args[1] === rdpcore);
    const first = server.filter((e) => e.timestamp < '2024-05-10T08:03:40');
    serve(first);
    const run = startRdpdiag(liveArgs('rdp'), fake.env);
    await run.waitFor((out, err) => jsonLines(out).length >= 2 && /caught up/.test(err));
    // The Event Log service busy for the next two queries (RPC_S_SERVER_UNAVAILABLE), then answering; the
    // events logged meanwhile come with the first query that works, from the bookmark kept. The test waits on
    // the two failures answered, whenever they come (a query under way when the reply is written may still work).
    fake.reply(rdpcore, {
      exit: process.platform === 'win32' ? 1722 : 1722 % 256,
      times: 2,
      stderrBytes: oem850(`Échec de la requête du journal ${rdpcore}. Le serveur RPC n'est pas disponible.\r\n`),
    });
    await run.waitFor(() => rdpcoreAnswers().filter((a) => a.exit !== 0).length >= 2);
    serve(server);
    // Every event read: dvae's failure reported, then a read that found nothing new ("caught up" again).
    await run.waitFor(
      (out, err) => jsonLines(out).some((a) => a.user === 'CORP\\dvae') && (err.match(/caught up/g) ?? []).length >= 2,
    );
    const r = await run.stop();
    // Every verdict of the export. (A channel read more than --settle of wall time after the others can split
    // an attempt's trailing events into a second report of its success: the live view's known limit, not
    // wevtutil's; within --settle they join the report, test/follow/live-analyzer.test.ts.)
    const got = jsonLines(r.stdout).map((a) => `${a.user} ${a.outcome} ${a.causes[0]?.id ?? '-'}`);
    // On a loaded machine a late channel can also leave a fragment of a failure on its own, which says
    // nothing; every failure the export explains is there, once.
    expect(got.filter((v) => / failed /.test(v) && !v.endsWith(` ${UNEXPLAINED}`))).toEqual([
      `CORP\\alice failed ${authBadCredentials.id}`,
      `CORP\\alice failed ${authBadCredentials.id}`,
      `CORP\\dvae failed ${authBadCredentials.id}`,
    ]);
    expect(r.stderr).toMatch(new RegExp(`channel ${client} does not exist on this computer; skipped`));
    expect(fake.calls('wevtutil').filter((c) => c[1] === client)).toHaveLength(1);
    // The passing failure is said once, with wevtutil's own words; the queries around it keep the bookmark.
    expect(
      r.stderr.match(/warning: wevtutil:\S+RdpCoreTS\/Operational: wevtutil failed: .*RPC.*; will retry/g),
    ).toHaveLength(1);
    expect(r.stderr).not.toMatch(/rdpdiag: error: wevtutil failed/);
    // The bookmark queries from the first failure to the first one answered after it (the check for a cleared
    // channel, `/c:1 /rd:true`, every 30 s, carries none): one bookmark, the one read before the failures.
    const answers = rdpcoreAnswers();
    const around = answers
      .slice(answers.findIndex((a) => a.exit !== 0))
      .filter((a) => a.args.some((x) => x.startsWith('/q:')));
    const through = around.slice(0, around.findIndex((a) => a.exit === 0) + 1);
    expect(through.filter((a) => a.exit !== 0).length).toBeGreaterThanOrEqual(1);
    expect(through.at(-1)?.exit).toBe(0);
    const bookmarks = through.map((a) => a.args.find((x) => x.startsWith('/q:')));
    expect(new Set(bookmarks).size, bookmarks.join('\n')).toBe(1);
    const read = Math.max(...first.filter((e) => e.channel === rdpcore).map((e) => Number(e.recordId)));
    expect(bookmarks[0]).toBe(`/q:*[System[EventRecordID>${read}]]`);
    // Every event of every channel read once.
    expect(r.stderr).toMatch(new RegExp(`; ${server.length} event\\(s\\) read from \\d+ live channel\\(s\\)\\.`));
    // Whatever the code page, nothing but text reaches the terminal.
    expect(r.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    // A channel that failed on the way and answered again lost nothing: the exit code says what was found
    // (alice's and dvae's failures: 1), the passing failure is a warning.
    expect(r.code, r.stderr).toBe(1);
  });

  it('ended without warning (TerminateProcess on Windows), a restart with --state misses and repeats nothing', async () => {
    const { fake, server, serve } = await standIns();
    const state = join(tempDir(), 'state.json');
    const args = ['analyze', '--follow', '--live-channel', 'rdp', '--state', state, '--since', '2024-05-01'];
    const opts = ['--settle', '1', '--poll', '50', '--format', 'jsonl'];
    serve(server.filter((e) => e.timestamp < '2024-05-10T08:30:00'));
    let run = startRdpdiag([...args, ...opts], fake.env);
    // Caught up: the three attempts reported and the state written with them.
    await run.waitFor((out, err) => jsonLines(out).length >= 3 && /caught up/.test(err));
    const first = await run.terminate();
    expect(first.stderr).not.toMatch(/stopped after/);
    serve(server);
    run = startRdpdiag([...args, ...opts], fake.env);
    await run.waitFor((out, err) => jsonLines(out).length >= 1 && /caught up/.test(err));
    const r = await run.stop();
    expect(jsonLines(r.stdout).map((a) => `${a.user} ${a.outcome} ${a.causes[0]?.id}`)).toEqual([
      `CORP\\dvae failed ${authBadCredentials.id}`,
    ]);
  });

  it('says clearly that live channels need Windows', async () => {
    const r = await rdpdiag(['analyze', '--follow', '--live-channel', 'Security'], { RDPDIAG_PLATFORM: 'linux' });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/works only on Windows/);
  });
});
