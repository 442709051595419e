/**
 * PowerShell's `ConvertTo-Json` of state objects: `Get-ChildItem Cert:\LocalMachine\Remote Desktop` (and `\My`),
 * `Get-CimInstance -Namespace root/cimv2/TerminalServices Win32_TerminalServiceSetting` and its
 * `GetGracePeriodDays` answer (`DaysLeft`), `Get-Service`. Dates as 5.1 writes them (`"\/Date(1735689600000)\/"`,
 * also wrapped as `{ "value": …, "DateTime": … }`) and as 7 does (ISO 8601); enums as numbers or names.
 * Only these members are kept: a certificate's private key is never in the JSON (only `HasPrivateKey`).
 */
import type { StateFormat, StateItem, StateValue } from '../../src/model/state.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

/** Which PowerShell state an object is, from its members. */
export function powershellKind(o: Obj): StateFormat | undefined {
  if ('NetworkCategory' in o && ('InterfaceAlias' in o || 'InterfaceIndex' in o)) return 'ps-connection-profile';
  if ('KeyPackId' in o && ('ProductType' in o || 'TotalLicenses' in o)) return 'ps-license-keypacks';
  if ('Thumbprint' in o && ('NotAfter' in o || 'HasPrivateKey' in o)) return 'ps-certificates';
  if ('LicensingType' in o || 'DaysLeft' in o || 'TerminalServerMode' in o || 'GetGracePeriodDays' in o)
    return 'ps-ts-setting';
  if (
    ('ServiceName' in o || 'Name' in o) &&
    'Status' in o &&
    ('StartType' in o || 'CanStop' in o || 'ServiceType' in o)
  )
    return 'ps-services';
  return undefined;
}

/** A date as either PowerShell writes it, as ISO 8601 UTC; undefined when it is none. */
export function powershellDate(v: Json | undefined): string | undefined {
  if (v && typeof v === 'object' && !Array.isArray(v)) return powershellDate(v.value ?? v.DateTime);
  if (typeof v !== 'string') return undefined;
  const ms = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/.exec(v);
  if (ms) return new Date(Number(ms[1])).toISOString();
  const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(Z|[+-]\d\d:\d\d)?$/.exec(v);
  if (iso) {
    const t = Date.parse(iso[1] ? v : `${v}Z`);
    return Number.isNaN(t) ? undefined : new Date(t).toISOString();
  }
  return undefined;
}

const SERVICE_STATUS: Record<number, string> = {
  1: 'Stopped',
  2: 'StartPending',
  3: 'StopPending',
  4: 'Running',
  5: 'ContinuePending',
  6: 'PausePending',
  7: 'Paused',
};
const NETWORK_CATEGORY: Record<number, string> = { 0: 'Public', 1: 'Private', 2: 'Domain' };
const NETWORK_CATEGORY_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    public: 'Public',
    private: 'Private',
    domainauthenticated: 'Domain',
  }),
);
const START_TYPE: Record<number, string> = { 0: 'Boot', 1: 'System', 2: 'Automatic', 3: 'Manual', 4: 'Disabled' };

const enumName = (v: Json | undefined, names: Record<number, string>): string | undefined =>
  typeof v === 'number' ? (names[v] ?? String(v)) : typeof v === 'string' ? v : undefined;

/** The items of one JSON value (an object or an array of them); what is not state is counted as skipped. */
export function powershellItems(root: Json): { items: StateItem[]; skipped: number; computer?: string } {
  const items: StateItem[] = [];
  let skipped = 0;
  let computer: string | undefined;
  const objects = Array.isArray(root) ? root : [root];
  for (const o of objects) {
    if (!o || typeof o !== 'object' || Array.isArray(o)) {
      skipped++;
      continue;
    }
    const pc = typeof o.PSComputerName === 'string' ? o.PSComputerName : undefined;
    if (pc) computer ??= pc;
    const read = objectItems(o);
    if (!read) {
      skipped++;
      continue;
    }
    if (read.computer) computer ??= read.computer;
    items.push(...read.items);
  }
  return { items, skipped, ...(computer ? { computer } : {}) };
}

/** One object's items by its kind, and the computer it names; undefined when it is none rdpdiag reads. */
function objectItems(o: Obj): { items: StateItem[]; computer?: string } | undefined {
  switch (powershellKind(o)) {
    case 'ps-certificates':
      return { items: [certificate(o)] };
    case 'ps-ts-setting':
      return {
        items: tsSettingItems(o),
        ...(typeof o.ServerName === 'string' && o.ServerName ? { computer: o.ServerName } : {}),
      };
    case 'ps-services':
      return {
        items: [serviceItem(o)],
        ...(typeof o.MachineName === 'string' && o.MachineName !== '.' ? { computer: o.MachineName } : {}),
      };
    case 'ps-connection-profile': {
      const item = connectionProfileItem(o);
      return item ? { items: [item] } : undefined;
    }
    case 'ps-license-keypacks':
      return { items: [keyPackItem(o)] };
    default:
      return undefined;
  }
}

/** Win32_TerminalServiceSetting: the licensing mode, server and grace days (also from GetGracePeriodDays). */
function tsSettingItems(o: Obj): StateItem[] {
  const items: StateItem[] = [];
  for (const name of [
    'LicensingType',
    'LicensingName',
    'TerminalServerMode',
    'DaysLeft',
    'DirectConnectLicenseServers',
  ]) {
    const v = o[name];
    if (typeof v === 'number' || (typeof v === 'string' && v !== ''))
      items.push({ kind: 'licensing', key: 'Win32_TerminalServiceSetting', name, value: v });
    else if (Array.isArray(v))
      items.push({ kind: 'licensing', key: 'Win32_TerminalServiceSetting', name, value: v.map(String) });
  }
  const g = o.GetGracePeriodDays;
  if (g && typeof g === 'object' && !Array.isArray(g) && typeof g.DaysLeft === 'number')
    items.push({ kind: 'licensing', key: 'Win32_TerminalServiceSetting', name: 'DaysLeft', value: g.DaysLeft });
  return items;
}

/** Get-Service: its status and start type. */
function serviceItem(o: Obj): StateItem {
  const name = String(o.ServiceName ?? o.Name);
  const status = enumName(o.Status, SERVICE_STATUS) ?? 'unknown';
  const start = enumName(o.StartType, START_TYPE);
  return { kind: 'service', key: name, name, value: status, fields: start ? { StartType: start } : {} };
}

/**
 * Get-NetConnectionProfile: the firewall profile in use. MSFT_NetConnectionProfile.NetworkCategory: 0 Public,
 * 1 Private, 2 DomainAuthenticated (a number from ConvertTo-Json, a name with -EnumsAsStrings or from PowerShell 7's
 * formatting); undefined for another.
 */
function connectionProfileItem(o: Obj): StateItem | undefined {
  const c = o.NetworkCategory;
  const name =
    typeof c === 'number'
      ? NETWORK_CATEGORY[c]
      : typeof c === 'string'
        ? NETWORK_CATEGORY_NAMES.get(c.toLowerCase())
        : undefined;
  if (!name) return undefined;
  const alias = typeof o.InterfaceAlias === 'string' ? o.InterfaceAlias : String(o.InterfaceIndex ?? '');
  return {
    kind: 'firewall-profile',
    key: name,
    name,
    value: '',
    fields: { InUse: true, Interface: alias, ...(typeof o.Name === 'string' ? { Network: o.Name } : {}) },
  };
}

/** Win32_TSLicenseKeyPack: ProductType 0 per device, 1 per user, 2 not valid (Microsoft's class reference). */
function keyPackItem(o: Obj): StateItem {
  const fields: Record<string, StateValue> = {};
  for (const name of [
    'ProductType',
    'KeyPackType',
    'TotalLicenses',
    'IssuedLicenses',
    'AvailableLicenses',
    'ProductVersion',
    'TypeAndModel',
    'Description',
  ]) {
    const v = o[name];
    if (typeof v === 'number' || typeof v === 'string') fields[name] = v;
  }
  const id = String(o.KeyPackId);
  return { kind: 'license-keypack', key: 'Win32_TSLicenseKeyPack', name: id, value: id, fields };
}

function certificate(o: Obj): StateItem {
  const fields: Record<string, StateValue> = {};
  const notAfter = powershellDate(o.NotAfter);
  const notBefore = powershellDate(o.NotBefore);
  if (notAfter) fields.NotAfter = notAfter;
  if (notBefore) fields.NotBefore = notBefore;
  if (typeof o.HasPrivateKey === 'boolean') fields.HasPrivateKey = o.HasPrivateKey;
  if (typeof o.Subject === 'string') fields.Subject = o.Subject;
  if (typeof o.Issuer === 'string') fields.Issuer = o.Issuer;
  const eku = o.EnhancedKeyUsageList;
  if (Array.isArray(eku))
    fields.EnhancedKeyUsage = eku.flatMap((e) =>
      e && typeof e === 'object' && !Array.isArray(e) && typeof e.ObjectId === 'string' ? [e.ObjectId] : [],
    );
  const path = typeof o.PSParentPath === 'string' ? o.PSParentPath.replace(/^.*::/, '') : 'Cert:';
  const thumb = String(o.Thumbprint).toUpperCase();
  return { kind: 'certificate', key: path, name: thumb, value: thumb, fields };
}
