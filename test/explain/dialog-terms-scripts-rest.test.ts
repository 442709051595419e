/**
 * Round 31 (r31-h62a, issue 60), the slow twin of dialog-terms-scripts.test.ts: the whole answers. A clause of a
 * term and a predicate read alone or in a paste about Remote Desktop gives its concept's cause first; the near misses
 * (another product, a question, a condition, a disconnection another reason explains) give none of it.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { licensingClientCache } from '../../patterns/licensing-client-cache.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { concepts } from '../helpers/described-said.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

const first = (text: string) => causeIds(answerOrRefused(text))[0];

describe('round 31: a term and a predicate of one concept, the answers', () => {
  it("answers the credentials' dialog in each version's words with a wrong password", () => {
    expect(first('您的凭据无法工作')).toBe(authBadCredentials.id);
    expect(first('자격 증명이 작동하지 않았습니다')).toBe(authBadCredentials.id);
    expect(first('每次登录都弹出“您的凭据不起作用”，换了密码也一样')).toBe(authBadCredentials.id);
    expect(concepts('因应用凭据不工作而无法保存配置')).toEqual([]);
    expect(concepts('그러지 않으면 자격 증명이 작동하지 않습니다.')).toEqual([]);
  });

  it("leaves a localized dialog's words in another page's question or condition unread, not in a Remote Desktop paste", () => {
    // The elastic database FAQ's question and Data Factory's condition: no answer (the CLI's refusal).
    expect(
      answerOrRefused('Почему мои учетные данные не работают при добавлении сегмента с другого сервера?'),
    ).toBeUndefined();
    expect(answerOrRefused('그러지 않으면 자격 증명이 작동하지 않습니다.')).toBeUndefined();
    // Twins: a user's question about Remote Desktop, and the dialog's own text.
    expect(first('Почему при подключении к удаленному рабочему столу учетные данные не работают?')).toBe(
      authBadCredentials.id,
    );
    expect(first('Ошибка безопасности Windows: учетные данные не работают.')).toBe(authBadCredentials.id);
  });

  it('answers the Win32 logon texts behind their label, and nothing without it', () => {
    expect(first('Ошибка входа в систему: неверный пароль или неизвестное имя пользователя.')).toBe(
      authBadCredentials.id,
    );
    expect(first('Ошибка входа в систему: достигнут предел количества подключений.')).toBe(sessionLimit.id);
    expect(concepts('Ошибка входа в систему: достигнут предел количества модераторов')).toEqual([]);
    expect(concepts('Пользователь уже подключен к чату')).toEqual([]);
  });

  it('answers the licence store, the network error and the remote access by their causes', () => {
    expect(first('客户端报错「许可存储创建被拒绝」')).toBe(licensingClientCache.id);
    expect(first('远程桌面客户端：许可证存储的创建失败，请以管理员身份运行')).toBe(licensingClientCache.id);
    expect(concepts('许可证存储读写失败：拒绝访问')).toEqual([]);
    expect(first('提示：由于网络错误，连接被结束')).toBe(networkDropped.id);
    expect(causeIds(answerOrRefused('远程桌面：由于协议错误，这个会话将被中断'))).not.toContain(networkDropped.id);
    expect(concepts('由于网络错误，充值失败')).toEqual([]);
    expect(first('원격 데스크톱 오류 1. 서버에 대한 원격 액세스를 사용할 수 없음')).toBe(networkUnreachable.id);
    expect(concepts('로컬 컴퓨터에서 원격 액세스를 사용할 수 없으므로 명령이 실패 합니다.')).toEqual([]);
  });
});
