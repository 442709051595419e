/**
 * `--follow` raises the attack findings live (issue 36): each sample's finding is told by the live analyzer within
 * one settle period of the event that completes it, events arriving as they are logged (wall clock = event time),
 * and once only.
 */
import { describe, expect, it } from 'vitest';
import { LiveAnalyzer } from '../../src/follow/live-analyzer.js';
import type { Finding } from '../../src/model/attempt.js';
import { eventsFromXml, sampleXml } from '../helpers/pipeline.js';

const SETTLE_MS = 30_000;

/** Feeds a sample event by event; the findings with `id`, each with the wall time it was told at. */
function followed(file: string, id: string): { told: { at: number; f: Finding }[]; lastMs: number } {
  const events = eventsFromXml(sampleXml(file));
  const live = new LiveAnalyzer({ settleMs: SETTLE_MS });
  const told: { at: number; f: Finding }[] = [];
  const take = (at: number) => {
    for (const f of live.run(at).findings) if (f.id === id) told.push({ at, f });
  };
  for (const e of events) {
    live.add([e], e.timeMs);
    take(e.timeMs);
  }
  const lastMs = events[events.length - 1]!.timeMs;
  // Then nothing more is logged: the clock runs on for one settle period, in steps.
  for (let t = lastMs + 1_000; t <= lastMs + SETTLE_MS; t += 1_000) take(t);
  return { told, lastMs };
}

describe('--follow raises the attack findings live', () => {
  it.each([
    ['samples/findings/session-hijack/sample.xml', 'session-hijack', 1],
    ['samples/findings/session-hijack/service.xml', 'session-hijack', 1],
    ['samples/findings/session-hijack/shape-only.xml', 'session-hijack', 1],
    ['samples/findings/rdp-tunnel/plink.xml', 'rdp-tunnel', 1],
    // SharpRDP, then a Python client an hour later: one finding per program.
    ['samples/findings/outbound-rdp/sharprdp.xml', 'outbound-rdp', 2],
  ])('%s: %s within one settle period, once', (file, id, count) => {
    const { told, lastMs } = followed(file, id);
    expect(told).toHaveLength(count);
    for (const { at, f } of told) {
      // Told within one settle period of the newest event it rests on, before the log ends.
      const shownBy = Math.max(...f.evidence.map((e) => Date.parse(e.time)));
      expect(at).toBeLessThanOrEqual(shownBy + SETTLE_MS);
      expect(at).toBeLessThanOrEqual(lastMs + SETTLE_MS);
    }
  });
});
