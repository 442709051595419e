/**
 * What rdpdiag reads, as a SIEM query selects it (`rdpdiag pull`, `collect` and the export queries the README
 * shows): whole channels (the RDP operational logs), the Security events a connection or a pattern
 * uses, the System events of the providers the patterns and findings look at, and of a channel read by
 * event id (`byEventId`: Sysmon) the ids the findings read. Derived from the channel table and the patterns,
 * so a new pattern's events are pulled without a change here.
 */
import { clauseMatchers, listOf } from '../../patterns/evidence.js';
import { ATTACK_READS, FINDINGS, PATTERNS } from '../../patterns/index.js';
import type { EventMatcher } from '../../patterns/types.js';
import { SECURITY_CONNECTION_EVENTS } from '../correlate/index.js';
import { CHANNELS, type ChannelInfo, findChannel, type LogKind } from '../model/channels.js';

export interface ExportSelection {
  /** Channels read whole, by their full names. */
  channels: string[];
  /** Channels read by event id (`byEventId` rows: Sysmon), by their full names, with the ids the findings read. */
  channelIds: { channel: string; ids: number[] }[];
  /** Security events by id. */
  securityIds: number[];
  /** System events of these providers (any id)… */
  systemProviders: string[];
  /** …and System events of these ids whatever their provider (a pattern that names no provider). */
  systemIds: number[];
}

function matchers(): EventMatcher[] {
  const out: EventMatcher[] = [];
  for (const p of PATTERNS) for (const c of p.clauses) out.push(...clauseMatchers(c));
  for (const f of FINDINGS) for (const m of [f.match, f.clearedBy, f.followedBy]) if (m) out.push(m);
  out.push(...ATTACK_READS);
  return out;
}

const isKind = (kind: LogKind) => (channel: string) => findChannel(channel)?.kind === kind;

/**
 * The rows of the channels read by event id that a matcher looks in: those it names, or, naming none, those
 * whose providers include its provider (the findings read Sysmon by its provider).
 */
function byIdRowsOf(m: EventMatcher): ChannelInfo[] {
  const named = listOf(m.channel).map((c) => findChannel(c));
  const providers = listOf(m.provider).map((p) => p.toLowerCase());
  const rows = named.length
    ? named
    : CHANNELS.filter((c) => c.providers.some((p) => providers.includes(p.toLowerCase())));
  return rows.filter((c): c is ChannelInfo => !!c?.byEventId);
}

export function exportSelection(): ExportSelection {
  const channels = CHANNELS.filter((c) => c.kind !== 'system' && c.kind !== 'security' && !c.byEventId).map(
    (c) => c.name,
  );
  const securityIds = new Set(SECURITY_CONNECTION_EVENTS);
  const systemProviders = new Set(CHANNELS.find((c) => c.kind === 'system')?.providers ?? []);
  const systemIds = new Set<number>();
  const byId = new Map<string, Set<number>>();
  for (const m of matchers()) {
    const on = listOf(m.channel);
    if (on.some(isKind('security'))) for (const id of listOf(m.eventId)) securityIds.add(id);
    if (on.some(isKind('system'))) {
      const providers = listOf(m.provider);
      if (providers.length) for (const p of providers) systemProviders.add(p);
      else for (const id of listOf(m.eventId)) systemIds.add(id);
    }
    for (const row of byIdRowsOf(m)) {
      let ids = byId.get(row.name);
      if (!ids) byId.set(row.name, (ids = new Set()));
      for (const id of listOf(m.eventId)) ids.add(id);
    }
  }
  return {
    channels,
    // In the table's order; a row no finding reads is not selected at all.
    channelIds: CHANNELS.flatMap((c) => {
      const ids = byId.get(c.name);
      return ids?.size ? [{ channel: c.name, ids: [...ids].sort((a, b) => a - b) }] : [];
    }),
    securityIds: [...securityIds].sort((a, b) => a - b),
    systemProviders: [...systemProviders].sort(),
    systemIds: [...systemIds].sort((a, b) => a - b),
  };
}

/** The time and computers a pull is limited to (times in ms since 1970). */
export interface ExportLimits {
  sinceMs?: number;
  untilMs?: number;
  computers?: readonly string[];
}

/**
 * The Elasticsearch query (ECS: Winlogbeat 7/8, Elastic Agent) for the selection: channels compared
 * without case (shippers differ: `security` in some), event ids as the strings Winlogbeat writes.
 */
export function elasticQuery(s: ExportSelection, limits: ExportLimits = {}): Record<string, unknown> {
  const channel = (name: string) => ({ term: { 'winlog.channel': { value: name, case_insensitive: true } } });
  const ids = (list: number[]) => ({ terms: { 'winlog.event_id': list.map(String) } });
  const range: Record<string, string> = {};
  if (limits.sinceMs !== undefined) range.gte = new Date(limits.sinceMs).toISOString();
  if (limits.untilMs !== undefined) range.lte = new Date(limits.untilMs).toISOString();
  const system: unknown[] = [{ terms: { 'winlog.provider_name': s.systemProviders } }];
  if (s.systemIds.length) system.push(ids(s.systemIds));
  return {
    bool: {
      filter: [
        ...(Object.keys(range).length ? [{ range: { '@timestamp': range } }] : []),
        ...(limits.computers?.length ? [{ terms: { 'winlog.computer_name': [...limits.computers] } }] : []),
      ],
      minimum_should_match: 1,
      should: [
        ...s.channels.map(channel),
        { bool: { filter: [channel('Security'), ids(s.securityIds)] } },
        { bool: { filter: [channel('System')], minimum_should_match: 1, should: system } },
        ...s.channelIds.map((c) => ({ bool: { filter: [channel(c.channel), ids(c.ids)] } })),
      ],
    },
  };
}

function splQuote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** The Splunk clauses of the selection (Splunk Add-on for Windows: XmlWinEventLog or WinEventLog, `source` with a wildcard so both namings fit). */
export function splunkClauses(s: ExportSelection): string[] {
  const source = (channel: string) => `source=${splQuote(`*WinEventLog:${channel}`)}`;
  const system = [`SourceName IN (${splList(s.systemProviders)})`, `Name IN (${splList(s.systemProviders)})`];
  if (s.systemIds.length) system.push(`EventCode IN (${splList(s.systemIds)})`);
  return [
    ...s.channels.map(source),
    `(${source('Security')} EventCode IN (${splList(s.securityIds)}))`,
    `(${source('System')} (${system.join(' OR ')}))`,
    ...s.channelIds.map((c) => `(${source(c.channel)} EventCode IN (${splList(c.ids)}))`),
  ];
}

function splList(values: readonly (string | number)[]): string {
  return values.map((v) => (typeof v === 'number' ? v : splQuote(v))).join(',');
}

/** What a Splunk search returns of each event: `_raw` kept whole. */
export const SPLUNK_FIELDS = '| fields _raw, host, source, sourcetype, index';

/**
 * What JavaScript's `String.prototype.trim` removes (WhiteSpace and LineTerminator), as a PCRE class: the SPL side
 * trims the name as `analyze --shard` does (a name that starts with a no-break space lands in one part on both sides).
 */
const TRIMMED =
  '[\\x{0009}-\\x{000D}\\x{0020}\\x{00A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]';

/** XML's named entities as `<Computer>` in `_raw` may hold them, `&amp;` last (so `&amp;lt;` stays `&lt;`). */
const XML_ENTITIES: readonly [string, string][] = [
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '\\"'],
  ['&apos;', "'"],
  ['&amp;', '&'],
];

/**
 * SPL keeping the events of the computers of part K of N, parted as `analyze --shard K/N` parts them
 * (src/pipeline/shard.ts `shardOfComputer`): the event's computer (`<Computer>` of the XML, its entities decoded as
 * the XML reader decodes them, `ComputerName=` of the classic text, else the add-on's `Computer` or `ComputerName`
 * field), trimmed as JavaScript trims, its first label lower-cased, the first 8 hex digits of its SHA-256 as a
 * number, modulo N, plus 1. A name holding a numeric character reference (`&#38;`), which SPL cannot decode, goes to
 * every part: `analyze --shard K/N` keeps it in its own part only, so it is neither lost nor counted twice.
 */
export function splunkShardClause(k: number, n: number): string {
  const decoded = XML_ENTITIES.reduce((x, [entity, char]) => `replace(${x}, "${entity}", "${char}")`, 'rdpdiag_xml');
  return [
    '| rex field=_raw "<Computer>(?<rdpdiag_xml>[^<]+)</Computer>"',
    '| rex field=_raw "(?m)^ComputerName=(?<rdpdiag_classic>[^\\r\\n]+)"',
    `| eval rdpdiag_computer=coalesce(${decoded}, rdpdiag_classic, Computer, ComputerName)`,
    `| eval rdpdiag_computer=replace(rdpdiag_computer, "^${TRIMMED}+|${TRIMMED}+$", "")`,
    `| eval rdpdiag_shard=(tonumber(substr(sha256(lower(mvindex(split(rdpdiag_computer, "."), 0))), 1, 8), 16) % ${n}) + 1`,
    `| where rdpdiag_shard=${k} OR like(rdpdiag_computer, "%&#%")`,
  ].join(' ');
}

/** The Splunk search for the selection (of part K of N of the computers, with `shard`). */
export function splunkSearch(
  s: ExportSelection,
  indexes: readonly string[],
  computers: readonly string[] = [],
  shard?: { k: number; n: number },
): string {
  const index = indexes.length ? indexes.map((i) => `index=${splQuote(i)}`).join(' OR ') : 'index=*';
  const where = computers.length
    ? ` (Computer IN (${splList(computers)}) OR ComputerName IN (${splList(computers)}))`
    : '';
  const part = shard && shard.n > 1 ? ` ${splunkShardClause(shard.k, shard.n)}` : '';
  return `search (${index}) (${splunkClauses(s).join(' OR ')})${where}${part} ${SPLUNK_FIELDS}`;
}

const kqlList = (values: readonly (string | number)[], join: string) =>
  values.map((v) => (typeof v === 'number' ? String(v) : JSON.stringify(v))).join(join);

/** Kibana's query bar (KQL over ECS) for the selection. */
export function kibanaQuery(s: ExportSelection): string {
  const system = [`winlog.provider_name : (${kqlList(s.systemProviders, ' or ')})`];
  if (s.systemIds.length) system.push(`winlog.event_id : (${kqlList(s.systemIds, ' or ')})`);
  return [
    `winlog.channel : (${kqlList(s.channels, ' or ')})`,
    `(winlog.channel : "Security" and winlog.event_id : (${kqlList(s.securityIds, ' or ')}))`,
    `(winlog.channel : "System" and (${system.join(' or ')}))`,
    ...s.channelIds.map(
      (c) => `(winlog.channel : ${JSON.stringify(c.channel)} and winlog.event_id : (${kqlList(c.ids, ' or ')}))`,
    ),
  ].join(' or ');
}

/**
 * Microsoft Sentinel / Log Analytics (KQL) for the selection: the RDP channels reach the WindowsEvent table
 * through a data collection rule; the Security events connector fills SecurityEvent.
 */
export function sentinelQuery(s: ExportSelection, since = '1d'): string {
  const list = (values: readonly (string | number)[]) => kqlList(values, ', ');
  const system = [`Provider in~ (${list(s.systemProviders)})`];
  if (s.systemIds.length) system.push(`EventID in (${list(s.systemIds)})`);
  return [
    `let since = ago(${since});`,
    'union isfuzzy=true',
    '  (WindowsEvent | where TimeGenerated > since',
    `    | where Channel in~ (${list(s.channels)})`,
    `      or (Channel =~ "Security" and EventID in (${list(s.securityIds)}))`,
    `      or (Channel =~ "System" and (${system.join(' or ')}))${s.channelIds.length ? '' : '),'}`,
    ...s.channelIds.map(
      (c, i, all) =>
        `      or (Channel =~ ${JSON.stringify(c.channel)} and EventID in (${list(c.ids)}))${i === all.length - 1 ? '),' : ''}`,
    ),
    `  (SecurityEvent | where TimeGenerated > since | where EventID in (${list(s.securityIds)}))`,
  ].join('\n');
}
