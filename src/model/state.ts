/**
 * A machine's Remote Desktop state as Windows' own tools print or save it (registry exports, `reg query`, secedit's
 * user rights, PowerShell's JSON of certificates, licensing settings and services, netsh's firewall rules, netstat):
 * each file read into `StateItem`s, tied to a computer and the time it was taken (parsers/state reads them;
 * src/diagnose/state-checks.ts judges them). Values are kept as the file wrote them; nothing here is a secret
 * (a certificate's dates, thumbprint and whether a private key is there, never the key).
 */

/** The formats a state file is read in (detected by content). */
export type StateFormat =
  | 'reg-export'
  | 'reg-query'
  | 'secedit-inf'
  | 'ps-certificates'
  | 'ps-ts-setting'
  | 'ps-services'
  | 'netsh-firewall'
  | 'netsh-profiles'
  | 'ps-connection-profile'
  | 'ps-license-keypacks'
  | 'netstat';

/** A value as the file gave it: registry DWORDs as numbers, strings, multi-strings as arrays. */
export type StateValue = string | number | boolean | readonly string[];

/** What an item is. */
export type StateItemKind =
  | 'registry' // key: `HKLM\…` (hive abbreviated), name: value name (`(Default)` for the default value)
  | 'user-right' // key: the privilege (`SeRemoteInteractiveLogonRight`), value: the SIDs or names, in order
  | 'certificate' // key: the store path, name: the thumbprint, fields: NotAfter, NotBefore, HasPrivateKey…
  | 'licensing' // key: `Win32_TerminalServiceSetting`, name: the property (LicensingType, GracePeriodDays…)
  | 'service' // key: the service name, value: its status (`Running`, `Stopped`…), fields: StartType
  | 'firewall-rule' // key: the rule name, fields: Enabled, Direction, Profiles, Protocol, LocalPort, Action
  | 'listening' // key: `TCP` or `UDP`, name: the local address and port, fields: Port, PID
  | 'firewall-profile' // key: Domain, Private or Public; value: its State (ON/OFF); fields: Policy, InUse
  | 'license-keypack'; // key: Win32_TSLicenseKeyPack, name: KeyPackId; fields: ProductType, Total/Issued/AvailableLicenses

export interface StateItem {
  kind: StateItemKind;
  key: string;
  name: string;
  value: StateValue;
  fields?: Record<string, StateValue>;
  /** The line (1-based) it was read from, for text formats. */
  line?: number;
}

/** One state file read. */
export interface StateFile {
  file: string;
  format: StateFormat;
  /** The computer it is of, and where that came from (the file's own words, or the logs beside it). */
  computer?: string;
  computerFrom?: 'content' | 'logs-beside' | 'files-beside';
  /** When it was taken (ISO 8601 UTC), from the file's content or, said so, its modification time. */
  taken?: string;
  takenFrom?: 'content' | 'file-time';
  items: StateItem[];
  /** Registry keys the file shows were read, also those that hold no value or were not found (`reg query`'s error). */
  keys?: string[];
}

/** A check's verdict, as MSRD-Diag gives them. */
export type CheckVerdict = 'passed' | 'failed' | 'not-made';

/** One state check's result, for the report's "Machine state" section and the join. */
export interface StateCheckResult {
  /** The check's id (patterns/state/checks.ts). */
  check: string;
  title: string;
  computer: string;
  verdict: CheckVerdict;
  /** What was read, in words (`SecurityLayer = 0 (RDP) from the policy key`), or why it could not be made. */
  value: string;
  /** The `state-*` finding a failure raises. */
  finding: string;
  /** With `not-made`: the command whose output would make it. */
  command?: string;
  /** The files and lines it read. */
  evidence: StateEvidence[];
}

/** A state item as evidence: the file, the key or line, the value, and when it was taken. */
export interface StateEvidence {
  file: string;
  line?: number;
  key: string;
  name: string;
  value: string;
  computer: string;
  taken?: string;
  takenFrom?: 'content' | 'file-time';
  /** Taken after the failure it is evidence of. */
  takenAfter?: true;
}

/** A state item with the file it came from. */
export interface StateRead {
  item: StateItem;
  file: StateFile;
}

/** One computer's state, as the checks read it (src/diagnose/state-checks.ts builds it). */
export interface StateView {
  readonly computer: string;
  /** When the newest file was taken (ISO 8601 UTC); certificates' dates are judged at this time. */
  readonly taken?: string;
  /**
   * A registry value in effect: the first of `keys` (policy first, as Windows applies it) that holds `name`; with
   * `absent` the keys read that do not hold it (the value is then Windows' default).
   */
  value(name: string, keys: readonly string[]): StateRead | undefined;
  /** Whether any file read covers `key` (a value under it, or its `reg query` answered, even "not found"). */
  read(key: string): boolean;
  /** The keys read below `key`, each as an item (name `(key)`, value `present`) of the file that showed it. */
  keysUnder(key: string): StateRead[];
  /** The items of a kind. */
  items(kind: StateItemKind): StateRead[];
  /** Whether a file of this format was read. */
  has(format: StateFormat): boolean;
  /**
   * Items of a kind read from another computer's files, with that computer (a license server's key packs, read
   * beside the session host that names it): a check uses them only for the computer this one's own state names.
   */
  elsewhere(kind: StateItemKind): readonly { computer: string; read: StateRead }[];
  /** Whether two names are the same computer (equal, or equal short names where one has no domain). */
  same(a: string, b: string): boolean;
}

/** What the report shows of the machines' state. */
export interface MachineState {
  checks: StateCheckResult[];
  /** Sentences about the state as a whole (a computer no log names, a file of no computer). */
  notes: string[];
}
