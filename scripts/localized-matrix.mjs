#!/usr/bin/env node
/**
 * The dialog matrix (issue 60, round 28): which of the Remote Desktop dialogs and event texts users meet most are read
 * in which language (Latin script and the other scripts), counted from the registries as test/explain/dialog-language-matrix.test.ts counts
 * them: the localized wordings (LOCALIZED_SENTENCES of src/explain/tables/languages/localized.ts, every table it takes in) of
 * the dialog's English sentences (sentences.ts ids), and the localized system message texts (message-texts.ts) of
 * their codes and of the codes whose text says the same. A cell is held when one of them is read in that language;
 * `.` when none is (no Microsoft page or public quote in that language was found for it: a cell stays empty rather
 * than hold a translation of ours).
 *
 *   node scripts/localized-matrix.mjs              (after `node scripts/build.mjs`; prints the matrix and its totals)
 *   node scripts/localized-matrix.mjs --scripts latin|other   (one set of languages; the default prints both)
 *   node scripts/localized-matrix.mjs --empty      (the empty cells, one per line)
 *   node scripts/localized-matrix.mjs --json       (the cells as JSON: { dialog: { language: [what reads it] } })
 *   node scripts/localized-matrix.mjs --root DIR   (the built tables of another checkout, e.g. an earlier build)
 *
 * The dialog list is the round's (briefs h60t and h60u), each with the sentence ids that say it; `pt` is Brazil's Portuguese.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const at = process.argv.indexOf('--root');
const root = at > 0 ? process.argv[at + 1] : join(dirname(fileURLToPath(import.meta.url)), '..');
const tables = join(root, 'dist/src/explain/tables');
/** Builds before round 28 kept every table flat in `tables/`; read either layout. */
const tablePath = (file) => {
  const foldered = join(tables, file);
  return existsSync(foldered) ? foldered : join(tables, file.slice(file.lastIndexOf('/') + 1));
};
if (!existsSync(tablePath('languages/localized.js'))) {
  console.error(`build first: node scripts/build.mjs (no built tables under ${tables})`);
  process.exit(2);
}
const load = (file) => import(pathToFileURL(tablePath(file)).href);
const { LOCALIZED_SENTENCES } = await load('languages/localized.js');
const { MESSAGE_TEXTS } = await load('codes/message-texts.js');
const { KNOWN_SENTENCES } = await load('sentences/sentences.js');

/** Latin-script languages (h60t) and the other scripts (h60u); `--scripts latin|other` prints one set, the default both. */
const LATIN = [
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'pt-PT',
  'nl',
  'pl',
  'cs',
  'sk',
  'tr',
  'sv',
  'nb',
  'da',
  'fi',
  'hu',
  'ro',
  'hr',
  'sl',
  'id',
  'vi',
  'ca',
];
const OTHER_SCRIPTS = ['ru', 'uk', 'bg', 'sr', 'el', 'he', 'ar', 'fa', 'hi', 'th', 'zh', 'zh-TW', 'ja', 'ko'];
const scriptsAt = process.argv.indexOf('--scripts');
const scripts = scriptsAt > 0 ? process.argv[scriptsAt + 1] : 'all';
export const LANGUAGES =
  scripts === 'latin' ? LATIN : scripts === 'other' ? OTHER_SCRIPTS : [...LATIN, ...OTHER_SCRIPTS];

/** The dialogs, each with the ids of sentences.ts / uncoded-sentences.ts that read it in English. */
export const DIALOGS = [
  ['cannot connect: for one of these reasons', ['cannot-connect-reasons']],
  ["this computer can't connect", ['cannot-connect-generic']],
  ["can't find the computer", ['cannot-find-computer', 'windows-app-pc-not-found']],
  ['internal error', ['internal-error']],
  ['protocol error', ['mstsc-protocol-error-disconnected', 'windows-app-protocol-error']],
  ['data encryption error', ['client-text-2822']],
  ['security error', ['security-error', 'windows-app-security-error', 'web-client-security-error']],
  ['no license servers', ['no-license-servers', 'no-license-server-past-grace']],
  ['licensing protocol error', ['licensing-protocol-error']],
  ['license modified', ['license-modified']],
  [
    'grace period / no server / mode',
    [
      'licensing-diagnoser-grace-no-server',
      'licensing-diagnoser-server-not-available',
      'licensing-mode-not-configured',
      'license-soft-enforcement-60-minutes',
    ],
  ],
  ['NLA required', ['nla-required']],
  ['NLA, domain controller unreachable', ['nla-dc-unreachable']],
  ['CredSSP encryption oracle', ['credssp-oracle']],
  ['credentials did not work', ['credentials-did-not-work']],
  [
    'logon attempt failed',
    ['logon-attempt-failed', 'attempted-logon-invalid'],
    ['SEC_E_LOGON_DENIED', 'ERROR_LOGON_FAILURE'],
  ],
  [
    'account restriction / restricted logon type',
    ['restricted-logon-type', 'client-text-3079', 'xp-account-restriction', 'windows-app-account-restriction'],
    ['ERROR_ACCOUNT_RESTRICTION'],
  ],
  [
    'not authorized for remote login',
    ['not-authorized-remote-login', 'remote-sign-in-right'],
    ['ERROR_LOGON_TYPE_NOT_GRANTED'],
  ],
  [
    'password expired / must change',
    ['password-expired', 'windows-app-expired-password'],
    ['ERROR_PASSWORD_EXPIRED', 'ERROR_PASSWORD_MUST_CHANGE'],
  ],
  ['account locked', ['account-locked'], ['ERROR_ACCOUNT_LOCKED_OUT']],
  ['account disabled', ['account-disabled', 'windows-app-account-disabled'], ['ERROR_ACCOUNT_DISABLED']],
  ['account expired', ['account-expired'], ['ERROR_ACCOUNT_EXPIRED']],
  ['another user is signed in', ['another-user-signed-in', 'another-user-connected', 'user-currently-logged-on']],
  ['connections limited', ['connections-in-use', 'ts-max-allowed-connections']],
  [
    'certificate expired',
    ['certificate-expired', 'certificate-expired-or-invalid'],
    ['SEC_E_CERT_EXPIRED', 'CERT_E_EXPIRED'],
  ],
  ['identity cannot be verified', ['identity-not-verified']],
  ['certificate name mismatch', ['certificate-name'], ['SEC_E_WRONG_PRINCIPAL', 'CERT_E_CN_NO_MATCH']],
  ['time and date differ', ['time-difference']],
  ['ended by an administrator', ['administrator-ended-session', 'ended-by-administration-tool', 'client-text-3']],
  ['idle / logon time limit', ['idle-time-limit', 'logon-time-limit']],
  ['RD Gateway unavailable', ['gateway-unavailable']],
  ['RD Gateway not authorized', ['gateway-rap-dialog']],
  ['remote computer ended the session', ['remote-computer-ended-connection']],
  ['function requested is not supported', ['function-not-supported']],
  ['LSA cannot be contacted', ['lsa-cannot-be-contacted']],
];

/** The cells: for each dialog and language, the sentence ids and codes read there. */
export function matrix(rows, messages, sentences) {
  const out = {};
  for (const [dialog, ids, extra = []] of DIALOGS) {
    const codes = new Set(extra);
    for (const id of ids) {
      const code = sentences.find((s) => s.id === id)?.codeName;
      if (code) codes.add(code);
    }
    out[dialog] = {};
    for (const language of LANGUAGES) {
      const read = rows.filter((r) => r.language === language && ids.includes(r.sentence)).map((r) => r.sentence);
      for (const m of messages) if (m.language === language && codes.has(m.code)) read.push(m.code);
      out[dialog][language] = [...new Set(read)];
    }
  }
  return out;
}

const unknown = DIALOGS.flatMap(([, ids]) => ids).filter((id) => !KNOWN_SENTENCES.some((s) => s.id === id));
if (unknown.length) {
  console.error(`sentence ids the tables do not have: ${unknown.join(', ')}`);
  process.exit(1);
}
const cells = matrix(LOCALIZED_SENTENCES, MESSAGE_TEXTS, KNOWN_SENTENCES);
if (process.argv.includes('--empty')) {
  for (const [dialog] of DIALOGS)
    for (const l of LANGUAGES) if (!cells[dialog][l].length) console.log(`${l}\t${dialog}`);
} else if (process.argv.includes('--json')) {
  console.log(JSON.stringify(cells, null, 2));
} else {
  const width = Math.max(...DIALOGS.map(([d]) => d.length));
  console.log(`${''.padEnd(width)} ${LANGUAGES.map((l) => l.padStart(6)).join('')}  held`);
  let held = 0;
  const perLanguage = Object.fromEntries(LANGUAGES.map((l) => [l, 0]));
  for (const [dialog] of DIALOGS) {
    const row = LANGUAGES.map((l) => (cells[dialog][l].length ? 'x' : '.'));
    const n = row.filter((c) => c === 'x').length;
    held += n;
    for (const l of LANGUAGES) if (cells[dialog][l].length) perLanguage[l]++;
    console.log(`${dialog.padEnd(width)} ${row.map((c) => c.padStart(6)).join('')}  ${n}/${LANGUAGES.length}`);
  }
  console.log(`${'held'.padEnd(width)} ${LANGUAGES.map((l) => String(perLanguage[l]).padStart(6)).join('')}`);
  console.log(`cells held: ${held} of ${DIALOGS.length * LANGUAGES.length}`);
}
