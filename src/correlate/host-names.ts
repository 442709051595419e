/**
 * Which logged computer names are one computer. Names are compared whole (case-insensitive): two
 * servers called RDSH05 in different domains stay apart. A short name (no dot) is the same computer as
 * an FQDN with that first label only when the inputs hold no other computer with that short name (a
 * machine that logged `RDSH01` before it joined the domain and `RDSH01.corp.example.test` after).
 */

/** The identity of a computer name on its own: the whole name, lower-cased. */
export function hostKey(computer: string): string {
  return computer.trim().toLowerCase();
}

export function firstLabel(name: string): string {
  return hostKey(name).split('.')[0];
}

/** Logged spellings remembered (a log of ever-new names must not grow the cache). */
const MAX_LOGGED = 10_000;

export class HostNames {
  private readonly keys = new Map<string, string>();
  /** Per key, the spelling shown: the first seen (what `follow`, which cannot know later names, shows too). */
  private readonly shown = new Map<string, string>();

  constructor(names: Iterable<string>) {
    const distinct = new Map<string, string>();
    for (const n of names) {
      if (!n) continue;
      const k = hostKey(n);
      if (!distinct.has(k)) distinct.set(k, n.trim());
    }
    const fqdnsByLabel = new Map<string, string[]>();
    for (const k of distinct.keys()) {
      if (!k.includes('.')) continue;
      const label = firstLabel(k);
      const list = fqdnsByLabel.get(label);
      if (list) list.push(k);
      else fqdnsByLabel.set(label, [k]);
    }
    for (const [k, spelled] of distinct) {
      const fqdns = k.includes('.') ? undefined : fqdnsByLabel.get(k);
      const key = fqdns?.length === 1 ? fqdns[0] : k;
      this.keys.set(k, key);
      if (!this.shown.has(key)) this.shown.set(key, spelled);
    }
  }

  /** Keys by the name as logged (names repeat on every event: trimmed and lower-cased once each). */
  private readonly logged = new Map<string, string>();

  /** The computer a logged name stands for (names the constructor did not see stand for themselves). */
  key(name: string): string {
    let key = this.logged.get(name);
    if (key === undefined) {
      const k = hostKey(name);
      key = this.keys.get(k) ?? k;
      if (this.logged.size < MAX_LOGGED) this.logged.set(name, key);
    }
    return key;
  }

  /** The name to show for a computer: its first spelling in the inputs. */
  display(name: string): string {
    return this.shown.get(this.key(name)) ?? name;
  }

  /** Distinct names from a list of events' computers, cheaply (most events repeat the previous name). */
  static fromEvents(events: readonly { computer: string }[]): HostNames {
    const names = new Set<string>();
    let last: string | undefined;
    for (let i = 0; i < events.length; i++) {
      const computer = events[i].computer;
      if (computer === last) continue;
      last = computer;
      names.add(computer);
    }
    return new HostNames(names);
  }
}
