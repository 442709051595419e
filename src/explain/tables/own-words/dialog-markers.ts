/**
 * Round 31 (r31-h63a, issue 60): the fixed parts of Remote Desktop's own dialogs that mark a paste as Remote
 * Desktop's, per language, as data: the client's window title ("Remote Desktop Connection" and its translations) and
 * the product's name inside it, in the languages whose words other-subsystems.ts `REMOTE_DESKTOP_WORDS` and
 * described-said-latin.ts `REMOTE_COMPUTER_WORDS` do not hold, and every marker read with its accents and capitals
 * folded (a dialog retyped in capitals without accents, "CONEXAO DE AREA DE TRABALHO REMOTA", "BUREAU A DISTANCE",
 * is the same text).
 *
 * What is deliberately not a marker (each a near miss in test/explain/dialog-markers.test.ts, from public pages):
 * a dialog's tail alone ("riprovare più tardi o contattare l'amministratore" closes web applications' and database
 * scripts' errors too), "the remote session" or "the remote connection" alone ("A sessão remota foi desconectada…" is
 * a web portal's, "Se ha perdido la conexión remota…" a web page's, "La sesión remota se desconectó" a video app's),
 * "try to reconnect" alone (a Qt client's timeout, a VPN's error 807). Those stay unread without a marker: a wrong
 * reading costs more than none.
 *
 * Used only by the described reader's gate (described-reading.ts): a marker makes the paste about Remote Desktop, it
 * never reads a failure by itself (the concepts' own words still have to say one).
 *
 * Linear: the paste is folded once (NFD, combining marks dropped, lower case) and tested against one alternation of
 * literal phrases, no repetition inside an alternative.
 */

/** One language's markers: folded (no accents, lower case) phrases and the page that shows them. */
export interface DialogMarkers {
  readonly language: string;
  readonly phrases: readonly string[];
  readonly source: string;
}

/** The client's title and Remote Desktop's name, per language, where the gate's other words miss them. */
export const DIALOG_MARKERS: readonly DialogMarkers[] = [
  {
    // The client's own title in 19 languages, as a screen-capture picker lists mstsc.exe's windows by their
    // localised titles (public code, find_string:71016539153); the accented ones below, folded.
    language: 'fr de es it pt',
    phrases: [
      'connexion bureau a distance',
      'bureau a distance',
      'conexion a escritorio remoto',
      'conexao de area de trabalho remota',
      'ligacao ao ambiente de trabalho remoto',
      'ordinateur distant',
    ],
    source:
      'find_string:71016539153 (localised titles of mstsc.exe: "Connexion Bureau à distance", "Conexão de Área de Trabalho Remota", …)',
  },
  {
    language: 'nb',
    phrases: ['eksternt skrivebord', 'ekstern skrivebord'],
    source:
      'find_string:831399029 (Norwegian course page: "Tilkobling til eksternt skrivebord (eng: Remote Desktop Connection)")',
  },
  {
    language: 'ro',
    phrases: ['desktop la distanta'],
    source:
      'find_string:51938741467 (Romanian guide: "deschide Conexiune Desktop la distanță, introdu <ip-server>:3389")',
  },
  {
    language: 'sl',
    phrases: ['oddaljenim namizjem', 'oddaljeno namizje', 'oddaljenega namizja'],
    source:
      'find_string:34095666991 (Microsoft Learn sl-si: "hiperpovezavo do povezave z oddaljenim namizjem" = Remote Desktop connection)',
  },
  {
    language: 'id',
    phrases: ['desktop jarak jauh'],
    source:
      'find_string:259987511 (Tencent Cloud id: "Remote Desktop Connection (Koneksi Desktop Jarak Jauh)", opened by mstsc)',
  },
  {
    language: 'ca',
    phrases: ['escriptori remot'],
    source: 'find_string:41164057697 (Catalan guide: "Configuració i Ús d\'Escriptori Remot (RDP)")',
  },
];

/** A paste folded as the markers are: accents dropped, lower case, one space between words. */
export function foldedForMarkers(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** @cache one alternation of every marker, built once from the constant table. */
const MARKERS = new RegExp(
  `(?:^|[^\\p{L}])(?:${DIALOG_MARKERS.flatMap((m) => m.phrases)
    .map(escaped)
    .join('|')})(?![\\p{L}])`,
  'u',
);

/** Whether a paste holds one of Remote Desktop's own dialog markers, accents and capitals aside. */
export function dialogMarked(text: string): boolean {
  return MARKERS.test(foldedForMarkers(text));
}
