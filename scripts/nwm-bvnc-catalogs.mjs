#!/usr/bin/env node
/**
 * Regenerates src/explain/tables/languages/nwm-bvnc-catalogs-data.ts from two more Remote Desktop clients' translation
 * catalogs (issue 60), each message taken by the catalog's own key:
 *
 * - NETworkManager (BornToBeRoot/NETworkManager): Source/NETworkManager.Localization/Resources/Strings.<lang>.resx, the
 *   `RemoteDesktopDisconnectReason_*` texts; Source/NETworkManager/Controls/RemoteDesktopControl.xaml.cs's
 *   GetDisconnectReason maps each key to the ActiveX control's disconnect reason (its `discReason` number), read in
 *   patterns/codes/mstsc-disconnect-reasons.ts.
 * - aRDP / bVNC (iiordanov/remote-desktop-clients): bVNC/src/main/res/values-<lang>/strings.xml, the `error_rdp_*`
 *   texts that bVNC/src/main/java/com/iiordanov/bVNC/input/RemoteCanvasHandler.java shows for the RDP library's
 *   messages (RDP_AUTH_FAILED, RDP_UNABLE_TO_CONNECT, RDP_CONNECT_FAILURE).
 * - Spark View (its HTML5 client as beyondssl/sparkview-container ships it): SparkView/html/strings-<lang>.js, the
 *   `errorCode` texts keyed by the server's Set Error Info code in hexadecimal ('5', 'A', '102'; rdp_min.js shows
 *   `__svi18n.errorCode[code]`), read in patterns/codes/mstsc-extended-reasons.ts; the keys after them ('connection',
 *   'S0', …) are the gateway's own, not read.
 *
 * Each row: the key, the code it stands for (NETworkManager), the language, the translator's text, the English text of
 * the same key, the catalog file. A translation left as the English text (the catalog's fallback) is not a row.
 *
 *   node scripts/nwm-bvnc-catalogs.mjs <NETworkManager checkout> <remote-desktop-clients checkout> <sparkview-container checkout>
 *
 * Each checkout is a directory holding the repository's files, or a bare git directory (read at HEAD).
 */
import { writeFileSync } from 'node:fs';
import { reader } from './checkout-reader.mjs';

/** NETworkManager's resx files by the reader's language tag (lb-LU: Luxembourgish, a language the reader lacks). */
const NWM_LANGUAGES = {
  'cs-CZ': 'cs',
  'de-DE': 'de',
  'es-ES': 'es',
  fa_IR: 'fa',
  'fr-FR': 'fr',
  'hu-HU': 'hu',
  'it-IT': 'it',
  'ja-JP': 'ja',
  'ko-KR': 'ko',
  'nl-NL': 'nl',
  'pl-PL': 'pl',
  'pt-BR': 'pt',
  'ru-RU': 'ru',
  'sl-SI': 'sl',
  'sv-SE': 'sv',
  'uk-UA': 'uk',
  'zh-CN': 'zh',
  'zh-TW': 'zh-TW',
};
/**
 * bVNC's values-<qualifier> folders by the reader's tag (Android's old codes: in = Indonesian, iw = Hebrew; pt is
 * Portugal's, pt-rBR Brazil's). Folders in languages the reader lacks (af, bn, cy, fil, gu, is, kn, ml, mr, ne, sr,
 * sw, te, ur, vi, zu) are not read.
 */
const BVNC_LANGUAGES = {
  ar: 'ar',
  bg: 'bg',
  ca: 'ca',
  cs: 'cs',
  da: 'da',
  de: 'de',
  el: 'el',
  es: 'es',
  et: 'et',
  fa: 'fa',
  fi: 'fi',
  fr: 'fr',
  hi: 'hi',
  hr: 'hr',
  hu: 'hu',
  in: 'id',
  it: 'it',
  iw: 'he',
  ja: 'ja',
  ko: 'ko',
  ms: 'ms',
  nb: 'nb',
  nl: 'nl',
  pl: 'pl',
  'pt-rBR': 'pt',
  pt: 'pt-PT',
  ro: 'ro',
  ru: 'ru',
  sk: 'sk',
  sl: 'sl',
  sv: 'sv',
  ta: 'ta',
  th: 'th',
  tr: 'tr',
  uk: 'uk',
  'zh-rCN': 'zh',
  'zh-rTW': 'zh-TW',
};
/** bVNC's RDP error keys (RemoteCanvasHandler.java shows each for the RDP library's message of that name). */
const BVNC_KEYS = ['error_rdp_authentication_failed', 'error_rdp_unable_to_connect', 'error_rdp_connection_failed'];

const NWM_RES = 'Source/NETworkManager.Localization/Resources';
const NWM_SWITCH = 'Source/NETworkManager/Controls/RemoteDesktopControl.xaml.cs';
const BVNC_RES = 'bVNC/src/main/res';

const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unxml = (text) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e) => XML_ENTITIES[e]);

/** A resx file's `<data name=…><value>…</value>` texts by name. */
function resxValues(text) {
  const out = new Map();
  for (const m of text.matchAll(/<data name="([^"]{1,120})"[^>]{0,80}>\s{0,40}<value>([^<]{0,2000})<\/value>/g))
    out.set(m[1], unxml(m[2]).replace(/\s+/g, ' ').trim());
  return out;
}

/** An Android strings.xml's texts by name (quotes around the text dropped, `\'` and `\"` unescaped). */
function androidStrings(text) {
  const out = new Map();
  for (const m of text.matchAll(/<string name="([a-z_0-9]{1,80})"[^>]{0,80}>([^<]{0,2000})<\/string>/g))
    out.set(
      m[1],
      unxml(m[2])
        .replace(/^"|"$/g, '')
        .replace(/\\(['"])/g, '$1')
        .replace(/\\n/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  return out;
}

/** NETworkManager's GetDisconnectReason: `<number> => Strings.RemoteDesktopDisconnectReason_<name>`. */
function nwmCodes(source) {
  const out = new Map();
  for (const m of source.matchAll(/(\d{1,9}) => Strings\.(RemoteDesktopDisconnectReason_\w{1,60}),/g))
    out.set(m[2], Number(m[1]));
  return out;
}

function nwmRows(repo) {
  const codes = nwmCodes(repo.read(NWM_SWITCH) ?? '');
  const english = resxValues(repo.read(`${NWM_RES}/Strings.resx`) ?? '');
  const rows = [];
  for (const [key, code] of codes) {
    const en = english.get(key);
    if (!en) continue;
    rows.push({ app: 'networkmanager', key, code, language: 'en', text: en, source: `${NWM_RES}/Strings.resx` });
    for (const [file, language] of Object.entries(NWM_LANGUAGES)) {
      const path = `${NWM_RES}/Strings.${file}.resx`;
      const text = resxValues(repo.read(path) ?? '').get(key);
      if (!text || text === en) continue;
      rows.push({ app: 'networkmanager', key, code, language, text, source: path });
    }
  }
  return rows;
}

function bvncRows(repo) {
  const english = androidStrings(repo.read(`${BVNC_RES}/values/strings.xml`) ?? '');
  const rows = [];
  for (const key of BVNC_KEYS) {
    const en = english.get(key);
    if (!en) continue;
    rows.push({ app: 'bvnc', key, language: 'en', text: en, source: `${BVNC_RES}/values/strings.xml` });
    for (const [folder, language] of Object.entries(BVNC_LANGUAGES)) {
      const path = `${BVNC_RES}/values-${folder}/strings.xml`;
      const text = androidStrings(repo.read(path) ?? '').get(key);
      if (!text || text === en) continue;
      rows.push({ app: 'bvnc', key, language, text, source: path });
    }
  }
  return rows;
}

/** Spark View's strings files by the reader's tag. */
const SPARK_LANGUAGES = { de: 'de', es: 'es', 'zh-CN': 'zh', 'zh-TW': 'zh-TW' };
const SPARK_RES = 'SparkView/html';

/** A strings file's `errorCode` texts keyed by a hexadecimal code, up to its first key that is no code. */
function sparkErrorCodes(text) {
  const out = new Map();
  const start = text.indexOf('errorCode: {');
  if (start < 0) return out;
  for (const line of text.slice(start + 12).split('\n')) {
    const m = /^\s{0,40}'([^']{1,20})':\s{0,4}(['"])(.{0,600})\2,?\s{0,4}(?:\/\/.{0,200})?$/.exec(line);
    if (!m) {
      if (/^\s{0,40}\/\//.test(line) || line.trim() === '') continue;
      break;
    }
    if (!/^[0-9A-F]{1,3}$/.test(m[1])) break;
    out.set(
      m[1],
      m[3]
        .replace(/\\(['"])/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  return out;
}

function sparkRows(repo) {
  const english = sparkErrorCodes(repo.read(`${SPARK_RES}/strings-en.js`) ?? '');
  const rows = [];
  for (const [key, en] of english) {
    const code = Number.parseInt(key, 16);
    rows.push({ app: 'sparkview', key, code, language: 'en', text: en, source: `${SPARK_RES}/strings-en.js` });
    for (const [file, language] of Object.entries(SPARK_LANGUAGES)) {
      const path = `${SPARK_RES}/strings-${file}.js`;
      const text = sparkErrorCodes(repo.read(path) ?? '').get(key);
      if (!text || text === en) continue;
      rows.push({ app: 'sparkview', key, code, language, text, source: path });
    }
  }
  return rows;
}

const chunks = (list, size) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_v, i) => list.slice(i * size, (i + 1) * size));

const [nwmDir, bvncDir, sparkDir] = process.argv.slice(2);
if (!nwmDir || !bvncDir || !sparkDir) {
  console.error(
    'usage: node scripts/nwm-bvnc-catalogs.mjs <NETworkManager> <remote-desktop-clients> <sparkview-container>',
  );
  process.exit(2);
}
const nwm = reader(nwmDir);
const bvnc = reader(bvncDir);
const spark = reader(sparkDir);
const rows = [...nwmRows(nwm), ...bvncRows(bvnc), ...sparkRows(spark)];
const target = new URL('../src/explain/tables/languages/nwm-bvnc-catalogs-data.ts', import.meta.url);
const out = [
  '// Generated by scripts/nwm-bvnc-catalogs.mjs from the catalogs named below: do not edit, regenerate.',
  `export const NWM_COMMIT = '${nwm.commit}';`,
  `export const BVNC_COMMIT = '${bvnc.commit}';`,
  `export const SPARK_COMMIT = '${spark.commit}';`,
  '',
  "/** A message of a catalog in one language, by the catalog's key. */",
  'export interface NwmBvncRow {',
  "  readonly app: 'networkmanager' | 'bvnc' | 'sparkview';",
  '  readonly key: string;',
  '  /** NETworkManager: the disconnect reason its GetDisconnectReason maps the key from. */',
  '  readonly code?: number;',
  "  /** 'en': the catalog's English text of the key. */",
  '  readonly language: string;',
  '  readonly text: string;',
  '  /** The catalog file in its repository. */',
  '  readonly source: string;',
  '}',
  '',
  // In parts of 250 rows: one literal of them all is a union type too complex for the type checker.
  ...chunks(rows, 250).flatMap((part, i) => [
    `const ROWS_${i}: readonly NwmBvncRow[] = [`,
    ...part.map((r) => `  ${JSON.stringify(r)},`),
    '];',
    '',
  ]),
  `export const NWM_BVNC_ROWS: readonly NwmBvncRow[] = [${chunks(rows, 250)
    .map((_p, i) => `...ROWS_${i}`)
    .join(', ')}];`,
  '',
];
writeFileSync(target, out.join('\n'));
console.log(`${rows.length} rows written to ${target.pathname}`);
