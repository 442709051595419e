/** The page's status line once an analysis is done: what was read, what was refused, what was found. */
import type { FromWorker } from './protocol.js';

type Done = Extract<FromWorker, { type: 'done' }>;

const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

/**
 * `4 file(s) read in 1.2 s: 2 attempt(s), 2 failed, …`; the inputs refused said apart (`1 of them refused: see the
 * errors below`), and a run of which nothing could be read says so, not "0 attempt(s)" as if the logs held none.
 */
export function statusLine(m: Pick<Done, 'files' | 'refused' | 'ms' | 'counts' | 'skippedFromFolders'>): string {
  const skipped = m.skippedFromFolders ? `; ${m.skippedFromFolders} other file(s) of the folders left aside` : '';
  const seconds = `${(m.ms / 1000).toFixed(1)} s`;
  const refused = Math.min(m.refused, m.files);
  if (m.files > 0 && refused === m.files)
    return `Nothing read: ${m.files === 1 ? 'the file given was' : `the ${files(m.files)} given were`} refused (${m.files === 1 ? 'the error is' : 'the errors are'} below)${skipped}.`;
  const c = m.counts;
  const some = refused ? ` (${refused} of them refused: see the error${refused === 1 ? '' : 's'} below)` : '';
  return `${m.files} file(s) read in ${seconds}${some}: ${c.attempts} attempt(s), ${c.failed} failed, ${c.succeeded} succeeded${c.inProgress ? `, ${c.inProgress} in progress` : ''}${c.unknown ? `, ${c.unknown} of unknown outcome` : ''}${skipped}.`;
}
