/**
 * The answers to an event's description pasted in the language Windows wrote it (round 33, r33-h65c), end to end
 * through explain-code: the event named, its meaning, no cause for a step that succeeded, its own causes for a failure
 * (4625 with its Status), the note naming the language and the page. Slow tier (vitest.config.ts SLOW): each answer
 * builds the whole reading; the reader's own cases and near misses are localized-event-leads.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { readPaste } from '../../src/explain/paste-reader.js';

const causesOf = (paste: string) => explainCode(paste).likelyCauses.map((c) => c.causeId);
const eventOf = (paste: string) => readPaste(paste).description?.row.id;

describe('an event description in the language Windows wrote it, answered', () => {
  it('reads a Japanese LSM 21 alone, in either spelling of リモート デスクトップ, as its English text is read', () => {
    for (const paste of [
      'リモートデスクトップ サービス: セッション ログオンに成功しました。',
      'リモート デスクトップ サービス：セッション ログオンに成功しました：',
    ]) {
      const e = explainCode(paste);
      expect(e.paste?.description?.eventId).toBe(21);
      expect(e.paste?.description?.localized?.url).toMatch(/ssmshibata/);
      expect(e.likelyCauses).toEqual([]);
      expect(e.notes.some((n) => n.includes('as a Japanese Windows writes it'))).toBe(true);
    }
    // The English text gets the same answer: no cause.
    expect(causesOf('Remote Desktop Services: Session logon succeeded:')).toEqual([]);
  });

  it('reads a German RCM 1149 and 261 (its listener a field), as their English texts are', () => {
    const e = explainCode('Remotedesktopdienste: Die Benutzerauthentifizierung war erfolgreich:');
    expect(e.paste?.description?.eventId).toBe(1149);
    expect(e.likelyCauses).toEqual([]);
    expect(e.notes.some((n) => /Network Level Authentication \(NLA\); it is not a logon/.test(n))).toBe(true);
    const listener = readPaste('Listener RDP-Tcp hat eine Verbindung empfangen.').description;
    expect(listener?.row.id).toBe(261);
    expect(listener?.fields).toEqual({ listenerName: 'RDP-Tcp' });
  });

  it("reads a Japanese 4625 with its fields as a failure, its Status and Sub Status that event's causes", () => {
    const paste = [
      'アカウントがログオンに失敗しました。',
      '',
      'サブジェクト:',
      '\tセキュリティ ID:\t\tS-1-0-0',
      '\tログオン ID:\t\t0x0',
      'ログオン タイプ:\t\t\t3',
      'エラー情報:',
      '\t状態:\t\t\t0xC000006D',
      '\tサブ ステータス:\t\t0xC000006A',
    ].join('\n');
    const e = explainCode(paste);
    expect(e.paste?.description?.eventId).toBe(4625);
    expect(e.paste?.eventId).toBe(4625);
    expect(e.likelyCauses[0]?.causeId).toBe(authBadCredentials.id);
  });

  it('reads a German 4624 joined on one line with its fields, as a success', () => {
    const paste = 'Ein Konto wurde erfolgreich angemeldet. Antragsteller: Sicherheits-ID: S-1-5-18 Kontoname: PC07$';
    expect(eventOf(paste)).toBe(4624);
    expect(causesOf(paste)).toEqual([]);
  });

  it('reads a Spanish 4624 with its fields as a success, naming the catalog page', () => {
    const paste = [
      'Se inició sesión correctamente en una cuenta.',
      '',
      'Firmante:',
      '\tId. de seguridad:\t\tS-1-5-18',
      'Tipo de inicio de sesión:\t\t\t10',
    ].join('\n');
    const e = explainCode(paste);
    expect(e.paste?.description?.eventId).toBe(4624);
    expect(e.paste?.description?.localized?.url).toMatch(/uitranslation\.com/);
    expect(e.likelyCauses).toEqual([]);
  });

  it("reads a Korean 4625 with its Status and Sub Status as that event's causes", () => {
    const paste = [
      '계정을 로그온하지 못했습니다.',
      '',
      '주체:',
      '\t보안 ID:\t\tS-1-0-0',
      '로그온 유형:\t\t\t3',
      '오류 정보:',
      '\t상태:\t\t\t0xC000006D',
      '\t하위 상태:\t\t0xC000006A',
    ].join('\n');
    const e = explainCode(paste);
    expect(e.paste?.description?.eventId).toBe(4625);
    expect(e.likelyCauses[0]?.causeId).toBe(authBadCredentials.id);
  });
});
