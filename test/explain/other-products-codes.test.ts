/**
 * Issue 60: another product's error quotes a number Remote Desktop's tables also hold (Citrix's 1030, a TeamViewer log's
 * 10060, Horizon's 0x4, Windows Update's and activation's 0x8…/0xC004… results, the VPN client's RAS 691/800/809).
 * other-subsystems.ts names the product (its own marker) and ranks no Remote Desktop cause; beside Remote Desktop's
 * words the same number keeps its reading (the near miss). Wordings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { causeIds, expectRefused, expectSaidNoCause } from '../helpers/explain.js';

const NOT_RDP = /not a Remote Desktop connection failure/;

describe("another product's error with a number of our tables", () => {
  it.each([
    ['Citrix Workspace: Cannot connect to the Citrix XenApp server. Protocol driver error (Error 1030)', /Citrix/],
    ['TeamViewer15_Logfile.log\nCGatewayConnection::Connect: connection to router failed, error 10060', /TeamViewer/],
    ['VMware Horizon Client: the Blast Extreme protocol is not available. Error code: 0x4', /VMware Horizon/],
    ['Cumulative Update for Windows 11 (KB5048685) - Error 0x80070643', /Windows Update/],
    [
      'slmgr /ato\nError: 0xC004F074 The Software Licensing Service reported that the computer could not be activated.',
      /activation/,
    ],
    ['Error 809: no answer from the VPN server named in the connection.', /VPN client/],
    ['Splashtop Business: Failed to connect to the remote computer. Error: 5', /remote-access product/],
    ['bind: 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563', /LDAP bind/],
    ['Windows cannot connect to the printer. Operation failed with error 0x0000011b.', /printer connection/],
    ["ERROR 1045 (28000): Access denied for user 'app'@'10.0.0.9' (using password: YES)", /database server/],
    [
      'ConnectionRefusedError: [WinError 10061] No connection could be made because the target machine actively refused it',
      /program's own network call/,
    ],
  ])('%s', (paste, named) => {
    expectSaidNoCause(paste, named, NOT_RDP);
  });

  it("a product's text without a code stays unread, as before", () => {
    expectRefused('Citrix Workspace could not start the desktop; the help desk was told.');
  });
});

/** The products' names beside Remote Desktop's own words: the paste is Remote Desktop's. */
const BESIDE_REMOTE_DESKTOP = [
  'We left Citrix for Remote Desktop; mstsc now says Error code: 0x904 Extended error code: 0x7',
  'TeamViewer works, but Remote Desktop Connection fails with error 10060',
  'Horizon Client with the RDP display protocol: Error code: 0x4',
];

describe("near miss: the same numbers beside Remote Desktop's words keep their reading", () => {
  it("a product's name beside Remote Desktop's words leaves the code its causes", () => {
    for (const paste of BESIDE_REMOTE_DESKTOP) expect(causeIds(explainCode(paste)).length, paste).toBeGreaterThan(0);
  });

  it('a product named in passing does not take the code', () => {
    for (const paste of ['error code 0x204, though TeamViewer works', 'Citrix works, but error code: 0x204']) {
      expect(explainCode(paste).summary, paste).not.toMatch(NOT_RDP);
    }
  });

  it("a program's socket error to port 3389 stays Remote Desktop's", () => {
    const paste = 'ConnectionRefusedError: [WinError 10061] target machine actively refused it (10.0.0.5:3389)';
    expect(causeIds(explainCode(paste)).length).toBeGreaterThan(0);
  });

  it('"since the last Windows Update" or a VPN named without its own error line does not take the code', () => {
    for (const paste of ['since the last Windows Update I get error code 0x204', 'on the VPN, error code 0x204']) {
      expect(explainCode(paste).summary, paste).not.toMatch(NOT_RDP);
      expect(causeIds(explainCode(paste)).length, paste).toBeGreaterThan(0);
    }
  });
});
