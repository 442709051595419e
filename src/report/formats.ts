/**
 * The one registry of report formats: each format's name, the names and file extensions that choose it, how its
 * text is escaped when written, how much of each attempt it needs read, and its renderer. The CLI (`--format`,
 * `-o`'s extension, what `analyze` keeps of each attempt), the pipeline and the page all read it; a new format is
 * one entry here and its renderer module. Renderers are loaded only when a report is made, so `--help` and
 * `explain-code` do not load them.
 */
import { KEY_EVENTS } from './key-events.js';
import type { ReportModel } from './model.js';
import type { TableOptions } from './table-text.js';
import type { TimeZoneChoice } from './time-format.js';

/** How a writer treats the text: sanitized text (ANSI colour kept or not), JSON text, or as made (HTML escapes its own). */
export type OutputEscaping = 'text' | 'json' | 'verbatim';

/** What the person asked for, beyond the model: the time zone, the terminal's table, ECS's bulk lines. */
export interface RenderChoices {
  tz: TimeZoneChoice;
  /** The terminal table (and `--explain`, which the table shows). */
  table?: Omit<TableOptions, 'tz'> & { explain?: readonly string[] };
  ecs?: { bulk?: boolean; index?: string };
}

/** A whole report, or (the formats a fleet makes long) its pieces in order, written as they are made. */
export type Rendered = string | Iterable<string>;

type Renderer = (model: ReportModel, choices: RenderChoices) => Rendered;

/** How many of an attempt's events the report names (none, or the first few), and whether a failed one's all. */
export interface EventsRead {
  eventsShown?: number;
  failedWhole?: boolean;
  /** Every event of the attempts with a cause and of those a finding names, known after the fleet pass (HTML). */
  detailedLater?: boolean;
}

export interface ReportFormat {
  name: string;
  /** Other names `--format` accepts. */
  aliases: readonly string[];
  /** The `-o` file extensions that choose it, lower case with the dot. */
  extensions: readonly string[];
  escaping: OutputEscaping;
  /** `people`: findings told in sentences, to be read (table, Markdown, HTML); `programs`: records to be processed. */
  readBy: 'people' | 'programs';
  reads: EventsRead;
  /** Offered for download by the page, with this MIME type. */
  pageMime?: string;
  renderer(): Promise<Renderer>;
}

export const REPORT_FORMATS: readonly ReportFormat[] = [
  {
    name: 'table',
    aliases: ['text'],
    extensions: ['.txt'],
    escaping: 'text',
    readBy: 'people',
    reads: { eventsShown: 0 },
    renderer: async () => {
      const [{ tablePieces }, { renderExplain }] = await Promise.all([import('./table.js'), import('./explain.js')]);
      return (m, c) => {
        const o = { color: false, width: 80, ...c.table, tz: c.tz };
        return o.explain?.length ? renderExplain(m, [...o.explain], o) : tablePieces(m, o);
      };
    },
  },
  {
    name: 'json',
    aliases: [],
    extensions: ['.json'],
    escaping: 'json',
    readBy: 'programs',
    reads: { eventsShown: 0 },
    pageMime: 'application/json',
    renderer: async () => {
      const { jsonReportChunks } = await import('./json.js');
      return (m) => jsonReportChunks(m.analysis, m.inputs, m.fleet);
    },
  },
  {
    name: 'markdown',
    aliases: ['md'],
    extensions: ['.md', '.markdown'],
    escaping: 'text',
    readBy: 'people',
    reads: { eventsShown: 0, failedWhole: true },
    pageMime: 'text/markdown',
    renderer: async () => {
      const { renderMarkdown } = await import('./markdown.js');
      return (m, c) => renderMarkdown(m, c.tz);
    },
  },
  {
    name: 'html',
    aliases: [],
    extensions: ['.html', '.htm'],
    escaping: 'verbatim',
    readBy: 'people',
    // HTML details the attempts a finding names, known only after the fleet pass: every event kept, or read back.
    reads: { detailedLater: true },
    pageMime: 'text/html',
    renderer: async () => {
      const { htmlChunks } = await import('./html.js');
      return (m, c) => htmlChunks(m, c.tz);
    },
  },
  {
    name: 'csv',
    aliases: [],
    extensions: ['.csv'],
    escaping: 'text',
    readBy: 'programs',
    reads: { eventsShown: 0 },
    renderer: async () => {
      const { attemptsCsvPieces } = await import('./csv.js');
      return (m, c) => attemptsCsvPieces(m.analysis.attempts, c.tz, m.analysis.findings);
    },
  },
  {
    name: 'ecs',
    aliases: [],
    extensions: [],
    escaping: 'json',
    readBy: 'programs',
    reads: { eventsShown: KEY_EVENTS },
    renderer: async () => {
      const { ecsLines } = await import('./ecs.js');
      return (m, c) =>
        ecsLines(m.analysis, { bulk: c.ecs?.bulk || c.ecs?.index !== undefined, index: c.ecs?.index, fleet: m.fleet });
    },
  },
  {
    name: 'splunk-hec',
    aliases: [],
    extensions: [],
    escaping: 'json',
    readBy: 'programs',
    reads: { eventsShown: KEY_EVENTS },
    renderer: async () => {
      const { splunkHecEvents } = await import('./splunk-hec.js');
      return (m) => splunkHecEvents(m.analysis, m.fleet);
    },
  },
];

export const REPORT_FORMAT_NAMES = REPORT_FORMATS.map((f) => f.name);
/** The formats that tell findings in sentences (what a person reads). */
export const PROSE_FORMAT_NAMES = REPORT_FORMATS.filter((f) => f.readBy === 'people').map((f) => f.name);

/** The format a `--format` value names (its name or an alias, any case), if any. */
export function formatNamed(name: string): ReportFormat | undefined {
  const n = name.toLowerCase();
  return REPORT_FORMATS.find((f) => f.name === n || f.aliases.includes(n));
}

/** The format an output file's extension (with the dot, any case) chooses, if any. */
export function formatForExtension(ext: string): ReportFormat | undefined {
  const e = ext.toLowerCase();
  return REPORT_FORMATS.find((f) => f.extensions.includes(e));
}

/** Every extension some format claims, for the message that refuses another. */
export const REPORT_EXTENSIONS = REPORT_FORMATS.flatMap((f) => f.extensions);

/** A report of one format, rendered whole. */
export async function renderReportText(
  format: ReportFormat,
  model: ReportModel,
  choices: RenderChoices,
): Promise<string> {
  const rendered = (await format.renderer())(model, choices);
  return typeof rendered === 'string' ? rendered : [...rendered].join('');
}
