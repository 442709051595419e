/**
 * Round 31 (h62b, issue 60): a term and a predicate of one concept in the Latin-script languages
 * (tables/own-words/described-terms-latin.ts): each row's wording read as its concept and cause, its near miss not
 * (the table's first row here, every row in described-said-latin-rest.test.ts, slow tier, which reads LANGUAGES_SAID
 * and so this table's rows); the language's "none" right before the part's name read as
 * the part missing, not as a negation that cancels it; the same words about another product, or with a noun between
 * "none" and the part, unread.
 */
import { describe, expect, it } from 'vitest';
import { authLogonRight } from '../../patterns/auth-logon-right.js';
import { licensingClientCache } from '../../patterns/licensing-client-cache.js';
import { licensingServerUnavailable } from '../../patterns/licensing-server-unavailable.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { absentPattern, TERMS_LATIN_SAID } from '../../src/explain/tables/own-words/described-terms-latin.js';
import { concepts, expectRow } from '../helpers/described-said.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

describe('round 31: a term and a predicate of one concept (Latin script)', () => {
  // The table's first row (every row, each concept's included: described-said-latin-rest.test.ts, slow tier).
  it('reads the first row of the table, its near miss not', () => expectRow(TERMS_LATIN_SAID[0]!));

  it('reads "none" before the license server as it missing, whatever joins them', () => {
    // The win32 page's own German wording (reason 257), a client's shorter one, and a hyphenated prefix in Dutch.
    expect(causeIds(answerOrRefused('Remotedesktop: Es war kein Lizenzserver verfügbar.'))[0]).toBe(
      licensingServerUnavailable.id,
    );
    expect(causeIds(answerOrRefused('RDP-Sitzung getrennt, keinen Remotedesktop-Lizenzserver gefunden'))[0]).toBe(
      licensingServerUnavailable.id,
    );
    expect(concepts('Extern bureaublad: er zijn geen Extern bureaublad-licentieservers beschikbaar')).toContain(
      'license-server',
    );
    // The Spanish page's "No había ningún servidor de licencias disponible." (reason 257), "no hay" and "ningún" together.
    expect(concepts('Escritorio remoto: No había ningún servidor de licencias disponible.')).toContain(
      'license-server',
    );
  });

  it('leaves a noun between "none" and the part, another product unread', () => {
    expect(concepts('Remotedesktop: keine Probleme mit dem Lizenzserver gefunden')).not.toContain('license-server');
    // Adobe's DRM license server in Spanish (Primetime's docs): no Remote Desktop word.
    expect(concepts('Los metadatos indican que no hay ningún servidor de licencias disponible.')).toEqual([]);
    // The true twin of the noun near miss: the part right after "none".
    expect(concepts('Remotedesktop: kein Lizenzserver gefunden')).toContain('license-server');
  });

  it('joins "none" to the part only across at most two words or a hyphenated prefix', () => {
    const re = absentPattern('kein|keine', 'lizenzserver*');
    expect(re.test('kein rdp-lizenzserver')).toBe(true);
    expect(re.test('keine gültigen rds-lizenzserver')).toBe(true);
    expect(re.test('kein problem mit dem lizenzserver')).toBe(false);
    expect(re.test('keinlizenzserver')).toBe(false);
  });

  it("reads the licence store denied as the client's licence cache, in the page's words", () => {
    // Reason 267 as the German page words it, a store named by its registry key in English.
    expect(
      causeIds(
        answerOrRefused(
          'Remotedesktop: Beim Erstellen eines Registrierungsschlüssels für den Lizenz Speicher wurde ein Fehler vom Typ "Zugriff verweigert" empfangen.',
        ),
      )[0],
    ).toBe(licensingClientCache.id);
    expect(concepts('RDP client: access denied on the MSLicensing license store')).toContain('license-store');
    // Near miss: Windows Media DRM's local license store, no Remote Desktop word.
    expect(concepts('La méthode supprime les licences du magasin de licences local : accès refusé.')).toEqual([]);
  });

  it("reads the Remote Desktop session ended in Turkish, not a web app's session expiry", () => {
    expect(concepts('Uzak Masaüstü: Hizmetler oturumunuz sona erdi, sunucu kapattı.')).toContain('session-ended');
    expect(concepts('Oturumunuz sona erdi. Lütfen tekrar giriş yapın.')).toEqual([]);
  });

  it("reads the session ended in NETworkManager's words, not a web app's expiry nor a licensing disconnect", () => {
    // The catalog's German wording with Remote Desktop named; the same words with a licence are the licence's.
    expect(causeIds(answerOrRefused('Remotedesktop: Die Remote-Sitzung wurde beendet.'))[0]).toBe(sessionLimit.id);
    expect(concepts('Remotedesktop: die Sitzung wurde wegen einer Lizenz beendet')).not.toContain('session-ended');
    expect(concepts('Sitzung wurde beendet. Bitte melden Sie sich erneut im Portal an.')).toEqual([]);
  });

  it('reads "access denied" in the language as the sign-in right, not a file, a share or the licence store', () => {
    expect(causeIds(answerOrRefused('Escritorio remoto: acceso denegado.'))[0]).toBe(authLogonRight.id);
    expect(concepts('Escritorio remoto: acceso denegado a la carpeta compartida')).not.toContain('access-denied');
    // The licence store denied stays the licence store's.
    expect(concepts('Remotedesktop: Zugriff auf den RDP-Lizenzspeicher verweigert')).not.toContain('access-denied');
    expect(concepts('Remotedesktop: Zugriff auf den RDP-Lizenzspeicher verweigert')).toContain('license-store');
  });
});
