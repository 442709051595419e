/**
 * The text answer's layout: sections apart by one blank line, never two, and none at its start or end, whatever the
 * reading. A description in the user's words has no table reading under its summary, so the blank line before the
 * readings must not be written then. Each symptom concept of the description table read once (its first English word
 * in a sentence about Remote Desktop), beside a code pair, a single code, a known sentence and an unknown code.
 */
import { describe, expect, it } from 'vitest';
import { explainCode } from '../../src/explain/explain-code.js';
import { formatCodeExplanation } from '../../src/explain/format-explanation.js';
import { SYMPTOM_CONCEPTS } from '../../src/explain/tables/own-words/described-symptoms.js';

function expectOneBlankBetweenSections(text: string): void {
  expect(text).not.toMatch(/\n[ \t]*\n[ \t]*\n/);
  expect(text).not.toMatch(/^\s*\n/);
  expect(text.trimEnd()).toBe(text.replace(/\n+$/, ''));
}

describe('explain-code text answers', () => {
  const described = SYMPTOM_CONCEPTS.map((c) => ({
    id: c.id,
    answer: explainCode(
      `Remote Desktop to our server: ${c.words.en.split('|')[0].replace(/\*$/, 'ing')} since this morning, rdp does not work`,
    ),
  }));

  it.each(described.map((d) => [d.id, d.answer] as const))(
    "a paste in the user's words (%s): one blank line between sections",
    (_id, answer) => {
      expectOneBlankBetweenSections(formatCodeExplanation(answer));
    },
  );

  it('most of those are read as descriptions (the answer with no table reading under its summary)', () => {
    const descriptions = described.filter((d) => d.answer.input.code === 'description');
    expect(descriptions.length).toBeGreaterThanOrEqual(Math.ceil(described.length / 2));
  });

  it.each([
    ['a code pair', '0x904 0x7'],
    ['a single code', '0x80090322'],
    [
      'a known sentence',
      'The remote computer requires Network Level Authentication, which your computer does not support.',
    ],
    ['an unknown code', '0x7777abcd'],
  ])('%s has one blank line between sections', (_kind, paste) => {
    expectOneBlankBetweenSections(formatCodeExplanation(explainCode(paste)));
  });
});
