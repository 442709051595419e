/**
 * Command output that shows a host's state, read as what it is (issue 60, rounds 5, 6, 8 and 13;
 * src/explain/tables/command-output/command-output.ts, host-output.ts, service-control.ts): sessions and listeners (qwinsta and quser,
 * in English and Russian, the AVD side-by-side listener, Get-AzWvdSessionHost), services (sc query, sc qc, Get-Service,
 * Win32_Service, net start's Win32 error), the certificate store (certutil, Get-ChildItem Cert:) and the licensing
 * mode (Win32_TerminalServiceSetting). Registry values and firewall rules have files of their own
 * (registry-pastes.test.ts, firewall-rules-output.test.ts). Each output, in wordings written for these tests from the
 * format Microsoft's page for the command shows (fictional names, documentation addresses): what it shows about
 * Remote Desktop and what to do, with the cause it points at; a near miss that shows things are fine (no cause, no
 * failure invented); the paste's damage (CRLF, tabs, a lost `>`, collapsed spaces) read the same; and its numbers
 * (session ids, PIDs, state and start-type numbers, thumbprints, dates) never looked up as codes.
 */
import { describe, expect, it } from 'vitest';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { readCommandOutput } from '../../src/explain/tables/command-output/command-output.js';
import { asCommandOutput, causeIds, sentenceIds, expectSaidNoCause } from '../helpers/explain.js';

const NOW = new Date('2026-11-26T06:00:00Z');

const QWINSTA = [
  ' SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE',
  ' services                                    0  Disc',
  '>console           alice                     1  Active',
  ' rdp-tcp#0         bob                       2  Active',
  '                   carol                     3  Disc',
  ' rdp-tcp                                 65536  Listen',
].join('\n');

describe('qwinsta (query session)', () => {
  it('the listener listening, and a disconnected session holding a slot', () => {
    const e = explainCode(QWINSTA);
    expect(e.other?.table).toBe('commandOutput');
    expect(e.summary).toMatch(/RDP listener is up; 1 disconnected session/);
    expect(e.notes.join('\n')).toMatch(/Disconnected, still signed in: carol \(session 3\)/);
    expect(e.notes.join('\n')).toMatch(/logoff 3` \(this closes that user's programs; unsaved work is lost\)/);
    // A list of sessions shows a state, not a failure: the limit is named in the to-do, no cause is ranked.
    expect(e.likelyCauses).toEqual([]);
    expect(e.notes.join('\n')).toMatch(/count against the session limit/);
    // 65536 is the listener's session id, never a code.
    expect(JSON.stringify(e)).not.toMatch(/0x10000|65536 is/);
  });

  it('no rdp-tcp listener: nothing accepts connections', () => {
    const e = explainCode(QWINSTA.split('\n').slice(0, 3).join('\n'));
    expect(e.summary).toMatch(/^No RDP listener/);
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
    expect(e.notes.join('\n')).toMatch(/fDenyTSConnections/);
  });

  // Round 25 (r25-s19w): the list with its line breaks lost, as makezine.com's "How to kill Terminal Services
  // sessions" shows it: no row read, so no listener is said missing and no cause ranked.
  it('a list on one line (its breaks lost): its rows not readable, no listener said missing', () => {
    const oneLine =
      'SESSIONNAME USERNAME ID STATE TYPE DEVICE console 0 Conn wdcon rdp-tcp 65536 Listen rdpwd rdp-tcp#5 auser 1 Active rdpwd rdp-tcp#7 another 2 Disc rdpwd';
    expectSaidNoCause(oneLine, /rows not readable/);
  });

  it('twin: a list read with rows and no rdp-tcp row still says no listener', () => {
    const e = explainCode(`${QWINSTA.split('\n')[0]}\n console                                     0  Conn    wdcon`);
    expect(e.summary).toMatch(/^No RDP listener/);
  });

  it('a listener that is Down is said so', () => {
    const e = explainCode(`${QWINSTA.split('\n')[0]}\n rdp-tcp                                 65536  Down`);
    expect(e.summary).toMatch(/RDP listener is Down/);
    expect(e.notes.join('\n')).toMatch(/drops every session/);
  });

  it('near miss: only active sessions and the listener: no cause', () => {
    const fine = QWINSTA.split('\n')
      .filter((l) => !/Disc/.test(l))
      .join('\n');
    expect(readCommandOutput(fine, NOW)?.causes).toEqual([]);
  });

  it('pasted with CRLF, tabs and the `>` lost: the same reading', () => {
    const damaged = QWINSTA.replace(/>/g, ' ').replace(/ {8}/g, '\t').replace(/\n/g, '\r\n');
    const r = readCommandOutput(damaged, NOW);
    expect(r?.summary).toMatch(/RDP listener is up; 1 disconnected session/);
  });
});

describe('quser (query user)', () => {
  const QUSER = [
    ' USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME',
    '>alice                 rdp-tcp#3           2  Active          .  11/26/2026 8:02 AM',
    ' bob                                       3  Disc         1:05  11/25/2026 4:40 PM',
  ].join('\n');
  it('a disconnected user still signed in', () => {
    const r = readCommandOutput(QUSER, NOW);
    expect(r?.shows.join('\n')).toMatch(/Active: alice \(session 2, rdp-tcp#3\)/);
    expect(r?.shows.join('\n')).toMatch(/Disconnected, still signed in: bob \(session 3\)/);
    expect(r?.causes).toEqual([]);
    expect(r?.todo.join('\n')).toMatch(/if new connections are refused/);
  });
  it('"No User exists for *": no one holds a session', () => {
    const r = readCommandOutput('No User exists for *', NOW);
    expect(r?.summary).toBe('No user is signed in');
    expect(r?.causes).toEqual([]);
  });
});

/**
 * qwinsta / quser in Russian: the column headers and state words from a table with its sources (public captures
 * of Russian Windows output), read as the English list is.
 */
const RU_QWINSTA = [
  ' СЕАНС             ПОЛЬЗОВАТЕЛЬ             ID  СТАТУС  ТИП         УСТР-ВО',
  ' services                                    0  Диск',
  '>console           Администратор             1  Активно',
  '                   olga                      4  Диск',
  ' rdp-tcp                                 65536  Прием',
].join('\n');
const EN_QWINSTA = [
  ' SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE',
  ' services                                    0  Disc',
  '>console           Administrator             1  Active',
  '                   olga                      4  Disc',
  ' rdp-tcp                                 65536  Listen',
].join('\n');

describe('Russian qwinsta and quser', () => {
  it('the listener listening and a disconnected session: the same reading as the English list, the language said', () => {
    const e = explainCode(RU_QWINSTA);
    expect(e.other?.table).toBe('commandOutput');
    expect(e.summary).toBe(explainCode(EN_QWINSTA).summary);
    expect(causeIds(RU_QWINSTA)).toEqual(causeIds(EN_QWINSTA));
    const notes = e.notes.join('\n');
    expect(notes).toMatch(/The list is in Russian/);
    expect(notes).toMatch(/Disconnected, still signed in: olga \(session 4\)/);
    expect(e.other?.source).toMatch(/not a Microsoft page: public captures/);
    expect(JSON.stringify(e)).not.toMatch(/0x10000/);
  });

  it('no rdp-tcp listener in a Russian list: nothing accepts connections', () => {
    const e = explainCode(RU_QWINSTA.split('\n').slice(0, 3).join('\n'));
    expect(e.summary).toMatch(/^No RDP listener/);
    expect(causeIds(RU_QWINSTA.split('\n').slice(0, 3).join('\n'))).toEqual(
      causeIds(EN_QWINSTA.split('\n').slice(0, 3).join('\n')),
    );
  });

  it('quser in Russian (ПОЛЬЗОВАТЕЛЬ СЕАНС ID СТАТУС …)', () => {
    const e = explainCode(
      'ПОЛЬЗОВАТЕЛЬ          СЕАНС              ID  СТАТУС  БЕЗДЕЙСТВ. ВРЕМЯ ВХОДА\n>anna                  rdp-tcp#1           2  Активно          .  14.05.2025 15:54\n boris                                     3  Диск         1:05  14.05.2025 09:10',
    );
    expect(e.other?.name).toBe('quser');
    expect(e.notes.join('\n')).toMatch(/Active: anna \(session 2, rdp-tcp#1\)/);
    expect(e.notes.join('\n')).toMatch(/Disconnected, still signed in: boris \(session 3\)/);
  });

  it('damage: CRLF, ё, a lost leading space read the same', () => {
    const damaged = RU_QWINSTA.replace('Прием', 'Приём').replace(/^ /gm, '').replace(/\n/g, '\r\n');
    expect(explainCode(damaged).summary).toBe(explainCode(RU_QWINSTA).summary);
  });

  it('near miss: a state word no capture shows is not guessed (its row passed over)', () => {
    const e = explainCode(
      `${RU_QWINSTA.split('\n').slice(0, 3).join('\n')}\n rdp-tcp                                 65536  Слушает`,
    );
    // "Слушает" is no word of the table: the listener row is not read, so no listener is seen.
    expect(e.summary).toMatch(/^No RDP listener/);
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

/** sc query and nslookup read as what they show: their numbers are the command's, never codes. */
describe('command output', () => {
  const SC_RUNNING = [
    'C:\\>sc query TermService',
    '',
    'SERVICE_NAME: TermService',
    '        TYPE               : 20  WIN32_SHARE_PROCESS',
    '        STATE              : 4  RUNNING',
    '                                (STOPPABLE, NOT_PAUSABLE, IGNORES_SHUTDOWN)',
    '        WIN32_EXIT_CODE    : 0  (0x0)',
    '        SERVICE_EXIT_CODE  : 0  (0x0)',
    '        CHECKPOINT         : 0x0',
    '        WAIT_HINT          : 0x0',
  ].join('\n');

  it("sc query TermService RUNNING: the service runs; its state number 4 is no dialog's error code", () => {
    const e = explainCode(SC_RUNNING);
    expect(e.input.code).toBe('termservice-running');
    expect(e.primary).toBeUndefined();
    expect(e.likelyCauses).toEqual([]);
    // Damage: CRLF and the lines pasted without their indentation read the same.
    expect(explainCode(SC_RUNNING.replace(/\n\s*/g, '\r\n')).input.code).toBe('termservice-running');
  });

  it('sc query of another service: named as sc query output, its numbers set aside', () => {
    const e = explainCode(SC_RUNNING.replace(/TermService/g, 'SessionEnv').replace('4  RUNNING', '1  STOPPED'));
    expect(e.input.code).toBe('service-query-output');
    expect(e.primary).toBeUndefined();
    expect(e.other?.meaning).toMatch(/WIN32_EXIT_CODE other than 0/);
  });

  it('sc query TermService STOPPED is still the stopped service (the more precise reading)', () => {
    const e = explainCode(SC_RUNNING.replace('4  RUNNING', '1  STOPPED'));
    expect(e.input.code).toBe('termservice-stopped');
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
  });

  it('near miss: a dialog sentence with "state: 4" in prose is not sc query output', () => {
    expect(sentenceIds('The connection state: 4 running tasks remain.')).not.toContain('service-query-output');
  });

  it("nslookup's Non-existent domain: the name does not resolve; the DNS server's address is no code", () => {
    const paste =
      "Server:  dns01.example.net\nAddress:  192.0.2.53\n\n*** dns01.example.net can't find rdsh01: Non-existent domain";
    const e = explainCode(paste);
    expect(e.input.code).toBe('nslookup-non-existent-domain');
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
    expect(e.primary).toBeUndefined();
    // Near miss: a name that resolves.
    expect(
      sentenceIds(
        'Server:  dns01.example.net\nAddress:  192.0.2.53\n\nName:    rdsh01.example.net\nAddress:  192.0.2.10',
      ),
    ).not.toContain('nslookup-non-existent-domain');
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

const CERT = [
  'Remote Desktop "Remote Desktop"',
  '================ Certificate 0 ================',
  'Serial Number: 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d',
  'Issuer: CN=rdsh01.contoso.example',
  ' NotBefore: 11/24/2018 8:15 AM',
  ' NotAfter: 5/25/2019 8:15 AM',
  'Subject: CN=rdsh01.contoso.example',
  'Cert Hash(sha1): 0a 1b 2c 3d 4e 5f 6a 7b 8c 9d 0e 1f 2a 3b 4c 5d 6e 7f 8a 9b',
  '  Key Container = TSSecKeySet1',
  'Missing stored keyset',
  'CertUtil: -store command completed successfully.',
].join('\n');

describe('certutil -store "Remote Desktop"', () => {
  it('expired and without its private key: TLS cannot complete (the host-state certificate check)', () => {
    const r = readCommandOutput(CERT, NOW);
    expect(r?.command).toBe('certutil');
    expect(r?.causes).toEqual([tlsCertificate.id]);
    const shows = r?.shows.join('\n') ?? '';
    expect(shows).toMatch(/valid to 2019-05-25; no private key \("Missing stored keyset"\)/);
    expect(shows).toMatch(/expired on 2019-05-25 and has no private key/);
    expect(r?.todo.join('\n')).toMatch(/re-import the certificate with its key/);
    expect(causeIds(CERT)[0]).toBe(tlsCertificate.id);
  });

  it('near miss: a valid certificate with its key is no cause', () => {
    const valid = CERT.replace('5/25/2019', '5/25/2099').replace('Missing stored keyset', 'Encryption test passed');
    const r = readCommandOutput(valid, NOW);
    expect(r?.causes).toEqual([]);
    expect(r?.shows.join('\n')).toMatch(/valid to 2099-05-25; private key present/);
  });

  it('pasted with CRLF and its hash run together: the same reading', () => {
    const damaged = CERT.replace(/([0-9a-f]{2}) (?=[0-9a-f]{2}\b)/g, '$1').replace(/\n/g, '\r\n');
    expect(damaged).toMatch(/Cert Hash\(sha1\): 0a1b2c/);
    expect(readCommandOutput(damaged, NOW)?.causes).toEqual([tlsCertificate.id]);
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
