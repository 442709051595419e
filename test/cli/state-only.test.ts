/**
 * State alone is an input: a folder holding only a registry export, only netsh's rules or only netstat's table is
 * analysed (never refused as "no log"), the report says what the state shows, and the exit code is the README's
 * (1 when a check failed, 0 when every check made passed).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, rdpdiag } from '../helpers/cli.js';
import { tempDir } from '../helpers/collect.js';

const STATE = join(ROOT, 'samples/state');

/** A folder holding only the named sample files. */
function only(...files: string[]): string {
  const dir = join(tempDir(), 'state');
  mkdirSync(dir, { recursive: true });
  for (const f of files) copyFileSync(join(STATE, f), join(dir, f.split('/').pop()!));
  return dir;
}

describe('state files alone', () => {
  for (const file of ['formats/rdp-tcp.reg', 'formats/reg-query.txt', 'formats/firewall.txt', 'formats/netstat.txt']) {
    it(`${file} alone: analysed, its checks said, exit 0`, async () => {
      const r = await rdpdiag(['analyze', only(file)]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Machine state');
      expect(r.stdout).toMatch(/- passed: /);
      expect(r.stderr).not.toMatch(/no log/i);
    });
  }

  it('the listener moved to 3390 and no rule allows it: exit 1, the firewall named as the cause', async () => {
    const r = await rdpdiag(['analyze', only('firewall/rdp-tcp.txt', 'firewall/firewall-rules.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[state-firewall]');
    expect(r.stdout).toMatch(/No enabled inbound rule of Windows Firewall allows TCP 3390/);
    expect(r.stdout).toMatch(/FAILED: An enabled inbound firewall rule allows the listener port/);
  });

  it('near miss: a rule for 3390 exists: exit 0, the rule named', async () => {
    const dir = only('near-miss-moved-port-with-rule/rdp-tcp.txt', 'near-miss-moved-port-with-rule/firewall-rules.txt');
    const r = await rdpdiag(['analyze', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    const check = JSON.parse(r.stdout).machineState.checks.find(
      (c: { check: string }) => c.check === 'firewall-inbound-rule',
    );
    expect(check).toMatchObject({ verdict: 'passed' });
    expect(check.value).toContain('Remote Desktop 3390 (TCP-In)');
    // Which profile is in use was not given: the rule's profiles are said.
    expect(check.value).toContain('profiles Domain');
    expect(check.value).toContain('which profile is in use was not given');
  });
});
