/**
 * Round 31 (r31-h62a, issue 60): Windows' own failure texts in the languages of other scripts read as a term and a
 * predicate of one concept (tables/own-words/dialog-terms-scripts.ts), whatever the version's exact wording: in a
 * paste about Remote Desktop as every language's `said` (every row's example and near miss: described-said-latin-rest),
 * and alone where a clause is the term and the predicate whole. Near misses: another product's credentials, a
 * question, a condition, a clause that holds more than the dialog's statement, a Win32 text without its label, a
 * disconnection another reason explains. The readers only here (fast); the whole answers' causes in the -rest twin.
 */
import { describe, expect, it } from 'vitest';
import { dialogClause } from '../../src/explain/tables/own-words/dialog-terms-scripts.js';
import { concepts } from '../helpers/described-said.js';

const alone = (text: string) => dialogClause(text.toLowerCase())?.concept;

describe('round 31: a term and a predicate of one concept, alone in its clause', () => {
  it("reads each version's and each page's wording of the credentials' dialog as its clause alone", () => {
    // Tencent Cloud's Chinese page, Azure China's, Microsoft's Traditional Chinese, Japanese, Korean, Russian pages.
    for (const dialog of [
      '您的凭据无法工作',
      'Windows 安全性错误：凭据无效',
      '您的認證無法運作',
      'お使いの資格情報は機能しませんでした',
      '자격 증명이 작동하지 않았습니다',
      'Ошибка безопасности Windows: ваши учетные данные не работают',
      // The dialog quoted in a user's sentence is its own clause.
      '每次登录都弹出“您的凭据不起作用”，换了密码也一样',
    ])
      expect(alone(dialog), dialog).toBe('wrong-password');
  });

  it('asks only by a whole question word: "почему-то" (somehow) is no question (round 31, h63b)', () => {
    // Russian's "somehow" holds "why" as its stem (Wiktionary: почему-то); the dialog's clause beside it is still read.
    expect(alone('Ваши учетные данные не сработали, почему-то.')).toBe('wrong-password');
    // Its near miss: the whole word asks.
    expect(alone('Ваши учетные данные не сработали, почему?')).toBeUndefined();
    expect(alone('Ваши учетные данные не сработали, но почему')).toBeUndefined();
  });

  it('leaves a question, a condition, a longer clause and a saved credential unread', () => {
    // The elastic database FAQ (a question), Data Factory's condition, Azure Migrate's SQL Server credentials.
    expect(alone('为什么我的凭据不工作时我从另一台服务器添加 shard？')).toBeUndefined();
    expect(alone('我的凭据不起作用？')).toBeUndefined();
    expect(alone('그러지 않으면 자격 증명이 작동하지 않습니다.')).toBeUndefined();
    expect(alone('30000：与此 SQL Server 关联的凭据不起作用。')).toBeUndefined();
    expect(alone('因应用凭据不工作而无法保存配置')).toBeUndefined();
    // A saved credential refused is another concept (Credential Guard's or the delegation policy's): not this one.
    expect(alone('Credential Guard 不允许使用已保存的凭据，凭据不起作用')).toBeUndefined();
    // A condition ("if the credentials don't work, …") is a tip; the dialog quoted after "if it shows" is the dialog.
    expect(alone('如果凭据不起作用，请重新输入')).toBeUndefined();
    expect(alone('如果提示“你的凭据不起作用”')).toBe('wrong-password');
  });

  it("reads the Win32 logon texts' terms only behind their label", () => {
    expect(alone('Ошибка входа в систему: неверный пароль или неизвестное имя пользователя.')).toBe('wrong-password');
    expect(alone('Ошибка входа в систему: достигнут предел количества подключений.')).toBe('too-many-sessions');
    // Near misses: a web service's login answer with no label; a bot's limit (no connections).
    expect(alone('Неизвестное имя пользователя или неверный пароль')).toBeUndefined();
    expect(alone('Ошибка входа в систему: достигнут предел количества модераторов')).toBeUndefined();
  });

  it('reads the licence store and the connection ended by their own terms and reasons', () => {
    expect(alone('客户端报错「许可存储创建被拒绝」')).toBe('license-store');
    expect(alone('许可证存储读写失败：拒绝访问')).toBeUndefined();
    expect(alone('提示：由于网络错误，连接被结束')).toBe('disconnects');
    expect(alone('连接被结束')).toBeUndefined();
    expect(alone('서버에 대한 원격 액세스를 사용할 수 없음')).toBe('remote-access-off');
    expect(alone('로컬 컴퓨터에서 원격 액세스를 사용할 수 없으므로 명령이 실패 합니다.')).toBeUndefined();
  });

  it('reads the user name or password said wrong only in a paste about Remote Desktop, a Korean negation kept', () => {
    // Microsoft's Korean AVD page: "사용자 이름 또는 암호가 정확하지 않음" is the password wrong, not vouched for.
    expect(concepts('원격 데스크톱: 사용자 이름 또는 암호가 정확하지 않음')).toContain('wrong-password');
    expect(concepts('원격 데스크톱: 암호가 정확합니다, 그런데 접속이 안 됩니다')).not.toContain('wrong-password');
    // Every login page prints the same words: alone they are not the dialog.
    expect(alone('ユーザー名またはパスワードが正しくありません')).toBeUndefined();
    // The connection timed out, an idle time limit's twin read as that limit.
    expect(concepts('リモート デスクトップで接続しようとすると接続がタイムアウトしました')).toContain('timed-out');
    expect(concepts('远程桌面: 空闲会话超时后自动注销')).not.toContain('timed-out');
  });

  it("reads the right said missing or removed in a paste about Remote Desktop, not a folder's permission", () => {
    expect(concepts('リモート デスクトップ: ユーザーのグループから権限が削除された')).toContain('no-logon-right');
    expect(concepts('リモート デスクトップ: このフォルダへのアクセス権限がない')).not.toContain('no-logon-right');
  });

  it('reads the licence server said none available, and the server identity not verified', () => {
    // The Chinese Web Connection's "没有…许可证服务器可以提供许可证", and the licence server merely named (no failure).
    expect(concepts('远程桌面: 没有可用的远程桌面授权服务器')).toContain('license-server');
    expect(concepts('远程桌面: 如何安装授权服务器')).not.toContain('license-server');
    // The client's identity prompt as Chinese pages quote it; a browser's certificate is not Remote Desktop's.
    expect(concepts('远程桌面连接时提示无法验证此远程计算机的身份')).toContain('certificate');
    expect(concepts('浏览器提示网站的证书不受信任')).toEqual([]);
  });
});

describe("round 34: a space between two Chinese characters ends a clause (the dialog's lines pasted on one)", () => {
  it("the credentials dialog's two lines on one line, or on two", () => {
    for (const paste of ['您的凭据不工作 登录没有成功', '你的凭据不起作用\n登录没有成功'])
      expect(dialogClause(paste.replace(/\s+/g, ' '))?.concept, paste).toBe('wrong-password');
  });
  it('near miss: a question before the space still asks; Japanese spaces around katakana do not cut', () => {
    expect(dialogClause('为什么 我的凭据不起作用')).toBeUndefined();
    expect(dialogClause('リモート デスクトップ の 資格情報 が 機能しませんでした 理由')).toBeUndefined();
  });
});
