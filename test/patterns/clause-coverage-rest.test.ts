/**
 * clause-coverage.test.ts over every sample scenario (the fast tier reads its own scenarios and CLAUSE_SCENARIOS):
 * slow tier, so that `npm test` checks every scenario's events, and that each scenario CLAUSE_SCENARIOS adds is
 * needed.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/diagnose/match.js';
import { CLAUSE_SCENARIOS, sampleEvents, unmatchedBy } from '../helpers/clause-coverage.js';
import { SCENARIOS } from '../helpers/samples.js';
import { SCENARIOS_FAST } from '../helpers/scenarios.js';

describe('clause coverage, every scenario', () => {
  it('every pattern clause and every finding matcher matches some sample event', async () => {
    expect(unmatchedBy(await sampleEvents(SCENARIOS))).toEqual([]);
  });

  it('each scenario the fast tier adds shows a clause its other scenarios do not', async () => {
    expect(CLAUSE_SCENARIOS.filter((s) => SCENARIOS.includes(s) && !SCENARIOS_FAST.includes(s))).toEqual(
      CLAUSE_SCENARIOS,
    );
    for (const s of CLAUSE_SCENARIOS) {
      const others = [...SCENARIOS_FAST, ...CLAUSE_SCENARIOS.filter((o) => o !== s)];
      expect(unmatchedBy(await sampleEvents(others)).length, s).toBeGreaterThan(0);
    }
  });

  it('would notice a typo: a clause with a wrong event id matches nothing', async () => {
    const events = await sampleEvents(SCENARIOS);
    const m = compileMatcher({ channel: 'System', provider: 'Schannel', eventId: 36780 });
    expect(events.some((e) => m.test(e))).toBe(false);
  });
});
