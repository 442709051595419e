import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { groupIncidents } from '../../src/diagnose/incidents.js';
import { tellTryReasons, tryReasons } from '../../src/diagnose/try-reasons.js';
import type { Attempt, CauseResult, LogonTry } from '../../src/model/attempt.js';
import { UNMARKED } from '../../src/model/value-marks.js';

const BAD = authBadCredentials.id;
const STATE = authAccountState.id;

function refused(time: string, subStatus: string, cause: string, user = 'CORP\\bob'): LogonTry {
  return { time, outcome: 'failed', user, cause, status: '0xc000006d', subStatus, logonType: 3, records: [] };
}

function cause(id: string): CauseResult {
  return { id, confidence: 0.85, title: `title of ${id}`, explanation: 'Why.', evidence: [], remediation: [] };
}

describe("every try's reason, told where the tries differ", () => {
  it('lists each reason with its tries: a misspelled domain, then wrong passwords', () => {
    const tries = [
      refused('2024-03-01T09:00:01.0000000Z', '0xc0000064', BAD, 'CROP\\bob'),
      refused('2024-03-01T09:00:11.0000000Z', '0xc0000064', BAD, 'CROP\\bob'),
      refused('2024-03-01T09:01:00.0000000Z', '0xC000006A', BAD),
    ];
    expect(tryReasons(tries).map((r) => [r.code, r.tries.length])).toEqual([
      ['0xC0000064', 2],
      ['0xC000006A', 1],
    ]);
    const causes = [cause(BAD)];
    tellTryReasons(causes, tries, UNMARKED);
    expect(causes[0].explanation).toMatch(/different reasons: 0xC0000064 \(The user name does not exist\): 2 tries/);
    expect(causes[0].explanation).toMatch(/0xC000006A \(Wrong password.*\): 1 try at .* as CORP\\bob\./);
    expect(causes[0].reason).toBe('0xC000006A');
  });

  it('says nothing more when every try failed for one reason', () => {
    const causes = [cause(STATE)];
    tellTryReasons(causes, [refused('2024-03-01T09:00:01.0000000Z', '0xc0000071', STATE)], UNMARKED);
    expect(causes[0].explanation).toBe('Why.');
    expect(causes[0].reason).toBe('0xC0000071');
  });

  it('never joins different account states in one incident', () => {
    const attempt = (id: string, at: string, reason: string, user: string) =>
      ({
        id,
        computer: 'RDSH01',
        side: 'server',
        start: at,
        end: at,
        startMs: Date.parse(at),
        endMs: Date.parse(at),
        client: {},
        server: {},
        user,
        connection: 'tcp',
        events: [],
        clientEvents: [],
        outcome: 'failed',
        causes: [{ ...cause(STATE), reason }],
      }) as unknown as Attempt & { causes: CauseResult[] };
    const incidents = groupIncidents(
      [
        attempt('A001', '2024-03-01T09:00:00Z', '0xC0000071', 'CORP\\anna'),
        attempt('A002', '2024-03-01T09:05:00Z', '0xC0000072', 'RDSH01\\Administrator'),
        attempt('A003', '2024-03-01T09:10:00Z', '0xC0000071', 'CORP\\anna'),
      ],
      new Map(),
      UNMARKED,
    );
    expect(incidents.map((x) => x.attempts)).toEqual([['A001', 'A003'], ['A002']]);
  });
});
