/**
 * `rdpdiag patterns <id>` knows every cause id explain-code names for the pastes of the development lists that
 * pattern-ids.test.ts (fast tier) does not read: with those, every paste of the lists.
 */
import { describe, expect, it } from 'vitest';
import { describeId } from '../../src/cli/patterns.js';
import { causesNamed, REPRESENTATIVE_PASTES, REST_PASTES } from '../helpers/named-causes.js';

describe('rdpdiag patterns <id>, the other pastes', () => {
  it('knows every cause id explain-code names for the pastes of the development lists', () => {
    const named = causesNamed(REST_PASTES);
    expect(new Set([...named, ...causesNamed(REPRESENTATIVE_PASTES)]).size).toBeGreaterThan(10);
    for (const id of named) expect(describeId(id), `explain-code names ${id}, unknown to patterns <id>`).toBeDefined();
  });
});
