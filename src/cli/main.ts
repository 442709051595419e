import { Command, CommanderError } from 'commander';
import { declareCommands } from './commands.js';
import { EXIT_USAGE_OR_INPUT, UsageError } from './exit.js';
import { printError } from './io.js';

const VERSION = '0.1.0';

/** Builds the program: the commands are declared in `commands.ts`, each loaded only when it runs. */
export function buildProgram(run: (p: Promise<number>) => void): Command {
  const program = new Command();
  program
    .name('rdpdiag')
    .description('Explains failed Remote Desktop connections from exported Windows event logs (.evtx and XML).')
    .version(VERSION)
    .option('--debug', 'show stack traces for unexpected errors')
    .showHelpAfterError('(run rdpdiag --help for usage)')
    .exitOverride();
  declareCommands(program, run);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  let pending: Promise<number> | undefined;
  const program = buildProgram((p) => {
    pending = p;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return pending ? await pending : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
        return 0;
      return EXIT_USAGE_OR_INPUT;
    }
    if (err instanceof UsageError) {
      printError(err.message);
      return EXIT_USAGE_OR_INPUT;
    }
    printError(
      `unexpected failure: ${(err as Error)?.message ?? String(err)}${debug ? '' : ' (run with --debug for details)'}`,
    );
    if (debug) process.stderr.write(`${(err as Error)?.stack ?? err}\n`);
    return 3;
  }
}
