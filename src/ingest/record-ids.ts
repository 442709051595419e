/**
 * The record ids seen so far, per log (computer + channel, case-insensitive): what de-duplication of
 * overlapping exports remembers. Numeric and compact: ids are split into pages of 4,096; a page holds a
 * small Set until it is dense enough that a bitmap (512 bytes) is smaller. A log's ids are mostly consecutive,
 * so a million records cost about 140 KiB instead of a key string each, and a fleet's thousands of short logs a
 * page or two each.
 */

import type { RecordId } from '../model/record-id.js';

const PAGE_BITS = 12;
const PAGE_SIZE = 1 << PAGE_BITS;
/** A sparse page turns into a bitmap at this many ids (a Set costs ~16–20 bytes an entry; the bitmap 512 bytes). */
const DENSE_AT = 32;

type Page = Set<number> | Uint32Array;

class IdSet {
  private readonly pages = new Map<number, Page>();
  /** Ids that are not non-negative safe integers (hand-written XML; digits above 2^53). */
  private odd: Set<RecordId> | undefined;

  /** Adds `id`; false when it was already there. */
  add(id: RecordId): boolean {
    if (typeof id === 'string' || !Number.isSafeInteger(id) || id < 0) {
      this.odd ??= new Set();
      if (this.odd.has(id)) return false;
      this.odd.add(id);
      return true;
    }
    const high = Math.floor(id / PAGE_SIZE);
    const low = id - high * PAGE_SIZE;
    let page = this.pages.get(high);
    if (page === undefined) {
      this.pages.set(high, new Set([low]));
      return true;
    }
    if (page instanceof Uint32Array) {
      const word = low >>> 5;
      const bit = 1 << (low & 31);
      if (page[word] & bit) return false;
      page[word] |= bit;
      return true;
    }
    if (page.has(low)) return false;
    page.add(low);
    if (page.size >= DENSE_AT) {
      const bits = new Uint32Array(PAGE_SIZE / 32);
      for (const l of page) bits[l >>> 5] |= 1 << (l & 31);
      page = bits;
      this.pages.set(high, page);
    }
    return true;
  }
}

/** The identity of a record across exports: the same computer, channel and record id is the same record. */
export class SeenRecords {
  /** By computer, then channel, as spelled (readers share these strings, so look-ups hit at once). */
  private readonly bySpelling = new Map<string, Map<string, IdSet>>();
  /** The same sets by case-folded computer and channel. */
  private readonly byLog = new Map<string, IdSet>();

  /** Records `recordId` for the log; false when that log already had it. */
  add(computer: string, channel: string, recordId: RecordId): boolean {
    let channels = this.bySpelling.get(computer);
    if (channels === undefined) this.bySpelling.set(computer, (channels = new Map()));
    let ids = channels.get(channel);
    if (ids === undefined) {
      const key = `${computer.toLowerCase()}\u0000${channel.toLowerCase()}`;
      ids = this.byLog.get(key);
      if (ids === undefined) this.byLog.set(key, (ids = new IdSet()));
      channels.set(channel, ids);
    }
    return ids.add(recordId);
  }
}
