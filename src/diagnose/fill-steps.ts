/**
 * Remediation written for the attempt at hand: the placeholders of a cause's or finding's steps (`<user>`,
 * `DOMAIN\user` in a command, `<server>`, `<server fqdn>`, `<domain>`, the listener's port, a certificate's
 * thumbprint, the license server) filled with what the logs name, one rule for every step rdpdiag writes. A
 * placeholder the logs do not name stays, and the step says so: a technician pastes what is filled and knows what
 * is not.
 */
import type { Attempt } from '../model/attempt.js';
import type { NormalizedEvent } from '../model/event.js';
import type { ValueMarks } from '../model/value-marks.js';

/** What the logs name of the place a step is about. */
export interface KnownValues {
  /** The account as logged: `DOMAIN\user`, `user@domain` or `user`. */
  user?: string;
  /** The server's computer name as logged (a short name or an FQDN). */
  computer?: string;
  /** Every spelling of the server's name its events carry (short and FQDN). */
  computerNames?: readonly string[];
  /** The RDP listener's port, when the logs name it. */
  port?: number;
  thumbprint?: string;
  licenseServer?: string;
  /** The accounts of a group whose attempts name several: a step then says which to fill in. */
  users?: readonly string[];
}

type Slot = 'user' | 'account' | 'domain' | 'server' | 'fqdn' | 'port' | 'thumbprint' | 'licenseServer';

/** Each placeholder the steps use, what fills it, and its name in the note when the logs do not name it. */
const PLACEHOLDERS: readonly { token: string; slot: Slot; codeOnly?: true; what: string }[] = [
  { token: '<server fqdn>', slot: 'fqdn', what: "the server's FQDN" },
  { token: '<fqdn>', slot: 'fqdn', what: "the server's FQDN" },
  { token: '<server>', slot: 'server', what: "the server's name" },
  { token: '<user>', slot: 'user', what: 'the account' },
  { token: '<domain>', slot: 'domain', what: 'the domain' },
  // Generic advice ("DOMAIN\user or user@domain.example") stays; only a command's placeholder is filled.
  { token: 'DOMAIN\\user', slot: 'account', codeOnly: true, what: 'the account' },
  { token: '<thumbprint>', slot: 'thumbprint', what: "the certificate's thumbprint" },
  { token: '<licenseserver>', slot: 'licenseServer', what: 'the license server' },
];

/** The listener's port in a command, replaced when the logs name another. */
const DEFAULT_PORT = /-Port 3389\b/g;

const THUMBPRINT_FIELDS = /^(?:CertThumbprint|Thumbprint|CertificateThumbprint|SSLCertificateSHA1Hash)$/i;
const LICENSE_SERVER_FIELDS = /^(?:LicenseServer|LicenseServerName|LicServer)$/i;

/** The values each slot takes from what is known; a slot the logs do not name is absent. */
function slotValues(k: KnownValues): Partial<Record<Slot, string>> {
  const out: Partial<Record<Slot, string>> = {};
  const names = [k.computer, ...(k.computerNames ?? [])].filter((n): n is string => !!n && !isAddress(n));
  const short = names.length ? firstLabel(names[0]) : undefined;
  const fqdn = names.find((n) => n.includes('.') && firstLabel(n).toLowerCase() === short?.toLowerCase());
  if (short) out.server = short;
  if (fqdn) out.fqdn = fqdn;
  if (k.user) {
    const u = k.user.trim();
    const slash = u.indexOf('\\');
    const at = u.indexOf('@');
    const name = slash >= 0 ? u.slice(slash + 1) : at >= 0 ? u.slice(0, at) : u;
    const domain = slash >= 0 ? u.slice(0, slash) : at >= 0 ? u.slice(at + 1) : undefined;
    if (name) out.user = name;
    if (name && domain) out.account = `${domain}\\${name}`;
    // A local account's "domain" is the computer itself: the domain is then the server's DNS suffix.
    const local = !domain || domain === '.' || (short !== undefined && domain.toLowerCase() === short.toLowerCase());
    if (domain && !local) out.domain = domain;
  }
  if (!out.domain && fqdn) out.domain = fqdn.slice(fqdn.indexOf('.') + 1);
  if (k.port) out.port = String(k.port);
  if (k.thumbprint) out.thumbprint = k.thumbprint;
  if (k.licenseServer) out.licenseServer = k.licenseServer;
  return out;
}

function firstLabel(name: string): string {
  const dot = name.indexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function isAddress(name: string): boolean {
  return /^[\d.]+$/.test(name) || name.includes(':');
}

/** Replaces `token` in `text` (only inside backtick spans when `codeOnly`); whether one was left unfilled. */
function replaceIn(text: string, token: string, value: string | undefined, codeOnly: boolean): [string, boolean] {
  if (!text.includes(token)) return [text, false];
  if (!codeOnly) return value === undefined ? [text, true] : [text.split(token).join(value), false];
  let left = false;
  const parts = text.split('`');
  for (let i = 1; i < parts.length; i += 2) {
    if (!parts[i].includes(token)) continue;
    if (value === undefined) left = true;
    else parts[i] = parts[i].split(token).join(value);
  }
  return [parts.join('`'), left];
}

/**
 * The steps with every placeholder the logs can fill filled (each value marked for redaction); a step that keeps
 * one says which, and that the logs given do not name it.
 */
export function fillSteps(steps: readonly string[], known: KnownValues, { markValue }: ValueMarks): string[] {
  const values = slotValues(known);
  return steps.map((step) => {
    let text = step;
    const unknown: string[] = [];
    const unwritable: string[] = [];
    for (const p of PLACEHOLDERS) {
      const v = values[p.slot];
      // A backtick in a value would end the command's code span there: such a value is named, never written in.
      const fill = v === undefined || v.includes('`') ? undefined : markValue(v);
      const [next, left] = replaceIn(text, p.token, fill, p.codeOnly === true);
      text = next;
      if (left && !unknown.includes(p.token)) (v === undefined ? unknown : unwritable).push(p.token);
    }
    if (values.port && values.port !== '3389') text = text.replace(DEFAULT_PORT, `-Port ${markValue(values.port)}`);
    if (unknown.length === 0 && unwritable.length === 0) return text;
    const several = known.users && known.users.length > 1 ? known.users : undefined;
    const said = [
      ...unknown.map((t) => {
        const slot = PLACEHOLDERS.find((p) => p.token === t);
        return several && (slot?.slot === 'user' || slot?.slot === 'account')
          ? `${t} (one of the accounts: ${known.users?.map(markValue).join(', ')})`
          : `${t} (${slot?.what}, not named in the logs given)`;
      }),
      ...unwritable.map(
        (t) => `${t} (${PLACEHOLDERS.find((p) => p.token === t)?.what} as logged: it holds a backtick)`,
      ),
    ].join(', ');
    return `${text} (Fill in ${said}.)`;
  });
}

/** What an attempt's own logs name: its user, its server's names, its listener's port, values its events carry. */
export function knownOfAttempt(a: Attempt): KnownValues {
  const serverSide = a.side !== 'client';
  const computer = serverSide ? a.computer : (a.server.name ?? a.server.address);
  return {
    ...(a.user ? { user: a.user } : {}),
    ...(computer ? { computer } : {}),
    computerNames: serverSide ? computerNamesOf(a.events) : [],
    ...(a.server.port ? { port: a.server.port } : {}),
    ...valuesOfEvents(a.events),
  };
}

/** What a host's events name: its names, a certificate's thumbprint, the license server. */
export function knownOfEvents(computer: string, events: readonly NormalizedEvent[]): KnownValues {
  return { computer, computerNames: computerNamesOf(events), ...valuesOfEvents(events) };
}

/** The values the attempts of a group agree on; one they disagree on is not known for the group. */
export function commonKnown(all: readonly KnownValues[]): KnownValues {
  if (all.length === 0) return {};
  const [first, ...rest] = all;
  const same = <K extends keyof KnownValues>(key: K) =>
    rest.every((k) => String(k[key] ?? '').toLowerCase() === String(first[key] ?? '').toLowerCase());
  return {
    ...(first.user && same('user') ? { user: first.user } : {}),
    ...(first.computer && same('computer') ? { computer: first.computer } : {}),
    computerNames: [...new Set(all.flatMap((k) => k.computerNames ?? []))],
    users: firstSpellings(all.map((k) => k.user)),
    ...(first.port && same('port') ? { port: first.port } : {}),
    ...(first.thumbprint && same('thumbprint') ? { thumbprint: first.thumbprint } : {}),
    ...(first.licenseServer && same('licenseServer') ? { licenseServer: first.licenseServer } : {}),
  };
}

function computerNamesOf(events: readonly NormalizedEvent[]): string[] {
  const names = new Set<string>();
  let last: string | undefined;
  for (const e of events) {
    if (e.computer === last) continue;
    last = e.computer;
    if (e.computer) names.add(e.computer);
  }
  return [...names];
}

function valuesOfEvents(events: readonly NormalizedEvent[]): Pick<KnownValues, 'thumbprint' | 'licenseServer'> {
  let thumbprint: string | undefined;
  let licenseServer: string | undefined;
  for (const e of events) {
    // Security's certificate fields (4768/4771) are the user's smart card's, not the listener's.
    if (e.channel.toLowerCase() === 'security') continue;
    // By name first: only the fields that can hold these values are read.
    for (const field of Object.keys(e.data)) {
      const isThumbprint = THUMBPRINT_FIELDS.test(field);
      if (!isThumbprint && !LICENSE_SERVER_FIELDS.test(field)) continue;
      const value = e.data[field];
      if (!value || value === '-') continue;
      if (isThumbprint) {
        if (!thumbprint && /^[0-9a-f]{40}$/i.test(value.replace(/\s/g, ''))) thumbprint = value.replace(/\s/g, '');
      } else if (!licenseServer) licenseServer = value;
    }
  }
  return { ...(thumbprint ? { thumbprint } : {}), ...(licenseServer ? { licenseServer } : {}) };
}

/** Each name once, compared as Windows compares account names (any case), in its first spelling. */
function firstSpellings(names: readonly (string | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const n of names) if (n && !seen.has(n.toLowerCase())) seen.set(n.toLowerCase(), n);
  return [...seen.values()];
}
