/**
 * Issue 60, round 29: clients' own log lines read by what each client's source says they mean
 * (src/explain/tables/program-logs/client-log-program-output.ts), and the Session Contention dialog of the server's
 * Logon Errors Info. Wordings written for these tests in each program's log format. The near misses the reader
 * refuses (a refusal's first call costs the fast tier about a second) are in client-log-program-output-rest.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { causeIds } from '../helpers/explain.js';

const first = (text: string) => causeIds(explainCode(text))[0];
describe('FreeRDP\'s "Network disconnect!": a session lost with no reason from the server', () => {
  it('the line in FreeRDP 2 and 3 formats is the network dropping an established session', () => {
    expect(
      first(
        '[08:41:02:113] [5120:5121] [DEBUG][com.freerdp.core] - rdp_check_fds() - -1\n[08:41:02:113] [5120:5121] [INFO][com.freerdp.client.common] - Network disconnect!',
      ),
    ).toBe(networkDropped.id);
    expect(
      first('[21:07:44:902] [77:78] [INFO][com.freerdp.client.x11] - [xf_auto_reconnect]: Network disconnect!'),
    ).toBe(networkDropped.id);
  });
});

describe("FreeRDP 3's TCP connect lines", () => {
  it("get_next_addrinfo's ERRCONNECT_CONNECT_FAILED and the ConnectLayer timeout: nothing answered", () => {
    const log =
      '[ERROR][com.freerdp.core] - [get_next_addrinfo]: ERRCONNECT_CONNECT_FAILED [0x00020006]\n[ERROR][com.freerdp.core.transport] - ConnectLayer 192.0.2.41:3389 [15000ms] failed';
    expect(first(log)).toBe(networkUnreachable.id);
    expect(first('[ERROR][com.freerdp.core.transport] - ConnectLayer rds01.example.org:3390 [8000ms] failed')).toBe(
      networkUnreachable.id,
    );
  });
  it('true twin: ERRCONNECT_CONNECT_FAILED with no function or line saying the TCP step names no cause', () => {
    expect(causeIds(explainCode('freerdp reported ERRCONNECT_CONNECT_FAILED'))).toEqual([]);
  });
});

describe('FreeRDP signing in with the local login name', () => {
  it('"No user name set" then a logon refusal: the account name given is the local one', () => {
    const log =
      '[09:12:01:004] [880:881] [INFO][com.freerdp.client.x11] - No user name set. - Using login name: pentester\n[09:12:03:551] [880:881] [ERROR][com.freerdp.core] - nla_recv_pdu:freerdp_set_last_error_ex ERRCONNECT_LOGON_FAILURE [0x00020014]';
    expect(first(log)).toBe(authBadCredentials.id);
    // FreeRDP's guess after the server's internal_error alert is not read as an expired password then.
    expect(
      first('[INFO] - No user name set. - Using login name: kali\n[ERROR] - ERRCONNECT_PASSWORD_CERTAINLY_EXPIRED'),
    ).toBe(authBadCredentials.id);
  });
  it('true twin: the same code with a user name given keeps its own reading', () => {
    expect(first('[ERROR][com.freerdp.core] - freerdp_set_last_error ERRCONNECT_PASSWORD_EXPIRED [0x0002000E]')).toBe(
      authAccountState.id,
    );
  });
});

describe("FreeRDP's authentication-only check", () => {
  it('exit status 0 is a success, whatever the command line says of NLA', () => {
    const answer = explainCode(
      '$ xfreerdp /v:192.0.2.8 /u:svc /p:x +auth-only -sec-nla\nconnected to 192.0.2.8:3389\nAuthentication only, exit status 0',
    );
    expect(causeIds(answer)).toEqual([]);
  });
});

describe("rdesktop 1.8's connect() error and a Node client's DNS error", () => {
  it('"ERROR: connect: Connection refused" and its timeout twin: nothing accepted the TCP connection', () => {
    expect(first('Autoselected keyboard map de\nERROR: connect: Connection refused')).toBe(networkUnreachable.id);
    expect(first('ERROR: connect: Connection timed out')).toBe(networkUnreachable.id);
  });
  it('getaddrinfo ENOTFOUND from a Node RDP client: the name did not resolve', () => {
    expect(first('[node-rdpjs] ERROR: ENOTFOUND(getaddrinfo ENOTFOUND rdp.exmaple.org rdp.exmaple.org:3389)')).toBe(
      networkUnreachable.id,
    );
  });
});

describe("rdp-rs' ProtocolNegFailure", () => {
  it("the server's RDP_NEG_FAILURE: security layer or NLA", () => {
    const ids = causeIds(
      explainCode('Error: RdpError(RdpError { kind: ProtocolNegFailure, message: "Error during negotiation step" })'),
    );
    expect(ids.slice(0, 2)).toEqual([securityLayerMismatch.id, credsspNla.id]);
  });
});

describe("the server's Session Contention dialog (LOGON_MSG_BUMP_OPTIONS)", () => {
  it('with LOGON_FAILED_OTHER beside it: the session limit', () => {
    expect(
      first(
        '[INFO][com.freerdp.client.x11] - [xf_logon_error_info]: Logon Error Info LOGON_FAILED_OTHER [LOGON_MSG_BUMP_OPTIONS]',
      ),
    ).toBe(sessionLimit.id);
    expect(first('OnLogonError: ARBITRATION_CODE_BUMP_OPTIONS')).toBe(sessionLimit.id);
  });
  it('true twin: LOGON_FAILED_OTHER with "session continue" claims no cause', () => {
    expect(causeIds(explainCode('Logon Error Info LOGON_FAILED_OTHER [LOGON_MSG_SESSION_CONTINUE]'))).toEqual([]);
  });
});
