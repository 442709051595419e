/**
 * Secrets written on command lines (Security 4688, Sysmon 1, PowerShell logs), as the redactor finds them: by the
 * grammars of options, never by a list of every tool.
 */
/** A value on a command line: quoted whole, or up to the next space. */
const ARG = `("[^"]*"|'[^']*'|[^\\s"']+)`;
/** The same, not captured (a word before the secret: a user's name). */
const CMD_WORD = `(?:"[^"]*"|'[^']*'|[^\\s"']+)`;
/** Where an option starts: not inside a word or another option (`foo-p1`, `--no-p`). */
const OPT = `(?<![\\p{L}\\p{N}_-])`;
/** Programs that read a password on their input (`echo PW | runas …`). */
const READS_PASSWORD =
  'runas|sudo|su|passwd|chpasswd|smbpasswd|kinit|plink|psexec(?:64)?|paexec|net1?|cmdkey|sqlcmd|mysql';
/** Programs whose `-p` takes its password glued (`mysql -pPW`, `psexec -pPW`), letters only too. */
const GLUED_P = 'mysql|mysqldump|mysqladmin|mariadb|mariadb-dump|psexec(?:64)?|paexec';
/**
 * Secrets written on command lines, found by the grammars of options rather than by a list of tools, each with the
 * value in its last group (what stays around it in the first two):
 * - a password option and its value, apart, after `=` or `:` (`-p PW`, `-P PW` as sqlcmd, `-pw PW` as plink,
 *   `--password=PW`, `-Password PW` as PowerShell, `password=PW`, `/p PW` and `/rp PW` as schtasks, `/p:PW`,
 *   `/pass:PW` as cmdkey and xfreerdp);
 * - `-p` with its value glued, as getopt allows (`mysql -pPW`, `psexec -pPW`): a value holding a digit or a sign
 *   anywhere, a word of letters only after the programs known to glue it (else `-path` would lose its name);
 * - a user and password joined (`-u user:PW` as curl, `-U user%PW` as smbclient, `user:PW@` in a URL);
 * - `net user NAME PW`, `net use \\server\share PW`, `net use … /user:NAME PW`;
 * - `echo PW | runas …`: a password given on the input of a program that reads one;
 * - `ConvertTo-SecureString 'PW'`.
 * Logs are written by whoever typed them: no password in them may reach a redacted report.
 */
export const COMMAND_LINE_SECRETS: readonly RegExp[] = [
  new RegExp(`${OPT}(-p|-P)(\\s+|=)${ARG}`, 'gu'),
  new RegExp(
    `${OPT}(-pw|-pwd|-pass|-passwd|-password|-passphrase|--pw|--pwd|--pass|--passwd|--password|--passphrase)(\\s+|=|:)${ARG}`,
    'giu',
  ),
  new RegExp(`(?<![\\p{L}\\p{N}])(password|passwd|pwd|pass)(\\s*=\\s*)${ARG}`, 'giu'),
  new RegExp(`(?<![\\p{L}\\p{N}])(/p|/rp|/pw|/pwd|/pass|/password)(:)${ARG}`, 'giu'),
  new RegExp(`(?<![\\p{L}\\p{N}:/])(/p|/rp|/pw|/pwd|/pass|/password)(\\s+)(?![/-])${ARG}`, 'giu'),
  new RegExp(`${OPT}(-p)()((?=[^\\s"']*[^\\p{L}\\s"'])[^\\s"'=][^\\s"']*)`, 'gu'),
  new RegExp(`(\\b(?:${GLUED_P})(?:\\.exe)?\\b[^\\r\\n|&;]{0,200}?\\s-p)()([^\\s"'=][^\\s"']*)`, 'giu'),
  new RegExp(`(${OPT}(?:-u|-U|--user|-user)(?:\\s+|=)["']?[^\\s:%"'@]+[:%])()([^\\s"']+)`, 'gu'),
  /(\b[a-z][a-z0-9+.-]{0,30}:\/\/[^\s/:@"'<>]{0,200}:)()([^\s/@"'<>]+)(?=@)/giu,
  new RegExp(`(convertto-securestring)(\\s+(?:-string\\s+)?)${ARG}`, 'giu'),
  new RegExp(`(\\bnet1?(?:\\.exe)?\\s+user\\s+(?![/*])${CMD_WORD})(\\s+)(?![/*]|\\s)${ARG}`, 'giu'),
  // net use [drive:] \\server\share password [/user:…]; net use \\server /user:name password
  new RegExp(`(\\bnet1?(?:\\.exe)?\\s+use\\s+(?:[a-z]:\\s+)?\\\\\\\\\\S+)(\\s+)(?![/*]|\\s)${ARG}`, 'giu'),
  new RegExp(`(\\bnet1?(?:\\.exe)?\\s+use\\b[^\\r\\n|&]{0,400}?\\s/u(?:ser)?:\\S+)(\\s+)(?![/*]|\\s)${ARG}`, 'giu'),
  new RegExp(
    `(\\becho)([ \\t]+)([^\\s|&<>][^|&<>\\r\\n]{0,200}?)(?=[ \\t]*\\|[ \\t]*(?:\\S*[\\\\/])?(?:${READS_PASSWORD})(?:\\.exe)?\\b)`,
    'giu',
  ),
];
