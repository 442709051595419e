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
  /** Anything a reader must know besides the meaning (ambiguities, what to pair it with). */
  readonly note?: string;
}

/** A contiguous block of codes that share one meaning (protocol ranges, broker ranges). */
export interface CodeRange {
  readonly from: number;
  readonly to: number;
  readonly name: string;
  readonly meaning: string;
  readonly confidence: Confidence;
  readonly note?: string;
}

/** What a range-aware lookup returns: the entry, plus the range it came from when it was not exact. */
export type CodeMatch = CodeEntry & { readonly range?: { readonly from: number; readonly to: number } };
