/**
 * Arguments of the commands rdpdiag prints for a user to paste, quoted for the shell each command is
 * meant for, so that a name (a `--output` folder) is always one argument and never code: `x" & calc & "`
 * must not run calc when pasted.
 */

const PLAIN = /^[A-Za-z0-9_.,:\\/+=@-]+$/;

/**
 * What cmd.exe cannot be given safely, even in double quotes: a double quote (ends the quoting; no
 * Windows name holds one), `%` and `!` (variables expand inside quotes), control characters.
 */
const CMD_UNSAFE = /["%!\u0000-\u001f\u007f]/;

export class UnquotableError extends Error {}

/**
 * An argument for cmd.exe: as it is when plain, else in double quotes (inside them `&`, `|`, `<`, `>`, `^`
 * and spaces are plain text). Throws UnquotableError for what cmd cannot be given safely.
 */
export function cmdArg(value: string): string {
  if (value === '' || CMD_UNSAFE.test(value))
    throw new UnquotableError(
      `"${value.replace(/[\u0000-\u001f\u007f]/g, '?')}" cannot be written safely in a cmd.exe command (no ", %, ! or control characters)`,
    );
  return PLAIN.test(value) ? value : `"${value}"`;
}

/** PowerShell's single quotes: ' and its typographic forms ‘ ’ ‚ ‛, which PowerShell takes for quotes too. */
const PS_SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

/** An argument for PowerShell: in single quotes, where nothing expands (each quote in it doubled). */
export function powershellArg(value: string): string {
  return `'${value.replace(PS_SINGLE_QUOTES, (q) => q + q)}'`;
}

/** An argument for a POSIX shell: as it is when plain, else in single quotes (`'` written `'\''`). */
export function posixArg(value: string): string {
  return value !== '' && PLAIN.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * An argument for whichever Windows shell the user has open (cmd.exe or PowerShell): as it is when plain,
 * in double quotes when they mean the same in both (no `"`, `$`, backquote, `%`, `!` or typographic
 * double quotes), else PowerShell's single quotes, said so.
 */
export function windowsShellArg(value: string): string {
  if (value !== '' && PLAIN.test(value)) return value;
  if (!/["$`%!\u201C-\u201E]/.test(value) && !CMD_UNSAFE.test(value)) return `"${value}"`;
  return `${powershellArg(value)} (in PowerShell)`;
}
