/**
 * The five dialogs of Azure's "Troubleshooting specific RDP error messages to a Windows VM in Azure" as its 2016
 * localized files word them (issue 60, round 28): all five in Danish, Finnish, Croatian and Portugal's Portuguese, and
 * "Remote Desktop can't find the computer" in German, French, Spanish and Brazil's Portuguese (the later pages of
 * localized.ts quote the other four in these), in the shape of localized.ts
 * (`LocalizedWording`, spread into its LOCALIZED_SENTENCES), each naming the English sentence of sentences.ts it is the
 * translation of, so its meaning, code and causes are that sentence's. Cells of the dialog matrix
 * (scripts/localized-matrix.mjs) no Microsoft page had filled in these languages.
 *
 * Sources, never a translation of ours: the article's file (articles/virtual-machines/
 * virtual-machines-windows-troubleshoot-specific-rdp-errors.md, ms.date 10/14/2016) in Microsoft's localization
 * repositories OpenLocalizationTestOrg/azure-docs-pr15_<locale>, read at the commits named. They are machine
 * translations (the headings garble some words: "Lokale sikkerhed myndigheder", "Paikallinen suojaus viranomainen"):
 * Windows' own words may differ, and the answer says so (`machineTranslated`). Each heading is one dialog; the words
 * read are its distinctive part (where the page's list and its heading word a dialog apart, both, as alternatives).
 * "This computer can't connect to the remote computer" is read by its own words only (`exact`): most of them are said
 * of a printer as well.
 *
 * Only type imports from localized-wording.ts (localized.ts spreads this table into its own: no load-time cycle).
 */
import { type LocalizedWording, type Page, wordingIn } from './localized-wording.js';

/**
 * The 2016 "Troubleshooting specific RDP error messages" in a language (docs.microsoft.com/<locale>, retired), read in
 * Microsoft's localization repository of it (a machine translation).
 */
const specific2016 = (locale: string, commit: string): Page => ({
  url: `https://docs.microsoft.com/${locale.toLowerCase()}/azure/virtual-machines/virtual-machines-windows-troubleshoot-specific-rdp-errors`,
  file: `azure-docs.${locale.toLowerCase()} articles/virtual-machines/virtual-machines-windows-troubleshoot-specific-rdp-errors.md (10/14/2016, MT; read in OpenLocalizationTestOrg/azure-docs-pr15_${locale} at ${commit})`,
  machineTranslated: true,
});

const DA = specific2016('da-DK', 'e9f2baa97e4318466de0e4b741c39e96a0ac893c');
const FI = specific2016('fi-FI', 'fdce2c25d575d28e2fe8ddf189f4e8723dcff59d');
const HR = specific2016('hr-HR', '575156e55efca7f82429c7c66d63dd4697345569');
const PT_PT = specific2016('pt-PT', '837204c6cb5e08e81930ca3ef07965de6058eabc');
const DE = specific2016('de-DE', '1334735b86a667ea1ba6b6fcd8735f32f2142bc7');
const FR = specific2016('fr-FR', 'e337b7d83b4114d5c955294b78ed13fa5d93f64a');
const ES = specific2016('es-ES', '03ab511624e2882c7ca64d94f436288d5a0375a2');
const PT_BR = specific2016('pt-BR', '38269fee36a8638d2981be55b264c7c2916e78fc');

const da = wordingIn('da');
const fi = wordingIn('fi');
const hr = wordingIn('hr');
const ptPT = wordingIn('pt-PT');

export const SPECIFIC_2016_WORDINGS: readonly LocalizedWording[] = [
  wordingIn('de')(
    'cannot-find-computer',
    'Remotedesktop kann den Computer "Name" nicht finden.',
    ['Remotedesktop kann den Computer', 'nicht finden'],
    DE,
  ),
  wordingIn('fr')(
    'cannot-find-computer',
    'Bureau à distance ne peut pas trouver l’ordinateur « nom ».',
    ['Bureau à distance ne peut pas trouver l'],
    FR,
  ),
  wordingIn('es')(
    'cannot-find-computer',
    'Escritorio remoto no puede encontrar el equipo "nombre".',
    ['Escritorio remoto no puede encontrar el equipo'],
    ES,
  ),
  wordingIn('pt')(
    'cannot-find-computer',
    'Área de trabalho remota não consegue encontrar o computador "nome".',
    ['Área de trabalho remota não consegue encontrar o computador'],
    PT_BR,
  ),
  ptPT(
    'no-license-servers',
    'A sessão remota foi desligada porque não existem não existem servidores de licença de ambiente de trabalho remoto disponíveis para fornecer uma licença.',
    ['A sessão remota foi desligada', 'servidores de licença de ambiente de trabalho remoto'],
    PT_PT,
  ),
  ptPT(
    'cannot-find-computer',
    'Ambiente de trabalho remoto não é possível localizar o computador "nome".',
    ['Ambiente de trabalho remoto não é possível localizar o computador'],
    PT_PT,
  ),
  ptPT(
    'lsa-cannot-be-contacted',
    'Ocorreu um erro de autenticação. Autoridade de segurança Local não pode ser contactada.',
    ['Autoridade de segurança Local não pode ser contactada'],
    PT_PT,
  ),
  ptPT(
    'credentials-did-not-work',
    'Erro de segurança do Windows: as suas credenciais não funcionarem.',
    ['as suas credenciais não funcion'],
    PT_PT,
  ),
  {
    ...ptPT(
      'cannot-connect-generic',
      'Neste computador não consegue ligar para o computador remoto.',
      ['não consegue ligar para o computador remoto'],
      PT_PT,
    ),
    exact: true,
  },
  da(
    'no-license-servers',
    'Den fjernsession blev afbrudt, fordi der er ingen Remote Desktop licensservere til rådighed med en licens.',
    ['fjernsession blev afbrudt', 'licensservere'],
    DA,
  ),
  da(
    'cannot-find-computer',
    'Fjernskrivebord kan ikke finde computeren "navn".',
    ['Fjernskrivebord kan ikke finde computeren'],
    DA,
  ),
  da(
    'lsa-cannot-be-contacted',
    'Der opstod en godkendelsesfejl. Lokale sikkerhed myndigheder kan ikke kontaktes.',
    ['Lokale sikkerhed myndigheder kan ikke kontaktes'],
    DA,
  ),
  da(
    'credentials-did-not-work',
    'Windows-sikkerhed fejl: dine legitimationsoplysninger ikke fungerer.',
    ['dine legitimationsoplysninger ikke fungerer'],
    DA,
  ),
  {
    ...da(
      'cannot-connect-generic',
      'Denne computer kan ikke oprette forbindelse til fjerncomputeren.',
      ['Denne computer kan ikke oprette forbindelse til fjerncomputeren'],
      DA,
    ),
    exact: true,
  },
  fi(
    'no-license-servers',
    'Etäistunto on katkaistu, koska ei ole Remote työpöydän palvelimet voi antaa käyttöoikeuden.',
    ['Etäistunto', 'työpöydän palvelimet voi antaa käyttöoikeuden'],
    FI,
  ),
  fi('cannot-find-computer', 'Etätyöpöytä ei löydä tietokoneen "nimi".', ['Etätyöpöytä ei löydä tietokone'], FI),
  fi(
    'lsa-cannot-be-contacted',
    'Todennus on virhe. Paikallinen suojaus viranomainen ei voi muodostaa yhteyttä.',
    ['Paikallinen suojaus viranomainen'],
    FI,
  ),
  fi(
    'credentials-did-not-work',
    'Windowsin suojaus-virhe: tunnistetietoja ei ollut.',
    ['Windowsin suojaus-virhe', 'tunnistetietoja ei ollut'],
    FI,
  ),
  {
    ...fi(
      'cannot-connect-generic',
      'Tämä tietokone ei voi muodostaa etätietokone.',
      ['Tämä tietokone ei voi muodostaa etätietokone'],
      FI,
    ),
    exact: true,
  },
  hr(
    'no-license-servers',
    'Udaljena sesija prekinuta je jer nema udaljene radne površine licence poslužiteljima koji daju te licence.',
    ['Udaljena sesija prekinuta', 'licence poslužiteljima'],
    HR,
  ),
  hr(
    'cannot-find-computer',
    'Udaljena radna površina ne može pronaći računalo "naziv".',
    ['Udaljena radna površina', ['ne može pronaći računalo', 'ne možete pronaći računalo']],
    HR,
  ),
  hr(
    'lsa-cannot-be-contacted',
    'Došlo je do pogreške provjere autentičnosti. Ne možete uspostaviti lokalnoj ustanovi za sigurnost.',
    ['lokalnoj ustanovi za sigurnost'],
    HR,
  ),
  hr(
    'credentials-did-not-work',
    'Sigurnost sustava Windows pogreška: nije uspjelo vjerodajnice.',
    ['Sigurnost sustava Windows pogreška', 'vjerodajnice'],
    HR,
  ),
  {
    ...hr(
      'cannot-connect-generic',
      'Ovo računalo ne može povezati s udaljenog računala.',
      ['Ovo računalo ne može povezati s udaljenog računala'],
      HR,
    ),
    exact: true,
  },
];
