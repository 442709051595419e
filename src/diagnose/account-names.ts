/**
 * Accounts by name where a record names one only by its SID (issue 66): one map per computer, built once from that
 * computer's Security records that pair a SID with a name, and read by every finding that prints an account
 * (`rdp-enabled`'s 4732 member, `accessibility-backdoor`'s accounts, `session-hijack`'s 7045 installer). The SID
 * stays in the evidence (the record's own fields); only the text says the name.
 *
 * The pairs (Microsoft's event documentation, "Audit User Account Management", "Audit Logon"):
 * - `TargetSid` with `TargetUserName`/`TargetDomainName`: the account management events (4720 created, 4722
 *   enabled, 4738 changed, 4740 locked out, 4767 unlocked), and a group's
 *   own SID and name in 4727–4737/4754–4758;
 * - `TargetUserSid` with `TargetUserName`/`TargetDomainName`: logons (4624, 4634, 4647, 4672…); 4625's is the null SID;
 * - `SubjectUserSid` with `SubjectUserName`/`SubjectDomainName`: whoever acted, in every Security record;
 * - `MemberSid` with `MemberName` where that is a distinguished name (`CN=Jonathan,CN=Users,…`: a domain account;
 *   a local account's 4732 writes `-`): the name only, used where no record names the SID with its domain.
 *
 * Only records with a row in the event table (`src/model/events.ts`) are read. A SID named differently over time (a
 * rename) is told by the name it had at the moment asked, else its first name.
 */
import { type HostNames, logKind } from '../correlate/index.js';
import type { NormalizedEvent } from '../model/event.js';
import { eventRow } from '../model/events.js';

interface Named {
  ms: number;
  name: string;
}

interface SidNames {
  /** From pairs of SID and `DOMAIN\name` (or a name), in time order; a change of name only. */
  full: Named[];
  /** From a member's distinguished name, when no full pair names the SID. */
  fromDn?: string;
}

const SID = /^S-1-\d+(-\d+)+$/i;
/** SIDs that name no one: the null SID of a failed logon (4625). */
const NO_ONE = new Set(['S-1-0-0']);
/** Well-known service SIDs, by the name Windows gives them (a record's subject name for them is the machine account). */
const WELL_KNOWN: Readonly<Record<string, string>> = {
  'S-1-5-18': 'SYSTEM',
  'S-1-5-19': 'LOCAL SERVICE',
  'S-1-5-20': 'NETWORK SERVICE',
};

export const isSid = (v: string | undefined): boolean => !!v && SID.test(v.trim());

function present(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t && t !== '-' ? t : undefined;
}

function joined(user: string | undefined, domain: string | undefined): string | undefined {
  const u = present(user);
  if (!u || isSid(u)) return undefined;
  const d = present(domain);
  return d && !u.includes('\\') ? `${d}\\${u}` : u;
}

/** The common name of a distinguished name (`CN=Smith\, Ann,OU=…` → `Smith, Ann`). */
function commonName(dn: string): string | undefined {
  const m = /^CN=((?:\\.|[^,\\])+)/i.exec(dn.trim());
  return m ? m[1]!.replace(/\\(.)/g, '$1') : undefined;
}

export class AccountNames {
  private readonly byHost = new Map<string, Map<string, SidNames>>();

  private constructor(private readonly names: HostNames) {}

  /** One pass over the events (any order within a computer is kept as given: the timeline's order). */
  static fromEvents(events: readonly NormalizedEvent[], names: HostNames): AccountNames {
    const out = new AccountNames(names);
    for (const e of events) {
      // The records the event table has a row of (its fields named there): knowledge as data.
      if (logKind(e) !== 'security' || !eventRow(e.provider.name, e.eventId)) continue;
      const d = e.data;
      out.note(e, d.SubjectUserSid, joined(d.SubjectUserName, d.SubjectDomainName));
      out.note(e, d.TargetUserSid, joined(d.TargetUserName, d.TargetDomainName));
      out.note(e, d.TargetSid, joined(d.TargetUserName, d.TargetDomainName));
      const member = present(d.MemberName);
      const sid = present(d.MemberSid)?.toUpperCase();
      const cn = member && commonName(member);
      if (sid && cn) {
        const own = out.host(e.computer);
        const entry = own.get(sid) ?? { full: [] };
        entry.fromDn ??= cn;
        own.set(sid, entry);
      }
    }
    return out;
  }

  private host(computer: string): Map<string, SidNames> {
    const key = this.names.key(computer);
    let own = this.byHost.get(key);
    if (!own) this.byHost.set(key, (own = new Map()));
    return own;
  }

  private note(e: NormalizedEvent, sidValue: string | undefined, name: string | undefined): void {
    const sid = present(sidValue)?.toUpperCase();
    if (!sid || !name || !SID.test(sid) || NO_ONE.has(sid) || sid in WELL_KNOWN) return;
    const own = this.host(e.computer);
    let entry = own.get(sid);
    if (!entry) own.set(sid, (entry = { full: [] }));
    const last = entry.full[entry.full.length - 1];
    if (last?.name.toLowerCase() === name.toLowerCase()) return;
    entry.full.push({ ms: e.timeMs, name });
  }

  /** The name the computer's records give a SID (at `atMs`, when given), or undefined when none names it. */
  nameOf(computer: string, sid: string | undefined, atMs?: number): string | undefined {
    const key = present(sid)?.toUpperCase();
    if (!key || !SID.test(key)) return undefined;
    if (key in WELL_KNOWN) return WELL_KNOWN[key];
    const entry = this.byHost.get(this.names.key(computer))?.get(key);
    if (!entry) return undefined;
    if (!entry.full.length) return entry.fromDn;
    if (atMs === undefined) return entry.full[entry.full.length - 1]!.name;
    let best = entry.full[0]!;
    for (const x of entry.full) if (x.ms <= atMs) best = x;
    return best.name;
  }

  /** An account as a finding prints it: its name where the value is a SID the records name, else the value. */
  label(computer: string, value: string, atMs?: number): string {
    return isSid(value) ? (this.nameOf(computer, value, atMs) ?? value) : value;
  }
}
