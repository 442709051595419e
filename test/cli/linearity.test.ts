/**
 * Every text path linear (issue #61): for each shape a hostile input takes, the CPU time of growing inputs (10k, 100k,
 * 1M characters). A path that measures the rest of a text again at each step (the table's word wrap on a long word
 * holding one non-ASCII character; explain-code's label pattern on a run of spaces) grows a hundredfold per tenfold
 * step; a linear one about tenfold. The test fails on a step clearly above that: a ratio, measured in CPU time
 * (process.cpuUsage), never wall time, so that a busy machine slows every size alike.
 */
import { REPORT_FORMAT_NAMES } from '../../src/report/formats.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { MAX_VALUE_CHARS } from '../../src/model/value-length.js';
import { formatCodeExplanation } from '../../src/explain/format-explanation.js';
import { EventXmlTokenizer } from '../../parsers/xml/tokenizer.js';
import { wrap } from '../../src/report/table-text.js';
import { rdpdiag } from '../helpers/cli.js';

const SIZES = [4_000, 40_000, 400_000];
/** A linear path grows about 10× a step; a quadratic one 100×. */
const MAX_STEP = 35;
/** Below this, a time is mostly noise (a collection, a compile): the step is measured from it. */
const FLOOR_MS = 5;

/** CPU milliseconds (user and system) `run` takes, the lowest of `runs` runs. */
async function cpuMs(run: () => unknown, runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Fails when a tenfold step costs clearly more than tenfold CPU; the times are in the message. */
async function expectLinear(shape: string, run: (n: number) => unknown, runs = 2): Promise<void> {
  await run(SIZES[0]); // compiled and warm
  const times: number[] = [];
  for (const n of SIZES) times.push(await cpuMs(() => run(n), runs));
  const said = `${shape}: ${SIZES.map((n, i) => `${n}: ${times[i].toFixed(1)} ms`).join(', ')}`;
  for (let i = 1; i < times.length; i++) {
    const step = times[i] / Math.max(times[i - 1], FLOOR_MS);
    expect(step, said).toBeLessThan(MAX_STEP);
  }
}

let dir: string | undefined;
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

/** The Winlogbeat sample with its first user named `name`, written in the test folder. */
function withUser(name: string): string {
  dir ??= mkdtempSync(join(tmpdir(), 'rdpdiag-linear-'));
  const text = readFileSync('samples/siem/ecs/winlogbeat8-hits.ndjson', 'utf8');
  const file = join(dir, `user-${name.length}.ndjson`);
  writeFileSync(file, text.replace('"TargetUserName":"alice"', `"TargetUserName":${JSON.stringify(name)}`));
  return file;
}

describe('the word wrap is linear', () => {
  it('on one long word holding one non-ASCII character', async () => {
    await expectLinear('wrap', (n) => wrap(`é${'x'.repeat(n)}`, 80, '  '));
  }, 600_000);
  it('on a long word of wide characters', async () => {
    await expectLinear('wrap wide', (n) => wrap('名'.repeat(n / 2), 80, '  '));
  }, 600_000);
});

describe('every renderer is linear on a long user name', () => {
  for (const format of REPORT_FORMAT_NAMES) {
    it(format, async () => {
      const files = new Map(SIZES.map((n) => [n, withUser(`é${'u'.repeat(n - 1)}`)]));
      await expectLinear(
        `analyze --format ${format}`,
        async (n) => {
          const r = await rdpdiag(['analyze', files.get(n) ?? '', '--format', format, '--redact']);
          expect(r.code, r.stderr).toBeLessThan(2);
        },
        1,
      );
    }, 600_000);
  }
});

describe('explain-code is linear on long pastes', () => {
  const shapes: [string, (n: number) => string][] = [
    // A paste longer than MAX_VALUE_CHARS is read by its start (explain-code.ts), so the code after the spaces stays
    // inside it: past the limit this shape would read no code at all, a different path, measured as "spaces, no code".
    ['spaces', (n) => ' '.repeat(Math.min(n, MAX_VALUE_CHARS) - 5) + '0x904'],
    ['spaces, no code', (n) => ' '.repeat(n)],
    ['a code repeated', (n) => '0x904 '.repeat(n / 6)],
    ['a code repeated, glued', (n) => '0x904'.repeat(n / 5)],
    ['a run of nines', (n) => '9'.repeat(n)],
    ['a code padded', (n) => `0x904${' '.repeat(n - 5)}`],
    ['label lines', (n) => 'Error code: 0x904\n'.repeat(n / 18)],
    ['words', (n) => 'error code '.repeat(n / 11)],
    // Issue 60 round 27: a dialog retold, repeated (near-quote.ts: the rows' words indexed once, one pass per row; a
    // paste beyond 2,000 characters is not searched).
    [
      'a dialog retold, repeated',
      (n) => 'Terminal server has exceeded maximum number of allowed connection. '.repeat(n / 68),
    ],
    // Other scripts (issue 60 round 5): the localized wordings' folding and the approximate reading's word pairs.
    ['a Russian sentence repeated', (n) => 'Указанная функция не поддерживается. '.repeat(n / 37)],
    ['a Chinese run without spaces', (n) => '要求的函数不受支持出现错误'.repeat(n / 13)],
    ['half-width katakana', (n) => 'ｻﾎﾟｰﾄされていません'.repeat(n / 13)],
    // Issue 60 round 28: a Chinese dialog quoted inexactly, repeated (script-near-quote.ts: the rows' character pairs
    // indexed once, one pass per row aligned; a paste beyond 2,000 characters is not searched); a code label before
    // blanks and no number, and the labels repeated (script-code-labels.ts: its blanks bounded).
    ['a Chinese dialog quoted inexactly, repeated', (n) => '提示“远程桌面服务要求的函数不受支持”。'.repeat(n / 21)],
    ['a code label before blanks', (n) => `错误代码${' '.repeat(n - 4)}`],
    ['code labels repeated', (n) => 'エラー コード：2055、오류 코드 2055，'.repeat(n / 25)],
    // Command output (issue 60 round 5): a session list's header then a line of spaces, rows repeated, a long token.
    ['qwinsta, a line of spaces', (n) => ` SESSIONNAME USERNAME ID STATE\n${' '.repeat(n)}1`],
    ['qwinsta rows', (n) => ` SESSIONNAME USERNAME ID STATE\n${' rdp-tcp#1  bob  2  Disc\n'.repeat(n / 24)}`],
    ['netstat rows', (n) => '  TCP    0.0.0.0:3390   0.0.0.0:0   LISTENING   1168\n'.repeat(n / 52)],
    // (no end: the same shape once the paste is cut at its reading limit)
    ['netstat, one long address', (n) => `  TCP    ${'1:'.repeat(n / 2)}`],
    ['reg query lines, spacing lost', (n) => 'fDenyTSConnections REG_DWORD 0x1\n'.repeat(n / 33)],
    ['a reg value line of spaces', (n) => `x${' '.repeat(n)}REG_DWORD`],
    // Issue 60 round 6: Get-ItemProperty lists, a list line of spaces, a SQL provider form, a text naming no TLS.
    ['Get-ItemProperty lines', (n) => 'fDenyTSConnections     : 1\n'.repeat(n / 28)],
    ['a list line of spaces', (n) => `fDenyTSConnections : ${' '.repeat(n)}x`],
    ['an indented list line', (n) => `${' '.repeat(n)}fDenyTSConnections : 1`],
    ['a SQL provider form repeated', (n) => '(provider: TCP Provider, error: 0 - '.repeat(n / 36)],
    ['error: 40 repeated', (n) => 'the job said error: 40 '.repeat(n / 23)],
    ['Russian qwinsta rows', (n) => ` СЕАНС ПОЛЬЗОВАТЕЛЬ ID СТАТУС\n${' rdp-tcp#1  олег  2  Диск\n'.repeat(n / 25)}`],
    ['a Russian state word run', (n) => ` СЕАНС ПОЛЬЗОВАТЕЛЬ ID СТАТУС\n x 2 ${'Д'.repeat(n)}`],
    // Issue 60 round 7: registry lines in other orders, a split Error code repeated.
    ['reordered registry lines', (n) => 'REG_DWORD    AllowEncryptionOracle    0x2\n'.repeat(n / 42)],
    ['split Error codes repeated', (n) => 'Error code: 0x9 04 '.repeat(n / 19)],
    // Round 17 (codes users type): "alert N" alone, a space after 0x and inside an HRESULT, repeated.
    ['alert then spaces', (n) => `alert ${' '.repeat(n)}48`],
    ['0x-space HRESULT halves repeated', (n) => '0x 8009 0308 '.repeat(n / 13)],
    ["a header's literal repeated, glued", (n) => '0x80090302L'.repeat(n / 11)],
    ['gateway 202 openings repeated', (n) => 'administrator disconnected the user x '.repeat(n / 38)],
    ['60-minute openings repeated', (n) => 'your session will be disconnected in 60 minutes '.repeat(n / 48)],
    ['Get-Service list openings repeated', (n) => 'Name : TermService Status : Running '.repeat(n / 36)],
    ['HTTP 503 openings repeated', (n) => '503 Service Unavailable 503 '.repeat(n / 28)],
    [
      'certutil blocks',
      (n) => '=== Certificate 0 ===\n NotAfter: 5/25/2019 8:15 AM\nMissing stored keyset\n'.repeat(n / 70),
    ],
    // Issue 60 round 18: a sentence that states its cause above command output (qwinsta rows), the generic dialog's
    // opening repeated (its lookahead), a Windows App dialog repeated.
    [
      'a stating sentence over qwinsta rows',
      (n) =>
        `The terminal server has exceeded the maximum number of allowed connections.\n SESSIONNAME USERNAME ID STATE\n${' rdp-tcp#1  bob  2  Disc\n'.repeat(n / 24)}`,
    ],
    [
      "the generic can't-connect opening repeated",
      (n) => "this computer can't connect to the remote computer ".repeat(n / 52),
    ],
    ['a session ended opening repeated', (n) => 'your session ended because of an error '.repeat(n / 40)],
    // Issue 60 round 8: sc query, nslookup, the licensing notification, a shared Russian opening (approximate reading).
    ['sc query openings repeated', (n) => 'SERVICE_NAME: TermService STATE : 4 '.repeat(n / 37)],
    ['a run of service_name: with no space', (n) => 'service_name:'.repeat(n / 13)],
    ["nslookup's can't find before a long token", (n) => `*** can't find ${'x'.repeat(n)}`],
    [
      'the licensing notification opening repeated',
      (n) => 'Remote Desktop Services will stop working in '.repeat(n / 46),
    ],
    ['a Russian dialog opening repeated', (n) => 'Произошла ошибка проверки подлинности. '.repeat(n / 40)],
    [
      "netsh's Remote Desktop rule name repeated",
      (n) => 'Rule Name: Remote Desktop - User Mode (TCP-In) '.repeat(n / 49),
    ],
    ['negations repeated (approximate reading)', (n) => 'The password has not expired. '.repeat(n / 30)],
    // Issue 60 round 9: another subsystem's words (TPM, Outlook) with a code; AVD statuses spelled out; Diagnoser.
    [
      'TPM and Outlook words repeated with a code',
      (n) => 'Trusted Platform Module tpm Outlook 0x80090016 '.repeat(n / 48),
    ],
    ['a long word before tpm', (n) => `${'x'.repeat(n)}tpm 0x80090016`],
    ['session host status words repeated', (n) => 'session host needs upgrade failed no '.repeat(n / 38)],
    ['Licensing Diagnoser openings repeated', (n) => 'Der Lizenzserver ist nicht verfügbar '.repeat(n / 37)],
    // Issue 60 round 13: connections, ping, DNS, services, certificates, property lists (host-output.ts).
    [
      'netstat connection rows',
      (n) => '  TCP    10.0.0.8:51544   198.51.100.20:3389   SYN_SENT   6612\n'.repeat(n / 62),
    ],
    [
      'a Get-NetTCPConnection header then long rows',
      (n) => `LocalAddress LocalPort RemoteAddress RemotePort State\n${'0.0.0.0 '.repeat(n / 8)}`,
    ],
    ['ping replies', (n) => 'Reply from 192.0.2.7: bytes=32 time=1ms TTL=128\n'.repeat(n / 48)],
    ['a Get-Service header then one long row', (n) => `Status Name DisplayName\nStopped ${'x '.repeat(n / 2)}`],
    ['property-list lines', (n) => 'NotAfter      : 8/3/2025 8:00:00 AM\nThumbprint : 0A\n'.repeat(n / 50)],
    ['a Win32_Service header then cells', (n) => `Name StartMode State\n${'Disabled '.repeat(n / 9)}`],
    ['a certificate table header then a long row', (n) => `Thumbprint NotAfter\n${'0A1B '.repeat(n / 5)}`],
    ['ping timeouts', (n) => `Pinging x with 32 bytes of data:\n${'Request timed out.\n'.repeat(n / 19)}`],
    // Issue 60 round 14: a service that would not start (service-control.ts).
    [
      'Services console openings repeated',
      (n) => 'Windows could not start the x service on Local Computer. '.repeat(n / 57),
    ],
    ['a 7001 opening before a long name', (n) => `The ${'x'.repeat(n)} service depends on the`],
    ['[SC] FAILED lines repeated', (n) => '[SC] StartService FAILED 1058:\n'.repeat(n / 31)],
    ['TTL expired lines repeated', (n) => 'Reply from 192.0.2.1: TTL expired in transit.\n'.repeat(n / 47)],
    ['a ping -i line of spaces', (n) => `ping ${' '.repeat(n)}-i 3 x`],
    [
      'tracert hops repeated',
      (n) => `Tracing route to x [192.0.2.7]\n${'  2     *        *        *     Request timed out.\n'.repeat(n / 50)}`,
    ],
    ['a tracert hop with a long tail', (n) => `Tracing route to x\n  1    <1 ms    <1 ms    <1 ms  ${'y'.repeat(n)}`],
    [
      'Get-NetFirewallRule list lines repeated',
      (n) => 'DisplayName : Remote Desktop x\nEnabled : False\n'.repeat(n / 47),
    ],
    [
      'a firewall table row of spaces',
      (n) => `DisplayName Enabled Direction Action\nRDP ${' '.repeat(n)}True Inbound Allow`,
    ],
    ['a firewall table row of words', (n) => `DisplayName Enabled Direction Action\n${'Any '.repeat(n / 4)}Inbound`],
    ['a Start-Service opening before a long name', (n) => `Service '${'x'.repeat(n)} (y)`],
    ['a service error text repeated', (n) => 'The dependency service or group failed to start. '.repeat(n / 49)],
    // Issue 60 round 31: a service said not to start in a sentence (service-output-said.ts).
    ['service terms repeated with no predicate', (n) => 'the termservice and the rdp service '.repeat(n / 36)],
    ['a service term then a long run of spaces', (n) => `termservice${' '.repeat(n)}cannot start`],
    ['start attempts repeated', (n) => 'tried to restart termservice, error '.repeat(n / 36)],
    // Issue 60 round 15: admin console output (admin-output.ts).
    ['secedit right lines repeated', (n) => 'SeDenyRemoteInteractiveLogonRight = *S-1-5-32-546\n'.repeat(n / 51)],
    [
      'a right line with a long holder list',
      (n) => `SeRemoteInteractiveLogonRight = ${'*S-1-5-32-544,'.repeat(n / 14)}`,
    ],
    ['a right name of letters without its equals sign', (n) => `Se${'A'.repeat(n)}Right`],
    ['WMI property lines repeated', (n) => 'UserAuthenticationRequired : 0\n'.repeat(n / 31)],
    [
      'a Test-ComputerSecureChannel prompt of spaces',
      (n) => `PS C:\\${' '.repeat(n)}> Test-ComputerSecureChannel\nFalse`,
    ],
    ['hex pieces with a space inside repeated', (n) => '0x80090 322 0x8009F 3A1 '.repeat(n / 25)],
    [
      'a Test-NetConnection line of spaces before Quiet',
      (n) => `Test-NetConnection ${' '.repeat(n)} -InformationLevel Quiet -Port 3389\nFalse`,
    ],
    ['klist ticket lines repeated', (n) => `Current LogonId is 0:0x1\n${'Server: TERMSRV/x @ Y\n'.repeat(n / 22)}`],
    ['nltest status lines repeated', (n) => 'Trust Verification Status = 0 0x0 NERR_Success\n'.repeat(n / 48)],
    // Issue 60 round 15: English sentences without a code (uncoded-sentences.ts).
    ['gateway client computer openings repeated', (n) => 'on client computer "x", '.repeat(n / 24)],
    ['a client computer opening before a long name', (n) => `on client computer "${'x'.repeat(n)}`],
    ['disconnect text openings repeated', (n) => 'The remote session was disconnected because '.repeat(n / 45)],
    ['a gateway policy text repeated', (n) => 'met resource authorization policy requirements and '.repeat(n / 51)],
    // Issue 60 round 16: Korean, and the negations counted inside Chinese and Japanese runs (nearest-text.ts).
    ['a Korean sentence with its negation repeated', (n) => '원격 컴퓨터에 연결할 수 없습니다. '.repeat(n / 20)],
    ['a Chinese run of negations', (n) => '无法不未没'.repeat(n / 5)],
    ['a traditional Chinese sentence repeated', (n) => '參考的帳戶目前已被鎖定，而且可能無法登入。'.repeat(n / 21)],
    // Issue 60 round 16: the client's texts by code (client-error-texts.ts) and 4625's Failure Reason line.
    [
      'client text openings repeated',
      (n) => "Your computer can't connect to the remote computer because ".repeat(n / 60),
    ],
    [
      'a client text with a run of spaces between its words',
      (n) => `because no smart card ${' '.repeat(n)}is available`,
    ],
    ['Failure Reason labels repeated', (n) => 'Failure Reason: Account '.repeat(n / 24)],
    // Issue 60 round 16: console output's numbers (MAC addresses, System32 paths, arp's interface line).
    ['MAC address bytes repeated', (n) => '3C-58-C2-11-22-33 '.repeat(n / 18)],
    ['hex pairs joined by spaces', (n) => '1d '.repeat(n / 3)],
    ['System32 paths repeated', (n) => 'C:\\Windows\\System32\\x.exe '.repeat(n / 29)],
    ["arp's interface line repeated", (n) => 'Interface: 192.0.2.45 --- 0xc\n'.repeat(n / 30)],
    // Issue 60 round 16: console output (console-output.ts): net user, tables, listings, lists.
    ['net user lines repeated', (n) => 'User name    x\nAccount active               No\n'.repeat(n / 47)],
    ['a net user line of spaces', (n) => `User name    x\nAccount active${' '.repeat(n)}No`],
    ['a table header then dashes repeated', (n) => `Name Enabled\n${'---- ------- '.repeat(n / 13)}`],
    [
      'event listing rows repeated',
      (n) => `TimeCreated Id Message\n${'6/2/2025 7:41:05 PM 4625 An account failed to log on....\n'.repeat(n / 56)}`,
    ],
    ['an event listing row of spaces', (n) => `TimeCreated Id Message\n6/2/2025 7:41:05 PM ${' '.repeat(n)}4625`],
    ['property list lines of spaces', (n) => `SamAccountName ${' '.repeat(n)}: x\nEnabled : False`],
    ['Test-NetConnection warning of spaces', (n) => `WARNING: TCP connect to (x ${' '.repeat(n)}: 5432) failed`],
    // Issue 60 round 17: Network Policy Server's 6273 Reason lines, an opening repeated cut before its policy's name.
    [
      'NPS Reason lines repeated',
      (n) => 'Reason Code: 48\nReason: The connection request did not match a '.repeat(n / 64),
    ],
    ['an NPS extension opening repeated', (n) => 'NPS extension dynamic link library (DLL) that is '.repeat(n / 50)],
    ['AADSTS numbers glued', (n) => 'AADSTS5005'.repeat(n / 10)],
    // Issue 60 round 17: third-party clients (third-party-clients.ts): FreeRDP's lines, guacd, Remmina, vendors.
    [
      'FreeRDP lines repeated',
      (n) => 'freerdp_set_last_error_ex ERRCONNECT_LOGON_FAILURE [0x00020014]\n'.repeat(n / 63),
    ],
    ['an ERRINFO_ name then spaces', (n) => `ERRINFO_LOGOFF_BY_USER${' '.repeat(n)}[0x0001000C]`],
    ['set_last_error then spaces', (n) => `freerdp_set_last_error${' '.repeat(n)}0x2000D`],
    // Round 19 (h60h): CONNECT_FAILED beside connect()'s failure, its gap bounded.
    ['Wireshark failureCode lines repeated', (n) => 'failureCode: TLS required by server '.repeat(n / 36)],
    ['xrdp dated lines repeated', (n) => '[20220502-00:31:32] AUTHFAIL: user=x '.repeat(n / 38)],
    ['service logon sentences repeated', (n) => 'The x service was unable to log on as '.repeat(n / 38)],
    ['VNC auth failures repeated', (n) => 'Error 8: Auth Failure '.repeat(n / 22)],
    ['connect() failures repeated', (n) => `ERRCONNECT_CONNECT_FAILED ${'connect() to x '.repeat(n / 15)}failed`],
    ['a vendor name then spaces', (n) => `Citrix ${' '.repeat(n)} failed with status (1030) anydesk splashtop vnc`],
    ['vendor names repeated', (n) => 'citrix anydesk splashtop vnc error 3 s=1 '.repeat(n / 41)],
    ['Remmina account lines repeated', (n) => 'Could not access the RDP server \u201cx\u201d.\n'.repeat(n / 36)],
    ['MCS ultimatum lines repeated', (n) => 'DisconnectProviderUltimatum: reason: 3\n'.repeat(n / 39)],
    ['guacd prefix repeated', (n) => 'RDP server closed/refused connection: '.repeat(n / 38)],
    // Issue 60 round 17: a phrase every program shows, beside another name (sentences.ts phraseIsTheDialog).
    [
      'a phrase beside a product name repeated',
      (n) => 'SQL Server: Es ist ein interner Fehler aufgetreten. '.repeat(n / 52),
    ],
    [
      'a phrase then error code labels repeated',
      (n) => `An internal error has occurred. ${'Error code: 0x4 '.repeat(n / 16)}`,
    ],
    // Round 17 (h60e): query session's own errors, certutil -verify's chain statuses.
    [
      'query session error lines repeated',
      (n) => 'Error 5 getting sessionnames\nError [5]:Access is denied.\n'.repeat(n / 58),
    ],
    ['a query session error line of spaces', (n) => `qwinsta\nError [5]:${' '.repeat(n)}x`],
    [
      'certutil -verify statuses repeated',
      (n) =>
        `-------- CERT_CHAIN_CONTEXT --------\n${'ChainContext.dwErrorStatus = CERT_TRUST_IS_UNTRUSTED_ROOT (0x20)\n'.repeat(n / 66)}`,
    ],
    [
      'w32tm /stripchart samples repeated',
      (n) => `Tracking dc [10.0.0.1:123].\n${'10:21:14, d:+00.1s o:+312.5s\n'.repeat(n / 31)}`,
    ],
    ['a stripchart sample of digits', (n) => `Tracking dc [10.0.0.1:123].\n10:21:14, +${'1'.repeat(n)}x`],
    ["Get-Service's error of spaces", (n) => `Cannot find any service with service name 'x'${' '.repeat(n)}y`],
    ['a certutil -verify ERROR line of spaces', (n) => `ChainContext.dwInfoStatus = 0\nERROR: ${' '.repeat(n)}x`],
    // Issue 60 round 17: camel-case fields before numbers, the Services console on one line, net's other commands.
    ['camel-case fields before numbers repeated', (n) => 'BugcheckCode 0 PowerButtonState 1 '.repeat(n / 35)],
    ['a camel-case field of letters', (n) => `Bug${'check'.repeat(n / 5)}Code 0`],
    [
      'the Services console on one line, its text of spaces',
      (n) => `Windows could not start the x service on Local Computer. Error 5:${' '.repeat(n)}y`,
    ],
    ['net use lines repeated', (n) => 'C:\\>net use z: \\\\s\\x\nSystem error 53 has occurred.\n'.repeat(n / 50)],
    // Issue 60 round 18: log fields before numbers, assigned registry settings, other subsystems' commands.
    ['exit statuses and log fields repeated', (n) => 'exit status 1 feature 0x0a socket 19 '.repeat(n / 38)],
    ['an HTTP_STATUS_ name of letters', (n) => `HTTP_STATUS_${'D'.repeat(n)} [401]`],
    [
      'assigned registry settings repeated',
      (n) => 'HKLM\\SYSTEM\\Terminal Server\\fDenyTSConnections = 1\n'.repeat(n / 50),
    ],
    ['a registry path of backslashes', (n) => `HKLM\\${'\\'.repeat(n)}fDenyTSConnections = 1`],
    ['runas and ssh lines repeated', (n) => 'runas /user:x cmd\nssh a@b\n1326: x\n'.repeat(n / 34)],
    ['Logon Error Info names with open brackets repeated', (n) => 'LOGON_FAILED_OTHER [ LOGON_MSG_'.repeat(n / 31)],
    // Issue 60 (h60b): Splashtop's 0x0001xxxx table rows; the Terminal Services era's sentences.
    ['0x0001xxxx table rows repeated', (n) => '0x00010005 | Un autre utilisateur\n'.repeat(n / 35)],
    ['a 0x0001xxxx row of spaces before its bar', (n) => `0x00010005${' '.repeat(n)}| x`],
    [
      'TS-era sentences repeated',
      (n) => 'Because of a network error, the session will be disconnected. '.repeat(n / 63),
    ],
    [
      'an RCM 1051 sentence of commas',
      (n) => `configured to use SSL with user selected certificate${','.repeat(n)} however no usable certificate`,
    ],
    // Issue 60 (h60g): sc query's block in any language, SQL Server's and IIS's lines, FreeRDP's system errors.
    ['sc query labels repeated', (n) => 'ESTADO : 4 RUNNING NOMBRE : TermService TIPO : 30 '.repeat(n / 50)],
    ['an sc query label of letters', (n) => `${'N'.repeat(n)}: TermService TIPO : 30 WIN32 ESTADO : 4 RUNNING`],
    ["SQL Server's login lines repeated", (n) => "Login failed for user 'x'. 18456 Msg 18456, Level ".repeat(n / 50)],
    ["IIS's log fields repeated", (n) => 'GET /x - 443 - 10.0.0.9 Mozilla/5.0 - '.repeat(n / 38)],
    [
      'FreeRDP system errors and negotiation failures repeated',
      (n) => 'system error 104 ERRCONNECT_CONNECT_TRANSPORT_FAILED failureCode = 5 SSL not allowed '.repeat(n / 85),
    ],
    // Issue 60 (h60e): event descriptions by provider, their bounded gaps between stable words.
    ['license server words repeated', (n) => 'The license server LS01 does not have any '.repeat(n / 42)],
    [
      'gateway disconnect words repeated',
      (n) => 'was disconnected from the following network resource '.repeat(n / 54),
    ],
    // Issue 60 (h60f): the "authentication error" title in every language, over an SSPI text or E_FAIL.
    [
      'authentication-error titles repeated over an SSPI text',
      (n) =>
        `${'Bir kimlik doğrulama hatası oluştu. '.repeat(n / 36)}The credentials supplied to the package were not recognized (Code: 0x80004005)`,
    ],
    // Issue 60 (h60l): CJK dialogs inside a user's sentence with no space, and a code name among CJK characters.
    ['a long CJK paste with a dialog inside', (n) => `${'远程桌面连接时'.repeat(n / 7)}您的凭据不起作用`],
    ['Korean connection-limit words repeated', (n) => '연결 수가 제한되어 있으며 '.repeat(n / 15)],
    [
      'a code name between Japanese runs',
      (n) => `${'接続'.repeat(n / 4)}SEC_E_WRONG_PRINCIPAL${'と出ます'.repeat(n / 8)}`,
    ],
    // Issue 60 (r20-h60m): a long server or client log pasted whole (xrdp, rdesktop, FreeRDP licensing, guacd).
    [
      'a long xrdp and client log pasted whole',
      (n) =>
        '[2025-02-03T15:08:25.701+0200] [ERROR] sesman_data_in: scp_process_msg failed\nCore(error): tcp_connect(), unable to connect to x\ndwErrorCode: ERR_INVALID_CLIENT, dwStateTransition: ST_TOTAL_ABORT\n'.repeat(
          n / 200,
        ),
    ],
    ['an xrdp key file path of letters', (n) => `Cannot read private key file /${'k'.repeat(n)}: Permission denied`],
    ['an xrdp RSA key path of letters', (n) => `XRDP cannot read file: /${'k'.repeat(n)} (check permissions`],
    ['an xrdp user name of letters', (n) => `Session started successfully for user ${'u'.repeat(n)} on display 10`],
    ['a licensing state then spaces', (n) => `CONNECTION_STATE_LICENSING${' '.repeat(n)}STATE_RUN_FAILED 0x2000D`],
    // Issue 60 (h60j): a known text's first sentence quoted inside prose, its cues and quotes repeated.
    [
      'prose around a quoted first sentence, cues and quotes repeated',
      (n) =>
        `${'I get the error: "it says" when I connect, '.repeat(n / 43)}account restrictions are preventing this user from signing in`,
    ],
    // Issue 60 (h60k): a description in the user's words, each symptom's word negated; a Chinese one without spaces.
    [
      'a long description, its words negated',
      (n) => 'Remote Desktop: the firewall is not the problem, '.repeat(n / 50),
    ],
    ['a Chinese description repeated', (n) => '远程桌面没有被锁也没有断开'.repeat(n / 13)],
    // Issue 60 (r31-h62a): a term and a predicate of one concept, clause after clause (dialog-terms-scripts.ts:
    // the paste cut once, each clause of bounded length), fillers between them, a Win32 label before "or" repeated.
    [
      'terms and predicates in quoted clauses, repeated',
      (n) => '“您的凭据的了已不工作”，许可存储被拒绝，'.repeat(n / 21),
    ],
    [
      'a Russian logon label then alternatives',
      (n) => `Ошибка входа в систему: ${'неизвестное имя или '.repeat(n / 20)}`,
    ],
    ['Korean fillers then a predicate', (n) => `자격 증명${'은을를 '.repeat(n / 4)}작동할 수 없습니다`],
    // Issue 60 (h60o): Go's dial error with a long address, and the template-certificate text's gap repeated.
    ['a dial tcp address of letters', (n) => `dial tcp ${'a:'.repeat(n / 2)}3389: i/o timeout`],
    [
      'template-based certificate words repeated',
      (n) => `${'template-based certificate for transport layer security '.repeat(n / 57)}subject name`,
    ],
    ['xfreerdp and exit words repeated', (n) => `${'xfreerdp exits with code '.repeat(n / 25)}1`],
    // Issue 60 (h60r): the console session text's optional words and a client text's first words repeated.
    [
      'console session words repeated',
      (n) => `${'connect to another console session on the remote computer '.repeat(n / 59)}because`,
    ],
    [
      'a gateway text opening repeated',
      (n) => `${"your computer can't connect to the remote computer ".repeat(n / 51)}x`,
    ],
    // Issue 60 (h60p): Guacamole's status numbers without their names, the Mac app's name, FreeRDP 1.0's lookup.
    ['Guacamole status numbers and separators repeated', (n) => `${'521 (0x0209 - '.repeat(n / 14)}SESSION_CONFLIC`],
    ['the Mac app name repeated', (n) => `${'Microsoft Remote Desktop '.repeat(n / 25)}Error Code 0x4`],
    ['a getaddrinfo reason of letters', (n) => `transport_connect: getaddrinfo (${'e'.repeat(n)}`],
    // Round 21: netstat rows without their PID column, RemoteApp result names, a thing turned off before a symptom.
    ['netstat -an rows repeated', (n) => `${'  TCP    0.0.0.0:3390   0.0.0.0:0   LISTENING\n'.repeat(n / 46)}`],
    ['RemoteApp result names repeated', (n) => `${'RAIL_EXEC_E_SESSION_LOCKED '.repeat(n / 27)}NtError=0x15`],
    [
      'turned-off words before a symptom repeated',
      (n) => `Remote Desktop: ${'turned off the '.repeat(n / 15)}firewall`,
    ],
    // Issue 60 (h60s): another product's own error forms repeated without their other half (other-subsystems.ts).
    ['RAS error lines repeated, no VPN named', (n) => 'Error 691: denied. '.repeat(n / 19)],
    ['VPN words repeated, no RAS error line', (n) => 'vpn remote access server '.repeat(n / 25)],
    ['update words repeated, no error result', (n) => 'windows update cumulative update '.repeat(n / 33)],
    ['a log pasted whole, its lines tagged', (n) => 'guacd[77]: INFO:\tSecurity mode: NLA socket: 9\n'.repeat(n / 46)],
    ['dial tcp words repeated, no connectex', (n) => `${'dial tcp a:1 '.repeat(n / 13)}remote computer 0x204`],
    ['product titles repeated on their lines', (n) => 'Citrix Workspace\nTeamViewer x\n'.repeat(n / 30)],
    // Issue 60 (h60w): nine-digit codes, reasons printed by name with a number, a long name before a parenthesis.
    ['nine-digit hex codes repeated', (n) => 'Code: 0x800004005 '.repeat(n / 18)],
    ['printed reason names repeated', (n) => '(code DisconnectedByOtherConnection(5)) '.repeat(n / 41)],
    ['a long name before a number in parentheses', (n) => `${'Disconnected'.repeat(n / 12)}(5)`],
    ['node-rdpjs names repeated', (n) => 'NODE_RDP_PROTOCOL_X224_NEG_FAILURE() '.repeat(n / 37)],
    ['RDP disconnected notifications repeated', (n) => 'RDP disconnected!  - 3 times '.repeat(n / 29)],
    // Issue 60 (r22-h60t): timeouts beside a time limit, steps done with no sentence end, contractions repeated.
    ['RDP timeouts beside idle words repeated', (n) => 'rdp times out after 5 min idle '.repeat(n / 31)],
    [
      'license server migration completed, no sentence end',
      (n) => 'rds license server migration completed '.repeat(n / 39),
    ],
    ["contractions repeated, no dialog's text", (n) => `${"doesnt can't isn't cannot does not ".repeat(n / 35)}rdp`],
    // Issue 60 (r22-h60u): port tests, firewall logs and TLS library lines, their parts repeated without the rest.
    ['nmap rows repeated', (n) => '3389/tcp filtered ms-wbt-server\n'.repeat(n / 32)],
    // r30-h61d: rdp-sec-check's report rows (port-probes.ts), NetExec's SMB column lines, events to weigh by step.
    [
      'rdp-sec-check rows repeated',
      (n) =>
        '[-] Checking if TLS Security (PROTOCOL_SSL) is supported...Not supported - HYBRID_REQUIRED_BY_SERVER\n'.repeat(
          n / 100,
        ),
    ],
    [
      'SMB column lines repeated',
      (n) => 'SMB         192.0.2.20      445    FS01     [-] a:b STATUS_LOGON_FAILURE\n'.repeat(n / 72),
    ],
    [
      'TermDD 56 beside a locked account, repeated',
      (n) =>
        'The Terminal Server security layer detected an error in the protocol stream and has disconnected the client.\nThe referenced account is currently locked out.\n'.repeat(
          n / 160,
        ),
    ],
    // Issue 60 round 30 (lead): FreeRDP's cut connection before a negotiation failure with a code named late, mimikatz
    // prompts repeated with no error.
    [
      'cut connections and negotiation failures repeated, a failure code last',
      (n) =>
        `${'BIO_read returned a system error 104: Connection reset by peer\nProtocol Security Negotiation Failure ERRCONNECT_SECURITY_NEGO_CONNECT_FAILED\n'.repeat(n / 140)}SSL_REQUIRED_BY_SERVER`,
    ],
    [
      'mimikatz prompts repeated, no error',
      (n) => 'mimikatz # crypto::certificates -store:"Remote Desktop"\n'.repeat(n / 57),
    ],
    ['a PsPing target of letters, no port', (n) => `Connecting to ${'a'.repeat(n)}: timeout`],
    [
      'WFP labels repeated, no values',
      (n) => `The Windows Filtering Platform has blocked a connection. ${'Destination Port: '.repeat(n / 18)}`,
    ],
    ['netfilter words repeated, no port', (n) => `[UFW BLOCK] ${'PROTO=TCP DROP SRC= '.repeat(n / 20)}`],
    ['TLS alert words repeated, no alert', (n) => `com.freerdp ${'tlsv1 alert '.repeat(n / 12)}`],
    ['ncat flags repeated, no port', (n) => `ncat ${'-v '.repeat(n / 3)}host\nNcat: TIMEOUT.`],
    [
      'a refused socket text repeated, no port',
      (n) => 'No connection could be made because the target machine actively refused it '.repeat(n / 77),
    ],
    // Issue 60 (r23-h60x): contrasts' statements repeated (each works, none fails), concessions, retyped dialogs.
    ['RDP statements that work repeated', (n) => 'rdp by the ip 10.0.0.1 works but ping '.repeat(n / 38)],
    // Issue 60 round 30 (r30-h61c): a witness product's working statements repeated, places outside the LAN repeated.
    [
      'PuTTY statements that work repeated, RDP failing last',
      (n) => `${'putty works (ssh ok '.repeat(n / 20)}rdp fails`,
    ],
    // Issue 60 round 30 (r30-h61g): the contrast in other languages, each language's statements split and tested.
    [
      'Chinese ping statements that work repeated, RDP failing last',
      (n) => `${'ping正常，'.repeat(n / 7)}远程桌面连不上`,
    ],
    ['Russian "but" words repeated, no witness', (n) => `rdp ${'но а '.repeat(n / 5)}не подключается`],
    ['outside of my local repeated, no network', (n) => `rdp ${'outside of my local '.repeat(n / 20)}lan`],
    ['concessions before a symptom repeated', (n) => `rdp: ${'even if '.repeat(n / 8)}session limit`],
    [
      'console session words retyped, no progress',
      (n) =>
        `${'connect to another sessions of the remote computer because you have a console session '.repeat(n / 86)}`,
    ],
    [
      'authentication error and function words repeated',
      (n) => `${'an authentication error has occurred, and the required '.repeat(n / 55)}function`,
    ],
    // Issue 60 round 23: the authentication title over an unknown status repeated, Chinese described words repeated.
    ['auth titles with unknown codes repeated', (n) => '发生身份验证错误（代码：0x8001010A）'.repeat(n / 24)],
    ['Chinese described words repeated', (n) => 'RDP 远程桌面认证失败权限不足闲置'.repeat(n / 18)],
    // Issue 60 (r23-h60z): certificate verification words, lookup failures, exit codes and robocopy's form repeated.
    [
      "verification failures repeated, no quote's end",
      (n) => "certificate verification failure 'a b (1".repeat(n / 41),
    ],
    [
      'cannot read certificate file, a long path, no colon',
      (n) => `cannot read certificate file ${'/a'.repeat(n / 2)}`,
    ],
    ['failed to resolve repeated, no error number', (n) => `${'failed to resolve host '.repeat(n / 23)}error x`],
    ['exit code labels repeated, no number', (n) => 'exit code: '.repeat(n / 11)],
    ['robocopy errors repeated, no verb', (n) => 'ERROR 5 (0x00000005) '.repeat(n / 21)],
    ['Rust io errors repeated, no kind', (n) => 'Os { code: 104, '.repeat(n / 16)],
    // Issue 60 (r24-h60b): Remote Desktop's Ukrainian name half-written, Thai and Hebrew words run together.
    ['Ukrainian name halves repeated, no desk', (n) => 'віддаленийробочий '.repeat(n / 18)],
    ['Thai and Hebrew described words repeated', (n) => 'RDP บัญชีถูกล็อคהחשבון נעול'.repeat(n / 27)],
    // Issue 60 (r24-h60d): SQL Server's quoted login without its reason, a port test's -Port without a number.
    ["SQL Server's quoted logins repeated, no reason", (n) => "login failed for user 'a'. ".repeat(n / 27)],
    ['Test-NetConnection -Port repeated, no number', (n) => `Test-NetConnection${' -Port x'.repeat(n / 8)}`],
    // Issue 60 (r24-h60c): legacy logon failures, OnDisconnected, IPBan's fields and a long log on before "outside".
    ['logon failure reasons repeated, no reason', (n) => 'Logon Failure: Reason: Account '.repeat(n / 31)],
    ['OnDisconnected repeated, no number', (n) => 'OnDisconnected( disconnected reason code '.repeat(n / 42)],
    ['IPBan fields repeated, no source', (n) => `Login failure: 198.51.100.1, ${'x, '.repeat(n / 3)}`],
    ['log on then spaces before outside', (n) => `log on ${' '.repeat(n)}outside the allowed time`],
    // LocalSessionManager 40's sentence without its session number, its reason code missing.
    ['session disconnected repeated, no reason code', (n) => 'session 1 has been disconnected, reason '.repeat(n / 40)],
    // Issue #64 (r24-t64j): a required text's start and a table word's ends repeated (required-text.ts,
    // folded-pieces.ts), the words of the sentences' index repeated with none complete.
    ['required text almost there, repeated', (n) => 'fatal error occurred when attempting to access '.repeat(n / 48)],
    ['folded word ends repeated', (n) => 'Verbindung getrenn '.repeat(n / 19)],
    // Issue 60 (r25-h60g): an Event ID line over description lines, net's System error line, prose around a number.
    [
      'Event ID over description lines repeated',
      (n) =>
        `Event ID: 25\n${'Description: "Remote Desktop Services: Session reconnection succeeded:"\n'.repeat(n / 72)}`,
    ],
    ["net's System error lines repeated, no command", (n) => 'System error 64 has occurred. x\n'.repeat(n / 32)],
    ['prose words around an unknown number', (n) => `${'couldnt connect computer '.repeat(n / 25)}0xc0020017`],
    // Issue 60 round 25 (h60f): clauses naming a subject with no failure said, one long clause, questions repeated.
    ['RDP clauses with a subject, no failure', (n) => `RDP ${'the connection and the password, '.repeat(n / 34)}`],
    ['one long RDP clause, subject then words', (n) => `RDP the session ${'word '.repeat(n / 5)}lost`],
    ['RDP questions repeated, no question mark', (n) => `RDP: ${'does it support nla. '.repeat(n / 21)}`],
    // Issue 60 round 30 (h61b): a Windows machine and a remote sign-in half-said, repeated in one sentence; a
    // WER label repeated with no service name.
    ['Windows instance words repeated, no remote sign-in', (n) => 'instância do windows servidor '.repeat(n / 30)],
    ['WER labels repeated, no TermService', (n) => 'Nome do aplicativo com falha: svchost.exe '.repeat(n / 41)],
    ['RDP idle words in one sentence, no end said', (n) => `RDP ${'idle, unattended, '.repeat(n / 18)}`],
    // Issue 60 round 26 (h60i): each language's part and its failure (described-said-latin.ts), words and endings run
    // long: a part without a failure, a "could not" repeated before a part, a word's ending past its bound.
    [
      'Escritorio remoto: parts, no failure',
      (n) => `Escritorio remoto: ${'credenciales y licencias y '.repeat(n / 27)}`,
    ],
    ['Pulpit zdalny: "nie można" repeated', (n) => `Pulpit zdalny ${'nie można nie może '.repeat(n / 19)}hasło`],
    ['Remotedesktop: a long word ending', (n) => `Remotedesktop: Kennwort falsch${'e'.repeat(n)}`],
    // Issue 60 round 27 (h60o): every script's words in one reading (symptom-concept.ts wordsPattern): Chinese words
    // found anywhere with no failure, a Hebrew word open at its start repeated, Korean words open at their end.
    ['远程桌面: account words, no failure', (n) => `远程桌面: ${'账户密码证书'.repeat(n / 6)}`],
    ['שולחן עבודה מרוחק: prefixed words', (n) => `שולחן עבודה מרוחק: ${'והחשבון '.repeat(n / 8)}`],
    ['원격 데스크톱: words and particles', (n) => `원격 데스크톱: ${'계정이 인증서가 '.repeat(n / 9)}`],
    // Issue 60 (r25-h60e): a log under its command (the prompt's settings repeated), a log's error lines read for a
    // failure, Get-NetTCPConnection's CIM query without its WHERE, counts' "(s)" without their noun.
    ['a prompt with settings repeated, no program', (n) => `$ ${'A=b '.repeat(n / 4)}\n[10:00:00:000] [INFO] x`],
    ['error log lines repeated, timing out', (n) => '[2024-01-01 10:00:00] ERROR: 3389 timed out\n'.repeat(n / 42)],
    [
      'CIM queries repeated, no WHERE',
      (n) => 'Get-NetTCPConnection: No matching MSFT_NetTCPConnection objects found by CIM query x\n'.repeat(n / 85),
    ],
    ['counts repeated, no noun', (n) => '16 core 4 thread '.repeat(n / 17)],
    // A catch-all message repeated on one line and on many: its reason read from its own lines only, one pass a line.
    ['a catch-all message repeated on one line', (n) => 'Unable to connect to RDP server: x. '.repeat(n / 36)],
    ['a catch-all message on many lines', (n) => 'Unable to connect to RDP server: x\n'.repeat(n / 35)],
    [
      'Get-WinEvent list fields repeated',
      (n) => `Id : 7034\nProviderName : x\n${'Version : 0\nMessage : y\n'.repeat(n / 24)}`,
    ],
    // Issue 60 round 26: a service's start failure found at each message start of a line (a label, a CSV field, a
    // table's column gap), and one-event CSV and table layouts; each line's starts are bounded.
    ['column gaps and CSV fields on one line', (n) => `Error  ,"7 ${'The x service  ,"12 '.repeat(n / 20)}`],
    ['column gaps on many lines', (n) => 'Description:  The x service  could not  be started\n'.repeat(n / 52)],
    [
      'an event CSV with many rows',
      (n) =>
        `Level,Date and Time,Source,Event ID,Task Category\n${'Error,3/2/2024 9:12:01 AM,Service Control Manager,7031,None,"The x service terminated unexpectedly."\n'.repeat(n / 110)}`,
    ],
    [
      'a Get-WinEvent table row with a long message',
      (n) =>
        `TimeCreated                     Id LevelDisplayName Message\n3/2/2024 9:12:01 AM           7031 Error            ${'The x service '.repeat(n / 14)}`,
    ],
    // Issue 60 round 27 (h60p): FreeRDP's traced statuses set aside line by line (each line's numbers looked up once),
    // and an informational status's name on one long line (the "longer log" test is a newline's presence).
    [
      'FreeRDP TRACE lines with statuses, then its error',
      (n) =>
        `${'[10:00:00:000] [1:2] [TRACE][com.freerdp.core.nla] - status SEC_I_CONTINUE_NEEDED [0x00090312] 0x1 0x2\n'.repeat(n / 100)}[10:00:00:001] [1:2] [ERROR][com.freerdp.core] - freerdp_set_last_error_ex ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]`,
    ],
    ['an informational status name on one long line', (n) => `SEC_I_CONTINUE_NEEDED ${'x '.repeat(n / 2)}`],
    // Issue 60 round 29 (h60x): a failure and its stated reason (reading-because.ts): "because" words repeated in one
    // long sentence with failures and no reason, reasons with no "because", many short sentences each a reason.
    [
      'RDP cannot connect: "because" repeated, no reason',
      (n) => `RDP cannot connect ${'because of it '.repeat(n / 14)}`,
    ],
    ['RDP: reasons repeated, no "because"', (n) => `RDP 无法连接 ${'防火墙 dhcp 安全组 '.repeat(n / 14)}`],
    ['RDP: short sentences each with a reason', (n) => 'RDP fails because of the firewall. '.repeat(n / 35)],
    // Issue 60 round 31 (h62b): a language's "none" before a part's name (described-terms-latin.ts absentPattern), the
    // "none" words and hyphenated prefixes repeated with no part after them, and many short clauses each a part missing.
    ['RDP: "kein" and hyphenated words repeated, no part', (n) => `RDP ${'kein rdp-x keine '.repeat(n / 18)}`],
    ['RDP: short clauses each a part missing', (n) => 'RDP: kein Lizenzserver verfügbar; '.repeat(n / 34)],
    // Issue 60 round 31 (h62c): a run-on sentence (no full stop) read clause by clause, its clauses holding the server
    // side's terms without their predicates, and the ciphers' narrowing with its failure at the gap's bound.
    [
      'RDP run-on sentence of terms without predicates',
      (n) => `RDP ${'termserv and multiple users and the cipher suites and the user account and '.repeat(n / 78)}`,
    ],
    [
      'RDP ciphers narrowed, the failure far beyond the gap',
      (n) => `RDP ${'ciphers locked down '.repeat(n / 40)}${'x '.repeat(n / 4)} fails`,
    ],
    // Round 31 (lead): the server's demand repeated in one sentence, the client's inability never said
    // (described-secure-connection.ts).
    ['RDP: "requires" repeated, no protocol, no inability', (n) => `RDP ${'the server requires a '.repeat(n / 22)}`],
    // A policy's name repeated in one sentence, its refusing value never said (described-policy-settings.ts).
    [
      'RDP: "restrict ntlm" repeated, no value',
      (n) => `RDP ${'restrict ntlm and deny log on through rds '.repeat(n / 42)}`,
    ],
    // Issue 60 round 32 (h64d): a paste no reading answers, read as retyped (retyped-text.ts): slipped words one edit
    // from the tables' words, mojibake shown in Windows-1252, HTML character references, the "tooX" garble. The
    // repair reads at most 4,000 characters and 600 words (beyond, the paste is never repaired): these shapes show the
    // other readings stay linear around it.
    ['retyped: slipped words repeated', (n) => 'conection passwrod authentcation '.repeat(n / 33)],
    ['retyped: UTF-8 shown as Windows-1252 repeated', (n) => 'conexÃµes nÃ£o '.repeat(n / 15)],
    ['retyped: HTML references repeated', (n) => '&#12522;&#12514;'.repeat(n / 16)],
    ['retyped: the "tooX" garble repeated', (n) => 'tooconnect hello remote '.repeat(n / 24)],
    // Round 32 (lead): every decimal number of a paste with no line break asks for its line's start (a program's log
    // line, program-log-numbers.ts; found once per paste, not by a scan back from each number), a kernel segfault
    // report's span (numbers-set-aside.ts), an errno; FreeRDP's composite after a label or in parentheses; the
    // general "connection failed" words; a Citrix status with a long name.
    ['decimal numbers with no line break', (n) => `x ${'7 '.repeat(n / 2)}`],
    ['a segfault report, then numbers', (n) => `segfault at 1 ip 2 sp 3 error 4 ${'7 '.repeat(n / 2)}`],
    ['errno repeated', (n) => 'returned errno: 2, '.repeat(n / 19)],
    ["FreeRDP's composite after labels and parentheses", (n) => 'Error 0x2000F (0x0002000f) '.repeat(n / 27)],
    ['RDP connection failed repeated', (n) => `RDP ${'connection failed error connecting '.repeat(n / 35)}`],
    ['a Citrix status, its name long', (n) => `The connection to ${'x'.repeat(n)} failed with status (1030)`],
    // Round 32 (h64b, whose-text.ts): a shared sign-in text and the paste's pieces read one by one for another
    // sentence: the text repeated (every piece known, none another), a localized one repeated, its prompt's lines
    // repeated after it, a quote opened and never closed.
    ['a shared sign-in text repeated', (n) => 'The user name or password is incorrect. '.repeat(n / 40)],
    ['a localized shared text repeated', (n) => 'Der Benutzername oder das Kennwort ist falsch.\n'.repeat(n / 48)],
    [
      'a shared text, its prompt lines repeated',
      (n) => `Your credentials did not work\n${'Try again.\n'.repeat(n / 11)}`,
    ],
    ['a shared text, a quote never closed', (n) => `Your credentials did not work "${'a b '.repeat(n / 4)}`],
    // Round 33 (lead): a paste quoted whole ("> " before each line, paste-forms.ts); Windows' status in a program's
    // frame (other-subsystem-answer.ts), its frame long or the text repeated; SQL Server's handshake line; the general
    // "can't connect" in other languages (described-contrast-languages.ts), its statements repeated.
    ['quoted lines repeated', (n) => '> Log Name: Security\n'.repeat(n / 21)],
    [
      "a status in a program's long frame",
      (n) =>
        `Job failed: ${'word '.repeat(n / 5)}Logon failure: the user has not been granted the requested logon type at this computer. (0x80070569)`,
    ],
    [
      'a status with its text repeated',
      (n) =>
        'Logon failure: the user has not been granted the requested logon type at this computer. (0x80070569) '.repeat(
          n / 101,
        ),
    ],
    ['an SSPI handshake line repeated', (n) => 'SSPI handshake failed with error code 0x80090311 '.repeat(n / 49)],
    ['RDP not connecting in Russian repeated', (n) => 'RDP не подключается, '.repeat(n / 21)],
    ['RDP not connecting in Chinese repeated', (n) => '远程桌面连不上，'.repeat(n / 8)],
    ['RDP not connecting in German, a reason word after', (n) => `${'RDP verbindet nicht aber '.repeat(n / 25)} nic`],
    // Round 33 (h65b, generic-phrase.ts): a paste's clauses judged generic or telling one by one, each by the
    // messages holding its units: generic clauses repeated, a run without spaces repeated, one clause of many words.
    ['generic clauses repeated', (n) => 'RDP-Verbindung fehlgeschlagen, bitte erneut versuchen. '.repeat(n / 56)],
    ['a generic run without spaces repeated', (n) => 'RDP接続に失敗しました。'.repeat(n / 13)],
    ['one clause of many words', (n) => `Verbindung ${'fehlgeschlagen verbindung '.repeat(n / 26)}`],
    // Round 33 (r33-h65a): a message's own advice (reading-advice.ts, the paste's first 4,000 characters): "check"
    // repeated in one sentence after a failure with no part named, many short sentences each a failure and its
    // advice, a language whose part comes before its advice's words repeated with no part.
    [
      'advice: "please check the" repeated, no part',
      (n) => `RDP connection failed. ${'please check the '.repeat(n / 17)}`,
    ],
    ['advice: short sentences each a failure and its advice', (n) => 'RDP failed. Check the port. '.repeat(n / 28)],
    [
      'advice: Japanese advice words repeated, no part',
      (n) => `RDP接続に失敗しました。${'確認してください'.repeat(n / 8)}`,
    ],
    // Round 33 (h65c, pasted-event-leads.ts): an event's localized lead folded character by character, then its
    // pieces found by indexOf: a lead's first piece repeated with its field never closed, and a lead before a long
    // block of label lines (only the first three lines after it are looked at).
    ['a localized lead, its field never closed', (n) => `Listener ${'RDP-Tcp '.repeat(n / 8)}`],
    [
      'a localized lead before many label lines',
      (n) => `アカウントがログオンに失敗しました。\n${'ア: 1\n'.repeat(n / 5)}`,
    ],
  ];
  for (const [shape, make] of shapes)
    it(shape, async () => {
      const inputs = new Map(SIZES.map((n) => [n, make(n)]));
      await expectLinear(`explain-code ${shape}`, (n) => {
        try {
          formatCodeExplanation(explainCode(inputs.get(n) ?? ''));
        } catch {
          // no code in it: an error worded for the user, as cheap
        }
      });
    }, 600_000);

  it('reads a paste longer than a log value by its start, said', () => {
    const e = explainCode(`0x904 ${' '.repeat(400_000)}`);
    expect(e.notes[0]).toMatch(/^Only the first 262,144 of the 400,006 characters given were read/);
  });

  it('cuts a long list between its items, so the line is still read (a SID cut in two would void it)', () => {
    const e = explainCode(`SeRemoteInteractiveLogonRight = ${'*S-1-5-32-544,'.repeat(400_000 / 14)}`);
    expect(e.input.code).toBe('user-rights');
    expect(e.notes[0]).toMatch(/^Only the first 262,144 of the \d{3},\d{3} characters given were read/);
  });
});

describe('the XML reader is linear on one long construct fed in small pieces (a slow pipe, a live tail)', () => {
  const shapes: [string, (n: number) => string, number?][] = [
    ['a start tag', (n) => `<Event><Data${' '.repeat(n)}>v</Data></Event>\n`],
    ['a text run', (n) => `<Event><Data>${'x'.repeat(n)}</Data></Event>\n`],
    ['a comment', (n) => `<Event><!--${'x'.repeat(n)}--></Event>\n`],
    ['an attribute value', (n) => `<Event><Data Name='${'x'.repeat(n)}'/></Event>\n`],
    // Past the construct limit (4 MiB; here 2,000): its start kept, the rest counted and passed over.
    [
      'a text run past the limit, with entities',
      (n) => `<Event><Data>${'a&amp;'.repeat(n / 6)}</Data></Event>\n`,
      2000,
    ],
    // An attribute's value past it (a crafted Provider Name, Data Name): its start tag read a piece at a time.
    [
      'an attribute value past the limit, with entities',
      (n) => `<Event><Data Name='${'a&amp;'.repeat(n / 6)}' Other="${'b&lt;'.repeat(n / 10)}">v</Data></Event>\n`,
      2000,
    ],
  ];
  for (const [shape, make, maxConstruct] of shapes)
    it(shape, async () => {
      const inputs = new Map(SIZES.map((n) => [n, make(n)]));
      await expectLinear(`XML ${shape}`, (n) => {
        const text = inputs.get(n) ?? '';
        const tokenizer = new EventXmlTokenizer(maxConstruct ? { maxConstruct } : {});
        let events = 0;
        for (let at = 0; at < text.length; at += 1000) events += tokenizer.feed(text.slice(at, at + 1000)).length;
        events += tokenizer.end().length;
        expect(events).toBe(1);
      });
    }, 600_000);
});

describe('patterns is linear on a long id', () => {
  it('echoes it cut', async () => {
    await expectLinear('patterns <id>', async (n) => {
      const r = await rdpdiag(['patterns', 'x'.repeat(n)]);
      expect(r.code).toBe(2);
      expect(r.stderr.length).toBeLessThan(1000);
    });
  }, 600_000);
});
