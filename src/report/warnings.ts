import type { InputWarning } from '../model/event.js';

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
