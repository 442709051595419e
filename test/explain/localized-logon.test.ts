/**
 * Issue 60, round 15: logon refusals, account state and session limits in more languages
 * (src/explain/tables/languages/localized-logon.ts). Each wording is read as its English sentence, in its language, with the
 * English text's causes (taken from their patterns) and its page said; pasting's damage (line breaks, lost spaces,
 * full-width spaces, case) changes nothing; a near miss from a public page in the same language (a policy's name, a
 * healthy state, a negation, another message of the same family, another product) is not read as it.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { LOGON_WORDINGS } from '../../src/explain/tables/languages/localized-logon.js';
import { LOCALIZED_SENTENCES } from '../../src/explain/tables/languages/localized.js';
import { rdpdiag } from '../helpers/cli.js';
import { causeIds, expectLocalizedSentence, type LocalizedCase, sentenceIds } from '../helpers/explain.js';

const WIN32_MT =
  /^https:\/\/docs\.microsoft\.com\/(?:pt-br|ru-ru)\/windows\/win32\/debug\/system-error-codes--6000-8199-$/;
const KB = /^https:\/\/support\.microsoft\.com\/(?:cs-cz|sk-sk)\/help\/280828\//;
const PUBLIC = /^https:\/\/(?!docs\.microsoft\.com)/;

const ENGLISH = {
  limit:
    'The number of connections to this computer is limited and all connections are in use right now. Try connecting later or contact your system administrator.',
  loggedOn:
    'The user CONTOSO\\bob is currently logged on to this computer. Only the current user or an administrator can log on to this computer.',
  locked: 'The referenced account is currently locked out and may not be logged on to.',
  replaced:
    'Your Remote Desktop Services session has ended. Another user connected to the remote computer, so your connection was lost.',
  notAuthorized: 'The connection was denied because the user account is not authorized for remote login.',
  right:
    'To sign in remotely, you need the right to sign in through Remote Desktop Services. By default, members of the Remote Desktop Users group have this right.',
  reasons:
    "Remote Desktop can't connect to the remote computer for one of these reasons:\n1) Remote access to the server is not enabled\n2) The remote computer is turned off\n3) The remote computer is not available on the network",
  credentials: 'Your credentials did not work. The credentials that were used to connect to 192.0.2.10 did not work.',
} as const;

/** Each case: the paste, the English twin whose causes it must give, the cause that must lead, a near miss. */
const CASES: readonly (LocalizedCase & { readonly cause: string; readonly source: RegExp })[] = [
  {
    language: 'Portuguese (Brazil)',
    paste:
      'O número de conexões a este computador é limitado e todas as conexões\r\nestão em uso no momento.  Tente se conectar mais tarde.',
    sentence: 'connections-in-use',
    english: ENGLISH.limit,
    cause: sessionLimit.id,
    source: WIN32_MT,
    // Another message of the same page (EFS): not the session limit.
    nearMiss: 'O arquivo especificado é criptografado e o usuário não tem a capacidade de descriptografá-lo.',
    damaged: 'O NUMERO DE CONEXOES A ESTE COMPUTADOR E LIMITADO e todas as conexoes estao em uso no momento',
  },
  {
    language: 'Russian',
    paste:
      'Число подключений к этому компьютеру ограничено, и все подключения сейчас используются.\nПопробуйте подключиться позже.',
    sentence: 'connections-in-use',
    english: ENGLISH.limit,
    cause: sessionLimit.id,
    source: WIN32_MT,
    // ADO's "connection was denied" (another product): not the session limit.
    nearMiss:
      'Подключение было запрещено. Новое подключение запрошенный имеет разные характеристики, чем в уже используется.',
    damaged: 'число   подключений к этому компьютеру ограничено,\nи все подключения сейчас используются',
  },
  {
    language: 'Portuguese (Brazil)',
    paste:
      'O usuário CONTOSO\\bob está conectado atualmente a este computador. Somente o usuário atual ou um administrador pode fazer logon neste computador.',
    sentence: 'user-currently-logged-on',
    english: ENGLISH.loggedOn,
    cause: sessionLimit.id,
    source: WIN32_MT,
    // The console variant (ERROR_CTX_NO_FORCE_LOGOFF, 7063) on the same page: another message.
    nearMiss:
      'O usuário CONTOSO\\bob já está conectado ao console deste computador. Você não tem permissão para fazer logon neste momento.',
  },
  {
    language: 'Russian',
    paste:
      'Пользователь CONTOSO\\bob в данный момент вошел в систему на этом компьютере.\nТолько текущий пользователь или администратор может войти на этот компьютер.',
    sentence: 'user-currently-logged-on',
    english: ENGLISH.loggedOn,
    cause: sessionLimit.id,
    source: WIN32_MT,
    nearMiss:
      'Пользователь CONTOSO\\bob уже вошел в консоль этого компьютера. У вас нет разрешения на вход в систему в данный момент.',
  },
  {
    language: 'German',
    paste:
      'Der Benutzer "CONTOSO\\bob" ist zurzeit an diesem Computer angemeldet.\nNur der aktuelle Benutzer oder ein Administrator kann sich an diesem Computer anmelden.',
    sentence: 'user-currently-logged-on',
    english: ENGLISH.loggedOn,
    cause: sessionLimit.id,
    source: /^https:\/\/docs\.microsoft\.com\/de-de\/windows\/win32\/debug\/system-error-codes--6000-8199-$/,
    nearMiss:
      'Der Benutzer "CONTOSO\\bob" ist bereits in der Konsole dieses Computers angemeldet. Sie verfügen zurzeit nicht über die Berechtigung, sich anzumelden.',
  },
  {
    language: 'French',
    paste:
      "L'utilisateur CONTOSO\\bob est actuellement connecte a cet ordinateur. Seul l'utilisateur actuel ou un administrateur peut se connecter a cet ordinateur.",
    sentence: 'user-currently-logged-on',
    english: ENGLISH.loggedOn,
    cause: sessionLimit.id,
    source: /^https:\/\/docs\.microsoft\.com\/fr-fr\/windows\/win32\/debug\/system-error-codes--6000-8199-$/,
    nearMiss:
      'L’utilisateur CONTOSO\\bob est déjà connecté à la console de cet ordinateur. Vous n’êtes pas autorisé à vous connecter pour l’instant.',
  },
  {
    language: 'Italian',
    paste:
      "L'utente CONTOSO\\bob è attualmente connesso al computer.\nSolo l'utente corrente o un amministratore può accedere a questo computer.",
    sentence: 'user-currently-logged-on',
    english: ENGLISH.loggedOn,
    cause: sessionLimit.id,
    source: /^https:\/\/docs\.microsoft\.com\/it-it\/windows\/win32\/debug\/system-error-codes--6000-8199-$/,
    nearMiss:
      "L'utente CONTOSO\\bob è già connesso alla console di questo computer. Non si è autorizzati ad accedere in questo momento.",
  },
  {
    language: 'Spanish',
    paste:
      'El usuario CONTOSO\\bob ha iniciado sesion actualmente en este equipo. Solo el usuario actual o un administrador pueden iniciar sesion en este equipo.',
    sentence: 'user-currently-logged-on',
    english: ENGLISH.loggedOn,
    cause: sessionLimit.id,
    source: /^https:\/\/docs\.microsoft\.com\/es-es\/windows\/win32\/debug\/system-error-codes--6000-8199-$/,
    nearMiss:
      'El usuario CONTOSO\\bob ya ha iniciado sesión en la consola de este equipo. No tiene permiso para iniciar sesión en este momento.',
  },
  {
    language: 'Czech',
    paste: 'Uživatel CONTOSO\\bob je aktuálně přihlášený k tomuto počítači. Pokud budete pokračovat,',
    sentence: 'user-currently-logged-on',
    english: ENGLISH.loggedOn,
    cause: sessionLimit.id,
    source: KB,
    // The same page's heading for the opposite case (nobody signed in at the console): a negation.
    nearMiss: 'Ke konzole není aktuálně přihlášený žádný uživatel',
    damaged: 'UZIVATEL CONTOSO\\bob je aktualne prihlaseny\nk tomuto pocitaci.',
  },
  {
    language: 'Slovak',
    paste: 'Používateľ CONTOSO\\bob je momentálne prihlásený k tomuto počítaču.',
    sentence: 'user-currently-logged-on',
    english: ENGLISH.loggedOn,
    cause: sessionLimit.id,
    source: KB,
    nearMiss: 'V konzole nie je práve prihlásený žiadny používateľ',
  },
  {
    language: 'Japanese',
    paste: 'Windows\n参照されたアカウントは現在ロックアウトされているため、ログオンできない可能性があります',
    sentence: 'account-locked',
    english: ENGLISH.locked,
    cause: authAccountState.id,
    source: PUBLIC,
    // The lockout policy's name, as the same pages write it: a setting, not a locked account.
    nearMiss: '「アカウント ロックアウトしきい値」を無効にする',
    damaged: '参照されたアカウントは\n現在ロックアウトされているため、\u3000ログオンできない可能性があります。',
  },
  {
    language: 'Chinese (simplified)',
    paste: '引用的账户当前已锁定，\n且可能无法登录。',
    sentence: 'account-locked',
    english: ENGLISH.locked,
    cause: authAccountState.id,
    source: PUBLIC,
    // A negation (lockoutTime's documentation: zero means the account is not locked).
    nearMiss: '值为零表示帐户当前未锁定。',
  },
  {
    language: 'Japanese',
    paste:
      'リモートデスクトップサービスセッションが終了しました。\n別のユーザーがリモートコンピューターに\n接続したため、接続が失われました。',
    sentence: 'another-user-connected',
    english: ENGLISH.replaced,
    cause: sessionLimit.id,
    source: PUBLIC,
    // MultiPoint's help on disconnecting (a healthy state).
    nearMiss: 'セッションは切断されますが、コンピューターのメモリ内に保持されています。',
  },
  {
    language: 'Japanese',
    paste: 'このユーザー アカウントは\nリモート ログインを許可されていないため、接続は拒否されました。',
    sentence: 'not-authorized-remote-login',
    english: ENGLISH.notAuthorized,
    cause: authLogonRight.id,
    source: PUBLIC,
    // The System Properties checkbox that allows it (a setting, not a refusal).
    nearMiss: 'このコンピュータにユーザーがリモートで接続することを許可する',
  },
  {
    language: 'Chinese (simplified)',
    paste: '报错误：连接被拒绝，因为没有授权此用户帐户进行远程登录',
    sentence: 'not-authorized-remote-login',
    english: ENGLISH.notAuthorized,
    cause: authLogonRight.id,
    source: PUBLIC,
    // The user right's name, as the same article shows it in the policy editor.
    nearMiss: '允许通过远程桌面服务登录',
  },
  {
    language: 'Chinese (simplified)',
    paste: '要远程登录，您需要具有通过远程桌面服务进行登录的权限。默认情况下，远程桌面用户组的成员有这项权限。',
    sentence: 'remote-sign-in-right',
    english: ENGLISH.right,
    cause: authLogonRight.id,
    source: PUBLIC,
    nearMiss: '拒绝通过远程桌面服务登录',
  },
  {
    language: 'Chinese (simplified)',
    paste:
      '远程桌面由于以下原因之一无法连接到远程计算机：\n1）未启用对服务器的远程访问\n2）远程计算机已关闭\n3）在网络上远程计算机不可用',
    sentence: 'cannot-connect-reasons',
    english: ENGLISH.reasons,
    cause: networkUnreachable.id,
    source: PUBLIC,
    // The generic dialog (its own sentence), not the one with the three reasons.
    nearMiss: '此计算机无法连接到远程计算机。',
  },
  {
    language: 'Chinese (simplified)',
    paste: '你的凭据无法工作\n之前用于连接到 192.0.2.10 的凭据无法工作。请输入新凭据。',
    sentence: 'credentials-did-not-work',
    english: ENGLISH.credentials,
    cause: authBadCredentials.id,
    source: PUBLIC,
    // Credential Manager's item, as the same article names it.
    nearMiss: '管理 Windows 凭据',
  },
];

describe('logon refusals, account state and session limits in more languages (localized-logon.ts)', () => {
  for (const c of CASES)
    it(`${c.language}: ${c.sentence}, read with its English twin's causes; its near miss is not`, () => {
      const part = expectLocalizedSentence(c, c.source);
      expect(part?.language).toBeDefined();
      expect(causeIds(c.paste)[0], c.paste).toBe(c.cause);
    });

  it('are part of the localized table, each wording found in the text its page quotes', () => {
    for (const w of LOGON_WORDINGS) {
      expect(LOCALIZED_SENTENCES, `${w.sentence} ${w.language}`).toContain(w);
      expect(sentenceIds(w.quoted), w.quoted).toContain(w.sentence);
    }
  });

  it('say what a reading rests on: a machine translation, or public pages (one page only where so)', () => {
    const notes = (language: string, sentence: string) => {
      const c = CASES.find((x) => x.language === language && x.sentence === sentence);
      return explainCode(c?.paste ?? '').notes.join('\n');
    };
    expect(notes('Portuguese (Brazil)', 'connections-in-use')).toMatch(/machine translation/);
    // One public page found: said.
    expect(notes('Chinese (simplified)', 'account-locked')).toMatch(/not a Microsoft page[^\n]*one page only/);
    // Two blogs quoting the same words: no "one page only".
    expect(notes('Japanese', 'another-user-connected')).toMatch(/not a Microsoft page/);
    expect(notes('Japanese', 'another-user-connected')).not.toMatch(/one page only/);
    // A Microsoft support article's translation: neither.
    expect(notes('Czech', 'user-currently-logged-on')).toMatch(/KB 280828/);
    expect(notes('Czech', 'user-currently-logged-on')).not.toMatch(/not a Microsoft page|machine translation/);
  });

  it('in the CLI JSON: the language said, the cause first, nothing looked up as a code', async () => {
    const ru = CASES.find((c) => c.language === 'Russian' && c.sentence === 'user-currently-logged-on');
    const r = await rdpdiag(['explain-code', ru?.paste ?? '', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const e = JSON.parse(r.stdout) as ReturnType<typeof explainCode>;
    expect(e.paste?.language).toBe('Russian');
    expect(e.likelyCauses[0]?.causeId).toBe(sessionLimit.id);
    expect(r.stdout).not.toMatch(/not in our tables/);
  });

  it('near misses of other products are refused, their numbers never mined (Always On VPN 812, Linux PAM)', () => {
    for (const text of [
      'Код ошибки: 812. Не удается подключиться к Always On VPN. Подключение было запрещено из-за политики, настроенной на сервере RAS/VPN.',
      'Account locked due to 6 failed logins',
      'Zalogowany jest inny użytkownik lub serwer jest przeciążony.',
    ])
      expect(() => explainCode(text), text).toThrow(/not a valid error code/);
    // Outlook.com's locked account (a Microsoft account): named as another product, no Remote Desktop cause.
    const outlook = explainCode(
      'Wenn die Meldung "Ihr Konto wurde gesperrt" angezeigt wird, wenn Sie versuchen, sich bei Outlook.com anzumelden',
    );
    expect(outlook.likelyCauses).toEqual([]);
    expect(outlook.summary).toMatch(/not a Remote Desktop connection failure/);
  });
});
