/**
 * Remote Desktop said not to connect to the remote computer, in the languages written in Latin script (issue 60,
 * round 32, h64a): the first clause of the dialog "Remote Desktop can't connect to the remote computer for one of these
 * reasons" as users and guides retell it without the reasons ("verá un mensaje de error que le indicará que el
 * escritorio remoto no puede conectarse al equipo remoto", "a Área de Trabalho Remota não pode se conectar ao
 * computador remoto"), read as English "Remote Desktop can't connect" is (described-everyday.ts `cannot-connect`: the
 * general words, read only where nothing more precise is; the listener, its port, a firewall, Remote Desktop turned off
 * or the computer not reached). A lexicon per language, as described-said-latin.ts holds its others: Remote Desktop
 * named as the dialog names it (`subject`, as English's reading needs Remote Desktop named: "the debugger cannot
 * connect to the remote computer" is not it) and the dialog's "can't connect" (`failed`), each language's words as
 * Microsoft's translations of that dialog print them, read by described-reading.ts only in a paste about Remote Desktop
 * that names no other product (TeamViewer, AnyDesk, a debugger: another program's "can't connect to the remote
 * computer"), never where a negation or a success cancels it.
 *
 * Sources: Microsoft's "Troubleshoot an RDP general error in Azure VM" in each language (azure-docs.<locale>
 * articles/virtual-machines/troubleshooting/troubleshoot-rdp-general-error.md, the files localized-general-error.ts and
 * localized.ts name: es-es "Escritorio remoto no se puede conectar al equipo remoto", pt-br "A Área de Trabalho Remota
 * não pode se conectar ao computador remoto" (HT), it-it "Il desktop remoto non può connettersi al computer remoto",
 * fr-fr "Le Bureau à distance ne peut pas se connecter à l'ordinateur distant", de-de "Remotedesktop kann … keine
 * Verbindung mit dem Remotecomputer herstellen", nl-nl "Extern bureaublad kunt geen verbinding met de externe computer
 * maken" (MT), pl-pl "Pulpit zdalny nie może nawiązać połączenia z komputerem zdalnym" (MT)); Spanish's other form, "no
 * puede conectarse al equipo remoto", as the helpdesk ticket localized-wordings-latin.ts names quotes the dialog a
 * user saw.
 */
import { type LanguageSaid, said } from './symptom-concept.js';

/** The article's file in a locale's copy of azure-docs, with the dialog's words as that page prints them. */
const GENERAL_ERROR = (locale: string, quoted: string) =>
  `Microsoft's "Troubleshoot an RDP general error in Azure VM" in the language (azure-docs.${locale} articles/virtual-machines/troubleshooting/troubleshoot-rdp-general-error.md: ${quoted})`;

export const CANNOT_CONNECT_SAID_H64A: readonly LanguageSaid[] = [
  said(
    'cannot-connect',
    'es',
    { subject: 'escritorio remoto', failed: 'no se puede conectar|no puede conectarse' },
    `${GENERAL_ERROR('es-es', '"Escritorio remoto no se puede conectar al equipo remoto por una de estas razones"')}; a Spanish helpdesk ticket quoting the dialog a user saw ("escritorio remoto no puede conectarse al equipo remoto por una de las siguientes razones", localized-wordings-latin.ts)`,
    'Al abrir la conexión, el escritorio remoto no puede conectarse al equipo remoto.',
    'TeamViewer no puede conectarse al equipo remoto.',
  ),
  said(
    'cannot-connect',
    'pt',
    { subject: 'área de trabalho remota|area de trabalho remota', failed: 'não pode se conectar|não pode conectar' },
    GENERAL_ERROR(
      'pt-br',
      '"A Área de Trabalho Remota não pode se conectar ao computador remoto por um dos seguintes motivos" (HT)',
    ),
    'Aparece a mensagem de que a Área de Trabalho Remota não pode se conectar ao computador remoto.',
    'O AnyDesk não pode se conectar ao computador remoto.',
  ),
  said(
    'cannot-connect',
    'it',
    { subject: 'desktop remoto', failed: 'non può connettersi|non può collegarsi' },
    GENERAL_ERROR('it-it', '"Il desktop remoto non può connettersi al computer remoto per uno di questi motivi"'),
    'Il desktop remoto non può connettersi al computer remoto, dice il messaggio.',
    'Il debugger di Visual Studio non può connettersi al computer remoto.',
  ),
  said(
    'cannot-connect',
    'fr',
    { subject: 'bureau à distance', failed: 'ne peut pas se connecter' },
    GENERAL_ERROR(
      'fr-fr',
      '"Le Bureau à distance ne peut pas se connecter à l\'ordinateur distant pour l\'une des raisons suivantes"',
    ),
    "Le Bureau à distance ne peut pas se connecter à l'ordinateur distant depuis ce matin.",
    "AnyDesk ne peut pas se connecter à l'ordinateur distant.",
  ),
  said(
    'cannot-connect',
    'de',
    { subject: 'remotedesktop', failed: 'keine verbindung' },
    GENERAL_ERROR(
      'de-de',
      '"Remotedesktop kann aus einem der folgenden Gründe keine Verbindung mit dem Remotecomputer herstellen"',
    ),
    'Remotedesktop kann keine Verbindung mit dem Remotecomputer herstellen.',
    'TeamViewer kann keine Verbindung mit dem Remotecomputer herstellen.',
  ),
  said(
    'cannot-connect',
    'nl',
    { subject: 'extern bureaublad', failed: 'geen verbinding' },
    `${GENERAL_ERROR('nl-nl', '"Extern bureaublad kunt geen verbinding met de externe computer maken" (MT)')}: a machine translation`,
    'Extern bureaublad kan geen verbinding maken met de externe computer.',
    'AnyDesk kan geen verbinding maken met de externe computer.',
  ),
  said(
    'cannot-connect',
    'pl',
    { subject: 'pulpit zdalny', failed: 'nie może nawiązać połączenia' },
    `${GENERAL_ERROR('pl-pl', '"Pulpit zdalny nie może nawiązać połączenia z komputerem zdalnym" (MT)')}: a machine translation`,
    'Pulpit zdalny nie może nawiązać połączenia z komputerem zdalnym.',
    'AnyDesk nie może nawiązać połączenia z komputerem zdalnym.',
  ),
  // Round 32 (lead): the same in everyday words beside "RDP" ("RDP Verbindung fehlgeschlagen", "Erro ao conectar via
  // RDP", "impossible de se connecter en RDP"), as English reads "RDP connection failed" (described-everyday.ts
  // CANNOT_CONNECT), never a device or feature of the session (`unless`). Each language's words from the pages that
  // print them; every page below files the failure under the connection not reaching the computer.
  said(
    'cannot-connect',
    'de',
    {
      subject: 'rdp|remotedesktop|remote desktop',
      failed: 'keine verbindung|verbindung nicht möglich',
      unless: 'drucker|zwischenablage|laufwerk*|usb|drucken|audio|mikrofon',
    },
    '1Remote\'s issue 108 (https://github.com/1Remote/1Remote/issues/108: "keine Verbindung" over RDP, the host not reached) and Microsoft\'s German "Troubleshoot an RDP general error in Azure VM" (its "keine Verbindung" of the general dialog). "RDP-Verbindung fehlgeschlagen" is left to aRDP\'s catalog, whose German message starts so (nwm-bvnc-catalogs.ts)',
    'Seit heute früh: keine Verbindung per RDP zum Server, bei allen Kollegen.',
    'Über RDP keine Verbindung zum Drucker im Büro.',
  ),
  said(
    'cannot-connect',
    'pt',
    {
      subject: 'rdp|remote desktop|área de trabalho remota|area de trabalho remota',
      failed: 'erro ao conectar|não consigo conectar|não consigo me conectar|não conseguia acessar|não consigo acessar',
      unless: 'impressora|área de transferência|unidade|usb|áudio|microfone',
    },
    'a Brazilian user\'s Azure notes (find_string:47620094687: "Erro ao conectar via RDP: … eu não conseguia acessar minha VM pelo Remote Desktop", fixed by opening port 3389 in the NSG): one page',
    'Hoje não consigo conectar via RDP no servidor da loja.',
    'Pelo RDP não consigo acessar a impressora do escritório.',
  ),
  said(
    'cannot-connect',
    'fr',
    {
      subject: 'rdp|bureau à distance|bureau a distance',
      failed: 'impossible de se connecter|impossible de me connecter',
      unless: 'imprimante|presse-papiers|lecteur|usb|audio|micro',
    },
    'a French runbook (find_string:41556606037: "impossible de se connecter" over RDP, the host not reached): one page',
    'Depuis ce matin, impossible de se connecter en RDP au serveur.',
    "En RDP, impossible de se connecter à l'imprimante réseau.",
  ),
];
