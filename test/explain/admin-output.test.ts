/**
 * Issue 60, round 15: what admins paste from a console (src/explain/tables/command-output/admin-output.ts), in wordings written for
 * these tests from the forms Microsoft's pages show (fictional names, documentation addresses): the logon rights of
 * `secedit /export` judged by the host-state check, `whoami /priv`, the domain's secure channel, w32tm, klist,
 * dsregcmd, an event log tool's "channel not found", and the Remote Desktop WMI settings. Each with a near miss, and
 * their numbers (SIDs, logon ids, statuses 0, thumbprints) never looked up as codes.
 */
import { describe, expect, it } from 'vitest';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { answerOrRefused, asCommandOutput, causeIds, mainReading } from '../helpers/explain.js';

describe('user rights from secedit /export', () => {
  it('Remote Desktop Users named in a deny line: refused, the deny right said, the allow right not blamed', () => {
    const e = asCommandOutput(
      'SeRemoteInteractiveLogonRight = *S-1-5-32-544,*S-1-5-32-555\r\nSeDenyRemoteInteractiveLogonRight = *S-1-5-32-555\r\n',
      'user-rights',
    );
    expect(e.summary).toMatch(/"Deny log on through Remote Desktop Services" names Remote Desktop Users/);
    expect(causeIds(e)).toEqual([authLogonRight.id]);
  });
  it('an allow right without Remote Desktop Users, under its section header, account names instead of SIDs', () => {
    const e = asCommandOutput('[Privilege Rights]\nSeRemoteInteractiveLogonRight = Administrators\n', 'user-rights');
    expect(e.summary).toMatch(/holds Administrators, not Remote Desktop Users/);
    expect(causeIds(e)).toEqual([authLogonRight.id]);
  });
  it('a deny line alone: only what it names is judged, and the answer says the allow right was not given', () => {
    const e = asCommandOutput('SeDenyRemoteInteractiveLogonRight = *S-1-1-0', 'user-rights');
    expect(e.summary).toMatch(/names Everyone/);
    expect(causeIds(e)).toEqual([authLogonRight.id]);
    expect(e.notes.join('\n')).toMatch(/SeRemoteInteractiveLogonRight is not in this paste/);
  });
  it('near miss: the default rights with Guests and local accounts denied: no cause, the denied named', () => {
    const e = asCommandOutput(
      'SeRemoteInteractiveLogonRight = *S-1-5-32-544,*S-1-5-32-555\nSeDenyRemoteInteractiveLogonRight = *S-1-5-32-546,*S-1-5-113',
      'user-rights',
    );
    expect(e.summary).toMatch(/^Remote Desktop Users hold SeRemoteInteractiveLogonRight/);
    expect(e.summary).toMatch(/Guests \(S-1-5-32-546\), Local account \(S-1-5-113\): those accounts are refused/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('near miss: a deny line with an unknown account that names no Remote Desktop group: no cause', () => {
    const e = asCommandOutput('SeDenyRemoteInteractiveLogonRight = CONTOSO\\svc-backup', 'user-rights');
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/CONTOSO\\svc-backup/);
  });
  it('near miss: rights that are not the Remote Desktop ones give no verdict', () => {
    const e = asCommandOutput(
      'SeDenyNetworkLogonRight = *S-1-5-32-546\nSeShutdownPrivilege = *S-1-5-32-544',
      'user-rights',
    );
    expect(e.summary).toMatch(/none of them is the Remote Desktop logon right/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('whoami /priv: privileges, never the logon rights: no verdict, no number read', () => {
    const e = asCommandOutput(
      'PRIVILEGES INFORMATION\n----------------------\n\nPrivilege Name                Description                    State\n============================= ============================== ========\nSeShutdownPrivilege           Shut down the system           Disabled\nSeChangeNotifyPrivilege       Bypass traverse checking       Enabled',
      'whoami-priv',
    );
    expect(e.summary).toMatch(/logon rights, such as SeRemoteInteractiveLogonRight, are never listed there/);
    expect(e.likelyCauses).toEqual([]);
  });
});

describe("the domain's secure channel, time and Kerberos", () => {
  it('Test-ComputerSecureChannel False: broken, repaired with -Repair; no cause id (no Remote Desktop cause states it)', () => {
    const e = asCommandOutput(
      'PS C:\\Users\\admin> Test-ComputerSecureChannel -Server dc07.contoso.com\nFalse',
      'secure-channel',
    );
    expect(e.summary).toMatch(/secure channel to its domain is broken/);
    expect(e.notes.join('\n')).toMatch(/-Repair/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('near miss: True is a working channel', () => {
    const e = asCommandOutput('Test-ComputerSecureChannel\n\nTrue\n', 'secure-channel');
    expect(e.summary).toMatch(/works/);
  });
  it('near miss: a True alone, without the command, is not read as a secure channel', () => {
    expect(() => explainCode('True')).toThrow();
  });
  it('nltest /sc_verify with every status 0: healthy, 0x0 never read as a dialog code', () => {
    const e = asCommandOutput(
      'Flags: b0 HAS_IP  HAS_TIMESERV\nTrusted DC Name \\\\dc07.contoso.com\nTrusted DC Connection Status Status = 0 0x0 NERR_Success\nTrust Verification Status = 0 0x0 NERR_Success\nThe command completed successfully',
      'nltest',
    );
    expect(e.summary).toMatch(/secure channel to its domain controller works/);
  });
  it('nltest with a failing status stays read by its Win32 code', () => {
    const e = explainCode('Trusted DC Connection Status Status = 1311 0x51f ERROR_NO_LOGON_SERVERS');
    expect(e.other?.table).not.toBe('commandOutput');
    expect(e.summary).toMatch(/no logon servers/i);
  });
  it('w32tm: no time data: the clock and Kerberos named, no cause', () => {
    const e = asCommandOutput(
      'Sending resync command to local computer\nThe computer did not resync because no time data was available.',
      'w32tm',
    );
    expect(e.summary).toMatch(/5 minutes off the domain controller's/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('klist with no cached ticket: no fault by itself; its logon id is no code', () => {
    const e = asCommandOutput('\nCurrent LogonId is 0:0x5a3f1\n\nCached Tickets: (0)\n', 'klist');
    expect(e.summary).toMatch(/no Kerberos ticket is cached/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('dsregcmd /status: a join state, not an error', () => {
    const e = asCommandOutput(
      '         AzureAdJoined : NO\n      EnterpriseJoined : NO\n          DomainJoined : YES',
      'dsregcmd',
    );
    expect(e.summary).toMatch(/joined \(DomainJoined\); a join state, not an error/);
    expect(e.likelyCauses).toEqual([]);
  });
  it("an event log tool's channel not found: the log name, not Remote Desktop; the event id is no code", () => {
    const e = asCommandOutput(
      'wevtutil qe Microsoft-Windows-TerminalServices-Gateway/Operational /q:"*[System[EventID=302]]"\nFailed to read configuration for log Microsoft-Windows-TerminalServices-Gateway/Operational. The specified channel could not be found.',
      'event-channel',
    );
    expect(e.summary).toMatch(/does not exist on that computer/);
  });
  it('near miss: another program\'s "channel could not be found" is not read as an event log\'s', () => {
    expect(answerOrRefused('Bot error: The specified channel could not be found.')?.other?.name).not.toBe(
      'event-channel',
    );
  });
});

describe('Remote Desktop WMI settings (Get-CimInstance)', () => {
  it('UserAuthenticationRequired 0 in a Win32_TSGeneralSetting list: NLA not required, with SecurityLayer named', () => {
    const e = asCommandOutput(
      'TerminalName               : RDP-Tcp\nSecurityLayer              : 1\nUserAuthenticationRequired : 0\nMinEncryptionLevel         : 2',
      'ts-wmi',
    );
    expect(e.summary).toMatch(/UserAuthenticationRequired = 0: Network Level Authentication is not required/);
    expect(e.summary).toMatch(/SecurityLayer = 1: Negotiate/);
  });
  it('AllowTSConnections 0: Remote Desktop switched off, by the check on fDenyTSConnections', () => {
    const e = asCommandOutput('__CLASS            : Win32_TerminalServiceSetting\nAllowTSConnections : 0', 'ts-wmi');
    expect(e.summary).toMatch(/switched off/);
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
  });
  it('near miss: AllowTSConnections 1 is switched on, no cause', () => {
    const e = asCommandOutput('AllowTSConnections : 1', 'ts-wmi');
    expect(e.likelyCauses).toEqual([]);
  });
  it('the certificate hash: the thumbprint named, no expiry invented', () => {
    const e = asCommandOutput('SSLCertificateSHA1Hash : 0A1B2C3D4E5F60718293A4B5C6D7E8F901234567', 'ts-wmi');
    expect(e.summary).toMatch(/named by its thumbprint/);
    expect(e.notes.join('\n')).toMatch(/no verdict on its expiry/);
    expect(`${e.summary} ${e.notes.join(' ')}`).not.toMatch(/expired|expires on/);
    expect(e.likelyCauses).toEqual([]);
  });
});

describe('services: the gateway, broker and management roles; another service stopped', () => {
  const table = (rows: string) =>
    `Status   Name               DisplayName\n------   ----               -----------\n${rows}`;
  it('TSGateway stopped: named by its role, the gateway said unavailable, no cause of the session host', () => {
    const e = asCommandOutput(table('Stopped  TSGateway          Remote Desktop Gateway'), 'services');
    expect(e.summary).toMatch(/^TSGateway \(Remote Desktop Gateway\) is Stopped: .*temporarily unavailable/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('RDMS stopped: management only, connections said not to go through it', () => {
    const e = asCommandOutput(table('Stopped  RDMS               Remote Desktop Management'), 'services');
    expect(e.summary).toMatch(/connections to the session hosts do not go through it/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('near miss: another service stopped is said to be no Remote Desktop service, never "none stopped"', () => {
    const e = asCommandOutput(table('Stopped  Spooler            Print Spooler'), 'services');
    expect(e.summary).toMatch(/Spooler: not a Remote Desktop service/);
    expect(e.summary).not.toMatch(/none stopped/);
  });
  it("sc query of TermServLicensing stopped: the license server's role and its cause", () => {
    const e = asCommandOutput(
      'SERVICE_NAME: TermServLicensing\n        TYPE               : 10  WIN32_OWN_PROCESS\n        STATE              : 1  STOPPED\n        WIN32_EXIT_CODE    : 0  (0x0)',
      'services',
    );
    expect(e.summary).toMatch(/TermServLicensing \(Remote Desktop Licensing\) is Stopped/);
    expect(e.likelyCauses[0]?.causeId).toBe(licensingServerUnavailable.id);
  });
});

describe('an HRESULT or NTSTATUS typed with a space inside it, anywhere', () => {
  it('"0x80090 322": the pieces joined, said, read as the SSPI code they make', () => {
    const e = explainCode('0x80090 322');
    expect(mainReading('0x80090 322')?.table).toBe('sspi');
    expect(mainReading('0x80090 322')?.hex).toBe('0x80090322');
    expect(e.notes.join('\n')).toMatch(/the space inside the number dropped/);
  });
  it('"0xC00 0006D": an NTSTATUS split after three digits', () => {
    expect(mainReading('Status: 0xC00 0006D')?.hex).toBe('0xC000006D');
  });
  it('near miss: pieces that make no known code are not joined', () => {
    const e = explainCode('0x8009F 3A1');
    expect(e.notes.join('\n')).not.toMatch(/the space inside the number dropped/);
  });
  it('near miss: pieces that make fewer than eight digits are not joined', () => {
    expect(explainCode('0x80090 32').notes.join('\n')).not.toMatch(/the space inside the number dropped/);
  });
});

describe("Get-WinEvent's own errors", () => {
  it('NoMatchingLogsFound: the log is not on that computer', () => {
    const e = asCommandOutput(
      'Get-WinEvent : There is not an event log on the localhost computer that matches "Microsoft-Windows-TerminalServices-Gateway/Operational".\n    + FullyQualifiedErrorId : NoMatchingLogsFound,Microsoft.PowerShell.Commands.GetWinEventCommand',
      'event-channel',
    );
    expect(e.summary).toMatch(/does not exist on that computer/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('an unauthorized operation: elevation, not Remote Desktop; the event id in the filter is no code', () => {
    const e = asCommandOutput(
      'Get-WinEvent -FilterHashtable @{LogName="Security"; Id=4625}\nGet-WinEvent : Attempted to perform an unauthorized operation.',
      'event-channel',
    );
    expect(e.summary).toMatch(/elevated prompt/);
    expect(e.likelyCauses).toEqual([]);
  });
});

describe('wmic … get <Property>', () => {
  it('AllowTSConnections then 0 on its own line: switched off', () => {
    const e = asCommandOutput(
      'C:\\>wmic /namespace:\\\\root\\cimv2\\TerminalServices PATH Win32_TerminalServiceSetting get AllowTSConnections\nAllowTSConnections\n0\n',
      'ts-wmi',
    );
    expect(e.summary).toMatch(/AllowTSConnections = 0: Remote Desktop is switched off/);
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
  });
  it('near miss: UserAuthenticationRequired then 1: NLA required, no cause', () => {
    const e = asCommandOutput('UserAuthenticationRequired\r\n1\r\n', 'ts-wmi');
    expect(e.summary).toMatch(/Network Level Authentication is required/);
    expect(e.likelyCauses).toEqual([]);
  });
});

describe('more console answers: Test-NetConnection Quiet, klist with tickets, whoami /groups, w32tm done', () => {
  it('Test-NetConnection -Port 3389 -InformationLevel Quiet False: nothing accepted TCP', () => {
    const e = asCommandOutput(
      'PS C:\\> Test-NetConnection rdsh07.contoso.com -Port 3389 -InformationLevel Quiet\nFalse',
      'tnc-quiet',
    );
    expect(e.summary).toMatch(/nothing accepted a TCP connection on port 3389/);
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
  });
  it('near miss: True answers; and without -Port the Boolean is a ping, not read', () => {
    expect(
      asCommandOutput('Test-NetConnection x -Port 3390 -InformationLevel Quiet\nTrue', 'tnc-quiet').likelyCauses,
    ).toEqual([]);
    expect(answerOrRefused('Test-NetConnection x -InformationLevel Quiet\nFalse')?.other?.name).not.toBe('tnc-quiet');
  });
  it('klist with a TERMSRV ticket: Kerberos to that server worked; the ticket count is no code', () => {
    const e = asCommandOutput(
      'Current LogonId is 0:0x4c5a1\n\nCached Tickets: (2)\n\n#0>     Client: alice @ CONTOSO.COM\n        Server: TERMSRV/rdsh07.contoso.com @ CONTOSO.COM',
      'klist',
    );
    expect(e.summary).toMatch(/one for TERMSRV\/rdsh07\.contoso\.com/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('whoami /groups with Remote Desktop Users: named, where whoami ran said, no cause', () => {
    const e = asCommandOutput(
      'GROUP INFORMATION\n-----------------\n\nGroup Name                   Type  SID          Attributes\n============================ ===== ============ ==========\nBUILTIN\\Remote Desktop Users Alias S-1-5-32-555 Mandatory group, Enabled by default, Enabled group',
      'whoami-groups',
    );
    expect(e.summary).toMatch(/member of Remote Desktop Users \(S-1-5-32-555\)/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('w32tm /resync completed: healthy', () => {
    const e = asCommandOutput('Sending resync command to local computer\nThe command completed successfully.', 'w32tm');
    expect(e.summary).toMatch(/synchronized/);
  });
  it('near miss: "The command completed successfully." alone is no w32tm output', () => {
    expect(answerOrRefused('The command completed successfully.')?.other?.name).not.toBe('w32tm');
  });
});
