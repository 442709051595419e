/**
 * Issue 60, round 6: the families a held-out list still showed failing, each with wordings of its own.
 * 1. A TLS alert description is a number only TLS stacks print beside words of their own (Schannel's fatal alert,
 *    `AlertDesc`, OpenSSL's "SSL alert number"): a small number after "error:" in another product's text is never
 *    one (nor a Kerberos code without Kerberos' words); a SQL Server provider's error is named as SQL Server's.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { readPaste } from '../../src/explain/paste-reader.js';
import { readRegistryText } from '../../parsers/state/index.js';

const reading = (text: string) => {
  const e = explainCode(text);
  return e.primary ?? e.extended ?? e.other;
};
const everyTable = (text: string) => {
  const e = explainCode(text);
  return [e.primary, e.extended, e.other, ...e.otherReadings].flatMap((r) => (r ? [r.table] : []));
};

describe('a TLS alert only where the text is TLS', () => {
  it('a SQL Server provider error is SQL Server\'s, its "error: N" no code of ours', () => {
    for (const paste of [
      'Cannot connect to DBSRV01\\SQLEXPRESS. (provider: Named Pipes Provider, error: 40 - Could not open a connection to SQL Server) (Microsoft SQL Server, Error: 53)',
      'Login failed before the handshake. (provider: TCP Provider, error: 0 - An existing connection was forcibly closed by the remote host.)',
      'Erro ao conectar. (provider: SQL Network Interfaces, error: 26 - Erro ao Localizar Servidor/Instância Especificado)',
    ]) {
      const e = explainCode(paste);
      expect(e.other?.name, paste).toBe('sql-server-provider-error');
      expect(everyTable(paste), paste).not.toContain('tlsAlert');
      expect(e.likelyCauses, paste).toEqual([]);
      expect(e.logsToCheck, paste).toEqual([]);
    }
  });

  it('a bare "error: 40" in text that names no TLS is no TLS alert, and says why', () => {
    const paste = 'The backup agent stopped. Last message from the job: error: 40 (see the agent log).';
    expect(readPaste(paste).named).toEqual({ tls: false, kerberos: false });
    const e = explainCode(paste);
    expect(everyTable(paste)).not.toContain('tlsAlert');
    expect(everyTable(paste)).not.toContain('kerberos');
    expect(e.notes.join('\n')).toMatch(
      /not read as TLS alert[^\n]*handshake_failure[^\n]*nothing in the text names TLS/,
    );
  });

  it("near misses: Schannel's, OpenSSL's and the AlertDesc label's 40 stay TLS alerts", () => {
    for (const paste of [
      'A fatal alert was generated and sent to the remote endpoint. The TLS protocol defined fatal alert code is 40.',
      'SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:SSL alert number 40',
      'Event ID: 36887\nSource: Schannel\nAlertDesc: 40',
      'The remote endpoint rejected the TLS handshake, error: 40',
    ]) {
      expect(reading(paste)?.table, paste).toBe('tlsAlert');
      expect(reading(paste)?.name, paste).toBe('handshake_failure');
    }
  });

  it('"alert" alone is no TLS word ("Alert: disk error 40"); a number typed alone still lists every table', () => {
    expect(readPaste('Monitoring alert: disk error 40 on volume D').named.tls).toBe(false);
    expect(everyTable('Monitoring alert: disk error 40 on volume D')).not.toContain('tlsAlert');
    expect(everyTable('40')).toContain('tlsAlert');
  });

  it('a Kerberos code needs Kerberos words or its event; with them it is read', () => {
    expect(reading('KDC returned error 0x25 for the service ticket (KRB_AP_ERR_SKEW)')?.table).toBe('kerberos');
    expect(reading('Event ID: 4771\nFailure Code: 0x18')?.table).toBe('kerberos');
    expect(everyTable('The sync tool failed, error: 0x25 after 3 retries')).not.toContain('kerberos');
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
    expect(() => explainCode(other)).toThrow(/holds no code or known sentence/);
    expect(() => explainCode('Status : 1\nRetries : 3')).not.toThrow(/stack/);
    expect(explainCode('Status : 1\nRetries : 3').other?.table).not.toBe('setting');
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
const causeIds = (text: string) => explainCode(text).likelyCauses.map((c) => c.causeId);

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
