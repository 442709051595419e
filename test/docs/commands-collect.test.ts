/**
 * docs/COMMANDS.md's `collect` entry quotes the query collect exports each channel read by event id with (Sysmon):
 * the ids are the findings' own (`collectedChannels`, from the export selection), written here as collect writes
 * them (`eventIdQuery`), so a finding that reads another Sysmon event fails here until the doc says so (issue #64:
 * derive, never restate).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectedChannels } from '../../src/cli/collect.js';
import { eventIdQuery } from '../../src/model/channels.js';
import { ROOT } from '../helpers/cli.js';

const COMMANDS = readFileSync(join(ROOT, 'docs/COMMANDS.md'), 'utf8');

describe('docs/COMMANDS.md on collect', () => {
  it('quotes the query of each channel collect reads by event id, with the ids the findings read', () => {
    const byId = collectedChannels().filter((c) => c.ids);
    expect(byId.length).toBeGreaterThan(0);
    const quoted = [...COMMANDS.matchAll(/\/q:"([^"]*)"/g)].map((m) => m[1]);
    expect(quoted).toEqual(byId.map((c) => eventIdQuery(c.ids!)));
  });
});
