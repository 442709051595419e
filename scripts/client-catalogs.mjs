#!/usr/bin/env node
/**
 * Regenerates src/explain/tables/languages/client-catalogs-data.ts from Remmina's and Apache Guacamole's translation catalogs
 * (issue 60): Remmina's po/*.po (FreeRDP/Remmina, the msgids of plugins/rdp/rdp_plugin.c's connection errors) and
 * Guacamole's guacamole/src/main/frontend/src/translations/*.json (apache/guacamole-client, the CLIENT / TUNNEL
 * error texts). Each row: the message, its catalog's language, the translator's text, the catalog file and commit.
 *
 *   node scripts/client-catalogs.mjs <remmina checkout> <guacamole-client checkout>
 *
 * Each checkout is a directory holding the repository's files (or a bare git directory: read at HEAD).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { reader } from './checkout-reader.mjs';

/**
 * Remmina's catalogs, by the language tag the reader knows (src/explain/tables/languages/localized-wording.ts): every po file it
 * ships but its English ones (en_AU, en_GB, en_US) and pt.po (Portuguese of no stated country: pt_BR and pt_PT are
 * read). A variant keeps its own tag (es_VE: es-VE, ca@valencia: ca-valencia, uz@cyrillic: uz-Cyrl).
 */
const REMMINA_LANGUAGES = {
  de: 'de',
  fr: 'fr',
  es: 'es',
  it: 'it',
  pt_BR: 'pt',
  pt_PT: 'pt-PT',
  nl: 'nl',
  pl: 'pl',
  ja: 'ja',
  ru: 'ru',
  zh_CN: 'zh',
  cs: 'cs',
  sk: 'sk',
  ko: 'ko',
  zh_TW: 'zh-TW',
  tr: 'tr',
  sv: 'sv',
  hu: 'hu',
  id: 'id',
  ...Object.fromEntries(
    [
      ...['ar', 'ast', 'be', 'ber', 'bg', 'bn', 'br', 'bs', 'ca', 'ckb', 'da', 'el', 'eo', 'et', 'eu', 'fa', 'fi'],
      ...['gl', 'he', 'hi', 'hr', 'ie', 'ka', 'kab', 'kk', 'km', 'kn', 'lt', 'lv', 'mk', 'mr', 'ms', 'my', 'nb'],
      ...['oc', 'ro', 'shn', 'si', 'sl', 'sq', 'sr', 'ta', 'te', 'th', 'ug', 'uk', 'uz', 'vi'],
    ].map((tag) => [tag, tag]),
  ),
  es_VE: 'es-VE',
  'ca@valencia': 'ca-valencia',
  'uz@cyrillic': 'uz-Cyrl',
};
/** Guacamole's catalogs, every one but en.json (its pt.json is Brazilian Portuguese: "você", "por favor tente"; its no.json
 * is Norwegian Bokmål: "Du har ikke tilgang", read with Remmina's nb.po). */
const GUACAMOLE_LANGUAGES = {
  de: 'de',
  fr: 'fr',
  es: 'es',
  it: 'it',
  pt: 'pt',
  nl: 'nl',
  pl: 'pl',
  ja: 'ja',
  ru: 'ru',
  zh: 'zh',
  cs: 'cs',
  ko: 'ko',
  tr: 'tr',
  ca: 'ca',
  no: 'nb',
};

const ACCESS = (reason) => `Could not access the RDP server “%s”.\n${reason}`;
/** Remmina's msgids (rdp_plugin.c, remmina_rdp_main's switch on FreeRDP's last error) by the sentence they are. */
const REMMINA_MESSAGES = [
  ['remmina-account-locked-out', ACCESS('Account locked out.')],
  ['remmina-account-expired', ACCESS('Account expired.')],
  ['remmina-password-expired', ACCESS('Password expired.')],
  ['remmina-account-disabled', ACCESS('Account disabled.')],
  ['remmina-insufficient-privileges', ACCESS('Insufficient user privileges.')],
  ['remmina-account-restricted', ACCESS('Account restricted.')],
  ['remmina-must-change', ACCESS('Change user password before connecting.')],
  ['remmina-failed-to-connect', 'Failed to connect to the RDP server “%s”.'],
  ['remmina-address-not-found', 'Could not find the address for the RDP server “%s”.'],
  [
    'remmina-tls',
    'Could not connect to the RDP server “%s” via TLS. See the DEBUG traces from a terminal for more information.',
  ],
  [
    'remmina-security-negotiation',
    'Unable to establish a connection to the RDP server “%s”. Check “Security protocol negotiation”.',
  ],
  ['remmina-server-refused', 'The “%s” server refused the connection.'],
  ['remmina-gateway-policy', 'The Remote Desktop Gateway “%s” denied the user “%s\\%s” access due to policy.'],
  ['remmina-cannot-connect', 'Cannot connect to the “%s” RDP server.'],
  // The same words in another order (rdp_plugin.c's post-connect failure "we should never come here").
  ['remmina-cannot-connect', 'Cannot connect to the RDP server “%s”.'],
];
/** The messages whose first line heads several reasons: read alone, it is this sentence. */
const REMMINA_HEAD = 'remmina-could-not-access';

/** Guacamole's keys by the sentence they are (ERROR_TUNNEL_DEFAULT is ERROR_CLIENT_DEFAULT's text). */
const GUACAMOLE_MESSAGES = [
  ['guacamole-upstream-unreachable', 'ERROR_CLIENT_207'],
  ['guacamole-session-conflict', 'ERROR_CLIENT_209'],
  ['guacamole-access-denied', 'ERROR_CLIENT_303'],
  ['guacamole-internal-error', 'ERROR_CLIENT_DEFAULT'],
  ['guacamole-internal-error', 'ERROR_TUNNEL_DEFAULT'],
];

/** A po file's translated entries (fuzzy and empty ones left out; `fuzzy`: those only), msgid to msgstr. */
function parsePo(text, fuzzy = false) {
  const out = new Map();
  const unquote = (lines) =>
    lines
      .map((l) => l.slice(l.indexOf('"') + 1, l.lastIndexOf('"')))
      .join('')
      .replace(/\\(.)/g, (_all, c) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  for (const block of text.split(/\r?\n\r?\n/)) {
    if (/^#,.*\bfuzzy\b/m.test(block) !== fuzzy) continue;
    const lines = block.split(/\r?\n/).filter((l) => !l.startsWith('#'));
    const id = lines.findIndex((l) => l.startsWith('msgid '));
    const str = lines.findIndex((l) => l.startsWith('msgstr '));
    if (id < 0 || str < id) continue;
    const msgid = unquote(lines.slice(id, str));
    const msgstr = unquote(lines.slice(str).filter((l) => /^(?:msgstr )?"/.test(l)));
    if (msgid && msgstr) out.set(msgid, msgstr);
  }
  return out;
}

/**
 * A catalog's translations that are also another message's, one not read (Slovenian's and Lithuanian's account
 * messages are "Command %s not found on the SSH server", a translator's slip): such a text is not the message.
 */
function misplacedTranslations(po, messages) {
  const read = new Set(messages.map(([, msgid]) => msgid));
  const out = new Set();
  for (const [msgid, msgstr] of po) if (!read.has(msgid)) out.add(msgstr);
  return out;
}

/**
 * A translation naming SSH, VNC or SPICE where its message does not: older translators' texts of another message
 * left on this one (Bulgarian's, Asturian's and Galician's "address not found" are "Command %s not found on the SSH
 * server"), read as that other message's words. Portugal's "address for the SSH server" goes with them: a text about
 * SSH is not read as an RDP error.
 */
/** The placeholders of a text (%s, %1$s): a translation with other ones than its msgid's is not its message. */
const placeholders = (text) => (text.match(/%(?:\d\$)?s/g) ?? []).length;

const namesOtherProtocol = (msgid, msgstr) =>
  /\b(?:SSH|VNC|SPICE)\b/.test(msgstr) && !/\b(?:SSH|VNC|SPICE)\b/.test(msgid);

/**
 * The messages rdp_plugin.c shows for each error, in the order of its source: each `protocol_plugin_set_error(gp,
 * _("…"))` with the case labels of the switch on FreeRDP's last error that lead to it (those since the last `break`).
 */
function pluginMessages(source) {
  const out = [];
  let labels = [];
  const token =
    /\bcase\s+([A-Za-z0-9_]+)\s*:|\b(default)\s*:|\bbreak\s*;|protocol_plugin_set_error\s*\(\s*gp\s*,\s*_\(\s*((?:"(?:[^"\\\n]|\\.)*"\s*)+)\)/g;
  for (const m of source.matchAll(token)) {
    if (m[1] || m[2]) labels.push(m[1] ?? 'default');
    else if (m[3]) {
      const msgid = [...m[3].matchAll(/"((?:[^"\\\n]|\\.)*)"/g)]
        .map((q) => q[1])
        .join('')
        .replace(/\\(.)/g, (_all, c) => (c === 'n' ? '\n' : c));
      out.push({ msgid, labels: [...labels] });
    } else labels = [];
  }
  return out;
}

/**
 * The sentence of each case label, from the plugin's current source: the label leading to a message of
 * REMMINA_MESSAGES has that message's sentence. An older release's message is then the sentence of its labels (the
 * same error, in that release's words), where they name one sentence only.
 */
function labelSentences(source) {
  const out = new Map();
  for (const { msgid, labels } of pluginMessages(source)) {
    const sentence = REMMINA_MESSAGES.find(([, id]) => id === msgid)?.[0];
    if (sentence) for (const label of labels) out.set(label, sentence);
  }
  return out;
}

/** A version's messages by sentence: its own msgids, each the sentence its case labels have now. */
function versionMessages(source, bySentenceLabel) {
  const out = [];
  for (const { msgid, labels } of pluginMessages(source)) {
    const sentences = new Set(labels.map((l) => bySentenceLabel.get(l)).filter(Boolean));
    const known = REMMINA_MESSAGES.find(([, id]) => id === msgid)?.[0];
    if (known) out.push([known, msgid]);
    else if (sentences.size === 1) out.push([[...sentences][0], msgid]);
  }
  const order = (sentence) => REMMINA_MESSAGES.findIndex(([s]) => s === sentence);
  return out.sort((a, b) => order(a[0]) - order(b[0]));
}

/** The messages whose first line is the head of several reasons (REMMINA_HEAD): those of ACCESS's sentences. */
const ACCESS_SENTENCES = new Set(REMMINA_MESSAGES.filter(([, id]) => id.startsWith(ACCESS(''))).map(([s]) => s));

/**
 * Every translation a release shipped (issue 60): the catalogs at the checkout's HEAD and at each of its release tags
 * (newest first), each of the messages the plugin of that version showed (pluginMessages), not fuzzy (a fuzzy text is
 * not shown; the release that shipped it translated is where it is taken from). A text is kept once, with the newest
 * version shipping it.
 */
function remminaRows(repo) {
  const PLUGIN = 'plugins/rdp/rdp_plugin.c';
  const current = repo.read(PLUGIN);
  if (!current) return [];
  const bySentenceLabel = labelSentences(current);
  const rows = [];
  const seen = new Set();
  const fuzzyRows = [];
  for (const version of repo.versions()) {
    const source = version.ref === 'HEAD' ? current : repo.readAt(version.ref, PLUGIN);
    if (!source) continue;
    const messages = versionMessages(source, bySentenceLabel);
    if (messages.length === 0) continue;
    for (const [file, language] of Object.entries(REMMINA_LANGUAGES)) {
      const text = version.ref === 'HEAD' ? repo.read(`po/${file}.po`) : repo.readAt(version.ref, `po/${file}.po`);
      if (!text) continue;
      const po = parsePo(text);
      const misplaced = misplacedTranslations(po, messages);
      const source = `po/${file}.po`;
      // An older release's row: its tag, and the English it translates (client-catalogs.ts reads it only where the
      // English reader reads that English as the sentence).
      const add = (sentence, msgstr, english) => {
        const key = `${sentence} ${language} ${msgstr}`;
        if (seen.has(key)) return;
        seen.add(key);
        const older = version.ref === 'HEAD' ? {} : { release: version.ref, english };
        rows.push({ app: 'remmina', sentence, language, text: msgstr, source, ...older });
      };
      // The newest catalog's fuzzy texts of its messages (a translator's text not yet reviewed: never shown by a
      // release), taken last, where no release has the message translated: not another message's translation, no
      // other protocol named, the msgid's placeholders kept.
      if (version.ref === 'HEAD') {
        const fz = parsePo(text, true);
        for (const [sentence, msgid] of messages) {
          const msgstr = fz.get(msgid);
          if (!msgstr || po.has(msgid) || misplaced.has(msgstr) || namesOtherProtocol(msgid, msgstr)) continue;
          if (placeholders(msgstr) !== placeholders(msgid)) continue;
          fuzzyRows.push({
            app: 'remmina',
            sentence,
            language,
            text: msgstr.replace(/\s*\n\s*/g, '\n'),
            source,
            fuzzy: true,
          });
        }
      }
      for (const [sentence, msgid] of messages) {
        const msgstr = po.get(msgid);
        if (!msgstr || misplaced.has(msgstr) || namesOtherProtocol(msgid, msgstr)) continue;
        add(sentence, msgstr.replace(/\s*\n\s*/g, '\n'), msgid);
        if (ACCESS_SENTENCES.has(sentence) && msgid.includes('\n'))
          add(REMMINA_HEAD, msgstr.split('\n')[0].trim(), msgid.split('\n')[0]);
      }
    }
  }
  // A fuzzy text only where no release translated that message in that language, and never one text of two messages.
  const shared = (r) =>
    [...rows, ...fuzzyRows].some((o) => o.sentence !== r.sentence && o.language === r.language && o.text === r.text);
  for (const r of fuzzyRows)
    if (!rows.some((o) => o.sentence === r.sentence && o.language === r.language) && !shared(r)) rows.push(r);
  return rows;
}

/**
 * Translations whose first sentence (what a Guacamole message is read by) is any program's words, not the message's:
 * Norwegian's 303 "Du har ikke tilgang til denne forbindelsen." ("you have no access to this connection", a VPN's or a
 * web app's words too) where English names the remote desktop server. Left out, not read.
 */
const GENERIC_FIRST_SENTENCE = new Set(['no ERROR_CLIENT_303']);

function guacamoleRows(repo) {
  const rows = [];
  const folder = 'guacamole/src/main/frontend/src/translations';
  const english = JSON.parse(repo.read(`${folder}/en.json`) ?? '{}').CLIENT ?? {};
  for (const [file, language] of Object.entries(GUACAMOLE_LANGUAGES)) {
    const text = repo.read(`${folder}/${file}.json`);
    if (!text) continue;
    const json = JSON.parse(text);
    // Every CLIENT / TUNNEL error text: the ones no sentence is read from ('') keep a shared translation unread.
    for (const [name, value] of Object.entries(json.CLIENT ?? {})) {
      if (!/^ERROR_(?:CLIENT|TUNNEL)_/.test(name) || typeof value !== 'string' || !value.trim()) continue;
      if (GENERIC_FIRST_SENTENCE.has(`${file} ${name}`)) continue;
      const sentence = GUACAMOLE_MESSAGES.find(([, key]) => key === name)?.[0] ?? '';
      // The key (client-catalogs.ts reads a CLIENT key by the status guacd sends for RDP), and `whole` where the
      // English first sentence names no remote desktop ("Log in failed.": any program's): read by its whole text.
      const en = typeof english[name] === 'string' ? english[name] : '';
      const generic = !/remote desktop/i.test(/^[\s\S]*?[.!?](?=\s|$)/.exec(en)?.[0] ?? en);
      const row = { app: 'guacamole', sentence, language, text: value.trim(), source: `translations/${file}.json` };
      rows.push({ ...row, key: name, ...(generic ? { whole: true } : {}) });
    }
  }
  return rows;
}

const [remminaDir, guacamoleDir] = process.argv.slice(2);
if (!remminaDir || !guacamoleDir) {
  process.stderr.write('usage: node scripts/client-catalogs.mjs <remmina checkout> <guacamole-client checkout>\n');
  process.exit(2);
}
const remmina = reader(remminaDir);
const guacamole = reader(guacamoleDir);
/** A first sentence's letters and digits (the placeholders out): what two messages are compared by. */
const squash = (text) =>
  (/^[\s\S]*?(?:[。！？]|[.!?](?=\s|$))/.exec(text)?.[0] ?? text)
    .replace(/%(?:\d\$)?s|\{[A-Z_]{1,40}\}/g, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
const all = [...remminaRows(remmina), ...guacamoleRows(guacamole)];
// A message no sentence is read from is kept only where its first sentence is one a read message has too.
const read = new Set(all.filter((r) => r.sentence).map((r) => `${r.language} ${squash(r.text)}`));
const seen = new Set();
const rows = all
  .map((r) => ({ ...r, text: r.text.replace(/[ \t\u00a0]+/g, ' ') }))
  .filter((r) => r.sentence || /^ERROR_CLIENT_/.test(r.key ?? '') || read.has(`${r.language} ${squash(r.text)}`))
  .filter((r) => {
    // The same text twice (a line shared by several messages, a no-break space the only difference): once.
    const key = `${r.app} ${r.sentence} ${r.language} ${r.text}`;
    return seen.has(key) ? false : Boolean(seen.add(key));
  });
/** A list cut in parts of `size`. */
const chunks = (list, size) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_x, i) => list.slice(i * size, (i + 1) * size));
const REPOSITORY = { remmina: 'FreeRDP/Remmina', guacamole: 'apache/guacamole-client' };
const out = [
  '// Generated by scripts/client-catalogs.mjs from the catalogs named below: do not edit, regenerate.',
  `export const REMMINA_COMMIT = '${remmina.commit}';`,
  `export const GUACAMOLE_COMMIT = '${guacamole.commit}';`,
  '',
  '/** A message of a catalog in one language. */',
  'export interface CatalogRow {',
  "  readonly app: 'remmina' | 'guacamole';",
  "  /** The sentence of third-party-clients.ts it translates ('': a message no sentence is read from). */",
  '  readonly sentence: string;',
  '  readonly language: string;',
  "  /** The catalog's text (a message no sentence is read from: its first sentence). */",
  '  readonly text: string;',
  '  /** The repository and the catalog file. */',
  '  readonly source: string;',
  "  /** Remmina: the release tag whose catalog has the text (none: the checkout's HEAD). */",
  '  readonly release?: string;',
  "  /** Remmina: the newest catalog's text marked fuzzy (a translator's text no release shows). */",
  '  readonly fuzzy?: true;',
  '  /** Guacamole: the translation key. */',
  '  readonly key?: string;',
  '  /** Guacamole: its English first sentence names no remote desktop ("Log in failed."): read by its whole text. */',
  '  readonly whole?: true;',
  "  /** An older Remmina release's row: the English message (msgid) it translates. */",
  '  readonly english?: string;',
  '}',
  '',
  // In parts: one literal of this many rows, with optional fields, is too large a union for tsc (TS2590).
  ...chunks(rows, 250).flatMap((part, i) => [
    `const ROWS_${i}: readonly CatalogRow[] = [`,
    ...part.map((r) => {
      const fields = [
        `app: '${r.app}'`,
        `sentence: '${r.sentence}'`,
        `language: '${r.language}'`,
        `text: ${JSON.stringify(r.text)}`,
        `source: '${REPOSITORY[r.app]} ${r.source}'`,
        r.release ? `release: '${r.release}'` : '',
        r.fuzzy ? 'fuzzy: true' : '',
        r.key ? `key: '${r.key}'` : '',
        r.whole ? 'whole: true' : '',
        r.english ? `english: ${JSON.stringify(r.english)}` : '',
      ].filter(Boolean);
      return `  { ${fields.join(', ')} },`;
    }),
    '];',
    '',
  ]),
  `export const CATALOG_ROWS: readonly CatalogRow[] = [${chunks(rows, 250)
    .map((_p, i) => `...ROWS_${i}`)
    .join(', ')}];`,
];
const target = new URL('../src/explain/tables/languages/client-catalogs-data.ts', import.meta.url);
writeFileSync(target, out.join('\n'));
// In the repository's own format (biome), so that a regenerated file differs only where the catalogs do.
execFileSync('npx', ['biome', 'format', '--write', target.pathname], { stdio: 'ignore' });
process.stdout.write(`${rows.length} rows\n`);
