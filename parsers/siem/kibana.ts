/**
 * Kibana Discover's CSV export ("Share → Export → CSV"): one column per field chosen, named by its dotted
 * path (`winlog.event_id`, `winlog.event_data.LogonType`), or a `_source` column holding the document as
 * JSON. The row becomes the ECS document it came from. Kibana writes dates with its display format and
 * the browser's time zone unless told otherwise: a time that is not ISO 8601 with its zone cannot be read
 * without guessing, and says what to change.
 */
import { isObject, type Json, type RecordPlace, RecordMappingError } from './common.js';

/** Kibana wrote its times for a reader who knows its display settings: the input cannot be read as it is. */
export class KibanaTimeError extends Error {}
import { isoTime } from './time.js';

export function isKibanaCsv(columns: readonly string[]): boolean {
  return (
    columns.includes('_source') || (columns.includes('@timestamp') && columns.some((c) => c.startsWith('winlog.')))
  );
}

/** ISO 8601 with a zone (`Z` or an offset): nothing else tells which instant Kibana meant. */
const ISO_WITH_ZONE = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$/;

/** The ECS document of one Kibana CSV row. */
export function kibanaDocument(row: Json, place: RecordPlace): Json | undefined {
  let doc: Json = {};
  const source = row._source;
  if (typeof source === 'string' && source.trimStart().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(source);
      if (isObject(parsed)) doc = parsed;
    } catch {
      throw new RecordMappingError('its _source column is not JSON');
    }
  }
  for (const [path, value] of Object.entries(row)) {
    if (path === '_source' || path.startsWith('_')) continue;
    setPath(doc, path, value);
  }
  const time = doc['@timestamp'];
  if (typeof time === 'string' && !(ISO_WITH_ZONE.test(time.trim()) && isoTime(time.trim()))) {
    throw new KibanaTimeError(
      `a Kibana Discover CSV with @timestamp "${time.slice(0, 40)}" in Kibana's display format and time zone (line ${place.line}): set Kibana's Advanced Settings dateFormat to YYYY-MM-DDTHH:mm:ss.SSSZ and export again, or export NDJSON (\`rdpdiag pull elastic\`, or the README's Elasticsearch query)`,
    );
  }
  return doc;
}

/** Sets `a.b.c` nested; a path whose parent is not an object keeps its dotted name as one key. */
function setPath(doc: Json, path: string, value: unknown): void {
  const parts = path.split('.');
  let at = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i]!;
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return;
    const next = Object.hasOwn(at, key) ? at[key] : undefined;
    if (next === undefined) at = at[key] = {} as Json;
    else if (isObject(next)) at = next;
    else {
      doc[path] = value;
      return;
    }
  }
  const last = parts[parts.length - 1]!;
  if (last === '__proto__' || last === 'constructor' || last === 'prototype') return;
  at[last] = value;
}
