/**
 * Japanese dialogs no Microsoft ja-jp page quotes (localized-ja-dialogs.ts, issue 60): each read in the text its one
 * public page quotes, with the dialog's title and line breaks, as its English sentence; the answer says it rests on
 * one page; another service's words about limited devices are not it.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { JAPANESE_DIALOG_WORDINGS } from '../../src/explain/tables/languages/localized-ja-dialogs.js';
import { sentenceIds } from '../helpers/explain.js';

describe('localized-ja-dialogs: Japanese dialogs from public pages', () => {
  it('reads each as its English sentence, saying it rests on one page', () => {
    for (const w of JAPANESE_DIALOG_WORDINGS) {
      const paste = `リモート デスクトップ接続\n${w.quoted.replace('。', '。\n')}`;
      expect(sentenceIds(paste), paste).toContain(w.sentence);
      expect(explainCode(paste).notes.join(' '), paste).toMatch(/one page only/);
    }
  });

  it('does not read another service limiting the devices one signs in from', () => {
    expect(sentenceIds('LINE WORKS: ログインできる端末が管理者により制限されています。')).toEqual([]);
  });
});
