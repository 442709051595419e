/**
 * Findings that one matching event does not make (`FindingPattern.threshold`): each fires on its sample and not
 * on its near miss; access-denied's events stay each attempt's cause (auth-logon-right) either way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDINGS } from '../../patterns/index.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { accessDenied } from '../../patterns/findings/access-denied.js';
import { analyzeXml } from '../helpers/pipeline.js';
import { ROOT } from '../helpers/cli.js';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const withThreshold = FINDINGS.filter((f) => f.threshold);

describe('findings with a threshold', () => {
  it('each has a near miss', () => {
    expect(withThreshold.map((f) => f.id)).toContain(accessDenied.id);
    for (const f of withThreshold) expect(f.sample.nearMiss, f.id).toBeDefined();
  });

  it.each(withThreshold.map((f) => [f.id, f] as const))('%s fires on its sample, not on its near miss', (id, f) => {
    expect(analyzeXml(read(f.sample.file)).findings.map((x) => x.id)).toContain(id);
    expect(
      analyzeXml(read(f.sample.nearMiss!.file)).findings.map((x) => x.id),
      f.sample.nearMiss!.why,
    ).not.toContain(id);
  });
});

describe('access-denied', () => {
  it('names every account denied, and each denial stays its attempt’s cause', () => {
    const { attempts, findings } = analyzeXml(read(accessDenied.sample.file));
    const f = findings.find((x) => x.id === accessDenied.id)!;
    expect(f.cause).toBe(authLogonRight.id);
    expect(f.explanation).toMatch(/4 accounts were denied: j\.smith, a\.jones, svc-sql, backup\./);
    expect(f.explanation).toMatch(/The last came from 203\.0\.113\.80\./);
    expect(attempts.map((a) => a.causes[0]?.id)).toEqual(Array(4).fill(authLogonRight.id));
    const near = analyzeXml(read(accessDenied.sample.nearMiss!.file));
    expect(near.attempts.map((a) => a.causes[0]?.id)).toEqual([authLogonRight.id, authLogonRight.id]);
  });

  it('many tries of one account within the hour make it too; the same tries spread over a day do not', () => {
    const near = read(accessDenied.sample.nearMiss!.file);
    const [head, ...rest] = near.split('\n<Event ');
    const events = rest.map((e) => `<Event ${e.replace(/\n<\/Events>\s*$/, '')}`);
    const tries = (minutesApart: number) =>
      [
        head,
        ...Array.from({ length: 6 }, (_, i) =>
          events
            .slice(0, 2)
            .map((e) =>
              e
                .replace(/T09:12:04/, () => {
                  const minute = 12 + i * minutesApart;
                  return `T${String(9 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:04`;
                })
                .replace(/<EventRecordID>(\d+)</, (_m, n) => `<EventRecordID>${Number(n) + i * 2}<`),
            )
            .join('\n'),
        ),
        '</Events>',
      ].join('\n');
    expect(analyzeXml(tries(5)).findings.map((x) => x.id)).toContain(accessDenied.id);
    expect(analyzeXml(tries(70)).findings.map((x) => x.id)).not.toContain(accessDenied.id);
  });
});
