/**
 * The context store past its cap of event shapes (50,000 in src/ingest/context-store.ts): the events beyond it kept
 * whole, none lost. Slow tier (vitest.config.ts): the claim needs more events than the cap; the store's sharing of
 * shapes below it is in context-store.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ContextStore } from '../../src/ingest/context-store.js';
import { schannel } from '../helpers/schannel.js';

describe('ContextStore past its cap of shapes', () => {
  it('keeps events beyond the shape cap whole', () => {
    const store = new ContextStore();
    const n = 50_001;
    for (let i = 0; i < n; i++) store.add(schannel(i, '2024-05-02T09:00:00Z', { data: { AlertDesc: String(i) } }));
    const back = store.all();
    expect(back).toHaveLength(n);
    expect(new Set(back.map((e) => e.data.AlertDesc)).size).toBe(n);
    expect(store.firsts()).toHaveLength(n);
  });
});
