/**
 * Real logs through `analyze`: no errors, every logon the logs show as completed comes out succeeded,
 * and every cause given rests on events that are in the inputs.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEvents, type Analysis } from '../../src/diagnose/analyze.js';
import { buildTimeline } from '../../src/platform/node/files.js';
import { logKind, clientAddress } from '../../src/correlate/keys.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { corpusPath, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { UNEXPLAINED } from '../../patterns/index.js';

const SETS: Record<string, string[]> = {
  'StolenSzechuan DC (2012 R2, internet brute force)': [
    'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan/StolenSzechuanEventLogs',
  ],
  'Belkasoft CTF (Win10)': [
    'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win10/BelkasoftCTF_InsiderThreat/BelkasoftCTF_InsiderThreat',
  ],
  'RathbunVM Win11 LSM': ['AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win11'],
  'APTSimulator Server 2022 LSM': ['AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Server2022'],
  'EVTX-ATTACK-SAMPLES RDP files': [
    'sbousseaden__EVTX-ATTACK-SAMPLES/Command and Control',
    'sbousseaden__EVTX-ATTACK-SAMPLES/Lateral Movement',
    'sbousseaden__EVTX-ATTACK-SAMPLES/Other',
  ],
  'EVTX-to-MITRE-Attack RDP files (flat WEF BinXML included)': ['mdecrevoisier__EVTX-to-MITRE-Attack'],
  'omerbenamram VSS RDP logs and Security sample': [
    'omerbenamram__evtx/samples/2-vss_0-Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx',
    'omerbenamram__evtx/samples/2-vss_0-Microsoft-Windows-TerminalServices-RemoteConnectionManager%4Operational.evtx',
    'omerbenamram__evtx/samples/Security_short_selected.evtx',
  ],
  'hayabusa RDP hijacking': ['Yamato-Security__hayabusa-sample-evtx/YamatoSecurity/LateralMovement'],
};

/** A logon the logs themselves show as completed from a remote client. */
function completedRemoteLogon(e: NormalizedEvent): boolean {
  const kind = logKind(e);
  if (kind === 'lsm') return (e.eventId === 21 || e.eventId === 25) && clientAddress(e) !== undefined;
  if (kind === 'security') return e.eventId === 4778 && clientAddress(e) !== undefined;
  return false;
}

function keyOf(e: { computer: string; channel: string; recordId?: number | string | null }): string {
  return `${e.computer}|${e.channel}|${e.recordId}`;
}

const results = new Map<string, { analysis: Analysis; events: NormalizedEvent[] }>();

async function run(name: string): Promise<{ analysis: Analysis; events: NormalizedEvent[] }> {
  let r = results.get(name);
  if (!r) {
    const timeline = await buildTimeline(SETS[name].map(corpusPath));
    expect(timeline.missing).toEqual([]);
    expect(timeline.inputs.filter((i) => i.error).map((i) => `${i.path}: ${i.error?.message}`)).toEqual([]);
    r = { analysis: analyzeEvents(timeline.events), events: timeline.events };
    results.set(name, r);
  }
  return r;
}

describe.skipIf(!HAVE_CORPUS)(`analyze on real logs${HAVE_CORPUS ? '' : ` (${NO_CORPUS_REASON})`}`, () => {
  for (const name of Object.keys(SETS)) {
    describe(name, () => {
      it('reads without errors and puts every completed remote logon in a succeeded attempt', async () => {
        const { analysis, events } = await run(name);
        const owner = new Map<NormalizedEvent, string>();
        for (const a of analysis.attempts) for (const e of a.events) owner.set(e, a.outcome);
        const wrong = events.filter(completedRemoteLogon).filter((e) => owner.get(e) !== 'succeeded');
        expect(
          wrong.map(
            (e) => `${e.timestamp} ${e.channel} ${e.eventId} #${e.recordId}: ${owner.get(e) ?? 'in no attempt'}`,
          ),
        ).toEqual([]);
      });

      it('blames no cause on evidence that is not in the logs', async () => {
        const { analysis, events } = await run(name);
        const present = new Set(events.map(keyOf));
        for (const a of analysis.attempts) {
          if (a.outcome === 'failed') expect(a.causes.length, a.id).toBeGreaterThan(0);
          for (const c of a.causes) {
            if (c.id === UNEXPLAINED) continue;
            expect(c.evidence.length, `${a.id} ${c.id}`).toBeGreaterThan(0);
            for (const ev of c.evidence) expect(present.has(keyOf(ev)), `${a.id} ${c.id} ${keyOf(ev)}`).toBe(true);
          }
          if (a.outcome === 'succeeded')
            expect(
              a.causes.filter((c) => c.id !== networkDropped.id).map((c) => c.id),
              a.id,
            ).toEqual([]);
        }
      });
    });
  }
});
