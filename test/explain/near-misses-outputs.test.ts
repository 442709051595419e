/**
 * Issue 60 (r26-h60l): command output, other programs' logs, codes and near misses read by the paste's structure. Each
 * rule with the page's own words, a near miss and a true twin.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused, causeIds, expectSaidNoCause } from '../helpers/explain.js';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { securityLayerMismatch } from '../../patterns/security-layer-mismatch.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';

describe('an event of a provider rdpdiag has no row for names no cause, not even the catalogue catch-all cause', () => {
  it('an Event Viewer block of RasClient 20227 (Always On VPN: "dialed a connection … has failed")', () => {
    // directaccess.richardhicks.com/tag/error-code-809 (the Application log's RasClient 20227)
    expectSaidNoCause(
      'Log Name:      Application\nSource:        RasClient\nEvent ID:      20227\nLevel:         Error\nDescription:\nThe user CONTOSO\\alice dialed a connection named Always On VPN which has failed. The error code returned on failure is 809.',
      /Event 20227 of RasClient is not in rdpdiag's event table/,
    );
  });
  it("an event's XML of another provider (RemoteAccess 20271), its data strings no cause either", () => {
    // github.com/DigitalRuby/IPBan issue 76 (RRAS 20271 as Event Viewer's XML view shows it)
    expectSaidNoCause(
      '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">\n<System>\n  <Provider Name="RemoteAccess" />\n  <EventID Qualifiers="0">20271</EventID>\n  <Level>3</Level>\n  <Channel>System</Channel>\n</System>\n<EventData>\n  <Data>{NA}</Data>\n  <Data>corinne</Data>\n  <Data>123.207.87.250</Data>\n  <Data>The remote connection was denied because the user name and password combination you provided is not recognized, or the selected authentication protocol is not permitted on the remote access server.</Data>\n  <Data>0x10</Data>\n</EventData>\n</Event>',
      /Event 20271 of RemoteAccess is not in rdpdiag's event table/,
    );
  });
  it('true twin: a Remote Desktop event in the same block form keeps its cause', () => {
    expect(
      causeIds(
        'Log Name:      System\nSource:        TermService\nEvent ID:      1058\nDescription:\nThe RD Session Host Server has failed to replace the expired self signed certificate used for RD Session Host Server authentication on TLS connection. The relevant status code was Access is denied.',
      ),
    ).toContain(tlsCertificate.id);
  });
  it('near miss: an event id alone, no Source, is still said as the Remote Desktop events it may be', () => {
    expect(explainCode('Event ID: 1058').summary).not.toMatch(/not in rdpdiag's event table/);
  });
});

describe('the Terminal Services errors (ERROR_CTX_*) rank the cause their own message states', () => {
  // Microsoft Learn "System Error Codes (7000-8999)": each name with its message.
  it.each([
    ['ERROR_CTX_LICENSE_NOT_AVAILABLE', sessionLimit.id],
    ['ERROR_CTX_WINSTATIONS_DISABLED', sessionLimit.id],
    ['ERROR_CTX_SESSION_IN_USE', sessionLimit.id],
    ['ERROR_CTX_LOGON_DISABLED', authLogonRight.id],
    ['ERROR_CTX_ACCOUNT_RESTRICTION', authAccountState.id],
    ['ERROR_CTX_ENCRYPTION_LEVEL_REQUIRED', securityLayerMismatch.id],
    ['ERROR_CTX_LICENSE_EXPIRED', licensingGraceExpired.id],
  ])('%s', (name, cause) => {
    expect(causeIds(name)[0]).toBe(cause);
  });
  it('a name with its number and the message under it, as a lookup page prints them', () => {
    // winerrorcodes.com/error/error-ctx-winstation-busy
    expect(
      causeIds(
        "ERROR_CTX_WINSTATION_BUSY - 7024 (0x1B70)\n\nThe task you are trying to do can't be completed because Remote Desktop Services is currently busy. Please try again in a few minutes. Other users should still be able to log on.",
      ),
    ).toContain(sessionLimit.id);
  });
  it('true twin: the number with its label reads the same row', () => {
    expect(causeIds('Error code: 7054')).toEqual([sessionLimit.id]);
  });
  it('near miss: an error of remote control (shadowing), not of a connection, ranks no cause', () => {
    expect(causeIds('ERROR_CTX_SHADOW_DISABLED')).toEqual([]);
  });
});

describe("another subsystem's words over a shared code: WSL, a program's Entra token request, SSH", () => {
  it("WSL's first run (lxrun) printing 0x80070040 is WSL's error", () => {
    // github.com/microsoft/WSL issue 410
    expectSaidNoCause(
      'C:\\WINDOWS\\system32>lxrun.exe /setdefaultuser\nPlease create a default UNIX user account. The username does not need to match your Windows username.\nFor more information visit: https://aka.ms/wslusers\nEnter new UNIX username: nhardy\nError: 0x80070040',
      /Windows Subsystem for Linux/,
    );
  });
  it('true twin: the same HRESULT alone keeps its Remote Desktop reading', () => {
    expect(causeIds('Error: 0x80070040')).toContain(networkDropped.id);
  });
  it("near miss: a Remote Desktop connection to a WSL distribution is Remote Desktop's", () => {
    expect(causeIds('Remote Desktop to WSL2 Ubuntu through xrdp fails: Error code: 0x204')).toContain(
      networkUnreachable.id,
    );
  });
  it.each([
    // github.com/Azure/azure-cli issue 18647: `az login -u -p`, the token endpoint's JSON error
    'Get Token request returned http error: 400 and server response: {"error":"invalid_grant","error_description":"AADSTS50126: Error validating credentials due to invalid username or password.\\r\\nTrace ID: a287413d-c526-4d4a-a6eb-ac9108b03000","error_codes":[50126]}',
    // github.com/fuel9/DisplayMonkey issue 50: the endpoint's AADSTS70002 wrapper
    'AADSTS70002: Error validating credentials. AADSTS50126: Invalid username or password, Trace ID: c738f926-5ca3-40e3-9beb-21ce8f4f2000, Correlation ID: 968cca79-936b-4330-81c2-c1d4799d741b, Timestamp: 2018-06-15 15:17:01Z',
  ])("a program's token request to Entra ID is that program's sign-in: %s", (paste) => {
    expectSaidNoCause(paste, /token request to Microsoft Entra ID/);
  });
  it("true twin: Entra's AADSTS50126 alone stays the web sign-in's", () => {
    expect(causeIds('AADSTS50126: Error validating credentials due to invalid username or password.')).toEqual([
      authBadCredentials.id,
    ]);
  });
  it("a status name in the words of SSH's key authentication is SSH's", () => {
    // github.com/PowerShell/Win32-OpenSSH issue 1638
    expectSaidNoCause(
      'The error `0xC000015B` means `STATUS_LOGON_TYPE_NOT_GRANTED` which means that the user you are trying to log on as has not been granted the logon type that is requested. In this case for an S4U logon (which is what SSH key auth uses) will request a `Network` logon type',
      /SSH connection/,
    );
  });
  it('true twin: the status name alone is still the Remote Desktop logon right', () => {
    expect(causeIds('STATUS_LOGON_TYPE_NOT_GRANTED')).toEqual([authLogonRight.id]);
  });
  it("near miss: the name beside Remote Desktop and ssh (a tunnel) stays Remote Desktop's", () => {
    expect(causeIds('RDP through an SSH key auth tunnel: the server says STATUS_LOGON_TYPE_NOT_GRANTED')).toContain(
      authLogonRight.id,
    );
  });
});

describe('an error\'s symbolic name with its number in parentheses ("CodeSymbolic (Code)")', () => {
  // github.com/MicrosoftDocs/azure-docs issue 81304: the names and codes the Azure Virtual Desktop diagnostics logged
  it.each([
    ['SocketConnectionTimedOut (1796)', networkUnreachable.id],
    ['TransportClosedUnexpectedly (516)', networkUnreachable.id],
  ])('a name our tables lack is read by its number among the client disconnect reasons: %s', (paste, cause) => {
    const e = explainCode(paste);
    expect(causeIds(e)[0]).toBe(cause);
    expect(e.notes.join(' ')).toMatch(/is not in our tables: the number beside it/);
  });
  it('true twin: a name the tables hold is read by the name, not by its number (267 is no licensing code here)', () => {
    expect(causeIds('ConnectionBrokenMissedHeartbeatThresholdExceeded (267)')).toEqual([networkDropped.id]);
  });
  it("near miss: a program's exception class with a number is no such name", () => {
    expect(() => explainCode('ConnectionRefusedError (111)')).toThrow(/holds no code or known sentence/);
    expect(causeIds('WebSocketClosedException (516)')).not.toContain(networkUnreachable.id);
  });
});

describe("the CredSSP server's own error code leads over the client's errors that follow it", () => {
  it("WALLIX's RDP proxy: recvTSCredentials() ErrorCode = c0000224, then SEC_E_INVALID_TOKEN", () => {
    // github.com/wallix/redemption issue 98 ("How i change my expired password?")
    const e = explainCode(
      'Jul 17 16:08:15 RDP-Proxy rdpproxy: INFO (10987/10987) -- Credssp recvTSCredentials() ErrorCode = c0000224, Facility = 0, Code = 224\nJul 17 16:08:15 RDP-Proxy rdpproxy: ERR (10987/10987) -- DecryptMessage failure: SEC_E_INVALID_TOKEN\nJul 17 16:08:15 RDP-Proxy rdpproxy: ERR (10987/10987) -- Could not verify public key echo!\nJul 17 16:08:15 RDP-Proxy rdpproxy: INFO (10987/10987) -- NLA/CREDSSP Authentication Failed (2)',
    );
    expect(causeIds(e)[0]).toBe(authAccountState.id);
    expect(e.notes[0]).toMatch(/CredSSP server's own error code/);
  });
  it("FreeRDP's older SPNEGO line: the value after NTSTATUS, printed without 0x", () => {
    // FreeRDP 2.0-dev's "SPNEGO failed with NTSTATUS: C000006D" (nla.c)
    expect(causeIds('[ERROR][com.freerdp.core.nla] - SPNEGO failed with NTSTATUS: C000006D')).toEqual([
      authBadCredentials.id,
    ]);
  });
  it('near miss: an SSPI error code on the CredSSP line is no server NTSTATUS: the name read stays', () => {
    expect(
      causeIds('Credssp recvTSCredentials() ErrorCode = 80090302\nDecryptMessage failure: SEC_E_INVALID_TOKEN'),
    ).not.toContain(authAccountState.id);
  });
  it("true twin: FreeRDP's SPNEGO line with the status's name keeps its reading", () => {
    expect(
      causeIds(
        '[WARN][com.freerdp.core.nla] - SPNEGO received NTSTATUS: STATUS_LOGON_FAILURE [0xC000006D] from server\n[ERROR][com.freerdp.core] - nla_recv_pdu:freerdp_set_last_error_ex ERRCONNECT_LOGON_FAILURE [0x00020014]',
      )[0],
    ).toBe(authBadCredentials.id);
  });
});

describe('FreeRDP\'s catch-all "protocol security negotiation or connection failure" gives way to the error set before it', () => {
  it('ERRCONNECT_TLS_CONNECT_FAILED above it: the TLS line is the reading', () => {
    // github.com/FreeRDP/Remmina issue 855 (xfreerdp's output)
    const e = explainCode(
      '[16:59:42:762] [17146:17147] [ERROR][com.freerdp.core] - freerdp_set_last_error ERRCONNECT_TLS_CONNECT_FAILED [0x20008]\n[16:59:42:762] [17146:17147] [ERROR][com.freerdp.core.connection] - Error: protocol security negotiation or connection failure\n[16:59:42:762] [17146:17147] [ERROR][com.freerdp.client.x11] - Freerdp connect error exit status 1',
    );
    expect(e.summary).toMatch(/TLS handshake/);
    expect(causeIds(e)[0]).toBe(tlsProtocolMismatch.id);
  });
  it('true twin: the catch-all alone still states what it says', () => {
    expect(causeIds('Error: protocol security negotiation or connection failure')).toEqual([
      securityLayerMismatch.id,
      networkUnreachable.id,
    ]);
  });
  it('near miss: a line that sets no error (the exit status) leaves the catch-all the reading', () => {
    expect(
      causeIds(
        '[ERROR][com.freerdp.core.connection] - Error: protocol security negotiation or connection failure\n[ERROR][com.freerdp.client.x11] - Freerdp connect error exit status 1',
      )[0],
    ).toBe(securityLayerMismatch.id);
  });
});

describe("a VPN client's own failure quoting a Windows socket code is the VPN's", () => {
  it.each([
    // github.com/OpenVPN/openvpn-gui issue 223 (the client's log, its banner naming OpenVPN)
    'Sat Jun 30 00:05:17 2018 OpenVPN 2.4.6 x86_64-w64-mingw32 [SSL (OpenSSL)] [LZO] [LZ4] [PKCS11] [AEAD] built on Apr 26 2018\nSat Jun 30 00:05:19 2018 write UDP: Unknown error (code=10065)',
    // github.com/pivpn/pivpn issue 456 (its title)
    'Cannot connect to VPN, error code = 10054',
  ])('%s', (paste) => {
    expectSaidNoCause(paste, /a VPN client/);
  });
  it('true twin: the socket code alone keeps its Remote Desktop reading', () => {
    expect(causeIds('error code = 10054')).toEqual([networkDropped.id]);
  });
  it("near miss: the Remote Desktop dialog shown through the VPN client is Remote Desktop's", () => {
    expect(
      causeIds(
        "Connected through GlobalProtect. This computer can't connect to the remote computer. Error code: 0x904 Extended error code: 0x0",
      ),
    ).toContain(networkDropped.id);
  });
  it("near miss: Remote Desktop over the VPN losing its connection is Remote Desktop's", () => {
    expect(causeIds('RDP over the VPN disconnects: error code = 10054')).toEqual([networkDropped.id]);
  });
});

describe('a Rust program\'s I/O error "(os error N)" holds an errno, never a Windows or TLS code', () => {
  it('a VPN client\'s "Connection timed out (os error 110)" is not the TLS alert 110', () => {
    // github.com/yuezk/GlobalProtect-openconnect issue 320 (gpclient's log)
    const paste =
      'Gateway login failed: error sending request for url (https://129.82.0.6/ssl-vpn/login.esp): error trying to connect: tcp connect error: Connection timed out (os error 110)';
    expect(causeIds(answerOrRefused(paste))).not.toContain(tlsProtocolMismatch.id);
  });
  it('true twin: the TLS alert 110 with its own label is still read', () => {
    expect(causeIds('AlertDesc: 110')).toContain(tlsProtocolMismatch.id);
  });
});

describe("WinINet's errors of an HTTPS transport (RD Gateway, Windows App) rank the network causes they state", () => {
  // Microsoft Learn "Error Messages (Wininet.h)": 12002 ERROR_INTERNET_TIMEOUT, 12007 ERROR_INTERNET_NAME_NOT_RESOLVED,
  // 12029 ERROR_INTERNET_CANNOT_CONNECT, 12030 ERROR_INTERNET_CONNECTION_ABORTED; as HRESULTs 0x80072EE2/EE7/EFD/EFE.
  it.each([
    ['0x80072EE7', networkUnreachable.id],
    ['Error code: 0x80072efd', networkUnreachable.id],
    ['0x80072EE2', networkUnreachable.id],
    ['0x80072EFE', networkDropped.id],
  ])('%s', (paste, cause) => {
    expect(causeIds(paste)[0]).toBe(cause);
  });
  it("true twin: Win32's ERROR_NO_LOGON_SERVERS as an HRESULT is the CredSSP / NLA authority's", () => {
    expect(causeIds('0x8007051F')).toEqual([credsspNla.id]);
  });
  it("near miss: WinINet's certificate error names no network cause", () => {
    const ids = causeIds('0x80072F0D');
    expect(ids).not.toContain(networkUnreachable.id);
    expect(ids).not.toContain(networkDropped.id);
  });
});

describe('products whose own names say "Remote Desktop" or "Assist", and Horizon by its title', () => {
  it("Chrome Remote Desktop's host log with a Win32 error in parentheses is Google's product", () => {
    // github.com/RealKoolisw/VirtualMachine-GithubAction issue 10
    expectSaidNoCause(
      "Line 5: [0531/055739.076:ERROR:daemon_controller_delegate_win.cc(73)] Failed to read 'C:\\ProgramData\\Google\\Chrome Remote Desktop\\host_unprivileged.json'.: The system cannot find the path specified. (0x3)",
      /Chrome Remote Desktop/,
    );
  });
  it("near miss: Chrome Remote Desktop named beside Microsoft's Remote Desktop failing keeps the reading", () => {
    expect(causeIds('Chrome Remote Desktop works but Microsoft Remote Desktop fails: Error code: 0x204')).toEqual([
      networkUnreachable.id,
    ]);
  });
  it("Quick Assist's error quoting WinINet's code is Quick Assist's", () => {
    // Microsoft Learn "Use Quick Assist to help users": its network endpoints, an HTTPS service
    expectSaidNoCause('Quick Assist: Something went wrong. Error code: 0x80072efd', /Quick Assist/);
  });
  it("true twin: the same code alone is read as the transport's", () => {
    expect(causeIds('Error code: 0x80072efd')).toEqual([networkUnreachable.id]);
  });
  it('"VMware Horizon:" as a title names Horizon, its 0x904 no Remote Desktop socket close', () => {
    expectSaidNoCause(
      'VMware Horizon: The display protocol for this desktop is currently not available. Error 0x904',
      /VMware Horizon/,
    );
  });
  it('near miss: Horizon named in passing beside an RDP connection keeps the reading', () => {
    expect(causeIds('The RDP connection (not through VMware Horizon) fails: Error code: 0x904')).toContain(
      networkDropped.id,
    );
  });
});
