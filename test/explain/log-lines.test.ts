/**
 * Issue 60: client logs and command output read as what they are. A number in a log line is a code only when the line
 * presents it as one: a program's exit status, a processor feature, flags, a socket's number or an HTTP status printed
 * after its name are not, and FreeRDP's `[0x2000D]` beside its ERRCONNECT name (or Remmina's eight digits) is that
 * name's code. Wordings written for these tests, each rule with a near miss.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { readPaste } from '../../src/explain/paste-reader.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { handshakeAborted } from '../../patterns/handshake-aborted.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

/** The tables the paste's codes were read in: none where it is refused. */
const tablesOf = (text: string): string[] =>
  (answerOrRefused(text)?.paste?.parts ?? []).map((p) => p.table ?? '').filter(Boolean);
const ignoredOf = (text: string): string => readPaste(text).ignored.join(' | ');

describe("a program's exit status is no code", () => {
  const exitLine = '[08:14:02:311] [2210:2211] [ERROR][com.freerdp.client.x11] - Freerdp connect error exit status 1';
  it("FreeRDP's closing line is read as no Kerberos (or any) code", () => {
    const answer = answerOrRefused(exitLine);
    expect(tablesOf(exitLine)).not.toContain('kerberos');
    expect(answer?.summary ?? '').not.toMatch(/KDC/);
    expect(ignoredOf(exitLine)).toMatch(/exit status/);
  });
  it('after the ERRCONNECT line, the ERRCONNECT name is what is read', () => {
    const log = [
      '[08:14:02:300] [2210:2211] [ERROR][com.freerdp.core] - freerdp_set_last_error ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]',
      exitLine,
    ].join('\n');
    const answer = explainCode(log);
    expect(answer.other?.name).toBe('freerdp-errconnect-connect-transport-failed');
    expect(answer.summary).not.toMatch(/KDC/);
  });
  it('with a colon or an equals sign too ("Exit status: 6" is no server out of memory)', () => {
    for (const paste of ['Exit status: 6', 'the wrapper script ended, exit code=2'])
      expect(answerOrRefused(paste)?.summary ?? '', paste).not.toMatch(/out of memory|Remote disconnection/);
  });
  it('near miss: a small Status: still reads as a Kerberos status', () => {
    expect(explainCode('Status: 0x18').summary).toMatch(/pre-authentication/i);
  });
  it('near miss: a signed HRESULT after "exit code" stays a code', () => {
    const answer = explainCode('the installer stopped with exit code -2147023728');
    expect(answer.primary?.hex ?? answer.other?.hex).toBe('0x80070490');
  });
});

describe('a FreeRDP log whose own code is read: loose numbers are set aside', () => {
  const log = [
    '[15:20:11:900] [6120:6121] [ERROR][com.freerdp.core.transport] - BIO_read returned a system error 104: Connection reset by peer',
    '[15:20:11:901] [6120:6121] [ERROR][com.freerdp.core] - freerdp_set_last_error ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x2000D]',
  ].join('\n');
  it('"Status: 1" or "error 1" beside it is no Kerberos code nor disconnect reason', () => {
    for (const extra of ['Status: 1', 'the wrapper printed error 1 and quit']) {
      const answer = explainCode(`${log}\n${extra}`);
      // The system error before it says which of the error's causes (ECONNRESET: the connection was cut).
      expect(answer.other?.name, extra).toBe('freerdp-transport-failed-connection-cut');
      expect(answer.summary, extra).not.toMatch(/KDC|Local disconnection/);
    }
  });
  it('near miss: an NTSTATUS FreeRDP prints in brackets is still read', () => {
    const answer = explainCode(`${log}\nSPNEGO failed with NTSTATUS: STATUS_LOGON_FAILURE [0xC000006D]`);
    expect(causeIds(answer)).toContain(authBadCredentials.id);
  });
});

describe('numbers a log line names as something else', () => {
  it("a processor feature in FreeRDP's warning is no CredSSP code", () => {
    const log = [
      '[10:20:30:001] [5120:6b0a1000] [WARN][com.winpr.sysinfo] - [IsProcessorFeaturePresent]: feature 0x0000000a check not implemented',
      '[10:20:30:002] [5120:6b0a1000] [ERROR][com.freerdp.core] - [transport_read_layer]: ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]',
    ].join('\n');
    const answer = explainCode(log);
    expect(answer.other?.name).toBe('freerdp-errconnect-connect-transport-failed');
    // The error's own causes, in its order: 0xa reads as none of them (no CredSSP cause).
    expect(causeIds(answer)).toEqual([networkDropped.id, handshakeAborted.id, securityLayerMismatch.id]);
    expect(ignoredOf(log)).toMatch(/0x0000000a: a field the log line names/);
  });
  it("xrdp's socket numbers are no codes", () => {
    const log = 'Feb 11 09:00:01 host7 xrdp[811]: (811)(140011)[DEBUG] Closed socket 17 (AF_UNIX)';
    expect(ignoredOf(log)).toMatch(/17: a socket's number/);
    expect(answerOrRefused(log)?.primary).toBeUndefined();
  });
  it('near miss: a Winsock error after "socket error" is still read as one', () => {
    expect(readPaste('the client logged socket error 10060 and gave up').codes.map((c) => c.value)).toContain(10060);
  });
  it('FreeRDP\'s "returned a system error N" is the C library\'s errno, no Win32 code', () => {
    const log =
      '[10:00:00:000] [10:11] [ERROR][com.freerdp.core.transport] - BIO_read returned a system error 5: Input/output error';
    expect(answerOrRefused(log)?.summary ?? '').not.toMatch(/access is denied/i);
    expect(ignoredOf(log)).toMatch(/5: the C library's errno/);
  });
  it('near miss: "System error 5 has occurred." (net) is still the Win32 error', () => {
    expect(
      explainCode('C:\\>net start TermService\nSystem error 5 has occurred.\n\nAccess is denied.').summary,
    ).toMatch(/ERROR_ACCESS_DENIED|access is denied/i);
  });
  it('a key code after its label is no code ("keycode: 0x08")', () => {
    const log = '[11:00:00:000] [12:13] [WARN][com.freerdp.client.x11] - [load_map_from_xkbfile]: LSGT: keycode: 0x5E';
    expect(answerOrRefused(log)?.primary).toBeUndefined();
  });
  it('near miss: "Error code: 0x08" is still the dialog\'s code', () => {
    const answer = explainCode('Error code: 0x08');
    expect((answer.primary ?? answer.extended ?? answer.other)?.hex).toBe('0x8');
  });
  it("FreeRDP's HTTP_STATUS_DENIED [401] is an HTTP status, no Windows code", () => {
    const log =
      '[09:01:02:003] [77:88] [WARN][com.freerdp.core.gateway.rdg] - Unexpected HTTP status: HTTP_STATUS_DENIED [401]';
    expect(ignoredOf(log)).toMatch(/401: an HTTP status/);
  });
});

describe("Remmina's FreeRDP code, eight hex digits without 0x", () => {
  it('"libfreerdp returned code is 00020014" is ERRCONNECT_LOGON_FAILURE', () => {
    const answer = explainCode('libfreerdp returned code is 00020014');
    expect(answer.paste?.parts.map((p) => p.text)).toContain('freerdp-errconnect-logon-failure');
    expect(answer.summary).not.toMatch(/not in our tables/);
  });
  it('near miss: eight hex digits with no FreeRDP words are not read as its code', () => {
    const parts = answerOrRefused('the status column shows 00020014 for that row')?.paste?.parts ?? [];
    expect(parts.map((p) => p.text)).not.toContain('freerdp-errconnect-logon-failure');
  });
});

describe("MIT Kerberos's error numbers in FreeRDP's Kerberos lines", () => {
  const line = (message: string, n: number) =>
    `[07:40:01:002] [4410:4411] [ERROR][com.winpr.sspi.Kerberos] - [kerberos_AcquireCredentialsHandleA]: krb5glue_get_init_creds (${message} [${n}])`;
  it("a KDC's error (the table's base plus its code) is that Kerberos code", () => {
    const answer = explainCode(line('Preauthentication failed', -1765328360));
    expect(answer.other?.name ?? answer.primary?.name).toBe('KDC_ERR_PREAUTH_FAILED');
  });
  it("the library's own error is said by its message, no Windows code", () => {
    const paste = line('Cannot find KDC for realm "CORP"', -1765328230);
    expect(ignoredOf(paste)).toMatch(/MIT Kerberos's own library error/);
    expect(answerOrRefused(paste)?.summary ?? '').not.toMatch(/not in our tables/);
  });
  it('near miss: a signed HRESULT outside that range stays an HRESULT', () => {
    expect(explainCode('the trace says hr = -2146893044').other?.name).toBe('SEC_E_LOGON_DENIED');
  });
});
