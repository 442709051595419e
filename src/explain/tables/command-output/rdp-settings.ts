/**
 * The Remote Desktop settings a `reg query`, a `.reg` export or PowerShell's `Get-ItemProperty` shows, named in words ("fDenyTSConnections = 1: Remote
 * Desktop is switched off"), so that a value such as 0x1 is read as the setting it is, never as an error code. Data
 * only, each with its Microsoft page; the lines are read by the host-state reader's registry parser (parsers/state).
 */
import { readRegistryText } from '../../../../parsers/state/index.js';
import type { StateItem } from '../../../model/state.js';
import type { Confidence } from '../../../../patterns/codes/types.js';

export interface RdpSetting {
  /** The value's name, as `reg query` prints it. */
  readonly name: string;
  /** Where it lives (the key under HKLM). */
  readonly key: string;
  /** What each documented value means; a value not listed is said as such. */
  readonly values: Readonly<Record<number, string>>;
  /** What any value means when the setting is a number (a port, a count). */
  readonly number?: (v: number) => string;
  readonly confidence: Confidence;
  readonly source: string;
}

const TS = 'SYSTEM\\CurrentControlSet\\Control\\Terminal Server';
const RDP_TCP = `${TS}\\WinStations\\RDP-Tcp`;
const POLICY = 'SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services';

export const RDP_SETTINGS: readonly RdpSetting[] = [
  {
    name: 'fDenyTSConnections',
    key: `${TS} (or the policy key ${POLICY})`,
    values: {
      0: 'Remote Desktop is switched on (connections are allowed)',
      1: 'Remote Desktop is switched off (connections are denied)',
    },
    confidence: 'MS',
    source:
      'Microsoft Learn: Unattended Windows Setup reference, Microsoft-Windows-TerminalServices-LocalSessionManager fDenyTSConnections',
  },
  {
    name: 'UserAuthentication',
    key: `${RDP_TCP} (or the policy key ${POLICY})`,
    values: {
      0: 'Network Level Authentication is not required',
      1: 'Network Level Authentication is required (clients must sign in before a session is created)',
    },
    confidence: 'MS',
    source:
      'Microsoft Learn: Unattended Windows Setup reference, Microsoft-Windows-TerminalServices-RDP-WinStationExtensions UserAuthentication',
  },
  {
    name: 'SecurityLayer',
    key: `${RDP_TCP} (or the policy key ${POLICY})`,
    values: {
      0: 'native RDP security: no TLS, no server authentication, no NLA (weak; only for a short test)',
      1: 'Negotiate: TLS when the client supports it, else native RDP security',
      2: 'TLS (SSL): the server is authenticated by its certificate',
    },
    confidence: 'MS',
    source:
      'Microsoft Learn: Unattended Windows Setup reference, Microsoft-Windows-TerminalServices-RDP-WinStationExtensions SecurityLayer',
  },
  {
    name: 'PortNumber',
    key: RDP_TCP,
    values: {},
    number: (v) =>
      `the RDP listener listens on TCP port ${v}${v === 3389 ? ' (the default)' : ' (not the default 3389: clients must name it)'}`,
    confidence: 'MS',
    source: 'Microsoft Learn: "Change the listening port for Remote Desktop on your computer"',
  },
  {
    name: 'fSingleSessionPerUser',
    key: `${TS} (or the policy key ${POLICY})`,
    values: {
      0: 'a user may have several sessions',
      1: 'each user is restricted to one session (a second connection takes the first session over)',
    },
    confidence: 'MS',
    source:
      'Microsoft Learn: Group Policy "Restrict Remote Desktop Services users to a single Remote Desktop Services session"',
  },
  {
    name: 'MaxInstanceCount',
    key: `${RDP_TCP} (or the policy key ${POLICY})`,
    values: {},
    number: (v) => (v === 0xffffffff ? 'no limit on the number of connections' : `at most ${v} connection(s) at once`),
    confidence: 'MS',
    source: 'Microsoft Learn: Group Policy "Limit number of connections" (Remote Desktop Session Host > Connections)',
  },
  {
    name: 'LicensingMode',
    key: `${TS}\\RCM\\Licensing Core (or the policy key ${POLICY})`,
    values: {
      2: 'Per Device licensing',
      4: 'Per User licensing',
      5: 'licensing mode not configured',
    },
    confidence: 'MS',
    source:
      'Microsoft Learn: Group Policy "Set the Remote Desktop licensing mode"; Win32_TerminalServiceSetting LicensingType',
  },
  {
    name: 'AllowEncryptionOracle',
    key: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\CredSSP\\Parameters',
    values: {
      0: 'Force Updated Clients: CredSSP talks only to patched peers',
      1: 'Mitigated: a patched client refuses unpatched servers',
      2: 'Vulnerable: CredSSP talks to unpatched peers too (exposes the CVE-2018-0886 weakness; only as a temporary bridge)',
    },
    confidence: 'MS',
    source: 'Microsoft support: "CredSSP updates for CVE-2018-0886" (Encryption Oracle Remediation)',
  },
];

/**
 * A pasted value line as `reg query` prints it, its spacing as a paste leaves it (tabs, spaces collapsed or lost at
 * the start): put back in `reg query`'s own form (four spaces around the name and the type) for the state reader.
 */
const LOOSE_QUERY_LINE = /^[ \t]*(\S{1,255})[ \t]+(REG_[A-Z_]{2,20})(?=[ \t]|$)[ \t]*/;
/**
 * reg query prints a REG_DWORD or REG_QWORD as `0x` and its hex digits, nothing after: words after them on the pasted
 * line are the user's note on the value ("0x1 为未开放", "0x1 <- RDP off"), not its data.
 */
const NUMBER_THEN_NOTE = /^(0x[0-9a-f]{1,16})[ \t]+\S/i;
const queryData = (type: string, rest: string): string => {
  const data = rest.replace(/\r$/, '');
  return /^REG_(?:D|Q)WORD$/.test(type) ? (NUMBER_THEN_NOTE.exec(data)?.[1] ?? data) : data;
};
/** Get-ItemProperty's list line of a setting below (`fDenyTSConnections : 1`), pasted without its `PSPath`. */
const LISTED_SETTING = new RegExp(
  String.raw`^[ \t]*(?:${RDP_SETTINGS.map((s) => s.name).join('|')})[ \t]*:[ \t]*-?\d+[ \t]*\r?$`,
  'im',
);
/**
 * A setting written as forum posts and scripts print it, its path (or none) then `= value`:
 * `HKLM\System\CurrentControlSet\Control\Terminal Server\fDenyTSConnections = 1`. A path must be the Terminal
 * Server key or its policy key (Terminal Services): a value of the same name under another product's key is not ours.
 */
const ASSIGNED_SETTING = new RegExp(
  String.raw`^[ \t]*(?:(?:HKLM:?|HKEY_LOCAL_MACHINE)\\[^\r\n=]{0,300}?Terminal Serv(?:er|ices)(?:\\[^\r\n\\=]{1,64}){0,3}\\)?(${RDP_SETTINGS.map((s) => s.name).join('|')})[ \t]*=[ \t]*(0x[0-9a-f]{1,8}|\d{1,10})[ \t]*\r?$`,
  'im',
);
const INDENTED_LISTED = /^[ \t]{1,16}(?=[A-Za-z_][\w.()-]{0,64} {0,40}: )/;
/** The settings' value names, lower case: a line naming one with a `REG_` type is that setting's line, whatever its order. */
const SETTING_NAMES = new Map(RDP_SETTINGS.map((s) => [s.name.toLowerCase(), s.name]));
const REG_TYPE = /^REG_[A-Z_]{2,20}$/;

/**
 * A line holding a known setting's value name and a `REG_` type in another order than `reg query`'s (the type first,
 * `REG_DWORD    AllowEncryptionOracle    0x2`; the type last; `name (REG_DWORD) = 2`): put in `reg query`'s order, the
 * value the first other token (a decimal written as `reg query` prints a DWORD), so the one registry reader reads
 * it as that setting and none of its numbers is taken for an error code. Undefined for any other line.
 */
function reorderedSettingLine(line: string): string | undefined {
  const tokens = line.split(/[\s=:,;()[\]"']+/).filter(Boolean);
  if (tokens.length > 6) return undefined;
  const names = tokens.filter((t) => SETTING_NAMES.has(t.toLowerCase()));
  const types = tokens.filter((t) => REG_TYPE.test(t));
  if (names.length !== 1 || types.length !== 1) return undefined;
  const value = tokens.find((t) => t !== names[0] && t !== types[0]);
  if (value === undefined) return undefined;
  const data = /^\d{1,10}$/.test(value) ? `0x${Number(value).toString(16)}` : value;
  return `    ${SETTING_NAMES.get(names[0]!.toLowerCase())}    ${types[0]}    ${data}`;
}

/** A key for the values a paste gives without one (a line or two copied out of `reg query`'s answer). */
const PASTE_KEY = 'HKEY_LOCAL_MACHINE\\(pasted values)';

export interface SettingRead {
  readonly setting: RdpSetting;
  readonly value: number;
  /** "fDenyTSConnections = 1: Remote Desktop is switched off (connections are denied)". */
  readonly said: string;
}

/**
 * The Remote Desktop settings a paste of `reg query` or of a `.reg` file shows, in order. The text is read by the
 * host-state reader's registry parser (parsers/state `readRegistryText`, one parser for a state file and a paste):
 * a key line is put before values pasted without theirs, and `reg query`'s spacing restored.
 */
function registryLines(text: string): {
  items: StateItem[];
  skipped: readonly { text: string }[];
  lines: readonly string[];
} {
  if (
    !/REG_[A-Z]|=\s*(?:dword|hex)|\bRegistry::HKEY_/i.test(text) &&
    !LISTED_SETTING.test(text) &&
    !ASSIGNED_SETTING.test(text)
  )
    return { items: [], skipped: [], lines: [] };
  const lines = [PASTE_KEY];
  for (const line of text.split('\n')) {
    const assigned = ASSIGNED_SETTING.exec(line);
    if (assigned) {
      const data = /^\d/.test(assigned[2]!) ? `0x${Number(assigned[2]).toString(16)}` : assigned[2]!;
      lines.push(`    ${SETTING_NAMES.get(assigned[1]!.toLowerCase()) ?? assigned[1]}    REG_DWORD    ${data}`);
      continue;
    }
    const m = LOOSE_QUERY_LINE.exec(line);
    const reordered = m && SETTING_NAMES.has(m[1]!.toLowerCase()) ? undefined : reorderedSettingLine(line);
    if (reordered) {
      lines.push(reordered);
      continue;
    }
    // A Get-ItemProperty line indented by the paste is put back at the line's start, where PowerShell prints it.
    lines.push(
      m ? `    ${m[1]}    ${m[2]}    ${queryData(m[2]!, line.slice(m[0].length))}` : line.replace(INDENTED_LISTED, ''),
    );
  }
  return { ...readRegistryText(lines.join('\n'), PASTE_KEY), lines };
}

/** The registry values a paste shows, each under its key (values pasted without their key under a stand-in one). */
export function pastedRegistryItems(text: string): StateItem[] {
  return registryLines(text).items;
}

/** The Remote Desktop settings among the paste's registry values, each named in words. */
export function readRdpSettings(text: string): SettingRead[] {
  const out: SettingRead[] = [];
  for (const item of registryLines(text).items) {
    const setting = RDP_SETTINGS.find((s) => s.name.toLowerCase() === item.name.toLowerCase());
    if (!setting || typeof item.value !== 'number') continue;
    const value = item.value >>> 0;
    const words = setting.values[value] ?? setting.number?.(value) ?? 'a value Microsoft does not document';
    out.push({ setting, value, said: `${setting.name} = ${value}: ${words}` });
  }
  return out;
}

/** A registry value a paste shows whose setting has no reading here: named as a value, never looked up as a code. */
export interface OtherRegistryValue {
  readonly name: string;
  readonly value: string | number;
}

/** A digit run long enough, or a hex number, on a line the registry reader did not take: the paste holds more than values. */
const REGISTRY_VALUE_LINE = /\bREG_[A-Z_]{2,20}\b|^\s*(?:"[^"]{0,255}"|@)\s*=/;
const CODE_LIKE = /\b(?:0x[0-9a-f]{1,8}|\d{3,10})\b/i;

/**
 * The values of a paste made only of registry lines (`reg query`'s answer, a `.reg` file) when none is a setting
 * `RDP_SETTINGS` reads: each a setting's value as the registry holds it. Empty when a known setting is there, or a
 * line the registry reader leaves holds a number (a dialog pasted with them is read for its codes as usual).
 */
export function readOtherRegistryValues(text: string): OtherRegistryValue[] {
  const { items, skipped, lines } = registryLines(text);
  // Values as reg query (a REG_ type) or a .reg file (`"name"=`) print them; a `Label : value` line is not one here.
  const asValue = (i: StateItem) => i.line !== undefined && REGISTRY_VALUE_LINE.test(lines[i.line - 1] ?? '');
  if (
    items.length === 0 ||
    !items.every(asValue) ||
    skipped.some((l) => CODE_LIKE.test(l.text) && !/^\s*(?:\S*>\s*)?reg(?:\.exe)?\s+query\b/i.test(l.text))
  )
    return [];
  if (items.some((i) => SETTING_NAMES.has(i.name.toLowerCase()))) return [];
  return items.map((i) => ({ name: i.name, value: typeof i.value === 'number' ? i.value >>> 0 : String(i.value) }));
}
