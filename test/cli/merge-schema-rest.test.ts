/**
 * The rest of merge-schema.test.ts's seeded stream of random mutations of a shard line's fields (the fast tier
 * merges the first few): slow tier, so that `npm test` merges them all. None exits 3.
 */
import { describe, it } from 'vitest';
import { shardedFleet } from '../helpers/cli.js';
import { RANDOM_MUTATIONS, RANDOM_MUTATIONS_FAST, randomMutations } from '../helpers/merge-schema.js';

const fleet = shardedFleet('rdpdiag-merge-schema-rest-', 2, 2);

describe('merge checks every value of a shard line', () => {
  it('random mutations of fields (types, keys, nesting) never exit 3 (the rest)', async () => {
    await randomMutations(fleet, RANDOM_MUTATIONS_FAST, RANDOM_MUTATIONS);
  });
});
