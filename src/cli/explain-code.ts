import { explainCode } from '../explain/explain-code.js';
import { formatCodeExplanation } from '../explain/format-explanation.js';
import { concatBytes } from '../model/source.js';
import { echoed, EXIT_CLEAN, UsageError } from './exit.js';
import { type CliInput, cliIo, writeOut } from './io.js';

/** The longest paste read from standard input: a paste, not a log (an event's whole XML is a few KiB). */
export const MAX_STDIN_PASTE = 1024 * 1024;

const STDIN = '(stdin)';

/**
 * `rdpdiag explain-code <code> [<extended>]`: what the Remote Desktop dialog showed. Two words are the error code
 * and the extended code; more are the dialog's text, typed without quotes. `-`, or no word with standard input a
 * pipe or a file, reads the paste from standard input (at most `MAX_STDIN_PASTE` bytes).
 */
export async function runExplainCode(args: readonly string[], o: { format?: string }): Promise<number> {
  if (o.format && o.format !== 'json' && o.format !== 'text')
    throw new UsageError(`unknown --format "${o.format}" (use text or json)`);
  // A word shaped as a long option (`--fromat`) is a mistyped option, never a paste's: a paste that starts with a
  // minus is a number (-2146893044) or text ("- The remote computer…", "-Error code: 0x904").
  const mistyped = args.find((a) => /^--[A-Za-z][\w-]*(?:=\S*)?$/.test(a));
  if (mistyped) throw new UsageError(`unknown option '${mistyped}' (explain-code takes --format text|json)`);
  const stdin = cliIo().stdin;
  const fromStdin =
    (args.length === 1 && args[0] === '-') || (args.length === 0 && stdin !== undefined && !stdin.isTTY);
  if (args.length === 0 && !fromStdin)
    throw new UsageError(
      "missing the code: give the dialog's code, its text in quotes, or - to paste on standard input",
    );
  const words = fromStdin ? [await readPaste(stdin)] : args;
  let explanation: ReturnType<typeof explainCode>;
  try {
    explanation = words.length <= 2 ? explainCode(words[0] ?? '', words[1]) : explainCode(words.join(' '));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (o.format === 'json') await writeOut(JSON.stringify(explanation, null, 2) + '\n');
  else if (o.format && o.format !== 'text')
    throw new UsageError(`unknown --format "${echoed(o.format)}" (use text or json)`);
  else await writeOut(formatCodeExplanation(explanation) + '\n');
  return EXIT_CLEAN;
}

/** The paste on standard input as text: UTF-8 (a BOM dropped) or UTF-16 with its BOM; bounded as a file is. */
async function readPaste(stdin: CliInput | undefined): Promise<string> {
  if (!stdin) throw new UsageError(`${STDIN}: no standard input to read the paste from`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    if (size + bytes.length > MAX_STDIN_PASTE)
      throw new UsageError(
        `${STDIN}: the paste is longer than ${MAX_STDIN_PASTE} bytes (at byte ${MAX_STDIN_PASTE}): paste the dialog's text or the event, not a whole log (rdpdiag analyze reads logs)`,
      );
    chunks.push(bytes);
    size += bytes.length;
  }
  const text = decodePaste(concatBytes(chunks));
  if (text.trim() === '') throw new UsageError(`${STDIN}: the paste is empty`);
  return text;
}

function decodePaste(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // UTF-16 without a BOM (PowerShell 5's `>` file, piped with `Get-Content -Encoding Byte`): every other byte zero.
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0)
    return new TextDecoder('utf-16le').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
