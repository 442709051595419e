/**
 * Windows Firewall rules as an admin pastes them while following "General Remote Desktop connection troubleshooting"
 * (check that a firewall does not block the RDP port): `netsh advfirewall firewall show rule` (its `Rule Name:` blocks,
 * read by the state reader's netsh lines, parsers/state `readNetshText`) and `Get-NetFirewallRule` (its property list, or a
 * table whose rows end in Enabled, Direction and Action). Both are read as the host-state check
 * `firewall-inbound-rule` reads a computer's rules (patterns/state/checks.ts): one rule, made on the paste's items.
 *
 * Get-NetFirewallRule shows no ports (Get-NetFirewallPortFilter does): a rule's protocol and local port are taken only
 * from its own description as Windows ships the built-in rules ("… to allow RDP traffic. [TCP 3389]") or from the
 * built-in rules' names (`BUILT_IN_PORTS`); any other rule's ports are "not shown", never read as "any", so a rule
 * named "Block RDP" leaves the check unmade rather than guessed. Only the rules pasted are read: the answer says that
 * another enabled rule not shown may allow the port.
 *
 * Every line is matched by an anchored expression of bounded parts: linear in the paste.
 */
import { readNetshText } from '../../../../parsers/state/index.js';
import { networkUnreachable } from '../../../../patterns/network-unreachable.js';
import type { StateItem, StateValue } from '../../../model/state.js';
import type { CommandReading } from './command-reading.js';
import { pastedView, stateCheck } from './pasted-state.js';

const SRC =
  'Microsoft Learn: "netsh advfirewall firewall" (show rule) and Get-NetFirewallRule (NetSecurity: Enabled, Direction, Action, Profile; the ports are Get-NetFirewallPortFilter\'s); "General Remote Desktop connection troubleshooting" (check that a firewall does not block the RDP port); the built-in Remote Desktop rules\' own descriptions ("[TCP 3389]")';

/** The built-in Remote Desktop rules by their names (Get-NetFirewallRule's Name): the port their description states. */
const BUILT_IN_PORTS: Readonly<Record<string, { protocol: string; port: string }>> = {
  'remotedesktop-usermode-in-tcp': { protocol: 'TCP', port: '3389' },
  'remotedesktop-usermode-in-udp': { protocol: 'UDP', port: '3389' },
  'remote desktop - user mode (tcp-in)': { protocol: 'TCP', port: '3389' },
  'remote desktop - user mode (udp-in)': { protocol: 'UDP', port: '3389' },
};

const LIST_LINE = /^\s{0,40}([A-Za-z]{2,40})\s{0,60}:\s?(.{0,400})$/;
const DESCRIPTION_PORT = /\[(TCP|UDP)\s{1,4}(\d{1,5})\]/i;
/** A rule of Remote Desktop's by its name (the built-in group's, or an admin's naming RDP). */
const RDP_RULE = /remote\s?desktop|\brdp\b/i;
/** netsh's opening label, in English and in German (the state reader's labels, parsers/state/netsh.ts). */
const NETSH_RULE = /^\s{0,40}(?:Rule Name|Regelname)\s{0,40}:/i;
const TABLE_HEADER = /^\s{0,40}(?=.{0,400}\bEnabled\b)(?=.{0,400}\bDirection\b)(?=.{0,400}\bAction\b)\S/i;
const TABLE_ROW =
  /^\s{0,40}(\S.{0,200}?)\s{1,60}(True|False)\s{1,60}(?:(?:Any|Domain|Private|Public|[A-Za-z, ]{1,40}?)\s{1,60})?(Inbound|Outbound)\s{1,60}(Allow|Block)\s{0,40}$/i;

/** One Get-NetFirewallRule rule as the netsh reader's item: Enabled Yes/No, Direction In/Out, the ports it states. */
function ruleItem(f: Readonly<Record<string, string>>, line: number): StateItem | undefined {
  const name = f.displayname || f.name;
  if (!name || !f.enabled || !f.direction) return undefined;
  const port = (f.description && DESCRIPTION_PORT.exec(f.description)) ?? undefined;
  const builtIn = BUILT_IN_PORTS[(f.name ?? '').toLowerCase()] ?? BUILT_IN_PORTS[(f.displayname ?? '').toLowerCase()];
  const fields: Record<string, StateValue> = {
    Enabled: /^true$/i.test(f.enabled) ? 'Yes' : 'No',
    Direction: /^in/i.test(f.direction) ? 'In' : 'Out',
    Action: f.action ?? 'Allow',
    Profiles: !f.profile || /^any$/i.test(f.profile) ? 'Domain,Private,Public' : f.profile.replace(/\s+/g, ''),
  };
  if (port) [fields.Protocol, fields.LocalPort] = [port[1]!.toUpperCase(), port[2]!];
  else if (builtIn) [fields.Protocol, fields.LocalPort] = [builtIn.protocol, builtIn.port];
  else fields.PortsUnread = ['(not shown by Get-NetFirewallRule)'];
  return { kind: 'firewall-rule', key: name, name, value: name, fields, line };
}

/** Get-NetFirewallRule's property lists (Format-List, its default view): one item per rule. */
function listRules(lines: readonly string[]): StateItem[] {
  const out: StateItem[] = [];
  let block: Record<string, string> = {};
  let start = 0;
  const close = () => {
    const item = ruleItem(block, start);
    if (item) out.push(item);
    block = {};
  };
  lines.forEach((line, i) => {
    const m = LIST_LINE.exec(line);
    if (!m) return;
    const key = m[1]!.toLowerCase();
    // A new rule's first property (Name, or DisplayName when Name was not selected) closes the one before.
    if ((key === 'name' || (key === 'displayname' && block.displayname)) && Object.keys(block).length) close();
    if (!Object.keys(block).length) start = i + 1;
    block[key] = m[2]!.trim();
  });
  close();
  return out;
}

/** A table of rules whose rows end in Enabled, (Profile,) Direction and Action: the name is what comes before. */
function tableRules(lines: readonly string[]): StateItem[] {
  const at = lines.findIndex((l) => TABLE_HEADER.test(l));
  if (at < 0) return [];
  const out: StateItem[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const m = TABLE_ROW.exec(lines[i]!);
    if (!m) continue;
    const names = m[1]!.trim();
    const first = names.split(/\s+/)[0]!;
    const item = ruleItem(
      {
        // The built-in rule's Name, then its display name after it, as the default columns give them.
        name: first,
        displayname: BUILT_IN_PORTS[first.toLowerCase()] ? names.slice(first.length).trim() || first : names,
        enabled: m[2]!,
        direction: m[3]!,
        action: m[4]!,
      },
      i + 1,
    );
    if (item) out.push(item);
  }
  return out;
}

function netshRules(lines: readonly string[]): StateItem[] {
  if (!lines.some((l) => NETSH_RULE.test(l))) return [];
  return readNetshText(lines).filter((x) => x.kind === 'firewall-rule');
}

/** Firewall rules pasted, read by the `firewall-inbound-rule` check; undefined when the paste holds none. */
export function readFirewallRules(lines: readonly string[], now: Date): CommandReading<'firewall-rules'> | undefined {
  const netsh = netshRules(lines);
  const items = netsh.length ? netsh : listRules(lines);
  const rules = items.length ? items : tableRules(lines);
  // Rules of other programs only (File and Printer Sharing…) say nothing of Remote Desktop: no verdict invented.
  if (!rules.some((r) => RDP_RULE.test(r.key) || /\b3389\b/.test(String(r.fields?.LocalPort ?? '')))) return undefined;
  const form = netsh.length ? 'netsh advfirewall firewall show rule' : 'Get-NetFirewallRule';
  const outcome = stateCheck('firewall-inbound-rule').evaluate(pastedView('netsh-firewall', rules, now.toISOString()));
  const listed = rules.map(
    (r) =>
      `"${r.key}": ${r.fields?.Enabled === 'Yes' ? 'enabled' : 'disabled'}, ${r.fields?.Direction === 'In' ? 'inbound' : 'outbound'}, ${String(r.fields?.Action ?? '').toLowerCase()}${r.fields?.LocalPort ? `, ${r.fields.Protocol} ${r.fields.LocalPort}` : r.fields?.PortsUnread ? ', its ports not shown' : ''}.`,
  );
  const only = 'Only the rules pasted are read: another enabled rule that is not shown may allow the port.';
  const base = { command: 'firewall-rules' as const, what: `Windows Firewall rules (${form})`, source: SRC };
  if (outcome.verdict === 'failed')
    return {
      ...base,
      summary: `Among the rules shown: ${outcome.explanation ?? outcome.value}`.replace(/\.$/, ''),
      shows: [...listed, only],
      todo: [
        'Enable the built-in rules: `Enable-NetFirewallRule -DisplayGroup "Remote Desktop"` (or the "Allow remote connections" setting, which turns them on).',
        ...(outcome.remediation ?? []),
      ],
      causes: [networkUnreachable.id],
    };
  if (outcome.verdict === 'passed')
    return {
      ...base,
      summary: `The firewall rules shown let Remote Desktop in: ${outcome.value}`,
      shows: listed,
      todo: [],
      causes: [],
    };
  return {
    ...base,
    summary: `The firewall rules shown give no verdict on TCP 3389: ${outcome.value}`,
    shows: listed,
    todo: ['Show the rule\'s ports: `Get-NetFirewallRule -DisplayName "<rule>" | Get-NetFirewallPortFilter`.'],
    causes: [],
  };
}
