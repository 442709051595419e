/**
 * "Remote Desktop can't connect to the remote computer for one of these reasons" (issue 60, round 28): the dialog as
 * Azure's "Troubleshoot an RDP general error in Azure VM" quotes it in Spanish, Polish, Dutch, Turkish, Czech, Swedish
 * and Hungarian, in the shape of localized.ts (`LocalizedWording`, spread into its LOCALIZED_SENTENCES), each naming the
 * English sentence (`cannot-connect-reasons`), so its meaning, code and causes are that sentence's. Cells of the dialog
 * matrix (scripts/localized-matrix.mjs) no row had filled; German, French, Italian and Brazil's Portuguese are
 * localized.ts' rows from the same article.
 *
 * Sources, never a translation of ours: the article's file (articles/virtual-machines/troubleshooting/
 * troubleshoot-rdp-general-error.md) in public copies of Microsoft's localized azure-docs repositories, read at the
 * commits named; the Polish, Dutch, Turkish, Czech, Swedish and Hungarian files are machine translations (Windows'
 * own words may differ, and the answer says so); the Spanish one states no translation type. The words read are the
 * dialog's "for one of these reasons" clause with the remote computer, which a paste of the dialog cut after its
 * first line still holds; where the Polish, Dutch and Hungarian pages word it apart, the parts they share.
 *
 * "An internal error has occurred" (`internal-error`), as "An internal error occurs when you try to connect to an Azure
 * VM through Remote Desktop" (troubleshoot-rdp-internal-error.md) lists it in Italian, Brazil's Portuguese (Portugal's
 * page words it alike: that row reads it), Dutch, Polish, Swedish and Hungarian (machine translations; German,
 * French, Spanish, Turkish and Czech are the other tables' rows): a phrase many programs show, read as the dialog only
 * in a paste about Remote Desktop or holding nothing else (sentences.ts `phrase`, as every language's row of it is).
 *
 * Only type imports from localized-wording.ts (localized.ts spreads this table into its own: no load-time cycle).
 */
import { type LocalizedLanguage, type LocalizedWording, type Page, wordingIn } from './localized-wording.js';

const ARTICLE = 'virtual-machines/troubleshooting/troubleshoot-rdp-general-error';

/** The article in a language, read in a public copy of azure-docs.<locale>. */
const generalError = (locale: string, copy: string, commit: string, machineTranslated: boolean): Page => ({
  url: `https://docs.microsoft.com/${locale}/azure/${ARTICLE}`,
  file: `azure-docs.${locale} articles/${ARTICLE}.md (${machineTranslated ? 'MT' : 'translation type not stated'}; read in ${copy} at ${commit})`,
  ...(machineTranslated ? { machineTranslated: true as const } : {}),
});

const reasons = (language: LocalizedLanguage, quoted: string, words: LocalizedWording['words'], source: Page) =>
  wordingIn(language)('cannot-connect-reasons', quoted, words, source);

/** "An internal error occurs …" in a language (azure-docs.<locale>, a machine translation). */
const internalError = (locale: string): Page => ({
  url: `https://docs.microsoft.com/${locale}/azure/virtual-machines/troubleshooting/troubleshoot-rdp-internal-error`,
  file: `azure-docs.${locale} articles/virtual-machines/troubleshooting/troubleshoot-rdp-internal-error.md (MT)`,
  machineTranslated: true,
});

const internal = (language: LocalizedLanguage, quoted: string, locale: string) =>
  wordingIn(language)('internal-error', quoted, [quoted.replace(/\.$/, '')], internalError(locale));

export const GENERAL_ERROR_WORDINGS: readonly LocalizedWording[] = [
  internal('it', 'Si è verificato un errore interno', 'it-it'),
  internal('pt', 'Ocorreu um erro interno', 'pt-br'),
  internal('nl', 'Er is een interne fout opgetreden', 'nl-nl'),
  internal('pl', 'Wystąpił błąd wewnętrzny', 'pl-pl'),
  internal('sv', 'Ett internt fel har inträffat', 'sv-se'),
  internal('hu', 'Belső hiba történt', 'hu-hu'),
  reasons(
    'es',
    'Escritorio remoto no se puede conectar al equipo remoto por una de estas razones: 1. No está habilitado el acceso remoto al servidor. 2. El equipo remoto está desactivado. 3. El equipo remoto no está disponible en la red.',
    ['no se puede conectar al equipo remoto por una de estas razones'],
    generalError('es-es', 'ngallegoar/azure-docs.es-es', '184b9a236ad2ebad232b67ac52285a88238bf034', false),
  ),
  reasons(
    'pl',
    'Pulpit zdalny nie może nawiązać połączenia z komputerem zdalnym z jednego z następujących powodów: 1. Dostęp zdalny do serwera nie jest włączony 2. Komputer zdalny jest wyłączony 3. Komputer zdalny nie jest dostępny w sieci',
    ['Pulpit zdalny nie może', 'z komputerem zdalnym', 'jednego z następujących powodów'],
    generalError('pl-pl', 'Microsoft/azure-docs.pl-pl', '02f7cf902fd38a76ca8387af14cb1dc3f63c749b', true),
  ),
  reasons(
    'nl',
    'Extern bureaublad kunt geen verbinding met de externe computer maken om een van de volgende redenen: 1. Externe toegang tot de server is niet ingeschakeld 2. De externe computer is uitgeschakeld 3. De externe computer is niet beschikbaar op het netwerk',
    ['Extern bureaublad', 'externe computer', 'een van de volgende redenen'],
    generalError('nl-nl', 'scorpido74/azure-docs.nl-nl', '0e98684d8fdafcb8c6932493b98d3f09fa736db3', true),
  ),
  reasons(
    'tr',
    'Uzak Masaüstü şu nedenlerden biri için uzak bilgisayara bağlanamıyor: 1. Sunucuya uzaktan erişim etkin değil 2. Uzak bilgisayar kapalı 3. Uzak bilgisayar ağda kullanılamıyor',
    ['nedenlerden biri için uzak bilgisayara bağlanamıyor'],
    generalError('tr-tr', 'PEXANE2/azure-docs.tr-tr', '3500328f85e03ee9711c508b9838f00e95991434', true),
  ),
  reasons(
    'cs',
    'Vzdálená plocha se nemůže připojit ke vzdálenému počítači z jednoho z těchto důvodů: 1. Vzdálený přístup k serveru není povolený. 2. Vzdálený počítač je vypnutý. 3. Vzdálený počítač není v síti k dispozici.',
    ['se nemůže připojit ke vzdálenému počítači z jednoho z těchto důvodů'],
    generalError('cs-cz', 'Microsoft/azure-docs.cs-cz', '105f09cbcf572993bf11462df543412f9255e6ed', true),
  ),
  reasons(
    'sv',
    'Fjärr skrivbord kan inte ansluta till fjärrdatorn av något av följande skäl: 1. Fjärråtkomst till servern är inte aktive rad 2. Fjärrdatorn är avstängd 3. Fjärrdatorn är inte tillgänglig i nätverket',
    ['kan inte ansluta till fjärrdatorn av något av följande skäl'],
    generalError('sv-se', 'officelearn/azure-docs.sv-se', '38179717903482cf1948828e696fe3f6b85786bb', true),
  ),
  reasons(
    'hu',
    'Távoli asztal nem tud csatlakozni a távoli számítógéphez a következő okok valamelyike miatt: 1. A kiszolgálóhoz való távoli hozzáférés nincs engedélyezve 2. A távoli számítógép ki van kapcsolva 3. A távoli számítógép nem érhető el a hálózaton',
    ['távoli számítógéphez', ['következő okok valamelyike miatt', 'következő okok miatt nem tud csatlakozni']],
    generalError('hu-hu', 'tsunami416604/azure-docs.hu-hu', '065b967bdd85f9b51c37ca0f56ddc59927f80aad', true),
  ),
];
