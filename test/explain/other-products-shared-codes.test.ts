/**
 * Issue 60, round 27 (r27-s21n): other products' failures that share a code or a word with Remote Desktop — WinRM's
 * CredSSP (Ansible), an SMB/CIFS mount's NT_STATUS_LOGON_FAILURE (Linux's kernel, Python's smbprotocol), Rust's
 * "(os error 10054)", a VNC viewer's or Synergy's connection — are named as that product's with no Remote Desktop
 * cause; the same code or word in Remote Desktop's own text keeps its reading (the near misses). The pastes are the
 * pages' own words (the addresses beside each).
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { causeIds } from '../helpers/explain.js';

const NOT_RDP = /not a Remote Desktop connection/;

describe("another product's text with Remote Desktop's codes or words", () => {
  it.each([
    // https://github.com/jborean93/requests-credssp/issues/29 (Ansible over WinRM)
    [
      'fatal: [test-domjointest-0]: UNREACHABLE! => {"changed": false, "msg": "credssp: Server did not response with a CredSSP token after step Credential exchange - actual \'Negotiate, Kerberos, http://schemas.dmtf.org/wbem/wsman/1/wsman/secprofile/https/mutual, Basic realm=\\"WSMAN\\", CredSSP\'", "unreachable": true}',
      /PowerShell remoting/,
    ],
    // https://github.com/home-assistant/supervisor/issues/4364
    [
      'Status code returned 0xc000006d NT_STATUS_LOGON_FAILURE\nJul 06 13:08:37 homeassistant kernel: CIFS: VFS: \\\\xxx.xxx.xxx.xxx Send error in SessSetup = -13\nJul 06 13:08:37 homeassistant kernel: CIFS: VFS: cifs_mount failed w/return code = -13\nJul 06 13:08:37 homeassistant mount[149725]: mount error(13): Permission denied',
      /file share/,
    ],
    // https://github.com/jborean93/smbprotocol/issues/150
    [
      '    raise SMBResponseException(response)\nsmbprotocol.exceptions.LogonFailure: Received unexpected status from the server: The attempted logon is invalid. This is either due to a bad username or authentication information. (3221225581) STATUS_LOGON_FAILURE: 0xc000006d\nINFO:smbprotocol.connection:Disconnecting transport connection',
      /file share/,
    ],
    // https://github.com/rustdesk/rustdesk/issues/379
    ['An existing connection was forcebly closed by the remote host OS ERROR 10054', /Rust exception/],
    // https://github.com/TigerVNC/tigervnc/issues/117
    [
      'While opening TigerVNC,  unable to connect to socket: Connection refused(10061) is showing up. Please help',
      /remote-control or input-sharing/,
    ],
    // https://pastebin.com/8HxhUDV8 (Synergy's client log)
    [
      "[2017-09-06T14:10:24] NOTE: connecting to '192.168.0.110': 192.168.0.110:24800\n[2017-09-06T14:10:39] WARNING: failed to connect to server: Timed out\n[2017-09-06T14:10:42] INFO: stopping synergy desktop process\n[2017-09-06T14:10:42] ERROR: process exited with error code: 9",
      /remote-control or input-sharing/,
    ],
  ])('%s', (paste, product) => {
    const e = explainCode(paste);
    expect(e.summary).toMatch(product);
    expect(e.summary).toMatch(NOT_RDP);
    expect(e.likelyCauses).toEqual([]);
  });
});

describe("SMB's session setup step, as libsmb2 and smbclient report its failure (round 36, our wording)", () => {
  it.each([
    'nas-sync: smb2_connect_share failed: Session setup failed with (0xc0000064) STATUS_NO_SUCH_USER',
    'session setup failed: NT_STATUS_ACCOUNT_LOCKED_OUT',
  ])('%s', (paste) => {
    const e = explainCode(paste);
    expect(e.summary).toMatch(/file share/);
    expect(e.likelyCauses).toEqual([]);
  });
  it("true twin: the same line in a paste about a Remote Desktop connection keeps the status' reading", () => {
    expect(
      causeIds('mstsc to the file server: Session setup failed with (0xc0000234) STATUS_ACCOUNT_LOCKED_OUT'),
    ).toContain(authAccountState.id);
  });
});

describe('near misses: the same codes and words in Remote Desktop texts keep their reading', () => {
  it("CredSSP in Remote Desktop's own words, no WinRM named", () => {
    expect(
      causeIds(
        'An authentication error has occurred. The function requested is not supported. Remote computer: srv01 This could be due to CredSSP encryption oracle remediation.',
      ),
    ).toContain(credsspNla.id);
  });
  it('STATUS_LOGON_FAILURE without an SMB client', () => {
    expect(causeIds('STATUS_LOGON_FAILURE 0xc000006d')).toContain(authBadCredentials.id);
  });
  it("WSAECONNRESET's text without Rust's os error", () => {
    expect(causeIds('An existing connection was forcibly closed by the remote host.')).toContain(networkDropped.id);
  });
  it("Rust's os error in IronRDP's own log stays a Remote Desktop client's", () => {
    expect(
      causeIds(
        'ERROR ironrdp_client: Connection error: An existing connection was forcibly closed by the remote host. (os error 10054)',
      ),
    ).toContain(networkDropped.id);
  });
  it("a product named beside Remote Desktop's dialog", () => {
    expect(
      causeIds(
        "TigerVNC works, but: This computer can't connect to the remote computer. Try connecting again. Error code: 0x204",
      ),
    ).toContain(networkUnreachable.id);
  });
  it('Synergy as a word of prose is no product', () => {
    // Round 32 (whose-text.ts): Winsock's text beside another sentence and nothing of Remote Desktop is no longer
    // read as Remote Desktop's; with Remote Desktop named, the prose word still names no product.
    expect(
      causeIds(
        'synergy between teams. Remote Desktop: No connection could be made because the target machine actively refused it',
      ),
    ).toContain(networkUnreachable.id);
  });
});
