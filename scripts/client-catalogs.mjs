#!/usr/bin/env node
/**
 * Regenerates src/explain/tables/client-catalogs-data.ts from Remmina's and Apache Guacamole's translation catalogs
 * (issue 60): Remmina's po/*.po (FreeRDP/Remmina, the msgids of plugins/rdp/rdp_plugin.c's connection errors) and
 * Guacamole's guacamole/src/main/frontend/src/translations/*.json (apache/guacamole-client, the CLIENT / TUNNEL
 * error texts). Each row: the message, its catalog's language, the translator's text, the catalog file and commit.
 *
 *   node scripts/client-catalogs.mjs <remmina checkout> <guacamole-client checkout>
 *
 * Each checkout is a directory holding the repository's files (or a bare git directory: read at HEAD).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Remmina's catalogs, by the language tag the reader knows (src/explain/tables/localized-wording.ts): every po file it
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

function reader(dir) {
  if (existsSync(join(dir, 'HEAD')) && !existsSync(join(dir, '.git'))) {
    const commit = execFileSync('git', ['--git-dir', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    return {
      commit,
      read: (path) => {
        try {
          return execFileSync('git', ['--git-dir', dir, 'show', `HEAD:${path}`], { encoding: 'utf8' });
        } catch {
          return undefined;
        }
      },
    };
  }
  const commit = execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  return { commit, read: (path) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : undefined) };
}

/** A po file's translated entries (fuzzy and empty ones left out), msgid to msgstr. */
function parsePo(text) {
  const out = new Map();
  const unquote = (lines) =>
    lines
      .map((l) => l.slice(l.indexOf('"') + 1, l.lastIndexOf('"')))
      .join('')
      .replace(/\\(.)/g, (_all, c) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  for (const block of text.split(/\r?\n\r?\n/)) {
    if (/^#,.*\bfuzzy\b/m.test(block)) continue;
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
function misplacedTranslations(po) {
  const read = new Set(REMMINA_MESSAGES.map(([, msgid]) => msgid));
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
const namesOtherProtocol = (msgid, msgstr) =>
  /\b(?:SSH|VNC|SPICE)\b/.test(msgstr) && !/\b(?:SSH|VNC|SPICE)\b/.test(msgid);

function remminaRows(repo) {
  const rows = [];
  for (const [file, language] of Object.entries(REMMINA_LANGUAGES)) {
    const text = repo.read(`po/${file}.po`);
    if (!text) continue;
    const po = parsePo(text);
    const misplaced = misplacedTranslations(po);
    for (const [sentence, msgid] of REMMINA_MESSAGES) {
      const msgstr = po.get(msgid);
      if (!msgstr || misplaced.has(msgstr) || namesOtherProtocol(msgid, msgstr)) continue;
      const source = `po/${file}.po`;
      rows.push({ app: 'remmina', sentence, language, text: msgstr.replace(/\s*\n\s*/g, '\n'), source });
      if (sentence.startsWith('remmina-') && msgid.startsWith('Could not access')) {
        const head = msgstr.split('\n')[0].trim();
        if (!rows.some((r) => r.sentence === REMMINA_HEAD && r.language === language && r.text === head))
          rows.push({ app: 'remmina', sentence: REMMINA_HEAD, language, text: head, source });
      }
    }
  }
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
  for (const [file, language] of Object.entries(GUACAMOLE_LANGUAGES)) {
    const text = repo.read(`${folder}/${file}.json`);
    if (!text) continue;
    const json = JSON.parse(text);
    // Every CLIENT / TUNNEL error text: the ones no sentence is read from ('') keep a shared translation unread.
    for (const [name, value] of Object.entries(json.CLIENT ?? {})) {
      if (!/^ERROR_(?:CLIENT|TUNNEL)_/.test(name) || typeof value !== 'string' || !value.trim()) continue;
      if (GENERIC_FIRST_SENTENCE.has(`${file} ${name}`)) continue;
      const sentence = GUACAMOLE_MESSAGES.find(([, key]) => key === name)?.[0] ?? '';
      // A message no sentence is read from: its first sentence only (what a shared translation is compared by).
      const kept = sentence ? value.trim() : (/^[\s\S]*?[.。!?！？](?=\s|$)/.exec(value.trim())?.[0] ?? value.trim());
      rows.push({ app: 'guacamole', sentence, language, text: kept, source: `translations/${file}.json` });
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
  .filter((r) => r.sentence || read.has(`${r.language} ${squash(r.text)}`))
  .filter((r) => {
    // The same text twice (a line shared by several messages, a no-break space the only difference): once.
    const key = `${r.app} ${r.sentence} ${r.language} ${r.text}`;
    return seen.has(key) ? false : Boolean(seen.add(key));
  });
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
  '}',
  '',
  'export const CATALOG_ROWS: readonly CatalogRow[] = [',
  ...rows.map(
    (r) =>
      `  { app: '${r.app}', sentence: '${r.sentence}', language: '${r.language}', text: ${JSON.stringify(r.text)}, source: '${REPOSITORY[r.app]} ${r.source}' },`,
  ),
  '];',
];
const target = new URL('../src/explain/tables/client-catalogs-data.ts', import.meta.url);
writeFileSync(target, out.join('\n'));
// In the repository's own format (biome), so that a regenerated file differs only where the catalogs do.
execFileSync('npx', ['biome', 'format', '--write', target.pathname], { stdio: 'ignore' });
process.stdout.write(`${rows.length} rows\n`);
