#!/usr/bin/env node
// The dialog matrix of the localized tables (issue 60): the ~30 dialogs and event texts users paste most, by
// language of another script than Latin, and how many rows of LOCALIZED_SENTENCES read each cell. A cell is the
// rows (Remmina's and Guacamole's own catalogs not counted: they are those programs' texts, not Windows') whose
// English sentence is one of the dialog's. Reads the build (run `node scripts/build.mjs` first).
//
//   node scripts/localized-matrix.mjs            the matrix, then the filled cells by language
//   node scripts/localized-matrix.mjs --json     the same as JSON (the counts by dialog and language)
//   node scripts/localized-matrix.mjs --empty    the empty cells, one a line
//
// The dialogs are listed here, each with the sentence ids (src/explain/tables/sentences.ts and the tables its
// KNOWN_SENTENCES joins) that word it; an id the tables lack is an error of this list (the script exits 1).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'src', 'explain', 'tables');
if (!existsSync(join(dist, 'localized.js'))) {
  console.error('localized-matrix: no build (run node scripts/build.mjs)');
  process.exit(2);
}
const { LOCALIZED_SENTENCES } = await import(pathToFileURL(join(dist, 'localized.js')).href);
const { KNOWN_SENTENCES } = await import(pathToFileURL(join(dist, 'sentences.js')).href);

/** The languages of other scripts than Latin (the brief's list; `sr` Cyrillic has no language code of its own here). */
const LANGUAGES = ['ru', 'uk', 'bg', 'sr', 'el', 'he', 'ar', 'fa', 'hi', 'th', 'zh', 'zh-TW', 'ja', 'ko'];

/** The dialogs, each with the sentence ids that word it. */
const DIALOGS = [
  ['cannot connect (one of these reasons)', ['cannot-connect-reasons']],
  ['this computer cannot connect', ['cannot-connect-generic']],
  ["can't find the computer", ['cannot-find-computer', 'windows-app-pc-not-found']],
  ['an internal error has occurred', ['internal-error']],
  ['protocol error', ['mstsc-protocol-error-disconnected', 'windows-app-protocol-error']],
  ['data encryption error', ['client-text-2822']],
  ['no license servers available', ['no-license-servers']],
  ['licensing protocol error', ['licensing-protocol-error']],
  ['license modified', ['license-modified']],
  ['licensing grace period / mode', ['licensing-mode-not-configured', 'license-soft-enforcement-60-minutes']],
  ['NLA required', ['nla-required']],
  ['NLA: domain controller unreachable', ['nla-dc-unreachable']],
  ['CredSSP encryption oracle', ['credssp-oracle']],
  ['the function requested is not supported', ['function-not-supported']],
  ['your credentials did not work', ['credentials-did-not-work']],
  ['the logon attempt failed', ['logon-attempt-failed']],
  ['account restriction', ['client-text-3079', 'xp-account-restriction', 'windows-app-account-restriction']],
  ['logon type not granted', ['restricted-logon-type']],
  ['not authorized for remote login', ['not-authorized-remote-login', 'remote-sign-in-right']],
  ['password expired / must change', ['password-expired', 'windows-app-expired-password']],
  ['account locked out', ['account-locked']],
  ['account disabled', ['account-disabled', 'windows-app-account-disabled']],
  ['account expired', ['account-expired']],
  ['another user is signed in', ['another-user-signed-in', 'another-user-connected']],
  ['connections limited, all in use', ['connections-in-use']],
  ['certificate expired', ['certificate-expired', 'certificate-expired-or-invalid']],
  ['identity cannot be verified', ['identity-not-verified']],
  ['certificate name mismatch', ['certificate-name']],
  ['time and date differ', ['time-difference']],
  ['session ended by an administrator', ['client-text-3', 'administrator-ended-session']],
  ['idle / logon time limit', ['idle-time-limit', 'logon-time-limit']],
  ['RD Gateway unavailable', ['gateway-unavailable']],
  ['RD Gateway: not authorized', ['gateway-rap-dialog']],
  ['security error', ['security-error', 'windows-app-security-error', 'web-client-security-error']],
  ['LSA cannot be contacted', ['lsa-cannot-be-contacted']],
];

const known = new Set(KNOWN_SENTENCES.map((s) => s.id));
const unknown = DIALOGS.flatMap(([, ids]) => ids.filter((id) => !known.has(id)));
if (unknown.length > 0) {
  console.error(`localized-matrix: no sentence ${unknown.join(', ')}`);
  process.exit(1);
}

const rows = LOCALIZED_SENTENCES.filter((r) => LANGUAGES.includes(r.language));
const counts = DIALOGS.map(([name, ids]) => ({
  dialog: name,
  cells: Object.fromEntries(
    LANGUAGES.map((l) => [l, rows.filter((r) => r.language === l && ids.includes(r.sentence)).length]),
  ),
}));

const filled = counts.reduce((n, c) => n + LANGUAGES.filter((l) => c.cells[l] > 0).length, 0);
const total = DIALOGS.length * LANGUAGES.length;
const arg = process.argv[2];
if (arg === '--json') {
  console.log(JSON.stringify({ languages: LANGUAGES, filled, total, counts }, null, 1));
} else if (arg === '--empty') {
  for (const c of counts) for (const l of LANGUAGES) if (c.cells[l] === 0) console.log(`${l}\t${c.dialog}`);
} else {
  const w = Math.max(...DIALOGS.map(([n]) => n.length));
  console.log(`${''.padEnd(w)}  ${LANGUAGES.map((l) => l.slice(-2).padStart(2)).join(' ')}`);
  for (const c of counts) {
    const cells = LANGUAGES.map((l) => (c.cells[l] > 0 ? String(c.cells[l]).padStart(2) : ' .'));
    console.log(`${c.dialog.padEnd(w)}  ${cells.join(' ')}`);
  }
  const byLanguage = LANGUAGES.map((l) => `${l} ${counts.filter((c) => c.cells[l] > 0).length}`).join(', ');
  console.log(
    `\nfilled ${filled} of ${total} cells (${DIALOGS.length} dialogs x ${LANGUAGES.length} languages): ${byLanguage}`,
  );
}
