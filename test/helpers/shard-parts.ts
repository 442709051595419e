/**
 * For the tests of how a computer is cut into shard parts (src/pipeline/shard-lines.ts writes them,
 * src/pipeline/shard-long-line.ts reads a long line back into them): a file's shard lines, and one computer's
 * diagnosis whose attempts are joined by the objects they share: an event two attempts hold (2 and 4), one a host
 * finding cites (attempt 5), two attempts of one start (6 and 7). Each attempt carries its number as `n`.
 */
import type { ComputersDiagnosed, DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import { EVIDENCE_EVENT } from '../../src/model/attempt.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { VERSION } from '../../src/model/version.js';
import { readShard } from '../../src/pipeline/shard.js';
import { buildTimeline } from '../../src/platform/node/files.js';

/** The shard file lines of `file`, part 1 of 1, with `lineEvents` events a line at most (about). */
export async function shardLines(file: string, lineEvents?: number): Promise<string[]> {
  const lines: string[] = [];
  await readShard(
    (o) => buildTimeline([file], o),
    { k: 1, n: 1 },
    VERSION,
    (l) => lines.push(l),
    lineEvents,
  );
  return lines;
}

/** A Security 4625 of RDSH01 at second `n`. */
export function fixtureEvent(n: number): NormalizedEvent {
  return {
    timestamp: `2024-05-02T09:00:${String(n).padStart(2, '0')}.0000000Z`,
    timeMs: n * 1000,
    computer: 'RDSH01',
    channel: 'Security',
    provider: { name: 'Microsoft-Windows-Security-Auditing' },
    eventId: 4625,
    data: { n: String(n) },
    source: { file: 'x.evtx', format: 'evtx' },
  } as unknown as NormalizedEvent;
}

export function joinedAttempts(): { attempts: DiagnosedAttempt[]; diagnosed: ComputersDiagnosed } {
  const attempt = (n: number, events: NormalizedEvent[], startMs = n * 1000) =>
    ({
      computer: 'RDSH01',
      startMs,
      events,
      n,
      probeEvents: [],
      clientEvents: [],
      causes: [],
    }) as unknown as DiagnosedAttempt;
  const e = fixtureEvent;
  const shared = e(50);
  const cited = e(60);
  const evidence = Object.defineProperty({ summary: 'cited' }, EVIDENCE_EVENT, { value: cited });
  const attempts = [
    attempt(1, [e(1), e(2)]),
    attempt(2, [e(3), shared]),
    attempt(3, [e(4), e(5)]),
    attempt(4, [shared, e(6)]),
    attempt(5, [e(7), cited]),
    attempt(6, [e(8)], 6000),
    attempt(7, [e(9)], 6000),
    attempt(8, [e(10), e(11)]),
  ];
  const diagnosed = {
    attempts,
    hostFindings: [{ evidence: [evidence] }],
    hijacks: [],
    rdpChanges: [],
    tunnelTools: [],
    outboundRdp: [],
    explicitCredentials: [],
  } as unknown as ComputersDiagnosed;
  return { attempts, diagnosed };
}
