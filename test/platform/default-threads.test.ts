import { describe, expect, it } from 'vitest';
import { defaultThreads } from '../../src/platform/node/parallel-evtx.js';

describe('threads of a large dump when none are asked for', () => {
  it('takes the cores that are free, at most 4', () => {
    expect(defaultThreads(2, 0)).toBe(2);
    expect(defaultThreads(2, 0.4)).toBe(2);
    expect(defaultThreads(8, 0.2)).toBe(4);
    expect(defaultThreads(8, 5)).toBe(3);
  });

  it('falls back to one thread when no core is free (a second would only take turns with the other work)', () => {
    expect(defaultThreads(2, 1)).toBe(1);
    expect(defaultThreads(2, 1.8)).toBe(1);
    expect(defaultThreads(2, 22)).toBe(1);
    expect(defaultThreads(1, 0)).toBe(1);
  });
});
