import type { Command } from 'commander';
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

export function registerExplainCode(program: Command, run: (p: Promise<number>) => void): void {
  program
    .command('explain-code')
    .description('decode the error code and extended error code of the Remote Desktop client dialog (hex or decimal)')
    .argument('<code>', 'the "Error code", e.g. 0x904 or 2308')
    .argument('[extended]', 'the "Extended error code", e.g. 0x7')
    .option('--format <format>', 'text or json', 'text')
    .action((code: string, extended: string | undefined, o: { format?: string }) =>
      run(runExplainCode(code, extended, o)),
    );
}
