import { Command, CommanderError } from 'commander';
import { declareCommands } from './commands.js';
import { EXIT_USAGE_OR_INPUT, UsageError } from './exit.js';
import { VERSION } from '../model/version.js';
import { type CliIo, cliIo, printError, withIo, writeErr } from './io.js';

/** Builds the program: the commands are declared in `commands.ts`, each loaded only when it runs. */
export function buildProgram(run: (p: Promise<number>) => void): Command {
  const program = new Command();
  program
    .name('rdpdiag')
    .description('Explains failed Remote Desktop connections from exported Windows event logs (.evtx and XML).')
    .version(VERSION)
    .option('--debug', 'show stack traces for unexpected errors')
    .showHelpAfterError('(run rdpdiag --help for usage)')
    .configureOutput({ writeOut: (s) => cliIo().stdout.write(s), writeErr: (s) => writeErr(s) })
    .exitOverride();
  declareCommands(program, run);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/**
 * Runs the command line `argv` (without `node rdpdiag`) and returns the exit code. Everything is
 * written to `io` (default: the process's own streams and environment), so tests run it in-process.
 */
export async function main(argv: string[], io?: CliIo): Promise<number> {
  return withIo(io, () => run(argv));
}

async function run(argv: string[]): Promise<number> {
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
    if (debug) writeErr(`${(err as Error)?.stack ?? err}\n`);
    return 3;
  }
}
