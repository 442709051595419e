/**
 * Issue 60 round 19 (h60h): readings a review found wrong, one rule each with a near miss beside it. The pastes are
 * written here in the products' own forms (Wireshark's dissection, FreeRDP's and xrdp's log lines), not from any list.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';

describe("Wireshark's dissection of the RDP Negotiation Failure: failureCode by its value string", () => {
  const dissection = (failure: string) =>
    `RDP Negotiation Failure\n    Type: RDP Negotiation Failure (0x03)\n    Flags: 0x00\n    Length: 8\n    failureCode: ${failure}\n`;
  it('reads the failureCode, never the Type byte as a disconnect reason', () => {
    expect(causeIds(dissection('Server requires Enhanced RDP Security with CredSSP (0x00000005)'))).toEqual([
      credsspNla.id,
    ]);
    expect(causeIds(dissection('TLS not allowed by server (0x00000002)'))).toEqual([securityLayerMismatch.id]);
  });
  it("near miss: the Negotiation Request's requestedProtocols of the same value is no failure", () => {
    const request =
      'RDP Negotiation Request\n    Type: RDP Negotiation Request (0x01)\n    requestedProtocols: 0x00000005\n';
    expect(causeIds(request)).not.toContain(credsspNla.id);
  });
});

describe("xrdp's log: PAM's refusal and its AUTHFAIL line, its bracketed date never a code", () => {
  const line = (text: string) => `[20220502-00:31:32] [INFO ] ${text}`;
  it('reads the failed sign-in as the credentials', () => {
    expect(causeIds(line('pam_authenticate failed: authentication error'))).toEqual([authBadCredentials.id]);
    expect(causeIds(line('AUTHFAIL: user=alice ip=::ffff:192.0.2.7 time=1651451492'))).toEqual([authBadCredentials.id]);
  });
  it("near miss: the date before another line is set aside, and PostgreSQL's PAM line is not xrdp's", () => {
    expect(answerOrRefused(line('xrdp_wm_log_msg: some message'))?.summary ?? '').not.toMatch(/20220502/);
    expect(sentenceIds('2024-03-01 10:11:12 UTC [77] LOG:  pam_authenticate failed: Authentication failure')).toEqual(
      [],
    );
  });
});

describe("FreeRDP's line naming the phase before its connection error", () => {
  const log = (line: string, code: string) =>
    `[11:04:00:115] [8733:8734] [ERROR][com.freerdp.core.connection] - ${line}\n[11:04:00:115] [8733:8734] [ERROR][com.freerdp.core] - freerdp_set_last_error_ex ${code}`;
  const transport = 'ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]';
  const cancelled = 'ERRCONNECT_CONNECT_CANCELLED [0x0002000B]';
  it('the licensing exchange before TRANSPORT_FAILED leads with the licensing causes', () => {
    expect(causeIds(log('license connection sequence aborted.', transport))).toEqual([
      licensingCalUnavailable.id,
      licensingServerUnavailable.id,
    ]);
  });
  it('the activation timeout before CONNECT_CANCELLED is a timeout, not the user cancelling', () => {
    const answer = explainCode(log('Timeout waiting for activation.', cancelled));
    expect(answer.summary).toMatch(/timed out/);
    expect(answer.summary).not.toMatch(/^The user/);
  });
  it('near miss: the same codes after another line keep their own readings', () => {
    expect(causeIds(log('BIO_read returned a system error 104: Connection reset by peer', transport))).not.toContain(
      licensingCalUnavailable.id,
    );
    expect(explainCode(log('Certificate verification failure', cancelled)).summary).toMatch(/cancelled/);
  });
});

describe("an event message's insertion placeholder is no code", () => {
  it('"The relevant status code was %1." is not read as code 1', () => {
    const answer = answerOrRefused('Terminal Server session creation failed. The relevant status code was %1.');
    expect(answer?.primary?.name).not.toBe('disconnectReasonLocalNotError');
    expect(answer?.summary ?? '').not.toMatch(/closed the client/);
  });
  it("near miss: FailureReason's %%2313 stays a code", () => {
    expect(explainCode('Failure Reason: %%2313').summary).not.toMatch(/not in our tables/);
  });
});

describe("LSM 40 with an informational reason: the event's own causes are not added", () => {
  it('"reason code 12" (the user logged off) blames no cause', () => {
    expect(causeIds('Session 5 has been disconnected, reason code 12')).toEqual([]);
    expect(causeIds('Session 3 has been disconnected, reason code 11')).toEqual([]);
  });
  it('near miss: a reason that names a cause keeps it (5: another connection took the session)', () => {
    expect(causeIds('Session 5 has been disconnected, reason code 5')).toContain(sessionLimit.id);
  });
});

describe("other sign-ins that are not Remote Desktop's", () => {
  it("Service Control Manager 7038 (a service account's logon type) gives no Remote Desktop cause", () => {
    expect(
      causeIds(
        'The Spooler service was unable to log on as CORP\\svc-print with the currently configured password due to the following error: Logon failure: the user has not been granted the requested logon type at this computer.',
      ),
    ).toEqual([]);
  });
  it("a VNC viewer's \"Error 8: Auth Failure\" is VNC's, not the server's extended code 8", () => {
    expect(causeIds('Error 8: Auth Failure: The username or password is incorrect. Please try again.')).toEqual([]);
  });
  it('near miss: the same logon-type text from a Remote Desktop sign-in keeps its cause', () => {
    expect(
      causeIds(
        'Remote Desktop Connection: Logon failure: the user has not been granted the requested logon type at this computer.',
      ),
    ).toContain(authLogonRight.id);
  });
});
