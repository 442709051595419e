/**
 * Issue 60: a Linux client run in another language prints the C library's socket error in it (socket-errors-localized.ts,
 * glibc's catalogs): rdesktop's "recv:" line and a port probe read the same as in English; the text alone, in another
 * program's line, reads nothing.
 */
import { describe, expect, it } from 'vitest';
import { networkDropped } from '../../patterns/network-dropped.js';
import { networkUnreachable } from '../../patterns/network-unreachable.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { LOCALIZED_STRERROR } from '../../src/explain/tables/program-logs/socket-errors-localized.js';

const causes = (paste: string) => {
  try {
    return explainCode(paste).likelyCauses.map((c) => c.causeId);
  } catch (e) {
    if (/holds no code or known sentence/.test((e as Error).message)) return [];
    throw e;
  }
};
const text = (name: string, language: string) =>
  LOCALIZED_STRERROR.find((e) => e.name === name && e.language === language)?.text ?? '';

describe("glibc's socket errors in other languages", () => {
  it('the catalogs hold the four failures in the languages users paste most', () => {
    for (const language of ['de', 'fr', 'es', 'it', 'pt-BR', 'ru', 'pl', 'ja', 'zh-CN', 'ko'])
      for (const name of ['ECONNREFUSED', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH'])
        expect(text(name, language), `${name} ${language}`).not.toBe('');
  });

  it("rdesktop's recv line with the reset in German or Russian reads as in English", () => {
    const english = causes('Autoselected keyboard map en-us\nERROR: recv: Connection reset by peer');
    expect(english).toEqual([networkDropped.id]);
    for (const language of ['de', 'ru', 'fr', 'ja'])
      expect(causes(`Autoselected keyboard map de\nERROR: recv: ${text('ECONNRESET', language)}`), language).toEqual(
        english,
      );
  });

  it("a port probe's refusal in German is the closed port, as in English", () => {
    for (const refused of ['Connection refused', text('ECONNREFUSED', 'de')])
      expect(causes(`nc: connect to 10.0.0.5 port 3389 (tcp) failed: ${refused}`)[0], refused).toBe(
        networkUnreachable.id,
      );
  });

  it("near miss: curl's reset in German is no Remote Desktop connection's", () => {
    expect(causes(`curl: (56) Recv failure: ${text('ECONNRESET', 'de')}`)).toEqual([]);
  });
});
