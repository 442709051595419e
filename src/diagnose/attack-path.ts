/**
 * The attacker's path and the connections that say it plainly (causes.md, additions for real logs):
 * `lateral-movement` (an outbound RDP from a computer while an attacker's session is open on it), `rdp-tunnel`
 * (logons from the loopback or a link-local address: RDP carried through SSH, plink, ngrok), `ms-t120-probe`
 * (a connection that opened the MS_T120 channel: the BlueKeep probe, CVE-2019-0708).
 */
import type { Attempt, EvidenceRef, Finding, SecurityFinding } from '../model/attempt.js';
import type { ValueMarks } from '../model/value-marks.js';
import { evidenceRef } from './evidence-refs.js';
import { formatShortTime } from './sentences.js';

interface Tracked extends Attempt {
  causes: { id: string }[];
}

/** Loopback (127.0.0.0/8, ::1) or link-local (169.254.0.0/16, fe80::/10): never a remote client's own address. */
export function isTunnelAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.toLowerCase();
  return a.startsWith('127.') || a === '::1' || a.startsWith('169.254.') || /^fe[89ab][0-9a-f]:/.test(a);
}

function logonEvents(a: Attempt) {
  return a.events.filter(
    (e) =>
      e.eventId === 1149 ||
      ((e.eventId === 21 || e.eventId === 25) && e.channel.includes('LocalSessionManager')) ||
      (e.eventId === 4624 && e.data.LogonType === '10'),
  );
}

function byComputer<T extends Attempt>(list: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const a of list) {
    const key = a.computer.toLowerCase();
    const l = out.get(key);
    if (l) l.push(a);
    else out.set(key, [a]);
  }
  return out;
}

function tunnelFindings(attempts: readonly Tracked[], marks: ValueMarks): Finding[] {
  const { markValue, markValues } = marks;
  const tunnelled = attempts.filter(
    (a) =>
      a.side !== 'client' && a.outcome === 'succeeded' && isTunnelAddress(a.client.address) && logonEvents(a).length,
  );
  return [...byComputer(tunnelled).values()].map((list) => {
    const addresses = [...new Set(list.map((a) => a.client.address!))];
    const users = [...new Set(list.map((a) => a.user).filter((u): u is string => !!u))];
    const evidence: EvidenceRef[] = list.slice(0, 5).map((a) => evidenceRef(logonEvents(a)[0], marks));
    return {
      id: 'rdp-tunnel',
      computer: list[0].computer,
      confidence: 0.8,
      title: `Remote Desktop logons through a tunnel on ${markValue(list[0].computer)}`,
      explanation: `${list.length} Remote Desktop ${list.length === 1 ? 'logon' : 'logons'} (${list.map((a) => a.id).join(', ')}) came from ${markValues(addresses)}${users.length ? ` as ${markValues(users)}` : ''}, between ${formatShortTime(list[0].start)} and ${formatShortTime(list[list.length - 1].start)}. A remote client never connects from the loopback or a link-local address: the connection was carried through a tunnel on the computer itself (SSH or plink port forwarding, ngrok, a reverse proxy), which hides the real client and bypasses firewall rules on TCP 3389.`,
      evidence,
      remediation: [
        'Find the tunnel: the process listening on or connecting to 3389 at that time (Sysmon 3, Security 5156 with the process name, `netstat -anob`), and who started it.',
        'Unless an administrator set it up on purpose, treat the account as compromised: reset its password, review what the sessions did (Security 4624/4688, new services and scheduled tasks).',
        'Block outbound SSH and tunnelling tools (ssh, plink, ngrok) where they are not needed.',
      ],
    };
  });
}

function probeFindings(attempts: readonly Tracked[], marks: ValueMarks): Finding[] {
  const { markValue, markValues } = marks;
  const probes = attempts.filter((a) =>
    a.events.some((e) => e.eventId === 148 && (e.data.ChannelName ?? '').toLowerCase() === 'ms_t120'),
  );
  return [...byComputer(probes).values()].map((list) => {
    const sources = [...new Set(list.map((a) => a.client.address ?? a.client.name).filter((s): s is string => !!s))];
    const evidence = list
      .slice(0, 5)
      .map((a) =>
        evidenceRef(
          a.events.find((e) => e.eventId === 148 && (e.data.ChannelName ?? '').toLowerCase() === 'ms_t120')!,
          marks,
        ),
      );
    return {
      id: 'ms-t120-probe',
      computer: list[0].computer,
      confidence: 0.9,
      title: `BlueKeep (CVE-2019-0708) probe against ${markValue(list[0].computer)}`,
      explanation: `${list.length} ${list.length === 1 ? 'connection' : 'connections'} (${list.map((a) => a.id).join(', ')})${sources.length ? ` from ${markValues(sources)}` : ''} opened the MS_T120 virtual channel (RdpCoreTS 148), first at ${formatShortTime(list[0].start)}. A client never asks for that channel: it is the signature of the BlueKeep scanner and exploit (CVE-2019-0708).`,
      evidence,
      remediation: [
        'Make sure the May 2019 (or later) security update is installed: CVE-2019-0708 lets the probe run code without signing in on Windows 7, 2008 and 2008 R2 hosts.',
        'Keep Network Level Authentication on, and do not expose TCP 3389 to the internet: allow it only from known addresses, or publish Remote Desktop through an RD Gateway or VPN.',
        ...(sources.length ? [`Block ${markValues(sources)} at the firewall or perimeter.`] : []),
      ],
    };
  });
}

/** Outbound RDP (RDPClient) from a computer while an attacker's session from a guessing source is open on it. */
function lateralFindings(
  attempts: readonly Tracked[],
  attacks: readonly SecurityFinding[],
  marks: ValueMarks,
): Finding[] {
  const { markValue } = marks;
  const byId = new Map(attempts.map((a) => [a.id, a]));
  const out: Finding[] = [];
  for (const f of attacks) {
    const sessions = f.burst.successes.map((s) => byId.get(s.attempt)).filter((a): a is Tracked => !!a);
    for (const session of sessions) {
      const host = session.computer.toLowerCase();
      const outbound = attempts.filter(
        (a) =>
          a !== session &&
          (a.side === 'client' ? a.computer : a.clientComputer)?.toLowerCase() === host &&
          a.startMs >= session.startMs &&
          a.startMs <= session.endMs,
      );
      for (const a of outbound) {
        const destination = a.side === 'client' ? (a.server.name ?? a.server.address) : a.computer;
        const address = a.server.address && a.server.address !== destination ? ` (${markValue(a.server.address)})` : '';
        const first = a.clientEvents[0] ?? a.events[0];
        out.push({
          id: 'lateral-movement',
          computer: session.computer,
          confidence: 0.85,
          title: `Lateral movement from ${markValue(session.computer)} to ${markValue(destination ?? 'another computer')}`,
          explanation: `While the attacker's session from ${markValue(f.burst.source)} was open on ${markValue(session.computer)}${session.user ? ` as ${markValue(session.user)}` : ''} (${session.id}, ${formatShortTime(session.start)} to ${formatShortTime(session.end)}), that computer opened Remote Desktop to ${markValue(destination ?? 'an unnamed computer')}${address}${a.user ? ` as ${markValue(a.user)}` : ''} (${a.id}, ${formatShortTime(a.start)} to ${formatShortTime(a.end)}, outcome ${a.outcome}). The attacker moved on from the computer they had signed in to.`,
          evidence: first ? [evidenceRef(first, marks)] : [],
          remediation: [
            `Treat ${markValue(destination ?? 'the destination')} as compromised too: collect its logs (rdpdiag collect) and review its sessions at that time.`,
            'Reset the passwords of every account used on both computers, and review what the sessions did (Security 4624/4688, new services and scheduled tasks).',
          ],
        });
      }
    }
  }
  return out;
}

export function findAttackPath(
  attempts: readonly Tracked[],
  attacks: readonly SecurityFinding[],
  marks: ValueMarks,
): Finding[] {
  return [
    ...lateralFindings(attempts, attacks, marks),
    ...tunnelFindings(attempts, marks),
    ...probeFindings(attempts, marks),
  ];
}
