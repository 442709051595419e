/** What the correlator reads from an event: which log it is from, and the keys that tie it to a connection. */
import type { NormalizedEvent } from '../model/event.js';
import { kindOfChannel, type LogKind } from '../model/channels.js';
import { hostConnectionRow } from '../model/events.js';
import { integerFromText } from '../model/numbers.js';

export type { LogKind } from '../model/channels.js';

/** Which log an event is from (the channel table's `kind`). */
export function logKind(e: NormalizedEvent): LogKind {
  return kindOfChannel(e.channel);
}

/** Whether Sysmon wrote it (its events share ids with other providers': 1, 3, 11, 13). */
export function isSysmon(e: NormalizedEvent): boolean {
  return /sysmon/i.test(e.provider.name);
}

/**
 * A client address without port or brackets, IPv4-mapped IPv6 unwrapped; undefined for `-`, `LOCAL`,
 * empty and other non-addresses.
 */
export function normalizeAddress(raw: string | undefined): string | undefined {
  return remembered(addresses, raw, readAddress);
}

/** Spellings of addresses and ports remembered (a log of ever-new ones must not grow the caches). */
const MAX_REMEMBERED = 10_000;
/** @cache each spelling's reading, a pure function of it; bounded by MAX_REMEMBERED. */
const addresses = new Map<string, string | null>();
/** @cache each spelling's reading, a pure function of it; bounded by MAX_REMEMBERED. */
const ports = new Map<string, number | null>();

/** `read(raw)`, remembered in `cache`: the same few spellings come on thousands of events, each is read once. */
function remembered<T>(cache: Map<string, T | null>, raw: string | undefined, read: (raw: string) => T | undefined) {
  if (!raw) return undefined;
  let known = cache.get(raw);
  if (known === undefined) {
    known = read(raw) ?? null;
    if (cache.size >= MAX_REMEMBERED) cache.clear();
    cache.set(raw, known);
  }
  return known ?? undefined;
}

function readAddress(raw: string): string | undefined {
  let s = raw.trim();
  if (s === '' || s === '-' || /^local$/i.test(s) || s === '::1' || s === '127.0.0.1')
    return s === '::1' || s === '127.0.0.1' ? s : undefined;
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracket) s = bracket[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(':'));
  s = s.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(s);
  if (mapped) return mapped[1];
  if (s === '0.0.0.0' || s === '::') return undefined; // Hyper-V enhanced sessions and local logons
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(s) || (s.includes(':') && /^[0-9a-f:.]+$/.test(s))) return s;
  return undefined;
}

export function portOf(raw: string | undefined): number | undefined {
  return remembered(ports, raw, readPort);
}

function readPort(raw: string): number | undefined {
  const m = /(?:^\[[^\]]+\]|^\d{1,3}(?:\.\d{1,3}){3}):(\d+)$/.exec(raw.trim());
  return m ? Number(m[1]) : undefined;
}

/** The raw client address field of an event, by the field names each RDP event uses. */
export function rawClientAddress(e: NormalizedEvent): string | undefined {
  const d = e.data;
  const kind = logKind(e);
  if (kind === 'rcm' && (e.eventId === 1149 || e.eventId === 1151)) return d.Param3;
  // A host's own connection record names its client by the field its row declares (RCM/Admin 1158: Param1).
  const host = hostConnectionRow(e.provider.name, e.eventId)?.hostConnection;
  if (host) return d[host.address];
  return d.ClientIP ?? d.IPString ?? d.IpAddress ?? d.ClientAddress ?? d.Address;
}

export function clientAddress(e: NormalizedEvent): string | undefined {
  return normalizeAddress(rawClientAddress(e));
}

function joinUser(domain: string | undefined, user: string | undefined): string | undefined {
  const u = user?.trim();
  if (!u || u === '-') return undefined;
  const dom = domain?.trim();
  return dom && dom !== '-' ? `${dom}\\${u}` : u;
}

/** `DOMAIN\user` named by an event, when it names one. */
export function userOf(e: NormalizedEvent): string | undefined {
  const d = e.data;
  switch (logKind(e)) {
    case 'lsm':
      return d.User && d.User.trim() !== '' ? d.User.trim() : undefined;
    case 'rcm':
      if (e.eventId === 1149) return joinUser(d.Param2, d.Param1);
      if (e.eventId === 1151) return joinUser(d.Param1, d.Param2);
      return undefined;
    case 'security':
      if (e.eventId === 4778 || e.eventId === 4779 || e.eventId === 4825)
        return joinUser(d.AccountDomain, d.AccountName);
      return joinUser(d.TargetDomainName, d.TargetUserName);
    default:
      return undefined;
  }
}

/**
 * A computer account (`NAME$`) logging on (Security): the computer's own Kerberos or service logons (from `::1` too),
 * never a Remote Desktop user, so never part of an RDP connection nor of a finding about one.
 */
export function isMachineAccountLogon(e: NormalizedEvent): boolean {
  if (logKind(e) !== 'security') return false;
  const name = (e.data.TargetUserName ?? e.data.AccountName ?? '').trim();
  return name.endsWith('$');
}

/** A number from a field rendered as decimal or hex; undefined when it is neither. */
export const numberField = integerFromText;

export function logonType(e: NormalizedEvent): number | undefined {
  return numberField(e.data.LogonType);
}

/** The N of `RDP-Tcp#N`, from ConnectionName/SessionName, or RdpCoreTS 141's InstanceID. */
export function connectionName(e: NormalizedEvent): string | undefined {
  const v = e.data.ConnectionName ?? e.data.SessionName;
  if (v && /#\d+$/.test(v)) return v.toLowerCase();
  return undefined;
}

export function sessionIdOf(e: NormalizedEvent): string | undefined {
  const d = e.data;
  const v = d.SessionID ?? d.SessionId ?? d.Session;
  return v !== undefined && /^\d+$/.test(v.trim()) ? v.trim() : undefined;
}
