/**
 * The dialogs users meet most, in more of the words they meet them in (issue 60, round 18).
 *
 * "Your credentials did not work" in short words: the dialog's heading as
 * public pages in German, Spanish and Portuguese quote it, where the Microsoft pages in those languages quote the
 * Azure troubleshooting page's other wording (localized.ts: "Mit den Anmeldeinformationen konnte keine Verbindung
 * hergestellt werden", "Las credenciales no funcionaron", "suas credenciais não funcionaram"). Same shape as
 * localized.ts (`LocalizedWording`, spread into its LOCALIZED_SENTENCES), each naming the English sentence of
 * sentences.ts, so its meaning, code and causes are that sentence's.
 *
 * Each rests on one page that is not Microsoft's (`publicQuote`, `also` empty: the answer says "one page only"). The
 * words are a phrase every program may say of its own sign-in ("the credentials don't work": an app's setup guide, a
 * VPN client, Outlook), so each is a `phrase`: read only in a paste about Remote Desktop or holding nothing else.
 *
 * Round 19: the Italian heading (as "Le credenziali non hanno funzionato"), the CredSSP dialog "The function requested
 * is not supported" in Turkish and Czech and the Japanese certificate prompt "The identity of the remote computer
 * cannot be verified", each from the one public page found in its language, each a `phrase` too.
 *
 * "Remote Desktop can't connect to the remote computer for one of these reasons" in Portuguese (Brazil), as
 * Microsoft's pt-br Azure article of 2015 "Solucionar problemas de conexões de Área de Trabalho Remota para uma Máquina
 * Virtual do Azure baseada no Windows" quotes it (retired; read in a public copy of azure-docs.pt-br).
 *
 * Only type imports from localized.ts (it spreads this table into its own: no load-time cycle).
 */
import type { LocalizedWording, Page } from './localized-wording.js';

/** A public page quoting the dialog (not Microsoft's), the only one found in its language. */
const onePage = (url: string, what: string): Page => ({
  url,
  file: `not a Microsoft page: ${what}`,
  publicQuote: { also: [] },
});

const phrase = (
  language: LocalizedWording['language'],
  quoted: string,
  words: LocalizedWording['words'],
  source: Page,
  sentence = 'credentials-did-not-work',
): LocalizedWording => ({
  sentence,
  language,
  quoted,
  words,
  basis: 'wording',
  phrase: true,
  source,
});

export const COMMON_DIALOG_WORDINGS: readonly LocalizedWording[] = [
  // ComputerWeekly's German edition (its translation of TechTarget's "Fix Windows 11 remote desktop credentials that
  // don't work"), naming the error message RDP users meet.
  phrase(
    'de',
    'Ihre Anmeldeinformationen funktionieren nicht',
    ['Ihre Anmeldeinformationen funktionieren nicht'],
    onePage(
      'https://www.computerweekly.com/de/tipp/RDP-Authentifizierung-Haeufige-Fehlerquellen-und-Loesungen',
      'ComputerWeekly.de, a German article on RDP sign-in errors naming the error message',
    ),
  ),
  phrase(
    'es',
    'Estas credenciales no funcionaron',
    ['Estas credenciales no funcionaron'],
    onePage(
      'https://es.ittrip.xyz/windows/rdp/rdp-iniciar-sesion-windows',
      'a Spanish how-to on Remote Desktop sign-in quoting the message',
    ),
  ),
  phrase(
    'pt',
    'As credenciais não funcionam',
    ['As credenciais não funcionam'],
    onePage('https://pt.ittrip.xyz/?p=4397', 'a Portuguese how-to on RDP sign-in quoting the message'),
  ),
  // Round 19 (issue 60): the Italian heading, and the CredSSP dialog and the certificate prompt in the words of the
  // one public page found in each language (no Microsoft page in that language quotes them). A phrase too: "the
  // function requested is not supported" is any program's, the prompt's "ID" any device's.
  phrase(
    'it',
    'Le credenziali non hanno funzionato',
    ['Le credenziali non hanno funzionato'],
    onePage(
      'https://it.ittrip.xyz/?p=4566',
      'an Italian how-to on Remote Desktop sign-in on a local network quoting the message',
    ),
  ),
  phrase(
    'tr',
    'Bir Kimlik Doğrulama hatası oluştu, İstenen İşlev desteklenmiyor',
    ['İstenen İşlev desteklenmiyor'],
    onePage(
      'https://tr.101-help.com/a08693b154-rdp-connection-authentication-error-function-desteklenmez-talep',
      'a Turkish how-to on the Remote Desktop Connection error naming CredSSP encryption oracle remediation',
    ),
    'function-not-supported',
  ),
  phrase(
    'cs',
    'Zadaná funkce není podporována. Došlo k chybě ověřování',
    ['Zadaná funkce není podporována'],
    onePage(
      'https://skillmaker.ru/cs/security/ukazannaya-funkciya-ne-podderzhivaetsya-proizoshla-oshibka-proverki',
      'a Czech article on Network Level Authentication and CredSSP titled with the message',
    ),
    'function-not-supported',
  ),
  phrase(
    'ja',
    'このリモート コンピューターの ID を識別できません。接続しますか?',
    ['リモート コンピューター', 'ID を識別できません'],
    onePage(
      'https://atmarkit.itmedia.co.jp/ait/articles/1309/20/news036.html',
      "@IT (ITmedia), a Japanese Tech TIPS on the Remote Desktop server's certificate quoting the warning",
    ),
    'identity-not-verified',
  ),
  {
    sentence: 'cannot-connect-reasons',
    language: 'pt',
    quoted: 'a Área de Trabalho Remota não pode se conectar ao computador remoto por um destes motivos...',
    words: ['não pode se conectar ao computador remoto por um destes motivos'],
    basis: 'wording',
    source: {
      url: 'https://docs.microsoft.com/pt-br/azure/virtual-machines-troubleshoot-remote-desktop-connections',
      file: 'azure-docs.pt-br articles/virtual-machines-troubleshoot-remote-desktop-connections.md (2015, a retired article; read in the public copy wesleycamargo/azure-docs.pt-br at 290175f4fcc931f836d980753b13811262829b76)',
    },
  },
];
