/**
 * Issue 60, round 16, other languages: the locked-out account's system message (ERROR_ACCOUNT_LOCKED_OUT, 1909) in
 * German, French, Spanish, Italian, Portuguese (Brazil) and Russian, as Microsoft's machine-translated "System Error
 * Codes (1700-3999)" pages word it (src/explain/tables/languages/localized-logon.ts), and Korean, a new language, from the ko-kr
 * pages (src/explain/tables/languages/localized-korean.ts). Each wording is read as its English sentence, in its language, with
 * the English text's causes (taken from their patterns) and its page said; pasting's damage changes nothing; a near
 * miss in the same language (another product's lock, a policy, a prompt, a healthy setting, a translation no Microsoft
 * page quotes) is not read as it.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { KOREAN_WORDINGS } from '../../src/explain/tables/languages/localized-korean.js';
import { TRADITIONAL_CHINESE_WORDINGS } from '../../src/explain/tables/languages/localized-zh-tw.js';
import { LOCALIZED_SENTENCES } from '../../src/explain/tables/languages/localized.js';
import { rdpdiag } from '../helpers/cli.js';
import { causeIds, expectLocalizedSentence, type LocalizedCase, sentenceIds } from '../helpers/explain.js';

const WIN32_1700 =
  /^https:\/\/docs\.microsoft\.com\/(?:de-de|fr-fr|es-es|it-it|pt-br|ru-ru)\/windows\/win32\/debug\/system-error-codes--1700-3999-$/;
const KO = /^https:\/\/docs\.microsoft\.com\/ko-kr\/azure\//;

const ENGLISH = {
  locked: 'The referenced account is currently locked out and may not be logged on to.',
  lsa: 'An authentication error has occurred. The Local Security Authority cannot be contacted.',
  credentials: 'Windows Security error: Your credentials did not work.',
  noLicense:
    'The remote session was disconnected because there are no Remote Desktop License Servers available to provide a license.',
  cantFind: 'Remote Desktop can\'t find the computer "rdsh01".',
  cantConnect: "This computer can't connect to the remote computer.",
  nlaDc:
    'The remote computer that you are trying to connect to requires Network Level Authentication (NLA), but your Windows domain controller cannot be contacted to perform NLA.',
  device: 'Your account is configured to prevent you from using this device.',
  userPassword: 'The user name or password is incorrect.',
  restrictedLogon:
    'Remote Desktop Connection: The system administrator has restricted the types of logon (network or interactive) that you may use. For assistance, contact your system administrator or technical support.',
} as const;

type Case = LocalizedCase & { readonly cause?: string };

/** The locked-out account: pastes written for the tests, in the words of each page, with what pasting does to them. */
const LOCKED: readonly Case[] = [
  {
    language: 'German',
    paste:
      'Fehler beim Verbinden mit rdsh01:\r\nDas Konto, auf das verwiesen wird, ist derzeit gesperrt\r\nund möglicherweise nicht angemeldet.',
    sentence: 'account-locked',
    english: ENGLISH.locked,
    cause: authAccountState.id,
    // Another application's lock (a PL/SQL exercise on GitHub): not Windows' sentence.
    nearMiss: 'Ihr Konto ist zurzeit gesperrt. Eine Buchung ist fuer Sie leider nicht moeglich.',
    damaged: 'DAS KONTO, AUF DAS VERWIESEN WIRD, IST DERZEIT GESPERRT',
  },
  {
    language: 'French',
    paste: '« Le compte référencé est actuellement verrouillé et n’est peut-être pas connecté »',
    sentence: 'account-locked',
    english: ENGLISH.locked,
    cause: authAccountState.id,
    // Primalogik's help centre: another product's lock.
    nearMiss: 'Votre compte a été verrouillé par votre administrateur Primalogik.',
    damaged: "le compte reference est actuellement verrouille et n'est peut-etre pas connecte",
  },
  {
    language: 'Spanish',
    paste:
      'La cuenta a la que se hace referencia está bloqueada\nactualmente y es posible que no haya iniciado sesión en ella.',
    sentence: 'account-locked',
    english: ENGLISH.locked,
    cause: authAccountState.id,
    // The local users console's procedure (forsenergy.com, es-es): a checkbox named, no failure.
    nearMiss: 'Para deshabilitar la cuenta de usuario seleccionada, active la casilla Cuenta deshabilitada.',
    damaged: 'la cuenta a la que se hace referencia esta bloqueada actualmente',
  },
  {
    language: 'Italian',
    paste: "Errore: L'account a cui si fa riferimento è attualmente bloccato e potrebbe non essere connesso a .",
    sentence: 'account-locked',
    english: ENGLISH.locked,
    cause: authAccountState.id,
    nearMiss: "L'account è attualmente disabilitato.",
    damaged: 'L’account a cui si fa riferimento e attualmente  bloccato',
  },
  {
    language: 'Portuguese (Brazil)',
    paste: 'Ao conectar aparece: A conta referenciada está bloqueada no momento e pode não estar conectada ao.',
    sentence: 'account-locked',
    english: ENGLISH.locked,
    cause: authAccountState.id,
    nearMiss: 'Este usuário não pode entrar porque esta conta está desabilitada no momento.',
    damaged: 'A CONTA REFERENCIADA ESTA BLOQUEADA NO MOMENTO',
  },
  {
    language: 'Russian',
    paste:
      'Подключение к удаленному рабочему столу\n\nУчетная запись, на которую дана ссылка, заблокирована и не может быть зарегистрирована в.',
    sentence: 'account-locked',
    english: ENGLISH.locked,
    cause: authAccountState.id,
    // A how-to about the lockout policy (megavtogal.com): the policy named, no failure.
    nearMiss:
      'Открываем редактор групповой политики, создаем новую политику, называем ее например Account Lockout Policy',
    damaged: 'учетная запись, на которую дана ссылка,\nзаблокирована',
  },
  {
    language: 'Japanese',
    // The sentence cut before its reason, as pages title it ("…ロックアウトされています").
    paste: '「参照されたアカウントは現在ロックアウトされています」と表示されて接続できません',
    sentence: 'account-locked',
    english: ENGLISH.locked,
    cause: authAccountState.id,
    // A policy's settings named (lifestyle.assist-all.co.jp): no failure.
    nearMiss: 'ロックアウトしきい値・期間・リセット時間を見直す',
    damaged: '参照されたアカウントは現在ロックアウトされているため、\nログオンできない可能性があります',
  },
];

/** Korean: each heading of the ko-kr pages, pasted as a dialog is (title, line breaks, the address under it). */
const KOREAN: readonly Case[] = [
  {
    language: 'Korean',
    paste:
      '원격 데스크톱 연결\n\n인증 오류가 발생했습니다.\n로컬 보안 기관에 연결할 수 없습니다.\n\n원격 컴퓨터: 192.0.2.10',
    sentence: 'lsa-cannot-be-contacted',
    english: ENGLISH.lsa,
    // The opening sentence alone is shared by other dialogs.
    nearMiss: '인증 오류가 발생했습니다.',
    damaged: '로컬 보안 기관에\n연결할 수 없습니다',
  },
  {
    language: 'Korean',
    paste:
      'Windows 보안\n자격 증명이 작동하지 않습니다\n192.0.2.10에 연결하는 데 사용된 자격 증명이 작동하지 않습니다.',
    sentence: 'credentials-did-not-work',
    english: ENGLISH.credentials,
    cause: authBadCredentials.id,
    // Credential Guard's prompt (idlebread.com): asks for the password again, not a refusal.
    nearMiss: 'Windows Defender Credential Guard는 저장된 자격 증명 사용을 허용하지 않습니다. 자격 증명을 입력하세요',
    damaged: '자격\u3000증명이 작동하지 않습니다',
  },
  {
    language: 'Korean',
    paste:
      '라이선스를 제공할 수 있는 원격 데스크톱 라이선스 서버가 없으므로\n원격 세션이 끊겼습니다. 서버 관리자에게 문의하십시오.',
    sentence: 'no-license-servers',
    english: ENGLISH.noLicense,
    cause: licensingGraceExpired.id,
    // A sentence about Remote Desktop Services in general (yoda.wiki): no failure.
    nearMiss:
      'RDS(Remote Desktop Services)는 사용자가 네트워크 연결을 통해 원격 컴퓨터 또는 가상 시스템에서 대화형 세션을 시작하고 제어할 수 있는 Microsoft Windows의 구성 요소 중 하나입니다.',
  },
  {
    language: 'Korean',
    paste: '원격 데스크톱에서 컴퓨터 "rdsh01.contoso.example"을(를) 찾을 수 없습니다.',
    sentence: 'cannot-find-computer',
    english: ENGLISH.cantFind,
    nearMiss: '원격 데스크톱 연결에서 찾아보기를 선택합니다.',
  },
  {
    language: 'Korean',
    paste: '이 컴퓨터에서 원격 컴퓨터에 연결할 수 없습니다.',
    sentence: 'cannot-connect-generic',
    english: ENGLISH.cantConnect,
    nearMiss: '이 컴퓨터에서 원격 컴퓨터에 연결할 수 있습니다.',
  },
  {
    language: 'Korean',
    paste:
      '이 컴퓨터는 원격 컴퓨터에 연결할 수 없습니다.\n문제가 계속되면 원격 컴퓨터의 소유자 또는 네트워크 관리자에게 문의하여 다시 연결해 보세요.',
    sentence: 'cannot-connect-generic',
    english: ENGLISH.cantConnect,
    nearMiss: '원격 컴퓨터의 소유자 또는 네트워크 관리자에게 문의하세요.',
  },
  {
    language: 'Korean',
    paste:
      'NLA(네트워크 수준 인증)를 요구하기 위해 연결하려는 원격 컴퓨터이지만\nNLA를 수행하기 위해 Windows 도메인 컨트롤러에 연결할 수 없습니다.',
    sentence: 'nla-dc-unreachable',
    english: ENGLISH.nlaDc,
    cause: credsspNla.id,
    // The client's checkbox, as a how-to names it (kr.wsxdn.com): a setting, no failure.
    nearMiss: '"자격 증명을 저장하도록 허용" 확인란을 선택해야 합니다.',
  },
  {
    language: 'Korean',
    paste: '이 디바이스를 사용할 수 없도록 계정이 구성되어 있습니다. 자세한 내용은 시스템 관리자에게 문의하세요.',
    sentence: 'device-prevented-by-account',
    english: ENGLISH.device,
    nearMiss: '이 디바이스를 사용할 수 있습니다.',
  },
  {
    language: 'Korean',
    paste: '사용자 이름 또는 암호가 정확하지 않음',
    sentence: 'user-name-or-password-incorrect',
    english: ENGLISH.userPassword,
    cause: authBadCredentials.id,
    nearMiss: '사용자 이름 또는 암호를 입력하세요.',
  },
];

describe("Chinese (simplified): the credentials dialog's heading quoted alone (localized-logon.ts)", () => {
  const c: Case = {
    language: 'Chinese (simplified)',
    paste: '远程桌面连接 192.0.2.10 时弹出 Windows 安全中心：\n你的凭据不工作\n请输入新凭据。',
    sentence: 'credentials-did-not-work',
    english: ENGLISH.credentials,
    // Credential Guard's prompt (Giant150/Giant.WMSDoc): asks for the saved password again, not a refusal.
    nearMiss: 'Windows Defender Credential Guard不允许使用已保存的凭据。请输入你的凭证',
    damaged: '你的凭据\n不工作',
  };
  it("is read with its English twin's causes, its public pages said; its near miss is not", () => {
    expectLocalizedSentence(c, /^https:\/\/xoyozo\.net\//);
    expect(causeIds(c.paste)[0]).toBe(authBadCredentials.id);
    expect(explainCode(c.paste).notes.join('\n')).toMatch(/not a Microsoft page/);
    expect(explainCode(c.paste).notes.join('\n')).not.toMatch(/one page only/);
    expect(() => explainCode(c.nearMiss)).toThrow(/not a valid error code/);
  });
});

describe("German: the credentials dialog's heading (localized-logon.ts)", () => {
  const c: Case = {
    language: 'German',
    paste:
      'Windows-Sicherheit\nIhre Anmeldeinformationen haben nicht funktioniert\nGeben Sie neue Anmeldeinformationen ein.',
    sentence: 'credentials-did-not-work',
    english: ENGLISH.credentials,
    // An article's statement (computerweekly.com/de): no dialog, no failure.
    nearMiss: 'RDP-Fehler bei Anmeldedaten entstehen oft durch falsche Konten, Berechtigungen oder Ports.',
    damaged: 'IHRE ANMELDEINFORMATIONEN HABEN\r\nNICHT FUNKTIONIERT',
  };
  it("is read with its English twin's causes; the answer says its page is a machine translation", () => {
    expectLocalizedSentence(c, /^https:\/\/github\.com\/MarcelRaschke\/OfficeDocs-AlchemyInsights-pr\.de-DE\//);
    expect(causeIds(c.paste)[0]).toBe(authBadCredentials.id);
    expect(explainCode(c.paste).notes.join('\n')).toMatch(/machine translation/);
  });
});

describe("the locked-out account's message in six more languages (localized-logon.ts)", () => {
  for (const c of LOCKED)
    it(`${c.language}: read as the locked account, with its English twin's causes; its near miss is not`, () => {
      const part = expectLocalizedSentence(
        c,
        c.language === 'Japanese' ? /^https:\/\/(?!docs\.microsoft)/ : WIN32_1700,
      );
      expect(part?.language).toBeDefined();
      expect(causeIds(c.paste)[0], c.paste).toBe(c.cause);
    });

  it('say that the reading rests on a machine translation', () => {
    for (const c of LOCKED.filter((x) => x.language !== 'Japanese'))
      expect(explainCode(c.paste).notes.join('\n'), c.language).toMatch(/machine translation/);
  });

  it('an account disabled or another product locked is not read as locked out', () => {
    for (const text of [
      'Votre compte a été verrouillé par votre administrateur Primalogik.',
      'Blokada konta powoduje całkowite zawieszenie jego działania, tzn. nie będzie możliwości zalogowania',
    ])
      expect(() => explainCode(text), text).toThrow(/not a valid error code/);
  });
});

describe('Korean (localized-korean.ts)', () => {
  for (const c of KOREAN)
    it(`${c.sentence}: read in Korean with its English twin's causes; its near miss is not`, () => {
      expectLocalizedSentence(c, KO);
      if (c.cause !== undefined) expect(causeIds(c.paste)[0], c.paste).toBe(c.cause);
    });

  it('are part of the localized table, each wording found in the text its page quotes', () => {
    for (const w of KOREAN_WORDINGS) {
      expect(LOCALIZED_SENTENCES, w.sentence).toContain(w);
      expect(sentenceIds(w.quoted), w.quoted).toContain(w.sentence);
    }
  });

  it("AWS's own wording of the LSA dialog is read as the dialog, from its one public page (round 23)", () => {
    expect(explainCode('인증 오류가 발생했습니다. 현지 보안 기관에 연락할 수 없습니다.').other?.name).toBeDefined();
  });

  it('in the CLI JSON, and on standard input: the language said, nothing looked up as a code', async () => {
    const paste = KOREAN[1]?.paste ?? '';
    const r = await rdpdiag(['explain-code', paste, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const e = JSON.parse(r.stdout) as ReturnType<typeof explainCode>;
    expect(e.paste?.language).toBe('Korean');
    expect(e.likelyCauses[0]?.causeId).toBe(authBadCredentials.id);
    expect(r.stdout).not.toMatch(/not in our tables/);
    // Standard input, in two chunks cut inside a Korean syllable's bytes.
    const bytes = new TextEncoder().encode(paste);
    const stdin = {
      isTTY: false,
      async *[Symbol.asyncIterator]() {
        yield bytes.slice(0, 10);
        yield bytes.slice(10);
      },
    };
    const s = await rdpdiag(['explain-code', '--format', 'json', '-'], {}, stdin);
    expect(s.code, s.stderr).toBe(0);
    expect(JSON.parse(s.stdout)).toEqual(e);
  });
});

/** Chinese (traditional): the zh-tw pages' wordings, pasted as dialogs are. */
const TRADITIONAL: readonly Case[] = [
  {
    language: 'Chinese (traditional)',
    paste: '遠端桌面連線\n\n參考的帳戶目前已被鎖定，而且可能無法登入。',
    sentence: 'account-locked',
    english: ENGLISH.locked,
    cause: authAccountState.id,
    // The page's advice (zh-tw "Troubleshooting specific RDP error messages"): no failure.
    nearMiss: '請確保您用於連接的帳戶具有遠端桌面登入權限。',
    damaged: '參考的帳戶\n目前已被鎖定',
  },
  {
    language: 'Chinese (traditional)',
    paste: '遠端桌面連線\n發生驗證錯誤。\n無法連絡本機安全性授權。\n\n遠端電腦: 192.0.2.10',
    sentence: 'lsa-cannot-be-contacted',
    english: ENGLISH.lsa,
    // The simplified wording of another dialog is not this one.
    nearMiss: '发生身份验证错误。要求的函数不受支持',
  },
  {
    language: 'Chinese (traditional)',
    paste: 'Windows 安全性\n您的認證無法運作\n用來連線到 192.0.2.10 的認證無法運作。',
    sentence: 'credentials-did-not-work',
    english: ENGLISH.credentials,
    cause: authBadCredentials.id,
    nearMiss: '對於本地帳戶，請使用電腦名稱\\使用者名語法',
    damaged: '您的憑據不起作用',
  },
  {
    language: 'Chinese (traditional)',
    paste: '遠端工作階段中斷，因為沒有提供授權的遠端桌面授權伺服器可以使用。請連絡伺服器管理員。',
    sentence: 'no-license-servers',
    english: ENGLISH.noLicense,
    cause: licensingGraceExpired.id,
    nearMiss: '遠端桌面角色的 120 天授權寬限期',
    damaged: '遠端會話已中斷連線，因為沒有可用的遠端桌面許可證伺服器來提供許可證',
  },
  {
    language: 'Chinese (traditional)',
    paste: '遠端桌面找不到電腦「rdsh01.contoso.example」。',
    sentence: 'cannot-find-computer',
    english: ENGLISH.cantFind,
    nearMiss: '遠端桌面流量 (55919) 端點的外部 TCP 連接埠。',
  },
  {
    language: 'Chinese (traditional)',
    paste: '這部電腦無法連線到遠端電腦。',
    sentence: 'cannot-connect-generic',
    english: ENGLISH.cantConnect,
    nearMiss: '這部電腦可以連線到遠端電腦。',
  },
  {
    // Round 26: the zh-HK page's words, as docs.microsoft.com/zh-HK/…/cannot-authenticate-or-must-authenticate-twice
    // prints them (ASCII colon and parentheses); another thing restricted is not the dialog.
    language: 'Chinese (traditional)',
    paste:
      '遠端桌面連線:系統管理員已限制您可能使用的登入 (網路或互動式) 類型。 如需協助,請連絡您的系統管理員或技術支援。',
    sentence: 'restricted-logon-type',
    english: ENGLISH.restrictedLogon,
    cause: authLogonRight.id,
    nearMiss: '系統管理員已限制您可能使用的應用程式。',
    damaged: '系統管理員已限制您可能使用的登入\n(網路或互動式) 類型',
  },
];

describe('Chinese (traditional) (localized-zh-tw.ts)', () => {
  for (const c of TRADITIONAL)
    it(`${c.sentence}: read in traditional Chinese with its English twin's causes; its near miss is not`, () => {
      expectLocalizedSentence(
        c,
        /^https:\/\/docs\.microsoft\.com\/zh-(?:tw|hk)\/(?:azure\/virtual-machines\/troubleshooting|windows\/win32\/debug|windows-server\/remote)\//,
      );
      if (c.cause !== undefined) expect(causeIds(c.paste)[0], c.paste).toBe(c.cause);
      expect(explainCode(c.paste).notes.join('\n'), c.paste).toMatch(/machine translation/);
    });

  it('are part of the localized table, each wording found in the text its page quotes', () => {
    for (const w of TRADITIONAL_CHINESE_WORDINGS) {
      expect(LOCALIZED_SENTENCES, w.sentence).toContain(w);
      expect(sentenceIds(w.quoted), w.quoted).toContain(w.sentence);
    }
  });
});

describe('a negation is never dropped in Chinese, Japanese or Korean (nearest-text.ts)', () => {
  it('a statement that the computer can connect is not the dialog that it cannot', () => {
    for (const text of [
      // Simplified and traditional Chinese: "可以" (can) where the dialog says "无法/無法" (cannot).
      '这台计算机可以连接到远程计算机。',
      '這部電腦可以連線到遠端電腦。',
      // Japanese: "できます" (can) where the dialog says "できません".
      'このコンピューターはリモート コンピューターに接続できます。',
      // Korean: "있습니다" (can) where the dialog says "없습니다".
      '이 컴퓨터에서 원격 컴퓨터에 연결할 수 있습니다.',
    ])
      expect(sentenceIds(text), text).not.toContain('cannot-connect-generic');
  });

  it('the dialog itself, retyped with a word changed, is still read', () => {
    for (const text of ['这台计算机无法连接到远程计算机。', '此電腦無法連線到遠端電腦。'])
      expect(sentenceIds(text), text).toContain('cannot-connect-generic');
  });
});
