/**
 * Issue 60, round 13: more command output read as what it is (src/explain/tables/host-output.ts and the AVD listener
 * of command-output.ts). Each output in wordings written for these tests from the format Microsoft's page for the
 * command shows (fictional names, documentation addresses): what it shows, the cause it points at, a near miss
 * showing a healthy state (no cause, no failure invented), and its numbers (ports, PIDs, TTLs, byte counts, state and
 * start-type numbers, session ids, thumbprints, dates) never looked up as codes.
 */
import { describe, expect, it } from 'vitest';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { tlsProtocolMismatch } from '../../patterns/tls-protocol-mismatch.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { readCommandOutput } from '../../src/explain/tables/command-output.js';
import { asCommandOutput, causeIds } from '../helpers/explain.js';

const NOW = new Date('2026-11-26T06:00:00Z');

describe('netstat -ano and Get-NetTCPConnection: connections to TCP 3389', () => {
  const SYN = '  TCP    10.0.0.8:51544         198.51.100.20:3389     SYN_SENT        6612';
  it('SYN_SENT to 3389: nothing answers (firewall, listener, route); its PID and ports are no codes', () => {
    const e = asCommandOutput(SYN);
    expect(e.summary).toMatch(/198\.51\.100\.20:3389 is stuck in SYN_SENT: nothing answers on TCP 3389/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
    expect(e.notes.join('\n')).toMatch(/process 6612/);
  });
  it('near miss: ESTABLISHED from a client: the network and the listener are fine, no cause', () => {
    const e = asCommandOutput(SYN.replace('SYN_SENT   ', 'ESTABLISHED'));
    expect(e.summary).toMatch(/ESTABLISHED: the network path and the listener are fine/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('a netstat showing the listener stays the listener reading (its inbound ESTABLISHED row beside it)', () => {
    const text = [
      '  TCP    0.0.0.0:3389           0.0.0.0:0              LISTENING       1168',
      '  TCP    192.0.2.15:3389        192.0.2.44:50122       ESTABLISHED     1168',
    ].join('\n');
    expect(readCommandOutput(text, NOW)?.command).toBe('netstat');
  });
  it('a SYN_SENT to another port is not read as an RDP connection', () => {
    expect(readCommandOutput(SYN.replace(':3389 ', ':443  '), NOW)).toBeUndefined();
  });

  const TABLE = [
    'LocalAddress  LocalPort RemoteAddress   RemotePort State       AppliedSetting OwningProcess',
    '------------  --------- -------------   ---------- -----       -------------- -------------',
  ];
  it("Get-NetTCPConnection's table: SynSent to 3389 is the same reading", () => {
    const e = asCommandOutput(
      [...TABLE, '10.0.0.8      51544     198.51.100.20   3389       SynSent     Internet       6612'].join('\n'),
    );
    expect(e.summary).toMatch(/stuck in SYN_SENT/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
  });
  it('its Listen rows: the listener, by the host-state check listener-port-open; a listener on 3390 only is not', () => {
    const listen = [
      ...TABLE,
      '0.0.0.0       3389      0.0.0.0         0          Listen                     1168',
    ].join('\n');
    expect(asCommandOutput(listen).summary).toMatch(/Something listens on TCP 3389/);
    expect(causeIds(listen)).toEqual([]);
    const moved = asCommandOutput(listen.replace('3389 ', '3390 '));
    expect(moved.summary).toMatch(/^Nothing listens on TCP 3389: .*\(listening: 3390\)/);
    expect(moved.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
  });
  it('its "No MSFT_NetTCPConnection objects found" for LocalPort 3389: nothing listens there', () => {
    const e = asCommandOutput(
      "Get-NetTCPConnection : No MSFT_NetTCPConnection objects found with property 'LocalPort' equal to '3389'.  Verify the value of the property and retry.\nAt line:1 char:1",
    );
    expect(e.summary).toMatch(/No TCP socket on local port 3389: nothing listens/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
  });
});

describe('ping, nslookup, Resolve-DnsName: name resolution against reachability', () => {
  it('"could not find host": the name does not resolve', () => {
    const e = asCommandOutput('Ping request could not find host rdsh07. Please check the name and try again.');
    expect(e.summary).toMatch(/name rdsh07 does not resolve/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
  });
  it('"Destination host unreachable" from a router: no route; the router is not the server', () => {
    const e = asCommandOutput(
      'Pinging 192.0.2.77 with 32 bytes of data:\nReply from 192.0.2.1: Destination host unreachable.\nReply from 192.0.2.1: Destination host unreachable.',
    );
    expect(e.summary).toMatch(/router 192\.0\.2\.1 has no route to 192\.0\.2\.77/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
  });
  it('near miss: replies: reachable, and ping says nothing about 3389; bytes, time and TTL are no codes', () => {
    const e = asCommandOutput(
      'Pinging rdsh07.contoso.example [192.0.2.77] with 32 bytes of data:\nReply from 192.0.2.77: bytes=32 time=3ms TTL=127\nReply from 192.0.2.77: bytes=32 time=2ms TTL=127',
    );
    expect(e.summary).toMatch(/answers ping: the address is reachable/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('Resolve-DnsName "DNS name does not exist": unresolved, never an AVD or other code', () => {
    const e = asCommandOutput(
      'Resolve-DnsName : rdsh07 : DNS name does not exist\nAt line:1 char:1\n    + CategoryInfo          : ResourceUnavailable: (rdsh07:String) [Resolve-DnsName], Win32Exception\n    + FullyQualifiedErrorId : DNS_ERROR_RCODE_NAME_ERROR,Microsoft.DnsClient.Commands.ResolveDnsName',
    );
    expect(e.summary).toMatch(/name rdsh07 does not resolve/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
  });
  it('near misses: Resolve-DnsName and nslookup answering: the name resolves, no cause', () => {
    const rdn = asCommandOutput(
      'Name                      Type   TTL   Section    IPAddress\n----                      ----   ---   -------    ---------\nrdsh07.contoso.example    A      3600  Answer     192.0.2.77',
    );
    expect(rdn.summary).toMatch(/resolves \(rdsh07\.contoso\.example A 192\.0\.2\.77\)/);
    expect(rdn.likelyCauses).toEqual([]);
    const ns = asCommandOutput(
      'Server:  dns1.contoso.example\nAddress:  192.0.2.53\n\nNon-authoritative answer:\nName:    rdsh07.contoso.example\nAddress:  192.0.2.77',
    );
    expect(ns.summary).toMatch(/rdsh07\.contoso\.example resolves to 192\.0\.2\.77/);
    expect(ns.likelyCauses).toEqual([]);
  });
});

describe('services: sc qc, Get-Service, Win32_Service, named per service', () => {
  const SCQC = [
    '[SC] QueryServiceConfig SUCCESS',
    '',
    'SERVICE_NAME: TermService',
    '        TYPE               : 20  WIN32_SHARE_PROCESS',
    '        START_TYPE         : 4   DISABLED',
    '        ERROR_CONTROL      : 1   NORMAL',
    '        DISPLAY_NAME       : Remote Desktop Services',
  ].join('\n');
  it('sc qc TermService DISABLED: nothing accepts connections; TYPE 20 and START_TYPE 4 are no codes', () => {
    const e = asCommandOutput(SCQC);
    expect(e.summary).toMatch(/TermService \(Remote Desktop Services\) is Disabled/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
    expect(JSON.stringify(e)).not.toMatch(/0x20|0x14/);
  });
  it('near miss: sc qc with DEMAND_START: not stopped, no cause', () => {
    const e = asCommandOutput(SCQC.replace('4   DISABLED', '3   DEMAND_START'));
    expect(e.summary).toMatch(/TermService start type Manual: none stopped or disabled/);
    expect(e.likelyCauses).toEqual([]);
  });
  it("Get-Service's table, each service named: TermServLicensing stopped is the license server's", () => {
    const e = asCommandOutput(
      'Status   Name               DisplayName\n------   ----               -----------\nStopped  TermServLicensing  Remote Desktop Licensing',
    );
    expect(e.summary).toMatch(/TermServLicensing \(Remote Desktop Licensing\) is Stopped/);
    expect(e.likelyCauses[0]?.causeId).toBe(licensingServerUnavailable.id);
  });
  it('RDAgentBootLoader and UmRdpService stopped: named, without a cause they do not state', () => {
    const e = asCommandOutput(
      'Status   Name               DisplayName\n------   ----               -----------\nStopped  RDAgentBootLoader  Remote Desktop Agent Loader\nRunning  UmRdpService       Remote Desktop Services UserMode Po...',
    );
    expect(e.summary).toMatch(/RDAgentBootLoader \(Remote Desktop Agent Loader\) is Stopped: .*Azure Virtual Desktop/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('near miss: the three RDP services running', () => {
    const e = asCommandOutput(
      'Status   Name               DisplayName\n------   ----               -----------\nRunning  SessionEnv         Remote Desktop Configuration\nRunning  TermService        Remote Desktop Services\nRunning  UmRdpService       Remote Desktop Services UserMode Po...',
    );
    expect(e.summary).toMatch(/running; the services are not what stops the connection/);
    expect(e.likelyCauses).toEqual([]);
  });
  it("Win32_Service's table: StartMode Disabled; its ProcessId and ExitCode are no codes", () => {
    const e = asCommandOutput(
      'ProcessId Name        StartMode State   Status ExitCode\n--------- ----        --------- -----   ------ --------\n        0 TermService Disabled  Stopped OK         1077',
    );
    expect(e.summary).toMatch(/TermService \(Remote Desktop Services\) is Disabled/);
    expect(JSON.stringify(e)).not.toMatch(/0x435/);
  });
  it('one service in sc query stays the sentences of sentences.ts (one rule each)', () => {
    expect(readCommandOutput('SERVICE_NAME: SessionEnv\n        STATE              : 1  STOPPED', NOW)).toBeUndefined();
  });
});

describe('certificates: Get-ChildItem Cert:\\LocalMachine\\Remote Desktop | Format-List', () => {
  const FL = [
    'Subject       : CN=rdsh07.contoso.example',
    'Issuer        : CN=rdsh07.contoso.example',
    'Thumbprint    : 0A1B2C3D4E5F60718293A4B5C6D7E8F901234567',
    'NotBefore     : 2/3/2025 8:00:00 AM',
    'NotAfter      : 8/3/2025 8:00:00 AM',
    'HasPrivateKey : True',
  ].join('\n');
  it('expired before today: the host-state certificate check, and the answer says the date compared with', () => {
    const r = readCommandOutput(FL, NOW);
    expect(r?.causes).toEqual([tlsCertificate.id]);
    expect(r?.summary).toMatch(/expired on 2025-08-03 .*compared with today, 2026-11-26/);
    expect(r?.shows.join('\n')).toMatch(/self-signed/);
  });
  it('no private key: the same check', () => {
    const r = readCommandOutput(FL.replace('8/3/2025', '8/3/2099').replace('True', 'False'), NOW);
    expect(r?.causes).toEqual([tlsCertificate.id]);
    expect(r?.summary).toMatch(/has no private key/);
  });
  it('near miss: valid, with its key: no cause', () => {
    const r = readCommandOutput(FL.replace('8/3/2025', '8/3/2099'), NOW);
    expect(r?.causes).toEqual([]);
    expect(r?.summary).toMatch(/can serve TLS/);
  });
  it('an en-GB date (d/M/yyyy, 24-hour, no AM/PM) is not read in US order: no expiry guessed', () => {
    const r = readCommandOutput(FL.replace('8/3/2025 8:00:00 AM', '03/08/2025 08:00:00'), NOW);
    expect(r?.causes).toEqual([]);
    expect(r?.shows.join('\n')).toMatch(/NotAfter "03\/08\/2025 08:00:00" \(a date format not read/);
  });
  it('a date in another order (dd.MM.yyyy) is not guessed: no expiry read from it', () => {
    const r = readCommandOutput(FL.replace('8/3/2025 8:00:00 AM', '03.08.2025 08:00:00'), NOW);
    expect(r?.causes).toEqual([]);
    expect(r?.shows.join('\n')).toMatch(/a date format not read/);
  });
  it('the table form: thumbprint and subject named, no verdict', () => {
    const e = asCommandOutput(
      '   PSParentPath: Microsoft.PowerShell.Security\\Certificate::LocalMachine\\Remote Desktop\n\nThumbprint                                Subject\n----------                                -------\n0A1B2C3D4E5F60718293A4B5C6D7E8F901234567  CN=rdsh07.contoso.example',
    );
    expect(e.summary).toMatch(/no dates or key, so no verdict/);
    expect(e.likelyCauses).toEqual([]);
  });
  const TABLE =
    'Thumbprint                                Subject\n----------                                -------\n0A1B2C3D4E5F60718293A4B5C6D7E8F901234567  CN=rdsh07.contoso.example';
  const DATES = 'NotBefore     : 2/3/2025 8:00:00 AM\nNotAfter      : 8/3/2025 8:00:00 AM\nHasPrivateKey : True';
  it('the table, then a Format-List of the dates without a Thumbprint line: the one certificate the table names', () => {
    const r = readCommandOutput(`${TABLE}\n\n${DATES}`, NOW);
    expect(r?.causes).toEqual([tlsCertificate.id]);
    expect(r?.summary).toMatch(
      /0A1B2C3D4E5F60718293A4B5C6D7E8F901234567 \(CN=rdsh07\.contoso\.example\): expired on 2025-08-03/,
    );
  });
  it('dates without a thumbprint under a table of two: not pinned on either, named by their place', () => {
    const two = `${TABLE}\n1122334455667788990011223344556677889900  CN=rdsh08.contoso.example`;
    const r = readCommandOutput(`${two}\n\n${DATES}`, NOW);
    expect(r?.summary).toMatch(/certificate 1 \(no thumbprint listed\): expired on 2025-08-03/);
    expect(r?.summary).not.toMatch(/0A1B2C3D|11223344/);
  });
  it('near miss: the same pair with dates still valid: no cause', () => {
    const r = readCommandOutput(`${TABLE}\n\n${DATES.replace('8/3/2025', '8/3/2099')}`, NOW);
    expect(r?.causes).toEqual([]);
    expect(r?.summary).toMatch(/can serve TLS/);
  });
});

describe('Win32_TerminalServiceSetting and GetGracePeriodDays', () => {
  it('LicensingType 5: the licensing mode is not configured', () => {
    const e = asCommandOutput(
      '__CLASS              : Win32_TerminalServiceSetting\nLicensingType        : 5\nLicensingName        : Not configured',
    );
    expect(e.summary).toMatch(/licensing mode is not configured \(LicensingType 5\)/);
  });
  it('DaysLeft 0: the grace period is over; ReturnValue 0 is the call result, no code', () => {
    const e = asCommandOutput('__CLASS          : __PARAMETERS\nDaysLeft         : 0\nReturnValue      : 0');
    expect(e.summary).toMatch(/grace period is over/);
    expect(e.likelyCauses[0]?.causeId).toBe(licensingGraceExpired.id);
  });
  it('near miss: days left, no cause', () => {
    const e = asCommandOutput('DaysLeft         : 87\nReturnValue      : 0');
    expect(e.summary).toMatch(/87 day\(s\) left/);
    expect(e.likelyCauses).toEqual([]);
  });
});

describe('qwinsta: the AVD side-by-side listener', () => {
  const QW = [
    ' SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE',
    '>services                                    0  Disc',
    ' console                                     1  Conn',
    ' rdp-sxs240512001                        65536  Down',
  ].join('\n');
  it('rdp-sxs… Down: the side-by-side stack is failing (its session id no code)', () => {
    const e = asCommandOutput(QW);
    expect(e.summary).toMatch(/side-by-side stack's listener rdp-sxs240512001 is Down/);
    expect(e.notes.join('\n')).toMatch(/reinstall the side-by-side stack/);
  });
  it('near miss: rdp-sxs… Listen: up', () => {
    expect(asCommandOutput(QW.replace('Down', 'Listen')).summary).toMatch(/side-by-side stack listener is up/);
  });
});

describe('Get-AzWvdSessionHost', () => {
  const HOST = [
    'Name            : hp-prod/avd-07.contoso.example',
    'AllowNewSession : True',
    'Session         : 0',
    'Status          : Unavailable',
    'UpdateState     : Succeeded',
  ].join('\n');
  it("Status Unavailable: the AVD status table's meaning; Session 0 is a count, no disconnect code", () => {
    const e = asCommandOutput(HOST);
    expect(e.summary).toMatch(/avd-07\.contoso\.example: status Unavailable/);
    expect(e.notes.join('\n')).toMatch(/routes no connection to it/);
  });
  it('UpdateState Failed and AllowNewSession False (drain mode) said', () => {
    const e = asCommandOutput(
      HOST.replace('Succeeded', 'Failed').replace('True', 'False').replace('Unavailable', 'Available'),
    );
    expect(e.summary).toMatch(/the last agent update failed; AllowNewSession False \(drain mode\)/);
  });
  it('near miss: Available, taking new sessions', () => {
    expect(asCommandOutput(HOST.replace('Unavailable', 'Available')).summary).toMatch(
      /Available and taking new sessions/,
    );
  });
});

describe('registry values read by their key (registry-state.ts, the host-state checks)', () => {
  const FIPS_ON =
    'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\FIPSAlgorithmPolicy\n    Enabled    REG_DWORD    0x1';
  it('FIPSAlgorithmPolicy Enabled 1: the FIPS policy, never code 1, and nothing said of a value not shown', () => {
    const e = asCommandOutput(FIPS_ON);
    expect(e.summary).toMatch(/^FIPSAlgorithmPolicy Enabled = 1: the FIPS policy is on/);
    expect(e.summary).not.toMatch(/MinEncryptionLevel/);
    expect(e.notes.join('\n')).toMatch(/clients that cannot do FIPS-compliant encryption/);
  });
  it('near miss: FIPS off; and `Enabled` without its key stays a plain registry value', () => {
    expect(asCommandOutput(FIPS_ON.replace('0x1', '0x0')).summary).toMatch(/the FIPS policy is off/);
    expect(explainCode('    Enabled    REG_DWORD    0x1').other?.table).toBe('setting');
  });
  it('MinEncryptionLevel 4 under RDP-Tcp: FIPS encryption level', () => {
    const e = asCommandOutput(
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp\n    MinEncryptionLevel    REG_DWORD    0x4',
    );
    expect(e.summary).toMatch(/MinEncryptionLevel = 4 \(FIPS\)/);
  });
  const TLS12 =
    'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server\n    Enabled    REG_DWORD    0x0\n    DisabledByDefault    REG_DWORD    0x1';
  it('SCHANNEL TLS 1.2 Server switched off: the tls-1.2 check, its cause', () => {
    const e = asCommandOutput(TLS12);
    expect(e.summary).toMatch(/TLS 1\.2 Server: Enabled = 0 \(switched off\)/);
    expect(e.likelyCauses[0]?.causeId).toBe(tlsProtocolMismatch.id);
  });
  it('near miss: TLS 1.2 on; TLS 1.0 off is named, no cause stated', () => {
    expect(causeIds(TLS12.replace('0x0', '0x1').replace(/0x1$/, '0x0'))).toEqual([]);
    const e = asCommandOutput(TLS12.replace('TLS 1.2', 'TLS 1.0'));
    expect(e.summary).toMatch(/^TLS 1\.0 Server: Enabled = 0 \(switched off\)/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('RDInfraAgent IsRegistered 0 with an empty token: not registered; 1: registered', () => {
    const agent =
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\RDInfraAgent\n    IsRegistered    REG_DWORD    0x0\n    RegistrationToken    REG_SZ    ';
    const e = asCommandOutput(agent);
    expect(e.summary).toMatch(/agent is not registered \(IsRegistered 0\)/);
    expect(e.notes.join('\n')).toMatch(/RegistrationToken is empty/);
    expect(asCommandOutput(agent.replace('0x0', '0x1')).summary).toMatch(/agent is registered \(IsRegistered 1\)/);
  });
});

describe('variants: other switches and columns', () => {
  it('netstat -an (no PID column): the same SYN_SENT reading', () => {
    const e = asCommandOutput('  TCP    10.0.0.8:51544         198.51.100.20:3389     SYN_SENT');
    expect(e.summary).toMatch(/stuck in SYN_SENT/);
    expect(e.notes.join('\n')).not.toMatch(/\(process \d|process id \(PID\)/);
  });
  it('ping with every request timed out and no statistics: no verdict, no cause', () => {
    const e = asCommandOutput('Pinging 192.0.2.77 with 32 bytes of data:\nRequest timed out.\nRequest timed out.');
    expect(e.summary).toMatch(/No echo reply from 192\.0\.2\.77 \(Request timed out\): ping is no verdict on RDP/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('ping "General failure": the request never left; no cause the text does not state', () => {
    const e = asCommandOutput('Pinging 192.0.2.77 with 32 bytes of data:\nGeneral failure.\nGeneral failure.');
    expect(e.summary).toMatch(/could not send \(General failure\)/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('nslookup "DNS request timed out" with no answer; near miss: the timeout then the answer resolves', () => {
    const timeout = 'DNS request timed out.\n    timeout was 2 seconds.\nServer:  UnKnown\nAddress:  192.0.2.53\n';
    expect(asCommandOutput(`${timeout}\n*** Request to UnKnown timed-out`).summary).toMatch(
      /DNS server asked did not answer/,
    );
    expect(asCommandOutput(`${timeout}\nName:    rdsh07.contoso.example\nAddress:  192.0.2.77`).summary).toMatch(
      /resolves to 192\.0\.2\.77/,
    );
  });
  it("a certificate table with NotAfter (Format-Table cut at the header's columns): expired", () => {
    const table = [
      'Subject                      NotAfter              Thumbprint',
      '-------                      --------              ----------',
      'CN=rdsh07.contoso.example    8/3/2025 8:00:00 AM   0A1B2C3D4E5F60718293A4B5C6D7E8F901234567',
    ].join('\n');
    const r = readCommandOutput(table, NOW);
    expect(r?.causes).toEqual([tlsCertificate.id]);
    expect(r?.summary).toMatch(/expired on 2025-08-03/);
    expect(readCommandOutput(table.replace('2025', '2099'), NOW)?.causes).toEqual([]);
  });
  it("reg query's not-found error: the value is not set, nothing else said", () => {
    const e = asCommandOutput('ERROR: The system was unable to find the specified registry key or value.');
    expect(e.summary).toMatch(/does not exist: the setting is not set there/);
    expect(e.likelyCauses).toEqual([]);
  });
});

describe("net start's Win32 error", () => {
  it('"System error 1058 has occurred." is a Win32 error, never event 1058 (a certificate event)', () => {
    const e = explainCode(
      'System error 1058 has occurred.\n\nThe service cannot be started, either because it is disabled or because it has no enabled devices associated with it.',
    );
    expect(e.paste?.eventId).toBeUndefined();
    expect(e.likelyCauses.map((c) => c.causeId)).not.toContain(tlsCertificate.id);
    // Read since round 14 as the service's start failure (service-control.ts), its number a Win32 service error.
    expect(e.other?.name).toBe('service-control');
    expect(e.summary).toMatch(/Win32 error 1058 ERROR_SERVICE_DISABLED/);
  });
  it('near miss: "event 1058" in words stays the event', () => {
    expect(
      explainCode('TermService event 1058').paste?.eventId ?? explainCode('TermService event 1058').input.code,
    ).toBe(1058);
  });
});

describe('Get-AzWvdSessionHost as a table', () => {
  it('one row per host, each read; a healthy host beside it is said healthy', () => {
    const aligned = [
      'Name             Status      AllowNewSession UpdateState',
      '----             ------      --------------- -----------',
      'hp-prod/avd-07   Unavailable            True Succeeded',
      'hp-prod/avd-08   Available              True Succeeded',
    ].join('\n');
    const e = asCommandOutput(aligned);
    expect(e.summary).toMatch(
      /^1 of 2 Azure Virtual Desktop session hosts need attention: hp-prod\/avd-07 \(status Unavailable\)/,
    );
    expect(asCommandOutput(aligned.replace('Unavailable', 'Available  ')).summary).toMatch(/All 2 .* Available/);
  });
});
