import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Base64 } from '../../src/report/sha256.js';

describe('sha256Base64', () => {
  it('agrees with node:crypto on lengths around every padding boundary and on non-ASCII text', () => {
    const texts = ['', 'abc', 'é€😀 <style>', 'x'.repeat(1000)];
    for (let n = 50; n < 140; n++) texts.push('a'.repeat(n));
    for (const t of texts) expect(sha256Base64(t)).toBe(createHash('sha256').update(t, 'utf8').digest('base64'));
  });
});
