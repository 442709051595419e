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
import { sessionLimit } from '../../patterns/session-limit.js';
import {
  causeIds,
  expectLocalizedSentence,
  type LocalizedCase,
  mainReading,
  sentenceIds,
  tablesOf,
} from '../helpers/explain.js';

describe('a TLS alert only where the text is TLS', () => {
  it('a SQL Server provider error is SQL Server\'s, its "error: N" no code of ours', () => {
    for (const paste of [
      'Cannot connect to DBSRV01\\SQLEXPRESS. (provider: Named Pipes Provider, error: 40 - Could not open a connection to SQL Server) (Microsoft SQL Server, Error: 53)',
      'Login failed before the handshake. (provider: TCP Provider, error: 0 - An existing connection was forcibly closed by the remote host.)',
      'Erro ao conectar. (provider: SQL Network Interfaces, error: 26 - Erro ao Localizar Servidor/Instância Especificado)',
    ]) {
      const e = explainCode(paste);
      expect(e.other?.name, paste).toBe('sql-server-provider-error');
      expect(tablesOf(paste), paste).not.toContain('tlsAlert');
      expect(e.likelyCauses, paste).toEqual([]);
      expect(e.logsToCheck, paste).toEqual([]);
      // Its numbers are set aside as SQL Server's, never listed as looked up in our tables.
      expect(
        e.paste?.parts.every((p) => p.table === 'sentence'),
        paste,
      ).toBe(true);
      if (paste.includes('error: 40')) expect(e.paste?.ignored, paste).toContain("error 40: that product's own number");
    }
  });

  it('a bare "error: 40" in text that names no TLS is no TLS alert, and says why', () => {
    const paste = 'The backup agent stopped. Last message from the job: error: 40 (see the agent log).';
    expect(readPaste(paste).named).toEqual({ tls: false, kerberos: false });
    const e = explainCode(paste);
    expect(tablesOf(paste)).not.toContain('tlsAlert');
    expect(tablesOf(paste)).not.toContain('kerberos');
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
      expect(mainReading(paste)?.table, paste).toBe('tlsAlert');
      expect(mainReading(paste)?.name, paste).toBe('handshake_failure');
    }
  });

  it('"alert" alone is no TLS word ("Alert: disk error 40"); a number typed alone still lists every table', () => {
    expect(readPaste('Monitoring alert: disk error 40 on volume D').named.tls).toBe(false);
    expect(tablesOf('Monitoring alert: disk error 40 on volume D')).not.toContain('tlsAlert');
    expect(tablesOf('40')).toContain('tlsAlert');
  });

  it('a labelled number and nothing more is a number typed alone: every table asked', () => {
    expect(readPaste('Error: 40').named).toEqual({ tls: true, kerberos: true });
    expect(tablesOf('Error: 40')).toContain('tlsAlert');
    expect(mainReading('Error: 0x25')?.table).toBe('kerberos');
    expect(mainReading('Error 0x25: clock skew too great')?.table).toBe('kerberos');
    expect(mainReading('KDC_ERR_PREAUTH_FAILED (0x25 after a retry)')?.table).toBe('kerberos');
  });

  it('a Kerberos code needs Kerberos words or its event; with them it is read', () => {
    expect(mainReading('KDC returned error 0x25 for the service ticket (KRB_AP_ERR_SKEW)')?.table).toBe('kerberos');
    expect(mainReading('Event ID: 4771\nFailure Code: 0x18')?.table).toBe('kerberos');
    expect(tablesOf('The sync tool failed, error: 0x25 after 3 retries')).not.toContain('kerberos');
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

/**
 * 2. Dutch, Polish and Chinese (simplified) dialogs, and the Spanish and Portuguese (Brazil) NLA texts, from the
 *    localized Microsoft pages that quote them: each read as its English sentence, with the English paste's causes,
 *    the language and the page said; a near miss in that language is not read as it; the paste's damage changes
 *    nothing.
 */

const CASES: readonly LocalizedCase[] = [
  {
    paste:
      'Extern bureaublad-verbinding\nEr is een verificatiefout opgetreden.\nEr kan geen contact worden opgenomen met de lokale veiligheidsautoriteit.\nExterne computer: srv-app01',
    sentence: 'lsa-cannot-be-contacted',
    english: 'An authentication error has occurred. The Local Security Authority cannot be contacted.',
    language: 'Dutch',
    nearMiss: 'Er is een verificatiefout opgetreden. Neem contact op met de lokale beheerder.',
    damaged: 'er is een verificatie fout opgetreden. kan geen verbinding maken met de lokale beveiligingsautoriteit',
  },
  {
    paste:
      'De externe computer waarmee u verbinding probeert te maken, vereist Network Level Authentication (NLA), maar er kan geen contact worden opgenomen met uw Windows-domeincontroller om NLA uit te voeren.',
    sentence: 'nla-dc-unreachable',
    english:
      'The remote computer that you are trying to connect to requires Network Level Authentication (NLA), but your Windows domain controller cannot be contacted to perform NLA.',
    language: 'Dutch',
    nearMiss: 'Er kan geen contact worden opgenomen met de printerserver.',
  },
  {
    paste: 'Deze computer kan geen verbinding maken met de externe computer. Probeer opnieuw verbinding te maken.',
    sentence: 'cannot-connect-generic',
    english: "This computer can't connect to the remote computer. Try connecting again.",
    language: 'Dutch',
    nearMiss: 'De printer kan geen verbinding maken met het draadloze netwerk.',
  },
  {
    paste:
      'Podłączanie pulpitu zdalnego\nWystąpił błąd uwierzytelniania.\nNie można skontaktować się z urzędem zabezpieczeń lokalnych.',
    sentence: 'lsa-cannot-be-contacted',
    english: 'An authentication error has occurred. The Local Security Authority cannot be contacted.',
    language: 'Polish',
    nearMiss: 'Wystąpił błąd uwierzytelniania. Nie można skontaktować się z serwerem poczty.',
    damaged: 'Wystapil blad uwierzytelniania. Nie mozna skontaktowac sie z urzedem zabezpieczen\r\nlokalnych.',
  },
  {
    paste:
      'Komputer zdalny, z którym próbujesz nawiązać połączenie, wymaga Uwierzytelnianie na poziomie sieci (NLA), ale nie można skontaktować się z kontrolerem domeny systemu Windows w celu przeprowadzenia NLA.',
    sentence: 'nla-dc-unreachable',
    english:
      'The remote computer that you are trying to connect to requires Network Level Authentication (NLA), but your Windows domain controller cannot be contacted to perform NLA.',
    language: 'Polish',
    nearMiss: 'Nie można skontaktować się z drukarką sieciową.',
  },
  {
    paste: 'Błąd zabezpieczeń systemu Windows: Twoje poświadczenia nie działają.',
    sentence: 'credentials-did-not-work',
    english: 'Windows Security: Your credentials did not work',
    language: 'Polish',
    nearMiss: 'Twoje ustawienia drukarki nie działają.',
  },
  {
    paste: '远程桌面连接\n身份验证出错。\n无法联系本地安全机构。\n远程计算机: 10.0.0.5',
    sentence: 'lsa-cannot-be-contacted',
    english: 'An authentication error has occurred. The Local Security Authority cannot be contacted.',
    language: 'Chinese (simplified)',
    nearMiss: '打印机已连接到本地网络。',
    damaged: '身份验证出错，无法连接到本地安全机构',
  },
  {
    paste: '你尝试连接的远程计算机需要网络级别身份验证 (NLA)，但无法联系 Windows 域控制器来执行 NLA。',
    sentence: 'nla-dc-unreachable',
    english:
      'The remote computer that you are trying to connect to requires Network Level Authentication (NLA), but your Windows domain controller cannot be contacted to perform NLA.',
    language: 'Chinese (simplified)',
    nearMiss: '无法联系 Windows 更新服务器。',
  },
  {
    paste: '由于没有可用于提供许可证的远程桌面许可证服务器，远程会话已断开连接。',
    sentence: 'no-license-servers',
    english:
      'The remote session was disconnected because there are no Remote Desktop License Servers available to provide a license.',
    language: 'Chinese (simplified)',
    nearMiss: '远程会话已断开连接。',
  },
  {
    paste:
      'O computador remoto ao qual você está tentando se conectar requer Autenticação no Nível da Rede (NLA), mas o controlador de domínio do Windows não pode ser contatado para executar o NLA.',
    sentence: 'nla-dc-unreachable',
    english:
      'The remote computer that you are trying to connect to requires Network Level Authentication (NLA), but your Windows domain controller cannot be contacted to perform NLA.',
    language: 'Portuguese (Brazil)',
    nearMiss: 'O controlador de domínio do Windows não pode ser contatado para atualizar a política.',
    damaged:
      'O computador remoto ao qual voce esta tentando se conectar requer Autenticacao no Nivel da Rede (NLA), mas o controlador de dominio do Windows nao pode ser contatado.',
  },
  {
    paste: 'O computador remoto requer Autenticação no Nível da Rede (NLA), que não é compatível com o seu computador.',
    sentence: 'nla-required',
    english: 'The remote computer requires Network Level Authentication, which your computer does not support.',
    language: 'Portuguese (Brazil)',
    nearMiss: 'O computador remoto requer uma atualização de segurança.',
  },
  {
    paste: 'El equipo remoto requiere autenticación de nivel de red (NLA), que su equipo no admite.',
    sentence: 'nla-required',
    english: 'The remote computer requires Network Level Authentication, which your computer does not support.',
    language: 'Spanish',
    nearMiss: 'El equipo remoto requiere una actualización de seguridad.',
  },
];

describe('Dutch, Polish, Chinese; Spanish and Portuguese NLA', () => {
  for (const c of CASES)
    it(`${c.language}: ${c.sentence}`, () => {
      expectLocalizedSentence(c, /^https:\/\/(?:docs\.microsoft\.com|docs\.azure\.cn|github\.com)\//);
    });

  it("the Chinese LSA sentence as Windows' own message text words it is said to rest on public pages", () => {
    const e = explainCode('System.ComponentModel.Win32Exception (0x80004005): 无法连接到本地安全机构');
    const part = e.paste?.parts.find((p) => p.text === 'lsa-cannot-be-contacted');
    expect(part?.wordingNotMicrosoft).toBe(true);
    expect(e.notes.join('\n')).toMatch(/not a Microsoft page/);
  });
});

describe('"another user is logged on" in Dutch (KB 280828)', () => {
  it('the single-session message read as its English sentence, session limit first', () => {
    const nl =
      'De gebruiker CONTOSO\\pieter is momenteel op deze computer aangemeld. Alleen de huidige gebruiker of een Administrator kan zich op deze computer aanmelden.';
    expect(sentenceIds(nl)).toContain('user-currently-logged-on');
    const e = explainCode(nl);
    expect(e.paste?.language).toBe('Dutch');
    expect(e.likelyCauses[0]?.causeId).toBe(sessionLimit.id);
    expect(
      explainCode('The user CONTOSO\\peter is currently logged on to this computer.').likelyCauses[0]?.causeId,
    ).toBe(sessionLimit.id);
  });

  it('near miss: a user signed in elsewhere is not it', () => {
    let ids: string[] = [];
    try {
      ids = sentenceIds('De gebruiker is aangemeld bij Microsoft Teams op een andere computer.');
    } catch {
      // refused: not read as it either
    }
    expect(ids).not.toContain('user-currently-logged-on');
  });
});
