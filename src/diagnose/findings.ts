/** Host-level findings: problems no single attempt shows, from the FindingPatterns of patterns/findings. */
import { idsOf } from '../../patterns/evidence.js';
import type { FindingPattern } from '../../patterns/types.js';
import type { Finding } from '../model/attempt.js';
import { evidenceRef } from './evidence-refs.js';
import type { HostIndex } from './host-index.js';
import { fillSentences } from './sentences.js';
import { isRawTime } from '../model/time.js';
import { compileMatcher } from './match.js';
import type { NormalizedEvent } from '../model/event.js';
import type { ValueMarks } from '../model/value-marks.js';
import { compareText } from '../model/order.js';

const MAX_EVIDENCE = 5;

export function findHostFindings(findings: readonly FindingPattern[], hosts: HostIndex, marks: ValueMarks): Finding[] {
  const out: Finding[] = [];
  for (const computer of hosts.computers()) {
    for (const f of findings) {
      const m = compileMatcher(f.match);
      const hits = hosts.between(computer, -Infinity, Infinity, idsOf(f.match)).filter((e) => m.test(e));
      if (hits.length === 0) continue;
      const last = hits[hits.length - 1];
      if (f.clearedBy) {
        const clear = compileMatcher(f.clearedBy);
        if (hosts.between(computer, last.timeMs + 1, Infinity, idsOf(f.clearedBy)).some((e) => clear.test(e))) continue;
      }
      const extra: Record<string, NormalizedEvent> = { event: last, first: hits[0] };
      if (f.followedBy) {
        const next = compileMatcher(f.followedBy);
        const followed = hosts.between(computer, last.timeMs, Infinity, idsOf(f.followedBy)).find((e) => next.test(e));
        if (followed) extra.followed = followed;
      }
      out.push({
        id: f.id,
        computer,
        ...(f.cause ? { cause: f.cause } : {}),
        confidence: f.confidence,
        title: f.title,
        explanation:
          fillSentences(f.explanation, [], undefined, marks, extra) +
          (hits.length > 1
            ? ` Logged ${hits.length} times between ${isoSeconds(hits[0].timestamp)} and ${isoSeconds(last.timestamp)}.`
            : ''),
        evidence: hits.slice(-MAX_EVIDENCE).map((e) => evidenceRef(e, marks)),
        remediation: [...f.remediation],
      });
    }
  }
  return out.sort(
    (a, b) => b.confidence - a.confidence || compareText(a.computer, b.computer) || compareText(a.id, b.id),
  );
}

/** `2024-05-13T02:14:11Z`; a time past year 9999 raw. */
const isoSeconds = (timestamp: string) => (isRawTime(timestamp) ? timestamp : `${timestamp.slice(0, 19)}Z`);
