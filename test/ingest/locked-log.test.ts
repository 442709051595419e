/**
 * A live log in C:\Windows\System32\winevt\Logs is held open by the Event Log service: opening it fails
 * (a sharing violation, EBUSY; EPERM without rights). The input's error says so and points to `collect`.
 */
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/read.js';

const LIVE = 'C:\\Windows\\System32\\winevt\\Logs\\Security.evtx';

function failingOpen(code: string) {
  return {
    name: LIVE,
    open: async () => {
      throw Object.assign(new Error(`${code}: resource busy or locked, open '${LIVE}'`), { code });
    },
  };
}

describe('a live log the Event Log service holds', () => {
  for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
    it(`${code} on open: the input's error points to rdpdiag collect, the other inputs are read`, async () => {
      const summaries = await readInputs([failingOpen(code)], () => undefined);
      expect(summaries).toHaveLength(1);
      expect(summaries[0].error?.file).toBe(LIVE);
      expect(summaries[0].error?.message).toMatch(/winevt\\Logs.*export the logs with `rdpdiag collect`/);
    });
  }
});
