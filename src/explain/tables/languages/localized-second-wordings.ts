/**
 * Cells of the dialog × language matrix (issue 60, round 32, h64a) that a second wording of the same dialog fills:
 * the row already read one page's translation, and another page of Microsoft's, in the same language, words the same
 * dialog otherwise (another article's translator, another tense). Each entry is read by the parts its pages share
 * (the dialog's subject and its remote computer, or the credentials) and by the predicate each page gives, every
 * alternative quoted by a page named here; never a wording of ours. In the shape of localized.ts (`LocalizedWording`,
 * spread into its LOCALIZED_SENTENCES), each naming the English sentence of sentences.ts it translates, so that its
 * meaning, code and causes are that sentence's.
 *
 * - "Remote Desktop can't connect to the remote computer for one of these reasons" (`cannot-connect-reasons`) in
 *   Brazil's Portuguese: the 2015 article the older row quotes says "por um destes motivos"; "Troubleshoot an RDP
 *   general error in Azure VM" (troubleshoot-rdp-general-error.md, azure-docs.pt-br, `ms.translationtype: HT`, a
 *   person's translation) says "por um dos seguintes motivos". Read by the clause both share, "não pode se conectar ao
 *   computador remoto", with either page's "reasons" clause: the dialog pasted with its numbered reasons after it (as
 *   the page shows it) is read, which the near quote of the older row missed.
 * - "Your credentials did not work" (`credentials-did-not-work`) in Dutch: "Troubleshoot Remote Desktop connections to
 *   an Azure VM" (troubleshoot-rdp-connection.md, azure-docs.nl-nl, a machine translation) lists "Windows-
 *   beveiligingsfout: uw referenties hebben niet gewerkt", the perfect tense of the older row's "werken niet"; its
 *   older copy (MT too) words it "Uw referenties niet werkte". Read by "referenties" and either page's predicate,
 *   beside the "uw" (your) of both: "de referenties" of another service's sentence is not the dialog.
 * - The same dialog in Italian, past tense: Azure AD sign-in to a Windows VM (howto-vm-sign-in-azure-ad-windows.md,
 *   azure-docs.it-it) quotes the error a Remote Desktop connection shows as "le credenziali non funzionavano" (its
 *   screenshot's caption "Le credenziali non hanno funzionato", which the older row reads). Any program's sign-in says
 *   as much: a `phrase`, read only in a paste about Remote Desktop or holding nothing else.
 *
 * Sources: the pages' files in public copies of Microsoft's localized documentation repositories, found through the
 * public code index (its file ids named); the answer says a machine translation is one.
 *
 * Only type imports from localized-wording.ts (localized.ts spreads this table into its own: no load-time cycle).
 */
import type { LocalizedWording, Page } from './localized-wording.js';

/** An article of Microsoft's Azure documentation in a locale, as the public copy holds it. */
const azureArticle = (locale: string, article: string, indexId: string, machineTranslated: boolean): Page => ({
  url: `https://docs.microsoft.com/${locale}/azure/virtual-machines/${article}`,
  file: `azure-docs.${locale} articles/virtual-machines/${article}.md (${machineTranslated ? 'MT' : 'HT'}; public code index file ${indexId})`,
  ...(machineTranslated ? { machineTranslated: true as const } : {}),
});

export const MATRIX_H64A_WORDINGS: readonly LocalizedWording[] = [
  {
    sentence: 'cannot-connect-reasons',
    language: 'pt',
    quoted:
      'A Área de Trabalho Remota não pode se conectar ao computador remoto por um dos seguintes motivos: 1. O acesso remoto ao servidor não está habilitado 2. O computador remoto está desligado 3. O computador remoto não está disponível na rede',
    words: ['não pode se conectar ao computador remoto', ['por um dos seguintes motivos', 'por um destes motivos']],
    basis: 'wording',
    source: azureArticle('pt-br', 'troubleshooting/troubleshoot-rdp-general-error', '22150677892', false),
  },
  {
    sentence: 'credentials-did-not-work',
    language: 'nl',
    quoted: 'Windows-beveiligingsfout: uw referenties hebben niet gewerkt.',
    words: ['uw referenties', ['hebben niet gewerkt', 'niet werkte']],
    basis: 'wording',
    source: azureArticle('nl-nl', 'troubleshooting/troubleshoot-rdp-connection', '14077330141', true),
  },
  {
    sentence: 'credentials-did-not-work',
    language: 'it',
    quoted: 'le credenziali non funzionavano.',
    words: ['le credenziali non funzionavano'],
    basis: 'wording',
    phrase: true,
    source: {
      url: 'https://docs.microsoft.com/it-it/azure/active-directory/devices/howto-vm-sign-in-azure-ad-windows',
      file: 'azure-docs.it-it articles/active-directory/devices/howto-vm-sign-in-azure-ad-windows.md (public code index file 21929564996)',
    },
  },
];
