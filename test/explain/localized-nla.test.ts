/**
 * The "Network Level Authentication required" notice in Japanese (localized-nla.ts, issue 60, round 29): the older
 * katakana spelling a cloud provider's Japanese help quotes and the newer one Microsoft writes today are both read as
 * the English notice is (CredSSP/NLA). Near miss: another program asking for network-level authentication, with no
 * "not supported", is not the notice.
 */
import { describe, expect, it } from 'vitest';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

describe('NLA required, in Japanese', () => {
  it.each([
    'リモート デスクトップ接続: リモート コンピューターには、お使いのコンピューターでサポートされていないネットワーク レベル認証が必要です。',
    'mstsc で接続すると「リモートコンピュータには、お使いのコンピュータでサポートされていないネットワークレベルの認証が必要です」と表示される',
  ])('reads the notice: "%s"', (paste) => {
    expect(causeIds(paste)[0]).toBe(credsspNla.id);
  });

  it('leaves an instruction that only requires network-level authentication (near miss)', () => {
    expect(causeIds(answerOrRefused('このアプリではネットワークレベルの認証が必要です。設定してください。'))).toEqual(
      [],
    );
  });
});
