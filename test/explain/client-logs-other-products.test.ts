/**
 * Issue 60 (r19-h60g): clients' logs, command output in other locales, and other products' logs. Each rule with a
 * near miss; the pastes are written here in the clients' and commands' own forms, not taken from any list.
 */
import { describe, expect, it } from 'vitest';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { handshakeAborted } from '../../patterns/handshake-aborted.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { KNOWN_SENTENCES } from '../../src/explain/tables/sentences/sentences.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';

const readAs = (text: string) => answerOrRefused(text)?.other?.name;
const FREERDP = '[11:02:03:456] [2211:2212] [ERROR][com.freerdp.core]';
const TRANSPORT = `${FREERDP} - transport_read_layer:freerdp_set_last_error_ex ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]`;

describe("FreeRDP's ERRCONNECT_CONNECT_TRANSPORT_FAILED", () => {
  it('alone: its causes in the order of its source and reports, the old NLA-password note kept', () => {
    const answer = explainCode(TRANSPORT);
    expect(causeIds(answer)).toEqual([networkDropped.id, handshakeAborted.id, securityLayerMismatch.id]);
    expect(answer.summary).toMatch(/wrong NLA password/);
  });
  it('the system error before it says which: cut after connecting, or never connected', () => {
    const reset = `${FREERDP}.transport] - BIO_read returned a system error 104: Connection reset by peer\n${TRANSPORT}`;
    expect(causeIds(reset)).toEqual([networkDropped.id]);
    const pipe = `BIO_should_retry returned a system error 32: Broken pipe\n${TRANSPORT}\nAttempting reconnect (3 of 20)`;
    expect(causeIds(pipe)).toEqual([networkDropped.id]);
    for (const error of ['connect() failed: Connection refused', 'No route to host', 'Connection timed out'])
      expect(causeIds(`${FREERDP} - ${error}\n${TRANSPORT}`), error).toEqual([networkUnreachable.id]);
  });
  it('near miss: the same system error beside another FreeRDP error, or with no FreeRDP error, is not this', () => {
    const other = `${FREERDP} - BIO_read returned a system error 104: Connection reset by peer\n${FREERDP} - freerdp_set_last_error ERRCONNECT_LOGON_FAILURE [0x00020014]`;
    expect(sentenceIds(other)).toContain('freerdp-errconnect-logon-failure');
    expect(causeIds(other)).not.toContain(networkDropped.id);
    expect(readAs('ssh: read: Connection reset by peer')).toBeUndefined();
  });
});

describe("the server's RDP_NEG_FAILURE as clients and proxies print it (MS-RDPBCGR 2.2.1.2.2)", () => {
  const failures = KNOWN_SENTENCES.filter((s) => s.id.startsWith('rdp-neg-failure-'));
  const nameOf = (id: string) => id.replace('rdp-neg-failure-', '').replace(/-/g, '_').toUpperCase();
  it('every failure code, by the name FreeRDP logs and by its number: security layer, or NLA for HYBRID', () => {
    expect(failures).toHaveLength(6);
    for (const [i, s] of failures.entries()) {
      const name = nameOf(s.id);
      const want = name === 'HYBRID_REQUIRED_BY_SERVER' ? credsspNla.id : securityLayerMismatch.id;
      expect(readAs(`[WARN][com.freerdp.core.nego] - Error: ${name}`), name).toBe(s.id);
      expect(causeIds(`[WARN][com.freerdp.core.nego] - Error: ${name}`)[0], name).toBe(want);
      // A web client's log: the number after "failureCode" is this code, not a Kerberos Failure Code.
      expect(readAs(`rdp connect: connection initiation: negotiation failure: failureCode = ${i + 1}`), name).toBe(
        s.id,
      );
    }
  });
  it("with the client's generic negotiation-failure lines after it, the server's code still decides", () => {
    const after = [
      '[ERROR][com.freerdp.core.nego] - Protocol Security Negotiation Failure',
      '[ERROR][com.freerdp.core] - freerdp_set_last_error ERRCONNECT_SECURITY_NEGO_CONNECT_FAILED [0x0002000C]',
      '[ERROR][com.freerdp.core.connection] - Error: protocol security negotiation or connection failure',
    ].join('\n');
    for (const s of failures) {
      const name = nameOf(s.id);
      const want = name === 'HYBRID_REQUIRED_BY_SERVER' ? credsspNla.id : securityLayerMismatch.id;
      expect(causeIds(`[WARN][com.freerdp.core.nego] - Error: ${name}\n${after}`)[0], name).toBe(want);
    }
  });
  it('near miss: the generic lines alone say only that the negotiation failed: the security layer', () => {
    expect(causeIds('[ERROR][com.freerdp.core.nego] - Protocol Security Negotiation Failure')[0]).toBe(
      securityLayerMismatch.id,
    );
  });
  it("in rdesktop's words and in the specification's, as IronRDP and Teleport print them", () => {
    expect(readAs('Protocol(warning): Protocol negotiation failed with reason: SSL not allowed by server')).toBe(
      'rdp-neg-failure-ssl-not-allowed-by-server',
    );
    expect(readAs('Failed to connect, CredSSP required by server.')).toBe('rdp-neg-failure-hybrid-required-by-server');
    expect(
      readAs(
        'ERROR rdp_client] Rdp(RdpError(RdpError { kind: ProtocolNegFailure, message: "Error during negotiation step: the server is configured to only use standard RDP security mechanisms and does not support external security protocols" }))',
      ),
    ).toBe('rdp-neg-failure-ssl-not-allowed-by-server');
    expect(
      causeIds(
        'The server failed the negotiation. Error: The server requires that the client support Enhanced RDP Security (section 5.4) with CredSSP (section 5.4.5.2).',
      ),
    ).toEqual([credsspNla.id]);
  });
  it('near miss: FreeRDP\'s own connection error of the same name, and a web server\'s "SSL required"', () => {
    const own = 'freerdp_set_last_error ERRCONNECT_HYBRID_REQUIRED_BY_SERVER [0x0002001E]';
    expect(sentenceIds(own)).toEqual(['freerdp-errconnect-hybrid-required-by-server']);
    expect(readAs('HTTP Error 403.4 - Forbidden: SSL is required to view this resource.')).toBeUndefined();
  });
});

describe('sc query in other languages: the service named for what it says, its numbers never looked up', () => {
  const block = (name: string, typeLabel: string, stateLabel: string, state: string, exitLabel: string) =>
    [
      `${name}: TermService`,
      `        ${typeLabel.padEnd(19)}: 30  WIN32`,
      `        ${stateLabel.padEnd(19)}: ${state}`,
      '                                (STOPPABLE, NOT_PAUSABLE, IGNORES_SHUTDOWN)',
      `        ${exitLabel.padEnd(19)}: 0  (0x0)`,
      '        CHECKPOINT         : 0x0',
    ].join('\n');
  it.each([
    ['Spanish', block('NOMBRE_SERVICIO', 'TIPO', 'ESTADO', '4  RUNNING', 'CÓD_SALIDA_WIN32'), 'termservice-running'],
    ['German', block('SERVICE_NAME', 'TYP', 'STATUS', '4  RUNNING', 'WIN32_EXITCODE'), 'termservice-running'],
    ['French', block('NOM_SERVICE', 'TYPE', 'ÉTAT', '1  STOPPED', 'CODE_SORTIE_WIN32'), 'termservice-stopped'],
  ])('%s', (_language, paste, id) => {
    const answer = explainCode(paste);
    expect(answer.other?.name).toBe(id);
    expect(answer.primary).toBeUndefined();
  });
  it('near miss: another service in the same form is the generic block, and a line of it alone is no block', () => {
    const spooler = block('NOMBRE_SERVICIO', 'TIPO', 'ESTADO', '4  RUNNING', 'CÓD_SALIDA_WIN32').replace(
      'TermService',
      'Spooler',
    );
    expect(readAs(spooler)).toBe('service-query-output');
    expect(readAs('ESTADO : 4 RUNNING')).not.toBe('termservice-running');
  });
});

describe("other products' logs: the product named, no Remote Desktop cause", () => {
  // Each product's lines by the sentence that names it.
  const byProduct: Record<string, readonly string[]> = {
    'sql-server-login-failed': [
      '2024-02-27 00:02:00.34 Logon Error: 18456, Severity: 14, State: 8.',
      "Msg 18456, Level 14, State 1, Server SQL01, Line 1\nLogin failed for user 'CONTOSO\\jdoe'.",
    ],
    'sql-server-sspi-context': [
      'The target principal name is incorrect.  Cannot generate SSPI context.',
      'Der Zielprinzipalname ist falsch. SSPI-Kontext kann nicht generiert werden.',
    ],
    'sql-server-sspi-handshake': [
      // The tedious client's report (https://github.com/tediousjs/tedious/issues/388), its Reason after the line.
      'SSPI handshake failed with error code 0x8009030c, state 14 while establishing a connection with integrated security; the connection has been closed. Reason: AcceptSecurityContext failed. The Windows error code indicates the cause of failure. The logon attempt failed.',
    ],
    'exchange-mapi-error': ['MapiExceptionLogonFailed: Unable to open message store. (hr=0x80040111, ec=-2147221231)'],
    'iis-w3c-log-line': [
      '2024-05-01 10:00:01 10.0.0.1 GET /RDWeb/Pages/en-US/login.aspx - 443 - 10.0.0.9 Mozilla/5.0 - 401 2 5 15',
    ],
  };
  it.each(Object.entries(byProduct))('%s', (id, pastes) => {
    for (const answer of pastes.map((p) => explainCode(p))) {
      expect([answer.other?.name, answer.primary], answer.summary).toEqual([id, undefined]);
      expect([answer.likelyCauses, answer.logsToCheck]).toEqual([[], []]);
    }
  });
  it('near miss: the shared SSPI sentence alone, or in a Remote Desktop dialog, keeps its reading', () => {
    expect(causeIds('The target principal name is incorrect.')).toContain(credsspNla.id);
    expect(
      readAs(
        'Remote Desktop Connection\nAn authentication error has occurred.\nThe target principal name is incorrect.',
      ),
    ).not.toBe('sql-server-sspi-context');
    // A Remote Desktop code beside a number 18456 with no SQL Server words is still read as ours.
    expect(explainCode('Error code: 0x204 (ticket 18456)').primary?.hex).toBe('0x204');
    // An SSPI status with no SQL Server words ("integrated security") is Remote Desktop's NLA status as before.
    expect(causeIds('SSPI handshake failed with error code 0x80090311')).toContain(credsspNla.id);
    // MAPI's number alone, without MAPI's names, is no Exchange line.
    expect(sentenceIds('hr=0x80040111')).not.toContain('exchange-mapi-error');
  });
});

describe('the old client and the Logon Error Info beside a console session', () => {
  it('"Authentication error (code 0x507)": the old client without CredSSP, said speculative', () => {
    const answer = explainCode('Remote Desktop Connection\nAuthentication error (code 0x507)');
    expect(causeIds(answer)).toEqual([credsspNla.id]);
    expect(answer.likelyCauses[0]?.confidence).toBe('SP');
    expect(readAs('An authentication error has occurred (Code: 0x507)')).toBe('old-client-authentication-error-0x507');
    // Near miss: the same dialog with another code reads that code.
    expect(readAs('An authentication error has occurred (Code: 0x80090322).')).not.toBe(
      'old-client-authentication-error-0x507',
    );
  });
  it('LOGON_FAILED_OTHER with an active console session states the session rule; the name alone does not', () => {
    const console =
      'Starting an app fails when there is an active console session: Logon Error Info LOGON_FAILED_OTHER';
    expect(causeIds(console)).toEqual([sessionLimit.id]);
    expect(causeIds('Logon Error Info LOGON_FAILED_OTHER [LOGON_MSG_SESSION_CONTINUE]')).toEqual([]);
  });
});
