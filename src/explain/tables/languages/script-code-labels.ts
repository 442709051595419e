/**
 * The Remote Desktop dialog's "Error code" and "Extended error code" labels in Chinese, Japanese, Korean and Thai
 * (issue 60, round 28): a number after them is the dialog's code, as after the English labels, though written with
 * no space ("错误代码2055"), a full-width colon ("エラーコード：0x904"), a copula ("错误代码是 2055", "エラーコードは
 * 516") or the label's own spaces left out or added ("エラー コード" / "エラーコード", "오류 코드" / "오류코드"). The paste
 * reader reads the English labels (paste-reader.ts): these are written as them first (`englishCodeLabels`), so that
 * a decimal after them is no year ("2055: a year") and a number no word called a code is read in the dialog's table.
 *
 * Each label with the page that shows it before a code, in the text quoted from it: the dialog as a user copied it
 * (Ctrl+C on the dialog copies its labels), or Microsoft's own term in that language.
 */
import type { LocalizedLanguage } from './localized-wording.js';

export interface ScriptCodeLabel {
  readonly language: Extract<LocalizedLanguage, 'zh' | 'zh-TW' | 'ja' | 'ko' | 'th'>;
  /** The label as the page writes it (its spaces optional when matched). */
  readonly label: string;
  readonly english: 'Error code' | 'Extended error code';
  /** The page's text that holds the label. */
  readonly quoted: string;
  readonly source: string;
}

const TELEPORT_ZH =
  'https://github.com/tp4a/teleport/issues/280 (a user pasting the Chinese Remote Desktop Connection dialog, its labels as Ctrl+C copies them)';
const QIITA_JA =
  'https://qiita.com/mtmana/items/424579c1b9738c7a18c1 (a user quoting the Japanese dialog after a PC rename)';
const TISTORY_KO =
  'https://42jerrykim.github.io/post/2025-04-02-remote-desktop-windows-remote-desktop-app-ssh-tunnel-connection-error-0x516-cause-and-solution (a user quoting the Korean Windows App dialog)';
const CPP_DOCS_ZH_TW =
  "https://github.com/wjcx-zh/cpp-docs.zh-tw/blob/HEAD/docs/mfc/reference/cdaoexception-class.md (Microsoft's zh-TW documentation: its terms for an error code and an extended error code)";
const ALCHEMY_TH =
  'https://github.com/isabella232/OfficeDocs-AlchemyInsights-pr.th-TH/blob/HEAD/AlchemyInsights/error-code-0x15.md (Microsoft\'s Thai title for "Error code 0x15")';

export const SCRIPT_CODE_LABELS: readonly ScriptCodeLabel[] = [
  {
    language: 'zh',
    label: '扩展错误代码',
    english: 'Extended error code',
    quoted: '错误代码： 0x904 扩展错误代码： 0x7',
    source: TELEPORT_ZH,
  },
  { language: 'zh', label: '错误代码', english: 'Error code', quoted: '错误代码： 0x904', source: TELEPORT_ZH },
  {
    language: 'zh-TW',
    label: '延伸錯誤碼',
    english: 'Extended error code',
    quoted: '包含 MFC 延伸錯誤碼。',
    source: CPP_DOCS_ZH_TW,
  },
  {
    language: 'zh-TW',
    label: '錯誤碼',
    english: 'Error code',
    quoted: '|`m_lErrorCode`|錯誤碼|DAO 錯誤程式碼|',
    source: CPP_DOCS_ZH_TW,
  },
  {
    language: 'ja',
    label: '拡張エラーコード',
    english: 'Extended error code',
    quoted: 'エラーコード: 0x904 拡張エラーコード: 0x7',
    source: QIITA_JA,
  },
  { language: 'ja', label: 'エラーコード', english: 'Error code', quoted: 'エラーコード: 0x904', source: QIITA_JA },
  {
    language: 'ko',
    label: '확장 오류 코드',
    english: 'Extended error code',
    quoted: '오류 코드: 0x516, 확장 오류 코드: 0x0',
    source: TISTORY_KO,
  },
  { language: 'ko', label: '오류 코드', english: 'Error code', quoted: '오류 코드: 0x516', source: TISTORY_KO },
  { language: 'th', label: 'รหัสข้อผิดพลาด', english: 'Error code', quoted: 'รหัสข้อผิดพลาด 0x15', source: ALCHEMY_TH },
];

/**
 * What may stand between a label and its number: blanks, a colon (half- or full-width), an equals sign, or the copula
 * of the label's language ("是"/"为"/"為", "は", "는"/"은", "คือ"); a few of them (bounded: a run of blanks costs its length
 * once, the paste read linearly).
 */
const BETWEEN = String.raw`([\s:：=]{0,6})(?:是|为|為|は|는|은|คือ)?([\s:：=]{0,6})`;

/** @cache the labels' expressions, longest first (an extended label holds the plain one): built once. */
const LABEL_RES: readonly { readonly re: RegExp; readonly english: string }[] = [...SCRIPT_CODE_LABELS]
  .sort((a, b) => b.label.length - a.label.length)
  .map((l) => ({
    // The label's own spaces optional, and spaces between its characters allowed ("エラー コード", "오류코드").
    re: new RegExp(
      `${[...l.label.replace(/\s+/gu, '')].map((c) => c.replace(/[\\^$*+?()[\]{}|.]/g, '\\$&')).join(String.raw`\s?`)}${BETWEEN}(?=(?:0[xX])?[0-9０-９]|-[0-9])`,
      'gu',
    ),
    english: l.english,
  }));

/**
 * A paste's Chinese, Japanese, Korean and Thai code labels before a number written as the English ones ("错误代码：2055"
 * as " Error code：2055", "错误代码是 2055" as " Error code 2055"): the paste reader reads the number as the dialog's code,
 * as it does after "Error code".
 */
export function englishCodeLabels(text: string): string {
  let out = text;
  // The separator kept as typed (a colon makes a `Label: value` line, as in English), the copula read as a blank.
  for (const { re, english } of LABEL_RES)
    out = out.replace(re, (_all, before: string, after: string) => ` ${english}${before + after || ' '}`);
  return out;
}
