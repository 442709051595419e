/**
 * Coverage advice (src/diagnose/coverage.ts): a missing log is advised on the machine that logs the events a
 * cause reads (the event table's `machines`, else its channel's), never on the RDP server for a domain
 * controller's events.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import type { Pattern } from '../../patterns/types.js';
import { computeCoverage, presenceByMachine } from '../../src/diagnose/coverage.js';
import { channelNamed } from '../../src/model/channels.js';
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

describe('coverage presence by (machine, channel)', () => {
  const key = (c: string) => c.toLowerCase();
  const serverAttempt = { ...failed('a1'), computer: 'RDSH01', side: 'server', client: {} } as unknown as Attempt & {
    causes: CauseResult[];
  };
  const dcAdvice = (advice: string[]) => advice.filter((s) => s.includes('on each domain controller'));

  it("a server's Security log does not stand for the domain controller's", () => {
    const byMachine = presenceByMachine(
      [{ computer: 'RDSH01', channels: ['Security'], roles: ['server'] }],
      [serverAttempt],
      key,
    );
    const { advice } = computeCoverage({ Security: 9 }, [serverAttempt], [BOTH], byMachine);
    expect(advice).toHaveLength(1);
    expect(dcAdvice(advice)).toHaveLength(1);
  });

  it('a computer whose events tell a domain controller (4768/4771) holds its Security log', () => {
    const byMachine = presenceByMachine(
      [
        { computer: 'RDSH01', channels: ['Security'], roles: [] },
        { computer: 'DC01', channels: ['Security'], roles: ['domain-controller'] },
      ],
      [serverAttempt],
      key,
    );
    expect(computeCoverage({ Security: 9 }, [serverAttempt], [BOTH], byMachine).advice).toEqual([]);
  });

  it('the server of an attempt is a server by its attempts; a computer with no role told may be any', () => {
    const serverOnly = presenceByMachine(
      [{ computer: 'rdsh01', channels: ['Security'], roles: [] }],
      [serverAttempt],
      key,
    );
    expect(serverOnly(channelNamed('Security'), 'server')).toBe(true);
    expect(serverOnly(channelNamed('Security'), 'domain-controller')).toBe(false);
    const unknown = presenceByMachine([{ computer: 'OTHER', channels: ['Security'], roles: [] }], [], key);
    expect(unknown(channelNamed('Security'), 'domain-controller')).toBe(true);
  });

  it("a client named by the server's logs is a client when its own logs are given", () => {
    const a = { ...serverAttempt, client: { name: 'WS01' } } as unknown as Attempt;
    const byMachine = presenceByMachine(
      [
        { computer: 'RDSH01', channels: ['System'], roles: ['server'] },
        { computer: 'WS01', channels: ['System'], roles: [] },
      ],
      [a],
      key,
    );
    expect(byMachine(channelNamed('System'), 'client')).toBe(true);
    const withoutClient = presenceByMachine(
      [{ computer: 'RDSH01', channels: ['System'], roles: ['server'] }],
      [a],
      key,
    );
    expect(withoutClient(channelNamed('System'), 'client')).toBe(false);
  });
});
