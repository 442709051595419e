/**
 * Command output that shows a host's state, read as what it is (issue 60, rounds 5 to 8 and 14;
 * src/explain/tables/command-output.ts, registry-state.ts, service-control.ts, firewall-rules.ts): sessions and
 * listeners (qwinsta and quser, in English and Russian), the certificate store (certutil), registry values (reg query,
 * .reg, Get-ItemProperty, other column orders), services (sc query) and the Remote Desktop firewall rules (netsh,
 * Get-NetFirewallRule). Each output: what it shows about Remote Desktop and what to do, with the cause it points at;
 * a near miss that shows things are fine (no cause); the paste's damage (CRLF, tabs, a lost `>`, collapsed spaces)
 * read the same; and its numbers (session ids, PIDs, ports, state numbers) never looked up as codes.
 */
import { readRegistryText } from '../../parsers/state/index.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { readCommandOutput } from '../../src/explain/tables/command-output.js';
import { readRdpSettings } from '../../src/explain/tables/rdp-settings.js';
import { asCommandOutput, causeIds, sentenceIds, tablesOf, expectRefused } from '../helpers/explain.js';
import { describe, expect, it } from 'vitest';

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
 * 3. qwinsta / quser in Russian: the column headers and state words from a table with its sources (public captures
 *    of Russian Windows output), read as the English list is.
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

describe('reg query and .reg pastes, read by the host-state registry reader (one parser)', () => {
  const said = (text: string) => readRdpSettings(text).map((x) => x.said);
  it('a lone value line, its spacing collapsed or in tabs, with CRLF', () => {
    expect(said('fDenyTSConnections REG_DWORD 0x1')).toEqual([
      'fDenyTSConnections = 1: Remote Desktop is switched off (connections are denied)',
    ]);
    expect(said('\tfDenyTSConnections\tREG_DWORD\t0x1\r\n')).toEqual(said('fDenyTSConnections REG_DWORD 0x1'));
  });
  it('a .reg value in its hex(4) form, which only the state reader decodes', () => {
    expect(said('"fDenyTSConnections"=hex(4):01,00,00,00')).toEqual(said('"fDenyTSConnections"=dword:00000001'));
    expect(
      said(
        '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp]\n"PortNumber"=dword:00000d3e',
      ),
    ).toEqual([
      'PortNumber = 3390: the RDP listener listens on TCP port 3390 (not the default 3389: clients must name it)',
    ]);
  });
  it('near miss: REG_DWORD in a sentence is no setting', () => {
    expect(said('the value REG_DWORD of fDenyTSConnections is 0x1')).toEqual([]);
  });
});

/**
 * 4. PowerShell's `Get-ItemProperty 'HKLM:\…\Terminal Server'` list (`fDenyTSConnections : 1`, then PSPath…) is the
 *    setting it shows, read by the one registry reader (parsers/state `readRegistryText`) as `reg query` lines are.
 */
const GET_ITEM_PROPERTY = [
  "PS C:\\> Get-ItemProperty -Path 'HKLM:\\System\\CurrentControlSet\\Control\\Terminal Server'",
  '',
  '',
  'AllowRemoteRPC         : 0',
  'fDenyTSConnections     : 1',
  'fSingleSessionPerUser  : 0',
  'TSUserEnabled          : 0',
  'PSPath                 : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\Terminal Server',
  'PSParentPath           : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control',
  'PSChildName            : Terminal Server',
  'PSDrive                : HKLM',
  'PSProvider             : Microsoft.PowerShell.Core\\Registry',
  '',
].join('\n');

describe('Get-ItemProperty output is a setting', () => {
  it('fDenyTSConnections : 1 under its PSPath: Remote Desktop switched off, as reg query says it', () => {
    const e = explainCode(GET_ITEM_PROPERTY);
    expect(e.other?.table).toBe('setting');
    expect(e.summary).toMatch(/^fDenyTSConnections = 1: Remote Desktop is switched off/);
    expect(e.summary).toMatch(/fSingleSessionPerUser = 0/);
    const regQuery = explainCode(
      'HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\Terminal Server\n    fDenyTSConnections    REG_DWORD    0x1',
    );
    expect(e.likelyCauses.map((c) => c.causeId)).toEqual(regQuery.likelyCauses.map((c) => c.causeId));
    expect(e.likelyCauses.length).toBeGreaterThan(0);
  });

  it('the registry reader gives the values their PSPath key, passing the provider members over', () => {
    const r = readRegistryText(GET_ITEM_PROPERTY.split('\n').slice(1).join('\n'));
    expect(r.items.map((i) => [i.key, i.name, i.value])).toEqual([
      ['HKLM\\System\\CurrentControlSet\\Control\\Terminal Server', 'AllowRemoteRPC', 0],
      ['HKLM\\System\\CurrentControlSet\\Control\\Terminal Server', 'fDenyTSConnections', 1],
      ['HKLM\\System\\CurrentControlSet\\Control\\Terminal Server', 'fSingleSessionPerUser', 0],
      ['HKLM\\System\\CurrentControlSet\\Control\\Terminal Server', 'TSUserEnabled', 0],
    ]);
    expect(r.skipped).toEqual([]);
    // A DWORD Get-ItemProperty prints signed (-1) is the unsigned value reg query shows (0xffffffff).
    const signed = readRegistryText(
      'MaxInstanceCount : -1\nPSPath : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\x',
    );
    expect(signed.items[0]?.value).toBe(0xffffffff);
  });

  it('a state file is read by what it says: a list line with no PSPath is no value (skipped, as before)', () => {
    const r = readRegistryText(
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\n    fDenyTSConnections    REG_DWORD    0x0\nfSingleSessionPerUser : 1',
    );
    expect(r.items.map((i) => [i.name, i.value])).toEqual([['fDenyTSConnections', 0]]);
    expect(r.skipped.map((x) => x.what)).toEqual(['not a registry value']);
    // The paste reader names a key for such lines; then they are values.
    expect(readRegistryText('fSingleSessionPerUser : 1', 'HKEY_LOCAL_MACHINE\\(pasted)').items[0]?.name).toBe(
      'fSingleSessionPerUser',
    );
  });

  it('damage: the lines alone, indented, with CRLF, and a switched-on value', () => {
    expect(explainCode('fDenyTSConnections : 1').summary).toMatch(/Remote Desktop is switched off/);
    expect(explainCode('   fDenyTSConnections     : 0\r\n   PSChildName   : Terminal Server\r\n').summary).toMatch(
      /fDenyTSConnections = 0: Remote Desktop is switched on/,
    );
    expect(explainCode(GET_ITEM_PROPERTY.replace(/\n/g, '\r\n')).summary).toMatch(/switched off/);
    expect(
      explainCode(GET_ITEM_PROPERTY.replace('fDenyTSConnections     : 1', 'fDenyTSConnections     : 0')).likelyCauses,
    ).toEqual([]);
  });

  it('near misses: another key\'s list and a "Name : number" line of prose are no Remote Desktop setting', () => {
    const other = [
      'Version      : 3',
      'Enabled      : 1',
      'PSPath       : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Agent',
      'PSChildName  : Agent',
    ].join('\n');
    // Refused as holding no code (one clear sentence), never read as a setting.
    expectRefused(other);
    expect(() => explainCode('Status : 1\nRetries : 3')).not.toThrow(/stack/);
    expect(explainCode('Status : 1\nRetries : 3').other?.table).not.toBe('setting');
  });
});

describe('registry lines in other orders', () => {
  it('a known setting with its REG_ type is read as the setting, never as a code', () => {
    for (const [paste, name, value] of [
      ['REG_DWORD    AllowEncryptionOracle    0x2', 'AllowEncryptionOracle', 2],
      ['AllowEncryptionOracle\t0x00000002\tREG_DWORD', 'AllowEncryptionOracle', 2],
      ['UserAuthentication (REG_DWORD) = 0', 'UserAuthentication', 0],
      ['  REG_DWORD  fdenytsconnections  0x1\r\n', 'fDenyTSConnections', 1],
      ['PortNumber, REG_DWORD, 3390', 'PortNumber', 3390],
    ] as const) {
      const e = explainCode(paste);
      expect(e.other?.table, paste).toBe('setting');
      expect(e.other?.name, paste).toBe(name);
      expect(e.other?.meaning, paste).toContain(`${name} = ${value}:`);
      expect(tablesOf(paste), paste).not.toContain('disconnect');
    }
    expect(explainCode('REG_DWORD AllowEncryptionOracle 0x2').other?.meaning).toMatch(/Vulnerable/);
  });

  it('near misses: a setting named in prose beside a labelled code; the classic order unchanged', () => {
    // The name in prose with a labelled code: the code is read, not a setting.
    const prose = explainCode('After changing AllowEncryptionOracle the client shows Error code: 0x904');
    expect(prose.other?.table === 'setting' || prose.primary?.table === 'setting').toBe(false);
    expect(prose.primary?.name).toBe('disconnectReasonAtClientWinsockFDCLOSE');
    // The classic order is unchanged.
    expect(explainCode('    fDenyTSConnections    REG_DWORD    0x0').other?.meaning).toContain('switched on');
  });
});

/** 3. Command output read as what it is: its numbers are the command's, never codes. */
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

describe("netsh's Remote Desktop firewall rule", () => {
  const rule = (name: string, enabled: string) =>
    [
      `Rule Name:                            ${name}`,
      '----------------------------------------------------------------------',
      `Enabled:                              ${enabled}`,
      'Direction:                            In',
      'Profiles:                             Domain,Private,Public',
      'Grouping:                             Remote Desktop',
      'LocalIP:                              Any',
      'RemoteIP:                             Any',
      'Protocol:                             TCP',
      'LocalPort:                            3389',
      'RemotePort:                           Any',
      'Edge traversal:                       No',
      'Action:                               Allow',
    ].join('\n');

  it('the TCP-In rule disabled: the port is blocked; its 3389 is no code', () => {
    const e = explainCode(`${rule('Remote Desktop - User Mode (TCP-In)', 'No')}\nOk.`);
    // Since round 14 read with its line breaks by the firewall-inbound-rule check (firewall-rules.ts); the sentence
    // reads it when they are lost.
    expect(e.input.code).toBe('firewall-rules');
    expect(e.likelyCauses[0]?.causeId).toBe(networkUnreachable.id);
    const flat = explainCode(
      `${rule('Remote Desktop - User Mode (TCP-In)', 'No')}`.replace(/\n-+\n/, ' ').replace(/\n/g, ' '),
    );
    expect(flat.input.code).toBe('firewall-rdp-rule-disabled');
    expect(e.primary).toBeUndefined();
  });

  it('near misses: the rule enabled, and an enabled TCP rule before a disabled UDP one', () => {
    const enabled = explainCode(rule('Remote Desktop - User Mode (TCP-In)', 'Yes'));
    expect(enabled.summary).toMatch(/let Remote Desktop in/);
    expect(enabled.likelyCauses).toEqual([]);
    expect(
      sentenceIds(
        `${rule('Remote Desktop - User Mode (TCP-In)', 'Yes')}\n\n${rule('Remote Desktop - User Mode (UDP-In)', 'No')}`,
      ),
    ).not.toContain('firewall-rdp-rule-disabled');
  });
});

describe('firewall rules, read by the firewall-inbound-rule check', () => {
  const fw = (text: string) => asCommandOutput(text, 'firewall-rules');
  const LIST = (enabled: 'True' | 'False', name = 'RemoteDesktop-UserMode-In-TCP') =>
    [
      `Name                  : ${name}`,
      'DisplayName           : Remote Desktop - User Mode (TCP-In)',
      'Description           : Inbound rule for the Remote Desktop service to allow RDP traffic. [TCP 3389]',
      'DisplayGroup          : Remote Desktop',
      `Enabled               : ${enabled}`,
      'Profile               : Domain, Private',
      'Direction             : Inbound',
      'Action                : Allow',
    ].join('\n');
  it("Get-NetFirewallRule's list: the TCP rule disabled, the UDP one enabled: TCP 3389 is not let in", () => {
    const udp = LIST('True', 'RemoteDesktop-UserMode-In-UDP')
      .replace('(TCP-In)', '(UDP-In)')
      .replace('[TCP 3389]', '[UDP 3389]');
    const e = fw(`${LIST('False')}\n\n${udp}`);
    expect(e.summary).toMatch(/^Among the rules shown: No enabled inbound rule of Windows Firewall allows TCP 3389/);
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
    expect(e.notes.join('\n')).toMatch(/another enabled rule that is not shown may allow the port/);
  });
  it('near miss: the same rule enabled lets Remote Desktop in, no cause', () => {
    const e = fw(LIST('True'));
    expect(e.summary).toMatch(/let Remote Desktop in: TCP 3389 allowed/);
    expect(e.likelyCauses).toEqual([]);
  });
  it('a table of rules (Select-Object DisplayName, Enabled, Profile, Direction, Action)', () => {
    const e = fw(
      [
        'DisplayName                          Enabled Profile Direction Action',
        '-----------                          ------- ------- --------- ------',
        'Remote Desktop - User Mode (TCP-In)    False     Any   Inbound  Allow',
        'Remote Desktop - User Mode (UDP-In)    False     Any   Inbound  Allow',
      ].join('\n'),
    );
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
  });
  it("netsh in German (the state reader's labels): the rule disabled", () => {
    const e = fw(
      [
        'Regelname:                            Remotedesktop - Benutzermodus (TCP eingehend)',
        '----------------------------------------------------------------------',
        'Aktiviert:                            Nein',
        'Richtung:                             Eingehend',
        'Profile:                              Domäne,Privat,Öffentlich',
        'Protokoll:                            TCP',
        'Aktion:                               Zulassen',
      ].join('\n'),
    );
    expect(causeIds(e)).toEqual([networkUnreachable.id]);
  });
  it('a rule whose ports Get-NetFirewallRule does not show: no verdict, the port filter asked for', () => {
    const e = fw('DisplayName : Allow RDP from VPN\nEnabled     : True\nDirection   : Inbound\nAction      : Allow');
    expect(e.likelyCauses).toEqual([]);
    expect(e.notes.join('\n')).toMatch(/Get-NetFirewallPortFilter/);
  });
  it('near miss: rules of other programs only are not read as a Remote Desktop verdict', () => {
    const text =
      'Name        : FPS-SMB-In-TCP\nDisplayName : File and Printer Sharing (SMB-In)\nEnabled     : False\nDirection   : Inbound\nAction      : Allow';
    let causes: string[] = [];
    try {
      causes = causeIds(explainCode(text));
    } catch {
      // no reading at all: as good
    }
    expect(causes).toEqual([]);
  });
});

describe("netsh's answer to a rule name that matches none", () => {
  it('no verdict, no cause: the rule list asked for', () => {
    const e = explainCode(
      'C:\\>netsh advfirewall firewall show rule name="Remote Desktop (TCP-In)"\n\nNo rules match the specified criteria.',
    );
    expect(e.input.code).toBe('firewall-no-rule-match');
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/no verdict on the port/);
  });
});
