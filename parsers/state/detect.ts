/** Which state format a file's first bytes are, by content only (never its name). */
import type { StateFormat } from '../../src/model/state.js';
import { headLines, headText } from './lines.js';
import { isProfileHeader } from './netsh.js';
import { isNetstatRow } from './netstat.js';
import { normalizeKey } from './registry.js';

/** Members of `Get-WinEvent`'s JSON or a SIEM export: such JSON is no state file. */
const EVENT_JSON = /"(RecordId|TimeCreated|@timestamp|EventID|EventRecordID)"\s*:/;

export function detectState(head: Uint8Array): StateFormat | undefined {
  if (startsWithMarkup(head)) return undefined;
  const lines = headLines(head);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return undefined;
  const firstLine = lines[first]!.trim();
  if (/^(Windows Registry Editor Version 5\.00|REGEDIT4)$/i.test(firstLine)) return 'reg-export';
  if (firstLine.startsWith('{') || firstLine.startsWith('[')) {
    if (/^\[[A-Za-z ]+\]$/.test(firstLine)) return seceditOrUndefined(lines);
    const text = headText(head);
    if (EVENT_JSON.test(text)) return undefined;
    if (/"Thumbprint"\s*:/.test(text) && /"(NotAfter|HasPrivateKey)"\s*:/.test(text)) return 'ps-certificates';
    if (/"(LicensingType|DaysLeft|TerminalServerMode)"\s*:/.test(text)) return 'ps-ts-setting';
    if (/"NetworkCategory"\s*:/.test(text) && /"(InterfaceAlias|InterfaceIndex)"\s*:/.test(text))
      return 'ps-connection-profile';
    if (/"KeyPackId"\s*:/.test(text) && /"(ProductType|TotalLicenses)"\s*:/.test(text)) return 'ps-license-keypacks';
    if (/"(ServiceName|Name)"\s*:/.test(text) && /"Status"\s*:/.test(text) && /"(StartType|CanStop)"\s*:/.test(text))
      return 'ps-services';
    return undefined;
  }
  const secedit = seceditOrUndefined(lines);
  if (secedit) return secedit;
  let netstatRows = 0;
  let proto = false;
  for (let i = first; i < lines.length; i++) {
    const l = lines[i];
    if (isProfileHeader(l!)) return 'netsh-profiles';
    if (/^-{20,}\s*$/.test(l!) && i > 0 && /^[^\s:][^:]{1,40}:\s+\S/.test(lines[i - 1]!)) {
      const next = lines[i + 1] ?? '';
      if (/^[^\s:][^:]{1,40}:\s+\S/.test(next) || next === undefined) return 'netsh-firewall';
    }
    // `reg query`: a key at the line's start, then its values, another key, or the end of a `/f … /k` search.
    // The cheap tests first: `normalizeKey` lowers the whole line (a long one in an XML export).
    if (i === first && /^\S/.test(l!) && normalizeKey(l!.trim())) {
      const next = lines[i + 1] ?? '';
      if (
        /^ {4}\S.*? {4}REG_[A-Z_]+/.test(next) ||
        (/^\S/.test(next) && normalizeKey(next.trim())) ||
        /^End of search/i.test(next) ||
        next.trim() === ''
      )
        return 'reg-query';
    }
    if (/^ {4}\S.*? {4}REG_[A-Z_]+/.test(lines[i + 1] ?? '') && /^\S/.test(l!) && normalizeKey(l!.trim()))
      return 'reg-query';
    if (/^RDP settings of .+, read by rdpdiag collect at /.test(l!)) return 'reg-query';
    if (/\bProto\b/.test(l!)) proto = true;
    if (isNetstatRow(l!)) netstatRows++;
  }
  if (netstatRows > 0 && proto) return 'netstat';
  return undefined;
}

/**
 * Whether the first character (past byte-order marks, blanks and UTF-16's NUL bytes) is `<`: an XML export, which no
 * state format is (they start with a word, `[`, `{` or a blank line), so its head is not split into lines to be tried.
 */
/** Bytes before a file's first character: byte-order marks, blanks and UTF-16's NUL bytes. */
const LEADING = new Set([0x00, 0x09, 0x0a, 0x0d, 0x20, 0xef, 0xbb, 0xbf, 0xff, 0xfe]);
function startsWithMarkup(head: Uint8Array): boolean {
  for (const b of head) if (!LEADING.has(b)) return b === 0x3c;
  return false;
}

function seceditOrUndefined(lines: readonly string[]): StateFormat | undefined {
  return lines.some(
    (l) => /^\[Privilege Rights\]\s*$/i.test(l.trim()) || /^signature\s*=\s*"\$CHICAGO\$"/i.test(l.trim()),
  )
    ? 'secedit-inf'
    : undefined;
}
