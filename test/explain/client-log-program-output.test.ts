/**
 * Issue 60, round 29: clients' own log lines read by what each client's source says they mean
 * (src/explain/tables/program-logs/client-log-program-output.ts), and the Session Contention dialog of the server's
 * Logon Errors Info; TermDD 50 beside licensing events; Metasploit's, Impacket's and Windows OpenSSH's account errors
 * as those programs'. Wordings written for these tests in each program's log format. The near misses the reader
 * refuses (a refusal's first call costs the fast tier about a second) are in client-log-program-output-rest.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { handshakeAborted } from '../../patterns/handshake-aborted.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
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

describe('a negotiation fallback the program recovers from (program-output-progress.ts)', () => {
  it("FreeRDP's SSL_CERT_NOT_ON_SERVER then its framebuffer and channels: the session came up, no cause", () => {
    const log = [
      '[10:02:11:301] [400:401] [ERROR][com.freerdp.core.nego] - Error: SSL_CERT_NOT_ON_SERVER',
      '[10:02:11:340] [400:401] [INFO][com.freerdp.gdi] - Local framebuffer format  PIXEL_FORMAT_BGRX32',
      '[10:02:11:512] [400:401] [INFO][com.freerdp.channels.drdynvc.client] - Loading Dynamic Virtual Channel rdpgfx',
    ].join('\n');
    expect(causeIds(explainCode(log))).toEqual([]);
  });
  it('FreeRDP 3 warning of SSL_NOT_ALLOWED_BY_SERVER again on its next attempt, no error after: retrying, no cause', () => {
    const log =
      '[11:20:01:002] [9:10] [WARN][com.freerdp.core.nego] - Error: SSL_NOT_ALLOWED_BY_SERVER\n[11:20:01:090] [9:10] [WARN][com.freerdp.core.nego] - Error: SSL_NOT_ALLOWED_BY_SERVER';
    expect(causeIds(explainCode(log))).toEqual([]);
    // True twin: a single warning keeps its reading (the paste may stop before the failure).
    expect(causeIds(explainCode(log.split('\n')[0] ?? ''))[0]).toBe(securityLayerMismatch.id);
  });
  it("true twin: the same warning followed by FreeRDP's negotiation failure keeps the security layer reading", () => {
    const log =
      '[WARN][com.freerdp.core.nego] - Error: SSL_NOT_ALLOWED_BY_SERVER\n[ERROR][com.freerdp.core.nego] - Protocol Security Negotiation Failure\n[ERROR][com.freerdp.core] - freerdp_set_last_error ERRCONNECT_SECURITY_NEGO_CONNECT_FAILED [0x0002000C]';
    expect(causeIds(explainCode(log))[0]).toBe(securityLayerMismatch.id);
  });
  it("xrdp's unreadable key then a standard-security connection and a sign-in: the key is not the failure", () => {
    const log = [
      'Mar 02 08:11:40 box xrdp[812]: [ERROR] Cannot read private key file /etc/xrdp/key.pem: Permission denied',
      'Mar 02 08:11:41 box xrdp[812]: [INFO ] Non-TLS connection established from ::ffff:10.1.1.5 port 50214: encrypted with standard RDP security',
      'Mar 02 08:11:55 box xrdp[812]: [INFO ] xrdp_wm_log_msg: login successful for display 10',
    ].join('\n');
    expect(causeIds(explainCode(log))).toEqual([]);
  });
  it('true twin: the key error with the connection failing after it is still the certificate', () => {
    const log =
      '[ERROR] Cannot read private key file /etc/xrdp/key.pem: Permission denied\n[ERROR] libxrdp_force_read: header read error\n[ERROR] Processing [ITU-T T.125] Connect-Initial failed';
    expect(causeIds(explainCode(log))[0]).toBe(tlsCertificate.id);
  });
});

describe('sc query of TermService retold without its SERVICE_NAME line', () => {
  it('the command then its STATE line: stopped is nothing listening, running is not the cause', () => {
    expect(first('C:\\> sc query TermService\n=> STATE : 1 STOPPED')).toBe(networkUnreachable.id);
    expect(causeIds(explainCode('sc.exe query termservice\n   STATE              : 4  RUNNING'))).toEqual([]);
  });
});

describe('Test-NetConnection quoted in running text', () => {
  it("another port's inline result says nothing about Remote Desktop", () => {
    const note =
      'Blocked: `Test-NetConnection -ComputerName db01 -Port 5432` returned `TcpTestSucceeded : False`, so the migrations cannot run.';
    expect(causeIds(explainCode(note))).toEqual([]);
  });
  it("true twin: the same sentence for port 3389 is Remote Desktop's port not answering", () => {
    const note = 'Checked with `Test-NetConnection -ComputerName ts01 -Port 3389`: `TcpTestSucceeded : False`.';
    expect(first(note)).toBe(networkUnreachable.id);
  });
});

describe("Metasploit's SMB login errors (other-subsystems.ts, the file share)", () => {
  it("Rex's and RubySMB's login errors on port 445 are a file share's, not Remote Desktop's", () => {
    for (const paste of [
      '[-] 192.0.2.40:445 - Rex::Proto::SMB::Exceptions::LoginError: Login Failed: The server responded with error: STATUS_ACCOUNT_RESTRICTION (Command=115 WordCount=0)',
      'msf6 auxiliary(scanner/smb/smb_login) > run\n[-] 192.0.2.40:445 - RubySMB::Error::UnexpectedStatusCode: STATUS_ACCOUNT_RESTRICTION',
    ]) {
      const e = explainCode(paste);
      expect(e.summary).toMatch(/file share/);
      expect(e.likelyCauses).toEqual([]);
    }
  });
  it("true twin: the same status in an RDP client's log keeps its account reading", () => {
    expect(first('[ERROR][com.freerdp.core] - nla_recv_pdu: STATUS_ACCOUNT_RESTRICTION [0xC000006E]')).toBe(
      authAccountState.id,
    );
  });
});

describe("other programs' log lines around an account's status (other-subsystems.ts)", () => {
  it("Impacket's Kerberos and SMB errors and Windows OpenSSH's S4U logon are those programs', no RDP cause", () => {
    for (const [paste, product] of [
      [
        '[-] getST: Kerberos SessionError: KDC_ERR_PREAUTH_FAILED(Pre-authentication information was invalid)',
        /impacket/i,
      ],
      ['secretsdump.py: SMB SessionError: STATUS_PASSWORD_EXPIRED(The user password has expired.)', /file share/],
      ["debug3: generate_s4u_user_token: LsaLogonUser() failed. User 'ops' Status: 0xC0000072 SubStatus 0.", /SSH/i],
    ] as const) {
      const e = explainCode(paste);
      expect(e.summary, paste).toMatch(product);
      expect(e.likelyCauses, paste).toEqual([]);
    }
  });
  it('true twin: the same Kerberos error and NT status with no such program keep their readings', () => {
    expect(first('the RDP client failed with KDC_ERR_PREAUTH_FAILED')).toBe(authBadCredentials.id);
    expect(first('LsaLogonUser failed with 0xC0000072 for the Remote Desktop user')).toBe(authAccountState.id);
  });
});

describe("a URL's percent-encoded characters (numbers-set-aside.ts)", () => {
  it("true twin: the dialog's codes beside a URL with %2F escapes are read, the escapes are not", () => {
    const e = explainCode(
      'Signed in at https://rdweb.example.org/RDWeb/Pages/en-US/login.aspx?ReturnUrl=%2FRDWeb%2FPages then the client said Error code: 0x904, Extended error code: 0x7',
    );
    expect(e.primary?.hex).toBe('0x904');
    expect(e.otherReadings).toEqual([]);
  });
});

describe('several event messages pasted together (failure-order.ts)', () => {
  const x224 =
    'TermDD 50: The RDP protocol component X.224 detected an error in the protocol stream and has disconnected the client.';
  const noServer =
    'TermService 1010: The terminal services could not locate a license server. Confirm that all license servers on the network are registered in WINS\\DNS, accepting network requests, and the Terminal Services Licensing Service is running.';
  const noLicence = 'TermService 1004: The terminal server cannot issue a client license.';
  it('the X.224 error beside licensing events: licensing first, the missing license server before the licence', () => {
    const e = explainCode([x224, noLicence, noServer].join('\n'));
    expect(causeIds(e).slice(0, 2)).toEqual([licensingServerUnavailable.id, licensingCalUnavailable.id]);
    expect(e.summary).not.toMatch(/port scanner/);
  });
  it('true twins: the X.224 error alone, and the licence event alone, keep their readings', () => {
    expect(first(x224)).toBe(handshakeAborted.id);
    expect(first(noLicence)).toBe(licensingCalUnavailable.id);
  });
});
