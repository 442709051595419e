/**
 * The Remote Desktop client's "The remote computer requires Network Level Authentication, which your computer does not
 * support" in Japanese (issue 60, round 29), in the shape of localized.ts (`LocalizedWording`, spread into its
 * LOCALIZED_SENTENCES), naming sentences.ts's `nla-required` so that its meaning, code and causes are that sentence's.
 * No Microsoft ja-jp page quotes it: Tencent Cloud's Japanese help on the notice (a Windows instance whose client
 * lacks CredSSP) does, in the older spelling Microsoft's Japanese style used for katakana words ("コンピュータ", no
 * final long-vowel mark) and without a space in "ネットワークレベル"; the newer spelling ("コンピューター",
 * "ネットワーク レベル認証") is read too. One page only (`publicQuote`, `also` empty: the answer says so). Read by the
 * clause that requires network-level authentication the computer does not support: another product's "network-level
 * authentication is required" (an instruction, no "サポートされていない") is not it.
 *
 * Only type imports from localized-wording.ts (localized.ts spreads this table into its own: no load-time cycle).
 */
import { type LocalizedWording, wordingIn } from './localized-wording.js';

const ja = wordingIn('ja');

export const NLA_REQUIRED_R29: readonly LocalizedWording[] = [
  ja(
    'nla-required',
    'リモートコンピュータには、お使いのコンピュータでサポートされていないネットワークレベルの認証が必要です。',
    [
      ['サポートされていない', 'サポートされません'],
      [
        'ネットワークレベルの認証が必要',
        'ネットワーク レベルの認証が必要',
        'ネットワーク レベル認証が必要',
        'ネットワークレベル認証が必要',
      ],
    ],
    {
      url: 'https://intl.cloud.tencent.com/jp/document/product/213/32421',
      file: "not a Microsoft page: Tencent Cloud's Japanese help on a Windows instance that shows the notice (its fix: add tspkg and credssp.dll to the client's security packages)",
      publicQuote: { also: [] },
    },
  ),
];
