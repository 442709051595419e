/**
 * The tool behind an `rdp-tunnel` (its home as data: patterns/findings/rdp-tunnel.ts), per computer: a process that
 * forwards 3389 by its command line (plink/ssh `-R/-L …:3389`, chisel `R:…:3389`, `netsh interface portproxy … 3389`,
 * `ngrok tcp 3389`), or that connects from the loopback to 3389 (Security 5156, Sysmon 3), or a known tunnelling
 * tool; with who started it, when, and its far end (its connection out, or the host its command names).
 */
import { isProcessStart } from './host-acts.js';
import { TUNNEL_TOOLS } from '../../../patterns/findings/rdp-tunnel.js';
import {
  baseName,
  type HostNames,
  inboundEnds,
  logKind,
  portOf,
  portProxyCommand,
  portProxyOf,
  isSysmon,
} from '../../correlate/index.js';

export { baseName };
import { pushTo } from '../../model/arrays.js';
import { classOfAddress } from '../../model/address-class.js';
import type { TunnelTool } from '../../model/attempt.js';
import type { NormalizedEvent } from '../../model/event.js';
import { type ProcessAccount, present, processAccounts } from './process-accounts.js';

/** The tools found on one computer, each with the events that show it. */
export interface FoundTunnelTools {
  computer: string;
  tools: (TunnelTool & {
    startMs: number;
    events: NormalizedEvent[];
    forwards: boolean;
    pid?: string;
    /**
     * Its forwarded connections to another computer: from this computer's address (and source port, where its record
     * gives one) to the target's, when.
     */
    hops?: { from: string; fromPort?: number; to: string; timeMs: number; client?: string }[];
  })[];
}

const TOOL = new RegExp(`(^|\\\\)${TUNNEL_TOOLS}`, 'i');
const SYSTEM_SID = 'S-1-5-18';
/** The far end is the tool's first connection out within this of its start. */
const FAR_END_MS = 3600_000;

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
  /** The source port (5156 `SourcePort`, Sysmon 3 `SourcePort`), when logged. */
  fromPort?: number;
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

/** A TCP port as a number, 1 to 65535; undefined for `0`, `-` and anything else. */
export function sourcePort(value: string | undefined): number | undefined {
  const v = value?.trim() ?? '';
  if (!/^\d{1,5}$/.test(v)) return undefined;
  const n = Number(v);
  return n > 0 && n < 65536 ? n : undefined;
}

/** Where a network connection's record keeps each of its values: Security 5156 (the filtering platform), Sysmon 3. */
const CONNECTION_FIELDS = {
  security: { image: 'Application', pid: 'ProcessID', from: 'SourceAddress', to: 'DestAddress', toPort: 'DestPort' },
  sysmon: { image: 'Image', pid: 'ProcessId', from: 'SourceIp', to: 'DestinationIp', toPort: 'DestinationPort' },
} as const;

export function connectionOf(e: NormalizedEvent): Connection | undefined {
  const sysmon = isSysmon(e) && e.eventId === 3;
  if (!sysmon && !(logKind(e) === 'security' && e.eventId === 5156)) return undefined;
  const d = e.data;
  const f = CONNECTION_FIELDS[sysmon ? 'sysmon' : 'security'];
  const to = d[f.to];
  const toPort = d[f.toPort];
  if (!to || !toPort) return undefined;
  const image = d[f.image];
  const pid = d[f.pid];
  const fromPort = sourcePort(d.SourcePort);
  const protocol = protocolOf(d.Protocol);
  return {
    e,
    image: baseName(image),
    path: image ?? '',
    ...(pid ? { pid: pid.trim() } : {}),
    from: d[f.from] ?? '',
    ...(fromPort ? { fromPort } : {}),
    to,
    toPort,
    // Sysmon 3's `Initiated`; 5156's `Direction`, where %%14593 is "Outbound", %%14592 "Inbound".
    outbound: sysmon
      ? /^true$/i.test(d.Initiated ?? 'true')
      : (d.Direction ?? '').includes('14593') || /outbound/i.test(d.Direction ?? ''),
    ...(protocol ? { protocol } : {}),
    ...(sysmon && present(d.User) ? { user: present(d.User) } : {}),
    ...(sysmon && present(d.DestinationHostname) ? { toName: present(d.DestinationHostname) } : {}),
  };
}

/** Windows' own RDP service side and clients: their connections to 3389 are no forwarder's. */
const RDP_ITSELF = /^(system|svchost\.exe|mstsc\.exe|msrdc\.exe|rdcman\.exe|)$/;

export function findTunnelTools(events: readonly NormalizedEvent[], names: HostNames): FoundTunnelTools[] {
  const out = new Map<string, FoundTunnelTools>();
  const connections = new Map<string, Connection[]>();
  const host = (e: NormalizedEvent) => {
    const key = names.key(e.computer);
    let h = out.get(key);
    if (!h) out.set(key, (h = { computer: e.computer, tools: [] }));
    return h;
  };
  for (const e of events) {
    if (isProcessStart(e)) {
      const tool = toolStarted(e);
      if (tool) host(e).tools.push(tool);
      continue;
    }
    // The port proxy's own registry value (Sysmon 13): what netsh, reg or PowerShell wrote, whoever ran them.
    if (isSysmon(e) && e.eventId === 13) {
      const proxy = portProxyOf(e);
      if (proxy) proxyWritten(host(e), e, proxy);
      continue;
    }
    const c = connectionOf(e);
    if (!c) continue;
    pushTo(connections, names.key(e.computer), c);
    host(e);
  }
  const whoRan = processAccounts(events, names);
  for (const [key, h] of out) joinConnections(h, connections.get(key) ?? [], whoRan);
  return [...out.values()].filter((h) => h.tools.length);
}

/** A process start (4688, Sysmon 1) of a tunnel tool, or of a command that forwards a port. */
function toolStarted(e: NormalizedEvent): FoundTunnelTools['tools'][number] | undefined {
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
  if (!parsed?.forwards && !TOOL.test(path)) return undefined;
  return {
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
}

/** A port proxy's registry value: joined to the command that set the same listen port, else a tool of its own. */
function proxyWritten(
  h: FoundTunnelTools,
  e: NormalizedEvent,
  proxy: NonNullable<ReturnType<typeof portProxyOf>>,
): void {
  const by = present(e.data.User);
  const same = h.tools.find((t) => t.image === 'portproxy' && t.listens && portOf(t.listens) === portOf(proxy.listens));
  if (same) {
    same.events.push(e);
    return;
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
}

/** A host's tools with its connections: loopback forwarders, the port proxy's traffic, who ran them, the far end. */
function joinConnections(h: FoundTunnelTools, conns: readonly Connection[], whoRan: ProcessAccount): void {
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
  // A port proxy's connections: the IP Helper service's svchost connecting to the address it forwards to, and
  // the clients that connected into its listen port (who used it).
  for (const t of h.tools) if (t.image === 'portproxy' && t.toRdp) proxyConnections(t, conns);
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

/** Connections into a port proxy this long before its rule's record are its (the rule was set before the logs). */
const PROXY_LEAD_MS = 1_000;
/** A port proxy hands a connection on within this of accepting it: the client that came in is the one it carried. */
const HANDED_ON_MS = 2_000;

/**
 * A port proxy's forwarded connections (svchost from this computer to the address it forwards to, on 3389) and its
 * users: every client that connected into its listen port (5156 inbound, Sysmon 3 `Initiated` false), not the
 * loopback's; each connection is cited.
 */
function proxyConnections(t: FoundTunnelTools['tools'][number], conns: readonly Connection[]): void {
  const connects = t.toRdp!.split(' → ')[1] ?? '';
  const address = connects.slice(0, connects.lastIndexOf(':')).toLowerCase();
  const loop = address === 'localhost' || isLoopback(address);
  const after = (c: Connection) => c.e.timeMs >= t.startMs - PROXY_LEAD_MS;
  // Who used it: the clients that connected into its listen port, not from the loopback.
  const port = t.listens ? portOf(t.listens) : undefined;
  const into: { client: string; c: Connection }[] = [];
  for (const c of port ? conns : []) {
    if (c.outbound || !after(c)) continue;
    const ends = inboundEnds(c.e, (p) => p === port);
    if (ends && !isLoopback(ends.client)) into.push({ client: ends.client, c });
  }
  const users = new Map<string, NonNullable<TunnelTool['usedBy']>[number]>();
  for (const { client, c } of into) {
    const u = users.get(client.toLowerCase());
    if (u) {
      u.last = c.e.timestamp;
      u.connections++;
    } else
      users.set(client.toLowerCase(), { address: client, first: c.e.timestamp, last: c.e.timestamp, connections: 1 });
  }
  if (users.size) t.usedBy = [...users.values()];
  const through = conns.filter(
    (c) =>
      c.outbound &&
      c.toPort === '3389' &&
      c.image === 'svchost.exe' &&
      after(c) &&
      (c.to.toLowerCase() === address || (loop && isLoopback(c.to))),
  );
  if (through.length) t.forwarded = through.length;
  t.events.push(...[...into.map((x) => x.c), ...through].map((c) => c.e));
  // Each forwarded connection to another computer, with the client that came in just before it.
  const hops = through
    .filter((c) => !isLoopback(c.to) && c.from)
    .map((c) => {
      const came = into.filter((x) => x.c.e.timeMs <= c.e.timeMs && c.e.timeMs - x.c.e.timeMs <= HANDED_ON_MS).pop();
      return {
        from: c.from,
        ...(c.fromPort ? { fromPort: c.fromPort } : {}),
        to: c.to,
        timeMs: c.e.timeMs,
        ...(came ? { client: came.client } : {}),
      };
    });
  if (hops.length) t.hops = hops;
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
    t.usedBy?.length
      ? `used from ${t.usedBy.map((u) => `${mark(u.address)} (${u.connections === 1 ? `at ${time(u.first)}` : `${u.connections} connections, ${time(u.first)} to ${time(u.last)}`})`).join(', ')}`
      : '',
    t.reached?.length
      ? `reaching ${t.reached.map((r) => `${mark(r.computer)}${r.user ? ` as ${mark(r.user)}` : ''}${r.client ? ` for ${mark(r.client)}` : ''} (${r.attempt}, ${time(r.time)}, ${r.outcome}${r.joinedBy === 'time' ? ', joined by time alone' : ''})`).join(', ')}`
      : '',
  ];
  const byTime = t.reached?.some((r) => r.joinedBy === 'time');
  return `${parts.filter(Boolean).join(', ')}${
    byTime
      ? ' (a join by time alone: the client port is not on both sides, so a connection the forwarder’s computer made itself just then would look the same)'
      : ''
  }`;
}
