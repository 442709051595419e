/**
 * Shared shapes for the code tables in this folder. The tables are data: every entry says where its
 * meaning comes from through `confidence`:
 *
 * - `MS`: Microsoft documents it (Learn, KB, TechNet archive, an open protocol spec such as MS-RDPBCGR,
 *   winerror.h / ntstatus.h, or the event's own message text). For TLS alerts, the IETF/IANA registry.
 * - `WR`: widely reported (several independent community/DFIR sources, or seen in public samples).
 * - `SP`: speculative: our own inference or low-quality sources only. A hint, never a verdict.
 */
export type Confidence = 'MS' | 'WR' | 'SP';

/** What each confidence tag means, in the reader's words (explain-code prints it under its answer). */
export const CONFIDENCE_LEGEND: Readonly<Record<Confidence, string>> = {
  MS: 'Microsoft documents it (Learn, a KB or support article, an open protocol specification, a header file, the event message)',
  WR: 'widely reported: several independent admins or forensic sources say it, or it is seen in public logs; Microsoft does not document it',
  SP: 'speculative: our own inference or weak sources only; a hint to check, never a verdict',
};

/**
 * Where in the connection sequence (MS-RDPBCGR 1.3.1.1) something happens, in order: TCP and the X.224
 * security negotiation (`connection`), the TLS handshake (`tls`), CredSSP / Network Level Authentication
 * (`nla`), then, after the client's Core Data has reached the server (the first point at which the server
 * can send a Set Error Info PDU, i.e. an extended code), `licensing`, the Windows `logon` and the `session`
 * (arbitration, limits, the running session).
 */
export type ProtocolPhase = 'connection' | 'tls' | 'nla' | 'licensing' | 'logon' | 'session';

export const PROTOCOL_PHASES: readonly ProtocolPhase[] = ['connection', 'tls', 'nla', 'licensing', 'logon', 'session'];

/** The phases in which the server can send a Set Error Info PDU (every extended code comes from one of them). */
export const AFTER_HANDSHAKE: readonly ProtocolPhase[] = ['licensing', 'logon', 'session'];

export const PHASE_LABEL: Readonly<Record<ProtocolPhase, string>> = {
  connection: 'connection',
  tls: 'TLS',
  nla: 'NLA/CredSSP',
  licensing: 'licensing',
  logon: 'logon',
  session: 'session',
};

/**
 * What a table row that points to no cause is, said on the row (a row that explains a failure points to its causes):
 * `informational`, no failure (a step that worked, a warning, a disconnect someone chose); `unspecific`, a failure
 * whose text names no cause (the code under it or the logs say which); `uncatalogued`, a failure whose cause the
 * text names but no cause id of the catalogue covers (the client's own faults, the RD Gateway's own certificate, Azure
 * Virtual Desktop's service): the answer then names no cause id rather than a wrong one.
 */
export type RowKind = 'informational' | 'unspecific' | 'uncatalogued';

/**
 * One numeric code and its meaning. Which causes it points to is said by the patterns that explain it
 * (`Pattern.codes`, patterns/types.ts) and derived by patterns/code-causes.ts.
 */
export interface CodeEntry {
  /** The numeric value, unsigned 32-bit. */
  readonly code: number;
  /** Symbolic name: the Microsoft constant where one exists, otherwise a short label. */
  readonly name: string;
  /** Plain-English meaning. */
  readonly meaning: string;
  /** Confidence of `meaning`. */
  readonly confidence: Confidence;
  /**
   * Where `meaning` comes from: the document and its section (`MS-RDPBCGR 2.2.5.1.1`), or "Widely reported"
   * and what that rests on.
   */
  readonly source: string;
  /** The protocol phases the code can come from, when the code says (unset: any). */
  readonly phases?: readonly ProtocolPhase[];
  /** Anything a reader must know besides the meaning (ambiguities, what to pair it with). */
  readonly note?: string;
  /** Set when no pattern explains the code: what the row is instead (`RowKind`). */
  readonly kind?: RowKind;
}

/** A contiguous block of codes that share one meaning (protocol ranges, broker ranges): an entry for each of them. */
export interface CodeRange extends Omit<CodeEntry, 'code'> {
  readonly from: number;
  readonly to: number;
}

/** What a range-aware lookup returns: the entry, plus the range it came from when it was not exact. */
export type CodeMatch = CodeEntry & { readonly range?: { readonly from: number; readonly to: number } };
