/**
 * Issue 60, round 25: command output and logs read by their structure. A log pasted under the command that printed
 * it is still a log pasted whole (its debug lines' "Enabling NLA security: TRUE" is a setting, not the user's
 * description of an NLA failure); a number a program prints before the things it counts ("16 CPU core(s)") is a
 * count, and "code" inside another word ("DecodeManager") is no code's label; the check for the listener reported empty
 * in words ("netstat -ano | findstr :3389 returns nothing") says nothing listens on the port. The pastes are the
 * pages' own words (FreeRDP issue 3139, TigerVNC issue 1644, RDP Wrapper issues 4010 and 4285).
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { answerOrRefused, causeIds, expectRefused } from '../helpers/explain.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';

const NEGO = (level: string) =>
  [
    `[09:44:47:994] [10115:10116] [${level}][com.freerdp.core.nego] - Enabling security layer negotiation: TRUE`,
    `[09:44:47:994] [10115:10116] [${level}][com.freerdp.core.nego] - Enabling NLA security: TRUE`,
    `[09:44:47:994] [10115:10116] [${level}][com.freerdp.core.nego] - state: NEGO_STATE_NLA`,
    `[09:44:47:994] [10115:10116] [${level}][com.freerdp.core.nego] - Attempting NLA security`,
  ].join('\n');

describe('a log pasted under the command that printed it (FreeRDP issue 3139)', () => {
  it.each([
    ['a $ prompt and environment settings', '$ WLOG_LEVEL=DEBUG xfreerdp /u:JOTRON\\\\knutid /v:knutid-laptop'],
    ['user@host:~$', 'admin@admin-KVM-Virtual-Machine:~$  xfreerdp /v:<ip> /u:<user> /p:<password> /log-level:DEBUG'],
    ['a # prompt', '# xfreerdp /v:rds.example.test /log-level:DEBUG'],
  ])('%s: its debug settings are no NLA failure described', (_name, command) => {
    expectRefused(`${command}\n${NEGO('DEBUG')}`);
  });

  it('true twin: the same command above a line that says the sign-in failed is read by that line', () => {
    const failed = `[20:44:10:263] [26639:26640] [ERROR][com.freerdp.core] - nla_recv_pdu:freerdp_set_last_error_ex ERRCONNECT_LOGON_FAILURE [0x00020014]`;
    const ids = causeIds(`$ WLOG_LEVEL=DEBUG xfreerdp /v:knutid-laptop\n${NEGO('DEBUG')}\n${failed}`);
    expect(ids[0]).toBe(authBadCredentials.id);
  });

  it("near miss: a Markdown heading above the log is the user's own description, still read", () => {
    expect(causeIds(`# NLA fails every time I connect\n${NEGO('DEBUG')}`)).toContain(credsspNla.id);
  });
});

// The viewer's log as the issue shows it.
const TIGERVNC =
  'TigerVNC Viewer 64-bit v1.12.0\nBuilt on: 2023-01-06 16:01\nXOpenIM() failed\n\nFri Jul  7 15:05:11 2023\n DecodeManager: Detected 16 CPU core(s)\n DecodeManager: Creating 4 decoder thread(s)\n TcpSocket:   Connecting to localhost [::1] port 51000\n CConn:       Connected to host localhost port 51000';

describe('numbers a program prints as counts (TigerVNC issue 1644)', () => {
  it('"16 CPU core(s)" and "4 decoder thread(s)" are counts: no code, no cause', () => {
    expect(causeIds(answerOrRefused(TIGERVNC))).toEqual([]);
  });
  it.each([
    ['a plural marked (s)', 'Remote Desktop log: Detected 16 CPU core(s)'],
    ['a plural noun that counts', 'Remote Desktop log: Creating 4 threads'],
  ])('%s', (_name, paste) => {
    expectRefused(paste);
  });
  it('"code" inside another word is no label: "DecodeManager: 16" stays a number', () => {
    expectRefused('Remote Desktop client log\nDecodeManager: using 16');
  });
  it('near miss: a code after its label stays a code beside such words', () => {
    expect(explainCode('Unicode text; error code 0x904').primary?.hex).toBe('0x904');
    expect(causeIds('Remote Desktop says error code 4, extended error code 0x4')).toContain(sessionLimit.id);
  });
});

describe('the check for the listener reported empty in words (RDP Wrapper issues 4010 and 4285)', () => {
  it.each([
    ['issue 4010', 'The command `netstat -ano | findstr :3389` shows **no output** (port is free).'],
    [
      'issue 4285',
      'qwinsta shows only services and console\nNo rdp-tcp session\nnetstat -ano | findstr :3389 returns nothing',
    ],
    ['nothing listening', 'netstat shows nothing listening on 3389'],
  ])('%s: nothing listens on the port', (_name, paste) => {
    expect(causeIds(paste)[0]).toBe(networkUnreachable.id);
  });
  it('near miss: another command returning nothing names no listener', () => {
    expectRefused('dir /s *.rdp returns nothing');
  });
  it('near miss: the listener found listening is no listener missing', () => {
    const listening = 'netstat -ano | findstr :3389\n  TCP    0.0.0.0:3389    0.0.0.0:0    LISTENING    1234';
    expect(causeIds(answerOrRefused(listening))).not.toContain(networkUnreachable.id);
  });
});

describe('FreeRDP\'s "failed to connect to <server>" line (Remmina issue 1056)', () => {
  const REMMINA_1056 = [
    '[18:13:47:215] [11304:11309] [INFO][com.freerdp.client.common.cmdline] - loading channel rdpdr',
    '[18:13:47:215] [11304:11309] [INFO][com.freerdp.client.common.cmdline] - loading channel rdpsnd',
    '[18:13:47:215] [11304:11309] [INFO][com.freerdp.client.common.cmdline] - loading channel cliprdr',
    '[18:14:02:234] [11304:11309] [ERROR][com.freerdp.core] - failed to connect to farmetufr.neoma-bs.fr',
  ].join('\n');
  it('the TCP connection failed: nothing answered on the port', () => {
    expect(causeIds(REMMINA_1056)).toEqual([networkUnreachable.id]);
  });
  it("true twin: FreeRDP 3's line with its function's name", () => {
    const v3 =
      '[12:00:01:000] [4815:000012d3] [ERROR][com.freerdp.core] - [freerdp_tcp_connect]: failed to connect to rds01';
    expect(causeIds(v3)).toEqual([networkUnreachable.id]);
  });
  it('near miss: another program\'s "failed to connect to" is not FreeRDP\'s', () => {
    expectRefused('[ERROR] ipmi - failed to connect to bmc01\n[ERROR] ipmi - giving up');
  });
});

describe('Get-NetTCPConnection\'s "not found" in each of its forms (PowerShell 5.1, 7, a translated message)', () => {
  const PS7 = (port: number) =>
    `Get-NetTCPConnection -LocalPort ${port} -State Listen | Select-Object LocalAddress,LocalPort,OwningProcess\nGet-NetTCPConnection: No matching MSFT_NetTCPConnection objects found by CIM query for instances of the ROOT/StandardCimv2/MSFT_NetTCPConnection class on the  CIM server: SELECT * FROM MSFT_NetTCPConnection  WHERE ((LocalPort = ${port})) AND ((State = 2)). Verify query parameters and retry.`;
  const GERMAN =
    'PS C:\\> Get-NetTCPConnection -LocalPort 3389\nGet-NetTCPConnection : Objekte vom Typ MSFT_NetTCPConnection mit der Eigenschaft "LocalPort" gleich "3389" wurden nicht gefunden.\n    + CategoryInfo          : ObjectNotFound: (3389:UInt16) [Get-NetTCPConnection], CimJobException\n    + FullyQualifiedErrorId : CmdletizationQuery_NotFound_LocalPort,Get-NetTCPConnection';
  it("PowerShell 7's CIM query on port 3389: nothing listens", () => {
    expect(causeIds(PS7(3389))).toEqual([networkUnreachable.id]);
  });
  it("a translated message, read by the error record's id and the command's port", () => {
    expect(causeIds(GERMAN)).toEqual([networkUnreachable.id]);
  });
  it("near miss: another port's listener missing is named, no Remote Desktop cause (its State = 2 no code)", () => {
    const answer = explainCode(PS7(61208));
    expect(answer.summary).toMatch(/local port 61208/);
    expect(causeIds(answer)).toEqual([]);
  });
  it('near miss: the error id with no port the command names reads nothing into it', () => {
    const alone =
      '    + FullyQualifiedErrorId : CmdletizationQuery_NotFound_LocalPort,Get-NetTCPConnection\nRemote Desktop does not connect';
    expect(causeIds(answerOrRefused(alone))).not.toContain(networkUnreachable.id);
  });
});

describe("Get-RDLicenseConfiguration's table read as its list", () => {
  it('Mode NotConfigured in the table: the licensing mode not configured', () => {
    const table =
      'PS C:\\> Get-RDLicenseConfiguration -ConnectionBroker rdcb.contoso.com\n\nMode          LicenseServer\n----          -------------\nNotConfigured\n';
    expect(explainCode(table).summary).toMatch(/licensing mode is not configured/);
  });
  it('near miss: a directory listing whose first column is also "Mode" is no licensing output', () => {
    const dir =
      'Mode                 LastWriteTime         Length Name\n----                 -------------         ------ ----\n-a----        3/14/2023   9:12 AM           2048 default.rdp\n';
    expect(answerOrRefused(dir)?.summary ?? '').not.toMatch(/licensing/i);
  });
});

describe('a log pasted whole that no table reads: its error lines say what failed', () => {
  const CONNECTOR = (port: number, level: string) =>
    `[2023-03-14 09:12:44] INFO: Connecting to 10.0.0.25:${port}\n[2023-03-14 09:12:59] ${level}: Connection timed out after 15000 ms`;
  it("an ERROR line timing out on the Remote Desktop port, said as the log's words", () => {
    const answer = explainCode(CONNECTOR(3389, 'ERROR'));
    expect(causeIds(answer)).toEqual([networkUnreachable.id]);
    expect(answer.summary).toMatch(/^The log's error lines say "timed out"/);
  });
  it('near miss: the same log to SSH names no Remote Desktop', () => {
    expectRefused(CONNECTOR(22, 'ERROR'));
  });
  it('near miss: a warning is no error line', () => {
    expectRefused(CONNECTOR(3389, 'WARN'));
  });
  it('near miss: FreeRDP\'s "Timeout waiting for activation" is a later step, not a connection unanswered', () => {
    const activation =
      '[10:00:00:000] [1:2] [INFO][com.freerdp.core] - connecting to 10.0.0.25:3389\n[10:00:15:000] [1:2] [ERROR][com.freerdp.core] - Timeout waiting for activation';
    expect(causeIds(answerOrRefused(activation))).not.toContain(networkUnreachable.id);
  });
});

describe('the error level as a column of its own', () => {
  const LOG = (level: string) =>
    `2024-01-01T10:00:00Z INFO  remote desktop client starting\n2024-01-01T10:00:05Z ${level} certificate has expired (rdp host rds01)`;
  it('ERROR in capitals: its line read', () => {
    expect(causeIds(LOG('ERROR'))).toContain(tlsCertificate.id);
  });
  it('near miss: INFO is no error line', () => {
    expectRefused(LOG('INFO '));
  });
});

describe('a catch-all message with the reason its program printed beside it', () => {
  // r29-h60w: alone, the catch-all gets the ranking its pages give (ranked-dialogs.ts), said as theirs.
  it('Remmina\'s "Unable to connect to RDP server" alone: its pages\' ranking, the changed certificate first', () => {
    expect(causeIds('Unable to connect to RDP server')).toEqual([
      tlsCertificate.id,
      networkUnreachable.id,
      credsspNla.id,
    ]);
  });
  it.each([
    ['after a colon', 'Unable to connect to RDP server 10.0.0.5: connection refused'],
    ['in a guacd line', 'guacd[123]: ERROR:\tUnable to connect to RDP server: connection timed out'],
  ])('%s: the reason is read, said as the reason', (_name, paste) => {
    const answer = explainCode(paste);
    expect(causeIds(answer)).toEqual([networkUnreachable.id]);
    expect(answer.summary).toMatch(/^The reason after the message says/);
  });
  it("near miss: words that rule the reason out are no reason (the catch-all keeps its pages' ranking)", () => {
    const answer = explainCode('Unable to connect to RDP server rds01, the firewall is not blocking it');
    expect(answer.summary).not.toMatch(/^The reason after the message says/);
    expect(causeIds(answer)[0]).toBe(tlsCertificate.id);
  });
});

describe("Get-WinEvent's Format-List read as the Event Viewer block it is", () => {
  const RECORD = (id: number, provider: string, message: string) =>
    [
      `Message              : ${message}`,
      `Id                   : ${id}`,
      'Version              : 0',
      'Qualifiers           : 49152',
      'Level                : 2',
      'Task                 : 0',
      'Opcode               : 0',
      'Keywords             : 36028797018963968',
      'RecordId             : 120455',
      `ProviderName         : ${provider}`,
      'LogName              : System',
      'ProcessId            : 804',
      'ThreadId             : 5116',
      'TimeCreated          : 3/14/2023 9:12:44 AM',
    ].join('\n');
  it('TermService terminated: the listener down, as the same event in Event Viewer reads', () => {
    const scm = RECORD(
      7034,
      'Service Control Manager',
      'The Remote Desktop Services service terminated unexpectedly.  It has done this 1 time(s).',
    );
    expect(causeIds(scm)[0]).toBe(networkUnreachable.id);
  });
  it("near miss: a logon that succeeded names no cause; the record's Version : 0 is no code", () => {
    const ok = RECORD(
      21,
      'Microsoft-Windows-TerminalServices-LocalSessionManager',
      'Remote Desktop Services: Session logon succeeded:',
    );
    const answer = explainCode(ok);
    expect(causeIds(answer)).toEqual([]);
    expect(answer.summary).not.toMatch(/No information is available/);
  });
  it("near miss: a process's Format-List (an Id, no provider) is no event", () => {
    const process = 'Id      : 804\nHandles : 1500\nName    : svchost\nPath    : C:\\Windows\\System32\\svchost.exe';
    expect(answerOrRefused(process)?.summary ?? '').not.toMatch(/event/i);
  });
});
