/**
 * The event table's contract (events.test.ts) over what the analysis reads: a run of the whole analysis
 * (correlator, engine, security findings, attack paths, sentences) over every sample with each event's fields
 * watched, every field it reads that the sample's event carries must have its row and the names every reader needs;
 * with the rules' matchers' gaps (events.test.ts checks those alone), the gaps found are exactly the names owed
 * (test/model/event-fields-owed.json), a list that may only shrink. Slow tier: it analyzes every sample folder.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XmlEventReader } from '../../parsers/xml/index.js';
import { analyzeEvents } from '../../src/diagnose/analyze.js';
import type { NormalizedEvent } from '../../src/model/event.js';
import { eventRow } from '../../src/model/events.js';
import { compareEvents } from '../../src/ingest/timeline.js';
import { ROOT } from '../helpers/cli.js';
import { missingFor, OWED, OWED_FILE, ruleGaps, UNNAMED } from '../helpers/event-rows.js';

/** Code that shows whatever fields an event has (its one-line summary), not reading any one of them. */
const SHOWS_ANY_FIELD = /event-summary\.[jt]s/;

/** Every sample export (XML), grouped by the folder it is in (a scenario spans its files). */
function sampleFolders(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.xml')) out.set(dir, [...(out.get(dir) ?? []), path]);
    }
  };
  walk(join(ROOT, 'samples'));
  return out;
}

function readXml(file: string): NormalizedEvent[] {
  const reader = new XmlEventReader(file, { warn: () => {} });
  return [...reader.feed(readFileSync(file, 'utf8')), ...reader.end()];
}

/**
 * The fields the analysis reads of each event (provider, id) that the event carries, over every sample: each
 * event's `data` watched while the whole of `analyzeEvents` runs on its folder.
 */
function fieldsReadByAnalysis(): Map<string, { provider: string; id: number; channel: string; fields: Set<string> }> {
  const read = new Map<string, { provider: string; id: number; channel: string; fields: Set<string> }>();
  for (const files of sampleFolders().values()) {
    const events = files.flatMap(readXml).sort(compareEvents);
    for (const e of events) {
      const data = e.data;
      const k = `${e.provider.name.toLowerCase()}\u0000${e.eventId}`;
      e.data = new Proxy(data, {
        get(target, field, receiver) {
          if (
            typeof field === 'string' &&
            Object.hasOwn(target, field) &&
            !UNNAMED.test(field) &&
            !read.get(k)?.fields.has(field) &&
            !SHOWS_ANY_FIELD.test(new Error().stack ?? '')
          ) {
            let entry = read.get(k);
            if (!entry)
              read.set(
                k,
                (entry = { provider: e.provider.name, id: e.eventId, channel: e.channel, fields: new Set() }),
              );
            entry.fields.add(field);
          }
          return Reflect.get(target, field, receiver);
        },
      });
    }
    analyzeEvents(events);
  }
  return read;
}

describe('every event the analysis reads has its row, with the field names every reader needs', () => {
  const gaps: string[] = [];

  it("the rules' matchers: each event id they name, and each field they test", () => {
    const { missing, checked } = ruleGaps();
    expect(checked).toBeGreaterThan(100);
    gaps.push(...missing);
  });

  it('the analysis (correlator, engine, security findings): each field it reads of a sample event', () => {
    const read = fieldsReadByAnalysis();
    expect(read.size).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const { provider, id, channel, fields } of read.values()) {
      const r = eventRow(provider, id);
      if (!r) {
        missing.push(`${provider} ${id} (${channel}): no row; read ${[...fields].sort().join(', ')}`);
        continue;
      }
      for (const f of [...fields].sort())
        for (const reader of missingFor(r, f)) missing.push(`${provider} ${id} ${f}: not named for ${reader}`);
    }
    gaps.push(...missing);
  });

  it('owes no names beyond those owed when the table was made, and the list of those only shrinks', () => {
    const found = [...new Set(gaps)].sort();
    if (process.env.UPDATE_OWED)
      writeFileSync(
        OWED_FILE,
        `${JSON.stringify(
          found.filter((g) => OWED.includes(g) || !OWED.length),
          null,
          2,
        )}\n`,
      );
    expect(
      found.filter((g) => !OWED.includes(g)),
      'new gaps: name these fields in their rows',
    ).toEqual([]);
    expect(
      OWED.filter((g) => !found.includes(g)),
      'named now: delete these from event-fields-owed.json',
    ).toEqual([]);
  });
});
