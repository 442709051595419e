/**
 * Dialogs, event texts and Win32 logon errors in other languages, each read as its English sentence or code (issue 60,
 * rounds 6, 8, 9 and 14; wordings written for these tests from the localized Microsoft pages named in the tables,
 * never from a held-out list): the language said, the English text's causes, the page the wording rests on, a near
 * miss in that language not read as it, the paste's damage changing nothing.
 * - Dutch, Polish and Chinese (simplified) dialogs, Spanish and Portuguese (Brazil) NLA texts.
 * - Russian dialogs and event texts (ru-ru pages, machine translations, said so), Japanese NLA (ja-jp, a human
 *   translation), and the Japanese and Chinese texts of the Windows Server troubleshooting pages.
 * - The session limit dialog and "another user is logged on" in other languages.
 * - The Win32 logon errors in Russian, Spanish, Italian and Portuguese (win32-pr, machine translations), and the
 *   causes of the Win32 account-state codes.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { explainCode } from '../../src/explain/explain-code.js';
import {
  answerOrRefused,
  causeIds,
  expectLocalizedSentence,
  expectRefused,
  type LocalizedCase,
  type LocalizedSentenceCase,
  sentenceIds,
} from '../helpers/explain.js';

const LSA_EN = 'An authentication error has occurred. The Local Security Authority cannot be contacted.';
const NLA_DC_EN =
  'The remote computer that you are trying to connect to requires Network Level Authentication (NLA), but your Windows domain controller cannot be contacted to perform NLA.';

const RU_JA_CASES: readonly LocalizedCase[] = [
  {
    paste:
      'Подключение к удаленному рабочему столу\nПроизошла ошибка проверки подлинности.\nНе удается связаться с локальным администратором безопасности.\nУдаленный компьютер: srv-app01',
    sentence: 'lsa-cannot-be-contacted',
    english: LSA_EN,
    language: 'Russian',
    nearMiss: 'Произошла ошибка проверки подлинности. Не удается связаться с сервером печати.',
    damaged:
      'произошла ошибка проверки подлинности.\r\nне удаётся связаться с локальным\r\nадминистратором безопасности',
  },
  {
    paste: 'Безопасность Windows\nОшибка безопасности Windows: учетные данные не работают.',
    sentence: 'credentials-did-not-work',
    english: 'Windows Security: Your credentials did not work',
    language: 'Russian',
    nearMiss: 'Учетные данные сохранены в диспетчере учетных данных.',
    damaged: 'Ваши учётные данные не работают',
  },
  {
    paste:
      'Этот компьютер не может подключиться к удаленному компьютеру. Попробуйте подключиться снова. Если проблема не будет устранена, обратитесь к администратору сети.',
    sentence: 'cannot-connect-generic',
    english: "This computer can't connect to the remote computer. Try connecting again.",
    language: 'Russian',
    nearMiss: 'Этот компьютер не может подключиться к принтеру.',
  },
  {
    paste: 'Службе удаленного рабочего стола не удается найти имя компьютера "srv-app01".',
    sentence: 'cannot-find-computer',
    english: 'Remote Desktop can\'t find the computer "srv-app01".',
    language: 'Russian',
    nearMiss: 'Не удается найти имя принтера.',
  },
  {
    paste:
      'Удаленный сеанс отключен, поскольку отсутствуют доступные серверы лицензирования удаленных рабочих столов, которые могли бы провести лицензирование.',
    sentence: 'no-license-servers',
    english:
      'The remote session was disconnected because there are no Remote Desktop License Servers available to provide a license.',
    language: 'Russian',
    nearMiss: 'Удаленный сеанс отключен.',
  },
  {
    paste:
      'Для удаленного компьютера, к которому вы пытаетесь подключиться, требуется проверка подлинности на уровне сети (NLA), но не удается связаться с контроллером домена Windows для выполнения NLA.',
    sentence: 'nla-dc-unreachable',
    english: NLA_DC_EN,
    language: 'Russian',
    nearMiss: 'Не удается связаться с контроллером домена для обновления групповой политики.',
  },
  {
    paste:
      'Для удаленного компьютера требуется проверка подлинности на уровне сети (NLA), которую не поддерживает ваш компьютер.',
    sentence: 'nla-required',
    english: 'The remote computer requires Network Level Authentication, which your computer does not support.',
    language: 'Russian',
    nearMiss: 'Для удаленного компьютера требуется обновление безопасности.',
  },
  {
    paste: 'Подключение к удаленному рабочему столу\nПроизошла внутренняя ошибка.',
    sentence: 'internal-error',
    english: 'An internal error has occurred.',
    language: 'Russian',
    nearMiss: 'Произошла ошибка.',
  },
  {
    paste:
      'Серверу узла сеансов удаленных рабочих столов не удалось создать новый самозаверяющий сертификат, который будет использоваться для проверки подлинности сервера узла сеансов удаленных рабочих столов при TLS-подключениях.',
    sentence: 'termservice-1057',
    english:
      'The RD Session Host Server has failed to create a new self signed certificate to be used for RD Session Host Server authentication on SSL connections.',
    language: 'Russian',
    nearMiss: 'Не удалось создать резервную копию.',
  },
  {
    paste:
      'Серверу узла сеансов удаленных рабочих столов не удалось заменить устаревший самозаверяющий сертификат, используемый для проверки подлинности сервера узла сеансов удаленных рабочих столов при TLS.',
    sentence: 'termservice-1058',
    english:
      'The RD Session Host Server has failed to replace the expired self signed certificate used for RD Session Host Server authentication on SSL connections.',
    language: 'Russian',
    nearMiss: 'Сертификат заменен.',
  },
  {
    paste:
      'Источник: Schannel\nИдентификатор события: 36871\nОписание: произошла неустранимая ошибка при создании учетных данных сервера TLS. Внутреннее состояние ошибки: 10013.',
    sentence: 'schannel-36871',
    english:
      'Source: Schannel\nEvent ID: 36871\nDescription: A fatal error occurred while creating a TLS server credential. The internal error state is 10013.',
    language: 'Russian',
    nearMiss: 'Произошла неустранимая ошибка при создании резервной копии.',
  },
  {
    paste:
      'Подключение к удаленному рабочему столу\nУдаленный сеанс отключен, так как для этого компьютера отсутствуют клиентские лицензии удаленного рабочего стола. Обратитесь к администратору сервера.',
    sentence: 'no-cals-available',
    english:
      'The remote session was disconnected because there are no Remote Desktop client access licenses available for this computer.',
    language: 'Russian',
    nearMiss: 'Для этого компьютера отсутствуют обновления.',
  },
  {
    paste:
      'Из-за ошибки безопасности клиент не смог подключиться к серверу терминалов. Убедитесь, что вы вошли в сеть, и повторите попытку подключения к серверу.',
    sentence: 'security-error',
    english:
      'Because of a security error, the client could not connect to the remote computer. Verify that you are logged on to the network, and then try connecting again.',
    language: 'Russian',
    nearMiss: 'Из-за ошибки клиент не смог подключиться к принтеру.',
  },
  {
    paste:
      'Не удается завершить требуемую операцию, так как службы удаленных рабочих столов сейчас заняты. Повторите попытку через несколько минут.',
    sentence: 'busy',
    english:
      "The task you are trying to do can't be completed because Remote Desktop Services is currently busy. Please try again in a few minutes.",
    language: 'Russian',
    nearMiss: 'Все операторы сейчас заняты.',
  },
  {
    paste:
      'Подключение к удаленному рабочему столу\nСистемный администратор ограничил типы входа в систему (сетевой или интерактивный), которые можно использовать.',
    sentence: 'restricted-logon-type',
    english:
      'Remote Desktop Connection: The system administrator has restricted the types of logon (network or interactive) that you may use.',
    language: 'Russian',
    nearMiss: 'Системный администратор ограничил доступ к этой папке.',
  },
  {
    paste:
      'Сервер лицензирования LIC-01 недоступен. Это может быть вызвано проблемами в сети, остановкой службы лицензирования удаленных рабочих столов на сервере лицензирования или недоступностью этих служб.',
    sentence: 'licensing-diagnoser-server-not-available',
    english:
      "License server LIC-01 is not available. This could be caused by network connectivity problems, the Remote Desktop Licensing service is stopped on the license server, or RD Licensing isn't available.",
    language: 'Russian',
    nearMiss: 'Сервер печати недоступен.',
  },
  {
    paste:
      'Льготный период для сервера узла сеансов Удаленных рабочих столов истек, но на этом сервере не были настроены серверы лицензирования.',
    sentence: 'licensing-diagnoser-grace-no-server',
    english:
      "The grace period for the Remote Desktop Session Host server has expired, but the RD Session Host server hasn't been configured with any license servers.",
    language: 'Russian',
    nearMiss: 'Льготный период подписки истек.',
  },
  {
    paste:
      'ネットワーク レベル認証 (NLA) が必要ですが、お使いの Windows のドメイン コントローラーに接続して NLA を実行することができません。',
    sentence: 'nla-dc-unreachable',
    english: NLA_DC_EN,
    language: 'Japanese',
    nearMiss: 'ドメイン コントローラーに接続できません。',
  },
  {
    paste:
      'リモート コンピューターには、ネットワーク レベル認証 (NLA) が必要です。お使いのコンピューターではサポートされていません。',
    sentence: 'nla-required',
    english: 'The remote computer requires Network Level Authentication, which your computer does not support.',
    language: 'Japanese',
    nearMiss: 'リモート コンピューターには更新プログラムが必要です。',
  },
];

/** Japanese and Chinese (simplified) texts of the Windows Server troubleshooting pages. */
const JA_ZH: readonly LocalizedSentenceCase[] = [
  {
    paste:
      'リモート デスクトップ接続\nセキュリティのエラーのため、クライアントはターミナル サーバーに接続できません。ネットワークにサインインしていることを確認した後、もう一度サーバーに接続してみてください。',
    sentence: 'security-error',
    language: 'Japanese',
    nearMiss: 'プリンターに接続できません。',
  },
  {
    paste:
      'リモート デスクトップ サービスが現在ビジー状態のため、実行しようとしている操作を完了できません。しばらくたってからもう一度試してください。',
    sentence: 'busy',
    language: 'Japanese',
    nearMiss: 'サーバーは現在ビジー状態です。',
  },
  {
    paste:
      'リモート デスクトップ セッション ホスト サーバーの猶予期間が過ぎましたが、RD セッション ホスト サーバーでライセンス サーバーが 1 台も構成されていません。',
    sentence: 'licensing-diagnoser-grace-no-server',
    language: 'Japanese',
    nearMiss: '評価版の猶予期間が過ぎました。',
  },
  {
    paste: '远程桌面连接\n由于出现安全错误，客户端无法连接到终端服务器。确保登录到网络后，重新尝试连接到服务器。',
    sentence: 'security-error',
    language: 'Chinese (simplified)',
    nearMiss: '客户端无法连接到打印机。',
  },
  {
    paste: '由于远程桌面服务当前繁忙，无法完成你要执行的任务。请过几分钟重试。',
    sentence: 'busy',
    language: 'Chinese (simplified)',
    nearMiss: '打印服务当前繁忙。',
  },
  {
    paste: '由于此计算机没有可用的远程桌面客户端访问许可证，远程会话已断开连接。',
    sentence: 'no-cals-available',
    language: 'Chinese (simplified)',
    nearMiss: '远程会话已断开连接。',
  },
  {
    paste: '由于没有远程桌面许可证服务器可以提供许可证，远程会话已断开连接。',
    sentence: 'no-license-servers',
    language: 'Chinese (simplified)',
    nearMiss: '没有可用的打印服务器。',
  },
  {
    paste:
      '许可证服务器 lic01.example.net 不可用。原因可能是出现网络连接问题、远程桌面许可服务已在许可证服务器上停止，或者 RD 许可不可用。',
    sentence: 'licensing-diagnoser-server-not-available',
    language: 'Chinese (simplified)',
    nearMiss: '许可证服务器不可用。',
  },
  {
    paste: '远程桌面会话主机服务器的宽限期已过，但未使用任何许可证服务器配置 RD 会话主机服务器。',
    sentence: 'licensing-diagnoser-grace-no-server',
    language: 'Chinese (simplified)',
    nearMiss: '试用宽限期已过。',
  },
];

/**
 * Dutch, Polish and Chinese (simplified) dialogs, and the Spanish and Portuguese (Brazil) NLA texts, from the
 * localized Microsoft pages that quote them: each read as its English sentence, with the English paste's causes,
 * the language and the page said; a near miss in that language is not read as it; the paste's damage changes
 * nothing.
 */

const NL_PL_ZH_CASES: readonly LocalizedCase[] = [
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

/**
 * Each table of localized texts, with the pages its wordings rest on (`microsoftWording`: every one is a Microsoft
 * page's own, none a public capture): every case read as its sentence, in its language, its near miss not.
 */
const LOCALIZED: readonly {
  readonly title: string;
  readonly pages: RegExp;
  readonly microsoftWording?: true;
  readonly cases: readonly LocalizedSentenceCase[];
}[] = [
  {
    title: 'Japanese and Chinese texts of the Windows Server troubleshooting pages',
    pages: /^https:\/\/docs\.microsoft\.com\/(?:ja-jp|zh-cn)\/windows-server\//,
    cases: JA_ZH,
  },
  {
    title: 'Russian dialogs and events; Japanese NLA',
    pages: /^https:\/\/docs\.microsoft\.com\/(?:ru-ru|ja-jp)\//,
    microsoftWording: true,
    cases: RU_JA_CASES,
  },
  {
    title: 'Dutch, Polish, Chinese; Spanish and Portuguese NLA',
    pages: /^https:\/\/(?:docs\.microsoft\.com|docs\.azure\.cn|github\.com)\//,
    cases: NL_PL_ZH_CASES,
  },
];

for (const table of LOCALIZED)
  describe(table.title, () => {
    for (const c of table.cases)
      it(`${c.language}: ${c.sentence}`, () => {
        const part = expectLocalizedSentence(c, table.pages);
        if (table.microsoftWording) expect(part?.wordingNotMicrosoft).toBeUndefined();
      });
  });

describe('Russian readings: the machine translation said, an Event Viewer block read by its labels', () => {
  it('a Russian reading says it rests on a machine translation; the Japanese one does not', () => {
    expect(explainCode(RU_JA_CASES[0]?.paste ?? '').notes.join('\n')).toMatch(/machine translation/);
    const japanese = RU_JA_CASES.find((c) => c.language === 'Japanese')?.paste ?? '';
    expect(explainCode(japanese).notes.join('\n')).not.toMatch(/machine translation/);
  });

  it("a Russian Event Viewer block is read by its labels: Schannel 36870's state and code", () => {
    const e = explainCode(
      'Имя журнала: Система\nИсточник: Schannel\nИдентификатор события: 36870\nОписание: При попытке доступа к закрытому ключу учетных данных TLS-сервера произошла неустранимая ошибка. Код ошибки, возвращаемый из криптографического модуля, — 0x8009030D. Внутреннее состояние ошибки: 10001.',
    );
    expect(sentenceIds(e.input.code ?? '')).toEqual([]); // the input is the code read, not the text
    const parts = (e.paste?.parts ?? []).map((p) => p.text);
    expect(parts).toContain('schannel-36870');
    expect(e.notes.join('\n')).toMatch(/10001[^\n]*PrivateKeyAccessFailure/);
    expect(causeIds('0x8009030D')[0]).toBe(e.likelyCauses[0]?.causeId);
  });
});

describe("the Chinese LSA text as Windows' own message words it", () => {
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
    // Refused, or read as something else: not read as it (sentenceIds is empty for a refused paste).
    expect(sentenceIds('De gebruiker is aangemeld bij Microsoft Teams op een andere computer.')).not.toContain(
      'user-currently-logged-on',
    );
  });
});

describe("the session limit dialog in other languages (ERROR_CTX_LICENSE_NOT_AVAILABLE's text, win32-pr pages)", () => {
  const top = (text: string) => explainCode(text).likelyCauses[0]?.causeId;
  it('German (the older page\'s "momentan"), French, Spanish and Italian: the session limit, the language said', () => {
    const de = explainCode(
      'Remotedesktopverbindung\nDie Anzahl der Verbindungen mit diesem Computer ist begrenzt, und alle Verbindungen werden momentan verwendet.',
    );
    expect(de.likelyCauses[0]?.causeId).toBe(sessionLimit.id);
    expect(de.paste?.language).toBe('German');
    expect(
      top('Le nombre de connexions à cet ordinateur est limité et toutes les connexions sont actuellement utilisées.'),
    ).toBe(sessionLimit.id);
    expect(top('El número de conexiones a este equipo es limitado y todas las conexiones están en uso.')).toBe(
      sessionLimit.id,
    );
    expect(top('Il numero di connessioni a questo computer è limitato e tutte le connessioni sono in uso.')).toBe(
      sessionLimit.id,
    );
  });
  it('near miss: the sentence with a negation added is not the dialog', () => {
    const negated = answerOrRefused('Die Anzahl der Verbindungen mit diesem Computer ist nicht begrenzt.');
    expect(negated?.likelyCauses[0]?.causeId).not.toBe(sessionLimit.id);
  });
});

/**
 * The Win32 logon errors of "System Error Codes (1300-1699)" in Russian, Spanish, Italian, Portuguese (Brazil) and
 * German (win32-pr.<locale>, machine translations): the code each text is.
 */
const WIN32_LOGON: readonly { readonly language: string; readonly paste: string; readonly code: string }[] = [
  { language: 'Russian', paste: 'Ошибка: Неправильное имя пользователя или пароль.', code: 'ERROR_LOGON_FAILURE' },
  { language: 'Russian', paste: 'Срок действия пароля для этой учетной записи истек.', code: 'ERROR_PASSWORD_EXPIRED' },
  {
    language: 'Russian',
    paste:
      'Ограничения учетной записи запрещают вход пользователя в систему. Например, пустые пароли не допускаются, время входа ограничено или применяется ограничение политики.',
    code: 'ERROR_ACCOUNT_RESTRICTION',
  },
  {
    language: 'Russian',
    paste: 'Этот пользователь не может войти в систему, так как эта учетная запись в настоящее время отключена.',
    code: 'ERROR_ACCOUNT_DISABLED',
  },
  { language: 'Spanish', paste: 'Error: La contraseña de esta cuenta ha expirado.', code: 'ERROR_PASSWORD_EXPIRED' },
  {
    language: 'Spanish',
    paste: 'Este usuario no puede iniciar sesión porque esta cuenta está deshabilitada actualmente.',
    code: 'ERROR_ACCOUNT_DISABLED',
  },
  {
    language: 'Spanish',
    paste: 'Su cuenta tiene restricciones de tiempo que le evitan iniciar sesión en este momento.',
    code: 'ERROR_INVALID_LOGON_HOURS',
  },
  {
    language: 'Spanish',
    paste: 'Este usuario no tiene permiso para iniciar sesión en este equipo.',
    code: 'ERROR_INVALID_WORKSTATION',
  },
  { language: 'Italian', paste: 'La password per questo account è scaduta.', code: 'ERROR_PASSWORD_EXPIRED' },
  {
    language: 'Italian',
    paste: 'Questo utente non è autorizzato ad accedere a questo computer.',
    code: 'ERROR_INVALID_WORKSTATION',
  },
  {
    language: 'Italian',
    paste: "Errore di accesso: all'utente non è stato concesso il tipo di accesso richiesto nel computer.",
    code: 'ERROR_LOGON_TYPE_NOT_GRANTED',
  },
  {
    language: 'Italian',
    paste: 'Esiste una differenza di data e ora tra il client e il server.',
    code: 'ERROR_TIME_SKEW',
  },
  { language: 'Portuguese (Brazil)', paste: 'A senha desta conta expirou.', code: 'ERROR_PASSWORD_EXPIRED' },
  {
    language: 'Portuguese (Brazil)',
    paste: 'Este usuário não pode entrar porque esta conta está desabilitada no momento.',
    code: 'ERROR_ACCOUNT_DISABLED',
  },
  { language: 'Portuguese (Brazil)', paste: 'O nome de usuário ou senha está incorreta.', code: 'ERROR_LOGON_FAILURE' },
  {
    language: 'German',
    paste: 'Das Kennwort des Benutzers muss vor der Anmeldung geändert werden.',
    code: 'ERROR_PASSWORD_MUST_CHANGE',
  },
  {
    language: 'Spanish',
    paste: 'La contraseña del usuario debe cambiarse antes de iniciar sesión.',
    code: 'ERROR_PASSWORD_MUST_CHANGE',
  },
  {
    language: 'Italian',
    paste: "È necessario modificare la password dell'utente prima dell'accesso.",
    code: 'ERROR_PASSWORD_MUST_CHANGE',
  },
  {
    language: 'Portuguese (Brazil)',
    paste: 'A senha do usuário deve ser alterada antes de entrar.',
    code: 'ERROR_PASSWORD_MUST_CHANGE',
  },
];

describe('the Win32 logon errors in Russian, Spanish, Italian and Portuguese (win32-pr, machine translations)', () => {
  for (const { language, paste, code } of WIN32_LOGON)
    it(`${language}: ${code}`, () => {
      const e = explainCode(paste);
      expect(
        [e.primary, e.other].some((r) => r?.name === code),
        paste,
      ).toBe(true);
      expect(e.paste?.language).toBe(language);
      expect(e.notes.join('\n')).toMatch(/machine translation/);
    });

  it('English: "must be changed before signing in" is ERROR_PASSWORD_MUST_CHANGE', () => {
    const e = explainCode("The user's password must be changed before signing in.");
    expect(e.input.code).toBe('ERROR_PASSWORD_MUST_CHANGE');
  });

  it.each([
    'Неправильное имя принтера.',
    'Срок действия пароля для этой учетной записи не истек.',
    'La contraseña de esta cuenta no ha expirado.',
    'Questo utente è autorizzato ad accedere a questo computer.',
    'A senha desta impressora expirou ontem à noite no servidor.',
    "The user's password must not be changed before signing in.",
  ])('near misses: another account message, negated, or another object, are not read: %s', (paste) => {
    expectRefused(paste);
  });
});

describe('the Win32 account-state errors point to their causes, as their NTSTATUS do', () => {
  it('1330, 1331, 1907, 1909 → the account state; 1385 → the logon right', () => {
    for (const code of ['0x532', '0x533', '0x773', '0x775']) expect(causeIds(code)[0], code).toBe(authAccountState.id);
    expect(causeIds('0x569')[0]).toBe(authLogonRight.id);
    expect(causeIds('0xC0000071')[0]).toBe(authAccountState.id);
  });
});
