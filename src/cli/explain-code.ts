import { explainCode, formatCodeExplanation } from '../diagnose/explain-code.js';
import { EXIT_CLEAN, UsageError } from './exit.js';
import { writeOut } from './io.js';

/** `rdpdiag explain-code <code> [<extended>]`: what the two numbers of the mstsc dialog mean. */
export async function runExplainCode(
  code: string,
  extended: string | undefined,
  o: { format?: string },
): Promise<number> {
  let explanation: ReturnType<typeof explainCode>;
  try {
    explanation = explainCode(code, extended);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (o.format === 'json') await writeOut(JSON.stringify(explanation, null, 2) + '\n');
  else if (o.format && o.format !== 'text') throw new UsageError(`unknown --format "${o.format}" (use text or json)`);
  else await writeOut(formatCodeExplanation(explanation) + '\n');
  return EXIT_CLEAN;
}
