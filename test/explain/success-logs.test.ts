/**
 * Issue 60: a Remote Desktop server's log that reports success is not read as a failure. xrdp's session manager prints
 * the socket of a granted session ("socket: 12", not the extended code 12 "the user logged off"), guacd the id of the
 * device redirection client ("as client 0x0002", not the disconnect reason 2), and a log pasted whole is the program's
 * words, not a failure described in the user's ("Security mode: NLA"). A 4776 named by its first line reads its Error
 * Code as an NTSTATUS, so 0x0 is the success it is (not the dialog's "no information"). Wordings written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { causeIds, expectRefused } from '../helpers/explain.js';

describe('a log reporting success', () => {
  it.each([
    ['xrdp-sesman', '[INFO ] ++ created session (access granted): username ana, ip 10.1.2.3:50000 - socket: 9'],
    ['guacd', 'guacd[77]: INFO:\tSecurity mode: NLA\nguacd[77]: INFO:\tConnected to RDPDR 1.13 as client 0x0003'],
    ['guacd, its keymaps', 'guacd[77]: INFO:\tLoading keymap "de-de-qwertz"\nguacd[77]: INFO:\tSecurity mode: NLA'],
  ])('%s: nothing read', (_name, paste) => {
    expectRefused(paste);
  });
});

const NTLM_4776 = (code: string) =>
  `The computer attempted to validate the credentials for an account.\n\nAuthentication Package:\tMICROSOFT_AUTHENTICATION_PACKAGE_V1_0\nLogon Account:\tana\nSource Workstation:\tWS-7\nError Code:\t${code}`;

describe("a 4776's Error Code", () => {
  it('0x0 is success, no cause', () => {
    const answer = explainCode(NTLM_4776('0x0'));
    expect(answer.summary).toMatch(/Status OK/);
    expect(causeIds(answer)).toEqual([]);
  });
  it('near miss: a failure status in the same event keeps its cause', () => {
    expect(causeIds(explainCode(NTLM_4776('0xC000006A')))).toContain(authBadCredentials.id);
  });
});

describe('near miss: the same words where they state a failure keep their reading', () => {
  it('a socket error with its number is a code', () => {
    expect(causeIds(explainCode('socket error: 10060'))).toContain(networkUnreachable.id);
  });
  it('a firewall that has allowed Remote Desktop is no firewall in the way; one that has not allowed it is', () => {
    expectRefused('Windows Defender Firewall has allowed Remote Desktop (TCP-In) on the Domain profile.');
    const blocked = 'Windows Defender Firewall has not allowed Remote Desktop, it times out';
    expect(causeIds(explainCode(blocked))).toContain(networkUnreachable.id);
  });
  it("NLA in the user's own description of a failure is still read", () => {
    expect(causeIds(explainCode('Remote Desktop fails at NLA every time I connect'))).toContain(credsspNla.id);
  });
});
