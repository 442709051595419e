/**
 * Issue 50: every entry a paste is read by has its source. Every table any module of patterns/codes or src/explain/tables exports (codes,
 * sentences, message texts, localized wordings, Event Viewer's labels, the German and French label words) gives each
 * entry a source; the German and French words the paste reader reads labels and numbers by come only from
 * src/explain/tables/languages/paste-labels.ts, each found in the text its Microsoft page quotes; and each one does what its role
 * says. A label or word added without a page fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/explain/tables/languages/localized.js';
import { PASTE_WORDS, type PasteWord } from '../../src/explain/tables/languages/paste-labels.js';
import { readPaste } from '../../src/explain/paste-reader.js';
import { Misses } from '../helpers/sweep.js';

const TABLE_FOLDERS = [join(__dirname, '../../patterns/codes'), join(__dirname, '../../src/explain/tables')];

/** A source: a sentence naming a document (at least a few words), or a page with its address and its file. */
function hasSource(e: { source?: unknown }): boolean {
  if (typeof e.source === 'string') return e.source.trim().length > 15;
  const page = e.source as { url?: unknown; file?: unknown } | undefined;
  return typeof page?.url === 'string' && /^https:\/\//.test(page.url) && typeof page.file === 'string';
}

describe('every table of patterns/codes and src/explain/tables', () => {
  it('gives every entry a source, in every module (not only those index.ts exports)', async () => {
    const tables: string[] = [];
    const misses = new Misses();
    for (const folder of TABLE_FOLDERS)
      for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
        const module = (await import(join(folder, file))) as Record<string, unknown>;
        for (const [name, value] of Object.entries(module)) {
          if (!Array.isArray(value) || value.length === 0 || typeof value[0] !== 'object') continue;
          tables.push(`${file} ${name}`);
          value.forEach((e: { source?: unknown }, i) => {
            if (!hasSource(e)) misses.that(false, `${file} ${name}[${i}]: ${JSON.stringify(e).slice(0, 120)}`);
          });
        }
      }
    misses.done();
    // The families issue 50 names, each among them.
    for (const name of [
      'KERBEROS_ERRORS',
      'HRESULT_EXTRA',
      'WIN32_EXTRA',
      'NTSTATUS_CODES',
      'AVD_ERRORS',
      'CLIENT_APP_CODES',
      'KNOWN_SENTENCES',
      'MESSAGE_TEXTS',
      'LOCALIZED_SENTENCES',
      'EVENT_VIEWER_LABELS',
      'LOCALIZED_PHRASES',
      'PASTE_WORDS',
    ])
      expect(
        tables.some((t) => t.endsWith(` ${name}`)),
        name,
      ).toBe(true);
  });
});

describe('the German and French words of paste labels (src/explain/tables/languages/paste-labels.ts)', () => {
  it('each come from a Microsoft page in their language, in the text quoted from it', () => {
    for (const w of PASTE_WORDS) {
      const at = `${w.word} (${w.language})`;
      expect(w.source.url, at).toMatch(
        new RegExp(`^https://(?:learn|docs)\\.microsoft\\.com/${w.language}-${w.language}/[a-z0-9/-]+$`),
      );
      expect(w.source.file, at).toMatch(/\.md$/);
      expect(foldText(w.quoted), at).toContain(foldText(w.word));
      expect(['label', 'term'], at).toContain(w.basis);
    }
  });

  /** What a paste of the word shows: its number's role, or the event id it names. */
  const trial: Record<
    PasteWord['role'],
    (w: string) => { paste: string; check: (r: ReturnType<typeof readPaste>) => unknown }
  > = {
    errorCode: (w) => ({ paste: `${w}: 0x904`, check: (r) => r.codes.map((c) => c.role) }),
    error: (w) => ({ paste: `${w}: 0x904`, check: (r) => r.codes.map((c) => c.role) }),
    resultCode: (w) => ({ paste: `${w}: 0x6`, check: (r) => r.codes.map((c) => c.role) }),
    status: (w) => ({ paste: `${w}: 0xC000006D`, check: (r) => r.codes.map((c) => c.role) }),
    eventId: (w) => ({ paste: `${w}: 36871`, check: (r) => r.eventId }),
    event: (w) => ({ paste: `${w} 1058`, check: (r) => r.eventId }),
    authentication: (w) => ({ paste: `${w}.\nCode : 0x80004005`, check: (r) => r.codes.map((c) => c.role) }),
    disconnected: (w) => ({ paste: `RDP ${w} (Reason=2308)`, check: (r) => r.codes.map((c) => c.role) }),
    reason: (w) => ({ paste: `${w} 10061`, check: (r) => r.codes.length }),
    code: (w) => ({ paste: `${w} 10061`, check: (r) => r.codes.length }),
  };
  const expected: Record<PasteWord['role'], unknown> = {
    errorCode: ['error'],
    error: ['error'],
    resultCode: ['kerberos'],
    status: ['status'],
    eventId: 36871,
    event: 1058,
    authentication: ['authentication'],
    disconnected: ['disconnectReason'],
    reason: 1,
    code: 1,
  };

  it('each do what their role says in a paste (as written, and with its accents lost)', () => {
    for (const w of PASTE_WORDS)
      for (const word of [w.word, w.word.normalize('NFD').replace(/\p{M}/gu, '')]) {
        const { paste, check } = trial[w.role](word);
        expect(check(readPaste(paste)), `${w.role}: ${paste}`).toEqual(expected[w.role]);
      }
  });

  it("are the only German and French words that choose a number's table in the paste reader", () => {
    const source = readFileSync(join(__dirname, '../../src/explain/paste-reader.ts'), 'utf8');
    // The code without its comments.
    const code = source
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split('\n')
      .map((l) => l.replace(/(^|\s)\/\/ .*$/, ''))
      .join('\n');
    // Words that only set a number aside (a count of "Sekunden", a "Sitzung" id) or tell a sentence from a label
    // ("wurde", "a été"): they never give a number a table, so they need no page.
    const guards =
      /(?<![\p{L}])(?:der|die|das|ist|wurde|le|la|les|est|a été|sitzung|sekunden|minuten|octets|secondes|und|et)(?![\p{L}])/giu;
    const checked = code.replace(guards, '');
    // No accented word: letters beyond ASCII only as the label's character class (À-ÿ), and the typed signs the
    // reader forgives or strips (×, ✕, the full-width colon, curly quotes, the ellipsis of its own messages).
    const other = [...new Set(checked.match(/[^\x00-\x7f]/g) ?? [])].filter((ch) => !'Àÿ×✕：“”…'.includes(ch));
    expect(other).toEqual([]);
    // No German or French word of a label or of a number's context written in the reader itself (these were, before
    // their pages were found or they were dropped).
    for (const word of [
      'fehler',
      'erreur',
      'statut',
      'ereignis',
      'quelle',
      'grund',
      'raison',
      'ursache',
      'ergebnis',
      'unterstatus',
      'erweitert',
      'getrennt',
      'zustand',
      'authentifiz',
      'protokoll',
      'protocole',
    ])
      expect(checked.toLowerCase(), word).not.toContain(word);
  });
});
