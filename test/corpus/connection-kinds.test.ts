/**
 * Hyper-V enhanced sessions in a real log (Belkasoft CTF "Insider Threat", Windows 10 in a Hyper-V VM): every
 * connection came over VMBus (RCM 261 on listener `31C5CE94259D4006A9E4`, RdpCoreTS 65 `…#0`, LSM address
 * `LOCAL`), so every attempt is `vmbus`, none is told as a TCP connection, and no TCP/TLS cause is given.
 */
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../../patterns/index.js';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { describeProgress } from '../../src/diagnose/progress.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { renderJson } from '../../src/report/json.js';
import { corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';

const BK =
  'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win10/BelkasoftCTF_InsiderThreat/BelkasoftCTF_InsiderThreat';

const TCP_OR_TLS = new Set<string>(
  PATTERNS.filter((p) => p.phase === 'connection' || p.phase === 'tls').map((p) => p.id),
);

describe.skipIf(!HAVE_CORPUS)(`Hyper-V enhanced sessions${HAVE_CORPUS ? '' : ` (${NO_CORPUS_REASON})`}`, () => {
  it('the Belkasoft folder: every attempt is a VMBus connection, with no TCP phase and no TCP/TLS cause', async () => {
    const timeline = await buildTimeline([corpusPath(BK)]);
    const analysis = analyzeEvents(timeline.events);
    // One attempt per connection the listener accepted (RCM 261), a success only where a Remote Desktop logon
    // (4624 type 10; an administrator's is a linked-token pair microseconds apart) proves it.
    const accepted = timeline.events.filter((e) => e.channel.includes('RemoteConnectionManager') && e.eventId === 261);
    const logons = timeline.events
      .filter((e) => e.channel === 'Security' && e.eventId === 4624 && e.data.LogonType === '10')
      .filter((e, i, all) => i === 0 || e.timeMs - all[i - 1].timeMs > 1000);
    expect(accepted.length).toBe(11);
    expect(logons.length).toBe(4);
    expect(analysis.attempts.length).toBe(accepted.length);
    expect(analysis.attempts.filter((a) => a.outcome === 'succeeded').length).toBe(logons.length);
    for (const a of analysis.attempts) {
      expect(a.connection, a.id).toBe('vmbus');
      expect(a.client.address, a.id).toBeUndefined();
      expect(describeProgress(a), a.id).not.toMatch(/TCP|network-level/);
      for (const c of a.causes) expect(TCP_OR_TLS.has(c.id), `${a.id} ${c.id}`).toBe(false);
      // Every success rests on a logon of its own; none is a console logon.
      if (a.outcome === 'succeeded')
        expect(a.tries?.some((t) => t.outcome === 'succeeded' && t.logonType === 10)).toBe(true);
    }
    // The passwords typed at the session's logon screen (4625 type 10, no address) are tries of its connection.
    const screenFailures = timeline.events.filter(
      (e) => e.channel === 'Security' && e.eventId === 4625 && e.data.LogonType === '10',
    );
    expect(analysis.attempts.flatMap((a) => a.tries ?? []).filter((t) => t.outcome === 'failed').length).toBe(
      screenFailures.length,
    );
    expect(analysis.attempts.some((a) => a.events.every((e) => e.channel === 'Security'))).toBe(false);
    for (const i of analysis.incidents) for (const c of i.clients) expect(c.connection).toBe('vmbus');
    const json = JSON.parse(renderJson(analysis, timeline.inputs));
    expect(new Set(json.attempts.map((a: { connection: string }) => a.connection))).toEqual(new Set(['vmbus']));
  });

  it("Belkasoft's RCM log alone: the listener names a VMBus connection", async () => {
    const timeline = await buildTimeline([
      corpusPath(`${BK}/Microsoft-Windows-TerminalServices-RemoteConnectionManager%4Operational.evtx`),
    ]);
    const { attempts } = analyzeEvents(timeline.events);
    expect(attempts.length).toBeGreaterThan(0);
    for (const a of attempts) expect(a.connection, a.id).toBe('vmbus');
  });
});
