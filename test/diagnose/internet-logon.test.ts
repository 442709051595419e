/** `internet-logon`: who signed in from the internet, first seen first; the LAN, carrier-grade NAT and refusals are not in it. */
import { describe, expect, it } from 'vitest';
import { analyzedScenario } from '../helpers/samples.js';

describe('internet-logon', () => {
  it('lists the internet sources that signed in, each once, first seen first', async () => {
    const { attempts, findings } = (await analyzedScenario('internet-logon-exposed-host')).analysis;
    const found = findings.filter((f) => f.id === 'internet-logon');
    expect(found).toHaveLength(1);
    const listed = attempts.filter((a) => found[0].attempts?.includes(a.id)).map((a) => a.client.address);
    expect(listed).toEqual(['81.2.69.160', '81.2.69.160', '175.16.199.4']);
    expect(found[0].title).toMatch(/2 sources/);
    expect(found[0].explanation.indexOf('81.2.69.160')).toBeLessThan(found[0].explanation.indexOf('175.16.199.4'));
    for (const quiet of ['10.20.0.15', '100.64.18.9', '89.160.20.112'])
      expect(found[0].explanation).not.toContain(quiet);
    expect(found[0].evidence.map((e) => e.eventId)).toEqual([1149, 1149]);
  });

  it('is not an alert: a host whose users work from home exits 0 for it', async () => {
    const { findings } = (await analyzedScenario('internet-logon-exposed-host')).analysis;
    const { isSecurityAlert } = await import('../../src/diagnose/attacks/attack-path.js');
    expect(findings.filter((f) => f.id === 'internet-logon').some(isSecurityAlert)).toBe(false);
  });
});
