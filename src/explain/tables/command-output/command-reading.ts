/**
 * What a pasted command output shows about Remote Desktop, as every reader of one writes it: command-output.ts and the
 * readers it hands a paste to (host-output.ts, service-control.ts, firewall-rules.ts, registry-state.ts), each with
 * its own kinds of output as `Command`. Its own file, so that those readers need nothing back from command-output.ts.
 */
export interface CommandReading<Command extends string = string> {
  readonly command: Command;
  /** "qwinsta (query session) output". */
  readonly what: string;
  /** One line: what it shows about Remote Desktop. */
  readonly summary: string;
  /** What it shows, fact by fact. */
  readonly shows: readonly string[];
  /** What to do next. */
  readonly todo: readonly string[];
  /** The causes it points at (cause ids of patterns/), strongest first; none when it shows things are fine. */
  readonly causes: readonly string[];
  readonly source: string;
}
