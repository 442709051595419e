import { createRequire } from 'node:module';
import type { Command as CommandType } from 'commander';
import { declareCommands } from './commands.js';
import { EXIT_USAGE_OR_INPUT, UsageError } from './exit.js';
import { VERSION } from '../model/version.js';
import { SpillError } from '../model/spill.js';
import { echoedWords } from '../model/value-length.js';
import { type CliIo, cliIo, printError, withIo, writeErr } from './io.js';

// Commander is CommonJS: required as such, not through the ES module loader, which would first parse its
// source for named exports (start-up is most of what `--help` costs).
const { Command, CommanderError } = createRequire(import.meta.url)('commander') as typeof import('commander');
type Command = CommandType;

/** Builds the program: the commands are declared in `commands.ts`, each loaded only when it runs. */
export function buildProgram(run: (p: Promise<number>) => void): Command {
  const program = new Command();
  program
    .name('rdpdiag')
    .description('Explains failed Remote Desktop connections from exported Windows event logs (.evtx and XML).')
    .version(VERSION)
    .option('--debug', 'show stack traces for unexpected errors')
    // Commander's errors are printed by main() in rdpdiag's own style, on one line; help and version go
    // to the run's streams.
    .configureOutput({ writeOut: (s) => cliIo().stdout.write(s), writeErr: (s) => writeErr(s), outputError: () => {} })
    // The command list shows each command's own usage line (`analyze [options] <paths...>`).
    .configureHelp({ subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage()}` })
    .exitOverride();
  declareCommands(program, run);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** `error: unknown option '--x'\n(Did you mean --y?)` → `unknown option '--x' (did you mean --y?)`. */
function oneLine(commanderMessage: string): string {
  return commanderMessage
    .replace(/^error: /, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
    .replace('(Did you mean', '(did you mean');
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
  if (argv.filter((a) => a !== '--debug').length === 0) {
    writeErr(program.helpInformation());
    return EXIT_USAGE_OR_INPUT;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return pending ? await pending : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
        return 0;
      const first = argv.find((a) => !a.startsWith('-'));
      const command = program.commands.find((c) => c.name() === first)?.name();
      printError(`${echoedWords(oneLine(err.message))} (see rdpdiag ${command ? `${command} ` : ''}--help)`);
      return EXIT_USAGE_OR_INPUT;
    }
    if (err instanceof UsageError || err instanceof SpillError) {
      printError(echoedWords(err.message));
      return EXIT_USAGE_OR_INPUT;
    }
    printError(
      `unexpected failure: ${(err as Error)?.message ?? String(err)}${debug ? '' : ' (run with --debug for details)'}`,
    );
    if (debug) writeErr(`${(err as Error)?.stack ?? err}\n`);
    return 3;
  }
}
