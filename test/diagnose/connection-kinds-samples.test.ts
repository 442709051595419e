/**
 * Issue 23's connection kinds and benign look-alikes on the samples written for them, each against its near miss
 * (the scenario's expected.json lists the attempts; this checks what the reports say of them).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { gatewayDenied } from '../../patterns/gateway-denied.js';
import { PATTERNS } from '../../patterns/index.js';
import type { DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import { describeProgress } from '../../src/diagnose/progress.js';
import { findHealthProbes } from '../../src/diagnose/health-probes.js';
import { isInternetAddress } from '../../src/model/address-class.js';
import { UNMARKED } from '../../src/model/value-marks.js';
import { rdpdiag } from '../helpers/cli.js';
import { analyzedScenario, SAMPLES } from '../helpers/samples.js';

async function analyzeSample(name: string) {
  return (await analyzedScenario(name)).analysis;
}

const TCP_OR_TLS = new Set<string>(
  PATTERNS.filter((p) => p.phase === 'connection' || p.phase === 'tls').map((p) => p.id),
);

describe('Hyper-V enhanced session (samples/hyperv-enhanced-session)', () => {
  it('VMBus attempts have no address, no TCP step and no TCP/TLS cause; the TCP session keeps its own', async () => {
    const { attempts } = await analyzeSample('hyperv-enhanced-session');
    const vmbus = attempts.filter((a) => a.connection === 'vmbus');
    // One connection: the password typed wrong, then right, at its logon screen are two tries of it.
    expect(vmbus.length).toBe(1);
    expect(vmbus[0].tries?.map((t) => t.outcome)).toEqual(['failed', 'succeeded']);
    // Each try names its cause (from its status) and the records it rests on.
    expect(vmbus[0].tries?.[0].cause).toBe(authBadCredentials.id);
    expect(vmbus[0].tries?.every((t) => t.records.length > 0 && t.records.every((r) => r.eventId >= 4624))).toBe(true);
    for (const a of vmbus) {
      expect(a.client.address).toBeUndefined();
      expect(describeProgress(a)).not.toMatch(/TCP|network-level/);
      for (const c of a.causes) expect(TCP_OR_TLS.has(c.id), c.id).toBe(false);
    }
    const tcp = attempts.filter((a) => a.connection === 'tcp');
    expect(tcp.map((a) => a.client.address)).toEqual(['198.51.100.45']);
    expect(describeProgress(tcp[0])).toMatch(/^the TCP connection was accepted, then network-level authentication/);
  });

  it('every format names the Hyper-V session, never an unknown client', async () => {
    const dir = join(SAMPLES, 'hyperv-enhanced-session');
    const table = await rdpdiag(['analyze', dir, '--details']);
    expect(table.stdout).toMatch(/Hyper-V enhanced session \(VMBus\) → LABVM07/);
    expect(table.stdout).not.toMatch(/unknown client/);
    const json = JSON.parse((await rdpdiag(['analyze', dir, '--format', 'json'])).stdout);
    expect(json.attempts.map((a: { connection: string }) => a.connection)).toEqual(['vmbus', 'tcp']);
    const csv = (await rdpdiag(['analyze', dir, '--format', 'csv'])).stdout.trim().split(/\r?\n/);
    const at = csv[0].split(',').indexOf('connection');
    expect(at).toBeGreaterThan(0);
    expect(csv.slice(1).map((r) => r.split(',')[at])).toEqual(['vmbus', 'tcp']);
    const markdown = (await rdpdiag(['analyze', dir, '--format', 'markdown', '--details'])).stdout;
    expect(markdown).toMatch(/Hyper-V enhanced session \(VMBus\)/);
  });
});

describe('no NLA: passwords typed at the logon screen (samples/no-nla-logon-screen)', () => {
  it('explains the failures by the credentials or the account, never as NLA that succeeded', async () => {
    const { attempts } = await analyzeSample('no-nla-logon-screen');
    const failed = attempts.filter((a) => a.outcome === 'failed');
    expect(failed.map((a) => a.causes[0]?.id)).toEqual([authBadCredentials.id, authAccountState.id]);
    for (const a of failed) {
      expect(a.progress.authenticated).toBe(false);
      expect(describeProgress(a)).not.toMatch(/network-level/);
      expect(a.causes[0].explanation).not.toMatch(/NLA|network-level/i);
    }
    expect(failed[0].causes[0].explanation).toMatch(/logon type 10/);
    expect(failed[1].causes[0].explanation).toMatch(/0xC0000071/i);
    // The near miss: a typo, then the right password in the same connection.
    const mara = attempts.find((a) => a.user === 'CORP\\mara') as DiagnosedAttempt;
    expect(mara.outcome).toBe('succeeded');
    expect(mara.causes).toEqual([]);
  });
});

describe('load-balancer health probes (samples/health-probes-and-real-failure)', () => {
  it('are one benign finding; the real failure is the headline, the scanner still a scan', async () => {
    const analysis = await analyzeSample('health-probes-and-real-failure');
    const probes = analysis.attempts.filter((a) => a.healthProbe);
    expect(probes).toHaveLength(120);
    expect(new Set(probes.map((a) => a.client.address))).toEqual(new Set(['192.0.2.250']));
    const inIncidents = new Set(analysis.incidents.flatMap((i) => i.attempts));
    for (const a of probes) expect(inIncidents.has(a.id)).toBe(false);
    expect(analysis.incidents[0].cause).toBe(authBadCredentials.id);
    expect(analysis.findings.filter((f) => f.id === 'health-probes')).toHaveLength(1);
    const scan = analysis.findings.find((f) => f.id === 'scanning');
    expect(scan?.title).toMatch(/203\.0\.113\.45/);

    const table = await rdpdiag(['analyze', join(SAMPLES, 'health-probes-and-real-failure')]);
    expect(table.code).toBe(1);
    const lines = table.stdout.split('\n');
    expect(lines.find((l) => /^\s+I01 /.test(l))).toContain(authBadCredentials.id);
    expect(table.stdout).toMatch(/120 of them health probes/);
    expect(table.stdout.match(/Health probes from 192\.0\.2\.250 every 20 s/g)).toHaveLength(1);
  });

  it('probes alone do not fail the run', async () => {
    const r = await rdpdiag([
      'analyze',
      join(SAMPLES, 'health-probes-and-real-failure'),
      '--until',
      '2024-12-02T09:15:00Z',
    ]);
    expect(r.stdout).toMatch(/Health probes from 192\.0\.2\.250/);
    expect(r.code).toBe(0);
  });

  it('the same run from a public address, or at an irregular pace, is not a probe', async () => {
    const { attempts } = await analyzeSample('health-probes-and-real-failure');
    const probes = attempts.filter((a) => a.healthProbe).map((a) => ({ ...a, healthProbe: undefined }));
    expect(findHealthProbes(probes, UNMARKED).probes.size).toBe(120);
    // An internet address (not one of the documentation ranges the samples use): a scanner's, however regular.
    const outside = probes.map((a) => ({ ...a, client: { address: '8.8.4.4' } }));
    expect(findHealthProbes(outside, UNMARKED).probes.size).toBe(0);
    // Irregular gaps (1–40 s): no timer's.
    let t = probes[0].startMs;
    const irregular = probes.map((a, i) => {
      t += 1000 + ((i * 7919) % 39_000);
      return { ...a, startMs: t, endMs: t + 60 };
    });
    expect(findHealthProbes(irregular, UNMARKED).probes.size).toBe(0);
    // Faster than any health check (a connection a second): a scanner's pace.
    const fast = probes.map((a, i) => ({
      ...a,
      startMs: probes[0].startMs + i * 1000,
      endMs: probes[0].startMs + i * 1000 + 60,
    }));
    expect(findHealthProbes(fast, UNMARKED).probes.size).toBe(0);
  });

  it('knows internal addresses from internet ones', () => {
    for (const a of ['10.1.2.3', '172.20.0.9', '192.168.1.1', '100.64.0.1', 'fd00::5', '192.0.2.250', '2001:db8::7'])
      expect(isInternetAddress(a), a).toBe(false);
    for (const a of ['127.0.0.2', '169.254.3.4', 'fe80::1%12', '::1', 'JUMP01', undefined])
      expect(isInternetAddress(a), String(a)).toBe(false);
    for (const a of ['8.8.4.4', '172.32.0.1', '2a00:1450::1', '194.61.24.102', '::ffff:8.8.8.8'])
      expect(isInternetAddress(a), a).toBe(true);
  });
});

describe('tunnelled logon (samples/rdp-tunnel-logon)', () => {
  it('names the loopback logon, not the ordinary one from an internal address', async () => {
    const { attempts, findings } = await analyzeSample('rdp-tunnel-logon');
    const tunnel = findings.filter((f) => f.id === 'rdp-tunnel');
    expect(tunnel).toHaveLength(1);
    const loop = attempts.find((a) => a.client.address === '127.0.0.1')!;
    const normal = attempts.find((a) => a.client.address === '192.0.2.80')!;
    expect(tunnel[0].explanation).toContain(loop.id);
    expect(tunnel[0].explanation).not.toContain(normal.id);
    expect(tunnel[0].explanation).not.toContain('192.0.2.80');
  });
});

describe('RD Gateway CAP refusal with the host logs (samples/gateway-cap-refusal-host-logs)', () => {
  it('blames the gateway only where it refused; a host-side refusal after it allowed is the host’s', async () => {
    const { attempts } = await analyzeSample('gateway-cap-refusal-host-logs');
    const refused = attempts.filter((a) => a.causes[0]?.id === gatewayDenied.id);
    expect(refused).toHaveLength(1);
    expect(refused[0].causes[0].explanation).toMatch(
      /RDGW02\.corp\.example\.test refused CORP\\erik from 203\.0\.113\.77/,
    );
    const nina = attempts.find((a) => a.user === 'CORP\\nina')!;
    expect(nina.via).toEqual({ gateway: 'RDGW02.corp.example.test', clientAddress: '198.51.100.88' });
    expect(nina.causes.map((c) => c.id)).not.toContain(gatewayDenied.id);
  });
});
