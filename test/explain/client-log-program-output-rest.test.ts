/**
 * Issue 60, round 29: the near misses of client-log-program-output.test.ts that the reader refuses or names as
 * another program's text (each rule of src/explain/tables/program-logs/client-log-program-output.ts has one here or
 * in the fast file). Wordings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

describe('FreeRDP\'s "Network disconnect!": a session lost with no reason from the server', () => {
  it('near miss: a chat app\'s own "Network disconnect!" is no FreeRDP line', () => {
    expect(causeIds(answerOrRefused('LogUtils: Network disconnect! (chat service)'))).toEqual([]);
  });
});

describe('FreeRDP signing in with the local login name', () => {
  it('near miss: the login-name line alone, nothing refused, claims no cause', () => {
    const answer = answerOrRefused(
      '[INFO][com.freerdp.client.x11] - No user name set. - Using login name: kali\n[INFO][com.freerdp.gdi] - Local framebuffer format  PIXEL_FORMAT_BGRX32',
    );
    expect(causeIds(answer)).not.toContain(authBadCredentials.id);
  });
});

describe("FreeRDP's authentication-only check", () => {
  it('true twin: exit status 1 is not read as a success', () => {
    const answer = answerOrRefused('Authentication only, exit status 1');
    expect(answer?.other?.name ?? '').not.toBe('freerdp-po-auth-only-success');
  });
});

describe("rdesktop 1.8's connect() error and a Node client's DNS error", () => {
  it('near miss: a database client\'s "connect: Connection refused" with no "ERROR:" is not read so', () => {
    const name = answerOrRefused('psql: could not connect: Connection refused')?.other?.name ?? '';
    expect(name).not.toBe('rdesktop-po-connect-syscall-failed');
  });
  it('near miss: ENOTFOUND from a package manager names no Remote Desktop cause', () => {
    const answer = answerOrRefused('npm ERR! getaddrinfo ENOTFOUND registry.npmjs.org');
    expect(causeIds(answer)).not.toContain(networkUnreachable.id);
  });
});

describe("rdp-rs' ProtocolNegFailure", () => {
  it('near miss: another kind of rdp-rs error is not read as a negotiation refusal', () => {
    const name =
      answerOrRefused('RdpError(RdpError { kind: InvalidData, message: "Invalid tpkt header" })')?.other?.name ?? '';
    expect(name).not.toBe('rdp-client-po-rdp-rs-protocol-neg-failure');
  });
});

describe('sc query of TermService retold without its SERVICE_NAME line', () => {
  it("near miss: another service's STATE line is not TermService's", () => {
    const answer = answerOrRefused('sc query Spooler\n        STATE              : 1  STOPPED');
    expect(causeIds(answer)).not.toContain(networkUnreachable.id);
  });
});

describe("a URL's percent-encoded characters (numbers-set-aside.ts)", () => {
  it("near miss: a tunnel's log with an encoded redirect URL reads no code from its %XX escapes", () => {
    const log =
      'tunnel: open https://access.example.org/login?next=https%3A%2F%2Frdp.example.org%2F&token=ab%253D\nERR origin unreachable';
    expect(causeIds(answerOrRefused(log))).toEqual([]);
  });
});
