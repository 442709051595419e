import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { ROOT } from './cli.js';

/** The shared corpus of real logs sits beside the repository (CI clones with shared/ next to it). */
export const CORPUS = resolve(ROOT, '../shared/corpus');
export const HAVE_CORPUS = existsSync(join(CORPUS, 'CATALOG.md')) && existsSync(join(CORPUS, 'reference'));
export const NO_CORPUS_REASON = `corpus not found at ${CORPUS} (clone shared/ beside the repo): corpus tests skipped`;

// CI sets RDPDIAG_REQUIRE_CORPUS=1: there a missing corpus is a failure, never a silent skip.
if (!HAVE_CORPUS && process.env.RDPDIAG_REQUIRE_CORPUS === '1') {
  throw new Error(`RDPDIAG_REQUIRE_CORPUS=1 but ${NO_CORPUS_REASON}`);
}

export function corpusPath(relative: string): string {
  return join(CORPUS, relative);
}

/** The lab log of a Security-only investigation (marvioncriddle): a lockout, guessing, RDP logons. */
export const LAB_SECURITY_LOG = 'marvioncriddle__Authentication-Artifact-Analysis';

/** A record of a reference dump (`reference/<folder>/<log>.pyevtx.jsonl.gz`), as python-evtx read it. */
export interface ReferenceRecord {
  eventId: number;
  recordId: number;
  timestamp: string;
  data: Record<string, string>;
}

/** The raw records of a corpus log as its reference dump holds them (`log` as in the folder: `Security.evtx`). */
export function referenceRecords(folder: string, log: string): ReferenceRecord[] {
  return gunzipSync(readFileSync(corpusPath(`reference/${folder}/${log}.pyevtx.jsonl.gz`)))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ReferenceRecord);
}
