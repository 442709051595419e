/**
 * Round 24's rows in languages of other scripts (issue 60), the first and last of each kind (the whole sweep:
 * other-scripts-rest.test.ts): Windows' texts quoted by public pages (tables/languages/localized-other-scripts.ts), users' words
 * for an account's state, a lockout and a refused connection (tables/own-words/described-languages-scripts.ts), RD Licensing's
 * event 4105 by its Source and id; pastes written for these tests around the pages' words, each with a near miss.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { licensingCalUnavailable } from '../../patterns/licensing-cal-unavailable.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { tlsCertificate } from '../../patterns/tls-certificate.js';
import { readDescription } from '../../src/explain/described-reading.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { SCRIPT_LANGUAGE_WORDS } from '../../src/explain/tables/own-words/described-languages-scripts.js';
import { OTHER_SCRIPT_WORDINGS } from '../../src/explain/tables/languages/localized-other-scripts.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';
import { expectLanguageWords } from '../helpers/more-languages.js';
import { expectOtherScriptWording } from '../helpers/other-scripts.js';

/** A table's first and last row. */
const firstAndLast = <T>(rows: readonly T[]): T[] => rows.filter((_, i) => i === 0 || i === rows.length - 1);

describe('round 24: languages of other scripts', () => {
  it("reads each table's first and last row (the whole sweep in the -rest twin)", () => {
    for (const w of firstAndLast(OTHER_SCRIPT_WORDINGS)) expectOtherScriptWording(w);
    for (const r of firstAndLast(SCRIPT_LANGUAGE_WORDS)) expectLanguageWords(r);
  });

  it("reads Windows' texts inside a user's sentence, and not another program's words", () => {
    // The Japanese prompt of a one-session Windows, its first sentence retold; a shutdown's "another user is
    // logged in" (別のユーザーがログインしている) is not it.
    expect(causeIds('Win10にリモート接続したら「別のユーザーがサインインしています」と出た')[0]).toBe(sessionLimit.id);
    expect(sentenceIds('シャットダウンすると別のユーザーがログインしているというメッセージが出る')).toEqual([]);
    // Persian: NLA required, a Windows XP client.
    expect(causeIds('ویندوز XP: رایانه راه دور به تأیید اعتبار در سطح شبکه نیاز دارد')[0]).toBe(credsspNla.id);
    // Russian 7045, named (its English row states no cause); the Italian text of the same page is not Russian's row.
    expect(sentenceIds('RDP: Отказано в доступе к запрошенному сеансу')).toEqual(['requested-session-access-denied']);
    expect(sentenceIds('Отказано в доступе к файлу')).toEqual([]);
    // Chinese: the terminal server's connection limit; a connection pool's "all connections in use" is not it.
    expect(causeIds('登录时提示：终端服务器超出了最大容许连接数。')[0]).toBe(sessionLimit.id);
    expect(sentenceIds('数据库连接池：所有连接都在使用中')).toEqual([]);
  });

  it("reads the Japanese account states, another service's account words only about Remote Desktop", () => {
    const state = authAccountState.id;
    expect(causeIds('リモートデスクトップ接続: 参照されたアカウントは現在ロックアウトされています')[0]).toBe(state);
    expect(causeIds('リモートデスクトップで「アカウントは無効になっています」と表示される')[0]).toBe(state);
    expect(causeIds('RDPで接続するとユーザーアカウントの有効期限が切れていますと言われる')[0]).toBe(state);
    // Zoom's own disabled account, and a mail service's expired one, with no word of Remote Desktop.
    expect(sentenceIds('Zoom: アカウントが無効になりました。サポートにお問い合わせください')).toEqual([]);
    expect(sentenceIds('メールサービスのアカウントの有効期限が切れています。更新してください')).toEqual([]);
  });

  it('reads RD Licensing event 4105 by its Source and id, in Japanese labels too, and never another provider', () => {
    const header = (labels: readonly [string, string], provider: string) =>
      `${labels[0]}: ${provider}\n${labels[1]}: 4105`;
    const licensing = 'Microsoft-Windows-TerminalServices-Licensing';
    const pastes = [header(['Source', 'Event ID'], licensing), header(['ソース', 'イベント ID'], licensing)];
    const read = pastes.map((paste) => explainCode(paste));
    expect(read.map((e) => e.other?.name)).toEqual([
      'licensing-4105-user-attributes',
      'licensing-4105-user-attributes',
    ]);
    expect(read.map((e) => causeIds(e)[0])).toEqual([licensingCalUnavailable.id, licensingCalUnavailable.id]);
    const kernelPower = answerOrRefused(header(['Source', 'Event ID'], 'Microsoft-Windows-Kernel-Power'));
    expect(causeIds(kernelPower)).not.toContain(licensingCalUnavailable.id);
  });

  it('matches Thai, Hebrew and Arabic words inside a word, and leaves one a negation or another word splits', () => {
    const state = authAccountState.id;
    expect(causeIds('RDP ขึ้นว่าบัญชีถูกล็อคแล้ว')[0]).toBe(state);
    expect(causeIds('RDP: בחיבור כתוב שתוקף הסיסמה פג')[0]).toBe(state);
    expect(causeIds(answerOrRefused('RDP: บัญชีไม่ถูกล็อค รหัสผ่านถูกต้อง'))).not.toContain(state);
    expect(causeIds(answerOrRefused('RDP: החשבון לא נעול'))).not.toContain(state);
  });

  it("reads a description with Remote Desktop's name in its own script, and none without it", () => {
    const state = authAccountState.id;
    expect(causeIds('Віддалений робочий стіл: обліковий запис вимкнено')[0]).toBe(state);
    expect(causeIds('دسکتاپ راه دور: حساب غیر فعال شده است')[0]).toBe(state);
    expect(causeIds(answerOrRefused('Поштова скринька: обліковий запис вимкнено'))).not.toContain(state);
    // Round 26: Greek, Bulgarian and Hindi, the catalogs' rows in a user's sentence, and the rows' near misses.
    expect(causeIds('Απομακρυσμένη επιφάνεια εργασίας: ο λογαριασμός έληξε')[0]).toBe(state);
    expect(causeIds('Отдалечен работен плот: паролата е с изтекъл срок')[0]).toBe(state);
    expect(causeIds('रिमोट डेस्कटॉप: पासवर्ड समाप्त हो गया')[0]).toBe(state);
    for (const nearMiss of ['Ο κωδικός πρόσβασης έληξε στην τράπεζα', 'Пощата: паролата е с изтекъл срок'])
      expect(causeIds(answerOrRefused(nearMiss)), nearMiss).not.toContain(state);
  });
});

describe("round 26: an account's state and its lockout read from a clause's structure (their `said`, described-languages-scripts.ts)", () => {
  const causeOf = (paste: string) => readDescription(paste)?.[0]?.concept.causes[0];

  it('reads the account or its password said expired, disabled or locked in the inflections the phrases miss', () => {
    const READ: readonly [concept: string, paste: string][] = [
      // Japanese: the sign-in message as clickthis.blog/ja quotes it, about Remote Desktop.
      ['account-state', 'リモート デスクトップ: パスワードの有効期限が切れています'],
      // Russian: the title of Learn's password-expiry page (ru-ru), and the disabled account.
      ['account-state', 'Удаленный рабочий стол: срок действия пароля истек'],
      ['account-state', 'Удаленный рабочий стол: учетная запись отключена'],
      // Traditional Chinese: "此帳戶目前已停用" (ERROR_ACCOUNT_DISABLED, zh-tw) as a user writes it.
      ['account-state', '遠端桌面: 帳戶已停用'],
      // Korean: the catalog's "계정이 잠겼습니다" in a user's own inflection.
      ['account-locked', '원격 데스크톱: 계정이 잠겨서 접속이 안 됩니다'],
      // A user's report in simplified Chinese (true twin of the policy near miss below).
      ['account-state', '远程桌面连接失败，提示账号已被禁用'],
    ];
    for (const [id, paste] of READ) {
      expect(
        readDescription(paste)?.map((s) => s.concept.id),
        paste,
      ).toContain(id);
      expect(causeOf(paste), paste).toBe(authAccountState.id);
    }
  });

  it("reads the server's certificate said expired in Russian, Ukrainian, Japanese, Korean and traditional Chinese", () => {
    for (const paste of [
      'Удаленный рабочий стол: срок действия сертификата истек',
      'Віддалений робочий стіл: термін дії сертифіката закінчився',
      'リモート デスクトップ接続: サーバーの証明書は期限切れです',
      '원격 데스크톱: 서버 인증서가 만료되었습니다',
      '遠端桌面: 憑證已過期',
    ])
      expect(causeOf(paste), paste).toBe(tlsCertificate.id);
    // Near misses: a mail server's certificate, and one that will expire.
    for (const paste of [
      'Почта: срок действия сертификата истек',
      'Удаленный рабочий стол: срок действия сертификата истекает через неделю',
    ])
      expect(readDescription(paste), paste).toBeUndefined();
  });

  it('reads Remote Desktop said not enabled, off or not started in Chinese, and leaves a step to take unread', () => {
    for (const paste of [
      // The dialog's first reason and Tencent Cloud's listed cause, in a user's sentence.
      '远程桌面连接不上，提示未启用对服务器的远程访问',
      '远程桌面服务未启动',
      '客户端提示"无法连接到远程计算机,远程桌面连接未启用"',
    ]) {
      expect(
        readDescription(paste)?.map((s) => s.concept.id),
        paste,
      ).toContain('remote-access-off');
      expect(causeIds(paste)[0], paste).toBe(networkUnreachable.id);
    }
    // Near misses: a step to take, a state that is fine, and the account (its own concept) disabled.
    for (const paste of ['如果未启用远程桌面，请先启用', '远程桌面已启用'])
      expect(readDescription(paste)?.map((s) => s.concept.id) ?? [], paste).not.toContain('remote-access-off');
    expect(readDescription('远程桌面账号已被禁用')?.[0]?.concept.id).toBe('account-state');
  });

  it('leaves a negation, a state still to come and another service unread (near misses)', () => {
    for (const paste of [
      '远程桌面: 帐户没有被锁定',
      '远程桌面: 密码即将过期',
      'Удаленный рабочий стол: срок действия пароля истекает через 5 дней',
      'Удаленный рабочий стол: учетная запись не отключена',
      '邮箱密码已过期',
      'Почта: срок действия пароля истек',
      // A policy disabled, not the account: the rule a clause about a policy sets.
      '远程桌面 管理员已禁用账户的密码过期策略',
    ])
      expect(readDescription(paste), paste).toBeUndefined();
  });
});

describe('round 27: the common dialogs pasted alone in Chinese, Japanese, Korean and Russian', () => {
  // Each language's rows of the table read from a localized Azure article's public mirror, or a user's paste (round 27).
  const ROUND_27 = OTHER_SCRIPT_WORDINGS.filter(
    (w) => /\((?:HT|MT); https:\/\/github\.com\//.test(w.source.file) || w.source.url.endsWith('rdpwrap/issues/3886'),
  );
  it.each(['zh', 'zh-TW', 'ja', 'ko', 'ru'] as const)('%s: every row of the language, its page named', (language) => {
    const rows = ROUND_27.filter((w) => w.language === language);
    expect(rows.length).toBeGreaterThan(0);
    for (const w of rows) expectOtherScriptWording(w);
  });

  it("reads them as users paste them, and not another program's words (near misses, true twins)", () => {
    // The Korean general error as the dialog shows it, with its code below; a game's "one of these reasons" is not it.
    expect(
      causeIds('다음 이유 중 하나로 인해 원격 데스크톱에서 원격 컴퓨터에 연결할 수 없습니다.\n오류 코드: 0x204')[0],
    ).toBe(networkUnreachable.id);
    expect(sentenceIds('다음 이유 중 하나로 인해 게임 서버에 연결할 수 없습니다')).toEqual([]);
    // The Japanese wording with "が … 次のいずれかの理由のために"; a printer's "one of these reasons" is not it.
    expect(
      causeIds('リモート デスクトップが次のいずれかの理由のためにリモート コンピューターに接続できません。')[0],
    ).toBe(networkUnreachable.id);
    expect(sentenceIds('プリンターが次のいずれかの理由のために印刷できません')).toEqual([]);
    // The Russian general error with its reasons; a mail client's "по одной из следующих причин" is not it.
    expect(
      causeIds(
        'Удаленному рабочему столу не удается подключиться к удаленному компьютеру по одной из следующих причин:\n1) Удаленный доступ к серверу запрещен',
      )[0],
    ).toBe(networkUnreachable.id);
    expect(sentenceIds('Почтовому клиенту не удается подключиться к серверу по одной из следующих причин')).toEqual([]);
    // The Chinese dialog pasted alone by its first line, simplified and traditional; a VPN's "one of these reasons" not.
    expect(causeIds('由于以下原因之一，远程桌面无法连接到远程计算机：')[0]).toBe(networkUnreachable.id);
    expect(causeIds('因為下列其中一個原因，遠端桌面無法連線到遠端電腦：')[0]).toBe(networkUnreachable.id);
    expect(sentenceIds('由于以下原因之一，VPN 客户端无法连接到服务器')).toEqual([]);
    // The Chinese prompt of a one-session Windows; a web application's "其他用户已登录" alone is not it.
    expect(causeIds('登录时出现提示：其他用户已登录。如果继续，则会将他们断开连接。是否仍要登录？')[0]).toBe(
      sessionLimit.id,
    );
    expect(sentenceIds('其他用户已登录此账号，请重新登录')).toEqual([]);
    // "An internal error has occurred" is any program's phrase: about Remote Desktop read, alone read, about an app not.
    expect(sentenceIds('远程桌面连接：发生了内部错误')).toContain('internal-error');
    expect(sentenceIds('支付宝：发生了内部错误，请稍后再试')).toEqual([]);
    expect(sentenceIds('원격 데스크톱 연결: 내부 오류가 발생했습니다.')).toContain('internal-error');
    expect(sentenceIds('카카오톡: 내부 오류가 발생했습니다. 잠시 후 다시 시도하세요')).toEqual([]);
  });
});

describe('round 28: the dialog matrix, cells no row held (scripts/localized-matrix.mjs)', () => {
  it('reads each new cell in a paste as users write it, and not the words of another program (near misses)', () => {
    // Chinese: the connection limit of a one-session Windows, retold; a file share's maximum and a pool's are not it.
    expect(
      causeIds(
        'RDP 连接时弹出：与此计算机的连接数量是有限的，现在已经使用所有连接。请尝试稍后连接或与系统管理员联系。',
      )[0],
    ).toBe(sessionLimit.id);
    expect(sentenceIds('与此计算机的连接数量已达到最大值，无法访问共享文件夹')).toEqual([]);
    expect(sentenceIds('数据库连接池：现在已经使用所有连接')).toEqual([]);
    // Korean: "your credentials did not work" in the past tense, with its dialog's title, and the present tense row
    // still read (true twin); the credential manager's saved credentials are not it.
    expect(causeIds('Windows 보안\n자격 증명이 작동하지 않았습니다.\n새 자격 증명을 입력하세요.')[0]).toBe(
      authBadCredentials.id,
    );
    expect(sentenceIds('Windows 보안 오류: 자격 증명이 작동하지 않습니다.')).toContain('credentials-did-not-work');
    expect(sentenceIds('자격 증명 관리자에 저장된 자격 증명을 삭제했습니다')).toEqual([]);
    expect(sentenceIds('사용하려는 로그인 방법은 허용되지 않습니다. 다른 로그인 방법을 시도하거나')).toContain(
      'sign-in-method-not-allowed',
    );
    // Korean: the NLA notice, about Remote Desktop or alone; the settings' check box and another system's
    // "separate network-level authentication is required" are not it.
    expect(causeIds('원격 데스크톱 연결 시 "네트워크 수준 인증이 필요합니다" 알림이 표시됩니다')[0]).toBe(
      credsspNla.id,
    );
    expect(causeIds('네트워크 수준 인증이 필요합니다')[0]).toBe(credsspNla.id);
    expect(sentenceIds('관리자 엔드포인트는 별도의 네트워크 수준 인증이 필요하며, 이 문서의 범위를 벗어난다.')).toEqual(
      [],
    );
    // Japanese: the Windows App's 0x104, the PC not found; a printer not found is not it.
    expect(
      causeIds('Windows App: PC が見つからないため、リモート PC に接続できませんでした。 エラー コード: 0x104')[0],
    ).toBe(networkUnreachable.id);
    expect(sentenceIds('プリンターが見つからないため、印刷できませんでした。')).toEqual([]);
  });

  it('reads the Greek dialogs of the el-GR page, and not an SSH line that shares words', () => {
    expect(causeIds('Σφάλμα ασφαλείας των Windows: τα διαπιστευτήρια δεν λειτούργησε')[0]).toBe(authBadCredentials.id);
    expect(
      causeIds(
        'Η απομακρυσμένη περίοδος λειτουργίας διακόπηκε επειδή δεν υπάρχουν διαθέσιμοι διακομιστές άδειας χρήσης',
      ),
    ).toContain(licensingServerUnavailable.id);
    expect(causeIds('RDP: Δεν είναι δυνατή η επικοινωνία με την τοπική αρχή ασφαλείας.')).toContain(credsspNla.id);
    expect(sentenceIds('SSH: ο υπολογιστής δεν μπορεί να συνδεθεί στον διακομιστή αρχείων')).toEqual([]);
    expect(sentenceIds('Τα διαπιστευτήρια του email δεν είναι σωστά')).toEqual([]);
  });
});
