/**
 * The ports a computer's Remote Desktop listens on, as its own records say: one rule for every reader (the Sysmon
 * inbound attempts, the port proxies' far ends). 3389 always; the port RDP-Tcp's `PortNumber` was set to (Sysmon 13,
 * Security 4657, a `reg add` / `Set-ItemProperty` command line in 4688 or Sysmon 1); the TCP port RdpCoreTS 129 says
 * the listener bound; and the listen port of a port proxy that forwards to 3389 (netsh however abbreviated, PowerShell,
 * the PortProxy registry value). Each counts only from the record that set it until one moved it away (PortNumber
 * written again, a later start of the listeners that binds it no more, the proxy deleted): traffic to that port
 * before or after is another service's. Also here, since both the correlator and the tunnel finding read them: how netsh
 * and the registry write a port proxy, and which end of a Sysmon or WFP flow is this computer's listener.
 */
import type { NormalizedEvent } from '../model/event.js';
import type { HostNames } from './host-names.js';
import { logKind, isSysmon } from './keys.js';

/** Why a port is one of Remote Desktop's on a computer. */
export interface RdpPort {
  port: string;
  how: 'default' | 'port-number' | 'listener' | 'port-proxy';
  /** For a port proxy: where it forwards (`10.0.0.5:3389`). */
  connects?: string;
  /** The record that says so (none for 3389). */
  e?: NormalizedEvent;
}

const DEFAULT: RdpPort = { port: '3389', how: 'default' };

/** A program's file name, lower case, from its path as a log writes it (`C:\\…`, `\\device\\harddiskvolume2\\…`). */
export function baseName(path: string | undefined): string {
  return (path ?? '').trim().replace(/^"|"$/g, '').split('\\').pop()!.toLowerCase();
}

/** A number as the registry tools write it: `0`, `0x0`, `DWORD (0x00000000)`. */
export function numberIn(text: string | undefined): number | undefined {
  const m = /(0x[0-9a-f]+|\d+)/i.exec(text ?? '');
  if (!m) return undefined;
  const n = m[1]!.toLowerCase().startsWith('0x') ? Number.parseInt(m[1]!, 16) : Number(m[1]);
  return Number.isFinite(n) ? n : undefined;
}

/** The value a command gives a registry value: `reg add … /v NAME … /d 0`, `Set-ItemProperty … -Name NAME -Value 0`. */
export function valueAfter(command: string, name: string): number | undefined {
  const at = command.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return undefined;
  const rest = command.slice(at + name.length);
  const flagged = /(?:\/d|-value)\s*[:=]?\s*["'(]?\s*(0x[0-9a-f]+|\d+)\b/i.exec(rest);
  if (flagged) return numberIn(flagged[1]);
  // Positional (`Set-ItemProperty <path> fDenyTSConnections 0`, `… fDenyTSConnections=0`).
  const positional = /^["']?\s*[=,]?\s*["']?(0x[0-9a-f]+|\d+)\b/i.exec(rest);
  return positional ? numberIn(positional[1]) : undefined;
}

function words(command: string): string[] {
  return (command.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^["']|["']$/g, ''));
}

/** Remote Desktop's port, as a number or netsh's service name. */
const RDP_PORT = /^(3389|ms-wbt-server)$/i;

/** netsh portproxy's tags in its own order: an abbreviation names the first tag it begins (`l` listenport, `c` connectaddress). */
const PROXY_TAGS = ['listenport', 'connectaddress', 'connectport', 'listenaddress', 'protocol'] as const;
type ProxyTag = (typeof PROXY_TAGS)[number];

function proxyTag(key: string): ProxyTag | undefined {
  const k = key.toLowerCase().replace(/^-+/, '');
  return k ? PROXY_TAGS.find((t) => t.startsWith(k)) : undefined;
}

/** A word that abbreviates `full` as netsh takes it (any leading part). */
const abbreviates = (word: string | undefined, full: string) => !!word && full.startsWith(word.toLowerCase());

/** A port proxy to Remote Desktop: where it listens (`address:port`) and where it forwards (`address:3389`). */
export interface PortProxy {
  listens: string;
  connects: string;
}

/**
 * A port proxy to Remote Desktop however it was written: `netsh interface portproxy add v4tov4 …` and its
 * abbreviations (`netsh i p a v l=8001 c=10.0.0.5 connectp=3389`, tags by their first letters, values by position), a
 * PowerShell shape with `-ListenPort`/`-ConnectPort`/`-ConnectAddress`, or the registry value itself
 * (`…\PortProxy\v4tov4\tcp` `0.0.0.0/8001` = `10.0.0.5/3389`, written by `reg add` or `New-ItemProperty`).
 */
export function portProxyCommand(command: string): PortProxy | undefined {
  const w = words(command);
  const values: Partial<Record<ProxyTag, string>> = {};
  const netsh = w.findIndex((x) => /^netsh(\.exe)?$/i.test(baseName(x)));
  if (netsh >= 0) {
    let i = netsh + 1;
    if (/^-[a-z]$/i.test(w[i] ?? '')) i += 2; // netsh -r host / -c context
    if (abbreviates(w[i], 'interface')) i++;
    if (!abbreviates(w[i], 'portproxy') || !/^(a|ad|add|se|set)$/i.test(w[i + 1] ?? '')) return undefined;
    if (!/^v(4|6)?(t(o(v(4|6)?)?)?)?$/i.test(w[i + 2] ?? '')) return undefined;
    const positional = [...PROXY_TAGS];
    for (const x of w.slice(i + 3)) {
      const eq = x.indexOf('=');
      const tag = eq > 0 ? proxyTag(x.slice(0, eq)) : positional.find((t) => values[t] === undefined);
      if (tag) values[tag] = eq > 0 ? x.slice(eq + 1) : x;
    }
  } else if (/portproxy/i.test(command)) {
    // The registry value: its name `listenaddress/listenport`, its data `connectaddress/connectport`.
    const pairs = [...command.matchAll(/(?:^|[\s'"=,])([\w.:*-]+)\/(\d+|ms-wbt-server)(?=$|[\s'",;])/gi)];
    const to = pairs.find((m) => RDP_PORT.test(m[2]!));
    const from = pairs.find((m) => m !== to);
    if (to && from) return { listens: `${from[1]}:${from[2]}`, connects: `${to[1]}:${to[2]}` };
    // PowerShell-like parameters.
    for (let i = 0; i < w.length - 1; i++) {
      const tag = /^-/.test(w[i]!) ? proxyTag(w[i]!) : undefined;
      if (tag && w[i]!.length > 2) values[tag] = w[i + 1]!;
    }
  } else return undefined;
  if (!values.connectport || !RDP_PORT.test(values.connectport) || !values.listenport) return undefined;
  return {
    listens: `${values.listenaddress ?? '*'}:${values.listenport}`,
    connects: `${values.connectaddress ?? 'localhost'}:3389`,
  };
}

/** A port proxy as its registry value (Sysmon 13 on `…\Services\PortProxy\v4tov4\tcp\<listen>/<port>`). */
export function portProxyValue(target: string, details: string): PortProxy | undefined {
  const name = /\\portproxy\\v[46]tov[46]\\tcp\\([^\\]+)\/(\d+)$/i.exec(target.trim());
  const data = /^\s*(?:\(?[a-z_]+\)?\s*)?([\w.:*-]+)\/(\d+|ms-wbt-server)\s*$/i.exec(details);
  if (!name || !data || !RDP_PORT.test(data[2]!)) return undefined;
  return { listens: `${name[1]}:${name[2]}`, connects: `${data[1]}:3389` };
}

/** The port of `address:port` (`*:8001`, `[::]:8001`). */
export const portOf = (endpoint: string): string => endpoint.slice(endpoint.lastIndexOf(':') + 1);

const PORT_NUMBER_VALUE = /\\WinStations\\RDP-Tcp\\PortNumber$/i;

/** A port proxy to Remote Desktop a record sets up: a command line (4688, Sysmon 1) or its registry value (Sysmon 13). */
export function portProxyOf(e: NormalizedEvent): PortProxy | undefined {
  const d = e.data;
  if ((logKind(e) === 'security' && e.eventId === 4688) || (isSysmon(e) && e.eventId === 1)) {
    const command = (d.CommandLine ?? '').trim();
    // Most command lines are neither: tell them at a glance (a busy log's thousands of 4688s).
    return /netsh|portproxy/i.test(command) ? portProxyCommand(command) : undefined;
  }
  if (isSysmon(e) && e.eventId === 13) return portProxyValue(d.TargetObject ?? '', d.Details ?? '');
  return undefined;
}

/** The port Remote Desktop's listener is moved to or bound, if `e` says one (other than by a port proxy). */
function listenerPortOf(e: NormalizedEvent): RdpPort | undefined {
  const d = e.data;
  const kind = logKind(e);
  const port = (n: number | undefined, how: RdpPort['how']): RdpPort | undefined =>
    n !== undefined && n > 0 && n < 65536 ? { port: String(n), how, e } : undefined;
  if (isSysmon(e) && e.eventId === 13 && PORT_NUMBER_VALUE.test((d.TargetObject ?? '').trim()))
    return port(numberIn(d.Details), 'port-number');
  if (kind === 'security' && e.eventId === 4657 && /^PortNumber$/i.test((d.ObjectValueName ?? '').trim()))
    return /\\RDP-Tcp$/i.test((d.ObjectName ?? '').trim()) ? port(numberIn(d.NewValue), 'port-number') : undefined;
  if ((kind === 'security' && e.eventId === 4688) || (isSysmon(e) && e.eventId === 1)) {
    const command = d.CommandLine ?? '';
    return /PortNumber/i.test(command) && /RDP-Tcp/i.test(command)
      ? port(valueAfter(command, 'PortNumber'), 'port-number')
      : undefined;
  }
  if (kind === 'rdpcore' && e.eventId === 129 && /^tcp$/i.test((d.TransportProtocolName ?? '').trim()))
    return port(numberIn(d.Port), 'listener');
  return undefined;
}

/** What a record says of Remote Desktop's ports, if anything. */
function rdpPortOf(e: NormalizedEvent): RdpPort | undefined {
  const proxy = portProxyOf(e);
  if (proxy) return { port: portOf(proxy.listens), how: 'port-proxy', connects: proxy.connects, e };
  return listenerPortOf(e);
}

/** The listen port of a port proxy a record deletes: `netsh … portproxy delete v4tov4 listenport=N` however abbreviated. */
function proxyDeletedOf(e: NormalizedEvent): string | undefined {
  const d = e.data;
  if ((logKind(e) === 'security' && e.eventId === 4688) || (isSysmon(e) && e.eventId === 1)) {
    const command = d.CommandLine ?? '';
    if (!/netsh/i.test(command)) return undefined;
    const w = words(command);
    const netsh = w.findIndex((x) => /^netsh(\.exe)?$/i.test(baseName(x)));
    if (netsh < 0) return undefined;
    let at = netsh + 1;
    if (/^-[a-z]$/i.test(w[at] ?? '')) at += 2; // netsh -r host / -c context
    if (abbreviates(w[at], 'interface')) at++;
    if (!abbreviates(w[at], 'portproxy') || !/^d(e(l(e(t(e)?)?)?)?)?$/i.test(w[at + 1] ?? '')) return undefined;
    for (const x of w.slice(at + 3)) {
      const eq = x.indexOf('=');
      if (eq > 0 ? proxyTag(x.slice(0, eq)) === 'listenport' : /^\d+$/.test(x)) return eq > 0 ? x.slice(eq + 1) : x;
    }
    return undefined;
  }
  return undefined;
}

/** RdpCoreTS 129s this close together are one start of the listeners (each listener's TCP and UDP bind). */
const LISTENER_START_MS = 10_000;

/** A port that is Remote Desktop's from `fromMs` until `toMs` (exclusive; Infinity while nothing ended it). */
interface PortSpan extends RdpPort {
  fromMs: number;
  toMs: number;
}

/**
 * When each port was Remote Desktop's on one computer, from its records in time order. A port counts from the record
 * that set it: RDP-Tcp's `PortNumber` written (until it is written again with another value: moved on or back), the
 * listener bound on it (RdpCoreTS 129, until a later start of the listeners binds it no more), a port proxy set up
 * (until it is deleted).
 */
function spansOf(records: readonly { e: NormalizedEvent; p?: RdpPort; deleted?: string }[]): PortSpan[] {
  const spans: PortSpan[] = [];
  const open = new Map<string, PortSpan>();
  const key = (how: string, port: string) => `${how}:${port}`;
  const close = (k: string, ms: number) => {
    const s = open.get(k);
    if (s) {
      s.toMs = ms;
      open.delete(k);
    }
  };
  const start = (p: RdpPort, ms: number) => {
    const k = key(p.how, p.port);
    if (open.has(k) || p.port === DEFAULT.port) return;
    const s: PortSpan = { ...p, fromMs: ms, toMs: Number.POSITIVE_INFINITY };
    open.set(k, s);
    spans.push(s);
  };
  let burst: { atMs: number; ports: Set<string> } | undefined;
  // A start of the listeners that binds a port no more ends it (seen once the start's binds are all read).
  const endBurst = () => {
    if (!burst) return;
    for (const [k, s] of [...open])
      if (s.how === 'listener' && !burst.ports.has(s.port) && s.fromMs < burst.atMs) close(k, burst.atMs);
    burst = undefined;
  };
  for (const { e, p, deleted } of records) {
    if (burst && e.timeMs - burst.atMs > LISTENER_START_MS) endBurst();
    if (deleted) close(key('port-proxy', deleted), e.timeMs);
    if (!p) continue;
    if (p.how === 'port-number')
      // One value: writing another moves the listener off every port written before.
      for (const [k, s] of [...open]) if (s.how === 'port-number' && s.port !== p.port) close(k, e.timeMs);
    if (p.how === 'listener') {
      burst ??= { atMs: e.timeMs, ports: new Set() };
      burst.ports.add(p.port);
    }
    start(p, e.timeMs);
  }
  endBurst();
  return spans;
}

/** Each computer's Remote Desktop ports and when each was one, from its records (`RdpPorts.of`). */
export class RdpPorts {
  private constructor(
    private readonly byHost: ReadonlyMap<string, ReadonlyMap<string, readonly PortSpan[]>>,
    private readonly hosts: HostNames,
  ) {}

  static fromEvents(events: readonly NormalizedEvent[], hosts: HostNames): RdpPorts {
    const records = new Map<string, { e: NormalizedEvent; p?: RdpPort; deleted?: string }[]>();
    for (const e of events) {
      const p = rdpPortOf(e);
      const deleted = p ? undefined : proxyDeletedOf(e);
      if (!p && !deleted) continue;
      // 3389 always counts; a 129 on it still tells which ports a start of the listeners bound.
      if (p?.port === DEFAULT.port && p.how !== 'listener' && p.how !== 'port-number') continue;
      const key = hosts.key(e.computer);
      let list = records.get(key);
      if (!list) records.set(key, (list = []));
      list.push({ e, ...(p ? { p } : {}), ...(deleted ? { deleted } : {}) });
    }
    const byHost = new Map<string, Map<string, PortSpan[]>>();
    for (const [key, list] of records) {
      list.sort((x, y) => x.e.timeMs - y.e.timeMs);
      const ports = new Map<string, PortSpan[]>();
      for (const s of spansOf(list)) {
        const had = ports.get(s.port);
        if (had) had.push(s);
        else ports.set(s.port, [s]);
      }
      byHost.set(key, ports);
    }
    return new RdpPorts(byHost, hosts);
  }

  /**
   * Why `port` was one of Remote Desktop's on `computer` at `atMs` (3389 always), or undefined when it was not: not yet
   * set, or moved away. Of the records that make it one then, a port proxy says the most, else the earliest.
   */
  of(computer: string, port: string | undefined, atMs: number): RdpPort | undefined {
    const p = (port ?? '').trim();
    if (p === DEFAULT.port) return DEFAULT;
    const spans = this.byHost.get(this.hosts.key(computer))?.get(p);
    const now = spans?.filter((s) => s.fromMs <= atMs && atMs < s.toMs);
    if (!now?.length) return undefined;
    const s = now.find((x) => x.how === 'port-proxy') ?? now[0]!;
    return { port: s.port, how: s.how, ...(s.connects ? { connects: s.connects } : {}), ...(s.e ? { e: s.e } : {}) };
  }
}

/** A flow's two ends as a listener on this computer sees them: its own port, and the client. */
export interface InboundEnds {
  localPort: string;
  client: string;
  clientPort?: string;
}

/**
 * The ends of an inbound TCP flow (Sysmon 3 `Initiated` false, Security 5156 inbound), the listener's port first.
 * Most inbound flows have the listener as the destination, but some Sysmon builds (and WFP's views of an accepted
 * connection) write it as the source (`SourcePort` 3389, `DestinationPort` the client's): the end on a port of
 * `isListener` is the listener's, the destination's first.
 */
export function inboundEnds(e: NormalizedEvent, isListener: (port: string) => boolean): InboundEnds | undefined {
  const d = e.data;
  let src: [string, string];
  let dst: [string, string];
  if (isSysmon(e) && e.eventId === 3) {
    if (!/^false$/i.test((d.Initiated ?? '').trim()) || /^udp$/i.test((d.Protocol ?? '').trim())) return undefined;
    src = [(d.SourceIp ?? '').trim(), (d.SourcePort ?? '').trim()];
    dst = [(d.DestinationIp ?? '').trim(), (d.DestinationPort ?? '').trim()];
  } else if (logKind(e) === 'security' && e.eventId === 5156) {
    // %%14592 is "Inbound"; 17 is UDP.
    const direction = d.Direction ?? '';
    if (!(direction.includes('14592') || /inbound/i.test(direction)) || (d.Protocol ?? '').trim() === '17')
      return undefined;
    src = [(d.SourceAddress ?? '').trim(), (d.SourcePort ?? '').trim()];
    dst = [(d.DestAddress ?? '').trim(), (d.DestPort ?? '').trim()];
  } else return undefined;
  const [client, listener] = isListener(dst[1]) ? [src, dst] : isListener(src[1]) ? [dst, src] : [];
  if (!client || !listener || !client[0]) return undefined;
  return { localPort: listener[1], client: client[0], ...(client[1] ? { clientPort: client[1] } : {}) };
}
