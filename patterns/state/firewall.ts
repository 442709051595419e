/** Windows Firewall: an enabled inbound rule of the profile in use allows the listener's port (netsh advfirewall). */
import type { StateRead, StateView } from '../../src/model/state.js';
import { networkUnreachable } from '../network-unreachable.js';
import type { CheckOutcome, StateCheck } from './check.js';
import { listenerPort } from './listener.js';
import { notMade, passed } from './values.js';

/** A rule's profiles as the reader wrote them (`Domain,Private,Public`; `Any` is all three). */
const profileNames = (list: string): string[] =>
  /^(any|all)$/i.test(list.trim()) ? ['Domain', 'Private', 'Public'] : list.split(',').map((p) => p.trim());

/** Whether a netsh port list (`3389`, `3389-3390,443`, `Any`) holds `port`. */
export function portListHolds(list: string, port: number): boolean {
  if (/^any$/i.test(list.trim())) return true;
  return list.split(',').some((part) => {
    const m = /^\s*(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(part);
    if (!m) return false;
    const lo = Number(m[1]);
    const hi = m[2] ? Number(m[2]) : lo;
    return port >= lo && port <= hi;
  });
}

export const firewallInboundRule: StateCheck = {
  id: 'firewall-inbound-rule',
  title: 'An enabled inbound firewall rule allows the listener port',
  finding: 'state-firewall',
  confirms: [networkUnreachable.id],
  references: [
    'https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/clients/change-listening-port',
    'https://learn.microsoft.com/en-us/windows/security/operating-system-security/network-security/windows-firewall/configure-with-command-line',
  ],
  command: 'netsh advfirewall firewall show rule name=all',
  evaluate(v) {
    if (!v.has('netsh-firewall')) return notMade('no netsh advfirewall firewall show rule output');
    const { port, read } = listenerPort(v);
    const { profileItems, inUse, stateOf, inUseWords } = profilesInUse(v);
    if (inUse.length && inUse.every((p) => stateOf(p) === 'OFF'))
      return passed(
        `Windows Firewall is OFF for ${inUseWords}: no rule is needed for TCP ${port}`,
        profileItems.filter((p) => inUse.includes(p.item.key)),
      );
    if (!inUse.length && ['Domain', 'Private', 'Public'].every((p) => stateOf(p) === 'OFF'))
      return passed(`Windows Firewall is OFF for all three profiles: no rule is needed for TCP ${port}`, [
        ...profileItems,
      ]);
    const covers = (r: StateRead) => profileNames(String(r.item.fields?.Profiles ?? 'Any'));
    const inProfile = (r: StateRead) => !inUse.length || covers(r).some((p) => inUse.includes(p));
    const inbound = v.items('firewall-rule').filter((r) => {
      const f = r.item.fields ?? {};
      return /^yes$/i.test(String(f.Enabled ?? '')) && /^in$/i.test(String(f.Direction ?? ''));
    });
    const forPort = (proto: string) => rulesForPort(inbound, proto, port);
    const maybe = rulesWithUnreadPorts(inbound, port);
    const action = (r: StateRead, a: string) => new RegExp(`^${a}$`, 'i').test(String(r.item.fields?.Action ?? ''));
    const tcp = forPort('TCP');
    const allowTcpAll = tcp.filter((r) => action(r, 'allow'));
    const allowTcp = allowTcpAll.filter(inProfile);
    const blockTcp = tcp.filter((r) => action(r, 'block')).filter(inProfile);
    const allowUdp = forPort('UDP')
      .filter((r) => action(r, 'allow'))
      .filter(inProfile);
    const base = [...(read ? [read] : []), ...profileItems.filter((p) => inUse.includes(p.item.key))];
    const portWords = read ? `PortNumber ${port}` : `port ${port}`;
    if (blockTcp.length)
      return {
        verdict: 'failed',
        value: `enabled inbound Block rule for TCP ${port}: ${blockTcp.map((r) => `"${r.item.key}"`).join(', ')}`,
        read: [...blockTcp, ...base],
        confidence: 0.8,
        explanation: `An enabled inbound rule blocks TCP ${port} (${portWords}) on ${v.computer}: "${blockTcp[0].item.key}" (a Block rule wins over any Allow rule).`,
        remediation: [`Remove or narrow the Block rule "${blockTcp[0].item.key}" for TCP ${port}.`],
      };
    if (allowTcp.length) {
      const profiles = [...new Set(allowTcp.map((r) => covers(r).join(',')))].join('; ');
      const which = inUse.length
        ? `, ${inUseWords}`
        : profiles === 'Domain,Private,Public'
          ? ''
          : `; which profile is in use was not given (netsh advfirewall show currentprofile)`;
      return passed(
        `TCP ${port} allowed by "${allowTcp[0].item.key}" (profiles ${profiles}${which})${allowUdp.length ? `; UDP ${port} by "${allowUdp[0].item.key}"` : `; no enabled rule for UDP ${port} (connections fall back to TCP)`}`,
        [allowTcp[0], ...(allowUdp[0] ? [allowUdp[0]] : []), ...base],
      );
    }
    const maybeHere = maybe.filter(inProfile);
    if (maybeHere.length)
      return notMade(
        `no rule read allows TCP ${port}, but the ports of "${maybeHere[0].item.key}" are under a label rdpdiag does not read (values ${((maybeHere[0].item.fields?.PortsUnread as string[] | undefined) ?? []).join(', ')}): it may`,
      );
    return noAllowRule(v, port, read, {
      inbound,
      inUse,
      inUseWords,
      base,
      otherProfile: allowTcpAll.filter((r) => !inProfile(r)),
      covers,
    });
  },
};

/** The firewall profile in use (netsh advfirewall show currentprofile, Get-NetConnectionProfile): only its rules count. */
function profilesInUse(v: StateView): {
  profileItems: readonly StateRead[];
  inUse: string[];
  stateOf: (name: string) => unknown;
  inUseWords: string;
} {
  const profileItems = v.items('firewall-profile');
  const inUse = [...new Set(profileItems.filter((p) => p.item.fields?.InUse === true).map((p) => p.item.key))];
  const stateOf = (name: string) => profileItems.find((p) => p.item.key === name && p.item.value)?.item.value;
  const inUseWords = inUse.length ? `the profile in use: ${inUse.join(', ')}` : '';
  return { profileItems, inUse, stateOf, inUseWords };
}

/** No enabled rule allows the port in the profile in use: why (a rule of another profile, rules left on 3389) and the fix. */
function noAllowRule(
  v: StateView,
  port: number,
  read: StateRead | undefined,
  o: {
    inbound: readonly StateRead[];
    inUse: readonly string[];
    inUseWords: string;
    base: readonly StateRead[];
    otherProfile: readonly StateRead[];
    covers: (r: StateRead) => string[];
  },
): CheckOutcome {
  const { inbound, inUse, inUseWords, base, otherProfile, covers } = o;
  const default3389 =
    port !== 3389 &&
    inbound.some((r) =>
      portListHolds(
        String(r.item.fields?.LocalPort ?? ((r.item.fields?.PortsUnread as string[] | undefined) ?? []).join(',')),
        3389,
      ),
    );
  const why = otherProfile.length
    ? ` ("${otherProfile[0].item.key}" allows it for ${covers(otherProfile[0]).join(', ')} only, not ${inUseWords})`
    : default3389
      ? ' (only rules for the default 3389)'
      : '';
  return {
    verdict: 'failed',
    value: `no enabled inbound Allow rule for TCP ${port}${inUse.length ? ` in ${inUseWords}` : ''}${why}`,
    read: [...base, ...otherProfile.slice(0, 1)],
    confidence: default3389 || otherProfile.length ? 0.85 : 0.7,
    explanation: `No enabled inbound rule of Windows Firewall allows TCP ${port} on ${v.computer}${inUse.length ? ` in ${inUseWords}` : ''}${read ? ` (the listener's PortNumber is ${port}` : ` (port ${port}`}${default3389 ? ', moved from 3389 whose rules still stand)' : ')'}${otherProfile.length ? `; "${otherProfile[0].item.key}" allows it for ${covers(otherProfile[0]).join(', ')} only` : ''}: connections from other computers are dropped before Remote Desktop sees them.`,
    remediation: [
      otherProfile.length
        ? `Extend "${otherProfile[0].item.key}" to the profile in use (\`netsh advfirewall firewall set rule name="${otherProfile[0].item.key}" new profile=${inUse.map((p) => p.toLowerCase()).join(',')},${covers(
            otherProfile[0],
          )
            .map((p) => p.toLowerCase())
            .join(',')}\`), or check why the network is ${inUse.join('/')} (Get-NetConnectionProfile).`
        : `Add inbound rules for the listener's port: \`netsh advfirewall firewall add rule name="Remote Desktop (TCP ${port})" dir=in action=allow protocol=TCP localport=${port}\`, and the same with protocol=UDP.`,
    ],
  };
}

/**
 * Built-in rules bound to a program other than the service that listens: Windows' "Remote Desktop - Shadow (TCP-In)"
 * allows %SystemRoot%\system32\RdpSa.exe (the session agent that shadowing connects to) on any port, never the
 * listener (TermService's svchost.exe). `netsh … show rule name=all` prints no program (only with `verbose`), so the
 * rule is known by its name; a `Program` read says it for any rule.
 * https://learn.microsoft.com/en-us/troubleshoot/windows-server/remote/remote-desktop-shadowing-not-working
 */
const BUILT_IN_RULE_PROGRAMS: Readonly<Record<string, string>> = {
  'remote desktop - shadow (tcp-in)': '%SystemRoot%\\system32\\RdpSa.exe',
};

/** Whether a rule can let connections reach the listener: bound to no program, to any, or to svchost.exe. */
function reachesListener(r: StateRead): boolean {
  const program = String(r.item.fields?.Program ?? BUILT_IN_RULE_PROGRAMS[r.item.key.trim().toLowerCase()] ?? 'Any');
  return /^any$/i.test(program.trim()) || /(^|\\)svchost\.exe$/i.test(program.trim());
}

/** The rules of `proto` (or any protocol) whose local ports hold `port`, for the listener's program. */
function rulesForPort(inbound: readonly StateRead[], proto: string, port: number): StateRead[] {
  return inbound.filter(reachesListener).filter((r) => {
    const f = r.item.fields ?? {};
    const p = String(f.Protocol ?? 'Any');
    // A port under a label not read (PortsUnread) is no port: never taken as "any".
    const ports = String(f.LocalPort ?? (f.PortsUnread ? '' : 'Any'));
    return (p.toUpperCase() === proto || /^any$/i.test(p)) && portListHolds(ports, port);
  });
}

/**
 * Allow rules whose ports are under labels not read (a language no public output showed the port label of): the
 * local port is one of those values, so a rule none of whose values holds the port cannot allow it; one with a
 * value that may (holds it, or is not a list of numbers) leaves the check unmade rather than guessed.
 */
function rulesWithUnreadPorts(inbound: readonly StateRead[], port: number): StateRead[] {
  return inbound.filter((r) => {
    const f = r.item.fields ?? {};
    const unread = f.PortsUnread as readonly string[] | undefined;
    if (f.LocalPort !== undefined || !unread?.length || !/^allow$/i.test(String(f.Action ?? ''))) return false;
    const p = String(f.Protocol ?? 'Any');
    if (!(p.toUpperCase() === 'TCP' || /^any$/i.test(p))) return false;
    return unread.some((u) => !/^[\d,\s-]+$/.test(u) || portListHolds(u, port));
  });
}
