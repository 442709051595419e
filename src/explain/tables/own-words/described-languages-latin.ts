/**
 * Users' words for the account and permission concepts of the described reader (described-symptoms.ts,
 * described-access.ts, described-connection.ts) in languages written in Latin script (issue 60, round 24), in the
 * shape of described-languages.ts (`LanguageWords`), which adds them to each concept's words in its language: read
 * only in a paste about Remote Desktop, a negation or a success in the clause cancelling them.
 *
 * Two sources, each row naming its own:
 * - Remmina's catalogs (FreeRDP/Remmina po/<language>.po, read into client-catalogs-data.ts): the short sentence each
 *   translation gives FreeRDP's account errors ("Account disabled.", "Password expired.", "Account locked out.",
 *   "Insufficient user privileges."), the words a user repeats when describing the failure ("das Konto ist inaktiv",
 *   "hasło wygasło", "tili on lukittu"). Generated: the catalog's last line, its article and full stop dropped.
 *   Remmina's "The … server refused the connection." is not taken: it is the server's Set Error Info denial
 *   (third-party-clients.ts `remmina-server-refused`), not a port refused.
 * - Microsoft's system messages for the same states in each language (the win32 pages "System Error Codes (1300-1699)"
 *   and "(1700-3999)", machine translations), the shorter forms users write of them ("Kennwort abgelaufen",
 *   "contraseña expirada").
 *
 * Near misses: the same words about another service's account (a webmail, Outlook) hold no Remote Desktop word and are
 * not read; a negated state ("konto nie jest wyłączone", "le compte n'est pas désactivé") does not hold the words.
 */
import { CATALOG_ROWS } from '../languages/client-catalogs-data.js';
import type { LanguageWords } from './described-languages.js';
import type { DescriptionLanguage } from './symptom-concept.js';

/** The languages in Latin script this table reads (Vietnamese is another table's). */
const LATIN: readonly DescriptionLanguage[] = [
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'cs',
  'sk',
  'hr',
  'hu',
  'ro',
  'sv',
  'da',
  'nb',
  'fi',
  'tr',
  'sl',
  'ca',
];

/** Remmina's account messages and the concept each states. */
const CONCEPT_OF: Readonly<Record<string, string>> = {
  'remmina-account-disabled': 'account-state',
  'remmina-account-expired': 'account-state',
  'remmina-password-expired': 'account-state',
  'remmina-account-locked-out': 'account-locked',
  'remmina-insufficient-privileges': 'no-logon-right',
};

/** A leading article ("das", "la", "l’", "a", "de"), dropped: users write the state without it as often as with it. */
const ARTICLE = /^(?:(?:das|der|die|le|la|les|el|los|las|il|lo|gli|a|az|o|os|as|de|het)\s+|l['\u2019]\s*)/;

/** The catalog text's last line as a user's words: lower case, without its article and full stop. */
const userWords = (text: string): string =>
  (text.split('\n').pop() ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[.!\s]+$/, '')
    .replace(ARTICLE, '');

/** One row of words for a concept in a language. */
const row = (
  concept: string,
  language: DescriptionLanguage,
  words: string,
  nearMiss: string,
  source: string,
): LanguageWords => ({ concept, language, words, source, nearMiss });

/** The words of Remmina's account messages, one row per concept and language, every release's wording kept. */
function catalogRows(): LanguageWords[] {
  const byKey = new Map<string, { concept: string; language: DescriptionLanguage; words: Set<string> }>();
  for (const r of CATALOG_ROWS) {
    const concept = CONCEPT_OF[r.sentence];
    const language = r.language as DescriptionLanguage;
    if (r.app !== 'remmina' || !concept || r.fuzzy || !LATIN.includes(language)) continue;
    const key = `${concept}/${language}`;
    const entry = byKey.get(key) ?? { concept, language, words: new Set<string>() };
    entry.words.add(userWords(r.text));
    byKey.set(key, entry);
  }
  return [...byKey.values()].map(({ concept, language, words }) => {
    const said = [...words].filter((w) => w.length >= 6).join('|');
    const first = [...words][0] ?? '';
    return row(
      concept,
      language,
      said,
      `Webmail: ${first} (no Remote Desktop word: another service's account)`,
      `Remmina's catalog FreeRDP/Remmina po/${language}.po (client-catalogs-data.ts): its translation of FreeRDP's account errors`,
    );
  });
}

const WIN32 = (range: string, what: string) =>
  `Microsoft's win32 page "System Error Codes (${range})" in the language (win32-pr.<locale>, a machine translation): ${what}`;

/** The shorter forms users write of Windows' own messages for the account's state. */
const SHORT_FORMS: readonly LanguageWords[] = [
  row(
    'account-state',
    'de',
    'konto deaktiviert|konto ist deaktiviert|konto wurde deaktiviert|konto ist derzeit deaktiviert|konto abgelaufen|konto des benutzers ist abgelaufen|kennwort abgelaufen|kennwort ist abgelaufen|passwort abgelaufen|kennwort muss geändert werden|kennwort des benutzers muss',
    'Das Outlook-Konto ist deaktiviert',
    WIN32(
      '1300-1699, 1700-3999',
      '"Das Kennwort für dieses Konto ist abgelaufen." (1330), "… da dieses Konto derzeit deaktiviert ist." (1331), "Das Konto des Benutzers ist abgelaufen." (1793), "Das Kennwort des Benutzers muss vor der Anmeldung geändert werden." (1907)',
    ),
  ),
  row(
    'account-state',
    'fr',
    'compte désactivé|compte est désactivé|compte est actuellement désactivé|compte expiré|compte a expiré|mot de passe expiré|mot de passe a expiré',
    'Mon compte Netflix est désactivé',
    WIN32(
      '1300-1699',
      '"Le mot de passe de ce compte a expiré." (1330), "… car ce compte est actuellement désactivé." (1331)',
    ),
  ),
  row(
    'account-state',
    'es',
    'cuenta deshabilitada|cuenta está deshabilitada|cuenta desactivada|cuenta ha expirado|cuenta expirada|cuenta caducada|contraseña ha expirado|contraseña expirada|contraseña caducada|contraseña ha caducado',
    'Webmail: la contraseña ha caducado',
    WIN32(
      '1300-1699, 1700-3999',
      '"La contraseña de esta cuenta ha expirado." (1330), "… esta cuenta está deshabilitada actualmente." (1331), "La cuenta del usuario ha expirado." (1793)',
    ),
  ),
  row(
    'account-state',
    'it',
    'account disabilitato|account è disabilitato|account scaduto|account è scaduto|password scaduta|password è scaduta',
    'Webmail: la password è scaduta',
    WIN32(
      '1300-1699',
      '"La password per questo account è scaduta." (1330), "… questo account è attualmente disabilitato." (1331)',
    ),
  ),
  row(
    'account-state',
    'pt',
    'conta desabilitada|conta está desabilitada|conta desativada|conta expirou|conta expirada|senha expirou|senha expirada|senha está expirada',
    'Webmail: a senha expirou',
    WIN32(
      '1300-1699, 1700-3999',
      '"A senha desta conta expirou." (1330), "… esta conta está desabilitada no momento." (1331), "A conta do usuário expirou." (1793)',
    ),
  ),
];

export const LATIN_LANGUAGE_WORDS: readonly LanguageWords[] = [...catalogRows(), ...SHORT_FORMS];
