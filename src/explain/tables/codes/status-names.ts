/**
 * A disconnect reason by the name a client app prints with its number (issue 60): the Remote Desktop client for Mac's
 * "(code DisconnectedByOtherConnection(5))", the programs that host the Remote Desktop ActiveX control and print its
 * reason by name. The names are the tables' own — MS-RDPBCGR's ERRINFO_… (Microsoft's and FreeRDP's spellings),
 * ExtendedDisconnectReasonCode's exDiscReason…, the disconnect reasons' disconnectReason… — with their prefix, case
 * and underscores dropped (and the "Server" the server's codes begin with: `InsufficientPrivileges(9)`); read only
 * with the number printed beside the name, and only when that number is the name's own
 * (`DisconnectedByOtherConnection(7)` is read as neither). No knowledge lives here.
 *
 * Seen printed so: the Remote Desktop client for Mac's "Another device has connected to this session, disconnecting
 * you (code DisconnectedByOtherConnection(5))" (https://github.com/stascorp/rdpwrap/issues/78); the names from
 * Microsoft Learn "ExtendedDisconnectReasonCode enumeration", MS-RDPBCGR 2.2.5.1.1 and FreeRDP include/freerdp/error.h.
 */
import { DISCONNECT_REASONS } from '../../../../patterns/codes/mstsc-disconnect-reasons.js';
import { EXTENDED_REASONS } from '../../../../patterns/codes/mstsc-extended-reasons.js';
import { FREERDP_ERRINFO_NAMES } from '../program-logs/third-party-clients.js';

/** The tables' names and the prefix each family's names carry. */
const FAMILIES = [
  { prefix: /^exDiscReason/, rows: EXTENDED_REASONS },
  { prefix: /^ERRINFO_/, rows: FREERDP_ERRINFO_NAMES },
  { prefix: /^disconnectReason/, rows: DISCONNECT_REASONS },
] as const;

/** A name as compared: its family's prefix, its case and everything but letters and digits dropped. */
const key = (name: string, prefix?: RegExp) =>
  (prefix ? name.replace(prefix, '') : name).toLowerCase().replace(/[^a-z0-9]/g, '');

/** @cache built once from the tables, which never change. */
let index: Map<string, { readonly name: string; readonly code: number }[]> | undefined;

function build(): Map<string, { readonly name: string; readonly code: number }[]> {
  const map = new Map<string, { readonly name: string; readonly code: number }[]>();
  for (const { prefix, rows } of FAMILIES)
    for (const row of rows) {
      if (!prefix.test(row.name)) continue;
      const k = key(row.name, prefix);
      if (k.length < 6) continue;
      // The codes the server sends carry "Server" after the prefix (ERRINFO_SERVER_INSUFFICIENT_PRIVILEGES,
      // exDiscReasonServerInsufficientPrivileges); a client's enum may drop it too ("InsufficientPrivileges(9)").
      const unprefixed = k.replace(/^server/, '');
      for (const name of unprefixed !== k && unprefixed.length >= 6 ? [k, unprefixed] : [k])
        map.set(name, [...(map.get(name) ?? []), { name: row.name, code: row.code }]);
    }
  return map;
}

/** Any family's prefix, on a name printed whole (`exDiscReasonLogoffByUser(12)`). */
const ANY_PREFIX = /^(?:exDiscReason|ERRINFO_|disconnectReason)/i;

/** A reason's name printed with a number in parentheses: `DisconnectedByOtherConnection(5)`, `LogoffByUser (0xC)`. */
const PRINTED = /\b([A-Za-z][A-Za-z_]{5,60}) ?\( ?(0x[0-9a-f]{1,8}|\d{1,10}) ?\)/gi;

export interface PrintedName {
  /** As printed: `DisconnectedByOtherConnection(5)`. */
  readonly printed: string;
  /** The table's own name it is read as (`ERRINFO_DISCONNECTED_BY_OTHER_CONNECTION`), for `lookupCodeName`. */
  readonly name: string;
}

/** The reasons a text prints by name with their own number, in the order printed. */
export function printedStatusNames(text: string): PrintedName[] {
  index ??= build();
  const found: PrintedName[] = [];
  for (const m of text.matchAll(PRINTED)) {
    const [printed, word = '', number = ''] = m;
    const value = Number(number.toLowerCase().startsWith('0x') ? Number.parseInt(number.slice(2), 16) : number);
    const row = index.get(key(word, ANY_PREFIX))?.find((r) => r.code === value);
    if (row) found.push({ printed, name: row.name });
  }
  return found;
}
