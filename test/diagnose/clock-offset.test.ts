/** A client whose clock is minutes off the server's still joins its server attempts, found from their spacing. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import { compareEvents } from '../../src/ingest/timeline.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { eventsFromXml } from '../helpers/pipeline.js';
import { SAMPLES } from '../helpers/samples.js';

const SAMPLE = join(SAMPLES, '02-client-clock-skew-licensing');

/** Every export of the sample, the client's with its clock moved by `shiftMs`. */
function events(shiftMs: number): NormalizedEvent[] {
  const out: NormalizedEvent[] = [];
  for (const dir of readdirSync(SAMPLE, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(SAMPLE, dir.name))) {
      let xml = readFileSync(join(SAMPLE, dir.name, file), 'utf8');
      if (dir.name.startsWith('client-'))
        xml = xml.replace(/SystemTime='([^']+)'/g, (_, t: string) => {
          const moved = new Date(Date.parse(t) + shiftMs)
            .toISOString()
            .replace(/\.(\d{3})Z$/, `.$1${t.slice(23, 27)}Z`);
          return `SystemTime='${moved}'`;
        });
      out.push(...eventsFromXml(xml, file));
    }
  }
  return out.sort(compareEvents);
}

const verdicts = (shiftMs: number) =>
  analyzeEvents(events(shiftMs)).attempts.map((a) => [a.start, a.side, a.outcome, a.causes[0]?.id, a.client.name]);

describe('client clock offset', () => {
  it('joins client and server attempts the same way when the client clock is minutes ahead or behind', () => {
    const asLogged = verdicts(0);
    expect(asLogged.some((v) => v[1] === 'both')).toBe(true);
    expect(verdicts(7 * 60_000)).toEqual(asLogged);
    expect(verdicts(-4 * 60_000)).toEqual(asLogged);
  });
});
