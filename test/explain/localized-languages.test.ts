/**
 * Issue 60, round 5: the eight languages besides German and French (Spanish, Italian, Portuguese (Brazil), Dutch,
 * Polish, Russian, Chinese (simplified), Japanese). For each: a real wording (as its page quotes it) read as its
 * English sentence with that sentence's causes; a near miss in that language (a sentence sharing some of its words
 * that says something else) not read as it; and the wording with the damage a paste does (line breaks, lost accents,
 * ё as е, half-width katakana, full-width punctuation, curly quotes) read the same. A wording taken from public pages
 * (no Microsoft page in that language quotes the dialog) is said to be so.
 */
import { describe, expect, it } from 'vitest';
import { sessionLimit } from '../../patterns/session-limit.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';

/** The sentence ids a paste is read as, and what the reading says. */
function readAs(paste: string) {
  const e = explainCode(paste);
  const parts = e.paste?.parts.filter((p) => p.table === 'sentence') ?? [];
  return { e, ids: parts.map((p) => p.text), parts };
}

interface LanguageCase {
  readonly language: string;
  readonly real: string;
  readonly sentence: string;
  readonly cause?: string;
  readonly nearMiss: string;
  readonly damaged: string;
}

const CASES: readonly LanguageCase[] = [
  {
    language: 'Spanish',
    real: 'Se desconectó la sesión remota porque no hay servidores de licencias de Escritorio remoto disponibles para proporcionar una licencia.',
    sentence: 'no-license-servers',
    cause: licensingServerUnavailable.id,
    // Licensing words, but a sentence about a printer server.
    nearMiss: 'No hay servidores de impresión disponibles en la red para proporcionar una licencia de uso.',
    damaged:
      'Se desconecto la sesion remota porque no hay servidores de\r\nlicencias de Escritorio  remoto disponibles para proporcionar una licencia',
  },
  {
    language: 'Italian',
    real: 'Errore di autenticazione.\nLa funzione richiesta non è supportata.\nComputer remoto: rdsh01',
    sentence: 'function-not-supported',
    cause: credsspNla.id,
    // The same first words, another error.
    nearMiss: 'Errore di autenticazione. La password richiesta è scaduta.',
    damaged: 'Errore di autenticazione. La funzione\nrichiesta non e’ supportata.',
  },
  {
    language: 'Portuguese (Brazil)',
    real: 'A sessão remota foi desconectada porque não há Servidores de Licença da Área de Trabalho Remota disponíveis para fornecer uma licença.',
    sentence: 'no-license-servers',
    cause: licensingServerUnavailable.id,
    nearMiss: 'A sessão remota foi desconectada porque o usuário fez logoff.',
    damaged:
      'A sessao remota foi desconectada porque nao ha Servidores de\nLicenca da Area de Trabalho Remota disponiveis para fornecer uma licenca.',
  },
  {
    language: 'Dutch',
    real: 'De RD Session Host-server kan het verlopen zelfondertekende certificaat dat wordt gebruikt voor de verificatie van RD Session Host-server, niet vervangen voor TLS-verbindingen.',
    sentence: 'termservice-1058',
    nearMiss: 'Het verlopen certificaat van de website is vervangen door een nieuw certificaat.',
    damaged:
      'De RD Session Host-server kan het verlopen zelf-\nondertekende certificaat dat wordt gebruikt voor de verificatie van RD Session Host-server, niet\nvervangen voor TLS-verbindingen.',
  },
  {
    language: 'Polish',
    real: 'Serwer hosta sesji usług pulpitu zdalnego nie może zastąpić wygasłego certyfikatu z podpisem własnym używanym do uwierzytelniania serwera hosta sesji usług pulpitu zdalnego w połączeniach TLS.',
    sentence: 'termservice-1058',
    nearMiss: 'Nie może zastąpić wygasłego hasła użytkownika bez zgody administratora.',
    damaged:
      'Serwer hosta sesji uslug pulpitu zdalnego nie moze zastapic wygaslego\ncertyfikatu z podpisem wlasnym uzywanym do uwierzytelniania.',
  },
  {
    language: 'Russian',
    real: 'Подключение к удаленному рабочему столу\nПроизошла ошибка проверки подлинности.\nУказанная функция не поддерживается.\nУдаленный компьютер: srv01',
    sentence: 'function-not-supported',
    cause: credsspNla.id,
    // The same second sentence about a printer: not an authentication error.
    nearMiss: 'Ошибка печати. Указанная функция не поддерживается этим принтером.',
    damaged: '«Произошла ошибка проверки\nподлинности. Указанная функция\nне поддерживается»',
  },
  {
    language: 'Chinese (simplified)',
    real: '远程桌面连接\n出现身份验证错误。\n要求的函数不受支持\n远程计算机：10.0.0.5',
    sentence: 'function-not-supported',
    cause: credsspNla.id,
    nearMiss: '打印机出现错误。要求的纸张不受支持。',
    damaged: '“出现身份验证错误.\r\n要求的函数\n不受支持”',
  },
  {
    language: 'Japanese',
    real: 'リモート デスクトップ接続\n認証エラーが発生しました。\n要求された関数はサポートされていません\nリモート コンピューター: rdsh01',
    sentence: 'function-not-supported',
    cause: credsspNla.id,
    // Another authentication error of the same dialog (SEC_E_INVALID_TOKEN), as a cloud provider's page quotes it.
    nearMiss: '認証エラーが発生しました。この関数に提供されたトークンは無効です。',
    // Half-width katakana and a line break, as an old terminal or a mail client turns it.
    damaged: '認証エラーが発生しました。\n要求された関数はｻﾎﾟｰﾄされていません',
  },
];

describe('eight more languages: a real wording, a near miss, a damaged paste', () => {
  for (const c of CASES) {
    it(`${c.language}: the real wording is read as ${c.sentence}`, () => {
      const { e, ids } = readAs(c.real);
      expect(ids).toContain(c.sentence);
      expect(e.paste?.language).toBe(c.language);
      if (c.cause) expect(e.likelyCauses.slice(0, 3).map((l) => l.causeId)).toContain(c.cause);
    });
    it(`${c.language}: a near miss is not read as ${c.sentence}`, () => {
      let ids: string[] = [];
      try {
        ids = readAs(c.nearMiss).ids;
      } catch {
        // nothing read at all: refused, as an unknown text is
      }
      expect(ids).not.toContain(c.sentence);
    });
    it(`${c.language}: the pasted-and-damaged wording is read the same`, () => {
      expect(readAs(c.damaged).ids).toContain(c.sentence);
    });
  }
});

describe('a wording from public pages, not Microsoft', () => {
  it('is said so in the answer and in the JSON, with how many pages agree', () => {
    const { e, parts } = readAs('Произошла ошибка проверки подлинности. Указанная функция не поддерживается.');
    const part = parts.find((p) => p.text === 'function-not-supported');
    expect(part?.wordingNotMicrosoft).toBe(true);
    expect(part?.wordingSource).toMatch(/^https:\/\/windoro\.ru\//);
    expect(e.notes.join('\n')).toMatch(
      /Russian dialog as public pages quote it .*not a Microsoft page: no Microsoft page in that language quotes this dialog; 3 pages written independently/,
    );
  });

  it('from one page only, says that too', () => {
    const { e } = readAs('В систему вошел другой пользователь. Если вы продолжите, он будет отключен.');
    expect(e.notes.join('\n')).toMatch(/not a Microsoft page: .*; one page only/);
    expect(e.likelyCauses[0]?.causeId).toBe(sessionLimit.id);
  });

  it('a Microsoft page in that language is not said to be a public quote', () => {
    const { parts } = readAs(
      '远程桌面连接：系统管理员已限制可以使用的登录类型（网络或交互式）。 如需帮助，请与系统管理员或技术支持人员联系。',
    );
    const part = parts.find((p) => p.text === 'restricted-logon-type');
    expect(part?.language).toBe('zh');
    expect(part?.wordingSource).toMatch(/^https:\/\/docs\.microsoft\.com\/zh-cn\//);
    expect(part?.wordingNotMicrosoft).toBeUndefined();
  });

  it('Russian licensing texts: no license servers, no CALs and the licensing protocol each their own', () => {
    expect(readAs('Удаленный сеанс отключён, поскольку отсутствуют доступные серверы лицензирования').ids).toContain(
      'no-license-servers',
    );
    expect(
      readAs(
        'Удаленный сеанс отключен, поскольку для данного компьютера отсутствуют клиентские лицензии удаленного рабочего стола.',
      ).ids,
    ).toEqual(['no-cals-available']);
    expect(readAs('Удаленный компьютер отключил сеанс, из-за ошибки в протоколе лицензирования').ids).toEqual([
      'licensing-protocol-error',
    ]);
  });

  it('a Russian paste with one word changed is read approximately, and still said to rest on public pages', () => {
    const { e, ids } = readAs('Произошла ошибка проверки подлинности. Запрошенная функция не поддерживается.');
    expect(ids).toEqual(['function-not-supported']);
    expect(e.notes.join('\n')).toMatch(
      /in Russian, approximately: the paste is not worded as the Russian dialog as public pages quote it/,
    );
  });
});
