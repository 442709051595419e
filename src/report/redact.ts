/**
 * `--redact`: users, domains, computer names, IP addresses, SIDs and certificate thumbprints become
 * stable pseudonyms (`user-1`, `domain-1`, `host-2`, `10.255.0.3`, …), the same value always getting
 * the same pseudonym, everywhere: fields, messages, file names, summaries. Applied to the data before
 * any renderer sees it, so no format can leak what it replaces.
 */
import type { NormalizedEvent } from '../model/event.js';

type Category = 'user' | 'domain' | 'host' | 'ipv4' | 'ipv6' | 'sid' | 'thumbprint';

const USER_FIELDS = ['TargetUserName', 'SubjectUserName', 'AccountName', 'UserName', 'TargetUser', 'SamAccountName'];
const DOMAIN_FIELDS = ['TargetDomainName', 'SubjectDomainName', 'AccountDomain', 'DomainName', 'Domain'];
const HOST_FIELDS = ['WorkstationName', 'Workstation', 'ClientName', 'ServerName', 'TargetServerName', 'ComputerName'];

/** Principals and names that identify nobody. */
const NOT_PERSONAL = new Set(
  [
    '-',
    '',
    'system',
    'local service',
    'network service',
    'anonymous logon',
    'nt authority',
    'window manager',
    'font driver host',
    'local',
    'console',
    'workgroup',
    'builtin',
    'nt service',
    'localhost',
    'n/a',
    'null',
    'unknown',
  ].map((s) => s.toLowerCase()),
);
const NOT_PERSONAL_PATTERN = /^(dwm-\d+|umfd-\d+|[a-z0-9-]+\$)$/i; // DWM-1, UMFD-0, machine accounts are kept as hosts below
const WELL_KNOWN_SID = /^S-1-(0-0|1-0|5-(18|19|20|7|32-\d+|80-.*|90-.*|96-.*))$/i;

const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;
const IPV6 =
  /(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])|(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){1,7}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?(?![0-9A-Fa-f:])/g;
const SID = /S-1-5-21(?:-\d+){1,4}/gi;
const THUMBPRINT = /(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})(?![0-9A-Fa-f])/g;

function isIpv4(s: string): boolean {
  const parts = s.split('.').map(Number);
  return parts.length === 4 && parts.every((p) => p >= 0 && p <= 255);
}

function isIpv6(s: string): boolean {
  if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(s)) return false; // a clock time
  return s.includes('::') || s.split(':').length === 8;
}

const UNREDACTED_ADDRESSES = new Set(['0.0.0.0', '127.0.0.1', '255.255.255.255', '::', '::1']);

export class Redactor {
  private readonly pseudonyms = new Map<string, string>();
  private readonly counters: Record<Category, number> = {
    user: 0,
    domain: 0,
    host: 0,
    ipv4: 0,
    ipv6: 0,
    sid: 0,
    thumbprint: 0,
  };
  private readonly keep: Set<string>;
  private pattern: RegExp | undefined;

  constructor(keep: readonly string[] = []) {
    this.keep = new Set(keep.map((k) => k.toLowerCase()));
  }

  private pseudonym(category: Category, n: number): string {
    switch (category) {
      case 'ipv4':
        return `10.255.${(n >> 8) & 255}.${n & 255}`;
      case 'ipv6':
        return `fd00:255::${n.toString(16)}`;
      case 'sid':
        return `S-1-5-21-1000000000-1000000000-1000000000-${1000 + n}`;
      default:
        return `${category}-${n}`;
    }
  }

  /** Registers a value to hide; returns its pseudonym (or the value itself when it is not personal or kept). */
  add(category: Category, raw: string | undefined): string | undefined {
    if (raw === undefined) return undefined;
    const value = raw.trim();
    const key = value.toLowerCase();
    if (this.keep.has(key)) {
      // Registered as itself, so a kept name is not cut up by a shorter value inside it.
      this.pseudonyms.set(key, value);
      this.pattern = undefined;
      return value;
    }
    if (NOT_PERSONAL.has(key)) return value;
    if ((category === 'user' || category === 'domain') && NOT_PERSONAL_PATTERN.test(value) && !value.endsWith('$'))
      return value;
    if (category === 'sid' && WELL_KNOWN_SID.test(value)) return value;
    if ((category === 'ipv4' || category === 'ipv6') && UNREDACTED_ADDRESSES.has(key)) return value;
    if (value.length < 2) return value;
    let p = this.pseudonyms.get(key);
    if (!p) {
      p = this.pseudonym(category, ++this.counters[category]);
      this.pseudonyms.set(key, p);
      this.pattern = undefined;
    }
    return p;
  }

  private addHost(raw: string | undefined): void {
    if (!raw) return;
    const value = raw.trim().replace(/\$$/, '');
    if (value === '' || NOT_PERSONAL.has(value.toLowerCase())) return;
    const labels = value.split('.');
    if (this.keep.has(value.toLowerCase())) {
      this.add('host', value);
      this.keep.add(labels[0].toLowerCase());
      this.add('host', labels[0]);
      return;
    }
    // The FQDN, its first label (how the same machine is also logged) and its DNS domain.
    this.add('host', value);
    if (labels.length > 1 && !/^\d+$/.test(labels[0])) {
      const short = this.pseudonyms.get(value.toLowerCase());
      if (short && !this.keep.has(labels[0].toLowerCase())) this.pseudonyms.set(labels[0].toLowerCase(), short);
      this.add('domain', labels.slice(1).join('.'));
    }
  }

  /** Finds what to hide in an event: its computer, user and domain fields, and any address, SID or thumbprint. */
  collectEvent(e: NormalizedEvent): void {
    this.addHost(e.computer);
    if (e.userSid) this.add('sid', e.userSid);
    for (const f of USER_FIELDS) this.add('user', e.data[f]);
    for (const f of DOMAIN_FIELDS) this.add('domain', e.data[f]);
    for (const f of HOST_FIELDS) this.addHost(e.data[f]);
    const ch = e.channel.toLowerCase();
    // LSM names users as DOMAIN\user; RCM 1149/1151 split them over Param1/Param2; RDPClient 1024 names the server.
    if (ch.includes('remoteconnectionmanager') && (e.eventId === 1149 || e.eventId === 1151)) {
      const [user, domain] = e.eventId === 1149 ? [e.data.Param1, e.data.Param2] : [e.data.Param2, e.data.Param1];
      this.add('user', user);
      this.add('domain', domain);
    }
    const qualified = e.data.User;
    if (qualified?.includes('\\')) {
      const [domain, user] = qualified.split('\\');
      this.add('domain', domain);
      this.add('user', user);
    }
    if (ch.endsWith('rdpclient/operational') && e.eventId === 1024 && e.data.Value) {
      const target = e.data.Value.replace(/:\d+$/, '');
      if (!isIpv4(target) && !target.includes(':')) this.addHost(target);
    }
    for (const v of Object.values(e.data)) this.collectText(v);
    if (e.message) this.collectText(e.message);
  }

  /** Addresses, SIDs and thumbprints anywhere in free text. */
  collectText(text: string): void {
    for (const m of text.matchAll(IPV4)) if (isIpv4(m[0])) this.add('ipv4', m[0]);
    for (const m of text.matchAll(IPV6)) if (isIpv6(m[0])) this.add('ipv6', m[0]);
    for (const m of text.matchAll(SID)) this.add('sid', m[0]);
    for (const m of text.matchAll(THUMBPRINT)) this.add('thumbprint', m[0]);
  }

  private compiled(): RegExp | undefined {
    if (this.pattern) return this.pattern;
    const values = [...this.pseudonyms.keys()].sort((a, b) => b.length - a.length);
    if (values.length === 0) return undefined;
    const alternatives = values.map((v) => v.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|');
    this.pattern = new RegExp(`(?<![A-Za-z0-9])(?:${alternatives})(?![A-Za-z0-9])`, 'gi');
    return this.pattern;
  }

  /** The text with every registered value replaced by its pseudonym. */
  text(s: string): string {
    const re = this.compiled();
    if (!re || s === '') return s;
    return s.replace(re, (m) => this.pseudonyms.get(m.toLowerCase()) ?? m);
  }

  /** A deep copy of `value` with every string redacted; shared objects stay shared. */
  deep<T>(value: T, seen = new Map<object, unknown>()): T {
    if (typeof value === 'string') return this.text(value) as T;
    if (value === null || typeof value !== 'object') return value;
    const cached = seen.get(value as object);
    if (cached) return cached as T;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      seen.set(value, out);
      for (const x of value) out.push(this.deep(x, seen));
      return out as T;
    }
    const out: Record<string, unknown> = {};
    seen.set(value as object, out);
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = this.deep(v, seen);
    return out as T;
  }

  get size(): number {
    return this.pseudonyms.size;
  }
}
