/**
 * `internet-logon`: Remote Desktop logons from internet addresses, per computer and source, first seen first.
 * Not an alert by itself (an exposed host's users may work from home), but the list a responder triaging an
 * exposed host starts from (SigmaHQ "External Remote RDP Logon from Public IP"). A source that attacked the
 * computer, and a logon an attack's finding tells, are left out: the attack's own finding says them. Through an RD Gateway the client's own
 * address counts, not the gateway's.
 */
import { isInternetAddress } from '../../model/address-class.js';
import type { Attempt, EvidenceRef, Finding, SecurityFinding } from '../../model/attempt.js';
import type { ValueMarks } from '../../model/value-marks.js';
import { evidenceRef } from '../evidence-refs.js';
import { showsLogon } from './security.js';
import { formatShortTime } from '../../model/time.js';

/** Sources listed by name in the explanation; the rest counted. */
const SHOWN_SOURCES = 10;

interface Source {
  address: string;
  attempts: Attempt[];
  users: Set<string>;
}

function sourceAddress(a: Attempt): string | undefined {
  return a.via?.clientAddress ?? a.client.address;
}

export function internetLogonFindings(
  attempts: readonly Attempt[],
  attacks: readonly SecurityFinding[],
  marks: ValueMarks,
): Finding[] {
  const { markValue, markValues } = marks;
  const attackers = new Set(
    attacks.flatMap((f) =>
      [
        ...(f.burst.sources ?? [f.burst.source]),
        ...f.burst.successes.flatMap((s) => (s.firstSeenAddress ? [s.firstSeenAddress] : [])),
      ].map((s) => `${f.computer.toLowerCase()}|${s.toLowerCase()}`),
    ),
  );
  // The logons an attack's finding tells already (its source's, or a first-seen address right after it).
  const told = new Set(attacks.flatMap((f) => f.burst.successes.map((s) => s.attempt)));
  const byComputer = new Map<string, Map<string, Source>>();
  for (const a of attempts) {
    // A logon on record, or credentials that passed NLA (RCM 1149) where no log given records the logon.
    const gotIn =
      a.outcome === 'succeeded' || (a.outcome === 'unknown' && a.progress.authenticated && !a.progress.refused);
    if (a.side === 'client' || !gotIn || told.has(a.id)) continue;
    const address = sourceAddress(a);
    if (!isInternetAddress(address) || !a.events.some(showsLogon)) continue;
    const computer = a.computer.toLowerCase();
    const key = address!.toLowerCase();
    if (attackers.has(`${computer}|${key}`)) continue;
    let sources = byComputer.get(computer);
    if (!sources) byComputer.set(computer, (sources = new Map()));
    let s = sources.get(key);
    if (!s) sources.set(key, (s = { address: address!, attempts: [], users: new Set() }));
    s.attempts.push(a);
    if (a.user) s.users.add(a.user);
  }
  return [...byComputer.values()].map((map) => {
    const sources = [...map.values()].sort((x, y) => x.attempts[0].startMs - y.attempts[0].startMs);
    const logons = sources.reduce((n, s) => n + s.attempts.length, 0);
    const name = sources[0].attempts[0].computer;
    const lines = sources.slice(0, SHOWN_SOURCES).map((s) => {
      const users = [...s.users];
      return `${markValue(s.address)} first at ${formatShortTime(s.attempts[0].start)}${users.length ? ` as ${markValues(users)}` : ''} (${s.attempts.length === 1 ? s.attempts[0].id : `${s.attempts.length} logons: ${s.attempts[0].id}…`})`;
    });
    const more = sources.length > SHOWN_SOURCES ? `; and ${sources.length - SHOWN_SOURCES} more sources` : '';
    const evidence: EvidenceRef[] = sources
      .slice(0, 5)
      .map((s) => evidenceRef(s.attempts[0].events.find(showsLogon)!, marks));
    return {
      id: 'internet-logon',
      computer: name,
      confidence: 0.9,
      title: `Remote Desktop logons from the internet on ${markValue(name)}: ${sources.length} ${sources.length === 1 ? 'source' : 'sources'}`,
      explanation: `${logons} Remote Desktop ${logons === 1 ? 'logon' : 'logons'} came from internet addresses, first seen first: ${lines.join('; ')}${more}. A host that takes Remote Desktop logons from the internet is exposed to password guessing and to its unpatched flaws; each source should be one the account's owner recognises.`,
      evidence,
      remediation: [
        `Check each source with the account's owner (where they worked from at that time); for one nobody recognises, treat the account as compromised: reset its password and review what the session did (Security 4688, new services and scheduled tasks).`,
        'Do not expose TCP 3389 to the internet: publish Remote Desktop through an RD Gateway or a VPN with multi-factor authentication, or allow only known addresses at the firewall.',
      ],
      attempts: sources.flatMap((s) => s.attempts.map((a) => a.id)),
    };
  });
}
