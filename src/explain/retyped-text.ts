/**
 * A known text as a user retyped it or as it reached the paste through the wrong code page (issue 60, round 32,
 * h64d): read as the text it was, said so. Only a paste no other reading answers is read so (explain-code.ts), and
 * only when the text repaired reads a known sentence or concept; the repair is one rule per class of change, each
 * bounded and linear in the paste:
 *
 * - **HTML character references** ("&#12522;&#12514;…", a feed that escaped every character): decoded, when the
 *   paste holds at least three of them (HTML Living Standard, "Character references",
 *   https://html.spec.whatwg.org/multipage/syntax.html#character-references).
 * - **Mojibake**, a text decoded with the wrong code page (the WHATWG Encoding Standard's single-byte indexes,
 *   https://encoding.spec.whatwg.org/index-windows-1252.txt, index-windows-1251.txt, index-ibm866.txt):
 *   UTF-8 shown as Windows-1252 or Latin-1 ("ConexÃµes", "Ð£Ð´Ð°Ð»ÐµÐ½"), read back as UTF-8 when every byte
 *   decodes; Cyrillic in Windows-1251 shown as Latin-1 ("Óäàëåííûé"), and Cyrillic in the console's CP866 shown as
 *   Windows-1252 (`chcp` output: "“¤ «¥­­ë©"), read back when every byte above 0x7F is a Cyrillic letter of that
 *   code page. Each only where the paste shows the pattern twice or more, and never on a text that already holds the
 *   script the repair would give.
 * - **Full-width forms** (Ｅｒｒｏｒ, ：): read as their ASCII letters (Unicode's compatibility mapping, NFKC,
 *   https://unicode.org/reports/tr15/); typographic quotes as straight ones.
 * - **A machine translation's garble** of Microsoft's 2017 localized Azure articles, where "the" became "hello" and
 *   "to X" became "tooX" ("hello remote session was disconnected … available tooprovide a license", the
 *   MicrosoftDocs/azure-docs.*-* repositories' troubleshoot-specific-rdp-errors articles): "tooX" read as "to X" when X
 *   is a word of the tables or a function word, "hello" between two words read as "the".
 * - **A word slipped** (a letter dropped, doubled, swapped or changed: "Disconnet", "acces", "conection"), **two
 *   words run together or one split** ("Remotedesktop", "connec tion"), **a screenshot's OCR** ("rn" for "m", "I"
 *   for "l", "0" for "o", as Tesseract's documented confusions, https://tesseract-ocr.github.io/tessdoc/ImproveQuality.html):
 *   a word of the paste that no table text holds is read as the one word of the tables' texts one change away
 *   (Damerau's single edit; the index of every word's deletions is built once, each paste word costs a bounded number
 *   of lookups). Never a word of four letters or fewer, never a change of its first letter but by an OCR confusion,
 *   never two candidates of different spellings, never a word that gains or loses a negation or its negating prefix
 *   ("enabled" is never "unabled", "licensed" never "unlicensed").
 * - **A katakana word typed with its voicing mark dropped or added** ("ロクイン" for "ログイン", an IME slip): a
 *   katakana run the Japanese rows' katakana words do not make, made of them with one kana's ゛ toggled (Unicode's
 *   canonical composition of the combining voiced sound mark U+3099, https://unicode.org/reports/tr15/).
 */
import { LOCALIZED_SENTENCES, foldText } from './tables/languages/localized.js';
import { KNOWN_SENTENCES } from './tables/sentences/sentences.js';
import { negationsIn } from './tables/languages/language-words.js';
import { negations } from './tables/approximate/nearest-text.js';
import { repairKana, repairWords, vocabulary } from './retyped-words.js';

/** A paste read as retyped: the text repaired and what was repaired, in words. */
export interface RetypedText {
  readonly text: string;
  readonly said: readonly string[];
}

/** A paste longer than this is no retyped text (a log or a page): never repaired. */
const MAX_CHARS = 4000;

/** The text repaired, or nothing when no rule changes it. */
export function repairRetyped(pasted: string): RetypedText | undefined {
  if (pasted.length > MAX_CHARS) return undefined;
  const said: string[] = [];
  let text = decodeReferences(pasted, said);
  text = repairMojibake(text, said);
  text = widthAndQuotes(text, said);
  text = ungarble(text, said);
  text = repairWords(text, said);
  text = repairKana(text, said);
  return said.length > 0 && text !== pasted ? { text, said } : undefined;
}

/** HTML's numeric character references, three or more of them: the characters. */
function decodeReferences(text: string, said: string[]): string {
  const refs = text.match(/&#(?:\d{2,7}|x[0-9a-f]{2,6});/gi);
  if (!refs || refs.length < 3) return text;
  const out = text.replace(
    /&#(?:(\d{2,7})|x([0-9a-f]{2,6}));/gi,
    (m, dec: string | undefined, hex: string | undefined) => {
      const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
      return code > 0x1f && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    },
  );
  if (out !== text) said.push('its HTML character references (&#…;) read as the characters they stand for');
  return out;
}

/** Windows-1252's bytes 0x80–0x9F (WHATWG index-windows-1252); the others are Latin-1's. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** @cache a character as the byte Windows-1252 (or Latin-1, for 0x80–0x9F) shows it as. */
const BYTE_OF = new Map<string, number>([
  ...[...CP1252_HIGH].map((c, i) => [c, 0x80 + i] as const),
  ...Array.from({ length: 0x80 }, (_, i) => [String.fromCharCode(0x80 + i), 0x80 + i] as const),
]);

/** The bytes a text was shown from, or nothing when a character is no single byte of those code pages. */
function shownBytes(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const byte = code < 0x80 ? code : BYTE_OF.get(ch);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

/** UTF-8's lead byte shown as a Latin letter, then a continuation byte shown as Windows-1252 or Latin-1 shows it. */
const UTF8_SHOWN =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/gu;
/** A word of Windows-1251 Cyrillic shown as Latin-1: four or more letters, every one of them above 0xBF. */
const CP1251_SHOWN = /(?<![\p{L}])[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{4,}(?![\p{L}])/gu;
/** A word of CP866 Cyrillic shown as Windows-1252: its letters' bytes 0x80–0xAF and 0xE0–0xF1. */
const CP866_SHOWN = new RegExp(
  `(?<![\\p{L}])[${CP1252_HIGH}\\u00a0-\\u00af\\u00e0-\\u00f1]{4,}(?![\\p{L}\\u00b0-\\u00df])`,
  'gu',
);

/** A text decoded with the wrong code page, read back (see the rule above). */
function repairMojibake(text: string, said: string[]): string {
  if (!/[\u0080-\u00ff\u0152-\u2122]/u.test(text)) return text;
  if ((text.match(UTF8_SHOWN)?.length ?? 0) >= 2) {
    const bytes = shownBytes(text);
    const utf8 = bytes && decodeUtf8(bytes);
    if (utf8 !== undefined && utf8 !== text) {
      said.push('its text read as UTF-8 shown in Windows-1252 (mojibake such as "Ã£" for "ã")');
      return utf8;
    }
  }
  if (/[\u0400-\u04ff]/u.test(text)) return text;
  if ((text.match(CP1251_SHOWN)?.length ?? 0) >= 2) {
    const cyrillic = cyrillicFrom(text, CP1251_LETTER);
    if (cyrillic) {
      said.push('its text read as Cyrillic in Windows-1251 shown as Latin-1');
      return cyrillic;
    }
  }
  if ((text.match(CP866_SHOWN)?.length ?? 0) >= 2) {
    const cyrillic = cyrillicFrom(text, CP866_LETTER);
    if (cyrillic) {
      said.push("its text read as Cyrillic in the console's code page 866 shown as Windows-1252");
      return cyrillic;
    }
  }
  return text;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Windows-1251's Cyrillic letters by byte (WHATWG index-windows-1251): А–я at 0xC0–0xFF, Ё 0xA8, ё 0xB8. */
function CP1251_LETTER(byte: number): number | undefined {
  if (byte >= 0xc0) return 0x410 + byte - 0xc0;
  return byte === 0xa8 ? 0x401 : byte === 0xb8 ? 0x451 : undefined;
}

/** CP866's Cyrillic letters by byte (WHATWG index-ibm866): А–п at 0x80–0xAF, р–я 0xE0–0xEF, Ё 0xF0, ё 0xF1. */
function CP866_LETTER(byte: number): number | undefined {
  if (byte >= 0x80 && byte <= 0xaf) return 0x410 + byte - 0x80;
  if (byte >= 0xe0 && byte <= 0xef) return 0x440 + byte - 0xe0;
  return byte === 0xf0 ? 0x401 : byte === 0xf1 ? 0x451 : undefined;
}

/** The text with every byte above 0x7F read as a Cyrillic letter, or nothing when one is none. */
function cyrillicFrom(text: string, letter: (byte: number) => number | undefined): string | undefined {
  const bytes = shownBytes(text);
  if (!bytes) return undefined;
  let out = '';
  for (const byte of bytes) {
    if (byte < 0x80) {
      out += String.fromCharCode(byte);
      continue;
    }
    const code = letter(byte);
    if (code === undefined) return undefined;
    out += String.fromCharCode(code);
  }
  return out;
}

/** Full-width letters, digits and punctuation as ASCII; typographic quotes as straight ones. */
function widthAndQuotes(text: string, said: string[]): string {
  const out = text
    .replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2018\u2019\u201a\u2032]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/gu, '"');
  if (/[\uff01-\uff5e]/u.test(text)) said.push('its full-width characters read as their ASCII forms');
  return out;
}

/** English's function words the garble runs into ("tooprovide", "toohello"): the garble's second word. */
const GARBLED_SECOND = new Set(['the', 'hello', 'a', 'an', 'your', 'you', 'this', 'that', 'it', 'be', 'use']);

/** The machine translation's "tooX" and "hello" read as "to X" and "the" (see the rule above). */
function ungarble(text: string, said: string[]): string {
  let changed = false;
  let out = text.replace(/\btoo(\p{L}{1,24})\b/gu, (m, rest: string) => {
    const known = GARBLED_SECOND.has(rest.toLowerCase()) || vocabulary().words.has(foldText(rest));
    if (!known) return m;
    changed = true;
    return `to ${rest}`;
  });
  out = out.replace(/(\p{L}[\p{L}'"]* +|^\[?|\bto )hello(?= +["\p{L}])/gmu, (_m, before: string) => {
    changed = true;
    return `${before}the`;
  });
  if (changed) said.push('"hello" read as "the" and "tooX" as "to X", the garble of a machine-translated article');
  return out;
}

/**
 * A repaired text read as a row keeps the row's negations: a row whose every quoted text says "not" more often than
 * the repaired paste is not what the paste says ("… which your computer does support" is no NLA dialog, whatever
 * pattern reads it), so a repair is never the step that makes a turned meaning read as the row.
 */
export function keepsNegations(repaired: string, sentence: string, language: string | undefined): boolean {
  const lang = language ?? 'en';
  const quotes =
    lang === 'en'
      ? KNOWN_SENTENCES.filter((s) => s.id === sentence).flatMap((s) =>
          [...s.what.matchAll(/["\u201c]([^"\u201c\u201d]{12,400})["\u201d]/gu)].map((m) => m[1] ?? ''),
        )
      : LOCALIZED_SENTENCES.filter((w) => w.sentence === sentence && w.language === lang).map((w) => w.quoted);
  if (quotes.length === 0) return true;
  const said = lang === 'en' ? negations(repaired) : negationsIn(repaired, lang);
  return quotes.some((q) => (lang === 'en' ? negations(q) : negationsIn(q, lang)) <= said);
}
