/**
 * "Remote Desktop can't connect to the remote computer for one of these reasons" in Spanish, Polish, Dutch, Turkish,
 * Czech, Swedish and Hungarian (issue 60, round 28; pastes written for these tests from the "RDP general error" pages
 * the table names, never from a held-out list): each read as its English dialog, in its language, with the English
 * text's causes and the page it rests on; a near miss in that language (the same reasons said of a printer, or the
 * dialog's list without its sentence) not read as it.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { GENERAL_ERROR_WORDINGS } from '../../src/explain/tables/languages/localized-general-error.js';
import { expectLocalizedSentence, type LocalizedCase, sentenceIds } from '../helpers/explain.js';

const REASONS_EN =
  "Remote Desktop can't connect to the remote computer for one of these reasons: 1) Remote access to the server is not enabled 2) The remote computer is turned off 3) The remote computer is not available on the network";

const CASES: readonly LocalizedCase[] = [
  {
    language: 'Spanish',
    paste:
      'Conexión a Escritorio remoto\nEscritorio remoto no se puede conectar al equipo remoto por una de estas razones:\n1) No está habilitado el acceso remoto al servidor\n2) El equipo remoto está desactivado\n3) El equipo remoto no está disponible en la red',
    sentence: 'cannot-connect-reasons',
    english: REASONS_EN,
    nearMiss: 'La impresora no se puede conectar por una de estas razones: sin papel.',
  },
  {
    language: 'Polish',
    paste: 'Pulpit zdalny nie może nawiązać połączenia z komputerem zdalnym z jednego z następujących powodów:',
    sentence: 'cannot-connect-reasons',
    english: REASONS_EN,
    nearMiss: 'Drukarka nie może nawiązać połączenia z jednego z następujących powodów.',
  },
  {
    language: 'Dutch',
    paste:
      'Extern bureaublad kan geen verbinding maken met de externe computer om een van de volgende redenen:\n1) Externe toegang tot de server is niet ingeschakeld',
    sentence: 'cannot-connect-reasons',
    english: REASONS_EN,
    nearMiss: 'De printer kan geen verbinding maken om een van de volgende redenen.',
  },
  {
    language: 'Turkish',
    paste:
      'Uzak Masaüstü şu nedenlerden biri için uzak bilgisayara bağlanamıyor:\n1) Sunucuya uzaktan erişim etkin değil',
    sentence: 'cannot-connect-reasons',
    english: REASONS_EN,
    nearMiss: 'Yazıcı şu nedenlerden biri için bağlanamıyor.',
  },
  {
    language: 'Czech',
    paste: 'Vzdálená plocha se nemůže připojit ke vzdálenému počítači z jednoho z těchto důvodů:',
    sentence: 'cannot-connect-reasons',
    english: REASONS_EN,
    nearMiss: 'Tiskárna se nemůže připojit z jednoho z těchto důvodů.',
  },
  {
    language: 'Swedish',
    paste: 'Fjärrskrivbord kan inte ansluta till fjärrdatorn av något av följande skäl:',
    sentence: 'cannot-connect-reasons',
    english: REASONS_EN,
    nearMiss: 'Skrivaren kan inte ansluta av något av följande skäl.',
  },
  {
    language: 'Hungarian',
    paste: 'Távoli asztal nem tud csatlakozni a távoli számítógéphez a következő okok valamelyike miatt:',
    sentence: 'cannot-connect-reasons',
    english: REASONS_EN,
    nearMiss: 'A nyomtató nem tud csatlakozni a következő okok valamelyike miatt.',
  },
  {
    language: 'Hungarian',
    paste: 'A Távoli asztal a következő okok miatt nem tud csatlakozni a távoli számítógéphez:',
    sentence: 'cannot-connect-reasons',
    english: REASONS_EN,
    nearMiss: 'A távoli számítógép ki van kapcsolva.',
  },
];

const INTERNAL: readonly LocalizedCase[] = [
  { language: 'Italian', paste: 'Connessione Desktop remoto\nSi è verificato un errore interno.' },
  { language: 'Portuguese (Brazil)', paste: 'Conexão de Área de Trabalho Remota\nOcorreu um erro interno.' },
  { language: 'Dutch', paste: 'Verbinding met extern bureaublad\nEr is een interne fout opgetreden.' },
  { language: 'Polish', paste: 'Podłączanie pulpitu zdalnego\nWystąpił błąd wewnętrzny.' },
  { language: 'Swedish', paste: 'Anslutning till fjärrskrivbord\nEtt internt fel har inträffat.' },
  { language: 'Hungarian', paste: 'Távoli asztali kapcsolat\nBelső hiba történt.' },
].map((c) => ({
  ...c,
  sentence: 'internal-error',
  english: 'Remote Desktop Connection\nAn internal error has occurred.',
  // Another program's internal error is not the dialog (the phrase needs Remote Desktop around it).
  nearMiss: c.paste.split('\n')[1] === undefined ? '' : `Outlook: ${c.paste.split('\n')[1]}`,
}));

describe('"An internal error has occurred" in six more languages, beside Remote Desktop (round 28)', () => {
  it.each(INTERNAL)('$language: $paste', (c) => {
    expectLocalizedSentence(c, /^https:\/\/docs\.microsoft\.com\/(?:it-it|pt-br|nl-nl|pl-pl|sv-se|hu-hu)\//);
  });
});

describe('"can\'t connect for one of these reasons" in seven more languages (round 28)', () => {
  it.each(CASES)('$language: $paste', (c) => {
    expectLocalizedSentence(c, /^https:\/\/docs\.microsoft\.com\/(?:es-es|pl-pl|nl-nl|tr-tr|cs-cz|sv-se|hu-hu)\//);
  });

  it('says a reading rests on a machine translation where the page is one, not where it states none', () => {
    expect(explainCode(CASES[1]?.paste ?? '').notes.join('\n')).toMatch(/machine translation/);
    expect(explainCode(CASES[0]?.paste ?? '').notes.join('\n')).not.toMatch(/machine translation/);
  });

  it('reads every row of the table in the text its page quotes', () => {
    expect(GENERAL_ERROR_WORDINGS).toHaveLength(13);
    for (const w of GENERAL_ERROR_WORDINGS) expect(sentenceIds(w.quoted), w.quoted).toContain(w.sentence);
  });
});
