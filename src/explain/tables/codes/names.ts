/**
 * Codes read by their symbolic name (`SEC_E_WRONG_PRINCIPAL`, `E_PROXY_NAP_ACCESSDENIED`, `STATUS_NTLM_BLOCKED`,
 * `ERRINFO_GRAPHICS_SUBSYSTEM_FAILED`, FreeRDP's `ERRINFO_LOGOFF_BY_USER`, `ConnectionFailedClientDisconnect`): which table
 * names it, and its value.
 * No knowledge lives here: the names are the tables' own.
 */
import { AVD_ERRORS, type NamedError } from './avd-errors.js';
import { CLIENT_APP_CODES } from './client-apps.js';
import { KERBEROS_ERRORS } from './kerberos.js';
import { FREERDP_ERRINFO_NAMES } from '../program-logs/third-party-clients.js';
import { GATEWAY_CODES } from './gateway-proxy.js';
import { DISCONNECT_REASONS } from '../../../../patterns/codes/mstsc-disconnect-reasons.js';
import { EXTENDED_REASONS } from '../../../../patterns/codes/mstsc-extended-reasons.js';
import { NTSTATUS_CODES } from '../../../../patterns/codes/ntstatus.js';
import { SSPI_STATUS_CODES, WIN32_ERRORS, WIN32_SERVICE_ERRORS } from '../../../../patterns/codes/sspi-status.js';
import { TLS_ALERTS } from '../../../../patterns/codes/tls-alerts.js';
import type { RowKind } from '../../../../patterns/codes/types.js';

/** The numeric tables a name can come from, in the order a name is looked for. */
export type NamedTable =
  | 'sspi'
  | 'gateway'
  | 'ntstatus'
  | 'mstscExtended'
  | 'mstsc'
  | 'win32'
  | 'win32Service'
  | 'tlsAlert'
  | 'kerberos'
  | 'clientApp';

export type NameMatch =
  | { readonly table: NamedTable; readonly code: number; readonly name: string; readonly kind?: RowKind }
  | { readonly table: 'avd'; readonly error: NamedError; readonly name: string };

const NUMERIC: readonly (readonly [
  NamedTable,
  readonly { readonly code: number; readonly name: string; readonly kind?: RowKind }[],
])[] = [
  ['sspi', SSPI_STATUS_CODES],
  ['gateway', GATEWAY_CODES],
  ['ntstatus', NTSTATUS_CODES],
  ['mstscExtended', EXTENDED_REASONS],
  ['mstsc', DISCONNECT_REASONS],
  ['win32', WIN32_ERRORS],
  ['win32Service', WIN32_SERVICE_ERRORS],
  ['tlsAlert', TLS_ALERTS],
  ['kerberos', KERBEROS_ERRORS],
  ['clientApp', CLIENT_APP_CODES],
  // FreeRDP's names of the server's Set Error Info codes, where the extended table spells them otherwise.
  ['mstscExtended', FREERDP_ERRINFO_NAMES],
];

/** @cache built once from the tables, which never change. */
let index: Map<string, NameMatch> | undefined;

function build(): Map<string, NameMatch> {
  const map = new Map<string, NameMatch>();
  for (const [table, entries] of NUMERIC)
    for (const e of entries) {
      const key = e.name.toLowerCase();
      if (!map.has(key)) map.set(key, { table, code: e.code, name: e.name, ...(e.kind ? { kind: e.kind } : {}) });
    }
  for (const error of AVD_ERRORS) map.set(error.name.toLowerCase(), { table: 'avd', error, name: error.name });
  return map;
}

/** The table and value of a code's symbolic name (any case), or undefined when no table names it. */
export function lookupCodeName(name: string): NameMatch | undefined {
  index ??= build();
  return index.get(name.trim().toLowerCase());
}
