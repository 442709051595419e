/**
 * Shared shapes for the code tables in this folder. The tables are data: every entry says where its
 * meaning comes from through `confidence`:
 *
 * - `MS`: Microsoft documents it (Learn, KB, TechNet archive, an open protocol spec such as MS-RDPBCGR,
 *   winerror.h / ntstatus.h, or the event's own message text). For TLS alerts, the IETF/IANA registry.
 * - `WR`: widely reported (several independent community/DFIR sources, or seen in public samples).
 * - `SP`: speculative: our own inference or low-quality sources only. A hint, never a verdict.
 */
import type { CauseId } from '../index.js';

export type Confidence = 'MS' | 'WR' | 'SP';

/** One numeric code with its meaning and the causes (ids from patterns/index.ts) it points to. */
export interface CodeEntry {
  /** The numeric value, unsigned 32-bit. */
  readonly code: number;
  /** Symbolic name: the Microsoft constant where one exists, otherwise a short label. */
  readonly name: string;
  /** Plain-English meaning. */
  readonly meaning: string;
  /** Confidence of `meaning`. */
  readonly confidence: Confidence;
  /** Cause ids this code points to, most likely first. Empty when it says nothing about a cause. */
  readonly causeIds: readonly CauseId[];
  /** Confidence of the link from this code to `causeIds`, when weaker than `confidence`. */
  readonly causeConfidence?: Confidence;
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
  readonly causeIds: readonly CauseId[];
  readonly causeConfidence?: Confidence;
  readonly note?: string;
}

/** What a range-aware lookup returns: the entry, plus the range it came from when it was not exact. */
export type CodeMatch = CodeEntry & { readonly range?: { readonly from: number; readonly to: number } };
