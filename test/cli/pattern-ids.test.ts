/** Every id a report can print is known to `rdpdiag patterns <id>` (causes, host findings, security findings). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTED_FINDINGS, describeId } from '../../src/cli/patterns.js';
import { ATTACK_FINDINGS, CAUSE_IDS, FINDINGS } from '../../patterns/index.js';
import { rdpdiag } from '../helpers/cli.js';
import { causesNamed, REPRESENTATIVE_PASTES } from '../helpers/named-causes.js';

const DIAGNOSE = join(__dirname, '../../src/diagnose');

/**
 * The finding ids written in the detectors' code (src/diagnose and its folders, attacks/ among them):
 * `id: 'rdp-tunnel'`, `const id = guessing ? 'a' : 'b'`.
 */
function idsInDetectors(): string[] {
  const ids = new Set<string>();
  for (const file of readdirSync(DIAGNOSE, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(DIAGNOSE, file), 'utf8');
    for (const m of text.matchAll(/\bid: '([a-z0-9]+(?:-[a-z0-9]+)+)'/g)) ids.add(m[1]);
    for (const m of text.matchAll(/\bconst id = [^;\n]*/g))
      for (const q of m[0].matchAll(/'([a-z][a-z0-9-]*)'/g)) ids.add(q[1]);
  }
  return [...ids].sort();
}

describe('rdpdiag patterns <id>', () => {
  it('knows every cause, host finding and security finding', () => {
    const ids = [
      ...CAUSE_IDS,
      ...FINDINGS.map((f) => f.id),
      ...ATTACK_FINDINGS.map((f) => f.id),
      ...DETECTED_FINDINGS.map((f) => f.id),
    ];
    for (const id of ids) expect(describeId(id), id).toMatch(new RegExp(`^${id}: `));
  });

  it('knows every finding id the detectors in src/diagnose write', () => {
    const ids = idsInDetectors();
    expect(ids).toEqual(expect.arrayContaining(['password-guessing', 'scanning', 'lateral-movement']));
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids)
      expect(describeId(id), `${id} is printed by a report but unknown to patterns <id>`).toBeDefined();
  });

  it('accepts every id its own listing prints (`rdpdiag patterns`, issue 50)', async () => {
    const listing = await rdpdiag(['patterns']);
    expect(listing.code).toBe(0);
    const ids = listing.stdout
      .split('\n')
      .map((l) => /^([a-z0-9]+(?:-[a-z0-9]+)+)\s{2,}/.exec(l)?.[1])
      .filter((id): id is string => id !== undefined);
    expect(ids.length).toBeGreaterThan(30);
    for (const id of ids) expect(describeId(id), `${id} is listed but refused`).toBeDefined();
  });

  // The first paste of each family and of each expected cause; the others: pattern-ids-rest.test.ts (slow tier).
  it('knows every cause id explain-code names for the pastes of the development lists', () => {
    const named = causesNamed(REPRESENTATIVE_PASTES);
    expect(named.size).toBeGreaterThan(0);
    for (const id of named) expect(describeId(id), `explain-code names ${id}, unknown to patterns <id>`).toBeDefined();
  });

  it('refuses an id nobody prints', () => {
    expect(describeId('no-such-thing')).toBeUndefined();
  });
});
