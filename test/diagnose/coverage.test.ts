/**
 * Coverage advice (src/diagnose/coverage.ts): a missing log is advised on the machine that logs the events a
 * cause reads (the event table's `machines`, else its channel's), never on the RDP server for a domain
 * controller's events.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import type { Pattern } from '../../patterns/types.js';
import { computeCoverage } from '../../src/diagnose/coverage.js';
import type { Attempt, CauseResult } from '../../src/model/attempt.js';

function failed(id: string): Attempt & { causes: CauseResult[] } {
  return { id, outcome: 'failed', causes: [], progress: {}, events: [] } as unknown as Attempt & {
    causes: CauseResult[];
  };
}

/** A cause read from the server's Security log (4625) and from the domain controller's (4776). */
const BOTH = {
  id: authBadCredentials.id,
  when: { outcome: ['failed'] },
  clauses: [
    { name: 'server', match: { channel: 'Security', eventId: 4625 }, scope: 'window', weight: 0.5 },
    {
      name: 'dc',
      match: { channel: 'Security', eventId: 4776 },
      scope: 'path',
      join: { user: 'TargetUserName' },
      weight: 0.5,
    },
  ],
} as unknown as Pattern;

describe('coverage advice', () => {
  it("advises a domain controller's Security log on the domain controller, the server's on the server", () => {
    const { advice } = computeCoverage({}, [failed('a1')], [BOTH]);
    expect(advice).toHaveLength(2);
    expect(advice.join('\n')).toContain(
      'Export it on each domain controller with: wevtutil epl Security Security-domain-controller.evtx',
    );
    expect(advice.join('\n')).toContain('Export it on the server with: wevtutil epl Security Security.evtx');
  });
});
