/**
 * `netsh advfirewall firewall show rule name=all` (add `verbose` for more fields): blocks of `Label: value` lines,
 * each rule opened by `Rule Name:` and a line of dashes. Labels are read in English and in German as public output
 * shows them (`LABELS`); a block under labels rdpdiag does not know is passed over whole and said, never half-read.
 *
 * Also `netsh advfirewall show currentprofile` / `show allprofiles` (format `netsh-profiles`): a block per profile,
 * `Domain Profile Settings:` then `State   ON` and `Firewall Policy   BlockInbound,AllowOutbound` (space-separated,
 * as https://datacadamia.com/os/windows/firewall shows it). A file showing fewer than the three profiles is
 * `show currentprofile`: the profiles shown are the ones in use (item field `InUse`).
 */
import type { StateItem, StateValue } from '../../src/model/state.js';

/**
 * Labels → the field names the checks read. English: Microsoft's netsh reference. German: the verbose output quoted
 * in a public Go test of a Windows agent (GitHub code search "German netsh: every label differs", find_string id
 * 69152863952: Regelname, Aktiviert, Richtung, Profile, Gruppierung, LokaleIP, RemoteIP, Protokoll, Edgeausnahme,
 * Programm, Aktion). A German port label was in no public output found: a block whose ports cannot be read is said
 * (`portUnread`), never taken as "any port".
 */
const LABELS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'rule name': 'Name',
    enabled: 'Enabled',
    direction: 'Direction',
    profiles: 'Profiles',
    grouping: 'Grouping',
    localip: 'LocalIP',
    remoteip: 'RemoteIP',
    protocol: 'Protocol',
    localport: 'LocalPort',
    remoteport: 'RemotePort',
    'edge traversal': 'EdgeTraversal',
    action: 'Action',
    program: 'Program',
    service: 'Service',
    regelname: 'Name',
    aktiviert: 'Enabled',
    richtung: 'Direction',
    profile: 'Profiles',
    gruppierung: 'Grouping',
    lokaleip: 'LocalIP',
    protokoll: 'Protocol',
    edgeausnahme: 'EdgeTraversal',
    programm: 'Program',
    aktion: 'Action',
  }),
);

/** Values as the German output writes them → the English ones the checks compare (same public source). */
const VALUES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ja: 'Yes',
    nein: 'No',
    eingehend: 'In',
    ausgehend: 'Out',
    zulassen: 'Allow',
    blockieren: 'Block',
    beliebig: 'Any',
  }),
);
const PROFILE_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    domain: 'Domain',
    private: 'Private',
    public: 'Public',
    domäne: 'Domain',
    privat: 'Private',
    öffentlich: 'Public',
  }),
);

/** A profile list (`Domain,Private,Public`, `Domäne,Privat,Öffentlich`, `Any`) in English words. */
export function profileNames(list: string): string[] {
  if (/^(any|all|beliebig)$/i.test(list.trim())) return ['Domain', 'Private', 'Public'];
  return list
    .split(',')
    .map((p) => PROFILE_WORDS.get(p.trim().toLowerCase()) ?? p.trim())
    .filter(Boolean);
}

const PROFILE_HEADER = /^(Domain|Private|Public) Profile Settings:\s*$/i;
/** `State   ON`, `Firewall Policy   BlockInbound,AllowOutbound` inside a profile block. */
const PROFILE_LINE = /^(State|Firewall Policy)\s{2,}(\S.*)$/i;

/** Whether a line opens a profile block (detection). */
export const isProfileHeader = (text: string) => PROFILE_HEADER.test(text.trim());

export interface NetshProblems {
  /** A rule block whose opening label is not known (another language): its first line. */
  unknownBlock(line: number, label: string): void;
  /** A label not known inside a rule read (a port's in a language whose port label no public output showed). */
  unreadLabel?(line: number, label: string): void;
}

export class NetshLines {
  readonly items: StateItem[] = [];
  private current?: StateItem;
  private previous?: { text: string; line: number };
  /** Inside a block of unknown labels: passed over up to the next blank line. */
  private unknown = false;

  constructor(private readonly problems: NetshProblems) {}

  private profile?: StateItem;

  push(text: string, line: number): void {
    const t = text.trim();
    const header = PROFILE_HEADER.exec(t);
    if (header) {
      const name = header[1]![0]!.toUpperCase() + header[1]!.slice(1).toLowerCase();
      this.profile = { kind: 'firewall-profile', key: name, name, value: '', fields: {}, line };
      this.items.push(this.profile);
      this.current = undefined;
      this.previous = undefined;
      return;
    }
    if (this.profile) {
      const m = PROFILE_LINE.exec(t);
      if (m) {
        const field = /^state$/i.test(m[1]!) ? 'State' : 'Policy';
        (this.profile.fields as Record<string, StateValue>)[field] = m[2]!.trim();
        if (field === 'State') this.profile.value = m[2]!.trim().toUpperCase();
      }
      if (/^-{10,}$/.test(t) || m || t === '' || /^[A-Za-z]+:$/.test(t) || /^\S+\s{2,}\S/.test(t)) return;
      this.profile = undefined;
    }
    if (/^-{10,}$/.test(t)) {
      // The line before the dashes opened a rule.
      const prev = this.previous;
      if (prev) {
        const m = /^([^:：]+?)\s*[:：]\s*(.*)$/.exec(prev.text.trim());
        if (m && LABELS.get(m[1]!.toLowerCase()) === 'Name') {
          this.current = { kind: 'firewall-rule', key: m[2]!, name: m[2]!, value: m[2]!, fields: {}, line: prev.line };
          this.items.push(this.current!);
          this.unknown = false;
        } else if (m) {
          this.current = undefined;
          this.unknown = true;
          this.problems.unknownBlock(prev.line, m[1]!);
        }
      }
      this.previous = undefined;
      return;
    }
    this.previous = t ? { text, line } : undefined;
    if (!t) return;
    if (this.unknown || !this.current) return;
    const m = /^([^:：]+?)\s*[:：]\s*(.*)$/.exec(t);
    if (!m) return;
    const field = LABELS.get(m[1]!.toLowerCase());
    if (!field) {
      // A label not known inside a known block: a port's (its value a port list) is said, never read as "any".
      if (/port/i.test(m[1]!) && m[2]!.trim()) {
        const f = this.current.fields as Record<string, StateValue>;
        const value = VALUES.get(m[2]!.trim().toLowerCase()) ?? m[2]!.trim();
        f.PortsUnread = [...((f.PortsUnread as string[] | undefined) ?? []), value];
        this.problems.unreadLabel?.(line, m[1]!);
      }
      return;
    }
    if (field === 'Name') return;
    let value = m[2]!.trim();
    if (field === 'Profiles') value = profileNames(value).join(',');
    else value = VALUES.get(value.toLowerCase()) ?? value;
    (this.current.fields as Record<string, StateValue>)[field] = value;
  }

  /** `show currentprofile` shows the profiles in use only: fewer than the three marks them in use. */
  end(): void {
    const profiles = this.items.filter((i) => i.kind === 'firewall-profile');
    const names = new Set(profiles.map((p) => p.key));
    if (names.size > 0 && names.size < 3)
      for (const p of profiles) (p.fields as Record<string, StateValue>).InUse = true;
  }
}
