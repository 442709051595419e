/**
 * `log-cleared` (patterns/findings/log-cleared.ts): each clearing of a log, Security 1102 or System 104 (the Eventlog
 * provider's, naming the log it cleared): which log, when, by whom, and what its loss hides. A host finding of each
 * computer, in every input format (the readers keep the record's fields whatever the export).
 */
import { logCleared as definition } from '../../patterns/findings/log-cleared.js';
import type { Finding } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import type { ValueMarks } from '../model/value-marks.js';
import { logKind } from '../correlate/index.js';
import { evidenceRef } from './evidence-refs.js';
import { formatShortTime } from '../model/time.js';

const EVENTLOG = /^microsoft-windows-eventlog$/i;

/** A record of a log's clearing, and which log it cleared. */
function clearedLog(e: NormalizedEvent): string | undefined {
  if (!EVENTLOG.test(e.provider.name)) return undefined;
  if (e.eventId === 1102 && logKind(e) === 'security') return 'Security';
  if (e.eventId === 104 && logKind(e) === 'system') return e.data.Channel?.trim() || 'System';
  return undefined;
}

/** The findings of every clearing among the events, oldest first. */
export function logClearedFindings(events: readonly NormalizedEvent[], marks: ValueMarks): Finding[] {
  const { markValue } = marks;
  const out: Finding[] = [];
  for (const e of events) {
    const log = clearedLog(e);
    if (!log) continue;
    const user = e.data.SubjectUserName?.trim();
    const domain = e.data.SubjectDomainName?.trim();
    const who = user && user !== '-' ? (domain && domain !== '-' ? `${domain}\\${user}` : user) : undefined;
    const backup = e.data.BackupPath?.trim();
    out.push({
      id: definition.id,
      computer: e.computer,
      confidence: 0.8,
      title: `The ${markValue(log)} log of ${markValue(e.computer)} was cleared${who ? ` by ${markValue(who)}` : ''}`,
      explanation: [
        `${who ? markValue(who) : 'An account the record does not name'} cleared the ${markValue(log)} log of ${markValue(e.computer)} at ${formatShortTime(e.timestamp)} (${e.eventId === 1102 ? 'Security 1102' : 'System 104'}).`,
        `Every record it held before then is gone: the connections, sign-ins and findings rdpdiag tells on ${markValue(e.computer)} before ${formatShortTime(e.timestamp)} that rest on that log are a lower bound, and an absence there proves nothing.`,
        backup ? `Windows saved a backup first: ${markValue(backup)}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
      evidence: [evidenceRef(e, marks)],
      remediation: [...definition.remediation],
    });
  }
  return out;
}
