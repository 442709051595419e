/**
 * Splunk's classic WinEventLog text and NXLog keep a Security event's fields only in its English message: a
 * process creation (4688) and a service installation (4697) must yield the fields the session-hijack detector
 * reads (who ran what, with which command line, from which parent; which service runs what).
 */
import { describe, expect, it } from 'vitest';
import { fieldsFromMessage } from '../../../parsers/siem/message.js';

const PROCESS = `A new process has been created.

Creator Subject:
\tSecurity ID:\t\tS-1-5-18
\tAccount Name:\t\tWEF$
\tAccount Domain:\t\tWINDOMAIN
\tLogon ID:\t\t0x3E7

Target Subject:
\tSecurity ID:\t\tS-1-0-0
\tAccount Name:\t\t-
\tAccount Domain:\t\t-
\tLogon ID:\t\t0x0

Process Information:
\tNew Process ID:\t\t0x1b8c
\tNew Process Name:\tC:\\Windows\\System32\\tscon.exe
\tToken Elevation Type:\t%%1936
\tMandatory Label:\t\tS-1-16-16384
\tCreator Process ID:\t0x1980
\tCreator Process Name:\tC:\\Windows\\System32\\cmd.exe
\tProcess Command Line:\ttscon  2 /dest rdp-tcp#14`;

const SERVICE = `A service was installed in the system.

Subject:
\tSecurity ID:\t\tS-1-5-21-1-2-3-1112
\tAccount Name:\t\tuser
\tAccount Domain:\t\tWINDOMAIN
\tLogon ID:\t\t0x1945C67

Service Information:
\tService Name: \t\trdphijack2
\tService File Name:\tcmd.exe /k tscon 2 /dest rdp-tcp#14
\tService Type: \t\t0x10
\tService Start Type:\t3
\tService Account: \t\tLocalSystem`;

/** A test that the message of Security event `id` reads as (at least) `fields`. */
const readsFields = (title: string, id: number, message: string, fields: Record<string, string>) =>
  it(title, () => {
    expect(fieldsFromMessage('security', id, message)).toMatchObject(fields);
  });

describe('Security messages of process creation and service installation', () => {
  readsFields('4688: creator, new process, parent and command line', 4688, PROCESS, {
    SubjectUserSid: 'S-1-5-18',
    SubjectUserName: 'WEF$',
    SubjectLogonId: '0x3E7',
    TargetUserName: '-',
    NewProcessId: '0x1b8c',
    NewProcessName: 'C:\\Windows\\System32\\tscon.exe',
    ProcessId: '0x1980',
    ParentProcessName: 'C:\\Windows\\System32\\cmd.exe',
    CommandLine: 'tscon  2 /dest rdp-tcp#14',
  });

  readsFields('4697: the installer and the service with its command', 4697, SERVICE, {
    SubjectUserName: 'user',
    SubjectDomainName: 'WINDOMAIN',
    ServiceName: 'rdphijack2',
    ServiceFileName: 'cmd.exe /k tscon 2 /dest rdp-tcp#14',
    ServiceAccount: 'LocalSystem',
  });

  it('4732: who added which member to which group', () => {
    const text = `A member was added to a security-enabled local group.

Subject:
\tSecurity ID:\t\tS-1-5-21-1-2-3-1144
\tAccount Name:\t\tsvc.backup
\tAccount Domain:\t\tCORP
\tLogon ID:\t\t0x9C01F2

Member:
\tSecurity ID:\t\tS-1-5-21-1-2-3-1144
\tAccount Name:\t\t-

Group:
\tSecurity ID:\t\tS-1-5-32-555
\tGroup Name:\t\tRemote Desktop Users
\tGroup Domain:\t\tBuiltin`;
    expect(fieldsFromMessage('security', 4732, text)).toMatchObject({
      SubjectUserName: 'svc.backup',
      MemberSid: 'S-1-5-21-1-2-3-1144',
      TargetSid: 'S-1-5-32-555',
      TargetUserName: 'Remote Desktop Users',
    });
  });
});

const EXPLICIT = `A logon was attempted using explicit credentials.

Subject:
\tSecurity ID:\t\tS-1-5-21-1-2-3-1107
\tAccount Name:\t\tm.weber
\tAccount Domain:\t\tCORP
\tLogon ID:\t\t0x3A4F21
\tLogon GUID:\t\t{00000000-0000-0000-0000-000000000000}

Account Whose Credentials Were Used:
\tAccount Name:\t\tadm.weber
\tAccount Domain:\t\tCORP.EXAMPLE.TEST
\tLogon GUID:\t\t{00000000-0000-0000-0000-000000000000}

Target Server:
\tTarget Server Name:\tFS02.corp.example.test
\tAdditional Information:\tTERMSRV/FS02.corp.example.test

Process Information:
\tProcess ID:\t\t0x2f4
\tProcess Name:\t\tC:\\Windows\\System32\\lsass.exe

Network Information:
\tNetwork Address:\t-
\tPort:\t\t\t-`;

const WFP = `The Windows Filtering Platform has permitted a connection.

Application Information:
\tProcess ID:\t\t4120
\tApplication Name:\t\\device\\harddiskvolume2\\users\\public\\sharprdp.exe

Network Information:
\tDirection:\t\tOutbound
\tSource Address:\t\t192.0.2.20
\tSource Port:\t\t50112
\tDestination Address:\t192.0.2.31
\tDestination Port:\t\t3389
\tProtocol:\t\t6

Filter Information:
\tFilter Run-Time ID:\t70418
\tLayer Name:\t\tConnect
\tLayer Run-Time ID:\t48`;

describe('Security messages of explicit credentials and allowed connections', () => {
  readsFields('4648: who, whose credentials, the target server and its TERMSRV name, the caller', 4648, EXPLICIT, {
    SubjectUserName: 'm.weber',
    SubjectDomainName: 'CORP',
    TargetUserName: 'adm.weber',
    TargetDomainName: 'CORP.EXAMPLE.TEST',
    TargetServerName: 'FS02.corp.example.test',
    TargetInfo: 'TERMSRV/FS02.corp.example.test',
    ProcessName: 'C:\\Windows\\System32\\lsass.exe',
    IpAddress: '-',
  });

  it('5156: the application, direction and both ends, not the logon fields of 4625', () => {
    const fields = fieldsFromMessage('security', 5156, WFP);
    expect(fields).toMatchObject({
      ProcessID: '4120',
      Application: '\\device\\harddiskvolume2\\users\\public\\sharprdp.exe',
      Direction: 'Outbound',
      SourceAddress: '192.0.2.20',
      SourcePort: '50112',
      DestAddress: '192.0.2.31',
      DestPort: '3389',
      Protocol: '6',
    });
    expect(fields.IpPort).toBeUndefined();
  });
});
