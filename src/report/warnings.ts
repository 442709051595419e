import type { InputSummary, InputWarning } from '../model/event.js';

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
