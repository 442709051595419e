/**
 * Near misses: for every pattern, a sample attempt that looks like its cause but is another cause, or is
 * healthy, and that the pattern must not win. The samples are files under samples/ (their expected.json
 * says what the attempt is); this list names which attempt is the near miss of which pattern, and why.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../../patterns/index.js';
import type { Pattern } from '../../patterns/types.js';
import { analyzeEvents, type DiagnosedAttempt } from '../../src/diagnose/analyze.js';
import { buildTimeline } from '../../src/ingest/timeline.js';
import { ROOT } from '../helpers/cli.js';

interface NearMiss {
  sample: string;
  /** Client address or name, and the attempt's start (UTC, `hh:mm:ss`). */
  client: string;
  at: string;
  why: string;
}

const NEAR_MISSES: Record<Pattern['id'], NearMiss> = {
  'tls-certificate': {
    sample: 'tls-protocol-mismatch',
    client: '192.0.2.57',
    at: '09:20:41',
    why: 'Schannel errors in the handshake, but no common cipher suite (36874), not the certificate',
  },
  'tls-protocol-mismatch': {
    sample: 'tls-certificate',
    client: '192.0.2.10',
    at: '07:52:30',
    why: 'Schannel fails in the handshake, but on the private key (36870)',
  },
  'credssp-nla': {
    sample: 'auth-bad-credentials',
    client: '192.0.2.10',
    at: '08:03:17',
    why: 'NLA fails, but on a wrong password (4625 0xC000006A, 140)',
  },
  'security-layer-mismatch': {
    sample: 'heldout-05-boot-security-layer-corrected-2012r2',
    client: '192.0.2.71',
    at: '07:58:03',
    why: '1050 was logged at boot, yet this logon succeeds',
  },
  'licensing-grace-expired': {
    sample: 'licensing-server-unavailable',
    client: '198.51.100.23',
    at: '07:26:48',
    why: 'dropped in licensing, but the license server is unreachable (50283)',
  },
  'licensing-server-unavailable': {
    sample: 'heldout-06-boot-license-server-unreachable-2019',
    client: '198.51.100.61',
    at: '08:05:12',
    why: '50283 at service start, yet the logon succeeds',
  },
  'licensing-cal-unavailable': {
    sample: 'licensing-client-cache',
    client: '192.0.2.44',
    at: '13:02:11',
    why: 'a licensing refusal, but of the client’s cached licence (1003)',
  },
  'licensing-client-cache': {
    sample: 'clause-client-licences',
    client: '192.0.2.88',
    at: '09:30:40',
    why: 'a client licence problem, but one the server could not renew (1028)',
  },
  'session-limit': {
    sample: 'heldout-01-drain-mode-after-session-2016',
    client: '192.0.2.21',
    at: '10:12:03',
    why: 'drain mode is on, but a reconnect to an existing session is allowed',
  },
  'auth-bad-credentials': {
    sample: 'auth-account-state',
    client: '192.0.2.11',
    at: '08:30:02',
    why: 'a failed logon, but the account is locked out',
  },
  'auth-logon-right': {
    sample: 'heldout-01-drain-mode-after-session-2016',
    client: '192.0.2.34',
    at: '10:04:17',
    why: 'a session was assigned and no logon followed, but drain mode refused it (no 4625)',
  },
  'auth-account-state': {
    sample: 'auth-bad-credentials',
    client: '192.0.2.14',
    at: '08:40:51',
    why: 'a failed logon, but the user name does not exist',
  },
  'network-unreachable': {
    sample: 'tls-cert-system-and-client-only',
    client: 'rdsh02.lab.example.net',
    at: '07:58:40',
    why: 'the client saw 0x904, but the server logged the attempt and its TLS failure',
  },
  'network-dropped': {
    sample: 'heldout-02-logons-disabled-1071-2022',
    client: '198.51.100.45',
    at: '18:12:40',
    why: 'mstsc connected (1025) and then lost the socket (2308), but the server refused it (1071)',
  },
  'handshake-aborted': {
    sample: 'mstsc-retries-then-success',
    client: '192.0.2.14',
    at: '09:12:03',
    why: 'short connections closed before authentication, but mstsc’s own probes before a success',
  },
  'server-denied': {
    sample: '07-drain-mode-farm',
    client: '192.0.2.33',
    at: '11:20:03',
    why: 'error-info 7 was sent, but drain mode (1070) says why',
  },
};

const analyses = new Map<string, Promise<DiagnosedAttempt[]>>();
function attemptsOf(sample: string): Promise<DiagnosedAttempt[]> {
  let p = analyses.get(sample);
  if (!p) {
    p = buildTimeline([join(ROOT, 'samples', sample)]).then((t) => analyzeEvents(t.events).attempts);
    analyses.set(sample, p);
  }
  return p;
}

describe('near misses', () => {
  it('every pattern has one', () => {
    for (const p of PATTERNS) expect(NEAR_MISSES[p.id], p.id).toBeDefined();
  });

  it.each(PATTERNS.map((p) => [p.id, NEAR_MISSES[p.id]] as const))('%s does not win its near miss', async (id, n) => {
    const attempts = await attemptsOf(n.sample);
    const a = attempts.find(
      (x) =>
        [x.client.address, x.client.name, x.server.name].some((v) => v?.toLowerCase() === n.client.toLowerCase()) &&
        x.start.slice(11, 19) === n.at,
    );
    expect(a, `${n.sample} ${n.client} ${n.at}`).toBeDefined();
    expect(a!.causes[0]?.id, n.why).not.toBe(id);
    if (a!.outcome === 'succeeded' && a!.causes.length === 0) expect(a!.causes.map((c) => c.id)).not.toContain(id);
  });
});
