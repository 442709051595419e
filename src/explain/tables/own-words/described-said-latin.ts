/**
 * What a clause says failed, in the languages written in Latin script (issue 60, round 26): a lexicon per language of
 * the words for the parts of Remote Desktop a user names (the credentials and the password, the licence and the
 * license server, the remote computer) and for their failure (wrong, did not work, not available, none, not found),
 * read by described-reading.ts as the English `said` of described-symptoms.ts is: one clause names the part and says
 * it failed ("las credenciales no funcionaron", "kein Lizenzserver verfügbar", "Extern bureaublad kan de computer niet
 * vinden"), only in a paste about Remote Desktop that names no other product, never where a negation or a success
 * cancels the failure, nor where the clause holds another concept's words (`unless`: an account locked, disabled or
 * expired is the account's state, not a wrong password; Windows' or Office's own activation is not Remote Desktop's
 * licence).
 *
 * Also each language's "could not" (`FAILURE_VERBS`): the failure told before a part's name ("No se pudo encontrar un
 * servidor de licencias válido", "nie można odnaleźć"), not a negation that cancels the name.
 *
 * The words are the ones Microsoft's localized pages print for the same five dialogs, one page per language read whole:
 * the Azure article "Troubleshoot specific RDP error messages to a Windows VM in Azure" (its titles: the license
 * servers, "can't find the computer", the Local Security Authority, "Your credentials did not work", "This computer
 * can't connect"), as its localized mirrors hold it (`AZURE_RDP_ERRORS`), and the Remote Desktop clients' FAQ of
 * windowsserverdocs in es-es, de-de, it-it and pt-br (`CLIENT_FAQ`: "credenciales incorrectas", "falsche
 * Anmeldeinformationen", "credenziali non corrette", "credenciais incorretas"). A language whose words rest on one page
 * only says so in its row's source.
 */
import { CANNOT_CONNECT_SAID_H64A } from './described-cannot-connect-latin.js';
import { type DescriptionLanguage, type LanguageSaid, said, wordsPattern } from './symptom-concept.js';

/** The Azure article's mirror in a language (github.com/<owner>/azure-docs.<locale>, the same path in each). */
const AZURE_RDP_ERRORS = (repo: string, quoted: string) =>
  `Microsoft Learn "Troubleshoot specific RDP error messages to a Windows VM in Azure" in the language (https://github.com/${repo}/blob/HEAD/articles/virtual-machines/troubleshooting/troubleshoot-specific-rdp-errors.md: ${quoted})`;
/** The same article's older localized copy (github.com/OpenLocalizationTestOrg/azure-docs-pr15_<locale>). */
const AZURE_RDP_ERRORS_OLD = (locale: string, quoted: string) =>
  `Microsoft's localized copy of "Troubleshoot specific RDP error messages to a Windows VM in Azure" (https://github.com/OpenLocalizationTestOrg/azure-docs-pr15_${locale}/blob/HEAD/articles/virtual-machines/virtual-machines-windows-troubleshoot-specific-rdp-errors.md: ${quoted})`;
/** The windowsserverdocs FAQ of the Remote Desktop clients in a language. */
const CLIENT_FAQ = (repo: string, quoted: string) =>
  `Microsoft's "Frequently asked questions about the Remote Desktop clients" in the language (https://github.com/${repo}/blob/HEAD/WindowsServerDocs/remote/remote-desktop-services/clients/remote-desktop-client-faq.md: ${quoted})`;

/** An account's state in the language: a clause holding one is the account's, not a wrong password's. */
const ACCOUNT_STATE: Readonly<Partial<Record<DescriptionLanguage, string>>> = {
  de: 'gesperrt|deaktiviert|abgelaufen|geändert werden',
  fr: 'verrouillé*|désactivé*|expiré*|changer',
  es: 'bloquead*|deshabilitad*|expirad*|caducad*|cambiar',
  it: 'bloccat*|disabilitat*|scadut*|cambiare',
  pt: 'bloquead*|desabilitad*|desativad*|expirad*|alterar',
  nl: 'vergrendeld|geblokkeerd|uitgeschakeld|verlopen',
  pl: 'zablokowan*|wyłączon*|wygasł*',
  cs: 'zablokován*|zakázán*|vypršel*|uzamčen*',
  sv: 'låst|inaktiverat|har gått ut',
  hu: 'zárolva|letiltva|lejárt',
  tr: 'kilitl*|devre dışı|süresi dol*',
};

/** Windows' or another product's own licence and its activation in the language: not Remote Desktop's licence. */
const OTHER_LICENCE: Readonly<Partial<Record<DescriptionLanguage, string>>> = {
  de: 'aktivierung|aktiviert|office|produktschlüssel',
  fr: 'activation|activé*|office|clé de produit',
  es: 'activación|activad*|office|clave de producto',
  it: 'attivazione|attivat*|office|codice product*',
  pt: 'ativação|ativad*|office|chave do produto',
  nl: 'activering|geactiveerd|office|productcode',
  pl: 'aktywacj*|aktywowan*|office|klucz produktu',
  cs: 'aktivac*|aktivován*|office|kód product*',
  sv: 'aktivering|aktiverad|office|produktnyckel',
  hu: 'aktiválás*|aktivál*|office|termékkulcs',
  tr: 'etkinleştir*|office|ürün anahtarı',
};

/** A wrong password or credentials that did not work ("Your credentials did not work", the FAQ's wrong credentials). */
const WRONG_PASSWORD: readonly LanguageSaid[] = [
  said(
    'wrong-password',
    'de',
    {
      subject: 'anmeldeinformationen|kennwort|passwort|benutzernamen und kennwort',
      failed:
        'falsch*|ungültig*|nicht funktioniert|haben nicht funktioniert|konnte keine verbindung hergestellt werden|nicht akzeptiert',
      unless: ACCOUNT_STATE.de,
    },
    `${AZURE_RDP_ERRORS('otrekw/azure-docs.de-de', '"Mit den Anmeldeinformationen konnte keine Verbindung hergestellt werden"')}; ${CLIENT_FAQ('maxschnelle/windowsserverdocs.de-de', '"das Ergebnis der falsche Anmeldeinformationen"')}`,
    'Remotedesktop: Mit den Anmeldeinformationen konnte keine Verbindung hergestellt werden.',
    'Remotedesktop: das Kennwort ist nicht falsch, das Konto ist gesperrt.',
  ),
  said(
    'wrong-password',
    'fr',
    {
      subject: "informations d'identification|identifiants|mot de passe",
      failed: "incorrect*|erroné*|invalide*|n'ont pas fonctionné|ne fonctionnent pas|refusé*",
      unless: ACCOUNT_STATE.fr,
    },
    AZURE_RDP_ERRORS(
      'stephanemora/azure-docs.fr-fr',
      '"Vos informations d\'identification n\'ont pas fonctionné", "vérifiez … que le mot de passe est correct"',
    ),
    "Bureau à distance : Vos informations d'identification n'ont pas fonctionné.",
    "Bureau à distance : le mot de passe n'est pas incorrect, le compte est verrouillé.",
  ),
  said(
    'wrong-password',
    'es',
    {
      subject: 'credenciales|contraseña|nombre de usuario y contraseña',
      failed: 'incorrect*|no funcionaron|no funcionan|no válid*|inválid*|equivocad*|rechazad*',
      unless: ACCOUNT_STATE.es,
    },
    `${AZURE_RDP_ERRORS('ngallegoar/azure-docs.es-es', '"Error de Seguridad de Windows: las credenciales no funcionaron"')}; ${CLIENT_FAQ('trinidadCastro/windowsserverdocs.es-es', '"es el resultado del uso de credenciales incorrectas"')}`,
    'Escritorio remoto: Error de Seguridad de Windows: las credenciales no funcionaron.',
    'Escritorio remoto: la contraseña no es incorrecta, la cuenta está bloqueada.',
  ),
  said(
    'wrong-password',
    'it',
    {
      subject: 'credenziali|password|nome utente e password',
      failed: 'non corrett*|errat*|sbagliat*|non valid*|non funzionano|non hanno funzionato|rifiutat*',
      unless: ACCOUNT_STATE.it,
    },
    `${AZURE_RDP_ERRORS('nsrau/azure-docs.it-it', '"Errore di sicurezza di Windows: Le credenziali specificate non funzionano"')}; ${CLIENT_FAQ('ilchiodi/windowsserverdocs.it-it', '"il risultato di credenziali non corrette"')}`,
    'Desktop remoto: Errore di sicurezza di Windows: Le credenziali specificate non funzionano.',
    'Desktop remoto: la password non è errata, l’account è bloccato.',
  ),
  said(
    'wrong-password',
    'pt',
    {
      subject: 'credenciais|senha|nome de usuário e senha',
      failed: 'incorret*|errad*|inválid*|não funcionaram|não funcionam|recusad*',
      unless: ACCOUNT_STATE.pt,
    },
    `${CLIENT_FAQ('gugaangelis/windowsserverdocs.pt-br', '"o resultado de credenciais incorretas", "Verifique seu nome de usuário e senha"')}: one page only`,
    'Área de Trabalho Remota: o resultado de credenciais incorretas durante a tentativa de conexão.',
    'Área de Trabalho Remota: a senha não está incorreta, a conta está bloqueada.',
  ),
  said(
    'wrong-password',
    'nl',
    {
      subject: 'referenties|wachtwoord|gebruikersnaam of wachtwoord',
      failed: 'werken niet|hebben niet gewerkt|onjuist|verkeerd*|ongeldig*|niet geaccepteerd',
      unless: ACCOUNT_STATE.nl,
    },
    `${AZURE_RDP_ERRORS('Microsoft/azure-docs.nl-nl', '"Fout bij de Windows-beveiliging: uw referenties werken niet", "uw referenties hebben niet gewerkt"')}: one page only`,
    'Extern bureaublad: Windows-beveiligingsfout: uw referenties hebben niet gewerkt.',
    'Extern bureaublad: het wachtwoord is niet onjuist, het account is vergrendeld.',
  ),
  said(
    'wrong-password',
    'pl',
    {
      subject: 'poświadczenia|hasło|nazwa użytkownika lub hasło',
      failed: 'nie działają|nie zadziałały|nieprawidłow*|niepoprawn*|błędn*',
      unless: ACCOUNT_STATE.pl,
    },
    `${AZURE_RDP_ERRORS('Microsoft/azure-docs.pl-pl', '"Błąd zabezpieczeń systemu Windows: Twoje poświadczenia nie działają"')}: one page only`,
    'Pulpit zdalny: Twoje poświadczenia nie działają.',
    'Pulpit zdalny: hasło nie jest błędne, konto jest zablokowane.',
  ),
  said(
    'wrong-password',
    'cs',
    {
      subject: 'pověření|heslo|přihlašovací údaje',
      failed: 'nefungoval*|nefunguj*|nesprávn*|neplatn*|špatn*',
      unless: ACCOUNT_STATE.cs,
    },
    `${AZURE_RDP_ERRORS('Microsoft/azure-docs.cs-cz', '"Chyba zabezpečení systému Windows: Pověření nefungovala"')}: one page only`,
    'Vzdálená plocha: Chyba zabezpečení systému Windows: Pověření nefungovala.',
    'Vzdálená plocha: heslo není nesprávné, účet je zablokován.',
  ),
  said(
    'wrong-password',
    'sv',
    {
      subject: 'autentiseringsuppgifter|lösenord*',
      failed: 'inte fungerade|fungerade inte|fungerar inte|felaktig*|ogiltig*',
      unless: ACCOUNT_STATE.sv,
    },
    `${AZURE_RDP_ERRORS('officelearn/azure-docs.sv-se', '"Windows-säkerhetsfel: dina autentiseringsuppgifter inte fungerade"')}: one page only`,
    'Fjärrskrivbord: Windows-säkerhetsfel: dina autentiseringsuppgifter inte fungerade.',
    'Fjärrskrivbord: lösenordet är inte felaktigt, kontot är låst.',
  ),
  said(
    'wrong-password',
    'hu',
    {
      subject: 'hitelesítő adat*|jelszó|jelszava',
      failed: 'nem működ*|helytelen|hibás|érvénytelen',
      unless: ACCOUNT_STATE.hu,
    },
    `${AZURE_RDP_ERRORS('tsunami416604/azure-docs.hu-hu', '"Windows biztonsági hiba: a hitelesítő adatai nem működnek"')}: one page only`,
    'Távoli asztal: a hitelesítő adatai nem működnek.',
    'Távoli asztal: a jelszó nem hibás, a fiók zárolva.',
  ),
  said(
    'wrong-password',
    'tr',
    {
      subject: 'kimlik bilgileri*|parola*|şifre*',
      failed: 'çalışmadı|çalışmıyor|hatalı|yanlış|geçersiz',
      unless: ACCOUNT_STATE.tr,
    },
    `${AZURE_RDP_ERRORS('PEXANE2/azure-docs.tr-tr', '"Windows Security hatası: Kimlik bilgileriniz çalışmadı"')}: one page only`,
    'Uzak Masaüstü: Windows Security hatası: Kimlik bilgileriniz çalışmadı.',
    'Uzak Masaüstü: parola yanlış değil, hesap kilitli.',
  ),
  said(
    'wrong-password',
    'da',
    {
      subject: 'legitimationsoplysninger|adgangskode*',
      failed: 'ikke fungerer|fungerer ikke|forkert*|ugyldig*',
      unless: 'spærret|deaktiveret|udløbet',
    },
    `${AZURE_RDP_ERRORS_OLD('da-DK', '"Windows-sikkerhed fejl: dine legitimationsoplysninger ikke fungerer"')}: one page only (a machine translation)`,
    'Fjernskrivebord: Windows-sikkerhed fejl: dine legitimationsoplysninger ikke fungerer.',
    'Fjernskrivebord: adgangskoden er ikke forkert, kontoen er spærret.',
  ),
];

/** No license server or licence available ("there are no Remote Desktop License Servers available"). */
const LICENCE_UNAVAILABLE: readonly LanguageSaid[] = [
  said(
    'licensing-problem',
    'de',
    {
      subject: 'lizenzserver|lizenz|lizenzen|remotedesktop-lizenzserver',
      failed:
        'kein lizenzserver|keine lizenzserver|keine lizenz|keine lizenzen|nicht verfügbar|abgelaufen|ungültig*|fehlgeschlagen',
      unless: OTHER_LICENCE.de,
    },
    AZURE_RDP_ERRORS(
      'otrekw/azure-docs.de-de',
      '"Die Verbindung mit der Remotesitzung wurde getrennt, da keine Lizenzserver für Remotedesktop vorhanden sind"',
    ),
    'Die Verbindung mit der Remotesitzung wurde getrennt, da keine Lizenzserver für Remotedesktop vorhanden sind.',
    'Remotedesktop: die Office-Lizenz ist abgelaufen.',
  ),
  said(
    'licensing-problem',
    'fr',
    {
      subject: 'serveur de licences|licence|licences',
      failed: 'aucun serveur de licences|aucune licence|pas disponible|indisponible|expiré*|invalide',
      unless: OTHER_LICENCE.fr,
    },
    AZURE_RDP_ERRORS(
      'stephanemora/azure-docs.fr-fr',
      '"La session distante a été déconnectée, car aucun serveur de licences Bureau à distance n\'est disponible pour fournir une licence"',
    ),
    "La session distante a été déconnectée, car aucun serveur de licences Bureau à distance n'est disponible pour fournir une licence.",
    'Bureau à distance : la licence Office a expiré.',
  ),
  said(
    'licensing-problem',
    'es',
    {
      subject: 'servidores de licencias|servidor de licencias|licencias|licencia',
      failed:
        'no hay servidores|no hay licencias|no disponible*|no está disponible|expir*|caducad*|no válid*|no se pudo encontrar',
      unless: OTHER_LICENCE.es,
    },
    AZURE_RDP_ERRORS(
      'ngallegoar/azure-docs.es-es',
      '"la sesión remota se desconectó porque no hay servidores de licencias de Escritorio remoto disponibles para proporcionar una licencia"',
    ),
    'Escritorio remoto: la sesión remota se desconectó porque no hay servidores de licencias de Escritorio remoto disponibles para proporcionar una licencia.',
    'Escritorio remoto: la licencia de Office expiró.',
  ),
  said(
    'licensing-problem',
    'it',
    {
      subject: 'server licenze|licenza|licenze',
      failed: 'non sono disponibili|non disponibil*|nessun server|nessuna licenza|scadut*|non valid*',
      unless: OTHER_LICENCE.it,
    },
    `${AZURE_RDP_ERRORS('nsrau/azure-docs.it-it', '"La sessione remota è stata disconnessa perché non sono disponibili server licenze di Desktop remoto per il rilascio della licenza"')}: one page only`,
    'La sessione remota è stata disconnessa perché non sono disponibili server licenze di Desktop remoto per il rilascio della licenza.',
    'Desktop remoto: la licenza di Office è scaduta.',
  ),
  said(
    'licensing-problem',
    'pt',
    {
      subject:
        'servidores de licenciamento|servidor de licenciamento|servidores de licença|servidor de licença|servidor de licenças|licença|licenças|licenciamento',
      failed:
        'não existem servidores|não existem nenhum|não há servidores|não há licenças|nenhum servidor|nenhuma licença|não disponível|indisponível|expirad*|inválid*',
      unless: OTHER_LICENCE.pt,
    },
    `${AZURE_RDP_ERRORS('Microsoft/azure-docs.pt-pt', '"a sessão remota foi desligada porque não existem … servidores de licenciamento de ambiente de trabalho remoto"')}: one page only (a machine translation); licenciamento alone, RD Licensing as Microsoft's pt-br Remote Desktop Services pages name it ("Licenciamento da Área de Trabalho Remota", https://github.com/MicrosoftDocs/windowsserverdocs.pt-br/blob/HEAD/WindowsServerDocs/remote/remote-desktop-services/rds-client-access-license.md)`,
    'Área de Trabalho Remota: não existem servidores de licenciamento disponíveis.',
    'Área de Trabalho Remota: a licença do Office está expirada.',
  ),
  said(
    'licensing-problem',
    'nl',
    {
      subject: 'licentieservers|licentieserver|licentie|licenties',
      failed:
        'geen extern bureaublad-licentieservers|geen licentieservers|geen licentieserver|geen licenties|niet beschikbaar|verlopen|ongeldig*',
      unless: OTHER_LICENCE.nl,
    },
    `${AZURE_RDP_ERRORS('Microsoft/azure-docs.nl-nl', '"De externe sessie is beëindigd omdat er geen Extern bureaublad-licentieservers beschikbaar zijn"')}: one page only`,
    'De externe sessie is beëindigd omdat er geen Extern bureaublad-licentieservers beschikbaar zijn om een licentie te verstrekken.',
    'Extern bureaublad: de Office-licentie is verlopen.',
  ),
  said(
    'licensing-problem',
    'pl',
    {
      subject: 'serwerów licencji|serwer licencji|serwera licencji|licencji|licencja',
      failed: 'braku dostępnych|brak licencji|brak serwer*|niedostępn*|wygasł*|nieprawidłow*',
      unless: OTHER_LICENCE.pl,
    },
    `${AZURE_RDP_ERRORS('Microsoft/azure-docs.pl-pl', '"Sesja zdalna została rozłączona z powodu braku dostępnych serwerów licencji pulpit zdalny"')}: one page only`,
    'Sesja zdalna została rozłączona z powodu braku dostępnych serwerów licencji pulpit zdalny w celu udostępnienia licencji.',
    'Pulpit zdalny: licencja Office wygasła.',
  ),
  said(
    'licensing-problem',
    'cs',
    {
      subject: 'licenční servery|licenční server|licenci|licence',
      failed: 'nejsou k dispozici|není k dispozici|nejsou žádné|žádné licenční|neexistují žádné|vypršel*|neplatn*',
      unless: OTHER_LICENCE.cs,
    },
    `${AZURE_RDP_ERRORS('Microsoft/azure-docs.cs-cz', '"Vzdálená relace byla odpojena, protože nejsou k dispozici žádné licenční servery vzdálené plochy"')}: one page only`,
    'Vzdálená relace byla odpojena, protože nejsou k dispozici žádné licenční servery vzdálené plochy, které by poskytovaly licenci.',
    'Vzdálená plocha: licence Office vypršela.',
  ),
  said(
    'licensing-problem',
    'sv',
    {
      subject: 'fjärrskrivbordslicenser|licens*',
      failed: 'finns inga|ingen licens*|inte tillgänglig*|har gått ut|ogiltig*',
      unless: OTHER_LICENCE.sv,
    },
    `${AZURE_RDP_ERRORS('officelearn/azure-docs.sv-se', '"Fjärrsessionen kopplades från eftersom det finns inga … servrar för fjärrskrivbordslicenser tillgängliga"')}: one page only`,
    'Fjärrsessionen kopplades från eftersom det finns inga servrar för fjärrskrivbordslicenser tillgängliga för att tillhandahålla en licens.',
    'Fjärrskrivbord: Office-licensen har gått ut.',
  ),
  said(
    'licensing-problem',
    'tr',
    {
      subject: 'lisans*',
      failed: 'olmadığından|kullanılamıyor|süresi dol*|geçersiz',
      unless: OTHER_LICENCE.tr,
    },
    `${AZURE_RDP_ERRORS('PEXANE2/azure-docs.tr-tr', '"Lisans sağlamak için kullanılabilir uzak masaüstü lisans sunucuları olmadığından uzak oturum kesildi"')}: one page only`,
    'Lisans sağlamak için kullanılabilir uzak masaüstü lisans sunucuları olmadığından uzak oturum kesildi.',
    'Uzak Masaüstü: Office lisansının süresi doldu.',
  ),
  said(
    'licensing-problem',
    'da',
    {
      subject: 'licensservere|licensserver|licens*',
      failed: 'ingen|ikke til rådighed|udløbet',
      unless: 'aktivering|office',
    },
    `${AZURE_RDP_ERRORS_OLD('da-DK', '"Den fjernsession blev afbrudt, fordi der er ingen Remote Desktop licensservere til rådighed med en licens"')}: one page only (a machine translation)`,
    'Den fjernsession blev afbrudt, fordi der er ingen Remote Desktop licensservere til rådighed med en licens.',
    'Fjernskrivebord: Office-licensen er udløbet.',
  ),
];

/** The remote computer not found ("Remote Desktop can't find the computer", "The remote computer cannot be found"). */
const COMPUTER_NOT_FOUND: readonly LanguageSaid[] = [
  said(
    'not-reached',
    'de',
    { subject: 'remotecomputer|computer', failed: 'nicht finden|nicht gefunden' },
    AZURE_RDP_ERRORS('otrekw/azure-docs.de-de', '"Remotedesktop kann den Computer „Name“ nicht finden."'),
    'Remotedesktop kann den Computer „server01“ nicht finden.',
    'Remotedesktop kann den Computer nicht finden? Nein, er wurde gefunden, und TeamViewer verbindet.',
  ),
  said(
    'not-reached',
    'fr',
    { subject: 'ordinateur distant|ordinateur', failed: 'ne trouve pas|introuvable|ne peut pas être trouvé' },
    `${AZURE_RDP_ERRORS('stephanemora/azure-docs.fr-fr', '"Le bureau à distance ne trouve pas le « name » de l\'ordinateur"')}: one page only`,
    "Le bureau à distance ne trouve pas le « server01 » de l'ordinateur.",
    "AnyDesk : l'ordinateur distant est introuvable.",
  ),
  said(
    'not-reached',
    'es',
    {
      subject: 'equipo remoto|equipo',
      failed: 'no encuentra|no se encuentra|no se encontró|no se pudo encontrar',
    },
    `${AZURE_RDP_ERRORS('ngallegoar/azure-docs.es-es', '"el Escritorio remoto no encuentra el "nombre" del equipo"')}; ${CLIENT_FAQ('trinidadCastro/windowsserverdocs.es-es', '"No se encuentra el equipo remoto."')}`,
    'No se encuentra el equipo remoto. Asegúrate de tener el nombre del equipo correcto.',
    'TeamViewer: no se encuentra el equipo remoto.',
  ),
  said(
    'not-reached',
    'it',
    {
      subject: 'computer remoto|computer',
      failed: 'impossibile rilevare|impossibile trovare|non trovato|non è stato trovato',
    },
    `${AZURE_RDP_ERRORS('nsrau/azure-docs.it-it', '"Desktop remoto: impossibile rilevare il "nome" del computer"')}: one page only`,
    'Desktop remoto: impossibile rilevare il "server01" del computer.',
    'AnyDesk: impossibile trovare il computer remoto.',
  ),
  said(
    'not-reached',
    'pt',
    {
      subject: 'computador remoto|computador',
      failed: 'não é possível localizar|não pode localizar|não foi encontrado|não pode ser encontrado|não encontra',
    },
    `${AZURE_RDP_ERRORS('Microsoft/azure-docs.pt-pt', '"Ambiente de trabalho remoto não é possível localizar … nome do computador"')}: one page only (a machine translation)`,
    'Área de Trabalho Remota: não é possível localizar o computador remoto.',
    'TeamViewer: não é possível localizar o computador remoto.',
  ),
  said(
    'not-reached',
    'nl',
    { subject: 'externe computer|computer', failed: 'niet vinden|niet gevonden|kan niet worden gevonden' },
    `${AZURE_RDP_ERRORS('Microsoft/azure-docs.nl-nl', '"Extern bureaublad kan de naam van de computer niet vinden"')}: one page only`,
    'Extern bureaublad kan de naam van de computer niet vinden.',
    'TeamViewer kan de externe computer niet vinden.',
  ),
  said(
    'not-reached',
    'sv',
    { subject: 'fjärrdatorn|datorn', failed: 'kan inte hitta|hittades inte|kunde inte hittas' },
    `${AZURE_RDP_ERRORS('officelearn/azure-docs.sv-se', '"Fjärrskrivbordet kan inte hitta datorn ”name”"')}: one page only`,
    'Fjärrskrivbordet kan inte hitta datorn ”server01”.',
    'AnyDesk kan inte hitta fjärrdatorn.',
  ),
  said(
    'not-reached',
    'tr',
    { subject: 'bilgisayar*', failed: 'bulamıyor*|bulunamadı|bulunamıyor' },
    `${AZURE_RDP_ERRORS('PEXANE2/azure-docs.tr-tr', '"Uzak Masaüstü bilgisayar "adı" bulamıyorum"')}: one page only`,
    'Uzak Masaüstü bilgisayar "server01" bulamıyor.',
    'AnyDesk uzak bilgisayarı bulamıyor.',
  ),
  said(
    'not-reached',
    'pl',
    { subject: 'komputer*', failed: 'nie może odnaleźć|nie może znaleźć|nie można odnaleźć|nie znaleziono' },
    `${AZURE_RDP_ERRORS('Microsoft/azure-docs.pl-pl', '"Pulpit zdalny nie może znaleźć komputera", "Pulpit zdalny nie może odnaleźć komputera"')}: one page only`,
    'Pulpit zdalny nie może odnaleźć komputera "server01".',
    'AnyDesk nie może odnaleźć komputera.',
  ),
  said(
    'not-reached',
    'cs',
    { subject: 'počítač*', failed: 'nenašla|nenašel|nebyl nalezen|nelze najít|nemůže najít' },
    `${AZURE_RDP_ERRORS('Microsoft/azure-docs.cs-cz', '"Vzdálená plocha nenašla počítač "name"", "Vzdálená plocha nemůže najít "název" počítače"')}; Microsoft's Czech Windows 7 help "Proč se nemohu připojit pomocí programu Připojení ke vzdálené ploše?" (http://windows.microsoft.com/cs-CZ/windows7/Why-can-t-I-connect-using-Remote-Desktop-Connection: "Vzdálený počítač nebyl nalezen")`,
    'Vzdálená plocha nenašla počítač "server01".',
    'AnyDesk: vzdálený počítač nebyl nalezen.',
  ),
  said(
    'not-reached',
    'hu',
    { subject: 'számítógép*', failed: 'nem találja|nem található' },
    `${AZURE_RDP_ERRORS('tsunami416604/azure-docs.hu-hu', '"Távoli asztal nem találja a "Name" nevű számítógépet"')}: one page only`,
    'Távoli asztal nem találja a "server01" nevű számítógépet.',
    'AnyDesk nem találja a számítógépet.',
  ),
  said(
    'not-reached',
    'da',
    { subject: 'fjerncomputeren|computeren', failed: 'kan ikke finde|blev ikke fundet' },
    `${AZURE_RDP_ERRORS_OLD('da-DK', '"Fjernskrivebord kan ikke finde computeren "navn""')}: one page only (a machine translation)`,
    'Fjernskrivebord kan ikke finde computeren "server01".',
    'AnyDesk kan ikke finde computeren.',
  ),
  said(
    'not-reached',
    'fi',
    { subject: 'tietokone*', failed: 'ei löydä|ei löydy' },
    `${AZURE_RDP_ERRORS_OLD('fi-FI', '"Etätyöpöytä ei löydä tietokoneen "nimi""')}: one page only (a machine translation)`,
    'Etätyöpöytä ei löydä tietokoneen "server01".',
    'AnyDesk ei löydä tietokonetta.',
  ),
];

/**
 * The connections or sessions at their limit ("the RD Gateway server has reached the maximum number of active
 * connections", "You already have active Remote Desktop connections"): the session rules, not the network. The limit
 * said not reached later in the clause (`unless`) is no failure.
 */
const CONNECTIONS_LIMITED: readonly LanguageSaid[] = [
  said(
    'too-many-sessions',
    'de',
    {
      subject: 'verbindung|verbindungen|sitzung|sitzungen',
      failed: 'maximale anzahl|maximal eine|nur eine|zu viele',
      unless: 'nicht erreicht|nicht überschritten',
    },
    CLIENT_FAQ(
      'maxschnelle/windowsserverdocs.de-de',
      '"hat der RD-Gateway-Server die maximale Anzahl der aktiven Verbindungen erreicht"',
    ),
    'Remotedesktop: der RD-Gateway-Server hat die maximale Anzahl der aktiven Verbindungen erreicht.',
    'TeamViewer: zu viele Verbindungen.',
  ),
  said(
    'too-many-sessions',
    'es',
    {
      subject: 'conexiones|conexión|sesiones|sesión',
      failed: 'número máximo|demasiadas|solo una',
      unless: 'no se alcanzó|no se ha alcanzado|no alcanzó|no ha alcanzado',
    },
    CLIENT_FAQ(
      'trinidadCastro/windowsserverdocs.es-es',
      '"el servidor de puerta de enlace de Escritorio remoto alcanzó el número máximo de conexiones activas"',
    ),
    'Escritorio remoto: el servidor de puerta de enlace alcanzó el número máximo de conexiones activas.',
    'AnyDesk: demasiadas conexiones.',
  ),
  said(
    'too-many-sessions',
    'it',
    {
      subject: 'connessioni|connessione|sessioni|sessione',
      failed: 'numero massimo|troppe|solo una',
      unless: 'non è stato raggiunto|non ha raggiunto|non raggiunto',
    },
    CLIENT_FAQ(
      'ilchiodi/windowsserverdocs.it-it',
      '"il server Gateway Desktop remoto ha raggiunto il numero massimo di connessioni attive"',
    ),
    'Desktop remoto: il server Gateway ha raggiunto il numero massimo di connessioni attive.',
    'Desktop remoto: il numero massimo di connessioni non è stato raggiunto.',
  ),
  said(
    'too-many-sessions',
    'pt',
    {
      subject: 'conexões|conexão|sessões|sessão',
      failed: 'número máximo|muitas|apenas uma',
      unless: 'não foi atingido|não atingiu',
    },
    `${CLIENT_FAQ('gugaangelis/windowsserverdocs.pt-br', '"o servidor de Gateway de Área de Trabalho Remota atingiu o número máximo de conexões ativas"')}: one page only`,
    'Área de Trabalho Remota: o servidor de Gateway atingiu o número máximo de conexões ativas.',
    'AnyDesk: muitas conexões.',
  ),
  said(
    'too-many-sessions',
    'pl',
    { subject: 'połączenia|połączeń|sesje|sesji', failed: 'już aktywne|zbyt wiele|maksymaln*' },
    'AnyViewer\'s Polish guide to the Remote Desktop error "Masz już aktywne połączenia pulpitu zdalnego" (https://www.anyviewer.com/pl/how-to/you-already-have-active-remote-desktop-connections-on-this-computer-1796.amp.html: the computer\'s limit of simultaneous sessions): one page only',
    'Masz już aktywne połączenia pulpitu zdalnego',
    'Pulpit zdalny: nie masz już aktywne połączenia? Tak, TeamViewer ma zbyt wiele połączeń.',
  ),
];

/**
 * Microsoft's win32 pages "System Error Codes (1300-1699)" in each language (learn.microsoft.com/<locale>/windows/win32/
 * debug/system-error-codes--1300-1699-, machine translations; the pages described-languages-latin.ts reads): the
 * account locked (1909), disabled (1331), its password expired (1330), in each language's words for the account, the
 * password and their state.
 */
const WIN32_STATES = (words: string) =>
  `Microsoft's win32 page "System Error Codes (1300-1699)" in the language (a machine translation: 1909 the account locked, 1331 disabled, 1330 the password expired): ${words}`;

/** The account's state said by a clause ("la cuenta está bloqueada", "het wachtwoord is verlopen"). */
const ACCOUNT_STATES: readonly LanguageSaid[] = [
  [
    'de',
    'konto|benutzerkonto|kennwort|passwort',
    'gesperrt|deaktiviert|abgelaufen',
    'Remotedesktop: das Konto ist seit gestern gesperrt.',
    'Remotedesktop: das Konto ist nicht gesperrt.',
  ],
  [
    'fr',
    'compte|mot de passe',
    'verrouillé|bloqué|désactivé|expiré|a expiré',
    'Bureau à distance : le compte est verrouillé depuis hier.',
    "Bureau à distance : le compte n'est pas verrouillé.",
  ],
  [
    'es',
    'cuenta|contraseña',
    'bloqueada|deshabilitada|desactivada|expirada|caducada|ha expirado|ha caducado',
    'Escritorio remoto: la cuenta está bloqueada desde ayer.',
    'Escritorio remoto: la cuenta no está bloqueada.',
  ],
  [
    'it',
    'account|password',
    'bloccato|disabilitato|scaduto|scaduta|è scaduta',
    'Desktop remoto: l’account è bloccato da ieri.',
    'Desktop remoto: l’account non è bloccato.',
  ],
  [
    'pt',
    'conta|senha',
    'bloqueada|desabilitada|desativada|expirada|expirou',
    'Área de Trabalho Remota: a conta está bloqueada desde ontem.',
    'Área de Trabalho Remota: a conta não está bloqueada.',
  ],
  [
    'nl',
    'account|wachtwoord',
    'vergrendeld|geblokkeerd|uitgeschakeld|verlopen',
    'Extern bureaublad: het wachtwoord is verlopen.',
    'Extern bureaublad: het wachtwoord is niet verlopen.',
  ],
  [
    'pl',
    'konto|hasło',
    'zablokowane|zablokowany|wyłączone|wyłączony|wygasło|wygasł',
    'Pulpit zdalny: konto jest zablokowane od wczoraj.',
    'Pulpit zdalny: konto nie jest zablokowane.',
  ],
  [
    'cs',
    'účet|heslo',
    'uzamčen|zablokován|zakázán|vypršel|vypršela|vypršelo',
    'Vzdálená plocha: heslo vypršelo.',
    'Vzdálená plocha: heslo nevypršelo, ale TeamViewer hlásí, že heslo vypršelo.',
  ],
  [
    'sv',
    'kontot|konto|lösenordet|lösenord',
    'låst|utelåst|inaktiverat|har gått ut|har upphört',
    'Fjärrskrivbord: kontot är låst sedan i går.',
    'Fjärrskrivbord: kontot är inte låst.',
  ],
  [
    'hu',
    'fiók|fiókja|jelszó|jelszava',
    'zárolva|zárolták|letiltva|letiltották|lejárt',
    'Távoli asztal: a fiók zárolva van.',
    'Távoli asztal: a fiók nincs zárolva? Nem, nem zárolva.',
  ],
  [
    'tr',
    'hesap|hesabı|hesabım|parola|şifre',
    'kilitlendi|kilitli|devre dışı|süresi doldu',
    'Uzak Masaüstü: hesap kilitlendi.',
    'Uzak Masaüstü: hesap kilitli değil.',
  ],
  [
    'da',
    'kontoen|konto|adgangskoden',
    'spærret|låst|deaktiveret|udløbet',
    'Fjernskrivebord: kontoen er spærret.',
    'Fjernskrivebord: kontoen er ikke spærret.',
  ],
].map(([language, subject, failed, example, nearMiss]) =>
  said(
    'account-state',
    language as DescriptionLanguage,
    { subject: subject as string, failed: failed as string },
    WIN32_STATES(`the words for the account or the password (${subject}) and their state (${failed})`),
    example as string,
    nearMiss as string,
  ),
);

export const LANGUAGE_SAID: readonly LanguageSaid[] = [
  ...WRONG_PASSWORD,
  ...LICENCE_UNAVAILABLE,
  ...COMPUTER_NOT_FOUND,
  ...CONNECTIONS_LIMITED,
  ...ACCOUNT_STATES,
  // The dialog's "can't connect to the remote computer" retold without its reasons (round 32, h64a).
  ...CANNOT_CONNECT_SAID_H64A,
];

/**
 * Each language's "could not", "cannot", "not found" before a part's name: the failure told, not a negation of the
 * name ("No se pudo encontrar un servidor de licencias", "nie można odnaleźć komputera"), taken out before a negation
 * is looked for (described-reading.ts, as its English SYMPTOM_NEGATION is). From the same pages: es "no se pudo
 * encontrar", "no encuentra", "No se puede conectar" (AZURE_RDP_ERRORS es-es); de "kann … nicht", "konnte keine"
 * (de-de); fr "ne trouve pas", "ne peut pas" (fr-fr); it "impossibile", "non è in grado di" (it-it); pt "não é
 * possível" (pt-pt); nl "kan geen", "kan … niet" (nl-nl); pl "nie może", "Nie można" (pl-pl); cs "nelze", "nemůže";
 * sv "kan inte", "Det går inte att" (sv-se); hu "Nem lehet", "nem tud" (hu-hu); da "kan ikke" (AZURE_RDP_ERRORS_OLD
 * da-DK); fi "ei voi", "ei löydä" (fi-FI).
 */
export const FAILURE_VERBS = wordsPattern(
  'no se pudo|no se puede|no se encuentra|no encuentra|konnte nicht|konnte keine|kann nicht|kann keine|ne trouve pas|ne peut pas|impossibile|non è in grado di|não é possível|não foi possível|kan geen|kan niet|nie może|nie można|nelze|nemůže|kan inte|kunde inte|går inte att|nem lehet|nem tud|kan ikke|ei voi|ei löydä',
);

/**
 * More names that make a description about Remote Desktop (the described reader's gate only: a dialog's sentence keeps
 * other-subsystems.ts's own REMOTE_DESKTOP_WORDS): the remote computer as the Spanish and Portuguese dialogs name it
 * ("No se encuentra el equipo remoto", "computador remoto"; CLIENT_FAQ es-es and pt-br), as English "the remote
 * computer" does; and Polish "pulpit zdalny" in its other cases ("połączenia pulpitu zdalnego", "na pulpicie
 * zdalnym": AnyViewer's Polish guide above, and Microsoft's pl-pl "Pulpit zdalny nie może znaleźć komputera" in its
 * nominative); Remote Desktop's Danish and Norwegian name "Fjernskrivebord" and its Finnish one "Etätyöpöytä"
 * (AZURE_RDP_ERRORS_OLD da-DK and fi-FI).
 */
export const REMOTE_COMPUTER_WORDS =
  /\b(?:equipo remoto|computador remoto|pulpitu zdalnego|pulpicie zdalnym|fjernskrivebord\w*|etätyöpö\p{L}{0,6})/u;
