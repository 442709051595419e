/**
 * The dialogs users meet most in more of their words (issue 60, round 18; pastes written for these tests from the
 * pages localized-common-dialogs.ts names, never from a held-out list): "Your credentials did not work" as German,
 * Spanish and Portuguese pages quote its heading, read as the English dialog with its causes, and Portuguese "for one
 * of these reasons". Each with a near miss: another product's "the credentials don't work" is that product's.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { COMMON_DIALOG_WORDINGS } from '../../src/explain/tables/languages/localized-common-dialogs.js';
import { expectLocalizedSentence, type LocalizedCase, sentenceIds } from '../helpers/explain.js';

const CREDENTIALS_EN = 'Windows Security: Your credentials did not work';

const CREDENTIALS: readonly LocalizedCase[] = [
  {
    language: 'German',
    paste: 'Ihre Anmeldeinformationen funktionieren nicht',
    sentence: 'credentials-did-not-work',
    english: CREDENTIALS_EN,
    nearMiss: 'Microsoft Outlook: Ihre Anmeldeinformationen funktionieren nicht. Geben Sie Ihr Kennwort erneut ein.',
    damaged: 'IHRE ANMELDEINFORMATIONEN\r\nFUNKTIONIEREN NICHT',
  },
  {
    language: 'Spanish',
    paste: 'Conexión a Escritorio remoto\nEstas credenciales no funcionaron',
    sentence: 'credentials-did-not-work',
    english: CREDENTIALS_EN,
    nearMiss: 'Cliente VPN: Estas credenciales no funcionaron. Inténtelo de nuevo.',
    damaged: 'estas credenciales no funcionaron',
  },
  {
    language: 'Portuguese (Brazil)',
    paste: 'As credenciais não funcionam',
    sentence: 'credentials-did-not-work',
    english: CREDENTIALS_EN,
    nearMiss: 'As credenciais não funcionam: verifique se copiou o token de teste da API sem espaços.',
    damaged: 'As credenciais nao funcionam',
  },
];

const REASONS: LocalizedCase = {
  language: 'Portuguese (Brazil)',
  paste:
    'Conexão de Área de Trabalho Remota\nA Área de Trabalho Remota não pode se conectar ao computador remoto por um destes motivos:\n1) O acesso remoto ao servidor não está habilitado',
  sentence: 'cannot-connect-reasons',
  english:
    "Remote Desktop can't connect to the remote computer for one of these reasons: 1) Remote access to the server is not enabled",
  nearMiss: 'O aplicativo não pode se conectar à impressora por um destes motivos:',
};

describe('"Your credentials did not work" in the words public pages quote its heading in', () => {
  it.each(CREDENTIALS)('$language: "$paste"', (c) => {
    const part = expectLocalizedSentence(
      c,
      /^https:\/\/(?:www\.computerweekly\.com\/de\/|es\.ittrip\.xyz\/|pt\.ittrip\.xyz\/)/,
    );
    expect(part?.wordingNotMicrosoft).toBe(true);
  });

  it("says the reading rests on one page that is not Microsoft's, Microsoft's own pages wording the dialog otherwise", () => {
    const notes = explainCode(CREDENTIALS[0]?.paste ?? '').notes.join('\n');
    expect(notes).toMatch(
      /not a Microsoft page: Microsoft's pages in that language word this dialog otherwise; one page only/,
    );
  });

  it("in a paste about Remote Desktop the words stay the dialog's, whatever else the paste says", () => {
    expect(
      sentenceIds(
        'Remotedesktopverbindung an srv-app01: Ihre Anmeldeinformationen funktionieren nicht. Kennwort erneut eingeben',
      ),
    ).toContain('credentials-did-not-work');
  });

  it('the words said of another thing are not the dialog', () => {
    for (const paste of [
      'Anbieter von Pluginanmeldeinformationen funktionieren nicht mit URIs, die Leerräume enthalten',
      'Esas credenciales no funcionaron.',
      'Se suas credenciais não funcionam, use a recuperação forçada.',
    ])
      expect(sentenceIds(paste), paste).not.toContain('credentials-did-not-work');
  });

  it("every row of the table rests on a page: Microsoft's, or one public page said to be the only one", () => {
    for (const w of COMMON_DIALOG_WORDINGS) {
      expect(w.source.url).toMatch(/^https:\/\//);
      if (w.source.publicQuote) expect(w.source.publicQuote.also).toEqual([]);
    }
  });
});

describe('"Remote Desktop can\'t connect to the remote computer for one of these reasons" in Portuguese', () => {
  it("is read as the English dialog, from Microsoft's pt-br page", () => {
    const part = expectLocalizedSentence(REASONS, /^https:\/\/docs\.microsoft\.com\/pt-br\//);
    expect(part?.wordingNotMicrosoft).toBeUndefined();
  });
});

describe('the Czech network-error words alone are no dialog', () => {
  it.each(['Chyba sítě', 'Chyba site'])('"%s" reads as nothing', (paste) => {
    expect(sentenceIds(paste), paste).toEqual([]);
  });
});
