/**
 * Turkish, Czech, Swedish and Hungarian (issue 60, round 17): the Remote Desktop dialogs as Microsoft's tr-tr, cs-cz,
 * sv-se and hu-hu pages quote them, in the shape of localized.ts (`LocalizedWording`, spread into its
 * LOCALIZED_SENTENCES), each naming the English sentence of sentences.ts it is the translation of, so its meaning, code
 * and causes are that sentence's.
 *
 * Sources, never a translation of ours: two articles of Azure's "Troubleshoot virtual machines" in each language (the
 * public repositories azure-docs.<locale>; machine translations, `ms.translationtype: MT`, except the Swedish "specific
 * errors" page, whose translation type is not stated: Windows' own words may differ, and the answer says so):
 * - "Troubleshooting specific RDP error messages to a Windows VM in Azure": the licensing, name, LSA, credentials and
 *   "can't connect" dialogs, each a heading of the page.
 * - "Troubleshoot authentication errors when you use RDP to connect to Azure VM": the NLA / domain controller dialog
 *   and a second wording of the LSA and "can't connect" dialogs.
 * - "An internal error occurs when you try to connect to an Azure VM through Remote Desktop" (Turkish, Czech): the
 *   internal-error dialog, a phrase many programs show (sentences.ts `phrase`: read as the dialog only in a paste about
 *   Remote Desktop or holding nothing else).
 *
 * The words read are each heading's distinctive part; where the two pages word a dialog apart (the Swedish and
 * Hungarian LSA dialog, their "can't connect"), the part they share, or both wordings as alternatives. Swedish pages
 * split compounds ("fjärr skrivbord"): folding drops spaces, so "fjärrskrivbord" as Windows writes it reads the same.
 *
 * Only type imports from localized-wording.ts (localized.ts spreads this table into its own: no load-time cycle).
 */
import { type LocalizedWording, type Page, wordingIn } from './localized-wording.js';

const LOCALES = { tr: 'tr-tr', cs: 'cs-cz', sv: 'sv-se', hu: 'hu-hu' } as const;

/** An article of Azure's "Troubleshoot virtual machines" in a language (azure-docs.<locale>). */
const azureVm = (language: keyof typeof LOCALES, article: string, translation: 'MT' | 'not stated'): Page => ({
  url: `https://docs.microsoft.com/${LOCALES[language]}/azure/virtual-machines/troubleshooting/${article}`,
  file: `azure-docs.${LOCALES[language]} articles/virtual-machines/troubleshooting/${article}.md (${translation === 'MT' ? 'MT' : 'translation type not stated'})`,
  ...(translation === 'MT' ? { machineTranslated: true as const } : {}),
});
const specific = (language: keyof typeof LOCALES) =>
  azureVm(language, 'troubleshoot-specific-rdp-errors', language === 'sv' ? 'not stated' : 'MT');
const auth = (language: keyof typeof LOCALES) => azureVm(language, 'troubleshoot-authentication-error-rdp-vm', 'MT');
const internal = (language: keyof typeof LOCALES) => azureVm(language, 'troubleshoot-rdp-internal-error', 'MT');

/**
 * Windows 7's own help (windows.microsoft.com, retired; no public source file): "Why can't I connect using Remote
 * Desktop Connection?", which names the client's error messages, in Czech (a Czech row of h60b, issue 60).
 */
const win7Help: Page = {
  url: 'https://windows.microsoft.com/cs-cz/windows7/why-can-t-i-connect-using-remote-desktop-connection',
  file: 'Windows 7 help "Proč se nemohu připojit pomocí programu Připojení ke vzdálené ploše?" (the cs-CZ page of "Why can\'t I connect using Remote Desktop Connection?"; no public source file)',
};

const tr = wordingIn('tr');
const cs = wordingIn('cs');
const sv = wordingIn('sv');
const hu = wordingIn('hu');

export const TR_CS_SV_HU_WORDINGS: readonly LocalizedWording[] = [
  // Turkish: both pages word the LSA and "can't connect" dialogs alike.
  tr(
    'no-license-servers',
    'Bir lisans sağlamak için kullanılabilir Uzak Masaüstü lisans sunucusu olmadığından uzak oturumun bağlantısı kesildi.',
    ['Uzak Masaüstü lisans sunucusu olmadığından', 'uzak oturumun bağlantısı kesildi'],
    specific('tr'),
  ),
  tr(
    'cannot-find-computer',
    'Uzak Masaüstü "adı" bilgisayarını bulamıyor.',
    ['Uzak Masaüstü', 'bilgisayarını bulamıyor'],
    specific('tr'),
  ),
  tr(
    'lsa-cannot-be-contacted',
    'Bir kimlik doğrulama hatası oluştu. Yerel güvenlik yetkilisine ulaşılamıyor.',
    ['Yerel güvenlik yetkilisine ulaşılamıyor'],
    specific('tr'),
  ),
  tr(
    'credentials-did-not-work',
    'Windows güvenlik hatası: kimlik bilgileriniz çalışmadı.',
    ['kimlik bilgileriniz çalışmadı'],
    specific('tr'),
  ),
  tr(
    'cannot-connect-generic',
    'Bu bilgisayar uzak bilgisayara bağlanamıyor.',
    ['Bu bilgisayar uzak bilgisayara bağlanamıyor'],
    specific('tr'),
  ),
  tr(
    'nla-dc-unreachable',
    'Bağlanmaya çalıştığınız uzak bilgisayar Ağ Düzeyinde Kimlik Doğrulama (NLA) gerektiriyor, ancak Windows etki alanı denetleyicinize NLA gerçekleştirmek için iletişim kurulamıyor.',
    ['Ağ Düzeyinde Kimlik Doğrulama', 'etki alanı denetleyici', 'iletişim kurulamıyor'],
    auth('tr'),
  ),
  // Czech: both pages word the LSA and "can't connect" dialogs alike.
  cs(
    'no-license-servers',
    'Vzdálená relace byla odpojena, protože nejsou k dispozici žádné licenční servery vzdálené plochy pro poskytnutí licence.',
    ['Vzdálená relace byla odpojena', 'licenční servery vzdálené plochy'],
    specific('cs'),
  ),
  cs(
    'cannot-find-computer',
    'Vzdálená plocha nemůže najít počítač "název".',
    ['Vzdálená plocha nemůže najít počítač'],
    specific('cs'),
  ),
  cs(
    'remote-computer-cannot-be-found',
    'Vzdálený počítač nebyl nalezen. Požádejte správce vzdáleného počítače, aby ověřil název počítače a přesvědčte se, že jste jej zadali správně.',
    ['Vzdálený počítač nebyl nalezen'],
    win7Help,
  ),
  cs(
    'lsa-cannot-be-contacted',
    'Došlo k chybě ověřování. Místní autoritu zabezpečení nelze kontaktovat.',
    ['Místní autoritu zabezpečení nelze kontaktovat'],
    specific('cs'),
  ),
  cs(
    'credentials-did-not-work',
    'Chyba zabezpečení systému Windows: vaše přihlašovací údaje nefungovaly.',
    ['přihlašovací údaje nefungovaly'],
    specific('cs'),
  ),
  cs(
    'cannot-connect-generic',
    'Tento počítač se nemůže připojit ke vzdálenému počítači.',
    ['Tento počítač se nemůže připojit ke vzdálenému počítači'],
    specific('cs'),
  ),
  cs(
    'nla-dc-unreachable',
    'Vzdálený počítač, ke kterému se pokoušíte připojit, vyžaduje ověřování na úrovni sítě (NLA), ale řadič domény systému Windows se nedá kontaktovat, aby se mohl provést NLA.',
    ['ověřování na úrovni sítě', 'řadič domény', 'nedá kontaktovat'],
    auth('cs'),
  ),
  // Swedish: the LSA dialog worded apart by the two pages (both kept); "can't connect" by the part they share.
  sv(
    'no-license-servers',
    'Fjärrsessionen kopplades från eftersom det inte finns några fjärr skrivbords licens servrar tillgängliga för att tillhandahålla en licens.',
    ['Fjärrsessionen kopplades från', 'fjärr skrivbords licens servrar'],
    specific('sv'),
  ),
  sv(
    'cannot-find-computer',
    'Fjärr skrivbord kan inte hitta datorn "name".',
    ['Fjärr skrivbord kan inte hitta datorn'],
    specific('sv'),
  ),
  sv(
    'lsa-cannot-be-contacted',
    'Ett autentiseringsfel har inträffat. Det går inte att kontakta den lokala säkerhets kontrollen.',
    ['Det går inte att kontakta den lokala säkerhets kontrollen'],
    specific('sv'),
  ),
  sv(
    'lsa-cannot-be-contacted',
    'Ett autentiseringsfel har uppstått. Den lokala säkerhetsmyndigheten kan inte kontaktas.',
    ['Den lokala säkerhetsmyndigheten kan inte kontaktas'],
    auth('sv'),
  ),
  // The page says "autentiseringsuppgifterna" (the credentials): its two parts, so "Dina autentiseringsuppgifter" reads too.
  sv(
    'credentials-did-not-work',
    'Windows-säkerhets fel: autentiseringsuppgifterna fungerade inte.',
    ['autentiseringsuppgifter', 'fungerade inte'],
    specific('sv'),
  ),
  sv(
    'cannot-connect-generic',
    'Datorn kan inte ansluta till fjärrdatorn.',
    ['Datorn kan inte ansluta till fjärrdatorn'],
    specific('sv'),
  ),
  sv(
    'nla-dc-unreachable',
    'Fjärrdatorn som du försöker ansluta till kräver NLA (Network Level Authentication), men windows-domänkontrollanten kan inte kontaktas för att utföra NLA.',
    ['Network Level Authentication', 'domänkontrollanten kan inte kontaktas'],
    auth('sv'),
  ),
  // Hungarian: the LSA dialog worded apart by the two pages (both kept); "can't connect" by the part they share.
  hu(
    'no-license-servers',
    'A távoli munkamenet le lett választva, mert nincs elérhető Távoli asztal licenckiszolgálóra a licenc biztosításához.',
    ['A távoli munkamenet le lett választva', 'licenckiszolgál'],
    specific('hu'),
  ),
  hu(
    'cannot-find-computer',
    'Távoli asztal nem találja a "Name" nevű számítógépet.',
    ['Távoli asztal nem találja a', 'nevű számítógépet'],
    specific('hu'),
  ),
  hu(
    'lsa-cannot-be-contacted',
    'Hitelesítési hiba történt. Nem lehet felvenni a kapcsolatot a helyi biztonsági szolgáltatóval.',
    ['kapcsolatot a helyi biztonsági szolgáltatóval'],
    specific('hu'),
  ),
  hu(
    'lsa-cannot-be-contacted',
    'Hitelesítési hiba történt. Nem lehet kapcsolódni a helyi biztonsági szervezet.',
    ['Nem lehet kapcsolódni a helyi biztonsági szervezet'],
    auth('hu'),
  ),
  hu(
    'credentials-did-not-work',
    'Windows biztonsági hiba: a hitelesítő adatai nem működnek.',
    ['hitelesítő adatai nem működnek'],
    specific('hu'),
  ),
  hu(
    'cannot-connect-generic',
    'Ez a számítógép nem tud kapcsolódni a távoli számítógéphez.',
    ['Ez a számítógép nem tud kapcsolódni a távoli számítógép'],
    specific('hu'),
  ),
  hu(
    'nla-dc-unreachable',
    'A távoli számítógép, amely a hálózati szintű hitelesítés (NLA) igényel csatlakozni próbált, de a Windows tartományvezérlő nem érhető el NLA végrehajtásához.',
    ['hálózati szintű hitelesítés', 'tartományvezérlő nem érhető el'],
    auth('hu'),
  ),
  tr('internal-error', 'Bir iç hata oluştu', ['Bir iç hata oluştu'], internal('tr')),
  cs('internal-error', 'Došlo k vnitřní chybě.', ['Došlo k vnitřní chybě'], internal('cs')),
];
