/**
 * `--redact`: users, domains, computer names, IP addresses, SIDs and certificate thumbprints become
 * stable pseudonyms (`user-1`, `domain-1`, `host-2`, `203.0.113.3` for an internet address, `10.255.0.3` for a
 * private one: the class is kept, address-pseudonyms.ts), the same value always getting the same pseudonym, everywhere: fields, messages, file names, summaries, the logs' field names and channel names, and the
 * value percent-encoded, escaped (`\u005A`, `&#90;`) or in another Unicode form (NFKC). Applied to the data before
 * any renderer sees it, so no format can leak what it replaces.
 *
 * Matching is Unicode-aware and keeps lengths: values are compared by a per-character case fold that
 * never changes a character into two (lower-casing `İ` U+0130 gives two), with letters and digits of any
 * script as word boundaries. rdpdiag's own sentences (titles, explanations, remediation, evidence
 * summaries) carry the log values in them marked (src/model/value-marks.ts): only the marked values are
 * replaced there, so an account named `User` never turns "Wrong user name" into "Wrong user-2 name".
 */
import { ATTACK_FINDINGS, FINDINGS, PATTERNS } from '../../patterns/index.js';
import type { NormalizedEvent } from '../model/event.js';
import { EVENTS } from '../model/events.js';
import { channelOf } from '../model/channels.js';
import { VALUE_CLOSE, VALUE_OPEN, withoutMarks } from '../model/value-marks.js';
import { type AddressClass, addressClass } from '../model/address-class.js';
import { addressPseudonym } from './address-pseudonyms.js';
import { setOwn } from './sanitize.js';
import { COMMAND_LINE_SECRETS } from './command-line-secrets.js';

type Category = 'user' | 'domain' | 'host' | 'ipv4' | 'ipv6' | 'sid' | 'azure-sid' | 'thumbprint';

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
/**
 * SIDs that name no one: the null, world, local, creator and NT AUTHORITY principals (`S-1-5-18`…),
 * BUILTIN groups (`S-1-5-32-…`), NTLM/SChannel/Digest authentication, service (`S-1-5-80-…`), window
 * manager and font driver sessions, UMDF, local-account groups, app-package and capability SIDs,
 * integrity levels and authentication assertions. Every other `S-1-…` (a domain or local account
 * `S-1-5-21-…`, an Azure AD one `S-1-12-1-…`, a logon session `S-1-5-5-…`, a virtual machine) is hidden.
 */
const WELL_KNOWN_SID =
  /^S-1-(?:[0-4]-\d+|5-\d+|5-(?:32|64|80|90|96)-[\d-]+|5-(?:113|114)|5-84-0-0-0-0-0|15-2-\d+|15-3-[\d-]+|16-\d+|18-\d+)$/i;

const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;
/**
 * IPv6, first with an IPv4 address in its last 32 bits (`::ffff:a.b.c.d`, ISATAP `fe80::5efe:a.b.c.d`, NAT64
 * `64:ff9b::a.b.c.d`): taken whole, so no part of the embedded address survives; a group followed by `.digit` is
 * never an address's end.
 */
const IPV6 =
  /(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:\d{1,3}\.){3}\d{1,3}(?![\d.])|(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:]|\.\d)|(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){1,7}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?(?![0-9A-Fa-f:]|\.\d)/g;
const SID = /(?<![\p{L}\p{N}-])S-1-\d+(?:-\d+)+(?![\p{L}\p{N}]|-\d)/giu;
const THUMBPRINT = /(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})(?![0-9A-Fa-f])/g;

function isIpv4(s: string): boolean {
  const parts = s.split('.').map(Number);
  return parts.length === 4 && parts.every((p) => p >= 0 && p <= 255);
}

function isIpv6(s: string): boolean {
  if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(s)) return false; // a clock time
  if (/\.\d{1,3}$/.test(s))
    return (s.includes('::') || s.split(':').length === 7) && isIpv4(s.slice(s.lastIndexOf(':') + 1));
  return s.includes('::') || s.split(':').length === 8;
}

/** Folds case one character at a time, never into two (`İ` stays `İ`), as a `/iu` pattern matches. */
const SIMPLE_FOLDS: Record<string, string> = {
  ſ: 's',
  ς: 'σ',
  ϐ: 'β',
  ϑ: 'θ',
  ϕ: 'φ',
  ϖ: 'π',
  ϰ: 'κ',
  ϱ: 'ρ',
  ϵ: 'ε',
  ẛ: 'ṡ',
  ι: 'ι',
};
export function foldCase(text: string): string {
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    const one = lower.length === c.length ? lower : c;
    out += SIMPLE_FOLDS[one] ?? one;
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Words rdpdiag itself writes (its titles, explanations and remediation, and the words its code puts
 * around values): in its own sentences a value that is one of these words is replaced only where it is
 * marked as a value, never where rdpdiag wrote the word.
 * @cache made once from the patterns and rdpdiag's own words, which never change.
 */
let vocabulary: Set<string> | undefined;
function ownWords(): Set<string> {
  if (vocabulary) return vocabulary;
  vocabulary = new Set();
  const texts: string[] = [
    'user users server servers client clients name names password domain computer computers account accounts',
    'host source attempt attempts session sessions logon remote desktop administrator admin guest local network',
    'service test console connection security system unknown gateway broker license certificate',
  ];
  for (const p of [...PATTERNS, ...FINDINGS]) texts.push(p.title, ...p.explanation, ...p.remediation);
  for (const f of ATTACK_FINDINGS) texts.push(f.title, f.summary, ...f.remediation);
  for (const t of texts) for (const w of t.replace(/\{[^}]*\}/g, ' ').matchAll(WORD)) vocabulary.add(foldCase(w[0]));
  return vocabulary;
}

/** Keys of rdpdiag's own sentences in the model: only the values marked in them are replaced. */
const OWN_TEXT_KEYS = new Set([
  'title',
  'explanation',
  'remediation',
  'summary',
  'details',
  'reason',
  'rule',
  'note',
  'advice',
  'steps',
  'outcomeRule',
  'outcomeReason',
]);
/** Keys of rdpdiag's identifiers and of names every Windows computer shares: never replaced. */
const IDENTIFIER_KEYS = new Set([
  'id',
  'cause',
  'outcome',
  'side',
  'kind',
  'format',
  'code',
  'scope',
  'step',
  'result',
  'channel',
  'tool',
  'attempts',
  'attempt',
  'time',
  'start',
  'end',
  'first',
  'last',
  'timestamp',
]);

const UNREDACTED_ADDRESSES = new Set(['0.0.0.0', '127.0.0.1', '255.255.255.255', '::', '::1']);

/**
 * The names of the fields rdpdiag reads (the event table's salient fields, those the redactor looks in, the usual
 * telling ones): kept as they are where the logs' field names are redacted, even when a value is named like one.
 * @cache made once from the event table, which never changes.
 */
let fieldNames: Set<string> | undefined;
function knownFieldNames(): Set<string> {
  fieldNames ??= new Set([
    ...EVENTS.flatMap((row) => row.salient ?? []),
    ...USER_FIELDS,
    ...DOMAIN_FIELDS,
    ...HOST_FIELDS,
    ...['User', 'Address', 'ClientIP', 'IpAddress', 'IpPort', 'Status', 'SubStatus', 'LogonType', 'SessionID'],
    ...['Name', 'Value', 'Reason', 'ReasonCode', 'ErrorCode', 'SubjectUserSid', 'TargetUserSid', 'TargetLogonId'],
  ]);
  return fieldNames;
}
/** A field named by its position (`Data[0]`, `Param3`): no name of the logs. */
const POSITIONAL_FIELD = /^(?:Data|Binary|Param)(?:\[\d+\]|\d+)$/;

/**
 * Text that may hold a value in another spelling than the logs' fields give it: percent-encoded (`%40`, `%5A`), as
 * a JSON, C or HTML escape (`\u005A`, `\x5A`, `&#90;`), or in a Unicode form other than NFKC's (decomposed accents,
 * full-width letters).
 */
const ESCAPED = /%[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}|&#(?:\d{1,7}|[xX][0-9A-Fa-f]{1,6});/;
const NOT_ASCII = /[^\x00-\x7f]/;

/** A run of percent-encoded bytes as UTF-8, else byte by byte (Latin-1). */
function percentDecoded(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    return run.replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  }
}

/** `text` with its escapes decoded (see ESCAPED) and in NFKC form. */
function unescaped(text: string): string {
  const code = (n: number) => (n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\ufffd');
  let out = text;
  // Decoded until nothing changes (a value escaped twice: `%255A`), a few rounds at most.
  for (let round = 0; round < 4; round++) {
    const next = out
      .replace(/\\u([0-9A-Fa-f]{4})/g, (_m, h: string) => code(Number.parseInt(h, 16)))
      .replace(/\\x([0-9A-Fa-f]{2})/g, (_m, h: string) => code(Number.parseInt(h, 16)))
      .replace(/&#[xX]([0-9A-Fa-f]{1,6});/g, (_m, h: string) => code(Number.parseInt(h, 16)))
      .replace(/&#(\d{1,7});/g, (_m, d: string) => code(Number(d)))
      .replace(/(?:%[0-9A-Fa-f]{2})+/g, percentDecoded);
    if (next === out) break;
    out = next;
  }
  return out.normalize('NFKC');
}

/** Keys whose values are paths of inputs (a file, a folder, an archive entry): every name in them hidden. */
const PATH_KEYS = new Set(['path', 'file', 'inputFolder']);
/** Endings kept on a hidden file name, so a reader still sees what kind of input it was. */
const KEPT_ENDING = /\.(evtx|xml|zip|json|csv|txt)$/i;
/** A quoted value in a warning (an archive entry's name, an element, a field): hidden whole. */
const QUOTED = /"(?:[^"\\]|\\.)*"|`[^`]*`/g;

/** The longest value put in the pattern of values (longer ones are searched for). */
const LONG_VALUE = 200;

export class Redactor {
  /** Secrets found on command lines and their pseudonyms (`secret-1`). */
  private readonly secrets = new Map<string, string>();

  /** The text with every secret written on a command line replaced by its pseudonym, its quotes kept. */
  private hideSecrets(s: string): string {
    if (!/[p@]|net|-u|echo/i.test(s)) return s;
    let out = s;
    for (const re of COMMAND_LINE_SECRETS)
      out = out.replace(re, (_m, key: string, gap: string, value: string) => {
        const quote = /^["']/.test(value) ? value[0]! : '';
        const bare = quote ? value.slice(1, -1) : value;
        if (bare === '' || bare === '*' || /^\$\w+$/.test(bare) || /secret-\d+/.test(bare)) return key + gap + value;
        let p = this.secrets.get(bare);
        if (!p) this.secrets.set(bare, (p = `secret-${this.secrets.size + 1}`));
        return `${key}${gap}${quote}${p}${quote}`;
      });
    return out;
  }

  private readonly pseudonyms = new Map<string, string>();
  private readonly counters: Record<Category, number> = {
    user: 0,
    domain: 0,
    host: 0,
    ipv4: 0,
    ipv6: 0,
    sid: 0,
    'azure-sid': 0,
    thumbprint: 0,
  };
  private readonly addressCounters = new Map<AddressClass, number>();
  /**
   * Addresses registered and not yet given a pseudonym: they get one when text is first replaced, once the
   * logs' addresses are known, so that no pseudonym is an address the logs hold (a report of documentation
   * addresses must not show one standing for another).
   */
  private readonly pendingAddresses = new Map<string, AddressClass>();
  /** Every address of the logs that is hidden (folded). */
  private readonly logAddresses = new Set<string>();
  private readonly keep: Set<string>;
  private pattern: RegExp | undefined;
  /** Names in input paths (folders, files, archive entries) and their pseudonyms (`folder-1`, `file-2.evtx`). */
  private readonly pathNames = new Map<string, string>();
  private readonly pathCounts = { file: 0, folder: 0 };
  /** Whole input paths seen, longest first when replaced inside messages. */
  private readonly paths = new Map<string, string>();

  constructor(keep: readonly string[] = []) {
    this.keep = new Set(keep.map((k) => foldCase(k.trim())));
  }

  private pseudonym(category: Category, n: number): string {
    switch (category) {
      case 'sid':
        return `S-1-5-21-1000000000-1000000000-1000000000-${1000 + n}`;
      case 'azure-sid':
        return `S-1-12-1-1000000000-1000000000-1000000000-${1000 + n}`;
      default:
        return `${category}-${n}`;
    }
  }

  /**
   * Registers a value to hide; returns its pseudonym (or the value itself when it is not personal or kept;
   * undefined for an address whose pseudonym is given when text is first replaced).
   */
  add(category: Category, raw: string | undefined): string | undefined {
    if (raw === undefined) return undefined;
    const value = withoutMarks(raw).trim();
    const key = foldCase(value);
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
    if (category === 'sid' && /^S-1-12-/i.test(value)) category = 'azure-sid';
    if ((category === 'ipv4' || category === 'ipv6') && UNREDACTED_ADDRESSES.has(key)) return value;
    if (value.length < 2) return value;
    if (category === 'ipv4' || category === 'ipv6') {
      const cls = addressClass(value, category === 'ipv4' ? 4 : 6);
      if (cls === undefined) return value;
      const known = this.pseudonyms.get(key);
      if (known) return known;
      this.logAddresses.add(key);
      this.pendingAddresses.set(key, cls);
      this.pattern = undefined;
      return undefined;
    }
    let p = this.pseudonyms.get(key);
    if (!p) {
      p = this.pseudonym(category, ++this.counters[category]);
      this.pseudonyms.set(key, p);
      this.pattern = undefined;
    }
    // A summary writes a value's runs of spaces as one (`Jane  Roe` as `Jane Roe`): that spelling is hidden too.
    const spaced = key.replace(/\s+/g, ' ');
    if (spaced !== key && !this.pseudonyms.has(spaced)) {
      this.pseudonyms.set(spaced, p);
      this.pattern = undefined;
    }
    return p;
  }

  /** A channel's name: one rdpdiag knows as it is; another (the logs' own) with the values registered hidden. */
  private channelName(name: string): string {
    const clean = withoutMarks(name);
    return channelOf(clean) ? clean : this.words(clean);
  }

  private addHost(raw: string | undefined): void {
    if (!raw) return;
    const value = withoutMarks(raw).trim().replace(/\$$/, '');
    if (value === '' || NOT_PERSONAL.has(foldCase(value))) return;
    const labels = value.split('.');
    if (this.keep.has(foldCase(value))) {
      this.add('host', value);
      this.keep.add(foldCase(labels[0]));
      this.add('host', labels[0]);
      return;
    }
    // The FQDN, its first label (how the same machine is also logged) and its DNS domain.
    this.add('host', value);
    if (labels.length > 1 && !/^\d+$/.test(labels[0])) {
      const short = this.pseudonyms.get(foldCase(value));
      if (short && !this.keep.has(foldCase(labels[0]))) this.pseudonyms.set(foldCase(labels[0]), short);
      this.add('domain', labels.slice(1).join('.'));
    }
  }

  /** Finds what to hide in an event: its computer, user and domain fields, and any address, SID or thumbprint. */
  collectEvent(e: NormalizedEvent): void {
    this.addHost(e.computer);
    if (e.userSid) this.add('sid', e.userSid);
    for (const m of e.source.file.matchAll(SID)) this.add('sid', m[0]);
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

  /**
   * An input's path with every name in it replaced (`/cases/acme/jdoe.zip/Logs/Security.evtx` →
   * `/folder-1/folder-2/file-1.zip/folder-3/file-2.evtx`): the same name always the same pseudonym, the
   * separators and the kind of file kept. Paths name people and customers no event may contain.
   */
  path(p: string): string {
    const clean = withoutMarks(p);
    if (clean === '' || clean === '-') return clean;
    const known = this.paths.get(clean);
    if (known !== undefined) return known;
    const parts = clean.split(/([\\/])/);
    const last = parts.length - 1;
    const out = parts
      .map((part, i) => {
        if (part === '/' || part === '\\' || part === '' || part === '.' || part === '..' || /^[A-Za-z]:$/.test(part))
          return part;
        const key = foldCase(part);
        let pseudonym = this.pathNames.get(key);
        if (pseudonym === undefined) {
          const ending = KEPT_ENDING.exec(part)?.[0].toLowerCase();
          const file = i === last || ending !== undefined;
          // Files and folders counted apart: a file's pseudonym does not depend on how deep it was given.
          const kind = file ? 'file' : 'folder';
          const n = (this.pathCounts[kind] += 1);
          pseudonym = `${kind}-${n}${ending ?? ''}`;
          this.pathNames.set(key, pseudonym);
        }
        return pseudonym;
      })
      .join('');
    this.paths.set(clean, out);
    return out;
  }

  /**
   * A warning's or error's message: input paths in it hidden as by `path`, quoted values (archive entry
   * names, element and field names) hidden whole, then the values of the logs as everywhere.
   */
  warningText(message: string): string {
    let out = withoutMarks(message);
    for (const [p, pseudonym] of [...this.paths].sort((a, b) => b[0].length - a[0].length))
      out = out.split(p).join(pseudonym);
    out = out.replace(QUOTED, (q) => `${q[0]}…${q[q.length - 1]}`);
    return this.text(out);
  }

  /** Addresses, SIDs and thumbprints anywhere in free text. */
  collectText(text: string): void {
    for (const m of text.matchAll(IPV4)) if (isIpv4(m[0])) this.add('ipv4', m[0]);
    for (const m of text.matchAll(IPV6)) if (isIpv6(m[0])) this.add('ipv6', m[0]);
    for (const m of text.matchAll(SID)) this.add('sid', m[0]);
    for (const m of text.matchAll(THUMBPRINT)) this.add('thumbprint', m[0]);
  }

  /**
   * A candidate pseudonym that is, holds or is held in an address of the logs (`192.0.2.140` holds
   * `192.0.2.14`): a search for the real address would find it.
   */
  private isLogAddressText(candidate: string): boolean {
    if (this.pseudonyms.has(candidate) || this.pendingAddresses.has(candidate)) return true;
    for (const real of this.logAddresses) if (candidate.includes(real) || real.includes(candidate)) return true;
    return false;
  }

  /** Gives each pending address the next pseudonym of its class that is no address of the logs. */
  private assignAddresses(): void {
    for (const [key, cls] of this.pendingAddresses) {
      let p: string;
      do {
        const n = (this.addressCounters.get(cls) ?? 0) + 1;
        this.addressCounters.set(cls, n);
        p = addressPseudonym(cls, n);
      } while (this.isLogAddressText(p));
      this.pseudonyms.set(key, p);
    }
    this.pendingAddresses.clear();
  }

  private compiled(): RegExp | undefined {
    if (this.pattern) return this.pattern;
    this.assignAddresses();
    const values = [...this.pseudonyms.keys()].sort((a, b) => b.length - a.length);
    if (values.length === 0) return undefined;
    // A value longer than a name (a crafted log's) is found by search, not in the pattern: a pattern of one
    // 10,000-character alternative overflows the regular expression compiler's stack.
    this.longValues = values.filter((v) => v.length > LONG_VALUE);
    const alternatives = values
      .filter((v) => v.length <= LONG_VALUE)
      .map((v) => v.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
      .join('|');
    this.pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives || '(?!)'})(?![\\p{L}\\p{N}])`, 'giu');
    return this.pattern;
  }

  /** Registered values longer than LONG_VALUE, longest first (made with the pattern). */
  private longValues: string[] = [];

  /** `t` with each long value (as `compiled`'s pattern finds a short one: any case, whole) replaced. */
  private replaceLong(t: string): string {
    if (this.longValues.length === 0) return t;
    let out = t;
    for (const value of this.longValues) {
      if (out.length < value.length) continue;
      // foldCase keeps every character's length: positions in the folded text are positions in the text.
      const folded = foldCase(out);
      let at = folded.indexOf(value);
      if (at < 0) continue;
      let made = '';
      let from = 0;
      const pseudonym = this.pseudonyms.get(value) ?? value;
      for (; at >= 0; at = folded.indexOf(value, at + value.length)) {
        const end = at + value.length;
        if (/[\p{L}\p{N}]/u.test(out.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(out.charAt(end))) continue;
        made += out.slice(from, at) + pseudonym;
        from = end;
      }
      out = made + out.slice(from);
    }
    return out;
  }

  /**
   * The text with every registered value replaced by its pseudonym (and any value mark removed). A value written in
   * another spelling (percent-encoded, escaped, decomposed: see ESCAPED) is found too: the text is then given
   * decoded, with the value replaced, rather than with the value still in it.
   */
  text(s: string): string {
    const re = this.compiled();
    const clean = this.hideSecrets(withoutMarks(s));
    if (!re || clean === '') return clean;
    const replace = (t: string) => this.replaceLong(t).replace(re, (m) => this.pseudonyms.get(foldCase(m)) ?? m);
    const out = replace(clean);
    if (!ESCAPED.test(out) && !(NOT_ASCII.test(out) && out.normalize('NFKC') !== out)) return out;
    const decoded = unescaped(out);
    const hidden = replace(this.hideSecrets(decoded));
    return hidden === decoded ? out : hidden;
  }

  /**
   * A field name of the logs (a key of an event's `data`): a value registered elsewhere is hidden in it too (a field
   * named after a computer), unless it is a field rdpdiag reads or one of its own words.
   */
  private fieldName(k: string): string {
    if (knownFieldNames().has(k) || POSITIONAL_FIELD.test(k)) return k;
    return this.words(k);
  }

  /**
   * One of rdpdiag's own sentences: its marked values replaced; elsewhere (its own words) a registered
   * value is replaced only when it is not a word rdpdiag uses, in case a value went in unmarked.
   */
  ownText(s: string): string {
    if (!s.includes(VALUE_OPEN) && !s.includes(VALUE_CLOSE)) return this.words(s);
    let out = '';
    let at = 0;
    while (at < s.length) {
      const open = s.indexOf(VALUE_OPEN, at);
      if (open < 0) {
        out += this.words(s.slice(at));
        break;
      }
      out += this.words(s.slice(at, open));
      let close = s.indexOf(VALUE_CLOSE, open + 1);
      if (close < 0) close = s.length; // cut short (a summary at its width): a value to its end
      out += this.text(s.slice(open + 1, close));
      at = close + 1;
    }
    return out;
  }

  private words(s: string): string {
    const re = this.compiled();
    const clean = this.hideSecrets(withoutMarks(s));
    if (!re || clean === '') return clean;
    const own = ownWords();
    return this.replaceLong(clean).replace(re, (m) =>
      own.has(foldCase(m)) ? m : (this.pseudonyms.get(foldCase(m)) ?? m),
    );
  }

  /**
   * A deep copy of `value` (the report model, an attempt, a finding) with every string redacted: data
   * whole, rdpdiag's sentences by their marked values, its identifiers not at all. Shared objects stay
   * shared.
   */
  deep<T>(value: T): T {
    return this.walk(value, 'data', new Map()) as T;
  }

  private walk(
    value: unknown,
    as: 'data' | 'own' | 'identifier' | 'channel' | 'log' | 'path' | 'warning',
    seen: Map<object, unknown>,
  ): unknown {
    if (typeof value === 'string') {
      if (as === 'channel') return this.channelName(value);
      if (as === 'identifier') return withoutMarks(value);
      if (as === 'path') return this.path(value);
      if (as === 'warning') return this.warningText(value);
      return as === 'own' ? this.ownText(value) : this.text(value);
    }
    if (value === null || typeof value !== 'object') return value;
    const cached = seen.get(value);
    if (cached) return cached;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      seen.set(value, out);
      for (const x of value) out.push(this.walk(x, as, seen));
      return out;
    }
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    const record = value as Record<string, unknown>;
    // A warning or an input's error (its message quotes names and paths); an evidence reference (its source
    // is the input's path).
    const isWarning = typeof record.message === 'string' && (typeof record.code === 'string' || 'file' in record);
    const isEvidence = typeof record.source === 'string' && 'eventId' in record;
    // Paths first, so that a message quoting one finds it registered.
    for (const k of PATH_KEYS) if (typeof record[k] === 'string') this.path(record[k]);
    if (as === 'log') {
      // The logs' own fields: their names are the logs' too.
      for (const k of Object.keys(record)) {
        const hidden = this.fieldName(k);
        let name = hidden;
        // Two names made one by hiding: the later one numbered, never lost.
        for (let n = 2; Object.hasOwn(out, name); n++) name = `${hidden} (${n})`;
        setOwn(out, name, this.walk(record[k], 'log', seen));
      }
      return out;
    }
    for (const k of Object.keys(record)) {
      const v = record[k];
      // An event's fields (and message) are the log's, whatever their names (walked above).
      const kind =
        PATH_KEYS.has(k) || (k === 'source' && isEvidence)
          ? 'path'
          : k === 'channel'
            ? 'channel'
            : k === 'message' && isWarning
              ? 'warning'
              : k === 'data' || k === 'message'
                ? 'log'
                : OWN_TEXT_KEYS.has(k)
                  ? 'own'
                  : IDENTIFIER_KEYS.has(k)
                    ? 'identifier'
                    : 'data';
      setOwn(out, k, this.walk(v, kind, seen));
    }
    return out;
  }

  get size(): number {
    return this.pseudonyms.size + this.pendingAddresses.size;
  }
}
