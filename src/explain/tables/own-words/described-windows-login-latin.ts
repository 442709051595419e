/**
 * A remote sign-in to a Windows machine, told in a Latin-script language (issue 60, round 30): cloud providers' and
 * Microsoft's symptom pages and users say "log in remotely to a Windows instance" ("me conecto remotamente à uma
 * instância do Windows", "terhubung dari jarak jauh ke instans Windows", "accesso remoto alla VM Windows") where
 * English users say "RDP": to a Windows machine, a remote sign-in is Remote Desktop's. Three parts:
 *
 * - `windowsRemoteLogin`: the described reader's gate (described-reading.ts `about`) also opens on a remote sign-in
 *   and a Windows machine named in one sentence, never where Linux, SSH or another protocol is named (the same pages
 *   ask the same question of a Linux instance, by SSH: that is not Remote Desktop), nor a Windows machine named alone.
 * - `LATIN_LOGIN_WORDS`: the words these pages use for a connection timing out and for the remote computer not
 *   reached, added to the concepts of described-connection.ts in their language (described-languages.ts).
 * - `LATIN_LOGIN_SAID`: Indonesian's words for a wrong user name or password (the other Latin-script languages'
 *   are described-said-latin.ts').
 *
 * Sources, each row naming its own: Tencent Cloud's CVM documentation in Portuguese and Indonesian (the public
 * repository tencentyun/intlcloud-documents: the login FAQ and "Unable to log in to a Windows instance"), Microsoft
 * Learn's localized "Troubleshoot connections to Linux VMs / xrdp" (azure-docs it-it, es-es: "il traffico di Desktop
 * remoto non riesce a raggiungere la macchina virtuale"), Microsoft's Windows names of Remote Desktop in Indonesian.
 *
 * Linear: fixed alternations, one bounded gap between the two words of the gate, over sentences of at most 400
 * characters.
 */
import type { LanguageWords } from './described-languages.js';
import { type LanguageSaid, said } from './symptom-concept.js';

const TENCENT = (title: string, quoted: string) =>
  `Tencent Cloud CVM documentation, ${title} (the public repository https://github.com/tencentyun/intlcloud-documents, yehe_doc/计算/云服务器: ${quoted})`;
const FAQ_PT = TENCENT(
  'the login FAQ in Portuguese',
  '"O que fazer quando me conecto à uma instância da CVM remotamente e a conexão expira?", "…nome de usuário ou senha inválida quando me conecto remotamente à uma instância do Windows?"',
);
const FAQ_ID = TENCENT(
  'the login FAQ in Indonesian',
  '"saat saya terhubung ke instans CVM dari jarak jauh dan waktu koneksi habis", "pesan nama pengguna atau kata sandi tidak valid saat terhubung dari jarak jauh ke instans Windows"',
);
const CANNOT_LOG_IN_PT = TENCENT(
  '"Unable to log in to a Windows instance" in Portuguese (故障处理/实例相关故障/Windows 实例登录相关问题/无法登录 Windows 实例_intl_pt.md)',
  '"A falha ao fazer login em uma instância do Windows", "o sistema não pode ser acessado remotamente"',
);
const XRDP = (repo: string, quoted: string) =>
  `Microsoft Learn "Use xrdp with a Linux VM in Azure" in the language (https://github.com/${repo}/blob/HEAD/articles/virtual-machines/linux/use-remote-desktop.md: ${quoted})`;

/** A Windows machine in each language's words: a Windows instance, server, virtual machine or computer. */
const WINDOWS_MACHINE =
  /inst[âa]ncia (?:do |de )?windows|cvm (?:do |de )?windows|servidor(?:es)? windows|m[áa]quina virtual (?:do |de )?windows|vm (?:do |de )?windows|instans windows|server windows|cvm windows|instance windows|serveur windows|machine virtuelle windows|istanza windows|macchina virtuale windows|windows-(?:instanz|server|vm)|windows-instantie|instancj\p{L}{0,3} windows|serwer\p{L}{0,3} windows|windows (?:instance|server|vm|örneğ\p{L}{0,4}|sunucu\p{L}{0,4})/u;
/** A remote sign-in or connection in each language's words (Tencent's and Microsoft's pages above). */
const REMOTE_LOGIN =
  /remotamente|acesso remoto|login remoto|de forma remota|acceso remoto|conexi[óo]n remota|jarak jauh|à distance|da remoto|in remoto|accesso remoto|connessione remota|fernzugriff|remoteverbindung|remote-?anmeldung|op afstand|zdaln\p{L}{0,4}|uzaktan|vzd[áa]len\p{L}{0,3}/u;
/** Another protocol or system named: the remote sign-in is not Remote Desktop's. */
const OTHER_PROTOCOL = /\blinux\b|\bssh\b|\bvnc\b|\bputty\b|\bubuntu\b|\bcentos\b|\bteamviewer\b|\banydesk\b/u;
/** Remote Desktop's own Indonesian names (Windows' "Koneksi Desktop Jauh", Microsoft's id-id pages). */
const INDONESIAN_NAME = /desktop (?:jarak )?jauh/u;

const MAX_SENTENCE = 400;
const SENTENCES = /[^.!?\n]{1,400}/g;

/**
 * Whether the text (lower case) tells a remote sign-in to a Windows machine, or names Remote Desktop in Indonesian:
 * the described reader's gate. Never where another protocol or system is named anywhere in the text.
 */
export function windowsRemoteLogin(text: string): boolean {
  if (OTHER_PROTOCOL.test(text)) return false;
  if (INDONESIAN_NAME.test(text)) return true;
  for (const m of text.matchAll(SENTENCES))
    if (m[0].length <= MAX_SENTENCE && WINDOWS_MACHINE.test(m[0]) && REMOTE_LOGIN.test(m[0])) return true;
  return false;
}

const row = (concept: string, language: LanguageWords['language'], words: string, nearMiss: string, source: string) =>
  ({ concept, language, words, nearMiss, source }) satisfies LanguageWords;

export const LATIN_LOGIN_WORDS: readonly LanguageWords[] = [
  row(
    'blocked-outside',
    'pt',
    'porta 3389 não está aberta|3389 não está aberta|porta 3389 fechada|porta 3389 bloqueada',
    'a porta 3389 está aberta no servidor (no failure)',
    `${CANNOT_LOG_IN_PT.slice(0, -1)}, "a porta de acesso remoto não é a porta padrão ou foi modificada ou a porta 3389 não está aberta")`,
  ),
  row(
    'not-reached',
    'de',
    'antwortet nicht|nicht erreichbar|kann nicht erreicht werden',
    'Der Webserver antwortet nicht (no Remote Desktop word)',
    'A German IT trainer\'s simulated Remote Desktop check (a public repository\'s TypeScript: "Port 3389 auf … antwortet nicht. (Dienst \\"Remotedesktopdienste\\" nicht gestartet)" beside Windows\' own "Remotedesktop kann aus einem der folgenden Gründe keine Verbindung mit dem Remotecomputer herstellen"): one page only',
  ),
  row(
    'timed-out',
    'pt',
    'conexão expira|conexão expirou|a conexão expira|tempo limite da conexão|tempo limite esgotado',
    'o token de sessão do aplicativo web expirou (no Remote Desktop word)',
    FAQ_PT,
  ),
  row(
    'timed-out',
    'id',
    'waktu koneksi habis|koneksi habis waktu|batas waktu koneksi',
    'waktu koneksi habis saat mengunduh file dari situs web (no Remote Desktop word)',
    FAQ_ID,
  ),
  row(
    'not-reached',
    'it',
    'non riesce a raggiungere|non raggiunge|non è raggiungibile|irraggiungibile',
    'il traffico SSH non riesce a raggiungere la macchina virtuale Linux (SSH named)',
    XRDP('nsrau/azure-docs.it-it', '"il traffico di Desktop remoto non riesce a raggiungere la macchina virtuale"'),
  ),
  row(
    'not-reached',
    'es',
    'no puede llegar a|no llega a|no es accesible|inaccesible',
    'el tráfico SSH no puede llegar a la máquina virtual Linux (SSH named)',
    XRDP('ngallegoar/azure-docs.es-es', '"el tráfico de escritorio remoto no puede llegar a la máquina virtual"'),
  ),
  row(
    'not-reached',
    'pt',
    'não pode ser acessado remotamente|não consegue alcançar|não é acessível|inacessível',
    'o site não pode ser acessado remotamente pelo navegador (no Remote Desktop word)',
    CANNOT_LOG_IN_PT,
  ),
];

export const LATIN_LOGIN_SAID: readonly LanguageSaid[] = [
  said(
    'wrong-password',
    'id',
    {
      subject: 'kata sandi|nama pengguna|kredensial',
      // Not "salah" (wrong) alone: "tidak salah" (not wrong) holds it.
      failed: 'tidak valid|tidak berfungsi|tidak bekerja',
      unless: 'terkunci|dinonaktifkan|kedaluwarsa|kadaluarsa',
    },
    `${FAQ_ID}: one page only`,
    'Desktop Jauh: nama pengguna atau kata sandi tidak valid.',
    'Desktop Jauh: akun terkunci, kata sandi tidak salah.',
  ),
];
