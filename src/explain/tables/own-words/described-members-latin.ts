/**
 * The account said not to be a member of the Remote Desktop Users group, in more Latin-script languages (issue 60,
 * round 30), as described-members.ts reads it in Hungarian, Turkish and Korean: Azure Virtual Desktop's
 * "Troubleshoot Windows 7 virtual machines" prints "This user is not a member of the Remote Desktop User group" in each
 * language's copy, and each row adds the group's name there with its "is not a member" to the concept of the account
 * without the right to sign in through Remote Desktop (described-connection.ts `no-logon-right`), its causes, gates
 * and negations that concept's. The group's name as Windows writes it in the language ("Utilisateurs du Bureau à
 * distance", "Remotedesktopbenutzer", "Usuarios de Escritorio remoto") beside the page's wording: the family of the
 * sentence, not one page's words.
 */
import type { LanguageWords } from './described-languages.js';

/** The article's copy in a language (github.com/<repo>/…/virtual-desktop/troubleshoot-windows-7-vm.md). */
const WIN7_VM = (repo: string, quoted: string) =>
  `Microsoft Learn "Troubleshoot Windows 7 virtual machines in Windows Virtual Desktop" in the language (https://github.com/${repo}/blob/HEAD/articles/virtual-desktop/troubleshoot-windows-7-vm.md: ${quoted}; its fix: add the user to the Remote Desktop Users group)`;

const row = (language: LanguageWords['language'], words: string, nearMiss: string, source: string): LanguageWords => ({
  concept: 'no-logon-right',
  language,
  words,
  nearMiss,
  source,
});

export const LATIN_MEMBERSHIP_WORDS: readonly LanguageWords[] = [
  row(
    'fr',
    "pas membre du groupe d'utilisateurs du bureau à distance|pas membre du groupe utilisateurs du bureau à distance",
    "Cet utilisateur n'est pas membre du groupe Administrateurs (another group: no reading)",
    WIN7_VM(
      'stephanemora/azure-docs.fr-fr',
      '"Cet utilisateur n\'est pas membre du groupe d\'utilisateurs du Bureau à distance"',
    ),
  ),
  row(
    'de',
    'kein mitglied der remote desktop-benutzergruppe|kein mitglied der gruppe remotedesktopbenutzer|kein mitglied der remotedesktopbenutzer*',
    'Dieser Benutzer ist kein Mitglied der Gruppe Administratoren (another group: no reading)',
    WIN7_VM('otrekw/azure-docs.de-de', '"Dieser Benutzer ist kein Mitglied der Remote Desktop-Benutzergruppe"'),
  ),
  row(
    'es',
    'no es miembro del grupo usuario de escritorio remoto|no es miembro del grupo usuarios de escritorio remoto',
    'Este usuario no es miembro del grupo Administradores (another group: no reading)',
    WIN7_VM('ngallegoar/azure-docs.es-es', '"Este usuario no es miembro del grupo Usuario de Escritorio remoto"'),
  ),
  row(
    'it',
    'non è un membro del gruppo di utenti desktop remoto|non è membro del gruppo utenti desktop remoto',
    "L'utente non è un membro del gruppo Administrators (another group: no reading)",
    WIN7_VM('nsrau/azure-docs.it-it', '"L\'utente non è un membro del gruppo di utenti Desktop remoto"'),
  ),
  row(
    'pt',
    'não é membro do grupo de usuários do área de trabalho remota|não é membro do grupo de usuários da área de trabalho remota|não é membro do grupo usuários da área de trabalho remota',
    'Este usuário não é membro do grupo Administradores (another group: no reading)',
    WIN7_VM(
      'robertorcosta/azure-docs.pt-br',
      '"Este usuário não é membro do grupo de usuários do Área de Trabalho Remota"',
    ),
  ),
  row(
    'nl',
    'geen lid van de extern bureaublad gebruikers groep|geen lid van de extern bureaublad-gebruikers*|geen lid van de groep extern bureaublad-gebruikers',
    'Deze gebruiker is geen lid van de groep Administrators (another group: no reading)',
    WIN7_VM('scorpido74/azure-docs.nl-nl', '"Deze gebruiker is geen lid van de Extern bureaublad gebruikers groep"'),
  ),
  row(
    'pl',
    'nie jest członkiem grupy użytkowników pulpit zdalny|nie jest członkiem grupy użytkownicy pulpitu zdalnego',
    'Ten użytkownik nie jest członkiem grupy Administratorzy (another group: no reading)',
    WIN7_VM('Microsoft/azure-docs.pl-pl', '"Ten użytkownik nie jest członkiem grupy użytkowników Pulpit zdalny"'),
  ),
];
