import type { InputSummary, InputWarning } from '../model/event.js';
import { formatCount } from '../model/numbers.js';

function where(file: string, p: { line?: number; column?: number; offset?: number }): string {
  if (p.line !== undefined) return `${file}:${p.line}${p.column !== undefined ? `:${p.column}` : ''}`;
  if (p.offset !== undefined) return `${file} at offset 0x${p.offset.toString(16)} (${p.offset})`;
  return file;
}

/** `file:line:column: message`, or `file at offset 0x… (…): message`. */
export function formatWarning(w: Pick<InputWarning, 'file' | 'line' | 'column' | 'offset' | 'message'>): string {
  return `${where(w.file, w)}: ${w.message}`;
}

export function formatLocation(file: string, p: { line?: number; column?: number; offset?: number }): string {
  return where(file, p);
}

/** Warnings of one code from one input: the first kept in full, and how many more there were and where. */
export interface WarningGroup {
  first: InputWarning;
  /** All warnings of this code in the input, counted (more than the samples kept). */
  count: number;
  /** Where the next few kept samples were (offsets or lines), in order. */
  alsoAt: string[];
}

/** The input's warnings grouped by code, in the order each code first came: one line each, not one per record. */
export function groupWarnings(s: Pick<InputSummary, 'warnings' | 'warningCounts'>): WarningGroup[] {
  const groups = new Map<InputWarning['code'], WarningGroup>();
  for (const w of s.warnings) {
    const g = groups.get(w.code);
    if (!g) groups.set(w.code, { first: w, count: s.warningCounts[w.code]?.count ?? 1, alsoAt: [] });
    else if (w.line !== undefined) g.alsoAt.push(`line ${w.line}`);
    else if (w.offset !== undefined) g.alsoAt.push(`0x${w.offset.toString(16)}`);
  }
  return [...groups.values()];
}

/** One group as a line: the first warning in full, then how many more of its kind and where the next were. */
export function formatWarningGroup(g: WarningGroup, maxPlaces = 3): string {
  const more = g.count - 1;
  if (more <= 0) return formatWarning(g.first);
  const places = g.alsoAt.slice(0, maxPlaces);
  const at = places.length ? `, next at ${places.join(', ')}${g.count - 1 > places.length ? ', …' : ''}` : '';
  return `${formatWarning(g.first)} (and ${more} more like it: ${g.first.code}${at})`;
}

/** Inputs refused for the same reason, so many that a line each would bury the rest: said in one line. */
export interface RefusalGroup {
  inputs: InputSummary[];
  /** The reason, each input's own path in it written `<file>`. */
  reason: string;
}

/** A group of this many inputs or more refused alike is one line (fewer: a line each). */
const GROUP_REFUSALS_FROM = 4;
const ARCHIVE_ENDINGS: ReadonlySet<string> = new Set(['.7z', '.zip', '.tar', '.gz', '.tgz']);

/**
 * The inputs refused for one reason (the same format, the same message once each input's own path in it is
 * `<file>`, no line or offset of their own, nothing read and no warning), by input, where they are at least
 * GROUP_REFUSALS_FROM: a folder of 3,000 `.7z` archives says so in one line, on stderr and in the HTML and Markdown
 * reports. The JSON report keeps each input's error.
 */
export function refusalGroups(inputs: readonly InputSummary[]): Map<InputSummary, RefusalGroup> {
  const byKey = new Map<string, RefusalGroup>();
  for (const s of inputs) {
    const e = s.error;
    if (!e || e.line !== undefined || e.column !== undefined || (e.offset !== undefined && e.offset !== 0)) continue;
    if (s.records > 0 || s.warnings.length > 0) continue;
    const reason = e.file ? e.message.split(e.file).join('<file>') : e.message;
    const key = `${s.format}\u0000${reason}`;
    const group = byKey.get(key);
    if (group) group.inputs.push(s);
    else byKey.set(key, { inputs: [s], reason });
  }
  const out = new Map<InputSummary, RefusalGroup>();
  for (const g of byKey.values()) if (g.inputs.length >= GROUP_REFUSALS_FROM) for (const s of g.inputs) out.set(s, g);
  return out;
}

/** `3,000 .7z archives refused: <reason>`. */
export function refusalSummary(g: RefusalGroup): string {
  const n = g.inputs.length;
  const format = g.inputs[0]!.format;
  const ext = (path: string) => /\.[A-Za-z0-9]{1,8}$/.exec(path)?.[0].toLowerCase();
  const first = ext(g.inputs[0]!.path);
  const named = first && g.inputs.every((s) => ext(s.path) === first) ? first : undefined;
  const what =
    format === '7z' || format === 'zip' || format === 'tar'
      ? `.${format} archives`
      : named
        ? `${named} ${ARCHIVE_ENDINGS.has(named) ? 'archives' : 'files'}`
        : 'inputs';
  return `${formatCount(n)} ${what} refused: ${g.reason}`;
}

/** A report's row of inputs: one input, or the first of a group refused alike, standing for the group. */
export interface InputRow {
  input: InputSummary;
  group?: RefusalGroup;
}

/** The inputs as a report lists them: each, but a group refused alike (`refusalGroups`) in one row, where its first is. */
export function inputRows(inputs: readonly InputSummary[]): InputRow[] {
  const grouped = refusalGroups(inputs);
  const rows: InputRow[] = [];
  for (const input of inputs) {
    const group = grouped.get(input);
    if (!group) rows.push({ input });
    else if (group.inputs[0] === input) rows.push({ input, group });
  }
  return rows;
}

/** A row's file as a report names it (`shown` its path): the group's first, and how many more. */
export function inputRowFile(row: InputRow, shown: (path: string) => string): string {
  const file = shown(row.input.path);
  return row.group ? `${file} and ${formatCount(row.group.inputs.length - 1)} more` : file;
}

/** A row's error as a report says it: the input's, or its group's with where each is said. */
export function inputRowError(row: InputRow): string | undefined {
  if (row.group) return `${refusalSummary(row.group)} (each in the JSON report)`;
  return row.input.error?.message;
}
