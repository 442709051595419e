import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XmlEventReader } from '../../parsers/xml/index.js';
import { analyzeEvents, type Analysis } from '../../src/diagnose/analyze.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { compareEvents } from '../../src/ingest/timeline.js';
import { correlate } from '../../src/correlate/index.js';
import type { Attempt } from '../../src/model/attempt.js';
import { type TestEvent, wevtutilStream } from './xml-events.js';
import { ROOT } from './cli.js';

/** Events from XML text (any export shape), as the XML reader would give them. */
export function eventsFromXml(xml: string, file = 'sample.xml'): NormalizedEvent[] {
  const warnings: string[] = [];
  const reader = new XmlEventReader(file, { warn: (w) => warnings.push(w.message) });
  const events = [...reader.feed(xml), ...reader.end()];
  if (warnings.length) throw new Error(`sample XML has problems: ${warnings.join('; ')}`);
  return events.sort(compareEvents);
}

/** The attempts the correlator makes of test events (written as `wevtutil qe` prints them, read back). */
export function correlateTest(events: TestEvent[]): Attempt[] {
  return correlate(eventsFromXml(wevtutilStream(events)));
}

/** The whole offline pipeline on XML text: correlate into attempts, run the patterns, collect findings. */
export function analyzeXml(xml: string): Analysis {
  return analyzeEvents(eventsFromXml(xml));
}

/** The whole offline pipeline on test events, written as `wevtutil qe` prints them. */
export function analyzeTestEvents(events: TestEvent[]): Analysis {
  return analyzeXml(wevtutilStream(events));
}

/**
 * A pattern's or finding's sample export (`sample.file`) analyzed (`analyzeXml`) once per test worker: the pattern
 * catalogue's checks and the siblings' each analyzed every sample, and share the work where they run in the same
 * worker (`isolate: false`, vitest.config.ts). The result is read, never changed, by its callers.
 */
const sampleAnalyses = new Map<string, Analysis>();
export function analyzedSample(file: string): Analysis {
  let a = sampleAnalyses.get(file);
  if (!a) sampleAnalyses.set(file, (a = analyzeXml(sampleXml(file))));
  return a;
}

/** A sample export named by a pattern (`sample.file`, relative to the repository root), as text. */
export function sampleXml(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

/**
 * A healthy Remote Desktop connection (server RDSH01, client WS-ALICE): RCM 261 → RdpCoreTS 131 → 65 →
 * 72s → Security 4624 type 3 → RCM 1149 → licensing → 98 → LSM 41/42 → 66 → 4624 type 10 → LSM 21/22; an
 * hour later the user disconnects (LSM 40 reason 11, LSM 24) and closes the client (RdpCoreTS 107 → 102 →
 * 103 reason 13; RDPClient 1026 reason 2). No pattern may fire on it.
 */
export const HEALTHY_SESSION_XML = sampleXml('samples/patterns/healthy-session/sample.xml');
