/**
 * The two Microsoft Learn pages users quote most, in more of the locales they read (issue 60, round 19): the Azure VM
 * page "Troubleshoot authentication errors when you use RDP to connect to Azure VM" (troubleshoot/azure/virtual-machines/
 * windows/cannot-connect-rdp-azure-vm: the LSA and NLA / domain controller dialogs) and Azure Virtual Desktop's
 * "Troubleshoot the Remote Desktop client for Windows" (the Entra-joined session host's "account is configured to
 * prevent you from using this device" and "user name or password is incorrect"), in the shape of localized.ts
 * (`LocalizedWording`, spread into its LOCALIZED_SENTENCES), each naming the English sentence of sentences.ts it is the
 * translation of.
 *
 * Rows only where the locale's page words the sentence apart from the rows already kept (a Swedish, Dutch, Turkish, Italian or
 * Brazilian dialog the current VM page rewords; the Portuguese (Portugal) page of the VM
 * article words both dialogs as the Brazilian one does, so the pt rows read it). Both pages are machine translations
 * (their English originals: MicrosoftDocs/SupportArticles-docs and azure-docs): Windows' own words may differ.
 *
 * Only type imports from localized-wording.ts (localized.ts spreads this table into its own: no load-time cycle).
 */
import { type LocalizedLanguage, type LocalizedWording, type Page, wordingIn } from './localized-wording.js';

/** The VM authentication-errors article on learn.microsoft.com in `locale` (the Turkish page's address has no /windows/). */
const vmAuth = (locale: string, windows = true): Page => ({
  url: `https://learn.microsoft.com/${locale}/troubleshoot/azure/virtual-machines/${windows ? 'windows/' : ''}cannot-connect-rdp-azure-vm`,
  file: `MicrosoftDocs/SupportArticles-docs support/azure/virtual-machines/windows/cannot-connect-rdp-azure-vm.md (the English original of the ${locale} page)`,
  machineTranslated: true,
});

/** Azure Virtual Desktop "Troubleshoot the Remote Desktop client for Windows" on learn.microsoft.com in `locale`. */
const avdClient = (locale: string): Page => ({
  url: `https://learn.microsoft.com/${locale}/azure/virtual-desktop/troubleshoot-client-windows`,
  file: `azure-docs.${locale} articles/virtual-desktop/troubleshoot-client-windows.md`,
  machineTranslated: true,
});

/** One row in `language`: the English sentence, the page's quoted text, the words read (localized-more-wordings.ts too). */
export const row = (
  language: LocalizedLanguage,
  sentence: string,
  quoted: string,
  words: LocalizedWording['words'],
  source: Page,
) => wordingIn(language)(sentence, quoted, words, source);

export const LEARN_PAGE_WORDINGS: readonly LocalizedWording[] = [
  row(
    'sv',
    'lsa-cannot-be-contacted',
    'Ett autentiseringsfel har uppstått. Det går inte att kontakta den lokala säkerhetsmyndigheten.',
    ['Det går inte att kontakta den lokala säkerhetsmyndigheten'],
    vmAuth('sv-se'),
  ),
  row(
    'sv',
    'nla-dc-unreachable',
    'Fjärrdatorn som du försöker ansluta till kräver autentisering på nätverksnivå (NLA), men windows-domänkontrollanten kan inte kontaktas för att utföra NLA.',
    ['autentisering på nätverksnivå', 'domänkontrollanten kan inte kontaktas'],
    vmAuth('sv-se'),
  ),
  row(
    'nl',
    'nla-dc-unreachable',
    'De externe computer waarmee u verbinding probeert te maken om Netwerkniveauverificatie (NLA) te vereisen, maar er kan geen contact worden gemaakt met uw Windows-domeincontroller om NLA uit te voeren.',
    ['Netwerkniveauverificatie', 'geen contact worden gemaakt met uw Windows-domeincontroller'],
    vmAuth('nl-nl'),
  ),
  row(
    'tr',
    'lsa-cannot-be-contacted',
    'Kimlik doğrulama hatası oluştu. Yerel Güvenlik Yetkilisi ile iletişim kurulamıyor.',
    ['Yerel Güvenlik Yetkilisi ile iletişim kurulamıyor'],
    vmAuth('tr-tr', false),
  ),
  row(
    'it',
    'nla-dc-unreachable',
    "Il computer remoto a cui stai tentando di connetterti richiede l'autenticazione a livello di rete (NLA), ma il tuo controller di dominio Windows non può essere contattato per eseguire NLA.",
    ["richiede l'autenticazione a livello di rete", 'controller di dominio Windows non può essere contattato'],
    vmAuth('it-it'),
  ),
  row(
    'pt',
    'nla-dc-unreachable',
    'O computador remoto ao qual você está tentando se conectar requer NLA (Autenticação em Nível de Rede), mas o controlador de domínio do Windows não pode ser contatado para executar NLA.',
    ['Autenticação em Nível de Rede', 'controlador de domínio do Windows não pode ser contatado'],
    vmAuth('pt-br'),
  ),
  // Windows' own 1326 text in Portuguese (Brazil) has no "a" (message-texts.ts): the page's heading adds it.
  row(
    'pt',
    'user-name-or-password-incorrect',
    'O nome de usuário ou a senha está incorreta',
    ['nome de usuário ou a senha está incorreta'],
    avdClient('pt-br'),
  ),
  row(
    'pt-PT',
    'device-prevented-by-account',
    'A sua conta está configurada para o impedir de utilizar este dispositivo',
    [
      [
        'configurada para o impedir de utilizar este dispositivo',
        'configurada para impedi-lo de usar este dispositivo',
      ],
    ],
    avdClient('pt-pt'),
  ),
  row(
    'pt-PT',
    'user-name-or-password-incorrect',
    'O nome de utilizador ou a palavra-passe estão incorretos',
    ['nome de utilizador ou a palavra-passe estão incorretos'],
    avdClient('pt-pt'),
  ),
  row(
    'id',
    'device-prevented-by-account',
    'Akun Anda dikonfigurasi untuk mencegah Anda menggunakan perangkat ini',
    ['dikonfigurasi untuk mencegah Anda menggunakan perangkat ini'],
    avdClient('id-id'),
  ),
  row(
    'id',
    'user-name-or-password-incorrect',
    'Nama pengguna atau kata sandi salah',
    ['Nama pengguna atau kata sandi salah'],
    avdClient('id-id'),
  ),
];
