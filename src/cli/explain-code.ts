import { explainCode, formatCodeExplanation } from '../diagnose/codes/explain-code.js';
import { echoed, EXIT_CLEAN, UsageError } from './exit.js';
import { writeOut } from './io.js';

/**
 * `rdpdiag explain-code <code> [<extended>]`: what the Remote Desktop dialog showed. Two words are the error code
 * and the extended code; more are the dialog's text, typed without quotes.
 */
export async function runExplainCode(args: readonly string[], o: { format?: string }): Promise<number> {
  let explanation: ReturnType<typeof explainCode>;
  try {
    explanation = args.length <= 2 ? explainCode(args[0] ?? '', args[1]) : explainCode(args.join(' '));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (o.format === 'json') await writeOut(JSON.stringify(explanation, null, 2) + '\n');
  else if (o.format && o.format !== 'text')
    throw new UsageError(`unknown --format "${echoed(o.format)}" (use text or json)`);
  else await writeOut(formatCodeExplanation(explanation) + '\n');
  return EXIT_CLEAN;
}
