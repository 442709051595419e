/**
 * An event's description pasted in the language Windows wrote it (round 33, r33-h65c): its lead as a page quotes it
 * (src/explain/tables/languages/localized-event-leads.ts), alone where the lead names Remote Desktop or its listener,
 * with its fields in the language otherwise, is read as that event, exactly as the English text is: the event named,
 * its meaning, no cause for a step that succeeded, its own causes for a failure (4625 with its Status). Near misses:
 * another event's text in the language, another program's sentence sharing words, a partial quote, a generic lead
 * alone. Fictional names, documentation addresses; the wordings are the pages' leads, the fields our own. The answers
 * end to end (causes, notes) are localized-event-leads-rest.test.ts (slow tier).
 */
import { describe, expect, it } from 'vitest';
import { readPaste } from '../../src/explain/paste-reader.js';
import { LOCALIZED_EVENT_LEADS } from '../../src/explain/tables/languages/localized-event-leads.js';
import { EVENTS } from '../../src/model/events.js';

const eventOf = (paste: string) => readPaste(paste).description?.row.id;

describe('the localized event leads table', () => {
  it('names a row of the event table and a page for every lead, each wording once', () => {
    const cells = new Set<string>();
    for (const l of LOCALIZED_EVENT_LEADS) {
      expect(
        EVENTS.some((r) => r.id === l.id && r.provider === l.provider),
        `${l.id}`,
      ).toBe(true);
      expect(l.source.url).toMatch(/^https:\/\//);
      const cell = `${l.provider} ${l.id} ${l.language} ${l.lead}`;
      expect(cells.has(cell), cell).toBe(false);
      cells.add(cell);
      // Every lead read back from its own wording: pasted alone, or with a field block after it.
      const own = l.lead.replace(/%\d+/g, 'RDP-Tcp');
      expect(eventOf(l.alone ? own : `${own}\n\nX1: a\nX2: b\n`), own).toBe(l.id);
    }
  });
});

describe('an event description in the language Windows wrote it', () => {
  it('reads it with its fields in the language, a "セッション ID" never the event id', () => {
    const paste =
      'リモート デスクトップ サービス: セッション ログオンに成功しました:\n\nユーザー: EXAMPLE\\hanako\nセッション ID: 4\nソース ネットワーク アドレス: 198.51.100.7';
    const r = readPaste(paste);
    expect(r.description?.row.id).toBe(21);
    expect(r.eventId).toBe(21);
    // True twins: Event Viewer's own Japanese "イベント ID" is still the event's id, and the English block still read.
    expect(readPaste('ソース: Microsoft-Windows-Security-Auditing\nイベント ID: 4625\n').eventId).toBe(4625);
    expect(
      readPaste(
        'Remote Desktop Services: Session logon succeeded:\n\nUser: EXAMPLE\\hanako\nSession ID: 4\nSource Network Address: 198.51.100.7',
      ).eventId,
    ).toBe(21);
  });

  it('does not read a generic lead alone, nor before a sentence of its own (a web application)', () => {
    // Near misses: "An account failed to log on." alone is not read in English either.
    expect(eventOf('アカウントがログオンに失敗しました。')).toBeUndefined();
    expect(eventOf('アカウントがログオンに失敗しました。パスワードを確認してもう一度お試しください。')).toBeUndefined();
    expect(eventOf('Ein Konto wurde erfolgreich angemeldet.')).toBeUndefined();
    expect(eventOf('An account failed to log on.')).toBeUndefined();
    // True twin: the same lead with the event's fields is read.
    expect(eventOf('アカウントがログオンに失敗しました。\nサブジェクト:\n\tアカウント名:\t\t-\n')).toBe(4625);
  });

  it("does not read another event's text, another product's sentence or a partial quote", () => {
    // LSM 25 in Japanese is another event: not read as 21.
    expect(eventOf('リモート デスクトップ サービス: セッションの再接続に成功しました:')).not.toBe(21);
    // A web application's "user authentication succeeded" shares words with RCM 1149 in Japanese: not an event.
    expect(readPaste('ユーザー認証に成功しました。').description).toBeUndefined();
    expect(readPaste('Die Benutzerauthentifizierung war erfolgreich.').description).toBeUndefined();
    // A partial quote, too short to stand for the event.
    expect(readPaste('リモートデスクトップ サービス: セッション').description).toBeUndefined();
    // The lead running into more words is not the lead.
    expect(eventOf('Listener RDP-Tcp hat eine Verbindung empfangenundabgelehnt')).toBeUndefined();
  });
});
