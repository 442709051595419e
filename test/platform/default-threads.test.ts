import { describe, expect, it } from 'vitest';
import { defaultThreads, defaultThreadsReason } from '../../src/platform/node/parallel-evtx.js';

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

describe('the reason `dump --verbose` gives for the default', () => {
  it('says the cores, the load and what is free', () => {
    expect(defaultThreadsReason(2, 0.3)).toBe('2 cores, load 0.30 over the last minute: 2 free');
    expect(defaultThreadsReason(8, 0.2)).toBe('8 cores, load 0.20 over the last minute: 8 free, at most 4');
  });

  it('says when no core is free and one thread is used', () => {
    expect(defaultThreadsReason(2, 1.7)).toBe('2 cores, load 1.70 over the last minute: no core free, so one thread');
    expect(defaultThreadsReason(2, 25)).toMatch(/no core free, so one thread$/);
  });
});
