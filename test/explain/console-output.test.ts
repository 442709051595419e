/**
 * Issue 60, round 16: console output admins paste beside a Remote Desktop problem (src/explain/tables/command-output/console-output.ts),
 * in wordings written for these tests in the forms Microsoft's command pages show (fictional names, documentation
 * addresses). Each read as the command it is; a cause only where the output states one (an account disabled or
 * locked out); healthy output said healthy; another service's port test never read as Remote Desktop's.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { asCommandOutput, causeIds } from '../helpers/explain.js';

const netUser = (active: string, extra = '') =>
  `User name                    mrivera\nFull Name                    Maria Rivera\nAccount active               ${active}\nAccount expires              Never\n\nPassword last set            1/8/2024 10:14:22 AM\nPassword expires             Never\n${extra}Local Group Memberships      *Remote Desktop Users\nGlobal Group memberships     *Domain Users\nThe command completed successfully.`;

describe('accounts', () => {
  it('net user: an account disabled (Account active No) is the account-state cause', () => {
    const e = asCommandOutput(netUser('No'), 'net-user');
    expect(e.summary).toMatch(/mrivera is disabled/);
    expect(causeIds(e)).toEqual([authAccountState.id]);
  });
  it('net user /domain: a locked-out account, with the DC line above it', () => {
    const e = asCommandOutput(
      `The request will be processed at a domain controller for domain corp.example.com.\n\n${netUser('Locked')}`,
      'net-user',
    );
    expect(e.summary).toMatch(/locked out/);
    expect(causeIds(e)).toEqual([authAccountState.id]);
  });
  it('near miss: an active account says so, no cause, its limits named', () => {
    const e = asCommandOutput(netUser('Yes', 'Logon hours allowed          Monday 8:00 AM - 5:00 PM\n'), 'net-user');
    expect(e.summary).toMatch(/is active.*logon hours are limited/);
    expect(e.likelyCauses).toEqual([]);
    expect(e.notes.join('\n')).toMatch(/Remote Desktop Users/);
  });
  it('Get-ADUser, a table: LockedOut True is the account-state cause', () => {
    const e = asCommandOutput(
      'Name          Enabled LockedOut PasswordExpired\n----          ------- --------- ---------------\nMaria Rivera     True      True           False',
      'ad-user',
    );
    expect(e.summary).toMatch(/Maria Rivera is locked out/);
    expect(causeIds(e)).toEqual([authAccountState.id]);
  });
  it('Get-ADUser, a list: Enabled False is the account-state cause, its GUID and SID never codes', () => {
    const e = asCommandOutput(
      'DistinguishedName : CN=Maria Rivera,OU=Staff,DC=corp,DC=example,DC=com\nEnabled           : False\nName              : Maria Rivera\nObjectGUID        : 5e7f8a9b-0c1d-4f6a-9c3d-8d0f7c442b1e\nSamAccountName    : mrivera\nSID               : S-1-5-21-1004336348-1177238915-682003330-1104',
      'ad-user',
    );
    expect(e.summary).toMatch(/mrivera is disabled/);
    expect(causeIds(e)).toEqual([authAccountState.id]);
  });
  it('near miss: Get-ADUser of a healthy account: no cause', () => {
    const e = asCommandOutput(
      'DistinguishedName : CN=Maria Rivera,OU=Staff,DC=corp,DC=example,DC=com\nEnabled           : True\nLockedOut         : False\nSamAccountName    : mrivera',
      'ad-user',
    );
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/no state that stops it/);
  });
  it('Get-LocalUser: the disabled accounts named, no cause (which one signs in is not shown)', () => {
    const e = asCommandOutput(
      'Name          Enabled Description\n----          ------- -----------\nAdministrator False   Built-in account for administering the computer/domain\nhelpdesk      True',
      'local-users',
    );
    expect(e.summary).toMatch(/enabled helpdesk; disabled Administrator/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('net accounts: a policy, not an account state', () => {
    const e = asCommandOutput(
      'Force user logoff how long after time expires?:       Never\nMaximum password age (days):                          42\nLockout threshold:                                    10\nThe command completed successfully.',
      'net-accounts',
    );
    expect(e.summary).toMatch(/lockout threshold 10/);
    expect(e.likelyCauses).toEqual([]);
  });
});

describe('audit policy and event listings', () => {
  it('auditpol with Logon not audited: no 4625 means nothing', () => {
    const e = asCommandOutput(
      'System audit policy\nCategory/Subcategory                      Setting\nLogon/Logoff\n  Logon                                   Success\n  Logoff                                  Success',
      'auditpol',
    );
    expect(e.summary).toMatch(/not audited.*no 4625/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('near miss: auditpol with failures audited says the log records them', () => {
    const e = asCommandOutput(
      'Category/Subcategory                      Setting\n  Logon                                   Success and Failure',
      'auditpol',
    );
    expect(e.summary).toMatch(/records failed sign-ins/);
  });
  it('a Get-WinEvent table of 4625 rows: counted, no cause (the cut message holds no status)', () => {
    const e = asCommandOutput(
      'TimeCreated           Id Message\n-----------           -- -------\n6/2/2025 7:41:05 PM 4625 An account failed to log on....\n6/2/2025 7:40:59 PM 4625 An account failed to log on....',
      'event-listing',
    );
    expect(e.summary).toMatch(/4625 ×2/);
    expect(e.summary).toMatch(/does not show its Status/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('near miss: a listing whose row quotes a code is read by the code', () => {
    const e = explainCode(
      'TimeCreated           Id Message\n-----------           -- -------\n6/2/2025 7:41:05 PM 36870 A fatal error occurred when attempting to access the TLS server credential private key. The error code returned from the cryptographic module is 0x8009030D.',
    );
    expect(e.other?.table).not.toBe('commandOutput');
  });
});

describe('host and network output named, no cause', () => {
  it.each([
    [
      'ipconfig',
      'Windows IP Configuration\n\n   Host Name . . . . . . . . . . . . : pc-017\n   Physical Address. . . . . . . . . : 3C-58-C2-11-22-33',
    ],
    [
      'Get-HotFix',
      'Source        Description      HotFixID      InstalledBy          InstalledOn\n------        -----------      --------      -----------          -----------\nPC-017        Security Update  KB5034441     NT AUTHORITY\\SYSTEM  1/9/2024 12:00:00 AM',
    ],
    [
      'route print',
      'IPv4 Route Table\n===========\nActive Routes:\nNetwork Destination        Netmask          Gateway       Interface  Metric\n          0.0.0.0          0.0.0.0      192.0.2.1     192.0.2.45     25',
    ],
    [
      'netsh http',
      'SSL Certificate bindings:\n-------------------------\n\n    IP:port                      : 0.0.0.0:443\n    Certificate Hash             : 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
    ],
    [
      'tasklist /svc',
      'Image Name                     PID Services\n========================= ======== ============\nsvchost.exe                   1312 TermService',
    ],
    [
      'Test-WSMan',
      'wsmid           : http://schemas.dmtf.org/wbem/wsman/identity/1/wsmanidentity.xsd\nProductVersion  : OS: 0.0.0 SP: 0.0 Stack: 3.0',
    ],
    [
      'WinRM error',
      'WinRM cannot complete the operation. Verify that the specified computer name is valid, that the computer is accessible over the network, and that a firewall exception for the WinRM service is enabled and allows access from this computer. Code="2150859046"',
    ],
    ['Get-NetFirewallProfile', 'Name    Enabled\n----    -------\nDomain     True\nPrivate   False\nPublic     True'],
  ])('%s', (_, text) => {
    const e = asCommandOutput(text);
    expect(e.likelyCauses).toEqual([]);
  });
  it('reg query refused: rights, not Remote Desktop off', () => {
    const e = asCommandOutput(
      'C:\\>reg query "\\\\rdsh01\\HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" /v fDenyTSConnections\nERROR: Access is denied.',
    );
    expect(e.summary).toMatch(/Access is denied.*says nothing about the Remote Desktop setting/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('near miss: "ERROR: Access is denied." with no registry in it is not read as reg query', () => {
    expect(() => explainCode('ERROR: Access is denied.')).not.toThrow(/reg query/);
    let summary = '';
    try {
      summary = explainCode('ERROR: Access is denied.').summary;
    } catch {
      // refused as holding no code: not read as reg query either
    }
    expect(summary).not.toMatch(/reg query/);
  });
  it('Test-NetConnection without -Port: a ping, no verdict on 3389', () => {
    const e = asCommandOutput(
      'ComputerName           : rdsh01\nRemoteAddress          : 192.0.2.30\nPingSucceeded          : False\nPingReplyDetails (RTT) : 0 ms',
    );
    expect(e.summary).toMatch(/no verdict alone/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('the WMI settings as a table are read as the list is', () => {
    const e = asCommandOutput(
      'TerminalName SecurityLayer UserAuthenticationRequired\n------------ ------------- --------------------------\nRDP-Tcp                  0                          0',
      'ts-wmi',
    );
    expect(e.summary).toMatch(/UserAuthenticationRequired = 0/);
  });
});

describe("another service's port tested", () => {
  const tnc = (port: number, ok: boolean) =>
    `ComputerName     : db01\nRemoteAddress    : 192.0.2.50\nRemotePort       : ${port}\nInterfaceAlias   : Ethernet\nSourceAddress    : 192.0.2.45\nTcpTestSucceeded : ${ok ? 'True' : 'False'}`;
  it('PostgreSQL 5432 refused: said for PostgreSQL, no Remote Desktop cause', () => {
    const e = asCommandOutput(tnc(5432, false), 'test-netconnection');
    expect(e.summary).toMatch(/TCP 5432 \(PostgreSQL\) did not answer/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('WinRM 5985 answered, and the -InformationLevel Quiet form of SQL Server', () => {
    expect(asCommandOutput(tnc(5985, true)).summary).toMatch(/WinRM over HTTP\) answers/);
    const q = asCommandOutput(
      'PS C:\\> Test-NetConnection db01 -Port 1433 -InformationLevel Quiet\nFalse',
      'tnc-quiet',
    );
    expect(q.likelyCauses).toEqual([]);
  });
  it('the warning line gives the port when RemotePort is not pasted', () => {
    const e = asCommandOutput('WARNING: TCP connect to (192.0.2.50 : 5432) failed\nTcpTestSucceeded : False');
    expect(e.summary).toMatch(/PostgreSQL/);
  });
  it("near miss: 3389, and a port the paste names as Remote Desktop's, stay Remote Desktop tests", () => {
    expect(causeIds(tnc(3389, false))).toContain(networkUnreachable.id);
    expect(causeIds(`RDP listens on 3390 here:\n${tnc(3390, false)}`)).toContain(networkUnreachable.id);
    expect(causeIds(`nmap -p 3390 srv\nPORT     STATE    SERVICE\n3390/tcp filtered ms-wbt-server`)).toContain(
      networkUnreachable.id,
    );
  });
  // https://pastebin.com/7nJQpZgF: a game server's port tested, nothing of Remote Desktop named (issue 60).
  it("a port neither Remote Desktop's nor well known, Remote Desktop never named: said for that port, no cause", () => {
    const paste =
      'Test-NetConnection [ServerIP] -p 26900\nWARNING: TCP connect to ([ServerIP] : 26900) failed\nComputerName : [ServerIP]\nRemoteAddress : [ServerIP]\nRemotePort : 26900\nInterfaceAlias : Wi-Fi 2\nSourceAddress : 10.0.0.15\nPingSucceeded : True\nPingReplyDetails (RTT) : 849 ms\nTcpTestSucceeded : False';
    const e = explainCode(paste);
    expect(e.summary).toMatch(/TCP 26900 did not answer: a test of port 26900, not of Remote Desktop's/);
    expect(e.likelyCauses).toEqual([]);
    expect(causeIds(tnc(3390, false))).toEqual([]);
    expect(causeIds('nmap -p 8443 srv\nPORT     STATE    SERVICE\n8443/tcp filtered https-alt')).toEqual([]);
  });
});

describe('a name that did not resolve stays a name-resolution failure', () => {
  it('near miss of the ping-only reading: the warning line wins', () => {
    const e = explainCode(
      'WARNING: Name resolution of rdsh99 failed\n\nComputerName   : rdsh99\nRemoteAddress  :\nPingSucceeded  : False',
    );
    expect(e.summary).toMatch(/does not resolve/);
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
  });
});
