/**
 * A disconnection a sentence gives a licence as its reason (described-languages.ts UNLESS_IN_SENTENCE, issue 60,
 * round 26): in Japanese, Chinese, Korean and Russian the drop word ("切断され", "断开", "연결이 끊") is the licensing's when its
 * sentence names the licence, even in the clause before ("…ライセンス サーバーがないため、…切断されました"), so no
 * connection dropping is read there; the licence's own words lead where the tables know them. A true twin: the drop
 * with the licence said fine in another sentence is still a connection dropping.
 */
import { describe, expect, it } from 'vitest';
import { licensingGraceExpired } from '../../patterns/licensing-grace-expired.js';
import { networkDropped } from '../../patterns/network-dropped.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

const LICENCE_REASON = [
  'リモート デスクトップのライセンスの期限が切れたため、セッションが切断されました。',
  '由于没有许可证服务器，远程桌面连接被断开了。',
  '因为远程桌面授权过期，连接断开了',
  '라이선스 서버가 없어서 원격 데스크톱 연결이 끊어졌습니다.',
  'Удаленный рабочий стол отключается, потому что истекла лицензия.',
];

describe('a disconnection whose sentence names the licence', () => {
  it.each(LICENCE_REASON)('is not read as a connection dropping: "%s"', (paste) => {
    expect(causeIds(answerOrRefused(paste)), paste).not.toContain(networkDropped.id);
  });

  it('lets the licence lead where its words are known', () => {
    expect(causeIds('因为远程桌面授权过期，连接断开了')[0]).toBe(licensingGraceExpired.id);
  });

  it('still reads the drop where the licence is said fine in another sentence (true twin)', () => {
    expect(causeIds('リモート デスクトップがよく切断されます。ライセンスは問題ありません')).toContain(
      networkDropped.id,
    );
    expect(causeIds('远程桌面经常断开。')).toContain(networkDropped.id);
    expect(causeIds('Удаленный рабочий стол отключается каждые 10 минут. Лицензия в порядке.')).toContain(
      networkDropped.id,
    );
  });
});
