/**
 * The tool behind an `rdp-tunnel` (its home as data: patterns/findings/rdp-tunnel.ts), per computer: a process that
 * forwards 3389 by its command line (plink/ssh `-R/-L …:3389`, chisel `R:…:3389`, `netsh interface portproxy … 3389`,
 * `ngrok tcp 3389`), or that connects from the loopback to 3389 (Security 5156, Sysmon 3), or a known tunnelling
 * tool; with who started it, when, and its far end (its connection out, or the host its command names).
 */
import { TUNNEL_TOOLS } from '../../../patterns/findings/rdp-tunnel.js';
import { type HostNames, logKind } from '../../correlate/index.js';
import { classOfAddress } from '../../model/address-class.js';
import type { TunnelTool } from '../../model/attempt.js';
import type { NormalizedEvent } from '../../model/event.js';
import { processAccounts } from './process-accounts.js';

/** The tools found on one computer, each with the events that show it. */
export interface FoundTunnelTools {
  computer: string;
  tools: (TunnelTool & { startMs: number; events: NormalizedEvent[]; forwards: boolean; pid?: string })[];
}

const TOOL = new RegExp(`(^|\\\\)${TUNNEL_TOOLS}`, 'i');
const SYSTEM_SID = 'S-1-5-18';
/** The far end is the tool's first connection out within this of its start. */
const FAR_END_MS = 3600_000;

const isSysmon = (e: NormalizedEvent) => /sysmon/i.test(e.provider.name);

/** A program's file name, lower case, from its path as a log writes it (`C:\\…`, `\\device\\harddiskvolume2\\…`). */
export function baseName(path: string | undefined): string {
  return (path ?? '').trim().replace(/^"|"$/g, '').split('\\').pop()!.toLowerCase();
}

export function isLoopback(address: string | undefined): boolean {
  const c = classOfAddress(address?.replace(/^\[|\]$/g, ''));
  return c === 'loopback-v4' || c === 'loopback-v6';
}

/** A command's options that take a value (plink, ssh, chisel): what is left first is the host. */
const VALUED = new Set([
  '-R',
  '-L',
  '-D',
  '-P',
  '-p',
  '-l',
  '-pw',
  '-i',
  '-o',
  '-F',
  '-J',
  '-b',
  '-c',
  '-m',
  '-E',
  '-W',
  '-w',
  '-hostkey',
  '-proxycmd',
]);

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

/**
 * A port proxy to Remote Desktop however it was written: `netsh interface portproxy add v4tov4 …` and its
 * abbreviations (`netsh i p a v l=8001 c=10.0.0.5 connectp=3389`, tags by their first letters, values by position), a
 * PowerShell shape with `-ListenPort`/`-ConnectPort`/`-ConnectAddress`, or the registry value itself
 * (`…\PortProxy\v4tov4\tcp` `0.0.0.0/8001` = `10.0.0.5/3389`, written by `reg add` or `New-ItemProperty`).
 */
export function portProxyCommand(command: string): { listens: string; connects: string } | undefined {
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
export function portProxyValue(target: string, details: string): { listens: string; connects: string } | undefined {
  const name = /\\portproxy\\v[46]tov[46]\\tcp\\([^\\]+)\/(\d+)$/i.exec(target.trim());
  const data = /^\s*(?:\(?[a-z_]+\)?\s*)?([\w.:*-]+)\/(\d+|ms-wbt-server)\s*$/i.exec(details);
  if (!name || !data || !RDP_PORT.test(data[2]!)) return undefined;
  return { listens: `${name[1]}:${name[2]}`, connects: `${data[1]}:3389` };
}

/** Whether a command forwards Remote Desktop, and the far end or listening side it names. */
export function tunnelCommand(
  command: string,
): { forwards: boolean; farEnd?: string; listens?: string; toRdp?: string } | undefined {
  const lower = command.toLowerCase();
  const proxy = portProxyCommand(command);
  if (proxy) return { forwards: true, listens: proxy.listens, toRdp: `${proxy.listens} → ${proxy.connects}` };
  const w = words(command);
  const image = baseName(w[0]);
  if (/^ngrok(\.exe)?$/.test(image)) {
    const forwards = w.some((x) => /^(tcp|rdp)$/i.test(x)) && w.some((x) => /(^|:)3389$/.test(x));
    return forwards ? { forwards, farEnd: "ngrok's service" } : { forwards: false };
  }
  if (/^chisel(\.exe)?$/.test(image)) {
    const at = w.findIndex((x) => /^client$/i.test(x));
    const server =
      at >= 0 ? w.slice(at + 1).find((x) => !x.startsWith('-') && !/^R?:?[\d.]*:?\d+:.*:\d+$/i.test(x)) : undefined;
    return { forwards: w.some((x) => /:3389$/.test(x)), ...(server ? { farEnd: server } : {}) };
  }
  if (/^(plink|ssh)(\.exe)?$/.test(image)) {
    let port: string | undefined;
    let host: string | undefined;
    let forwards = false;
    for (let i = 1; i < w.length; i++) {
      const x = w[i]!;
      if (VALUED.has(x)) {
        const v = w[++i] ?? '';
        if ((x === '-R' || x === '-L') && /(^|:)3389(:|$)/.test(v)) forwards = true;
        if (x === '-P' && image.startsWith('plink')) port = v;
        if (x === '-p' && image.startsWith('ssh')) port = v;
        continue;
      }
      if (/^-[RL]\S*3389/.test(x)) forwards = true;
      if (x.startsWith('-')) continue;
      host ??= x;
    }
    return { forwards, ...(host ? { farEnd: port ? `${host}:${port}` : host } : {}) };
  }
  return /3389/.test(lower) && /(-r|-l)\s+\S*3389|[rl]:\S*:3389/i.test(command) ? { forwards: true } : undefined;
}

/** A network connection as Security 5156 or Sysmon 3 shows it. */
export interface Connection {
  e: NormalizedEvent;
  image: string;
  path: string;
  pid?: string;
  from: string;
  to: string;
  toPort: string;
  outbound: boolean;
  /** TCP or UDP, when the log says (5156 `Protocol` 6 or 17, Sysmon `tcp`/`udp`). */
  protocol?: 'tcp' | 'udp';
  /** The account the process runs as (Sysmon 3 only). */
  user?: string;
  /** The destination's name (Sysmon 3 `DestinationHostname`). */
  toName?: string;
}

function protocolOf(value: string | undefined): Connection['protocol'] {
  const v = (value ?? '').trim().toLowerCase();
  return v === '6' || v === 'tcp' ? 'tcp' : v === '17' || v === 'udp' ? 'udp' : undefined;
}

function present(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v && v !== '-' ? v : undefined;
}

export function connectionOf(e: NormalizedEvent): Connection | undefined {
  const d = e.data;
  if (logKind(e) === 'security' && e.eventId === 5156) {
    if (!d.DestAddress || !d.DestPort) return undefined;
    return {
      e,
      image: baseName(d.Application),
      path: d.Application ?? '',
      ...(d.ProcessID ? { pid: d.ProcessID.trim() } : {}),
      from: d.SourceAddress ?? '',
      to: d.DestAddress,
      toPort: d.DestPort,
      // %%14593 is "Outbound", %%14592 "Inbound".
      outbound: (d.Direction ?? '').includes('14593') || /outbound/i.test(d.Direction ?? ''),
      ...(protocolOf(d.Protocol) ? { protocol: protocolOf(d.Protocol) } : {}),
    };
  }
  if (isSysmon(e) && e.eventId === 3) {
    if (!d.DestinationIp || !d.DestinationPort) return undefined;
    return {
      e,
      image: baseName(d.Image),
      path: d.Image ?? '',
      ...(d.ProcessId ? { pid: d.ProcessId.trim() } : {}),
      from: d.SourceIp ?? '',
      to: d.DestinationIp,
      toPort: d.DestinationPort,
      outbound: /^true$/i.test(d.Initiated ?? 'true'),
      ...(protocolOf(d.Protocol) ? { protocol: protocolOf(d.Protocol) } : {}),
      ...(present(d.User) ? { user: present(d.User) } : {}),
      ...(present(d.DestinationHostname) ? { toName: present(d.DestinationHostname) } : {}),
    };
  }
  return undefined;
}

/** Windows' own RDP service side and clients: their connections to 3389 are no forwarder's. */
const RDP_ITSELF = /^(system|svchost\.exe|mstsc\.exe|msrdc\.exe|rdcman\.exe|)$/;

export function findTunnelTools(events: readonly NormalizedEvent[], names: HostNames): FoundTunnelTools[] {
  const out = new Map<string, FoundTunnelTools>();
  const connections = new Map<string, Connection[]>();
  const whoRan = processAccounts(events, names);
  const host = (e: NormalizedEvent) => {
    const key = names.key(e.computer);
    let h = out.get(key);
    if (!h) out.set(key, (h = { computer: e.computer, tools: [] }));
    return h;
  };
  for (const e of events) {
    const kind = logKind(e);
    const process = (kind === 'security' && e.eventId === 4688) || (isSysmon(e) && e.eventId === 1);
    if (process) {
      const d = e.data;
      const path = (isSysmon(e) ? d.Image : d.NewProcessName) ?? '';
      const command = (d.CommandLine ?? '').trim();
      const parsed = command ? tunnelCommand(command) : undefined;
      const by = isSysmon(e)
        ? d.User && !/^-$/.test(d.User)
          ? d.User.replace(/^NT AUTHORITY\\SYSTEM$/i, 'SYSTEM')
          : undefined
        : d.SubjectUserSid?.toUpperCase() === SYSTEM_SID
          ? 'SYSTEM'
          : d.SubjectUserName && d.SubjectUserName !== '-'
            ? `${d.SubjectDomainName && d.SubjectDomainName !== '-' ? `${d.SubjectDomainName}\\` : ''}${d.SubjectUserName}`
            : undefined;
      const pid = isSysmon(e) ? d.ProcessId : d.NewProcessId;
      if (!parsed?.forwards && !TOOL.test(path)) continue;
      const tool = {
        image: /portproxy/i.test(command) || parsed?.toRdp ? 'portproxy' : baseName(path),
        ...(path ? { path } : {}),
        ...(command ? { command } : {}),
        ...(by ? { by } : {}),
        started: e.timestamp,
        ...(parsed?.farEnd ? { farEnd: parsed.farEnd } : {}),
        ...(parsed?.listens ? { listens: parsed.listens } : {}),
        ...(parsed?.toRdp ? { toRdp: parsed.toRdp } : {}),
        startMs: e.timeMs,
        events: [e],
        forwards: parsed?.forwards ?? false,
        ...(pid ? { pid: numericPid(pid) } : {}),
      };
      host(e).tools.push(tool);
      continue;
    }
    // The port proxy's own registry value (Sysmon 13): what netsh, reg or PowerShell wrote, whoever ran them.
    if (isSysmon(e) && e.eventId === 13) {
      const proxy = portProxyValue(e.data.TargetObject ?? '', e.data.Details ?? '');
      if (!proxy) continue;
      const by = present(e.data.User);
      const h = host(e);
      const port = (x: string | undefined) => x?.slice(x.lastIndexOf(':') + 1);
      const same = h.tools.find((t) => t.image === 'portproxy' && port(t.listens) === port(proxy.listens));
      if (same) {
        same.events.push(e);
        continue;
      }
      h.tools.push({
        image: 'portproxy',
        ...(present(e.data.Image) ? { path: present(e.data.Image)! } : {}),
        ...(by ? { by: by.replace(/^NT AUTHORITY\\SYSTEM$/i, 'SYSTEM') } : {}),
        started: e.timestamp,
        listens: proxy.listens,
        toRdp: `${proxy.listens} → ${proxy.connects}`,
        startMs: e.timeMs,
        events: [e],
        forwards: true,
        ...(present(e.data.ProcessId) ? { pid: numericPid(e.data.ProcessId!) } : {}),
      });
      continue;
    }
    const c = connectionOf(e);
    if (!c) continue;
    const key = names.key(e.computer);
    const list = connections.get(key) ?? [];
    list.push(c);
    connections.set(key, list);
    host(e);
  }
  for (const [key, h] of out) {
    const conns = connections.get(key) ?? [];
    // A process connecting from the loopback to 3389 that is not Remote Desktop itself: the forwarder.
    for (const c of conns) {
      if (!c.outbound || c.toPort !== '3389' || !isLoopback(c.from) || RDP_ITSELF.test(c.image)) continue;
      let tool = h.tools.find((t) => t.image === c.image && (!t.pid || !c.pid || t.pid === numericPid(c.pid)));
      if (!tool) {
        tool = {
          image: c.image,
          ...(c.path ? { path: c.path } : {}),
          started: c.e.timestamp,
          startMs: c.e.timeMs,
          events: [],
          forwards: true,
        };
        h.tools.push(tool);
      }
      tool.forwards = true;
      tool.toRdp ??= `${c.from} → ${c.to}:${c.toPort}`;
      tool.forwarded = (tool.forwarded ?? 0) + 1;
      tool.events.push(c.e);
    }
    // A port proxy's connections: the IP Helper service's svchost connecting to the address it forwards to.
    for (const t of h.tools) {
      if (t.image !== 'portproxy' || !t.toRdp) continue;
      const connects = t.toRdp.split(' → ')[1] ?? '';
      const at = connects.lastIndexOf(':');
      const address = connects.slice(0, at).toLowerCase();
      const loop = address === 'localhost' || isLoopback(address);
      const through = conns.filter(
        (c) =>
          c.outbound &&
          c.toPort === '3389' &&
          c.image === 'svchost.exe' &&
          c.e.timeMs >= t.startMs &&
          (c.to.toLowerCase() === address || (loop && isLoopback(c.to))),
      );
      if (!through.length) continue;
      t.forwarded = through.length;
      t.events.push(...through.slice(0, 3).map((c) => c.e));
    }
    // Who wrote a value or ran a command the record does not name: the process records of that process id.
    for (const t of h.tools) {
      const by = t.by ? undefined : whoRan(h.computer, t.pid, t.startMs);
      if (by) t.by = by;
    }
    // Its first connection out (not the loopback) after it started: the far end.
    for (const t of h.tools) {
      const out = conns.find(
        (c) =>
          c.outbound &&
          c.image === t.image &&
          !isLoopback(c.to) &&
          c.e.timeMs >= t.startMs - 1_000 &&
          c.e.timeMs - t.startMs <= FAR_END_MS,
      );
      if (out) {
        t.farEnd = `${out.to}:${out.toPort}`;
        t.events.push(out.e);
      }
      t.events.sort((x, y) => x.timeMs - y.timeMs);
    }
  }
  return [...out.values()].filter((h) => h.tools.length);
}

/** A process id as 5156 (decimal) and 4688 (hexadecimal) write it, as one decimal string. */
function numericPid(pid: string): string {
  const p = pid.trim();
  return /^0x/i.test(p) ? String(Number.parseInt(p, 16)) : p;
}

/** How a tool is told: `plink.exe (C:\…\plink.exe) started by X at t, connecting to Y`. */
export function toolText(t: TunnelTool, mark: (v: string) => string, time: (t: string) => string): string {
  const parts = [
    `${t.image === 'portproxy' ? "Windows' port proxy (netsh interface portproxy)" : mark(t.image)}${t.path && baseName(t.path) !== t.path.toLowerCase() ? ` (${mark(t.path)})` : ''}`,
    t.by || t.started ? `started${t.by ? ` by ${mark(t.by)}` : ''}${t.started ? ` at ${time(t.started)}` : ''}` : '',
    t.command ? `as \`${mark(t.command)}\`` : '',
    t.toRdp
      ? `connecting to Remote Desktop (${mark(t.toRdp)})${t.forwarded ? `, ${t.forwarded} forwarded ${t.forwarded === 1 ? 'connection' : 'connections'} in the logs` : ''}`
      : '',
    t.farEnd ? `its far end ${mark(t.farEnd)}` : '',
    t.listens ? `listening on ${mark(t.listens)}` : '',
  ];
  return parts.filter(Boolean).join(', ');
}
