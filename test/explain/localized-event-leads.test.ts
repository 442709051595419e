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
import { localizedLeadAmong } from '../../src/explain/pasted-event-leads.js';
import {
  LOCALIZED_EVENT_LEADS,
  type LocalizedEventLead,
} from '../../src/explain/tables/languages/localized-event-leads.js';
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

describe("4624 in Italian and Spanish (the catalog's wording), read only with its fields", () => {
  it('reads each lead before its field block in the language', () => {
    const spanish =
      'Se inició sesión correctamente en una cuenta.\n\nFirmante:\n\tId. de seguridad:\t\tS-1-5-18\n\tNombre de cuenta:\t\tSRV02$\n';
    expect(eventOf(spanish)).toBe(4624);
    const italian =
      'Accesso di un account riuscito.\n\nSoggetto:\n\tID sicurezza:\t\tS-1-5-18\n\tNome account:\t\tSRV02$\n';
    expect(eventOf(italian)).toBe(4624);
  });

  it('does not read the short lead alone nor before a sentence of its own (a web site says it too)', () => {
    expect(eventOf('Se inició sesión correctamente en una cuenta.')).toBeUndefined();
    expect(eventOf('Se inició sesión correctamente en una cuenta. Ya puede cerrar esta ventana.')).toBeUndefined();
    expect(eventOf('Accesso di un account riuscito.')).toBeUndefined();
    expect(eventOf('Accesso di un account riuscito. Verrai reindirizzato alla pagina iniziale.')).toBeUndefined();
    // Another lead sharing its first words is not this one.
    expect(
      eventOf('Se inició sesión correctamente en una cuenta de invitado.\nNombre: a\nCorreo: b\n'),
    ).toBeUndefined();
  });
});

describe('a lead that ends in a field, read to the end of its line', () => {
  // The shape of Korean LSM 40 as a write-up quotes it: a field opens the lead and another ends it. No page with an
  // address quotes it yet (the round's report), so the lead is given here, not in the table.
  const korean40: LocalizedEventLead = {
    provider: 'Microsoft-Windows-TerminalServices-LocalSessionManager',
    id: 40,
    language: 'ko',
    lead: '%1 세션의 연결이 끊어졌습니다. 이유 코드 %2',
    alone: true,
    source: {
      url: 'https://example.org/lead-shape',
      file: 'not a page: the shape under test',
      publicQuote: { also: [] },
    },
  };
  const read = (paste: string) => localizedLeadAmong([korean40], paste);

  it('gives back both fields, the last one to the end of its line', () => {
    expect(read('7 세션의 연결이 끊어졌습니다. 이유 코드 0')?.fields).toEqual({ Session: '7', Reason: '0' });
    // The lead's closing punctuation and the line's end are not the field's.
    const joined = read('  12 세션의 연결이 끊어졌습니다. 이유 코드 5. \r\n');
    expect(joined?.row.id).toBe(40);
    expect(joined?.fields).toEqual({ Session: '12', Reason: '5' });
  });

  it('does not read the lead without its last field, nor with a sentence in its place', () => {
    expect(read('7 세션의 연결이 끊어졌습니다. 이유 코드')).toBeUndefined();
    expect(read('7 세션의 연결이 끊어졌습니다. 이유 코드 \n0')).toBeUndefined();
    // Bounded: a line far longer than a field after the lead's words is prose, not this event.
    expect(read(`7 세션의 연결이 끊어졌습니다. 이유 코드 ${'는 알 수 없습니다 '.repeat(12)}`)).toBeUndefined();
    // The table's own leads are unchanged by the shape: the same words are no event without it.
    expect(eventOf('7 세션의 연결이 끊어졌습니다. 이유 코드 0')).toBeUndefined();
  });
});

describe('Japanese logoffs: LSM 23 alone, Security 4634 and 4647 only with their fields', () => {
  it('reads LSM 23 by itself and never as 21, whose lead differs by one word', () => {
    expect(eventOf('リモート デスクトップ サービス: セッション ログオフに成功しました。')).toBe(23);
    expect(eventOf('リモート デスクトップ サービス: セッション ログオンに成功しました。')).toBe(21);
    // Near miss: another product's "logoff succeeded" without Remote Desktop Services is no event.
    expect(eventOf('セッション ログオフに成功しました。')).toBeUndefined();
  });

  it('reads 4634 and 4647 with their field block, not alone (a web page says it too)', () => {
    const fields = '\n\nサブジェクト:\n\tセキュリティ ID:\t\tEXAMPLE\\taro\n\tアカウント名:\t\ttaro\n';
    expect(eventOf(`アカウントがログオフされました。${fields}`)).toBe(4634);
    expect(eventOf(`ユーザーが開始したログオフ。${fields}`)).toBe(4647);
    expect(eventOf('アカウントがログオフされました。')).toBeUndefined();
    expect(eventOf('アカウントがログオフされました。またのご利用をお待ちしております。')).toBeUndefined();
  });
});

describe('4625 in Korean, read only with its fields', () => {
  it('reads the lead before its Korean field block, not alone nor before a sentence of a web page', () => {
    const paste =
      '계정을 로그온하지 못했습니다.\n\n주체:\n\t보안 ID:\t\tS-1-0-0\n\t계정 이름:\t\t-\n로그온 유형:\t\t\t10\n';
    expect(eventOf(paste)).toBe(4625);
    expect(eventOf('계정을 로그온하지 못했습니다.')).toBeUndefined();
    expect(eventOf('계정을 로그온하지 못했습니다. 아이디와 비밀번호를 다시 확인해 주세요.')).toBeUndefined();
  });
});
