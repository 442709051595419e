/**
 * The command line as declared: every command, its arguments and options. Each command's module is
 * loaded only when that command runs, so `--help` or `explain-code` do not load the parsers, the
 * patterns or the renderers.
 */
import type { Command } from 'commander';
import { REPORT_FORMAT_NAMES } from '../report/formats.js';
import type { AnalyzeOptions } from './analyze-options.js';
import type { CollectOptions } from './collect.js';
import type { DumpOptions } from './dump.js';
import type { MergeOptions } from './merge.js';
import type { PullOptions } from './pull.js';
import type { TimelineOptions } from './timeline.js';
import type { WebOptions } from './web.js';

type Run = (p: Promise<number>) => void;

const INPUTS =
  '.evtx files, XML exports, .zip archives of them, folders (read recursively), globs, or - for standard input';

const collect = (value: string, previous: string[] = []) => previous.concat(value);

/** The filters shared by `timeline` and `analyze`. */
function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--since <time>', 'only events at or after this time (ISO 8601, or relative: 30m, 2h, 3d, 1w)')
    .option('--until <time>', 'only events at or before this time')
    .option(
      '--channel <name>',
      'only events of this channel (full or short name, e.g. RdpCoreTS, Security); repeatable; a filter, also with --follow',
      collect,
    )
    .option('--event-id <ids>', 'only these event ids (comma-separated); repeatable', collect)
    .option('--computer <name>', 'only events logged by this computer; repeatable', collect)
    .option('--tz <zone>', 'print times in UTC (default), local, or an IANA zone such as Europe/Berlin', 'UTC');
}

export function declareCommands(program: Command, run: Run): void {
  declareAnalyze(program, run);
  declareMerge(program, run);
  declareTimeline(program, run);
  declareDump(program, run);
  declareLookups(program, run);
  declarePull(program, run);
  declareCollect(program, run);
}

/** `analyze`: every connection attempt explained. */
function declareAnalyze(program: Command, run: Run): void {
  const analyze = program
    .command('analyze')
    .description('explain every RDP connection attempt in the logs: whether it worked and, if not, why')
    // Paths are required, except with --follow --live-channel (checked when it runs): the usage says so.
    .usage('[options] <paths...>')
    .argument('[paths...]', `${INPUTS}; server and client logs mixed`)
    .option(
      '--format <format>',
      `report format: ${REPORT_FORMAT_NAMES.join(', ')} (default: from --output's extension, else table)`,
    )
    .option(
      '-o, --output <file>',
      'write the report to a file (.md, .html, .json, .csv, .txt) instead of standard output',
    )
    .option(
      '--ecs-bulk',
      '--format ecs: precede each document with its Elasticsearch _bulk action (create into the data streams logs-rdpdiag.attempt-default and logs-rdpdiag.alert-default, by a stable _id: a re-run adds nothing)',
    )
    .option(
      '--ecs-index <name>',
      '--format ecs with --ecs-bulk: write to this index instead, with index actions (a re-run replaces its documents)',
    )
    .option('--bom', "CSV: begin with UTF-8's byte-order mark, for Excel (the default when written to a file with -o)")
    .option('--no-bom', 'CSV: no byte-order mark, also in a file')
    .option('--failed-only', 'list only the attempts that failed (in the table report: with their details)')
    .option(
      '--details',
      'table report: after the summary, every attempt with its explanation, evidence and remediation',
    )
    .option(
      '--summary',
      'table report: only the headline, the attacks and one line per computer (what `npm start` shows of the samples)',
    )
    .option('--attempt <id>', 'table report: only this attempt (A123), in full; repeatable', collect)
    .option(
      '--explain <id>',
      'how the verdict of this attempt (A123) was reached: outcome rule, clauses with weights and events, exclusions, competing causes; repeatable',
      collect,
    )
    .option('--redact', 'replace users, domains, computer names, addresses, SIDs and thumbprints by stable pseudonyms')
    .option('--redact-keep <value>', 'with --redact: leave this value in clear (repeatable)', collect)
    .option('-q, --quiet', 'no progress and no input warnings on stderr')
    .option('--exit-zero', 'exit 0 even when failed attempts or security alerts are found (input errors still exit 2)')
    .option(
      '--threads <n>',
      'threads that read: 2 or more cuts a JSON export into records on a second thread while the main one parses and analyzes; 1, none (default: 2 for JSON files of 64 MB or more on a machine of two cores or more)',
    )
    .option(
      '--shard <K/N>',
      'analyze only the computers whose name falls in part K of N (a hash of its first label) and write a shard file for rdpdiag merge',
    )
    .option(
      '-f, --follow',
      'keep watching the inputs and print each attempt when it ends (Ctrl-C stops; --format table or jsonl)',
    )
    .option('--settle <seconds>', 'with --follow: an attempt with no news for this long is decided (default 30)')
    .option(
      '--poll <ms>',
      'with --follow: check the files every <ms> milliseconds instead of using fs.watch (default: fs.watch, checked every 500 ms)',
    )
    .option(
      '--live-channel <name>',
      'with --follow, on Windows: follow this live channel with wevtutil (short or full name; rdp = every channel rdpdiag reads); repeatable; no paths needed',
      collect,
    )
    .option(
      '--state <file>',
      'with --live-channel: keep the channel bookmarks in this file, so that a restart misses and repeats nothing',
    )
    .option(
      '--channels <set>',
      'with --follow, on Windows: the same as --live-channel (--channels rdp: every channel)',
    );
  addFilterOptions(analyze).action((paths: string[], o: AnalyzeOptions) =>
    run(import('./analyze.js').then((m) => m.runAnalyze(paths, o))),
  );
}

/** `merge`: the report of a fleet analyzed in shards. */
function declareMerge(program: Command, run: Run): void {
  const merge = program
    .command('merge')
    .description(
      'the report of a fleet analyzed in parts: reads the shard files of analyze --shard K/N (all N of them), finds what spans computers and writes the report one run over all the logs gives',
    )
    .argument('<shards...>', 'the shard files, one per part (shard-*.json)')
    .option(
      '--format <format>',
      `report format: ${REPORT_FORMAT_NAMES.join(', ')} (default: from --output's extension, else table)`,
    )
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--ecs-bulk', '--format ecs: precede each document with its Elasticsearch _bulk action (as analyze)')
    .option('--ecs-index <name>', '--format ecs with --ecs-bulk: write to this index instead (as analyze)')
    .option('--bom', "CSV: begin with UTF-8's byte-order mark, for Excel (the default when written to a file with -o)")
    .option('--no-bom', 'CSV: no byte-order mark, also in a file')
    .option('--failed-only', 'list only the attempts that failed')
    .option('--details', 'table report: every attempt with its explanation, evidence and remediation')
    .option('--summary', 'table report: only the headline, the attacks and one line per computer')
    .option('--attempt <id>', 'table report: only this attempt (A123), in full; repeatable', collect)
    .option('-q, --quiet', 'no warnings on stderr')
    .option('--exit-zero', 'exit 0 even when failed attempts or security alerts are found')
    .option('--since <time>', 'show only attempts at or after this time (judged on all of them)')
    .option('--until <time>', 'show only attempts at or before this time')
    .option('--computer <name>', 'show only attempts of this computer; repeatable', collect)
    .option('--tz <zone>', 'print times in UTC (default), local, or an IANA zone such as Europe/Berlin', 'UTC');
  merge.action((shards: string[], o: MergeOptions) => run(import('./merge.js').then((m) => m.runMerge(shards, o))));
}

/** `timeline`: every event in time order. */
function declareTimeline(program: Command, run: Run): void {
  const timeline = program
    .command('timeline')
    .description('merge the events of every input into one timeline, in time order')
    .argument('<paths...>', INPUTS)
    .option(
      '--format <format>',
      'table, csv (one row per event, for spreadsheets and Timeline Explorer) or jsonl (also Timesketch)',
      'table',
    )
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('-q, --quiet', 'do not print warnings and counts on stderr')
    .option('--bom', "CSV: begin with UTF-8's byte-order mark, for Excel (the default when written to a file with -o)")
    .option('--no-bom', 'CSV: no byte-order mark, also in a file')
    .option(
      '--redact',
      'replace users, domains, computer names, addresses, SIDs, thumbprints and file names by stable pseudonyms',
    )
    .option('--redact-keep <value>', 'with --redact: leave this value in clear (repeatable)', collect);
  addFilterOptions(timeline).action((paths: string[], o: TimelineOptions) =>
    run(import('./timeline.js').then((m) => m.runTimeline(paths, o))),
  );
}

/** `dump`: every record of one file. */
function declareDump(program: Command, run: Run): void {
  program
    .command('dump')
    .description('print every record of a log file (.evtx or XML) as JSON lines or XML, in file order')
    .argument('<file>', 'an .evtx file, an XML export, - for standard input (a folder or .zip dumps every log in it)')
    .option('--format <format>', 'jsonl or xml', 'jsonl')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('-q, --quiet', 'do not print warnings about damaged records')
    .option(
      '--redact',
      'replace users, domains, computer names, addresses, SIDs, thumbprints and file names by stable pseudonyms (reads the input twice)',
    )
    .option('--redact-keep <value>', 'with --redact: leave this value in clear (repeatable)', collect)
    .option(
      '--threads <n>',
      'parse an .evtx on this many worker threads while the main one writes (default: one per free core, at most 4, for files of 32 MB or more; one when no core is free)',
    )
    .option('--verbose', 'say on standard error how many threads parse each .evtx, and why')
    .action((file: string, o: DumpOptions) => run(import('./dump.js').then((m) => m.runDump(file, o))));
}

/** `explain-code`, `patterns` and `web`: what rdpdiag knows, and the page. */
function declareLookups(program: Command, run: Run): void {
  program
    .command('explain-code')
    .description(
      'decode what a Remote Desktop dialog shows: error code and extended code (hex or decimal), an HRESULT, NTSTATUS, gateway or protocol-error code, the dialog text in quotes, or a paste on standard input (-)',
    )
    .argument(
      '[code...]',
      'the "Error code" and the "Extended error code" (0x904 0x7, or 2308 7), one code (0x80090304, 0x112f, %%2313), the dialog\'s text ("An internal error has occurred"), or - (or a pipe) to read a paste from standard input; words that start with a minus are part of the paste',
    )
    .option('--format <format>', 'text or json', 'text')
    // A paste may start with a minus ("-2146893044", "- The remote computer…"): words commander does not know as
    // options are the paste's, not errors (runExplainCode still refuses a lone `--word`, a mistyped option).
    .allowUnknownOption()
    .action((code: string[], o: { format?: string }) =>
      run(import('./explain-code.js').then((m) => m.runExplainCode(code, o))),
    );

  program
    .command('patterns')
    .description('list the failure patterns rdpdiag knows, or show one in full')
    .argument('[id]', 'a cause id, as the list shows them')
    .action((id: string | undefined) => run(import('./patterns.js').then((m) => m.runPatterns(id))));

  program
    .command('web')
    .description(
      'write rdpdiag as one offline HTML page: pick or drop logs in any browser, nothing installed, nothing uploaded',
    )
    .option('-o, --output <file>', 'the page to write', 'rdpdiag.html')
    .action((o: WebOptions) => run(import('./web.js').then((m) => m.runWeb(o))));
}

/** `pull`: events from a SIEM (the only command that uses the network). */
function declarePull(program: Command, run: Run): void {
  program
    .command('pull')
    .description(
      'fetch the events rdpdiag reads from Elasticsearch or Splunk, as NDJSON for analyze (the only command that uses the network; credentials from RDPDIAG_ELASTIC_* / RDPDIAG_SPLUNK_* or --credentials)',
    )
    .argument('<engine>', 'elastic or splunk')
    .option(
      '--url <url>',
      'the server: https://host:9200 (Elasticsearch), https://host:8089 (Splunk management port); default RDPDIAG_<ENGINE>_URL',
    )
    .option(
      '--index <name>',
      'indices or data streams (Elasticsearch; default winlogbeat-*, logs-winlog.winlog-*, logs-windows.forwarded-*, logs-system.security-*, logs-system.system-*, logs-windows.sysmon_operational-*) or indexes (Splunk; default index=*, every index the role may search); repeatable, comma-separated',
      collect,
    )
    .option('--since <time>', 'only events at or after this time (ISO 8601, or relative: 30m, 2h, 3d, 1w)')
    .option('--until <time>', 'only events at or before this time')
    .option('--computer <name>', 'only events logged by this computer (as the event names it); repeatable', collect)
    .option(
      '--credentials <file>',
      'read the URL and credentials from this file (NAME=value lines, the variable names) instead of the environment',
    )
    .option('--ca <file>', 'trust the CA certificates in this PEM file (TLS verification is always on)')
    .option('--page-size <n>', 'Elasticsearch: hits per page (default 5000)')
    .option(
      '--slice <K/N>',
      'Elasticsearch: only slice K of N of a sliced point-in-time search (parted by @timestamp): N workers pull the whole in parts; analyze every slice with --shard K/N',
    )
    .option(
      '--shard <K/N>',
      'Splunk: only the computers of part K of N, parted as analyze --shard K/N parts them (SPL: sha256 of the computer name)',
    )
    .option('-o, --output <file>', 'write the NDJSON to this file instead of standard output')
    .option('--read-timeout <duration>', 'give up when the server sends nothing for this long (default 2m)')
    .option('--timeout <duration>', 'give up when the whole pull takes longer (default 2h)')
    .option(
      '--max-wait <duration>',
      'the longest wait a busy server may ask for (Retry-After); a longer one ends the pull (default 60s)',
    )
    .option(
      '--max-response <size>',
      'give up on an answer (Elasticsearch: a page; Splunk: a line) larger than this, decoded (default 128MiB)',
    )
    .option('-q, --quiet', 'no count on stderr')
    .action((engine: string, o: PullOptions) => run(import('./pull.js').then((m) => m.runPull(engine, o))));
}

/** `collect`: the logs of a Windows computer, exported. */
function declareCollect(program: Command, run: Run): void {
  program
    .command('collect')
    .description(
      'on Windows: export every log rdpdiag reads and the RDP settings into one folder, ready to zip; elsewhere: print the commands to run there',
    )
    .option('-o, --output <folder>', 'the folder to write (default: rdpdiag-collect-<computer>-<time>)')
    .action((o: CollectOptions) => run(import('./collect.js').then((m) => m.runCollect(o))));
}
