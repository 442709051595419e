/**
 * Remediation filled on a real folder of the shared corpus (fill-steps.test.ts fills it on the samples): slow tier,
 * with the other tests of the corpus of real logs.
 */
import { describe, expect, it } from 'vitest';
import { rdpdiag } from '../helpers/cli.js';
import { corpusPath, HAVE_CORPUS } from '../helpers/corpus.js';

describe('remediation filled for the attempt at hand, on a real folder', () => {
  it.skipIf(!HAVE_CORPUS)('the Belkasoft folder: no placeholder the report could fill', async () => {
    const folder = corpusPath('AndrewRathbun__DFIRArtifactMuseum/Windows/EventLogs/Win10/BelkasoftCTF_InsiderThreat');
    const r = await rdpdiag(['analyze', folder]);
    const text = r.stdout.replace(/\n\s+/g, ' ');
    expect(text).toContain('setspn -L DESKTOP-23PS6ES');
    expect(text).toContain('PRAIVACYMATRIX\\anit.ghosh');
    // A placeholder left is one the report says it cannot fill.
    const left = text.match(/<server>|<server fqdn>|-Member DOMAIN\\user/g) ?? [];
    expect(left).toEqual([]);
    for (const m of text.matchAll(/<user>/g)) expect(text.slice(m.index, m.index + 400)).toMatch(/Fill in <user>/);
  });
});
