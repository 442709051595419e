/**
 * What client-catalogs.test.ts and its slow-tier rest share: the English message of each catalog sentence, a
 * translation with a server name put in, and the check that a translation reads as its English message. The fast
 * tier checks the first and last translation of each message (`catalogFew`); the rest file checks every translation,
 * so every language.
 */
import { expect } from 'vitest';
import type { LocalizedWording } from '../../src/explain/tables/languages/localized-wording.js';
import { causeIds, sentenceIds } from './explain.js';

/** The English message of each sentence (Remmina's msgid, Guacamole's en.json), with a server name in it. */
export const ENGLISH: Readonly<Record<string, string>> = {
  'remmina-could-not-access': 'Could not access the RDP server “srv01”.',
  'remmina-account-locked-out': 'Could not access the RDP server “srv01”.\nAccount locked out.',
  'remmina-account-expired': 'Could not access the RDP server “srv01”.\nAccount expired.',
  'remmina-password-expired': 'Could not access the RDP server “srv01”.\nPassword expired.',
  'remmina-account-disabled': 'Could not access the RDP server “srv01”.\nAccount disabled.',
  'remmina-insufficient-privileges': 'Could not access the RDP server “srv01”.\nInsufficient user privileges.',
  'remmina-account-restricted': 'Could not access the RDP server “srv01”.\nAccount restricted.',
  'remmina-must-change': 'Could not access the RDP server “srv01”.\nChange user password before connecting.',
  'remmina-failed-to-connect': 'Failed to connect to the RDP server “srv01”.',
  'remmina-address-not-found': 'Could not find the address for the RDP server “srv01”.',
  'remmina-tls': 'Could not connect to the RDP server “srv01” via TLS.',
  'remmina-security-negotiation':
    'Unable to establish a connection to the RDP server “srv01”. Check “Security protocol negotiation”.',
  'remmina-server-refused': 'The “srv01” server refused the connection.',
  'remmina-gateway-policy': 'The Remote Desktop Gateway “gw” denied the user “CORP\\ann” access due to policy.',
  'remmina-cannot-connect': 'Cannot connect to the “srv01” RDP server.',
  'guacamole-upstream-unreachable':
    'The remote desktop server is currently unreachable. If the problem persists, please notify your system administrator, or check your system logs.',
  'guacamole-session-conflict':
    'The remote desktop server has closed the connection because it conflicts with another connection. Please try again later.',
  'guacamole-access-denied':
    'The remote desktop server has denied access to this connection. If you require access, please ask your system administrator to grant your account access, or check your system settings.',
  'guacamole-internal-error':
    'An internal error has occurred within the Guacamole server, and the connection has been terminated. If the problem persists, please notify your system administrator, or check your system logs.',
};

/**
 * The English a sentence is read from: its message, or for a Guacamole status read from its page's text in another
 * language (guacamole-statuses.ts), guacd's constant for the status.
 */
export const englishOf = (sentence: string): string =>
  ENGLISH[sentence] ??
  `GUAC_PROTOCOL_STATUS_${sentence
    .replace(/^guacamole-status-/, '')
    .toUpperCase()
    .replace(/-/g, '_')}`;

/** A translation with its server name put in, in the given quotes. */
export const withServer = (text: string, open = '"', close = '"') =>
  text.replace(/%(?:\d\$)?s/g, (_all, offset: number) => (offset === text.indexOf('%') ? `${open}srv01${close}` : 'x'));

/** Each translation, its server name put in, reads as its English message's sentence with that message's causes. */
export function expectTranslationsRead(wordings: readonly LocalizedWording[]): void {
  // Each English message read once, however many of its translations are read.
  const english = new Map<string, string[]>();
  for (const w of wordings) {
    const paste = withServer(w.quoted);
    const at = `${w.sentence} (${w.language}): ${paste}`;
    expect(sentenceIds(paste), at).toContain(w.sentence);
    if (!english.has(w.sentence)) english.set(w.sentence, causeIds(englishOf(w.sentence)));
    expect(causeIds(paste), at).toEqual(english.get(w.sentence));
  }
}

/** The first and last translation of each message (every language is read in client-catalogs-rest.test.ts). */
export function catalogFew(wordings: readonly LocalizedWording[]): LocalizedWording[] {
  const bySentence = new Map<string, LocalizedWording[]>();
  for (const w of wordings) bySentence.set(w.sentence, [...(bySentence.get(w.sentence) ?? []), w]);
  return [...bySentence.values()].flatMap((g) => (g.length > 1 ? [g[0], g[g.length - 1]] : g));
}
