/**
 * A paste's other forms read as the `Label: value` lines the paste reader reads (paste-reader.ts): an event's XML,
 * a JSON record, Get-WinEvent's Format-List, Event Viewer's Details view.
 */

/**
 * The event's XML as label lines, in place: `<Data Name="Status">0x18</Data>` → `Status: 0x18`, `<EventID>` →
 * `Event ID:`, `<Provider Name=…>` → `Source:`, other leaves by their element name; the System bookkeeping
 * (Level, Task, Keywords, record id…) and every other tag dropped. Text around the XML stays.
 */
export function xmlToLabels(xml: string): string {
  return xml
    .replace(NAME_VALUE_XML, (_, label: string, value: string) => `\n${label.trim()}: ${value.trim()}\n`)
    .replace(/<EventID\b[^>]*>\s*(\d+)\s*<\/EventID>/gi, '\nEvent ID: $1\n')
    .replace(/<Provider\b[^>]*\bName\s*=\s*['"]([^'"]+)['"][^>]*>/gi, '\nSource: $1\n')
    .replace(
      /<Data\b[^>]*\bName\s*=\s*['"]([^'"]+)['"][^>]*>([^<]*)<\/Data>/gi,
      (_, name: string, value: string) => `\n${splitCamel(name)}: ${value.trim()}\n`,
    )
    .replace(
      /<(Version|Level|Task|Opcode|Keywords|EventRecordID|Correlation|Execution|Channel|Computer|Security|TimeCreated)\b[^>]*>[^<]*<\/\1>/gi,
      '\n',
    )
    .replace(
      /<([A-Za-z]+)>\s*(0x[0-9a-f]+|\d+)\s*<\/\1>/gi,
      (_, name: string, value: string) => `\n${splitCamel(name)}: ${value}\n`,
    )
    .replace(/<[^>]*>/g, '\n');
}

/** The longest paste read as JSON (a SIEM record or two; longer is a whole export, for `analyze`). */
const MAX_JSON = 100_000;

/**
 * A SIEM record pasted as JSON (a Wazuh alert, an Elastic or Sentinel row): its leaves as label lines, in place of
 * the text (`"eventID": "4625"` → `event ID: 4625`, `"SubStatus": "0xc000006a"` → `Sub Status: 0xc000006a`, ECS
 * `event.code` → `Event ID:`, `winlog.provider_name` → `Source:`), and a long text leaf (the event's rendered
 * message) as its own paragraph, its escapes undone by the parser. Undefined when the paste is not one JSON value.
 */
export function jsonToLabels(input: string): string | undefined {
  const text = input.trim();
  if (text.length > MAX_JSON || !text.startsWith('{')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const lines: string[] = [];
  const walk = (node: unknown, key: string, parent: string) => {
    if (Array.isArray(node)) for (const item of node) walk(item, key, parent);
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, k, key);
    else if (typeof node === 'string' || typeof node === 'number') {
      const leaf = String(node).trim();
      const name = /^code$/i.test(key) && /^event$/i.test(parent) ? 'Event ID' : jsonLabel(key);
      if (/\s/.test(leaf) && leaf.length > 60) lines.push('', leaf.replace(/^"+|"+$/g, ''), '');
      else if (leaf !== '') lines.push(`${name}: ${leaf}`);
    }
  };
  walk(value, '', '');
  return lines.join('\n');
}

/** A JSON string's key and the start of its value (`"message":"`), where a record's fields are pasted as JSON. */
const JSON_STRING_FIELD = /"[A-Za-z_][\w.@-]{0,60}"\s{0,8}:\s{0,8}"/;
const JSON_ESCAPE = /\\(\\|r\\n|[rnt"/])/g;
const JSON_ESCAPED: Readonly<Record<string, string>> = {
  '\\': '\\',
  'r\\n': '\n',
  r: '\n',
  n: '\n',
  t: '\t',
  '"': '"',
  '/': '/',
};

/**
 * A SIEM record pasted as JSON but not whole (cut short, or after the alert's header lines, as Wazuh and OSSEC print
 * it): its strings' escapes undone (`Status:\t\t0xC000006D\r\n`), so that the rendered message's lines read as the
 * event's labels. Only where the paste holds a JSON string field; a doubled backslash stays one (a path's). One pass.
 */
export function jsonEscapesUndone(input: string): string {
  if (!JSON_STRING_FIELD.test(input)) return input;
  // The blanks the escapes give back bounded as the paste's own are.
  return blankRunsBounded(input.replace(JSON_ESCAPE, (_, e: string) => JSON_ESCAPED[e] ?? e));
}

/** A long run of blanks read as its first eight: the label patterns then cost the same per character (linear). */
export function blankRunsBounded(text: string): string {
  return text.replace(/(\s{8})\s+/g, '$1');
}

/** A JSON key as a label: `provider_name` and `providerName` → `Source`, `event_id` → `Event ID`, camel case split. */
function jsonLabel(key: string): string {
  const words = splitCamel(key).replace(/[_.]+/g, ' ').trim();
  if (/^(?:provider\s*name|source\s*name|provider)$/i.test(words)) return 'Source';
  if (/^event\s*(?:id|code)$/i.test(words)) return 'Event ID';
  return words;
}

/**
 * RDPClient's generic pair (`<Data Name="Name">Disconnect Reason</Data><Data Name="Value">2308</Data>`): the Name is
 * the Value's label (rdp-events.md §1.7).
 */
const NAME_VALUE_XML =
  /<Data\b[^>]*\bName\s*=\s*['"]Name['"][^>]*>([^<]*)<\/Data>\s*<Data\b[^>]*\bName\s*=\s*['"]Value['"][^>]*>([^<]*)<\/Data>/gi;

/** Event Viewer's "Details" tab, Friendly View: `- System`, `- EventData`, `[ Name]  Provider`, `EventID 4625`. */
export const DETAILS_VIEW = /(?:^|\n)\s*-\s*(?:System|EventData|UserData)\s*(?:\r?\n|$)|\[\s*Name\s*\]\s+\S/;

/**
 * An event as `Get-WinEvent … | Format-List *` prints it: its `Id : 7034` beside its `ProviderName :` (or `LogName :`)
 * in PowerShell's list form.
 */
const WINEVENT_ID = /(?:^|\n)[ \t]{0,8}Id[ \t]{0,40}:[ \t]{0,8}\d{1,5}[ \t]*(?:\r?\n|$)/;

const WINEVENT_PROVIDER = /(?:^|\n)[ \t]{0,8}(?:ProviderName|LogName)[ \t]{0,40}:/;

export const WINEVENT_LIST = { test: (text: string) => WINEVENT_ID.test(text) && WINEVENT_PROVIDER.test(text) };

/**
 * The record's own fields in that list: its version, level, task, opcode, keywords, record and process numbers, ids and
 * times, never a code (a `Version : 0` is no "no information" code).
 */
const WINEVENT_RECORD_FIELD =
  /(?:^|\n)[ \t]{0,8}(?:Version|Qualifiers|Level|Task|Opcode|Keywords|RecordId|ProviderId|ProcessId|ThreadId|MachineName|UserId|TimeCreated|ActivityId|RelatedActivityId|ContainerLog|MatchedQueryIds|Bookmark|LevelDisplayName|OpcodeDisplayName|TaskDisplayName|KeywordsDisplayNames|Properties)[ \t]{0,40}:[^\r\n]{0,400}/g;

/**
 * A paste that is one event in another layout, as the Event Viewer block it stands for: `Get-WinEvent … | Format-List
 * *` output, Event Viewer's "Save as" CSV with one event row, Get-WinEvent's table with one event row; any other as
 * is (a listing of several events is a listing, read as such).
 */
export function eventListAsBlock(text: string): string {
  if (WINEVENT_LIST.test(text)) return winEventListToLabels(text);
  return csvEventAsBlock(text) ?? tableEventAsBlock(text) ?? text;
}

/**
 * Event Viewer's "Save as" CSV header (English, German, French, Spanish): Level (Keywords in the Security log), Date
 * and Time, Source, Event ID, Task Category.
 */
const CSV_HEADER =
  /^\s{0,10}(?:Level|Keywords|Ebene|Schlüsselwörter|Niveau|Mots clés|Nivel|Palabras clave),(?:Date and Time|Datum und Uhrzeit|Date et heure|Fecha y hora),(?:Source|Quelle|Origen),(?:Event ID|Ereignis-ID|ID de l.événement|Id\. del evento),(?:Task Category|Aufgabenkategorie|Catégorie de la tâche|Categoría de la tarea)\s{0,10}$/im;
/** Its row: level, date and time, source, event id, task category, then the quoted message (to the paste's end). */
const CSV_ROW =
  /^\s{0,10}([^,\r\n"]{1,40}),([^,\r\n"]{1,40}),([^,\r\n"]{1,200}),(\d{1,5}),(?:[^,\r\n"]{0,80}|"[^"\r\n]{0,80}"),"/gm;

/** The levels that say an event is a failure (Error, Warning, Critical, Audit Failure), in the CSV's languages. */
const FAILURE_LEVEL =
  /^(?:Error|Warning|Critical|Audit Failure|Fehler|Warnung|Kritisch|Überwachung fehlgeschlagen|Erreur|Avertissement|Critique|Échec de l.audit|Advertencia|Crítico|Error de auditoría)$/i;
const MAX_CSV_ROWS = 500;

/**
 * The CSV's events as Event Viewer blocks (`Level:`, `Source:`, `Event ID:`, the message as the description), its
 * date and time column set aside: its one row, or among several the rows whose level says they failed (an Error among
 * Information rows), in the file's order; undefined when several rows hold no failure (a listing, read as such).
 */
function csvEventAsBlock(text: string): string | undefined {
  const header = CSV_HEADER.exec(text);
  if (!header) return undefined;
  const rest = text.slice(header.index + header[0].length);
  const rows = [...rest.matchAll(CSV_ROW)].slice(0, MAX_CSV_ROWS);
  const indexed = rows.map((row, i) => ({ row, i }));
  const chosen = rows.length === 1 ? indexed : indexed.filter((r) => FAILURE_LEVEL.test(r.row[1]!.trim()));
  if (chosen.length === 0) return undefined;
  const block = ({ row, i }: { row: RegExpExecArray; i: number }): string => {
    const next = rows[i + 1];
    const body = rest.slice(row.index + row[0].length, next?.index);
    const end = body.lastIndexOf('"');
    const message = (end >= 0 ? body.slice(0, end) : body).replace(/""/g, '"');
    return `Level: ${row[1]!.trim()}\nSource: ${row[3]!.trim()}\nEvent ID: ${row[4]}\nDescription:\n${message}`;
  };
  return chosen.map(block).join('\n\n');
}

/** Get-WinEvent's default table: its header, and a row of date and time, id, level, message (cut with "..."). */
const TABLE_HEADER = /^\s{0,10}TimeCreated\s{1,40}Id\s{1,40}LevelDisplayName\s{1,40}Message\s{0,10}$/im;
const TABLE_ROW =
  /^\s{0,10}\S{6,10}\s{1,3}\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\s{1,40}(\d{1,5})\s{1,40}(Information|Warning|Error|Critical|Verbose)\s{1,20}(\S[^\r\n]{0,400})$/gim;

const MIN_ROW_WORDS = 6;

/** The heading Get-WinEvent prints above each provider's table ("   ProviderName: Schannel"). */
const TABLE_PROVIDER = /^\s{0,10}ProviderName:\s{0,10}(\S{1,200})\s{0,10}$/m;

/**
 * One row of that table as `Source:` (the provider's heading above it), `Event ID:`, `Level:` and its message (the
 * table's "..." cut off) as the description: an id several providers use (1058: TermService's certificate, Group
 * Policy's processing) is read as its provider's, never as another's.
 */
function tableEventAsBlock(text: string): string | undefined {
  if (!TABLE_HEADER.test(text)) return undefined;
  const provider = TABLE_PROVIDER.exec(text)?.[1];
  const rows = [...text.matchAll(TABLE_ROW)].slice(0, 2);
  if (rows.length !== 1) return undefined;
  const [row] = rows as [RegExpExecArray];
  // A 4625's row shows its title, never its Status and Sub Status (which say why): the listing says so.
  if (row[1] === '4625') return undefined;
  const message = row[3]!.trimEnd().replace(/\.{3}$/, '');
  // With no provider heading, a message cut to a few words cannot say whose event the id is: the listing names it.
  if (!provider && (message.match(/\S+/g) ?? []).length < MIN_ROW_WORDS) return undefined;
  return `${provider ? `Source: ${provider}\n` : ''}Level: ${row[2]}\nEvent ID: ${row[1]}\nDescription:\n${message}`;
}

/**
 * That list as an Event Viewer block: `Id` is its Event ID, `ProviderName` its Source, `LogName` its Log Name,
 * `Message` its Description; the record's own fields dropped.
 */
export function winEventListToLabels(text: string): string {
  return text
    .replace(WINEVENT_RECORD_FIELD, '\n')
    .replace(/(^|\n)[ \t]{0,8}Id[ \t]{0,40}:[ \t]{0,8}(\d{1,5})/g, '$1Event ID: $2')
    .replace(/(^|\n)[ \t]{0,8}ProviderName[ \t]{0,40}:/g, '$1Source:')
    .replace(/(^|\n)[ \t]{0,8}LogName[ \t]{0,40}:/g, '$1Log Name:')
    .replace(/(^|\n)[ \t]{0,8}Message[ \t]{0,40}:[ \t]{0,8}/g, '$1Description:\n');
}

/**
 * The Friendly View as label lines: each `FieldName value` line (one CamelCase word, then its value) becomes
 * `Field Name: value`, `[ Name]  Provider` under Provider becomes `Source:`, `EventID` `Event ID:`, and the
 * RDPClient pair `Name Disconnect Reason` / `Value 2308` becomes `Disconnect Reason: 2308`. Lines that are not
 * fields (the `- System` headings) stay as they are.
 */
export function detailsToLabels(text: string): string {
  return text
    .replace(
      /(?:^|\n)[ \t]*Name[ \t]+([^\r\n]+)\r?\n[ \t]*Value[ \t]+([^\r\n]+)/g,
      (_, label: string, value: string) => `\n${label.trim()}: ${value.trim()}`,
    )
    .replace(/\[\s*Name\s*\][ \t]+([^\r\n]+)/g, (_, name: string) => `Source: ${name.trim()}`)
    .replace(/\[\s*[A-Za-z]+\s*\][ \t]+[^\r\n]*/g, '')
    .replace(/(^|\n)[ \t]*EventID[ \t]+(\d+)/g, '$1Event ID: $2')
    .replace(
      /(^|\n)[ \t]*([A-Z][A-Za-z0-9]*)[ \t]+(?![:=])([^\r\n]*)/g,
      (all, start: string, name: string, value: string) =>
        /\s/.test(value.trim()) && !/^%%\d+$/.test(value.trim()) ? all : `${start}${splitCamel(name)}: ${value.trim()}`,
    );
}

/** `SubStatus` → `Sub Status`, `FailureCode` → `Failure Code`, `AlertDesc` stays readable to the label table. */
function splitCamel(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** A line quoted as e-mail and Markdown quote it: its `>` marks (one or more, nested) and the space after them. */
const QUOTE_MARKS = /^[ \t]{0,3}(?:>[ \t]?)+/;

/**
 * A paste quoted whole as e-mail and Markdown quote it, every line that holds anything opening with `>` ("> Log Name:
 * Security", "> Source: AD FS Auditing"): its text without the marks, so that its labels start their lines as the
 * copied text's do. A paste with one line not quoted, or of one line, is left as it is (a prompt's "PS C:\>", a shell's
 * "> " continuation beside other lines). Linear: one pass over the lines.
 */
export function unquotedPaste(text: string): string {
  const lines = text.split('\n');
  const held = lines.filter((l) => l.trim() !== '');
  if (held.length < 2 || !held.every((l) => QUOTE_MARKS.test(l))) return text;
  return lines.map((l) => l.replace(QUOTE_MARKS, '')).join('\n');
}
