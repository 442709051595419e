/**
 * Round 31 (r31-h62a, issue 60): a localized dialog's words only inside another page's question or condition are
 * not the dialog (tables/sentences/asked-wording.ts): a database FAQ's "Почему мои учетные данные не работают
 * …?", a service's "그러지 않으면 자격 증명이 작동하지 않습니다" (otherwise the credentials will not work). True twins: the
 * dialog's own text, a concession ("場合でも", even if: the failure seen), the dialog quoted after "if users get".
 * The whole answers in dialog-terms-scripts-rest.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { askedOrSupposed } from '../../src/explain/tables/sentences/asked-wording.js';

describe('round 31: a dialog quoted in a question or a condition', () => {
  it('finds the words inside a question or after a condition', () => {
    expect(
      askedOrSupposed('почему мои учетные данные не работают при добавлении сегмента с другого сервера?', [
        'учетные данные не работают',
      ]),
    ).toBe(true);
    expect(
      askedOrSupposed('확인합니다. 그러지 않으면 자격 증명이 작동하지 않습니다.', ['자격 증명이 작동하지 않습니다']),
    ).toBe(true);
    expect(askedOrSupposed('为什么我的凭据不起作用', ['凭据不起作用'])).toBe(true);
  });

  it('keeps the dialog itself, a concession and the dialog quoted', () => {
    expect(
      askedOrSupposed('ошибка безопасности windows: учетные данные не работают.', ['учетные данные не работают']),
    ).toBe(false);
    expect(
      askedOrSupposed(
        'パスワードとidが正しい場合でも下図のダイアログ お使いの資格情報は機能しませんでした が表示され',
        ['お使いの資格情報は機能しませんでした'],
      ),
    ).toBe(false);
    expect(
      askedOrSupposed('如果使用者可以獲得「已收到未預期的伺服器驗證憑證」錯誤訊息', ['未預期的伺服器驗證憑證']),
    ).toBe(false);
  });
});
