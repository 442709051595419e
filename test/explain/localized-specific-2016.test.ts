/**
 * The 2016 "specific RDP error messages" dialogs: Danish, Finnish, Croatian, Portugal's Portuguese, and "can't find the
 * computer" in German, French, Spanish and Brazil's Portuguese (issue 60, round 28; pastes written for these tests from the 2016 localized
 * "Troubleshooting specific RDP error messages" the table names, never from a held-out list): each read as its English
 * sentence, in its language, with the English text's causes and the page it rests on, said to be a machine
 * translation; a near miss in that language, the same words said of another thing, not read as it.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { SPECIFIC_2016_WORDINGS } from '../../src/explain/tables/languages/localized-specific-2016.js';
import { REMOTE_DESKTOP_WORDS } from '../../src/explain/tables/other-products/other-subsystems.js';
import { expectLocalizedSentence, type LocalizedCase, sentenceIds } from '../helpers/explain.js';

const LSA_EN = 'An authentication error has occurred. The Local Security Authority cannot be contacted.';
const CREDENTIALS_EN = 'Windows Security: Your credentials did not work';
const CANNOT_CONNECT_EN = "This computer can't connect to the remote computer. Try connecting again.";
const LICENSE_EN =
  'The remote session was disconnected because there are no Remote Desktop License Servers available to provide a license.';
const FIND_EN = 'Remote Desktop can\'t find the computer "srv-app01".';

const CASES: readonly LocalizedCase[] = [
  {
    language: 'German',
    paste: 'Remotedesktopverbindung\nRemotedesktop kann den Computer "srv-app01" nicht finden.',
    sentence: 'cannot-find-computer',
    english: FIND_EN,
    nearMiss: 'Der Drucker kann den Computer nicht finden.',
  },
  {
    language: 'French',
    paste: 'Bureau à distance ne peut pas trouver l’ordinateur « srv-app01 ».',
    sentence: 'cannot-find-computer',
    english: FIND_EN,
    nearMiss: "L'imprimante ne peut pas trouver l'ordinateur.",
  },
  {
    language: 'Spanish',
    paste: 'Escritorio remoto no puede encontrar el equipo "srv-app01".',
    sentence: 'cannot-find-computer',
    english: FIND_EN,
    nearMiss: 'La impresora no puede encontrar el equipo.',
  },
  {
    language: 'Portuguese (Brazil)',
    paste: 'Área de trabalho remota não consegue encontrar o computador "srv-app01".',
    sentence: 'cannot-find-computer',
    english: FIND_EN,
    nearMiss: 'A impressora não consegue encontrar o computador.',
  },
  {
    language: 'Portuguese (Portugal)',
    paste: 'Ocorreu um erro de autenticação. Autoridade de segurança Local não pode ser contactada.',
    sentence: 'lsa-cannot-be-contacted',
    english: LSA_EN,
    nearMiss: 'A política de segurança local foi atualizada.',
  },
  {
    language: 'Portuguese (Portugal)',
    paste: 'Ambiente de trabalho remoto não é possível localizar o computador "srv-app01".',
    sentence: 'cannot-find-computer',
    english: FIND_EN,
    nearMiss: 'Não é possível localizar o computador na rede de impressoras.',
  },
  {
    language: 'Portuguese (Portugal)',
    paste:
      'A sessão remota foi desligada porque não existem servidores de licença de ambiente de trabalho remoto disponíveis para fornecer uma licença.',
    sentence: 'no-license-servers',
    english: LICENSE_EN,
    nearMiss: 'A sessão remota foi desligada pelo utilizador.',
  },
  {
    // Portugal's dialog is read by Brazil's wording first: the same sentence, said in Brazil's Portuguese.
    language: 'Portuguese (Brazil)',
    paste: 'Segurança do Windows\nAs suas credenciais não funcionaram',
    sentence: 'credentials-did-not-work',
    english: CREDENTIALS_EN,
    nearMiss: 'As suas credenciais foram guardadas.',
  },
  {
    language: 'Portuguese (Portugal)',
    paste: 'Neste computador não consegue ligar para o computador remoto.',
    sentence: 'cannot-connect-generic',
    english: CANNOT_CONNECT_EN,
    nearMiss: 'Este computador não consegue ligar para a impressora.',
  },
  {
    language: 'Danish',
    paste:
      'Forbindelse til Fjernskrivebord\nDer opstod en godkendelsesfejl.\nLokale sikkerhed myndigheder kan ikke kontaktes.',
    sentence: 'lsa-cannot-be-contacted',
    english: LSA_EN,
    nearMiss: 'Lokale sikkerhedspolitikker er opdateret.',
  },
  {
    language: 'Danish',
    paste: 'Den fjernsession blev afbrudt, fordi der er ingen Remote Desktop licensservere til rådighed med en licens.',
    sentence: 'no-license-servers',
    english: LICENSE_EN,
    nearMiss: 'Den fjernsession blev afbrudt af brugeren.',
  },
  {
    language: 'Danish',
    paste: 'Fjernskrivebord kan ikke finde computeren "srv-app01".',
    sentence: 'cannot-find-computer',
    english: FIND_EN,
    nearMiss: 'Printeren kan ikke finde computeren.',
  },
  {
    language: 'Danish',
    paste: 'Windows-sikkerhed fejl: dine legitimationsoplysninger ikke fungerer.',
    sentence: 'credentials-did-not-work',
    english: CREDENTIALS_EN,
    nearMiss: 'Dine legitimationsoplysninger er gemt.',
  },
  {
    language: 'Danish',
    paste: 'Denne computer kan ikke oprette forbindelse til fjerncomputeren.',
    sentence: 'cannot-connect-generic',
    english: CANNOT_CONNECT_EN,
    nearMiss: 'Denne computer kan ikke oprette forbindelse til printeren.',
  },
  {
    language: 'Finnish',
    paste: 'Todennus on virhe. Paikallinen suojaus viranomainen ei voi muodostaa yhteyttä.',
    sentence: 'lsa-cannot-be-contacted',
    english: LSA_EN,
    nearMiss: 'Paikallinen suojauskäytäntö on päivitetty.',
  },
  {
    language: 'Finnish',
    paste: 'Etäistunto on katkaistu, koska ei ole Remote työpöydän palvelimet voi antaa käyttöoikeuden.',
    sentence: 'no-license-servers',
    english: LICENSE_EN,
    nearMiss: 'Etäistunto on katkaistu käyttäjän pyynnöstä.',
  },
  {
    language: 'Finnish',
    paste: 'Etätyöpöytä ei löydä tietokoneen "srv-app01".',
    sentence: 'cannot-find-computer',
    english: FIND_EN,
    nearMiss: 'Tulostin ei löydä tietokonetta.',
  },
  {
    language: 'Finnish',
    paste: 'Windowsin suojaus-virhe: tunnistetietoja ei ollut.',
    sentence: 'credentials-did-not-work',
    english: CREDENTIALS_EN,
    nearMiss: 'Tunnistetiedot tallennettiin.',
  },
  {
    language: 'Finnish',
    paste: 'Tämä tietokone ei voi muodostaa etätietokone.',
    sentence: 'cannot-connect-generic',
    english: CANNOT_CONNECT_EN,
    nearMiss: 'Tämä tietokone ei voi muodostaa yhteyttä tulostimeen.',
  },
  {
    language: 'Croatian',
    paste: 'Došlo je do pogreške provjere autentičnosti. Ne možete uspostaviti lokalnoj ustanovi za sigurnost.',
    sentence: 'lsa-cannot-be-contacted',
    english: LSA_EN,
    nearMiss: 'Lokalna sigurnosna pravila su ažurirana.',
  },
  {
    language: 'Croatian',
    paste: 'Udaljena sesija prekinuta je jer nema udaljene radne površine licence poslužiteljima koji daju te licence.',
    sentence: 'no-license-servers',
    english: LICENSE_EN,
    nearMiss: 'Udaljena sesija prekinuta je na zahtjev korisnika.',
  },
  {
    language: 'Croatian',
    paste: 'Udaljena radna površina ne možete pronaći računalo "srv-app01".',
    sentence: 'cannot-find-computer',
    english: FIND_EN,
    nearMiss: 'Pisač ne može pronaći računalo.',
  },
  {
    language: 'Croatian',
    paste: 'Sigurnost sustava Windows pogreška: nije uspjelo vjerodajnice.',
    sentence: 'credentials-did-not-work',
    english: CREDENTIALS_EN,
    nearMiss: 'Vjerodajnice su spremljene.',
  },
  {
    language: 'Croatian',
    paste: 'Ovo računalo ne može povezati s udaljenog računala.',
    sentence: 'cannot-connect-generic',
    english: CANNOT_CONNECT_EN,
    nearMiss: 'Ovo računalo ne može povezati s pisačem.',
  },
];

describe('the 2016 "specific RDP error messages" in the languages whose later pages lack them (round 28)', () => {
  it.each(CASES)('$language: $sentence', (c) => {
    expectLocalizedSentence(
      c,
      /^https:\/\/docs\.microsoft\.com\/(?:da-dk|fi-fi|hr-hr|pt-pt|de-de|fr-fr|es-es|pt-br)\//,
    );
  });

  it('says a reading rests on a machine translation of the page', () => {
    expect(explainCode(CASES.at(-1)?.paste ?? '').notes.join('\n')).toMatch(/machine translation/);
  });

  it('reads every row of the table in the text its page quotes, as its sentence', () => {
    expect(SPECIFIC_2016_WORDINGS).toHaveLength(24);
    for (const w of SPECIFIC_2016_WORDINGS) expect(sentenceIds(w.quoted), w.quoted).toContain(w.sentence);
  });
});

describe("Remote Desktop's name in these languages tells a paste is about it (other-subsystems.ts)", () => {
  it.each([
    'Podłączanie pulpitu zdalnego',
    'Ambiente de trabalho remoto não é possível localizar o computador',
    'Fjernskrivebord kan ikke finde computeren',
    'Etätyöpöytä ei löydä tietokoneen',
    'Udaljena radna površina ne može pronaći računalo',
    'Klijent udaljene radne površine',
  ])('"%s" names it', (text) => {
    expect(REMOTE_DESKTOP_WORDS.test(text)).toBe(true);
  });

  it.each([
    'Pulpit nawigacyjny jest niedostępny',
    'O trabalho remoto aumentou este ano',
    'Skrivebordet er låst',
    'Työpöytä on lukittu',
    'Radna površina je zaključana',
  ])('"%s" (a dashboard, remote work, a plain desktop) does not', (text) => {
    expect(REMOTE_DESKTOP_WORDS.test(text)).toBe(false);
  });
});
