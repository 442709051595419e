/**
 * Registry values as Windows prints them: `.reg` exports (regedit, `reg export`: "Windows Registry Editor Version
 * 5.00" in UTF-16LE, or "REGEDIT4"), `reg query` output (also as `rdpdiag collect`'s `rdp-settings.txt` holds it) and
 * PowerShell's `Get-ItemProperty 'HKLM:\…'` as its default list shows it (`Name : value` lines, then the provider's
 * `PSPath : Microsoft.PowerShell.Core\Registry::HKEY_…` naming their key; a DWORD printed as a signed decimal).
 * The exported API is `readRegistryText(text)` (a whole text) and `RegistryLines` (line by line), so a paste reader
 * can use it. Keys are kept with their hive abbreviated (`HKLM\…`); `ControlSet001` is read as `CurrentControlSet`.
 */
import type { StateItem, StateValue } from '../../src/model/state.js';

/** A Map, so a key named like an Object member (`constructor`, `__proto__`) names no hive. */
const HIVES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    hkey_local_machine: 'HKLM',
    hklm: 'HKLM',
    hkey_current_user: 'HKCU',
    hkcu: 'HKCU',
    hkey_users: 'HKU',
    hku: 'HKU',
    hkey_classes_root: 'HKCR',
    hkcr: 'HKCR',
    hkey_current_config: 'HKCC',
    hkcc: 'HKCC',
  }),
);

const LONGEST_HIVE = Math.max(...[...HIVES.keys()].map((h) => h.length));

/** A key path as `HKLM\…`, its remote computer (`\\HOST\HKLM\…`) apart; undefined when it names no hive. */
export function normalizeKey(path: string): { key: string; computer?: string } | undefined {
  let p = path.trim();
  let computer: string | undefined;
  const remote = /^\\\\([^\\]+)\\(.*)$/.exec(p);
  if (remote) {
    computer = remote[1];
    p = remote[2]!;
  }
  const slash = p.indexOf('\\');
  const head = slash < 0 ? p : p.slice(0, slash);
  // Longer than every hive's name: none (not lowered, a long line of another format costs nothing here).
  const hive = head.length <= LONGEST_HIVE ? HIVES.get(head.toLowerCase()) : undefined;
  if (!hive) return undefined;
  const rest = slash < 0 ? '' : p.slice(slash).replace(/\\ControlSet00\d\\/i, '\\CurrentControlSet\\');
  return { key: `${hive}${rest.replace(/\\+$/, '')}`, ...(computer ? { computer } : {}) };
}

export interface RegistryLineProblems {
  /** A line that is no part of the format (`what` says why); nothing read from it. */
  skipped(line: number, text: string, what: string): void;
  /** The text ended inside a value (a `.reg` cut mid-way): the value is lost. */
  cut(line: number, name: string): void;
}

/** Reads registry text line by line: `.reg` and `reg query` both (each line says which it is). */
export class RegistryLines {
  readonly items: StateItem[] = [];
  /** Remote computer named by the keys (`\\HOST\HKLM\…`). */
  computer?: string;
  private key?: string;
  /** A `.reg` value continued on the next line (`\` at its end): its name, text so far, first line. */
  private pending?: { name: string; text: string; line: number };
  /** The key of the last `> reg query KEY` line (collect's settings file). */
  private asked?: string;
  /** `reg query` keys seen, so a key with no value is still known to have been read. */
  readonly keys = new Set<string>();
  /** Get-ItemProperty's `Name : value` lines of the block being read: their key is the block's `PSPath`, after them. */
  private listed: { name: string; value: StateValue; line: number; text: string }[] = [];

  /**
   * `listedKey`: the key of Get-ItemProperty lines whose block names none (`PSPath` not pasted); without it such
   * lines are not registry values (a state file is read only by what it says).
   */
  constructor(
    private readonly problems: RegistryLineProblems,
    private readonly listedKey?: string,
  ) {}

  push(text: string, line: number): void {
    if (this.pending) {
      const t = text.trim();
      this.pending.text += t.endsWith('\\') ? t.slice(0, -1) : t;
      if (!t.endsWith('\\')) this.finishPending();
      return;
    }
    const trimmed = text.trim();
    if (!trimmed) this.flushListed();
    if (!trimmed || trimmed.startsWith(';')) return;
    if (/^(Windows Registry Editor Version 5\.00|REGEDIT4)$/i.test(trimmed)) return;
    // A `.reg` key: [HKEY_…\…]; a deletion [-HKEY…] removes nothing here.
    const bracket = /^\[(-?)(.+)\]$/.exec(trimmed);
    if (bracket) {
      this.openKey(bracket[2]!, line, text, bracket[1] === '-');
      return;
    }
    // A `reg query` key line: HKEY_…\… at the line's start.
    if (!/^\s/.test(text) && normalizeKey(trimmed)) {
      this.openKey(trimmed, line, text, false);
      return;
    }
    // `reg query`: four spaces, the name, four spaces, REG_TYPE, four spaces, the data.
    const q = /^ {4}(\S.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?\s*$/.exec(text);
    if (q && this.key) {
      this.add(q[1] === '(Default)' ? '(Default)' : q[1]!, queryValue(q[2]!, (q[3] ?? '').replace(/\s+$/, '')), line);
      return;
    }
    // `.reg`: "Name"=… or @=…
    const r = /^(@|"((?:[^"\\]|\\.)*)")\s*=\s*(.*)$/.exec(trimmed);
    if (r && this.key) {
      const name = r[1] === '@' ? '(Default)' : unescapeReg(r[2]!);
      const data = r[3];
      if (/^hex(\([0-9a-f]+\))?:/i.test(data!) && data!.endsWith('\\')) {
        this.pending = { name, text: data!.slice(0, -1), line };
        return;
      }
      this.addReg(name, data!, line);
      return;
    }
    const asked = /^> ?reg(?:\.exe)? query\s+"?([^"]+?)"?(?:\s+\/.*)?$/i.exec(trimmed);
    if (asked) {
      this.asked = normalizeKey(asked[1]!)?.key;
      this.key = undefined;
      return;
    }
    // The key asked for is not there: read, and holding nothing (a policy not configured).
    if (/^ERROR:/i.test(trimmed) || /^\(not present/.test(trimmed)) {
      if (this.asked) this.keys.add(this.asked);
      return;
    }
    if (/^(End of search|Fin de la recherche|Suche beendet)/i.test(trimmed)) return;
    if (this.pushListed(text, line)) return;
    this.problems.skipped(line, text, this.key ? 'not a registry value' : 'no key before it');
  }

  /**
   * A line of Get-ItemProperty's list: a value (kept until the block's `PSPath` names its key), the `PSPath` (its key),
   * or another of the provider's own members (`PSParentPath`, `PSChildName`, `PSDrive`, `PSProvider`), passed over.
   */
  private pushListed(text: string, line: number): boolean {
    const m = LISTED_LINE.exec(text);
    if (!m) return false;
    const name = m[1]!;
    const data = m[2]!.trim();
    if (/^PSPath$/i.test(name)) {
      const key = /Registry::(.+)$/i.exec(data);
      if (!key) return false;
      this.openKey(key[1]!.trim(), line, text, false);
      for (const v of this.listed) if (this.key) this.add(v.name, v.value, v.line);
      this.listed = [];
      return true;
    }
    if (/^PS(?:ParentPath|ChildName|Drive|Provider)$/i.test(name)) return true;
    this.listed.push({ name, value: listedValue(data), line, text });
    return true;
  }

  /** A block of list lines whose `PSPath` never came: under `listedKey` when given, else skipped as before. */
  private flushListed(): void {
    const key = this.listedKey && normalizeKey(this.listedKey)?.key;
    for (const v of this.listed)
      if (key) this.items.push({ kind: 'registry', key, name: v.name, value: v.value, line: v.line });
      else this.problems.skipped(v.line, v.text, this.key ? 'not a registry value' : 'no key before it');
    this.listed = [];
  }

  /** The end of the text: a value still continued is cut. */
  end(line: number): void {
    this.flushListed();
    if (this.pending) {
      this.problems.cut(line, this.pending.name);
      this.pending = undefined;
    }
  }

  private openKey(path: string, line: number, text: string, deletion: boolean): void {
    const k = normalizeKey(path);
    if (!k) {
      this.problems.skipped(line, text, 'not a registry key');
      this.key = undefined;
      return;
    }
    if (k.computer) this.computer ??= k.computer;
    this.key = deletion ? undefined : k.key;
    if (this.key) this.keys.add(this.key);
  }

  private finishPending(): void {
    const p = this.pending!;
    this.pending = undefined;
    this.addReg(p.name, p.text, p.line);
  }

  private addReg(name: string, data: string, line: number): void {
    const value = regValue(data);
    if (value === undefined) {
      this.problems.skipped(line, `${name}=${data}`, 'a value of no type rdpdiag reads');
      return;
    }
    if (value === null) return; // "Name"=- deletes the value
    this.add(name, value, line);
  }

  private add(name: string, value: StateValue, line: number): void {
    this.items.push({ kind: 'registry', key: this.key!, name, value, line });
  }
}

/**
 * Reads a whole registry text (`.reg`, `reg query`, Get-ItemProperty): its values, the lines skipped, whether it was
 * cut. `listedKey`: the key of Get-ItemProperty lines pasted without their `PSPath` (the paste reader's).
 */
export function readRegistryText(
  text: string,
  listedKey?: string,
): {
  items: StateItem[];
  computer?: string;
  skipped: { line: number; text: string; what: string }[];
  cut?: { line: number; name: string };
} {
  const skipped: { line: number; text: string; what: string }[] = [];
  let cut: { line: number; name: string } | undefined;
  const reader = new RegistryLines(
    {
      skipped: (line, t, what) => skipped.push({ line, text: t, what }),
      cut: (line, name) => {
        cut = { line, name };
      },
    },
    listedKey,
  );
  const lines = text.split(/\r?\n/);
  for (const [i, l] of lines.entries()) reader.push(i === 0 ? l.replace(/^\uFEFF/, '') : l, i + 1);
  reader.end(lines.length);
  return {
    items: reader.items,
    ...(reader.computer ? { computer: reader.computer } : {}),
    skipped,
    ...(cut ? { cut } : {}),
  };
}

/**
 * Get-ItemProperty's list line: the name at the line's start, padded, ` : `, the value (Format-List's form). A name
 * is a registry value's (letters, digits, spaces, `._-()`); a line of prose rarely is one, and a value line is kept
 * only under a key.
 */
const LISTED_LINE = /^([A-Za-z_(][\w .()-]{0,254}?) *: (.*)$/;

/** A listed value: a whole number (a DWORD, printed signed: -1 is 0xFFFFFFFF) as its unsigned number, else text. */
function listedValue(data: string): StateValue {
  if (!/^-?\d{1,20}$/.test(data)) return data;
  const n = Number(data);
  return n < 0 && n >= -0x80000000 ? n >>> 0 : n;
}

function unescapeReg(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** A `.reg` value's data; null for a deletion (`-`), undefined for what cannot be read. */
function regValue(data: string): StateValue | null | undefined {
  if (data === '-') return null;
  const str = /^"((?:[^"\\]|\\.)*)"$/.exec(data);
  if (str) return unescapeReg(str[1]!);
  const dword = /^dword:([0-9a-f]{8})$/i.exec(data);
  if (dword) return Number.parseInt(dword[1]!, 16);
  const hex = /^hex(?:\(([0-9a-f]+)\))?:([0-9a-f,\s]*)$/i.exec(data);
  if (!hex) return undefined;
  const bytes = hex[2]!
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => Number.parseInt(b, 16));
  if (bytes.some((b) => !(b >= 0 && b <= 255))) return undefined;
  const type = hex[1] === undefined ? 3 : Number.parseInt(hex[1], 16);
  switch (type) {
    case 1:
    case 2:
      return utf16z(bytes)[0] ?? '';
    case 7:
      return utf16z(bytes);
    case 4:
      return bytes.length >= 4 ? (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16)) + bytes[3]! * 2 ** 24 : undefined;
    case 0xb: {
      let n = 0;
      for (let i = Math.min(7, bytes.length - 1); i >= 0; i--) n = n * 256 + bytes[i]!;
      return n;
    }
    default:
      return bytes
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('')
        .toUpperCase();
  }
}

/** UTF-16LE NUL-separated strings (REG_SZ, REG_MULTI_SZ in hex), the empty end left out. */
function utf16z(bytes: number[]): string[] {
  const units: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) units.push(bytes[i]! | (bytes[i + 1]! << 8));
  const out: string[] = [];
  let cur = '';
  for (const u of units) {
    if (u === 0) {
      if (cur) out.push(cur);
      else if (out.length) break;
      cur = '';
    } else cur += String.fromCharCode(u);
  }
  if (cur) out.push(cur);
  return out;
}

/** A `reg query` value's data by its type. */
function queryValue(type: string, data: string): StateValue {
  switch (type) {
    case 'REG_DWORD':
    case 'REG_QWORD': {
      const n = /^0x([0-9a-f]+)$/i.exec(data);
      return n ? Number.parseInt(n[1]!, 16) : data;
    }
    case 'REG_MULTI_SZ':
      return data === '' ? [] : data.split('\\0').filter(Boolean);
    case 'REG_BINARY':
      return data.toUpperCase();
    default:
      return data;
  }
}
