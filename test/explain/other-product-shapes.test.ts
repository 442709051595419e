/**
 * Issue 60, round 29 (r29-h60y): another program's own log or message that quotes Remote Desktop's codes or words is
 * named as that program's (other-product-shapes.ts), and a feature request or release notes name failures as the
 * change's subject (described-proposal.ts): no Remote Desktop cause. Each near miss has its true twin: the same
 * product's paste whose RDP leg failed (an SSH forward, a tunnel, a logon of type 10) keeps Remote Desktop's reading.
 * The pastes are the pages' own words (the addresses beside each); a twin written from a page's wording says so.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { causeIds } from '../helpers/explain.js';

const NOT_RDP = /not a Remote Desktop connection/;

describe("another program's own log shape, with Remote Desktop's codes or words", () => {
  it.each([
    // https://github.com/PowerShell/Win32-OpenSSH/issues/1703 (OpenSSH for Windows' sshd, S4U token)
    [
      "debug1: generate_s4u_user_token: LsaLogonUser() failed. User 'firmwide\\\\mssqlserver' Status: 0xC000006D SubStatus 0.\nget_user_token - unable to generate token on 2nd attempt for user firmwide\\\\mssqlserver\nga_init, unable to resolve user firmwide\\\\mssqlserver",
      /SSH server's or client's log/,
    ],
    // https://github.com/ropnop/kerbrute/issues/22 (kerbrute's output, gokrb5's error)
    [
      '2020/04/18 14:57:24 >  [!] XXXXX:XXXXX - [Root cause: KDC_Error] KDC_Error: AS Exchange Error: kerberos error response from KDC: KRB Error: (37) KRB_AP_ERR_SKEW Clock skew too great',
      /Kerberos tool/,
    ],
    // https://github.com/ngrok/ngrok/issues/31 (ngrok's console)
    [
      'Session Status                reconnecting (failed to send authentication request: read tcp 172.16.30.12:35734->18.141.102.200:443: wsarecv: An existing connection was forcibly closed by the remote host.)',
      /tunnel agent/,
    ],
    // https://github.com/chobits/ngx_http_proxy_connect_module/issues/35 (nginx's error log)
    [
      '2018/02/05 22:18:57 [error] 10#0: *55 upstream timed out (110: Connection timed out) while connecting to upstream(proxy_connect), client: 192.168.99.1, server: , request: "CONNECT i.imgur.com:443 HTTP/1.1", host: "i.imgur.com:443"',
      /reverse proxy/,
    ],
    // https://github.com/amtoaer/bili-sync/issues/68 (docker pull, Go's x509)
    [
      'error pulling image configuration: Get "https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/2d/2dfa7c9f/data": x509: certificate has expired or is not yet valid: current time 2024-04-20T22:13:32+08:00 is after 2021-09-30T14:01:15Z',
      /own TLS client/,
    ],
    // https://github.com/PowerShell/Win32-OpenSSH/issues/1482 (Security 4625 of type 5, OpenSSH's virtual account)
    [
      'An account failed to log on.\n\nLogon Type:\t\t\t5\n\nAccount For Which Logon Failed:\n\tSecurity ID:\t\tNULL SID\n\tAccount Name:\t\tsshd_25888\n\tAccount Domain:\t\tVIRTUAL USERS\n\nFailure Information:\n\tFailure Reason:\t\tUser not allowed to logon at this computer.\n\tStatus:\t\t\t0xC000006E\n\tSub Status:\t\t0xC0000070',
      /SSH server's or client's log|logon type Remote Desktop never uses/,
    ],
  ])('%s', (paste, product) => {
    const e = explainCode(paste);
    expect(e.summary).toMatch(product);
    expect(e.summary).toMatch(NOT_RDP);
    expect(e.likelyCauses).toEqual([]);
  });

  it('a 4625 of a logon type Remote Desktop never logs (2, RunAs through seclogo)', () => {
    // http://eventopedia.cloudapp.net (EventID 4625, Account Lockout: the sample event's fields)
    const e = explainCode(
      'An account failed to log on.\nLogon Type:\t\t\t2\nAccount For Which Logon Failed:\n\tAccount Name:\t\tPaul\nFailure Information:\n\tFailure Reason:\t\tAccount locked out.\n\tStatus:\t\t\t0xc0000234\n\tSub Status:\t\t0x0\nDetailed Authentication Information:\n\tLogon Process:\t\tseclogo',
    );
    expect(e.summary).toMatch(/logon type Remote Desktop never uses/);
    expect(e.likelyCauses).toEqual([]);
  });

  it("a tunnel's own words for the RDP it carries are its: its websocket failure is the tunnel's", () => {
    // cloudflared's command as Cloudflare's RDP guide writes it, its log line as
    // https://github.com/cloudflare/cloudflared/issues/483 quotes it
    const e = explainCode(
      '% cloudflared access rdp --hostname rdp.example.com --url rdp://localhost:3389\n2021-10-10T00:36:45Z ERR failed to connect to origin error="websocket: bad handshake" originURL=https://rdp.example.com',
    );
    expect(e.summary).toMatch(/tunnel agent/);
    expect(e.likelyCauses).toEqual([]);
  });
});

describe("an SSH client's or a hypervisor's own error box", () => {
  it.each([
    // PuTTY User Manual, Appendix B "Common error messages" (its own wording)
    ['Network error: Connection timed out', /PuTTY/],
    ['Server refused our key', /PuTTY/],
    // Ubuntu Forums "VMware 2.0 Help" (2009-07-25, as archived): the console's connection to the host (TCP 902)
    [
      'The message I receive after trying to open my VM is "Unable to connect to the MKS: Cannot connect to host computername : No connection could be made because the target machine actively refused it."',
      /hypervisor/,
    ],
    // https://github.com/jedi4ever/veewee/issues/116 (VBoxManage's own error lines)
    [
      'VBoxManage: error: The console is not powered up\nVBoxManage: error: Details: code E_ACCESSDENIED (0x80070005), component Keyboard, interface IKeyboard, callee nsISupports\nContext: "PutScancodes(ComSafeArrayAsInParam(saScancodes), &codesStored)" at line 275 of file VBoxManageControlVM.cpp',
      /hypervisor/,
    ],
  ])('%s', (paste, product) => {
    const e = explainCode(paste);
    expect(e.summary).toMatch(product);
    expect(e.summary).toMatch(NOT_RDP);
    expect(e.likelyCauses).toEqual([]);
  });

  it("PuTTY named in passing beside Remote Desktop's dialog keeps the dialog's reading (the twin)", () => {
    expect(
      causeIds(
        "I can log in to the server over SSH with PuTTY, but Remote Desktop says: This computer can't connect to the remote computer. Try connecting again. Error code: 0x204",
      ),
    ).toContain(networkUnreachable.id);
  });

  it("VirtualBox's own RDP server (VRDE) is Remote Desktop's: its dialog keeps the reading (the twin)", () => {
    // the command as the VirtualBox manual's VBoxManage modifyvm chapter gives it, the dialog as Windows shows it
    expect(
      causeIds(
        'VBoxManage modifyvm "win10" --vrde on --vrdeport 3389\nThis computer can\'t connect to the remote computer. Try connecting again.\nError code: 0x204',
      ),
    ).toContain(networkUnreachable.id);
  });
});

describe('true twins: the same products when the RDP leg failed keep the reading', () => {
  it("an SSH forward to the RDP port, its channel refused, is the RDP listener's", () => {
    // ssh -L as https://github.com/dorianj/CoRD/issues/28 forwards 3389; the channel line as OpenSSH prints it
    expect(
      causeIds(
        '$ ssh -N -L 3389:192.168.0.3:3389 user@192.168.0.2\nchannel 2: open failed: connect failed: Connection refused',
      ),
    ).toContain(networkUnreachable.id);
  });
  it("a tunnel whose dial to the RDP origin is refused is the RDP listener's", () => {
    // cloudflared's origin error as https://github.com/cloudflare/cloudflared/issues/742 words it, to an RDP origin
    expect(
      causeIds(
        'ERR  error="Unable to reach the origin service. The service may be down or it may not be responding to traffic from cloudflared: dial tcp [::1]:3389: connectex: No connection could be made because the target machine actively refused it." cfRay=74206971dbb7dab5-MIA ingressRule=0 originService=rdp://localhost:3389',
      ),
    ).toContain(networkUnreachable.id);
  });
  it("the Remote Desktop dialog beside a tunnel's name stays the dialog's", () => {
    expect(
      causeIds(
        "ngrok tcp 3389\nThis computer can't connect to the remote computer. Try connecting again.\nError code: 0x204",
      ),
    ).toContain(networkUnreachable.id);
  });
  it("a 4625 of Logon Type 10 (Remote Desktop's) and of type 3 (NLA) keep the sign-in's reading", () => {
    // the fields of a 4625 as https://github.com/JeftaDirksen/BlockIP/issues/3 shows them, with Remote Desktop's types
    for (const type of ['10', '3'])
      expect(
        causeIds(
          `An account failed to log on.\nLogon Type:\t\t\t${type}\nFailure Information:\n\tFailure Reason:\t\tUnknown user name or bad password.\n\tStatus:\t\t\t0xC000006D\n\tSub Status:\t\t0xC000006A`,
        ),
      ).toContain(authBadCredentials.id);
  });
  it('KRB_AP_ERR_SKEW without a Kerberos tool keeps its reading', () => {
    expect(causeIds('KRB_AP_ERR_SKEW')).toContain(credsspNla.id);
  });
  it('an expired certificate in a Remote Desktop text keeps its reading', () => {
    expect(causeIds('Remote Desktop: the certificate is expired or not yet valid (0x80090328)')).toContain(
      tlsCertificate.id,
    );
  });
});

describe('a feature request or release notes: the failures they name are their subject', () => {
  it.each([
    // https://github.com/kimmknight/raweb/issues/55
    'We should show a warning on the login page when using untrusted SSL certificates. Windows RADC and the other remote desktop apps from Microsoft also do not work with untrusted certificates.',
    // https://github.com/GoSecure/pyrdp/issues/59
    'Have an error message to tell the user why the connection could not proceed if the server enforces CredSSP\n\nThis should be possible by analyzing the RDP negociation response packet.',
    // https://github.com/gravitational/teleport/issues/21588
    'They can find more info in the logs, but ideally there would be a more descriptive error message for them in the interface. In particular, we want to intercept "Error during negotiation step: the server requires that the client support enhanced RDP security with CredSSP" and tell the user that they likely need to disable NLA.',
    // https://github.com/z41hk/KRemote/releases/tag/v0.11.1
    "RDP xrdp Compatibility Fix\n\nFixed RDP connection failures to xrdp servers by disabling NLA (CredSSP) requirement.\n\nWhat's Fixed\n\n  • xrdp Compatibility: RDP now connects successfully to xrdp servers (Linux RDP servers)",
  ])('%s', (paste) => {
    let causes: string[] = [];
    try {
      causes = explainCode(paste).likelyCauses.map((c) => c.causeId);
    } catch {
      // a refusal ("holds no code or known sentence") is an answer with no cause
    }
    expect(causes).toEqual([]);
  });

  it('the quoted message of a request is named, not ranked', () => {
    const e = explainCode(
      'Ideally there would be a clearer message. We want to intercept "Error during negotiation step: the server requires that the client support enhanced RDP security with CredSSP" and explain it.',
    );
    expect(e.summary).toMatch(/proposes a change/);
    expect(e.likelyCauses).toEqual([]);
  });

  it("a report of the writer's own failure beside a wish keeps its reading (the twin)", () => {
    // the same message reported as seen, with the wish after it
    expect(
      causeIds(
        'When I connect I get "Error during negotiation step: the server requires that the client support enhanced RDP security with CredSSP". It would be nice if the message said what to change.',
      ),
    ).toContain(credsspNla.id);
  });
});
