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
const NETWORK_CATEGORY_NAMES: Record<string, string> = {
  public: 'Public',
  private: 'Private',
  domainauthenticated: 'Domain',
};
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
    switch (powershellKind(o)) {
      case 'ps-certificates':
        items.push(certificate(o));
        break;
      case 'ps-ts-setting': {
        if (typeof o.ServerName === 'string' && o.ServerName) computer ??= o.ServerName;
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
        break;
      }
      case 'ps-services': {
        const name = String(o.ServiceName ?? o.Name);
        if (typeof o.MachineName === 'string' && o.MachineName !== '.') computer ??= o.MachineName;
        const status = enumName(o.Status, SERVICE_STATUS) ?? 'unknown';
        const start = enumName(o.StartType, START_TYPE);
        items.push({ kind: 'service', key: name, name, value: status, fields: start ? { StartType: start } : {} });
        break;
      }
      case 'ps-connection-profile': {
        // MSFT_NetConnectionProfile.NetworkCategory: 0 Public, 1 Private, 2 DomainAuthenticated (a number from
        // ConvertTo-Json, a name with -EnumsAsStrings or from PowerShell 7's formatting).
        const c = o.NetworkCategory;
        const name =
          typeof c === 'number'
            ? NETWORK_CATEGORY[c]
            : typeof c === 'string'
              ? NETWORK_CATEGORY_NAMES[c.toLowerCase()]
              : undefined;
        if (!name) {
          skipped++;
          break;
        }
        const alias = typeof o.InterfaceAlias === 'string' ? o.InterfaceAlias : String(o.InterfaceIndex ?? '');
        items.push({
          kind: 'firewall-profile',
          key: name,
          name,
          value: '',
          fields: { InUse: true, Interface: alias, ...(typeof o.Name === 'string' ? { Network: o.Name } : {}) },
        });
        break;
      }
      case 'ps-license-keypacks': {
        // Win32_TSLicenseKeyPack: ProductType 0 per device, 1 per user, 2 not valid (Microsoft's class reference).
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
        items.push({ kind: 'license-keypack', key: 'Win32_TSLicenseKeyPack', name: id, value: id, fields });
        break;
      }
      default:
        skipped++;
    }
  }
  return { items, skipped, ...(computer ? { computer } : {}) };
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
