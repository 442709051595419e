/**
 * The cheap test before a sentence's patterns (src/explain/tables/approximate/required-text.ts, issue #64): the plain text a
 * pattern's every match holds, read from its source. It may say less than the pattern needs, never more: a paste a
 * pattern matches always holds one of its required texts.
 */
import { describe, expect, it } from 'vitest';
import { foldedIncludes } from '../../src/explain/tables/approximate/folded-pieces.js';
import {
  candidates,
  mayHold,
  patternIndex,
  requiredTexts,
} from '../../src/explain/tables/approximate/required-text.js';
import { KNOWN_SENTENCES } from '../../src/explain/tables/sentences/sentences.js';

describe("a pattern's required texts", () => {
  it('are its longest plain run, or one run per top-level alternative', () => {
    expect(requiredTexts(/the remote (?:pc|computer) requires network level authentication/)).toEqual([
      ' requires network level authentication',
    ]);
    expect(requiredTexts(/\bnla\b|credssp/)).toEqual(['nla', 'credssp']);
    expect(requiredTexts(/sign in failed\. please check/)).toEqual(['sign in failed. please check']);
  });

  it('leave out a quantified character, a class, an escape that is a class, and a group', () => {
    expect(requiredTexts(/licen[cs]e servers?/)).toEqual(['e server']);
    expect(requiredTexts(/user ?name\s{1,4}or password/)).toEqual(['or password']);
    expect(requiredTexts(/ab{2,3}cd|x\x41yz/)).toEqual(['cd', 'yz']);
    expect(requiredTexts(/xy{2}abc/)).toEqual(['abc']);
    expect(requiredTexts(/(?<=logon )failed(?! again)/)).toEqual(['failed']);
  });

  it('read an alternative with no plain run by its first group that every match goes through', () => {
    expect(requiredTexts(/\b(?:econnreset|epipe)\b|\bsystem error (?:104|32)\b/)).toEqual([
      'econnreset',
      'epipe',
      'system error ',
    ]);
    expect(requiredTexts(/\b(?:a|b)?\b/)).toBeUndefined();
    expect(requiredTexts(/^(?!.*oops)(?:x|y)/)).toEqual(['x', 'y']);
  });

  it('are none for a case-insensitive or stateful pattern, or an alternative that gives none', () => {
    expect(requiredTexts(/access denied/i)).toBeUndefined();
    expect(requiredTexts(/access denied/g)).toBeUndefined();
    expect(requiredTexts(/access denied|\d+/)).toBeUndefined();
    expect(mayHold(undefined, 'anything')).toBe(true);
  });

  it("hold for every sentence's pattern on a paste it matches (the first and last sentences)", () => {
    for (const s of [KNOWN_SENTENCES[0], KNOWN_SENTENCES[KNOWN_SENTENCES.length - 1]])
      for (const re of s.words.en) {
        const required = requiredTexts(re);
        expect(required === undefined || required.length > 0).toBe(true);
        for (const text of required ?? []) expect(mayHold(required, `x ${text} y`)).toBe(true);
        expect(mayHold(required, 'zzz')).toBe(required === undefined);
      }
  });
});

describe('the index of many patterns (candidates)', () => {
  const index = patternIndex([
    [/the (?:rd|ts) gateway server is temporarily unavailable/],
    [/\b(?:econnrefused|connection refused)\b/, /\bport 3389\b/],
    [/\d{5}/],
    [],
  ]);

  it('finds an item by a whole word of its pattern, in the items order, with the items it cannot rule out', () => {
    expect(candidates(index, 'error: the rd gateway server is temporarily unavailable.')).toEqual([0, 2, 3]);
    expect(candidates(index, 'connect: connection refused (port 3389)')).toEqual([1, 2, 3]);
  });

  it('passes an item over when a word or a required text is missing, as its patterns would', () => {
    expect(candidates(index, 'connection refused')).toEqual([2, 3]);
    expect(candidates(index, 'the rd gateway server is unavailable')).toEqual([2, 3]);
  });
});

describe('a folded word in a folded paste (foldedIncludes)', () => {
  it('answers as includes does, short words and repeated pieces too', () => {
    const paste = 'dieremotedesktopverbindungwurdegetrennt';
    for (const word of ['remotedesktop', 'getrennt', 'die', 'xy', 'remotedesktopx', 'trennt', 'nnt', 'verbindungwurde'])
      expect(foldedIncludes(paste, word), word).toBe(paste.includes(word));
    expect(foldedIncludes('abababab', 'babab')).toBe(true);
    expect(foldedIncludes('abababab', 'babba')).toBe(false);
  });
});
