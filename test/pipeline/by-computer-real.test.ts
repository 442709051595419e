// `analyze` one computer at a time (src/pipeline/by-computer.ts) gives the whole run's report on every sample
// and on the real SIEM exports and a two-computer set of the corpus: split where the passes hold, read again
// and analyzed whole where they end.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/platform/node/files.js';
import { bothWays } from '../helpers/by-computer.js';
import { ROOT } from '../helpers/cli.js';
import { CORPUS, HAVE_CORPUS, NO_CORPUS_REASON } from '../helpers/corpus.js';

/** Every file and folder of a directory, each analyzed both ways. */
function pathsIn(dir: string): string[][] {
  const entries = readdirSync(dir).map((f) => join(dir, f));
  return [...entries.filter((p) => statSync(p).isDirectory() || statSync(p).isFile()).map((p) => [p])];
}

describe('analyze one computer at a time on real exports and samples', () => {
  it('gives the whole run’s report on every sample', async () => {
    let split = 0;
    for (const paths of pathsIn(join(ROOT, 'samples'))) {
      const r = await bothWays((o) => buildTimeline(paths, o));
      if (r.split !== undefined) {
        split++;
        expect(r.split, paths.join(' ')).toBe(r.whole);
        expect(r.lean?.split, paths.join(' ')).toBe(r.lean?.whole);
      }
      expect(r.chosen, paths.join(' ')).toBe(r.whole);
    }
    expect(split).toBeGreaterThan(3);
  }, 300_000);

  it.skipIf(!HAVE_CORPUS)(
    'gives the whole run’s report on the SIEM exports and a two-computer set',
    async () => {
      const sets = [
        ...readdirSync(join(CORPUS, 'siem')).map((d) => [join(CORPUS, 'siem', d)]),
        [join(CORPUS, 'AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win2012R2/StolenSzechuan')],
      ];
      for (const paths of sets) {
        const r = await bothWays((o) => buildTimeline(paths, o));
        if (r.split !== undefined) expect(r.split, paths.join(' ')).toBe(r.whole);
        if (r.split !== undefined) expect(r.lean?.split, paths.join(' ')).toBe(r.lean?.whole);
        expect(r.chosen, paths.join(' ')).toBe(r.whole);
      }
    },
    600_000,
  );
  it.skipIf(HAVE_CORPUS)(`skipped: ${NO_CORPUS_REASON}`, () => {});
});
